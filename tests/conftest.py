"""Shared fixtures: an in-process simulator and typed clients bound to it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from smsim import Clock, Simulator, SimulatorTransport

SIM_BASE = "http://127.0.0.1:8765"


@pytest.fixture
def clock() -> Clock:
    return Clock(start=1_790_000_000.0, frozen=True)


@pytest.fixture
def sim(clock: Clock) -> Iterator[Simulator]:
    simulator = Simulator(clock=clock)
    yield simulator


@pytest.fixture
def transport(sim: Simulator) -> SimulatorTransport:
    return SimulatorTransport(sim)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
