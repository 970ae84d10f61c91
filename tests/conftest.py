"""Shared fixtures: an in-process simulator and typed clients bound to it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
from smsim import Clock, Simulator, SimulatorTransport


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


# -- a served simulator on a free loopback port, for tests that need a real socket --------

STARTUP_TIMEOUT = 30.0


@dataclass(frozen=True)
class Served:
    base: str
    pid: int


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    # The server's output goes to a file: a pipe nobody reads could fill up and stall it.
    log_path = tmp_path_factory.mktemp("served") / "simulator.log"
    with log_path.open("w") as log:
        for _ in range(3):  # a free port can still be taken by someone else before we bind it
            port = free_port()
            process = subprocess.Popen(
                [sys.executable, "-m", "smsim", "--port", str(port), "--log-level", "error"],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            base = f"http://127.0.0.1:{port}"
            if _wait_until_up(base, process):
                break
            _stop(process)
        else:
            pytest.fail(f"simulator did not start:\n{log_path.read_text()[-4000:]}")
        try:
            yield Served(base, process.pid)
        finally:
            _stop(process)


def _wait_until_up(base: str, process: subprocess.Popen[bytes]) -> bool:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{base}/_sim/clock", timeout=1.0).status_code == 200:
                return True
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End only the process this fixture started, by its PID."""
    if process.poll() is not None:
        return
    os.kill(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=5)
