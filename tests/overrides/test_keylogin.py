"""Session and token login strategies against a scripted gateway (httpx.MockTransport)."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable

import httpx
import pytest
from smsend_client import Client
from smsend_client.api.subaccounts import get_subaccount
from smsgw import smsend
from smsgw.errors import AuthenticationError, LoginError

from .fakes import subaccount_body

BASE = "https://gateway.test/API/v1.0/REST"
PASSWORD = "pw-Very-Secret-123"


class FakeGateway:
    """Hands out keys on /login and /token and accepts only the latest one."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.logins: list[str] = []
        self.valid: set[str] = set()
        self.calls = 0

    def handler(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/API/v1.0/REST")
        if path in ("/login", "/token"):
            if request.url.params.get("password") != PASSWORD:
                return httpx.Response(404, json={"result": "ERROR", "error": "wrong"})
            with self.lock:
                key = f"key{len(self.logins)}"
                self.logins.append(path)
                self.valid = {key}
            return httpx.Response(200, text=f"UK1;{key}")
        self.calls += 1
        key = request.headers.get("Session_key") or request.headers.get("Access_token")
        if request.headers.get("user_key") != "UK1" or key not in self.valid:
            return httpx.Response(401, json={"result": "ERROR", "error": "INVALID_CREDENTIALS: expired"})
        return httpx.Response(200, json=subaccount_body(7))

    def expire(self) -> None:
        self.valid = set()


def make(gateway: FakeGateway, auth: smsend.SessionLogin | smsend.TokenLogin) -> Client:
    transport = httpx.MockTransport(gateway.handler)
    return smsend.client(BASE, auth=auth, transport=transport)


def test_login_is_lazy_and_happens_once() -> None:
    gateway = FakeGateway()
    auth = smsend.SessionLogin("me", PASSWORD)
    client = make(gateway, auth)
    assert gateway.logins == []
    for _ in range(3):
        smsend.check(get_subaccount.sync_detailed("7", client=client))
    assert gateway.logins == ["/login"]
    assert auth.logins == 1


def test_token_login_uses_token_endpoint_and_header() -> None:
    gateway = FakeGateway()
    client = make(gateway, smsend.TokenLogin("me", PASSWORD))
    smsend.check(get_subaccount.sync_detailed("7", client=client))
    assert gateway.logins == ["/token"]


def test_relogin_once_after_401() -> None:
    gateway = FakeGateway()
    auth = smsend.SessionLogin("me", PASSWORD)
    client = make(gateway, auth)
    smsend.check(get_subaccount.sync_detailed("7", client=client))
    gateway.expire()
    smsend.check(get_subaccount.sync_detailed("7", client=client))
    assert auth.logins == 2


def test_persistent_401_raises_typed_error_after_one_relogin() -> None:
    gateway = FakeGateway()
    gateway.handler_orig = gateway.handler  # type: ignore[attr-defined]

    def always_401(request: httpx.Request) -> httpx.Response:
        response = gateway.handler_orig(request)  # type: ignore[attr-defined]
        return (
            response if "/login" in request.url.path else httpx.Response(401, json={"result": "ERROR", "error": "no"})
        )

    auth = smsend.SessionLogin("me", PASSWORD)
    client = smsend.client(BASE, auth=auth, transport=httpx.MockTransport(always_401))
    with pytest.raises(AuthenticationError) as info:
        smsend.check(get_subaccount.sync_detailed("7", client=client))
    assert info.value.status_code == 401
    assert auth.logins == 2


def test_idle_session_is_renewed_before_sending() -> None:
    now = [1000.0]
    clock: Callable[[], float] = lambda: now[0]  # noqa: E731
    gateway = FakeGateway()
    auth = smsend.SessionLogin("me", PASSWORD, clock=clock)
    client = make(gateway, auth)
    smsend.check(get_subaccount.sync_detailed("7", client=client))
    now[0] += 299
    calls_before = gateway.calls
    smsend.check(get_subaccount.sync_detailed("7", client=client))
    assert auth.logins == 2
    assert gateway.calls == calls_before + 1  # no 401 round trip was needed


def test_wrong_password_is_a_login_error_without_the_password() -> None:
    gateway = FakeGateway()
    client = make(gateway, smsend.SessionLogin("me", "not-the-password"))
    with pytest.raises(LoginError) as info:
        get_subaccount.sync_detailed("7", client=client)
    assert "not-the-password" not in str(info.value)
    assert "not-the-password" not in repr(info.value)


def test_threads_share_one_login() -> None:
    gateway = FakeGateway()
    auth = smsend.SessionLogin("me", PASSWORD)
    client = make(gateway, auth)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                smsend.check(get_subaccount.sync_detailed("7", client=client))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert errors == []
    assert auth.logins == 1


def test_tasks_share_one_login() -> None:
    gateway = FakeGateway()
    auth = smsend.SessionLogin("me", PASSWORD)
    client = make(gateway, auth)

    async def main() -> None:
        results = await asyncio.gather(*(get_subaccount.asyncio_detailed("7", client=client) for _ in range(10)))
        for result in results:
            smsend.check(result)

    asyncio.run(main())
    assert auth.logins == 1


def test_async_relogin_after_expiry() -> None:
    gateway = FakeGateway()
    auth = smsend.SessionLogin("me", PASSWORD)
    client = make(gateway, auth)

    async def main() -> None:
        smsend.check(await get_subaccount.asyncio_detailed("7", client=client))
        gateway.expire()
        smsend.check(await get_subaccount.asyncio_detailed("7", client=client))

    asyncio.run(main())
    assert auth.logins == 2


def test_secrets_stay_out_of_reprs_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    gateway = FakeGateway()
    auth = smsend.SessionLogin("me", PASSWORD)
    client = make(gateway, auth)
    with caplog.at_level(logging.DEBUG):
        smsend.check(get_subaccount.sync_detailed("7", client=client))
    text = caplog.text + repr(auth) + str(auth) + repr(auth._keys) + repr(client)
    assert "password=***" in caplog.text or "login" in caplog.text  # the login request was logged...
    assert PASSWORD not in text  # ...but never with the password
    assert "key0" not in text
