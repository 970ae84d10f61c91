"""The README's Python examples run as written (against the in-process simulator)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
TEXT = README.read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", TEXT, flags=re.S)  # the quick starts: scripts that print
TEST_EXAMPLES = re.findall(r"```py\n(.*?)```", TEXT, flags=re.S)  # example app tests, run by the plugin's tests


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_example_runs(index: int, capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(BLOCKS[index], f"README.md python block {index + 1}", "exec"), {"__name__": "readme"})
    assert capsys.readouterr().out.strip(), "the example printed nothing"


def test_readme_has_examples() -> None:
    assert BLOCKS
