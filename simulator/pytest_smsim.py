"""The pytest plugin for app developers: the simulator and ready clients as fixtures.

Installed with the package (entry point ``pytest11``: ``smsim``); it only defines fixtures, so it
costs nothing until a test asks for one.  It is a top-level module, not part of ``smsim``, so
importing it imports neither the simulator nor the clients (they load when a fixture is first
used) and a suite without the ``simulator`` extra is unaffected; a test that uses a fixture
without the extra fails with a message naming the extra.

Fixtures (each fresh per test, on one in-process simulator with a frozen clock):

- ``smsim_simulator``: the :class:`smsim.Simulator`;
- ``smshosting_client`` / ``async_smshosting_client``: :class:`smsgw.Smshosting` /
  :class:`smsgw.AsyncSmshosting` with the demo key pair;
- ``smsend_client`` / ``async_smsend_client``: :class:`smsgw.Smsend` / :class:`smsgw.AsyncSmsend`
  logged in (lazily) as the demo account;
- ``smsim_control``: a :class:`SimulatorControl`, the control plane (clock, faults, delivery
  reports, inbound SMS).

The clients go through :class:`smsim.testing.SpecCheckedTransport`, so every answer is also
checked against the spec.  The fixtures are built from :mod:`smsim.testing`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from smsgw import AsyncSmsend, AsyncSmshosting, Smsend, Smshosting
    from smsim import Fault, Simulator
    from smsim.testing import SpecCheckedTransport


class SimulatorControl:
    """The control plane of the test's simulator, for arranging what the gateway does."""

    def __init__(self, simulator: Simulator) -> None:
        self.simulator = simulator

    def advance(self, seconds: float) -> float:
        """Move the frozen clock forward: deliveries, expiries and reports catch up; the new time."""
        return self.simulator.advance(seconds)

    def fault(self, api: str, operation_id: str | None = None, **options: Any) -> Fault:
        """Make the next call(s) of ``api`` (``operation_id``: one operation) misbehave; ``options``
        are :class:`smsim.Fault`'s fields (``status``, ``count``, ``latency``, ``drop``, ...).  The
        client fixtures check every answer against the spec, so ``status`` must be one the spec
        declares for the operation (e.g. 500, 503)."""
        from smsim import Fault

        return self.simulator.faults.add(Fault(api=api, operation_id=operation_id, **options))

    def delivery_reports(self, timeout: float = 2.0) -> list[dict[str, Any]]:
        """The callbacks (delivery reports, transaction outcomes) posted so far, after waiting up to
        ``timeout`` seconds for pending ones: ``{"url", "status", "error", "body"}`` each."""
        answer = self.call("GET", "smshosting/callbacks", {"timeout": timeout})
        deliveries: list[dict[str, Any]] = answer["deliveries"]
        return deliveries

    def inbound_sms(self, sender: str, text: str, *, sim: str | None = None) -> dict[str, Any]:
        """An SMS from ``sender`` arrives on the demo Smshosting account's inbound service
        (``sim``: which one, by id or number); the stored message as the API lists it."""
        from smsim.testing import DEMO

        payload: dict[str, Any] = {"auth_key": DEMO.smshosting_key, "from": sender, "text": text}
        if sim is not None:
            payload["sim"] = sim
        answer: dict[str, Any] = self.call("POST", "smshosting/inbound", payload)
        return answer

    def call(self, method: str, path: str, payload: dict[str, Any] | None = None) -> Any:
        """Any control-plane route below ``/_sim`` (see :mod:`smsim.control`), in-process."""
        return self.simulator.control.call(method, path, payload)


@pytest.fixture
def smsim_simulator() -> Simulator:
    """A fresh in-process simulator of both gateways, its clock frozen until the test moves it."""
    from smsim.testing import simulator

    return simulator()


@pytest.fixture
def smsim_control(smsim_simulator: Simulator) -> SimulatorControl:
    """The control plane of ``smsim_simulator``: clock, faults, delivery reports, inbound SMS."""
    return SimulatorControl(smsim_simulator)


@pytest.fixture
def smsim_transport(smsim_simulator: Simulator) -> SpecCheckedTransport:
    """The in-process transport (sync and async) the client fixtures use."""
    from smsim.testing import SpecCheckedTransport

    return SpecCheckedTransport(smsim_simulator)


@pytest.fixture
def smshosting_client(smsim_transport: SpecCheckedTransport) -> Iterator[Smshosting]:
    """A :class:`smsgw.Smshosting` on the simulator, with the demo key pair."""
    from smsgw import Smshosting
    from smsim.testing import DEMO, SMSHOSTING_URL

    with Smshosting(
        auth_key=DEMO.smshosting_key,
        auth_secret=DEMO.smshosting_secret,
        base_url=SMSHOSTING_URL,
        transport=smsim_transport,
    ) as client:
        yield client


@pytest.fixture
def async_smshosting_client(smsim_transport: SpecCheckedTransport) -> Iterator[AsyncSmshosting]:
    """A :class:`smsgw.AsyncSmshosting` on the simulator, with the demo key pair (closed after the
    test; use it from any async test runner: anyio, pytest-asyncio)."""
    from smsgw import AsyncSmshosting
    from smsim.testing import DEMO, SMSHOSTING_URL

    client = AsyncSmshosting(
        auth_key=DEMO.smshosting_key,
        auth_secret=DEMO.smshosting_secret,
        base_url=SMSHOSTING_URL,
        transport=smsim_transport,
    )
    yield client
    asyncio.run(client.close())  # in-process transport: nothing is bound to the test's loop


@pytest.fixture
def smsend_client(smsim_transport: SpecCheckedTransport) -> Iterator[Smsend]:
    """A :class:`smsgw.Smsend` on the simulator, logging in (lazily) as the demo account."""
    from smsgw import Smsend
    from smsim.testing import DEMO, SMSEND_URL

    with Smsend(
        username=DEMO.smsend_login, password=DEMO.smsend_password, base_url=SMSEND_URL, transport=smsim_transport
    ) as client:
        yield client


@pytest.fixture
def async_smsend_client(smsim_transport: SpecCheckedTransport) -> Iterator[AsyncSmsend]:
    """A :class:`smsgw.AsyncSmsend` on the simulator, logging in (lazily) as the demo account."""
    from smsgw import AsyncSmsend
    from smsim.testing import DEMO, SMSEND_URL

    client = AsyncSmsend(
        username=DEMO.smsend_login, password=DEMO.smsend_password, base_url=SMSEND_URL, transport=smsim_transport
    )
    yield client
    asyncio.run(client.close())
