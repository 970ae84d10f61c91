"""Shared Smshosting fixtures: an in-process simulator and clients bound to it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from smsgw import Smshosting
from smsim import Simulator
from smsim.apis.smshosting import SmshostingApi
from smsim.apis.smshosting.state import Account
from smsim.testing import DEMO, SMSHOSTING_URL, SpecCheckedTransport, simulator

BASE = SMSHOSTING_URL
DEMO_KEY = DEMO.smshosting_key
DEMO_SECRET = DEMO.smshosting_secret
NewTenant = Callable[[str], tuple[Smshosting, Account]]


@pytest.fixture
def hosting_sim() -> Simulator:
    return simulator()


# -- every answer checked against the spec, extra tenants -------------------------------------


@pytest.fixture
def book_transport(hosting_sim: Simulator) -> SpecCheckedTransport:
    return SpecCheckedTransport(hosting_sim)


@pytest.fixture
def client(book_transport: SpecCheckedTransport) -> Smshosting:
    """The demo account's client; every answer is checked against the spec."""
    return Smshosting(base_url=BASE, auth_key=DEMO_KEY, auth_secret=DEMO_SECRET, transport=book_transport)


@pytest.fixture
def tenant(hosting_sim: Simulator, book_transport: SpecCheckedTransport) -> NewTenant:
    """Factory: a new account made through the control plane -> (its checked client, its Account)."""

    def make(key: str) -> tuple[Smshosting, Account]:
        made = hosting_sim.control.call(
            "POST", "smshosting/accounts", {"auth_key": key, "auth_secret": f"{key}-secret", "credit": 10}
        )
        client = Smshosting(
            base_url=BASE, auth_key=made["auth_key"], auth_secret=made["auth_secret"], transport=book_transport
        )
        return client, hosting_sim.api(SmshostingApi).accounts.by_id[made["id"]]

    return make
