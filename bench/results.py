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


# Why a row of each kind can miss its target.  Matched on the row's "What", first match wins.
REASONS = {
    "typed client surface alone": (
        "the surface call and the generated call it wraps send the same request; the surface adds "
        "its resource method and, for a list operation (`sms.search` is a pager), the pager: about "
        "twenty short Python calls (strategy, page generator, item chain), a few µs of a 300-500 µs "
        "call.  These rows measured 1.00-1.04x in earlier runs; at 1.05-1.06x a row is within the "
        "2-3% that single rows move between runs on this shared 2-core machine."
    ),
    "Per call": (
        "the overrides' clients skip or shorten two pieces of httpx's own per-call work (cookie "
        "extraction of a response that sets no cookie, two of three URL parses), which pays for "
        "their own layers and the model with some room: the typed surface is usually 0.9-1.0x raw "
        "httpx.  The client's own cost is in the rows with that work put back (about 1.10-1.15x: "
        "retry transport, typed-error hook, auth flow, the answer's model).  A row at its limit is "
        "within the 2-3% that single rows move between runs on this shared 2-core machine "
        "(docs/benchmarks.md, findings 14 and 17)."
    ),
    "Auto-pagination, ": (
        "the raw peer keeps the parsed dicts (about 5 µs of httpx and JSON per item) while the "
        "typed walk also builds an attrs `Subaccount` of 47 declared fields per item (about 1.3 µs: "
        "one store per declared field, absent optionals `UNSET`, is the floor of an eager model); "
        "its pages cost less than raw httpx's (*overrides alone* rows), so the model is the gap, "
        "usually 1.21-1.25x.  A pydantic v2 client of the same spec costs about the same (its row). "
        "Decoding fields on first access was built and measured, in two ways: slower with "
        "`__slots__`, about 5% faster without them (docs/benchmarks.md, findings 13 and 18)."
    ),
    "Auto-pagination peak memory": (
        "peaks should be flat since `smsgw._http` frees read responses at once (httpx keeps each "
        "response in a reference cycle until the garbage collector runs); see docs/benchmarks.md."
    ),
    "Simulator throughput": (
        "both servers share the 2 cores with the load generator (and, on a shared machine, with "
        "other work), and Prism's rate moves with the machine's load more than the simulator's "
        "single process does; the simulator's own cost per request is in docs/benchmarks.md (its "
        "hot path, profiled).  Prism's rate also depends on its JIT warm-up, which the benchmark "
        "gives it, and on whether it tries the spec's callbacks (the callback-free rows)."
    ),
    "Regenerate": (
        "a worker process imports openapi-python-client once, runs it in-process for each client "
        "(one in a fork) and builds the typed surface from the same parse, beside the spec checks "
        "in the main process (skipped for a spec already found valid): about 3.6 s of CPU in all, "
        "so about 3-4.5 s of wall time on a 2-core machine.  On a busy machine the wall time also "
        "counts waiting for a core; the CPU time is in the row's details."
    ),
    "Import": "see docs/benchmarks.md (model modules are imported lazily).",
}


def _missed(missed: Sequence[Row]) -> str:
    if not missed:
        return "None."
    groups: dict[str, list[Row]] = {}
    for row in missed:
        prefix = next((p for p in REASONS if p in row.what), "")
        groups.setdefault(prefix, []).append(row)
    lines = []
    for prefix, members in groups.items():
        names = "; ".join(f"{r.what} ({r.ratio:.2f}x)" if r.ratio else r.what for r in members)
        lines.append(f"- {names}.\n\n  **Why:** {REASONS.get(prefix, 'see docs/benchmarks.md.')}\n")
    return "\n".join(lines)
