"""The one fixture layer: what tests (this project's, the bench's, an app's) need to run against
the simulator, defined once.

- :func:`frozen_clock`, :func:`simulator`: an in-process simulator on a frozen clock;
  :class:`SpecCheckedTransport`: the in-process transport that also checks every answer against
  the response schema its spec declares;
- :data:`DEMO`, :data:`SMSEND_URL`, :data:`SMSHOSTING_URL`: the demo credentials and base URLs
  (in-process clients use the served simulator's default root, so the same URLs work for both);
- :func:`serve`: ``python -m smsim`` on a free loopback port (retrying when the port is taken),
  stopped by its own PID when the ``with`` block ends;
- data builders: :func:`smsend_subaccount` (a valid subaccount body, wire field names).

A pytest plugin for app developers wraps these; this project's ``tests/conftest.py`` and
``bench/`` use them directly.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from . import registry
from .apis.smsend import handlers as smsend_api
from .apis.smshosting import handlers as smshosting_api
from .clock import Clock
from .openapi import RequestValidationError
from .simulator import Simulator
from .transport import SimulatorTransport

FROZEN_START = 1_790_000_000.0  # 2026-09-21T14:13:20Z
HOST = "127.0.0.1"
DEFAULT_PORT = 8765
LOCAL_ROOT = f"http://{HOST}:{DEFAULT_PORT}"
SMSEND_URL = LOCAL_ROOT + smsend_api.BASE_PATH
SMSHOSTING_URL = LOCAL_ROOT + smshosting_api.BASE_PATH
STARTUP_TIMEOUT = 30.0


@dataclass(frozen=True)
class DemoCredentials:
    """The accounts every fresh (or reset) simulator has."""

    smsend_login: str
    smsend_password: str
    smshosting_key: str
    smshosting_secret: str

    def __repr__(self) -> str:  # demo values, but still secrets by shape: never printed
        return "DemoCredentials(...)"


DEMO = DemoCredentials(
    smsend_login=smsend_api.DEMO_LOGIN,
    smsend_password=smsend_api.DEMO_PASSWORD,
    smshosting_key=smshosting_api.DEMO_KEY,
    smshosting_secret=smshosting_api.DEMO_SECRET,
)


def frozen_clock(start: float = FROZEN_START) -> Clock:
    """A clock that stands still until the test moves it (``sim.advance(seconds)``)."""
    return Clock(start=start, frozen=True)


def simulator(*, apis: Sequence[str] | None = None, clock: Clock | None = None) -> Simulator:
    """An in-process simulator (every API, or ``apis``) on a frozen clock unless ``clock`` is given."""
    return Simulator(clock=clock or frozen_clock(), apis=apis)


class SpecCheckedTransport(SimulatorTransport):
    """A :class:`SimulatorTransport` that checks every API answer against the response schema
    the spec declares for its operation and status (an undeclared status fails too), and
    records which operations were called (``seen``: ``{"<api>.<operationId>", ...}``)."""

    def __init__(self, simulator: Simulator) -> None:
        super().__init__(simulator)
        self.seen: set[str] = set()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.check(request, response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        await response.aread()
        self.check(request, response)
        return response

    def check(self, request: httpx.Request, response: httpx.Response) -> None:
        path = request.url.raw_path.decode("ascii", "replace").partition("?")[0]
        api = self.simulator.mount_for(path)
        if api is None:
            return
        try:
            operation, _ = api.spec.match(request.method, path)
        except RequestValidationError:
            return
        status, ctype = response.status_code, response.headers.get("content-type", "")
        validate = api.spec.response_validator(operation.operation_id, status, ctype)
        content = response.read()
        if validate is None:
            assert not content, f"{operation.operation_id} {status}: a body where the spec declares none"
        elif "json" in ctype:
            validate(json.loads(content))
        else:  # text/plain (the smsend logins): the body is the string the schema describes
            validate(content.decode())
        self.seen.add(f"{api.name}.{operation.operation_id}")


# -- the served simulator ------------------------------------------------------------------


@dataclass(frozen=True)
class Served:
    """A running ``python -m smsim``: its root URL and process id."""

    base: str
    pid: int

    def url(self, api: str) -> str:
        """The base URL of one API, e.g. ``served.url("smsend")``."""
        return self.base + registry.base_path(api)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(base: str, process: subprocess.Popen[bytes], timeout: float = STARTUP_TIMEOUT) -> bool:
    """Whether the simulator at ``base`` answers before ``timeout`` (False if the process exits)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{base}/_sim/clock", timeout=1.0).status_code == 200:
                return True
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    return False


def stop(process: subprocess.Popen[bytes]) -> None:
    """End the process we started, by its PID: SIGTERM, then SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    os.kill(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


@contextmanager
def serve(
    *,
    python: str | Path = sys.executable,
    cwd: str | Path | None = None,
    log_path: str | Path | None = None,
    log_level: str = "error",
    attempts: int = 3,
    startup_timeout: float = STARTUP_TIMEOUT,
) -> Iterator[Served]:
    """``python -m smsim`` on a free loopback port, stopped when the block ends.

    The server's output goes to ``log_path`` (a temporary file by default): a pipe nobody reads
    could fill up and stall it.  A free port can still be taken by someone else before the server
    binds it, so start-up is retried on a new port up to ``attempts`` times.
    """
    with tempfile.TemporaryDirectory(prefix="smsim-") as tmp:
        path = Path(log_path) if log_path is not None else Path(tmp) / "simulator.log"
        with path.open("w") as log:
            for _ in range(attempts):
                port = free_port()
                command = [str(python), "-m", "smsim", "--port", str(port), "--log-level", log_level]
                process = subprocess.Popen(command, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
                base = f"http://{HOST}:{port}"
                if wait_until_up(base, process, startup_timeout):
                    break
                stop(process)
            else:
                raise RuntimeError(f"the simulator did not start:\n{path.read_text()[-4000:]}")
            try:
                yield Served(base, process.pid)
            finally:
                stop(process)


# -- data builders ---------------------------------------------------------------------------


def smsend_subaccount(login: str, *, credit_eat_mode: int = 0, **fields: Any) -> dict[str, Any]:
    """A valid smsend subaccount body (``SubaccountInput``), wire field names; ``fields`` override."""
    return {
        "login": login,
        "password": "s3cret-pass",
        "name": "Anna",
        "surname": "Rossi",
        "email": f"{login}@example.com",
        "address": "via Roma 1",
        "city": "Trento",
        "province": "TN",
        "zip-code": "38100",
        "cell": "+393331112222",
        "credit-eat-mode": credit_eat_mode,
        "company": False,
        **fields,
    }
