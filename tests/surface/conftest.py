"""Fixtures of the typed-surface tests: the four client classes on an in-process simulator,
and a loopback webhook receiver for the simulator's callbacks."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from smsgw import AsyncSmsend, AsyncSmshosting, Smsend, Smshosting
from smsim import Simulator, SimulatorTransport, testing
from smsim.testing import DEMO

SMSHOSTING = testing.SMSHOSTING_URL
SMSEND = testing.SMSEND_URL


def make_hosting(
    sim: Simulator,
    *,
    auth_key: str = DEMO.smshosting_key,
    auth_secret: str = DEMO.smshosting_secret,
    base_url: str = SMSHOSTING,
) -> Smshosting:
    return Smshosting(base_url=base_url, auth_key=auth_key, auth_secret=auth_secret, transport=SimulatorTransport(sim))


def async_hosting(sim: Simulator) -> AsyncSmshosting:
    """An async Smshosting client on ``sim`` (build it inside the running event loop)."""
    transport = SimulatorTransport(sim)
    return AsyncSmshosting(
        base_url=SMSHOSTING, auth_key=DEMO.smshosting_key, auth_secret=DEMO.smshosting_secret, transport=transport
    )


def make_smsend(
    sim: Simulator, *, username: str = DEMO.smsend_login, password: str = DEMO.smsend_password, base_url: str = SMSEND
) -> Smsend:
    return Smsend(base_url=base_url, username=username, password=password, transport=SimulatorTransport(sim))


def async_smsend(sim: Simulator) -> AsyncSmsend:
    transport = SimulatorTransport(sim)
    return AsyncSmsend(base_url=SMSEND, username=DEMO.smsend_login, password=DEMO.smsend_password, transport=transport)


@pytest.fixture
def surface_sim() -> Simulator:
    return testing.simulator()


@pytest.fixture
def hosting(surface_sim: Simulator) -> Iterator[Smshosting]:
    with make_hosting(surface_sim) as client:
        yield client


@pytest.fixture
def smsend(surface_sim: Simulator) -> Iterator[Smsend]:
    with make_smsend(surface_sim) as client:
        yield client


class Webhook:
    """A loopback HTTP receiver: ``url`` to give as a callback, ``bodies`` as they arrive."""

    def __init__(self) -> None:
        self.bodies: queue.Queue[bytes] = queue.Queue()
        bodies = self.bodies

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                bodies.put(self.rfile.read(int(self.headers["Content-Length"])))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/sms-status"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def next(self) -> bytes:
        return self.bodies.get(timeout=20)


@pytest.fixture
def webhook() -> Iterator[Webhook]:
    hook = Webhook()
    yield hook
    hook.server.shutdown()
    hook.server.server_close()
