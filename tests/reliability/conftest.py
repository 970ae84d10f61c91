"""Fixtures of the fault matrix, and its figures printed in pytest's terminal summary.

The figures are written by the ``pytest_terminal_summary`` hook of ``tests/conftest.py``, so a
person running the tests sees them whatever the output capture (they are not test output); each
test hands the rows it recorded to pytest as a user property.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from ..conftest import FIGURES_PREFIX, Served
from .figures import FIGURES, MATRIX
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


@pytest.fixture(autouse=True)
def figures_to_the_summary(request: pytest.FixtureRequest) -> Iterator[None]:
    """The fault-matrix rows this test recorded, handed to pytest for the terminal summary."""
    yield
    rows = FIGURES.take()
    if rows:
        request.node.user_properties.append((FIGURES_PREFIX + MATRIX, rows))
