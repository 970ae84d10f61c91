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
def served() -> Iterator[Served]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "smsim", "--port", str(port), "--log-level", "error"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_TIMEOUT
    try:
        while True:
            try:
                if httpx.get(f"{base}/_sim/clock", timeout=1.0).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                output = process.stdout.read() if process.stdout else ""
                pytest.fail(f"simulator did not start:\n{output}")
            time.sleep(0.1)
        yield Served(base, process.pid)
    finally:
        # End only the process this fixture started, by its PID.
        os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
