"""Shared Smshosting fixtures: an in-process simulator and a typed client bound to it."""

from __future__ import annotations

import pytest
from smshosting_client import Client
from smsgw import smshosting
from smsim import Clock, Simulator, SimulatorTransport

BASE = "http://127.0.0.1:8765/rest/api"
DEMO_KEY = "demo-auth-key"
DEMO_SECRET = "demo-auth-secret"


@pytest.fixture
def hosting_sim() -> Simulator:
    return Simulator(clock=Clock(start=1_790_000_000.0, frozen=True), apis=("smsend", "smshosting"))


@pytest.fixture
def hosting(hosting_sim: Simulator) -> Client:
    return smshosting.client(BASE, auth_key=DEMO_KEY, auth_secret=DEMO_SECRET, transport=SimulatorTransport(hosting_sim))
