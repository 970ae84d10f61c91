"""Fixtures of the fault matrix, and its figures printed in pytest's terminal summary.

The figures are written by a ``pytest_terminal_summary`` hook, so a person running the tests sees
them whatever the output capture (they are not test output).
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from ..conftest import Served
from .figures import FIGURES
from .proxy import FaultProxy


@pytest.fixture(scope="module")
def proxy(served: Served) -> Iterator[FaultProxy]:
    """A fault proxy in front of the served simulator (see :mod:`tests.reliability.proxy`)."""
    url = urlsplit(served.base)
    fault_proxy = FaultProxy(url.hostname or "127.0.0.1", url.port or 80)
    fault_proxy.start()
    try:
        yield fault_proxy
    finally:
        fault_proxy.stop()


@pytest.fixture
def fresh_proxy(proxy: FaultProxy) -> Iterator[FaultProxy]:
    """The module's proxy with no fault left over from another test."""
    proxy.clear()
    yield proxy
    proxy.clear()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = FIGURES.table()
    if not lines:
        return
    terminalreporter.section("at-most-once fault matrix (per requested SMS / subaccount / credit move)")
    for line in lines:
        terminalreporter.write_line(line)
