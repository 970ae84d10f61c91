"""Figures of the fault matrix: for every scenario, what happened to each requested item.

Each requested item (an SMS to one recipient, a subaccount, a credit move) ends up as exactly
one of: *sent* once, *duplicated* (applied more than once), *reported* (the caller was told it
was not done or that its outcome is unknown: ``rejected``, ``NotSentError``,
``OutcomeUnknownError``, a refused transactionId...) or *lost* (not applied and not reported, or
reported done while not applied).  Duplicated and lost must be 0 everywhere.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Any, TypeVar

import httpx
from smsgw.errors import SmsGatewayError
from smsim.testing import Served

from .proxy import FaultProxy, ProxyFault

R = TypeVar("R")


@dataclass
class Tally:
    requested: int = 0
    sent: int = 0
    duplicated: int = 0
    lost: int = 0
    unknown: int = 0
    not_sent: int = 0

    def add(self, other: Tally) -> None:
        for name in ("requested", "sent", "duplicated", "lost", "unknown", "not_sent"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def judge(applied: int, reported_done: bool, reported: str | None) -> Tally:
    """The tally of one requested item: applied ``applied`` times; the caller was told it was
    done (``reported_done``), or told ``reported`` ("unknown" / "not_sent"), or nothing."""
    tally = Tally(requested=1)
    if applied > 1:
        tally.duplicated = applied - 1
    if applied >= 1:
        tally.sent = 1
        if reported == "not_sent":  # told "not sent" while it was: the caller will send it again
            tally.duplicated += 1
        elif reported == "unknown":
            tally.unknown = 1
    elif reported == "unknown":
        tally.unknown = 1
    elif reported == "not_sent":
        tally.not_sent = 1
    else:
        tally.lost = 1  # neither applied nor reported (or reported done: silently dropped)
    if applied == 0 and reported_done:
        tally.lost = 1
    return tally


def allowed(expect: tuple[str, ...], success: tuple[str, ...]) -> tuple[str, ...]:
    """The endings a scenario accepts: where it expects a success, any success, because on a
    loaded machine a request without a fault can time out too and is then reconciled like the
    others (the tally still counts every duplicate and every loss)."""
    return expect + success if set(expect) & set(success) else expect


MATRIX = "at-most-once fault matrix (per requested SMS / subaccount / credit move)"
Row = tuple[str, str, str, dict[str, int]]  # api, scenario, mode, the tally's fields


class Figures:
    """The rows the tests of this process recorded and not yet handed to pytest (see conftest)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[Row] = []

    def record(self, api: str, scenario: str, mode: str, tally: Tally) -> None:
        with self._lock:
            self._pending.append((api, scenario, mode, asdict(tally)))

    def take(self) -> list[Row]:
        with self._lock:
            taken, self._pending = self._pending, []
        return taken


def matrix_table(rows: Sequence[Row]) -> list[str]:
    """The markdown table of the matrix: one line per scenario and mode, summed over ``rows``."""
    summed: dict[tuple[str, str, str], Tally] = {}
    for api, scenario, mode, fields in rows:
        summed.setdefault((api, scenario, mode), Tally()).add(Tally(**fields))
    if not summed:
        return []
    lines = [
        "| API | scenario | mode | requested | sent | duplicated | lost | reported unknown | reported not sent |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    total = Tally()
    for (api, scenario, mode), t in sorted(summed.items()):
        total.add(t)
        lines.append(
            f"| {api} | {scenario} | {mode} | {t.requested} | {t.sent} | {t.duplicated} | {t.lost} "
            f"| {t.unknown} | {t.not_sent} |"
        )
    r = max(total.requested, 1)
    per = [f"{getattr(total, k) / r:.2f}" for k in ("sent", "duplicated", "lost", "unknown", "not_sent")]
    lines.append(f"| total (per requested) | | | {total.requested} | " + " | ".join(per) + " |")
    return lines


FIGURES = Figures()


def run_with_faults(
    proxy: FaultProxy,
    faults: list[ProxyFault],
    mode: str,
    sync_calls: list[Callable[[], R]],
    async_calls: list[Callable[[], Coroutine[Any, Any, R]]],
    *,
    served: Served | None = None,
    served_faults: Sequence[dict[str, Any]] = (),
) -> list[R | SmsGatewayError]:
    """Arm ``faults`` in the proxy and ``served_faults`` in the served simulator (its own
    ``POST /_sim/faults``), make the calls (see :func:`run_all`), then wait until every request
    the proxy held has reached the gateway, and disarm what is left."""
    for fault in faults:
        proxy.add(fault)
    for body in served_faults:
        assert served is not None
        assert httpx.post(f"{served.base}/_sim/faults", json=body).status_code == 201
    try:
        outcomes = run_all(mode, sync_calls, async_calls)
        assert proxy.settle(), "a held request never reached the gateway"
    finally:
        proxy.clear()
        if served_faults and served is not None:
            httpx.delete(f"{served.base}/_sim/faults")
    return outcomes


def run_all(
    mode: str, sync_calls: list[Callable[[], R]], async_calls: list[Callable[[], Coroutine[Any, Any, R]]]
) -> list[R | SmsGatewayError]:
    """Make the calls at once, from threads (``sync``) or asyncio tasks (``async``) sharing one
    client; each ends in its result or its typed error (anything else is a bug and is raised)."""
    if mode == "sync":

        def one(call: Callable[[], R]) -> R | SmsGatewayError:
            try:
                return call()
            except SmsGatewayError as error:
                return error

        with ThreadPoolExecutor(max_workers=len(sync_calls)) as pool:
            return list(pool.map(one, sync_calls))

    async def all_of() -> list[R | SmsGatewayError]:
        done = await asyncio.gather(*(call() for call in async_calls), return_exceptions=True)
        for item in done:
            if isinstance(item, BaseException) and not isinstance(item, SmsGatewayError):
                raise item
        return done  # type: ignore[return-value]

    return asyncio.run(all_of())
