"""``Retry-After`` values the gateway (or a proxy in front of it) may send: none escapes untyped."""

from __future__ import annotations

import httpx
import pytest
from smsgw import smshosting
from smsgw.errors import RateLimitError
from smsgw.retry import RetryPolicy, parse_retry_after
from smshosting_client.api.user import get_user


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("0", 0.0), ("7", 7.0), (" 3 ", 3.0), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0), (None, None), ("", None),
     ("soon", None), ("1.5", None), ("-1", None), ("nan", None), ("inf", None), ("1e9", None),
     ("Wed, 99 Foo 2015 07:28:00 GMT", None), ("Mon, 01 Jan 0000 00:00:00 GMT", 0.0), ("\u00e8", None)],
)  # fmt: skip
def test_retry_after_values(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value) == seconds


@pytest.mark.parametrize("value", ["soon", "1.5", "Wed, 99 Foo 2015", "-3"])
def test_garbage_retry_after_falls_back_to_backoff(value: str) -> None:
    calls: list[int] = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(429, headers={"Retry-After": value}, json={"errorCode": 429, "errorMsg": "TOO_MANY"})

    policy = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.002)
    client = smshosting.client("https://smshosting.test/rest/api", auth_key="k", auth_secret="s",
                               transport=httpx.MockTransport(handle), retry=policy)  # fmt: skip
    with pytest.raises(RateLimitError) as info:
        get_user.sync_detailed(client=client)
    assert len(calls) == 3 and policy.stats.retried == 2
    assert info.value.headers["retry-after"] == value
