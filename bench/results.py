"""``bench/RESULTS.md``: the latest table, the machine it came from, and how to read it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .harness import Row, Settings, render

PATH = Path(__file__).resolve().parent / "RESULTS.md"

HOW_TO_READ = """\
## How to read the table

- **Ratio** is measured ÷ peer, both measured in the same run, alternating at a fine grain (call
  by call for per-call rows, page by page for pagination, run by run for the async look-ahead,
  throughput and imports); it is the median of the per-round ratios, while
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
Run `./scripts/bench` to print the same table for your machine; `docs/benchmarks.md` says what
each row compares and why.

## Machine

{_machine(machine)}

## Results

{render(rows)}
{_details(rows)}
## Targets missed, and why

{_missed(missed)}

{HOW_TO_READ}"""
    PATH.write_text(text)
    return PATH


# Why a row of each kind can miss its target.  Matched on the start of the row's "What".
REASONS = {
    "Per call": (
        "the *overrides alone* rows put the overrides (auth strategy, retry transport, typed-error "
        "hook) within a few percent of the bare generated call; the rest of the gap to raw httpx is "
        "the generated code: request bodies built from models, answers parsed into models (a "
        "`Subaccount` has about 40 fields), which is what a typed client is for.  On the served "
        "simulator the same cost is diluted by the socket round trip.  Rows within a few percent "
        "of 1.10x move across it from run to run on a shared 2-core machine."
    ),
    "Auto-pagination, ": (
        "the typed walk builds a generated model per item while the raw peer keeps the parsed "
        "dicts, and building a model costs about twice parsing its JSON.  Against a raw loop that "
        "builds the same models (the *overrides alone* rows) the paginator costs nothing "
        "measurable."
    ),
    "Auto-pagination peak memory": (
        "peaks should be flat since `smsgw._http` frees read responses at once (httpx keeps each "
        "response in a reference cycle until the garbage collector runs); see docs/benchmarks.md."
    ),
    "Simulator throughput": (
        "the served simulator runs on uvicorn's pure-Python HTTP parser (h11): `httptools` and "
        "`uvloop` are not in the `simulator` extra.  With them the same simulator served about "
        "twice the requests per second on this machine (see docs/benchmarks.md); adding them is "
        "a dependency change, proposed there.  Prism is at its fastest on smsend (a small spec, "
        "static examples) once its JIT has warmed up, which the benchmark lets it do."
    ),
    "Regenerate": (
        "most of the time is the pinned generator itself (about 1.7 s importing, 0.7 s parsing "
        "spec/smshosting.yaml with a pure-Python YAML parser, then rendering); the two clients "
        "and the spec lint already run in parallel.  On a busy machine the wall time goes past 5 s."
    ),
    "Import": "see docs/benchmarks.md (model modules are imported lazily).",
}


def _missed(missed: Sequence[Row]) -> str:
    if not missed:
        return "None."
    groups: dict[str, list[Row]] = {}
    for row in missed:
        prefix = next((p for p in REASONS if row.what.startswith(p)), "")
        groups.setdefault(prefix, []).append(row)
    lines = []
    for prefix, members in groups.items():
        names = "; ".join(f"{r.what} ({r.ratio:.2f}x)" if r.ratio else r.what for r in members)
        lines.append(f"- {names}.\n\n  **Why:** {REASONS.get(prefix, 'see docs/benchmarks.md.')}\n")
    return "\n".join(lines)
