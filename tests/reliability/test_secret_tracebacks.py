"""No secret in a traceback, even one captured with the local variables of every frame.

Error trackers (Sentry) and ``pytest -l`` render every frame of an exception chain with the
``repr`` of its locals.  Every login and request failure path below is driven through a mock
gateway, sync and async, and the rendering of the whole chain (``__cause__`` and ``__context__``,
suppressed or not) must hold none of the password, AUTH_SECRET, session key or token, in clear,
URL-encoded or base64 form.
"""

from __future__ import annotations

import asyncio
import base64
import traceback
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from smsend_client.api.subaccounts import list_subaccounts
from smsgw import smsend, smshosting
from smsgw.errors import APIConnectionError, LoginError, SmsGatewayError
from smsgw.retry import RetryPolicy
from smshosting_client.api.user import get_user

from .test_smsend_faults import body

PASSWORD = "Pa55 word/XYZ&123"
SESSION_KEY = "SeSsIoN-KEY-0042"
AUTH_KEY = "hosting-key"
AUTH_SECRET = "auth-SECRET-987654"
SECRETS = [
    PASSWORD,
    quote(PASSWORD, safe=""),
    quote(PASSWORD),
    PASSWORD.replace(" ", "+"),
    str(httpx.QueryParams({"p": PASSWORD})).removeprefix("p="),  # as httpx writes it in a query
    SESSION_KEY,
    AUTH_SECRET,
    base64.b64encode(f"{AUTH_KEY}:{AUTH_SECRET}".encode()).decode(),
]
NO_RETRY = RetryPolicy(max_retries=1, initial_delay=0, max_delay=0)

Answer = Callable[[httpx.Request], httpx.Response]


def chain_text(error: BaseException) -> str:
    """The error rendered with the locals of every frame, then every linked error the same way."""
    parts: list[str] = []
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        rendered = traceback.TracebackException.from_exception(current, capture_locals=True)
        parts.append("".join(rendered.format()))
        pending += [current.__cause__, current.__context__]  # suppressed contexts too
    return "\n".join(parts)


def leaked(error: BaseException) -> list[str]:
    text = chain_text(error)
    return [secret for secret in SECRETS if secret in text]


def answer_login(login: Answer, call: Answer) -> Answer:
    def handle(request: httpx.Request) -> httpx.Response:
        return login(request) if request.url.path.endswith(("/login", "/token")) else call(request)

    return handle


def ok_login(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, text=f"UK1;{SESSION_KEY}")


def ok_call(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"subaccount": [], "total": 0, "pageNumber": 1, "pageSize": 10})


def raising(kind: type[httpx.TransportError]) -> Answer:
    def handle(request: httpx.Request) -> httpx.Response:
        raise kind("simulated", request=request)

    return handle


def status(code: int, text: str = '{"result": "ERROR", "error": "GENERIC_ERROR"}') -> Answer:
    return lambda request: httpx.Response(code, text=text)


SMSEND_PATHS: dict[str, Answer] = {
    "login: wrong password (404)": answer_login(status(404, "wrong username or password"), ok_call),
    "login: 503": answer_login(status(503), ok_call),
    "login: connection dropped": answer_login(raising(httpx.RemoteProtocolError), ok_call),
    "login: timeout": answer_login(raising(httpx.ReadTimeout), ok_call),
    "login: connect error": answer_login(raising(httpx.ConnectError), ok_call),
    "login: garbage answer": answer_login(lambda r: httpx.Response(200, text=f"{SESSION_KEY}"), ok_call),
    "login: key with a space": answer_login(lambda r: httpx.Response(200, text=f"UK1; {SESSION_KEY}"), ok_call),
    "login: key not ASCII": answer_login(lambda r: httpx.Response(200, text=f"UK1;{SESSION_KEY}\u00e8"), ok_call),
    "login: three fields": answer_login(lambda r: httpx.Response(200, text=f"UK1;{SESSION_KEY};x"), ok_call),
    "call: 503": answer_login(ok_login, status(503)),
    "call: 400": answer_login(ok_login, status(400)),
    "call: 401 after a new login": answer_login(ok_login, status(401)),
    "call: connection dropped": answer_login(ok_login, raising(httpx.RemoteProtocolError)),
    "call: timeout": answer_login(ok_login, raising(httpx.ReadTimeout)),
}
SMSHOSTING_PATHS: dict[str, Answer] = {
    "401": status(401, '{"errorCode": 401, "errorMsg": "BAD_CREDENTIALS"}'),
    "503": status(503, '{"errorCode": 503, "errorMsg": "GENERIC_ERROR"}'),
    "connection dropped": raising(httpx.RemoteProtocolError),
    "timeout": raising(httpx.ReadTimeout),
}


def run_both(sync: Callable[[], Any], async_: Callable[[], Coroutine[Any, Any, Any]]) -> list[BaseException]:
    errors: list[BaseException] = []
    for call in (sync, lambda: asyncio.run(async_())):
        try:
            call()
        except Exception as error:  # every failure path ends in an exception: that is the point
            errors.append(error)
    return errors


