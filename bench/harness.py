"""What every benchmark shares: the result row, timing by interleaved rounds, formatting.

A benchmark module exposes ``rows(settings) -> list[Row]``; a row compares one thing users feel
with its natural peer measured on the same run, in alternating rounds so that drift of a busy
machine hits both sides alike.  Nothing here asserts: a missed target is reported, not raised.
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    """How hard to measure: ``quick`` is about one minute, the default about five."""

    quick: bool = False
    rounds: int = 13  # interleaved rounds per comparison (medians of these are reported)
    block: float = 0.1  # seconds of work per round and side
    # Measure only the rows whose title contains one of these (case-insensitive); all if empty.
    rows: tuple[str, ...] = ()

    @classmethod
    def make(cls, quick: bool, rows: Sequence[str] = ()) -> Settings:
        chosen = tuple(r.lower() for r in rows)
        return cls(quick=True, rounds=5, block=0.05, rows=chosen) if quick else cls(rows=chosen)

    def wants(self, *titles: str) -> bool:
        """Whether a row of one of these titles is to be measured (``--rows``).  A group asks
        before measuring, so that a filtered run costs only the rows it keeps."""
        return not self.rows or any(part in title.lower() for title in titles for part in self.rows)


@dataclass
class Row:
    """One line of the results table."""

    what: str
    measured: str
    peer: str = "-"
    ratio: float | None = None
    target: str = "reported"
    met: bool | None = None  # None: nothing to meet (reported only) or not measured
    note: str = ""  # a short reason when a row could not be measured
    details: dict[str, object] = field(default_factory=dict)


def skipped(what: str, target: str, reason: str) -> Row:
    return Row(what, "not measured", target=target, note=reason)


def at_most(what: str, c: Comparison, limit: float, unit: Callable[[float], str]) -> Row:
    return Row(what, unit(c.measured), unit(c.peer), c.ratio, f"≤ {limit:.2f}x", c.ratio <= limit)


def at_least(what: str, c: Comparison, limit: float, unit: Callable[[float], str]) -> Row:
    return Row(what, unit(c.measured), unit(c.peer), c.ratio, f"≥ {limit:.2f}x", c.ratio >= limit)


def ratio_of(measured: float, peer: float) -> Comparison:
    return Comparison(measured, peer, measured / peer)


# -- units -------------------------------------------------------------------------------------


def seconds(value: float) -> str:
    if value < 1e-3:
        return f"{value * 1e6:.0f} µs"
    if value < 1.0:
        return f"{value * 1e3:.1f} ms"
    return f"{value:.2f} s"


def per_call(value: float) -> str:
    return f"{seconds(value)}/call"


def per_second(value: float) -> str:
    return f"{value:,.0f} req/s"


def mebibytes(value: float) -> str:
    return f"{value / 2**20:.2f} MiB"


# -- timing ------------------------------------------------------------------------------------

Block = Callable[[int], float]  # runs n operations, returns the seconds they took
Pair = Callable[[int], tuple[float, float]]  # n operations of two sides, alternating: seconds of each
Clock = Callable[[], float]
# In-process work is timed in CPU seconds of this process: on a shared machine wall time would
# also count whatever else runs, while on an idle one the two are the same for single-threaded
# work.  Anything that waits (sockets, sleeps, subprocesses) is timed on the wall clock.
CPU: Clock = time.process_time
WALL: Clock = time.perf_counter


@dataclass(frozen=True)
class Comparison:
    """Medians per operation of a measured side and its peer, and the median of their ratios."""

    measured: float
    peer: float
    ratio: float


def paired(measured: Callable[[int], object], peer: Callable[[int], object], clock: Clock = WALL) -> Pair:
    """Both sides call after call (A B, B A, ...), each call timed on its own.

    Alternating at the finest grain means a busy phase of a shared machine hits both sides
    alike.  Each operation gets its index; writes alternate their direction on it.
    """

    def pair(n: int) -> tuple[float, float]:
        gc.collect()
        a = b = 0.0
        for i in range(n):
            if i % 2:
                t0 = clock()
                peer(i)
                t1 = clock()
                measured(i)
                t2 = clock()
                b, a = b + t1 - t0, a + t2 - t1
            else:
                t0 = clock()
                measured(i)
                t1 = clock()
                peer(i)
                t2 = clock()
                a, b = a + t1 - t0, b + t2 - t1
        return a, b

    return pair


def paired_async(
    runner: asyncio.Runner,
    measured: Callable[[int], Awaitable[object]],
    peer: Callable[[int], Awaitable[object]],
    clock: Clock = WALL,
) -> Pair:
    """:func:`paired` for coroutines, on ``runner``'s loop (one loop for the whole comparison)."""

    async def run(n: int) -> tuple[float, float]:
        a = b = 0.0
        for i in range(n):
            first, second = (peer, measured) if i % 2 else (measured, peer)
            t0 = clock()
            await first(i)
            t1 = clock()
            await second(i)
            t2 = clock()
            if i % 2:
                b, a = b + t1 - t0, a + t2 - t1
            else:
                a, b = a + t1 - t0, b + t2 - t1
        return a, b

    def pair(n: int) -> tuple[float, float]:
        gc.collect()
        return runner.run(run(n))

    return pair


def calibrate(pair: Pair, seconds_wanted: float, *, minimum: int = 20) -> int:
    """How many operations (per side) make a round of about ``seconds_wanted`` (an even number)."""
    n = minimum
    while True:
        took = sum(pair(n))
        if took >= seconds_wanted / 4 or n >= 1_000_000:
            break
        n *= 4
    wanted = max(minimum, int(n * seconds_wanted / max(took, 1e-9)))
    return wanted + wanted % 2


def compare(pair: Pair, n: int, rounds: int) -> Comparison:
    """``rounds`` rounds of ``n`` alternating operations (after one untimed warm-up round):
    the medians per operation, and the median of the per-round ratios."""
    pair(max(2, n // 5))
    a: list[float] = []
    b: list[float] = []
    for _ in range(rounds):
        x, y = pair(n)
        a.append(x / n)
        b.append(y / n)
    return _summary(a, b)


def compare_blocks(measured: Callable[[], float], peer: Callable[[], float], rounds: int) -> Comparison:
    """For long operations (seconds each): whole runs alternate, AB BA AB ..."""
    a: list[float] = []
    b: list[float] = []
    for r in range(rounds):
        if r % 2 == 0:
            a.append(measured())
            b.append(peer())
        else:
            b.append(peer())
            a.append(measured())
    return _summary(a, b)


def _summary(a: list[float], b: list[float]) -> Comparison:
    ratios = [x / y for x, y in zip(a, b, strict=True)]
    return Comparison(statistics.median(a), statistics.median(b), statistics.median(ratios))


# -- output ------------------------------------------------------------------------------------


def render(rows: Sequence[Row]) -> str:
    lines = ["| What | Measured | Peer | Ratio | Target | Met? |", "|---|---|---|---|---|---|"]
    for row in rows:
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "-"
        met = {None: "n/a" if row.note else "-", True: "yes", False: "**no**"}[row.met]
        measured = row.measured + (f" ({row.note})" if row.note else "")
        lines.append(f"| {row.what} | {measured} | {row.peer} | {ratio} | {row.target} | {met} |")
    return "\n".join(lines)
