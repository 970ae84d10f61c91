"""Shared Smshosting fixtures: an in-process simulator and a typed client bound to it."""

from __future__ import annotations

import pytest
from smsgw import smshosting
from smshosting_client import Client
from smsim import Clock, Simulator, SimulatorTransport
from smsim.apis.smshosting import SmshostingApi

BASE = "http://127.0.0.1:8765/rest/api"
DEMO_KEY = "demo-auth-key"
DEMO_SECRET = "demo-auth-secret"


@pytest.fixture
def hosting_sim() -> Simulator:
    return Simulator(clock=Clock(start=1_790_000_000.0, frozen=True), apis=("smsend", "smshosting"))


@pytest.fixture
def hosting(hosting_sim: Simulator) -> Client:
    transport = SimulatorTransport(hosting_sim)
    return smshosting.client(BASE, auth_key=DEMO_KEY, auth_secret=DEMO_SECRET, transport=transport)


# -- address-book tests: every answer checked against the spec, extra tenants -----------------


class SpecCheckedTransport(SimulatorTransport):
    """A :class:`SimulatorTransport` that checks every Smshosting answer against the response
    schema the spec declares for its operation and status (an undeclared status fails too), and
    records which operations were called."""

    def __init__(self, simulator: Simulator) -> None:
        super().__init__(simulator)
        self.seen: set[str] = set()

    def _answer(self, request, body):  # type: ignore[no-untyped-def]
        import json

        from smsim.openapi import RequestValidationError

        response = super()._answer(request, body)
        path = request.url.raw_path.decode("ascii").partition("?")[0]
        api = self.simulator.mount_for(path)
        if api is None or api.name != "smshosting":
            return response
        try:
            operation, _ = api.spec.match(request.method, path)
        except RequestValidationError:
            return response
        status, ctype = response.status_code, response.headers.get("content-type", "")
        check = api.spec.response_validator(operation.operation_id, status, ctype)
        if check is None:
            assert not response.content, f"{operation.operation_id} {status}: body where the spec declares none"
        else:
            check(json.loads(response.content))
        self.seen.add(operation.operation_id)
        return response


@pytest.fixture
def book_transport(hosting_sim: Simulator) -> SpecCheckedTransport:
    return SpecCheckedTransport(hosting_sim)


@pytest.fixture
def book(book_transport: SpecCheckedTransport) -> Client:
    """The demo account's typed client; every answer is checked against the spec."""
    return smshosting.client(BASE, auth_key=DEMO_KEY, auth_secret=DEMO_SECRET, transport=book_transport)


@pytest.fixture
def new_tenant(hosting_sim: Simulator, book_transport: SpecCheckedTransport):  # type: ignore[no-untyped-def]
    """Factory: a new account made through the control plane -> (its checked client, its Account)."""

    def make(key: str):  # type: ignore[no-untyped-def]
        api = hosting_sim.api(SmshostingApi)
        made = hosting_sim.control.call(
            "POST", "smshosting/accounts", {"auth_key": key, "auth_secret": f"{key}-secret", "credit": 10}
        )
        key, secret = made["auth_key"], made["auth_secret"]
        client = smshosting.client(BASE, auth_key=key, auth_secret=secret, transport=book_transport)
        return client, api.accounts.by_id[made["id"]]

    return make
