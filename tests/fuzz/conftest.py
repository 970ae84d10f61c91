"""The fuzz runs' figures (test cases per API and seed) in the terminal summary, where a person
sees them even when pytest captures output."""

from __future__ import annotations

import pytest

FIGURES: list[str] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FIGURES:
        terminalreporter.write_sep("-", "strict schemathesis profile")
        for line in FIGURES:
            terminalreporter.write_line(line)