@pytest.mark.parametrize("path", list(SMSEND_PATHS))
@pytest.mark.parametrize("login", [smsend.SessionLogin, smsend.TokenLogin])
def test_smsend_failures_keep_secrets_out_of_tracebacks(path: str, login: type[smsend.SessionLogin]) -> None:
    transport = httpx.MockTransport(SMSEND_PATHS[path])
    client = smsend.client("https://smsend.test/API/v1.0/REST", auth=login("me", PASSWORD), transport=transport,
                           retry=NO_RETRY)  # fmt: skip

    async def call() -> object:
        return smsend.check(await list_subaccounts.asyncio_detailed(client=client))

    errors = run_both(lambda: smsend.check(list_subaccounts.sync_detailed(client=client)), call)
    assert len(errors) == 2, errors
    assert all(isinstance(e, SmsGatewayError) for e in errors), errors
    assert [leaked(e) for e in errors] == [[], []]


@pytest.mark.parametrize("path", list(SMSHOSTING_PATHS))
def test_smshosting_failures_keep_secrets_out_of_tracebacks(path: str) -> None:
    transport = httpx.MockTransport(SMSHOSTING_PATHS[path])
    client = smshosting.client("https://smshosting.test/rest/api", auth_key=AUTH_KEY, auth_secret=AUTH_SECRET,
                               transport=transport, retry=NO_RETRY)  # fmt: skip

    async def call() -> object:
        return smshosting.check(await get_user.asyncio_detailed(client=client))

    errors = run_both(lambda: smshosting.check(get_user.sync_detailed(client=client)), call)
    assert len(errors) == 2 and all(isinstance(e, SmsGatewayError) for e in errors), errors
    assert [leaked(e) for e in errors] == [[], []]


@pytest.mark.parametrize(
    "make",
    [
        lambda: smshosting.client("http://example.com/rest/api", auth_key=AUTH_KEY, auth_secret=AUTH_SECRET),
        lambda: smshosting.client("https://example.com/rest/api", auth_key=None, auth_secret=AUTH_SECRET),
        lambda: smshosting.BasicAuth("", AUTH_SECRET),
        lambda: smshosting.BasicAuth.from_env({smshosting.ENV_SECRET: AUTH_SECRET}),
        lambda: smsend.SessionLogin("", PASSWORD),
        lambda: smsend.client("http://example.com/API", auth=smsend.SessionLogin("me", PASSWORD)),
    ],
    ids=["plain http", "half the credentials", "no AUTH_KEY", "AUTH_KEY not in the environment", "no username",
         "smsend plain http"],
)  # fmt: skip
def test_set_up_errors_keep_secrets_out_of_tracebacks(make: Callable[[], object]) -> None:
    with pytest.raises((ValueError, SmsGatewayError)) as info:
        make()
    assert leaked(info.value) == []


def test_login_keys_that_cannot_be_headers_are_a_clear_error_before_anything_is_sent() -> None:
    sent: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return ok_login(request) if request.url.path.endswith("/login") else ok_call(request)

    for answer in (f"UK1; {SESSION_KEY}", f"UK1 ;{SESSION_KEY}", f"U K\t1;{SESSION_KEY}"):
        client = smsend.client(
            "https://smsend.test/API/v1.0/REST",
            auth=smsend.SessionLogin("me", PASSWORD),
            transport=httpx.MockTransport(answer_login(lambda r, a=answer: httpx.Response(200, text=a), handle)),  # type: ignore[misc]
        )
        with pytest.raises(LoginError, match="cannot be sent back as an HTTP header"):
            list_subaccounts.sync_detailed(client=client)
        with pytest.raises(LoginError):  # not OutcomeUnknownError: only the login reached the gateway
            smsend.create_subaccount_once(client, body("anna"))
    assert sent == []  # only the logins went out


def test_errors_raised_before_any_byte_was_sent_say_so() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError("illegal header value")

    client = smshosting.client("https://smshosting.test/rest/api", auth_key=AUTH_KEY, auth_secret=AUTH_SECRET,
                               transport=httpx.MockTransport(refuse), retry=NO_RETRY)  # fmt: skip
    with pytest.raises(APIConnectionError) as info:
        get_user.sync_detailed(client=client)
    assert info.value.request_sent is False


def test_reconciled_call_failures_keep_the_new_subaccount_password_out_of_tracebacks() -> None:
    """The body of a create holds the new subaccount's password: generated models hide it."""

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return ok_login(request)
        if request.method == "POST":
            raise httpx.ReadTimeout("simulated", request=request)
        return httpx.Response(404, json={"result": "ERROR", "error": "NOT_FOUND"})

    policy = RetryPolicy(max_retries=0, settle_window=0, lookup_initial_delay=0)
    client = smsend.client("https://smsend.test/API/v1.0/REST", auth=smsend.SessionLogin("me", PASSWORD),
                           transport=httpx.MockTransport(handle), retry=policy)  # fmt: skip
    new = body("anna")
    assert isinstance(new.password, str) and new.password not in repr(new)

    async def acreate() -> object:
        return await smsend.acreate_subaccount_once(client, new, attempts=1)

    errors = run_both(lambda: smsend.create_subaccount_once(client, new, attempts=1), acreate)
    assert [type(e).__name__ for e in errors] == ["NotDoneError", "NotDoneError"]
    assert [new.password in chain_text(e) for e in errors] == [False, False]
    assert [leaked(e) for e in errors] == [[], []]
