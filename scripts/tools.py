"""What the spec tools share: their error type, output, and a lock between concurrent runs."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scripts import speccheck
from scripts.project import ROOT


class ToolError(Exception):
    """A tool could not be installed or run (exit code 2), as opposed to a failed check."""


def say(message: str) -> None:
    print(message, flush=True)


def load_yaml(path: Path) -> dict[str, Any]:
    """A spec's document; :class:`ToolError` (naming file, line and problem) if it cannot be read."""
    try:
        return speccheck.load(path)
    except ValueError as error:
        raise ToolError(str(error)) from None


@contextlib.contextmanager
def file_lock(name: str) -> Iterator[None]:
    """Serialise installs between concurrent runs (e.g. two pytest sessions) on one machine."""
    digest = hashlib.sha256(str(ROOT).encode()).hexdigest()[:12]
    path = Path(tempfile.gettempdir()) / f"spectools-{name}-{digest}.lock"
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
