"""``bench/RESULTS.md``: the latest table, the machine it came from, and how to read it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .harness import Row, Settings, render

PATH = Path(__file__).resolve().parent / "RESULTS.md"

HOW_TO_READ = """\
## How to read the table

- **Ratio** is measured ÷ peer, both measured in the same run, in alternating rounds (call by call
  for per-call rows, run by run for longer ones); it is the median of the per-round ratios, while
  *Measured* and *Peer* are the medians of each side, so the ratio can differ slightly from
  dividing the two columns.  For throughput the ratio is simulator ÷ Prism (higher is better).
- In-process rows (per call on `SimulatorTransport`, pagination on `httpx.MockTransport`, imports)
  are timed in CPU time of the measuring process, because the machine may be shared: wall time
  would also count other processes.  Rows that wait on sockets, sleeps or subprocesses (served
  simulator, async look-ahead, throughput, regeneration, test suite) are timed on the wall clock.
- Nothing in the test suite asserts any of these numbers; they are benchmarks, not tests.
- What each row compares, and why a missed target is or is not a problem: `docs/benchmarks.md`.
"""


def _machine(facts: dict[str, str]) -> str:
    lines = ["| | |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in facts.items()]
    return "\n".join(lines)


def _details(rows: Sequence[Row]) -> str:
    lines = [f"- {row.what}: " + "; ".join(f"{k}: {v}" for k, v in row.details.items()) for row in rows if row.details]
    return ("\n### Details\n\n" + "\n".join(lines) + "\n") if lines else ""


def write(
    rows: Sequence[Row], settings: Settings, machine: dict[str, str], elapsed: float, groups: Sequence[str]
) -> Path:
    missed = [row for row in rows if row.met is False]
    mode = "quick" if settings.quick else "full"
    text = f"""# Benchmark results

Written by `./scripts/bench --write` ({mode} run, {elapsed:.0f} s; groups: {", ".join(groups)}).
Run `./scripts/bench` to print the same table for your machine; see `docs/benchmarks.md`.

## Machine

{_machine(machine)}

## Results

{render(rows)}

{len(rows)} rows; {len(missed)} target(s) missed{": " + "; ".join(r.what for r in missed) if missed else ""}.
{_details(rows)}
{NOTES}
{HOW_TO_READ}"""
    PATH.write_text(text)
    return PATH


# Why targets are missed, or peers not comparable.  Kept beside the numbers on purpose.
NOTES = """\
## Notes on the targets

See `docs/benchmarks.md` for the full discussion.
"""
