"""Loopback servers the benchmarks start and stop: the served simulator and Prism.

Each runs as a subprocess on a free 127.0.0.1 port and is stopped (its own PID only) when the
``with`` block ends, also on errors.  Prism is installed from ``bench/package-lock.json`` with
``npm ci`` the first time it is needed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from smsim.testing import HOST, free_port, serve, stop

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PRISM = BENCH / "node_modules" / ".bin" / "prism"


def _wait_until_up(process: subprocess.Popen[bytes], url: str, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: the server exited ({process.returncode}):\n{log.read_text()[-2000:]}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"{url}: no answer after {timeout:.0f} s:\n{log.read_text()[-2000:]}")


@contextmanager
def _serve(command: list[str], probe: str, timeout: float, env: dict[str, str] | None = None) -> Iterator[None]:
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        log = Path(tmp) / "server.log"
        with log.open("wb") as out:
            process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=env)
            try:
                _wait_until_up(process, probe, log, timeout)
                yield
            finally:
                stop(process)


@contextmanager
def simulator() -> Iterator[str]:
    """``python -m smsim`` on a free port (the tests' own start-up, :func:`smsim.testing.serve`);
    yields its root URL (``http://127.0.0.1:N``)."""
    with serve(cwd=ROOT, log_level="warning") as served:
        yield served.base


def mounted(root: str, base_path: str) -> bool:
    """Whether the served simulator has an API at ``base_path`` (it answers 404 JSON otherwise)."""
    answer = httpx.get(root + base_path + "/", timeout=5)
    return not (answer.status_code == 404 and b"no simulated API" in answer.content)


def ensure_prism() -> str | None:
    """Install Prism with ``npm ci`` if needed; None when it is ready, else why it is not."""
    if PRISM.exists():
        return None
    npm = shutil.which("npm")
    if npm is None:
        return "npm is not installed"
    print("installing Prism into bench/node_modules (npm ci) ...", file=sys.stderr, flush=True)
    env = {**os.environ, "SCARF_ANALYTICS": "false"}
    result = subprocess.run(
        [npm, "ci", "--prefix", str(BENCH), "--ignore-scripts", "--no-audit", "--no-fund"],
        capture_output=True,
        text=True,
        env=env,
    )
    if result.returncode != 0 or not PRISM.exists():
        return f"npm ci failed: {(result.stderr or result.stdout).strip()[-300:]}"
    return None


@contextmanager
def prism(spec: Path) -> Iterator[str]:
    """``prism mock <spec>`` on a free port (request validation on, per-request logs off)."""
    port = free_port()
    root = f"http://{HOST}:{port}"
    command = [str(PRISM), "mock", str(spec), "-p", str(port), "-h", HOST, "-v", "warn"]
    # Any answer (a 404 for an unknown path) means it listens.
    with _serve(command, f"{root}/__bench_probe__", timeout=120, env={**os.environ, "SCARF_ANALYTICS": "false"}):
        yield root
