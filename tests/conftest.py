"""Shared fixtures, all from the one fixture layer :mod:`smsim.testing`: an in-process simulator
on a frozen clock, its transport, and a served simulator for tests that need a real socket.

Also the figures some tests print in pytest's terminal summary (the fuzz runs' test cases, the
fault matrix): a test hands them over as a user property named ``figures:<section>`` whose value
is a list; the test reports carry them to the process that writes the summary, which, with the
suite spread over several workers (pytest-xdist), is not the one that ran the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

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


FIGURES_PREFIX = "figures:"
_COLLECTED: dict[str, list[Any]] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "teardown":  # its user properties include those of the call
        for name, value in report.user_properties:
            if name.startswith(FIGURES_PREFIX) and isinstance(value, list):
                _COLLECTED.setdefault(name.removeprefix(FIGURES_PREFIX), []).extend(value)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from .reliability.figures import MATRIX, matrix_table

    for section, items in sorted(_COLLECTED.items()):
        terminalreporter.section(section, sep="-")
        for line in matrix_table(items) if section == MATRIX else items:
            terminalreporter.write_line(str(line))
