"""Shared Smshosting fixtures: an in-process simulator and typed clients bound to it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from smsgw import smshosting
from smshosting_client import Client
from smsim import Simulator, SimulatorTransport
from smsim.apis.smshosting import SmshostingApi
from smsim.apis.smshosting.state import Account
from smsim.testing import DEMO, SMSHOSTING_URL, SpecCheckedTransport, simulator

BASE = SMSHOSTING_URL
DEMO_KEY = DEMO.smshosting_key
DEMO_SECRET = DEMO.smshosting_secret
NewTenant = Callable[[str], tuple[Client, Account]]


@pytest.fixture
def hosting_sim() -> Simulator:
    return simulator()


@pytest.fixture
def hosting(hosting_sim: Simulator) -> Client:
    transport = SimulatorTransport(hosting_sim)
    return smshosting.client(BASE, auth_key=DEMO_KEY, auth_secret=DEMO_SECRET, transport=transport)


# -- every answer checked against the spec, extra tenants -------------------------------------


@pytest.fixture
def book_transport(hosting_sim: Simulator) -> SpecCheckedTransport:
    return SpecCheckedTransport(hosting_sim)


@pytest.fixture
def book(book_transport: SpecCheckedTransport) -> Client:
    """The demo account's typed client; every answer is checked against the spec."""
    return smshosting.client(BASE, auth_key=DEMO_KEY, auth_secret=DEMO_SECRET, transport=book_transport)


@pytest.fixture
def new_tenant(hosting_sim: Simulator, book_transport: SpecCheckedTransport) -> NewTenant:
    """Factory: a new account made through the control plane -> (its checked client, its Account)."""

    def make(key: str) -> tuple[Client, Account]:
        made = hosting_sim.control.call(
            "POST", "smshosting/accounts", {"auth_key": key, "auth_secret": f"{key}-secret", "credit": 10}
        )
        client = smshosting.client(
            BASE, auth_key=made["auth_key"], auth_secret=made["auth_secret"], transport=book_transport
        )
        return client, hosting_sim.api(SmshostingApi).accounts.by_id[made["id"]]

    return make
