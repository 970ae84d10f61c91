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
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

import httpx

from . import servers
from .gateways import CALLS, Session
from .harness import (
    CPU,
    WALL,
    Clock,
    Row,
    Settings,
    at_most,
    calibrate,
    compare,
    paired,
    paired_async,
    per_call,
    skipped,
)

LIMIT = 1.10
TARGET = f"≤ {LIMIT:.2f}x"
# The client classes (``smsgw.Smsend``, ``smsgw.Smshosting``, async twins): what the README shows.
SURFACE = "typed client surface"
SURFACE_LIMIT = 1.05
# The same surface call with the work plain httpx does on every call and the client's httpx
# subclasses skip put back (cookie extraction of a response that sets none, three URL parses
# instead of one): what the client's own layers and the model cost (docs/benchmarks.md, 17).
WITH_HTTPX_WORK = "with httpx's own URL merge and cookie extraction put back (its own layers and model)"


@contextmanager
def httpx_work(surface: Any) -> Iterator[None]:
    """The surface client's httpx client doing httpx's own URL merge and cookie work inside."""
    client = surface.generated.get_httpx_client()
    lean = client.cookies
    # httpx's own property and method, from its base client class.
    base = next(cls for cls in type(client).__mro__ if cls.__module__ == "httpx._client")
    plain: Any = vars(base)["cookies"]
    plain.__set__(client, lean.jar)  # a plain httpx.Cookies over the same jar
    client._merge_url = partial(vars(base)["_merge_url"], client)
    assert type(client.cookies) is httpx.Cookies
    try:
        yield
    finally:
        del client._merge_url
        client.cookies = lean.jar


def _compare(label: str, where: str, session: Session, make: Any, settings: Settings, clock: Clock) -> list[Row]:
    sides = make(session)
    rows: list[Row] = []
    what = f"Per call, sync, {where}: {label}"
    if settings.wants(what):
        pair = paired(sides.typed, sides.raw, clock)
        result = compare(pair, calibrate(pair, settings.block), settings.rounds)
        rows.append(at_most(what, result, LIMIT, per_call))
    what = f"Per call, sync, {where}: {label}: overrides alone (peer: generated call, plain httpx)"
    if sides.plain is not None and where == "in-process" and settings.wants(what):
        pair = paired(sides.typed, sides.plain, clock)
        result = compare(pair, calibrate(pair, settings.block), settings.rounds)
        rows.append(at_most(what, result, LIMIT, per_call))
    surface = where == "in-process" and sides.surface is not None and sides.surface_async is not None
    if surface:
        assert sides.surface is not None
        what = f"Per call, sync, {where}: {label}, {SURFACE}"
        if settings.wants(what):
            pair = paired(sides.surface, sides.raw, clock)
            result = compare(pair, calibrate(pair, settings.block), settings.rounds)
            rows.append(at_most(what, result, SURFACE_LIMIT, per_call))
        what = f"Per call, sync, {where}: {label}, {SURFACE} alone (peer: the generated call it wraps)"
        if settings.wants(what):
            pair = paired(sides.surface, sides.typed, clock)
            result = compare(pair, calibrate(pair, settings.block), settings.rounds)
            rows.append(at_most(what, result, SURFACE_LIMIT, per_call))
        what = f"Per call, sync, {where}: {label}, {SURFACE} {WITH_HTTPX_WORK}"
        if settings.wants(what):
            with httpx_work(session.surface):
                pair = paired(sides.surface, sides.raw, clock)
                result = compare(pair, calibrate(pair, settings.block), settings.rounds)
            rows.append(Row(what, per_call(result.measured), per_call(result.peer), result.ratio))
    with asyncio.Runner() as runner:
        what = f"Per call, async, {where}: {label}"
        if settings.wants(what):
            pair = paired_async(runner, sides.typed_async, sides.raw_async, clock)
            result = compare(pair, calibrate(pair, settings.block), settings.rounds)
            rows.append(at_most(what, result, LIMIT, per_call))
        if surface:
            assert sides.surface_async is not None
            what = f"Per call, async, {where}: {label}, {SURFACE}"
            if settings.wants(what):
                pair = paired_async(runner, sides.surface_async, sides.raw_async, clock)
                result = compare(pair, calibrate(pair, settings.block), settings.rounds)
                rows.append(at_most(what, result, SURFACE_LIMIT, per_call))
            runner.run(session.surface_async.close())
        runner.run(session.raw_async.aclose())
        runner.run(session.typed.get_async_httpx_client().aclose())
    return rows


def in_process(settings: Settings) -> list[Row]:
    from smsim import Simulator, SimulatorTransport
    from smsim.testing import LOCAL_ROOT

    rows: list[Row] = []
    for api, (session_class, calls) in CALLS.items():
        try:
            simulator = Simulator(apis=(api,))
        except Exception as error:  # an API whose simulator is not there yet
            rows += [skipped(f"Per call, in-process: {label}", TARGET, f"simulator: {error}") for label, _ in calls]
            continue
        for label, make in calls:
            session = session_class(LOCAL_ROOT, SimulatorTransport(simulator))
            try:
                rows += _compare(label, "in-process", session, make, settings, CPU)
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
                    rows += _compare(label, "served", session, make, settings, WALL)
                finally:
                    session.close()
    return rows
