"""Shared fixtures, all from the one fixture layer :mod:`smsim.testing`: an in-process simulator
on a frozen clock, its transport, and a served simulator for tests that need a real socket."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from smsim import Clock, Simulator, SimulatorTransport
from smsim.testing import Served, frozen_clock, serve

__all__ = ["Served"]


@pytest.fixture
def clock() -> Clock:
    return frozen_clock()


@pytest.fixture
def sim(clock: Clock) -> Simulator:
    return Simulator(clock=clock)


@pytest.fixture
def transport(sim: Simulator) -> SimulatorTransport:
    return SimulatorTransport(sim)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """``python -m smsim`` on a free port for the whole session (its log in pytest's temp folder)."""
    with serve(log_path=tmp_path_factory.mktemp("served") / "simulator.log") as running:
        yield running
