"""Fixtures of the hostile-input battery: a tallying client of the served simulator."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from ..conftest import Served
from .tally import TALLY


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TALLY.tried:
        terminalreporter.write_sep("-", "hostile-input battery")
        terminalreporter.write_line(TALLY.summary())
        for line in TALLY.server_errors[:20]:
            terminalreporter.write_line(f"  {line}")


def _record(response: httpx.Response) -> None:
    TALLY.record(
        f"{response.request.method} {response.request.url.raw_path.decode('latin-1')[:120]}", response.status_code
    )


@pytest.fixture
def client(served: Served) -> Iterator[httpx.Client]:
    """A client of the served simulator, reset first, that tallies every answer."""
    with httpx.Client(base_url=served.base, timeout=60, event_hooks={"response": [_record]}) as http:
        http.post("/_sim/reset").raise_for_status()
        http.delete("/_sim/faults").raise_for_status()
        yield http
        http.post("/_sim/reset")
