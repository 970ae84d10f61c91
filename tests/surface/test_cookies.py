"""Cookies through the client classes: kept and sent back as httpx does, without the jar's cost.

Neither gateway sets cookies, but something in front of one may (a load balancer's stickiness
cookie).  The clients store what a response sets and send it on later calls, exactly as plain
httpx does; a response that sets none never reaches the cookie jar (httpx's per-response cookie
extraction costs about a tenth of an in-process call: docs/benchmarks.md, finding 17).
"""

from __future__ import annotations

from http.cookiejar import CookieJar
from typing import Any

import httpx
import pytest
from smsgw import AsyncSmsend, Smshosting
from smsim import Simulator, SimulatorTransport, testing
from smsim.testing import DEMO

from .conftest import SMSEND, SMSHOSTING


class CookieGateway(SimulatorTransport):
    """The simulator behind a balancer that sets ``lb=<n>`` on its first ``sets`` answers and
    records the ``Cookie`` header of every request."""

    def __init__(self, simulator: Simulator, sets: int = 1) -> None:
        super().__init__(simulator)
        self.sets = sets
        self.cookies: list[str | None] = []

    def _stamp(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        self.cookies.append(request.headers.get("Cookie"))
        if len(self.cookies) <= self.sets:
            response.headers["Set-Cookie"] = f"lb=node{len(self.cookies)}; Path=/"
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._stamp(request, super().handle_request(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._stamp(request, await super().handle_async_request(request))


class CountingJar(CookieJar):
    """A cookie jar that counts the responses handed to it."""

    def __init__(self) -> None:
        super().__init__()
        self.extracted = 0

    def extract_cookies(self, response: Any, request: Any) -> None:
        self.extracted += 1
        super().extract_cookies(response, request)


def hosting(gateway: CookieGateway) -> Smshosting:
    return Smshosting(
        base_url=SMSHOSTING, auth_key=DEMO.smshosting_key, auth_secret=DEMO.smshosting_secret, transport=gateway
    )


def test_a_cookie_set_by_the_gateway_is_sent_back() -> None:
    gateway = CookieGateway(testing.simulator(apis=("smshosting",)))
    with hosting(gateway) as client:
        client.user.get()
        client.user.get()
        assert gateway.cookies == [None, "lb=node1"]
        assert dict(client.generated.get_httpx_client().cookies) == {"lb": "node1"}


def test_responses_without_set_cookie_never_reach_the_jar() -> None:
    gateway = CookieGateway(testing.simulator(apis=("smshosting",)), sets=2)
    jar = CountingJar()
    with hosting(gateway) as client:
        client.generated.get_httpx_client().cookies = httpx.Cookies(jar)
        for _ in range(5):
            client.user.get()
    assert jar.extracted == 2  # the two answers that set a cookie
    assert gateway.cookies == [None, "lb=node1", "lb=node2", "lb=node2", "lb=node2"]


def test_cookies_set_by_the_application_are_sent() -> None:
    gateway = CookieGateway(testing.simulator(apis=("smshosting",)), sets=0)
    with hosting(gateway) as client:
        client.generated.get_httpx_client().cookies = {"trace": "abc"}
        client.user.get()
    assert gateway.cookies == ["trace=abc"]


@pytest.mark.anyio
async def test_async_client_keeps_the_gateway_cookie() -> None:
    gateway = CookieGateway(testing.simulator(apis=("smsend",)))
    client = AsyncSmsend(base_url=SMSEND, username=DEMO.smsend_login, password=DEMO.smsend_password, transport=gateway)
    try:
        for _ in range(2):
            async for _subaccount in client.subaccounts.list():
                pass
    finally:
        await client.close()
    # The login (GET /token) goes out inside the first call's auth flow, after that call's request
    # was built (as with plain httpx): the cookie its answer sets rides on every later call.
    assert gateway.cookies == [None, None, "lb=node1"]
