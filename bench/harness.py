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
    rounds: int = 7  # interleaved rounds per comparison (medians of these are reported)
    block: float = 0.25  # seconds of work per timed block

    @classmethod
    def make(cls, quick: bool) -> Settings:
        return cls(quick=True, rounds=3, block=0.1) if quick else cls()


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


def at_most(what: str, measured: float, peer: float, limit: float, unit: Callable[[float], str]) -> Row:
    ratio = measured / peer
    return Row(what, unit(measured), unit(peer), ratio, f"≤ {limit:.2f}x", ratio <= limit)


def at_least(what: str, measured: float, peer: float, limit: float, unit: Callable[[float], str]) -> Row:
    ratio = measured / peer
    return Row(what, unit(measured), unit(peer), ratio, f"≥ {limit:.2f}x", ratio >= limit)


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


def timed(operation: Callable[[int], object]) -> Block:
    """A block of ``n`` sync operations; the operation gets its index (writes alternate on it)."""

    def block(n: int) -> float:
        gc.collect()
        start = time.perf_counter()
        for i in range(n):
            operation(i)
        return time.perf_counter() - start

    return block


def timed_async(runner: asyncio.Runner, operation: Callable[[int], Awaitable[object]]) -> Block:
    """A block of ``n`` awaited operations, run on ``runner``'s loop (one loop for the whole case)."""

    async def run(n: int) -> float:
        start = time.perf_counter()
        for i in range(n):
            await operation(i)
        return time.perf_counter() - start

    def block(n: int) -> float:
        gc.collect()
        return runner.run(run(n))

    return block


def calibrate(block: Block, seconds_wanted: float, *, minimum: int = 20) -> int:
    """How many operations make a block of about ``seconds_wanted`` (an even number)."""
    n = minimum
    while True:
        took = block(n)
        if took >= seconds_wanted / 4 or n >= 1_000_000:
            break
        n *= 4
    wanted = max(minimum, int(n * seconds_wanted / max(took, 1e-9)))
    return wanted + wanted % 2


def interleaved(sides: Sequence[Block], n: int, rounds: int) -> list[float]:
    """Median seconds per operation of each side, over ``rounds`` alternating rounds.

    The order of the sides flips every round (ABBA...), so a slow phase of a shared machine
    does not fall on one side only.  Each side gets one untimed warm-up block first.
    """
    for side in sides:
        side(max(2, n // 10))
    samples: list[list[float]] = [[] for _ in sides]
    for r in range(rounds):
        order = range(len(sides)) if r % 2 == 0 else reversed(range(len(sides)))
        for i in order:
            samples[i].append(sides[i](n) / n)
    return [statistics.median(s) for s in samples]


def median_of(run: Callable[[], float], times: int) -> float:
    return statistics.median(run() for _ in range(times))


# -- output ------------------------------------------------------------------------------------


def render(rows: Sequence[Row]) -> str:
    lines = ["| What | Measured | Peer | Ratio | Target | Met? |", "|---|---|---|---|---|---|"]
    for row in rows:
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "-"
        if row.met is None:
            met = "n/a" if row.note else "-"
        else:
            met = "yes" if row.met else "**no**"
        measured = row.measured + (f" ({row.note})" if row.note else "")
        lines.append(f"| {row.what} | {measured} | {row.peer} | {ratio} | {row.target} | {met} |")
    return "\n".join(lines)
