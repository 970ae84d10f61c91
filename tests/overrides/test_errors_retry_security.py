"""Typed errors, the retry policy and the security helpers."""

from __future__ import annotations

import httpx
import pytest
from smsend_client.api.subaccounts import get_subaccount
from smsgw import errors, smsend
from smsgw.retry import RetryPolicy, RetryTransport
from smsgw.security import Secret, check_base_url, redact_url

BASE = "https://gateway.test/API/v1.0/REST"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (404, errors.NotFoundError),
        (405, errors.MethodNotAllowedError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
        (418, errors.APIStatusError),
    ],
)
def test_status_maps_to_error_class(status: int, cls: type[errors.APIStatusError]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return httpx.Response(200, text="UK;S")
        return httpx.Response(status, json={"result": "ERROR", "error": "SOME_CODE: went wrong"})

    client = smsend.client(
        BASE, auth=smsend.SessionLogin("u", "p"), transport=httpx.MockTransport(handler), retry=RetryPolicy.disabled()
    )
    with pytest.raises(cls) as info:
        smsend.check(get_subaccount.sync_detailed("1", client=client))
    assert type(info.value) is cls
    assert info.value.status_code == status
    assert info.value.code == "SOME_CODE"
    assert "went wrong" in str(info.value)


def test_unreadable_error_body_still_raises() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return httpx.Response(200, text="UK;S")
        return httpx.Response(400, content=b"<html>nope</html>")

    client = smsend.client(BASE, auth=smsend.SessionLogin("u", "p"), transport=httpx.MockTransport(handler))
    with pytest.raises(errors.BadRequestError) as info:
        smsend.check(get_subaccount.sync_detailed("1", client=client))
    assert info.value.code is None


class Flaky:
    def __init__(self, failures: list[int | Exception]) -> None:
        self.failures = failures
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.failures:
            failure = self.failures.pop(0)
            if isinstance(failure, Exception):
                raise failure
            return httpx.Response(failure, headers={"Retry-After": "0"})
        return httpx.Response(200, json={"ok": True})


def fast_policy(**kwargs: object) -> RetryPolicy:
    return RetryPolicy(initial_delay=0.0, max_delay=0.0, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_idempotent_requests_are_retried(status: int) -> None:
    flaky = Flaky([status, status])
    policy = fast_policy()
    with httpx.Client(transport=RetryTransport(httpx.MockTransport(flaky), policy)) as http:
        assert http.get("https://x.test/a").status_code == 200
    assert flaky.calls == 3
    assert policy.stats.retried == 2


def test_connection_errors_are_retried_for_put_and_delete() -> None:
    for method in ("PUT", "DELETE"):
        flaky = Flaky([httpx.ConnectError("refused")])
        with httpx.Client(transport=RetryTransport(httpx.MockTransport(flaky), fast_policy())) as http:
            assert http.request(method, "https://x.test/a").status_code == 200
        assert flaky.calls == 2


def test_post_is_never_retried() -> None:
    flaky = Flaky([503])
    with httpx.Client(transport=RetryTransport(httpx.MockTransport(flaky), fast_policy())) as http:
        assert http.post("https://x.test/send", content=b"x").status_code == 503
    assert flaky.calls == 1


def test_retries_give_up_after_the_limit() -> None:
    flaky = Flaky([503, 503, 503, 503])
    policy = fast_policy(max_retries=2)
    with httpx.Client(transport=RetryTransport(httpx.MockTransport(flaky), policy)) as http:
        assert http.get("https://x.test/a").status_code == 503
    assert flaky.calls == 3
    assert policy.stats.gave_up == 1


def test_retries_can_be_switched_off() -> None:
    flaky = Flaky([503])
    with httpx.Client(transport=RetryTransport(httpx.MockTransport(flaky), RetryPolicy.disabled())) as http:
        assert http.get("https://x.test/a").status_code == 503
    assert flaky.calls == 1


def test_retry_after_is_honoured_and_capped() -> None:
    policy = RetryPolicy(max_retry_after=5.0)
    assert policy.delay(1, httpx.Response(503, headers={"Retry-After": "2"})) == 2.0
    assert policy.delay(1, httpx.Response(503, headers={"Retry-After": "3600"})) == 5.0
    backoff = [RetryPolicy(jitter=0).delay(n, None) for n in (1, 2, 3)]
    assert backoff == [0.5, 1.0, 2.0]


def test_plain_http_is_refused_except_loopback() -> None:
    assert check_base_url("http://127.0.0.1:8765/x/") == "http://127.0.0.1:8765/x"
    assert check_base_url("http://localhost:1/x") == "http://localhost:1/x"
    assert check_base_url("http://[::1]:1/x") == "http://[::1]:1/x"
    with pytest.raises(ValueError, match="refusing plain http"):
        check_base_url("http://app.example.com/API")
    with pytest.raises(ValueError):
        check_base_url("ftp://example.com")
    with pytest.raises(ValueError):
        smsend.client("http://10.0.0.1/API", auth=smsend.SessionLogin("u", "p"))


def test_secret_and_url_redaction() -> None:
    secret = Secret("hunter2hunter2")
    assert "hunter2" not in repr(secret) + str(secret) + f"{secret}"
    assert secret.reveal() == "hunter2hunter2"
    url = "https://x.test/login?username=me&password=hunter2&x=1"
    assert redact_url(url) == "https://x.test/login?username=me&password=***&x=1"


def test_post_is_retried_only_when_the_gateway_says_it_did_nothing() -> None:
    flaky = Flaky([429])
    with httpx.Client(transport=RetryTransport(httpx.MockTransport(flaky), fast_policy())) as http:
        assert http.post("https://x.test/send", content=b"x").status_code == 200
    assert flaky.calls == 2
    dropped = Flaky([httpx.ReadError("connection reset")])
    with (
        httpx.Client(transport=RetryTransport(httpx.MockTransport(dropped), fast_policy())) as http,
        pytest.raises(errors.APIConnectionError) as info,
    ):
        http.post("https://x.test/send", content=b"x")
    assert info.value.request_sent is True
    assert dropped.calls == 1


def test_connect_errors_say_the_request_never_left() -> None:
    refused = Flaky([httpx.ConnectError("refused")] * 5)
    with (
        httpx.Client(transport=RetryTransport(httpx.MockTransport(refused), fast_policy())) as http,
        pytest.raises(errors.APIConnectionError) as info,
    ):
        http.get("https://x.test/a")
    assert info.value.request_sent is False
    assert refused.calls == 3
