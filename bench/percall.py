"""Per call: the typed client with the overrides against raw httpx making the same request.

The typed side is what the README shows: ``smsend.client(...)``/``smshosting.client(...)`` (auth
strategy, retry transport, typed-error response hook, timeouts) and the generated endpoint
function, with the body parsed into generated models (``unwrap``/``check``).  The raw side is an
``httpx.Client`` with the same auth headers set by hand, ``raise_for_status()`` and ``.json()``.
Both run against the same simulator: in-process (``SimulatorTransport``) and served on loopback
(``python -m smsim``, keep-alive connections on both sides).
"""

from __future__ import annotations

import asyncio
from typing import Any

from . import servers
from .gateways import CALLS, Session
from .harness import Row, Settings, at_most, calibrate, interleaved, per_call, skipped, timed, timed_async

LIMIT = 1.10
TARGET = f"≤ {LIMIT:.2f}x"


def _compare(label: str, where: str, session: Session, make: Any, settings: Settings) -> list[Row]:
    sides = make(session)
    rows = []
    typed, raw = timed(sides.typed), timed(sides.raw)
    n = calibrate(raw, settings.block)
    t, r = interleaved([typed, raw], n, settings.rounds)
    rows.append(at_most(f"Per call, sync, {where}: {label}", t, r, LIMIT, per_call))
    with asyncio.Runner() as runner:
        typed_a, raw_a = timed_async(runner, sides.typed_async), timed_async(runner, sides.raw_async)
        n = calibrate(raw_a, settings.block)
        t, r = interleaved([typed_a, raw_a], n, settings.rounds)
        runner.run(session.raw_async.aclose())
        runner.run(session.typed.get_async_httpx_client().aclose())
    rows.append(at_most(f"Per call, async, {where}: {label}", t, r, LIMIT, per_call))
    return rows


def in_process(settings: Settings) -> list[Row]:
    from smsim import Simulator, SimulatorTransport

    rows: list[Row] = []
    for api, (session_class, calls) in CALLS.items():
        try:
            simulator = Simulator(apis=(api,))
        except Exception as error:  # an API whose simulator is not there yet
            rows += [skipped(f"Per call, in-process: {label}", TARGET, f"simulator: {error}") for label, _ in calls]
            continue
        for label, make in calls:
            session = session_class("http://127.0.0.1:8765", SimulatorTransport(simulator))
            try:
                rows += _compare(label, "in-process", session, make, settings)
            finally:
                session.close()
    return rows


def served(settings: Settings) -> list[Row]:
    rows: list[Row] = []
    with servers.simulator() as root:
        for _api, (session_class, calls) in CALLS.items():
            if not servers.mounted(root, session_class.base_path):
                reason = f"`python -m smsim` does not serve {session_class.base_path} yet"
                rows += [skipped(f"Per call, served: {label}", TARGET, reason) for label, _ in calls]
                continue
            for label, make in calls:
                session = session_class(root, None)
                try:
                    rows += _compare(label, "served", session, make, settings)
                finally:
                    session.close()
    return rows
