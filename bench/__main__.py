"""``./scripts/bench``: measure what users feel and print a markdown table of ratios.

Every row compares against its natural peer measured in the same run (raw httpx, Prism, a bare
``import httpx, attrs``); nothing is compared with numbers from another machine.  ``--write``
also stores the table and the machine it came from in ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable

from . import faults, paging, peer, percall, throughput, tooling
from .harness import Row, Settings, render, skipped
from .machine import facts, prism_version
from .results import write

# name -> (what the group measures, the function giving its rows).  Run in this order.
GROUPS: dict[str, tuple[str, Callable[[Settings], list[Row]]]] = {
    "imports": ("Import cost", tooling.imports),
    "percall": ("Per call, in-process", percall.in_process),
    "served": ("Per call, served simulator", percall.served),
    "paging": ("Pagination", paging.rows),
    "peer": ("Against a pydantic v2 client", peer.rows),
    "throughput": ("Simulator throughput vs Prism", throughput.rows),
    "faults": ("Faults never block the served simulator", faults.rows),
    "regen": ("Regeneration", tooling.regeneration),
    "suite": ("The whole test suite", tooling.suite),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter rounds, no test suite (~1.5 min)")
    parser.add_argument("--write", action="store_true", help="also write bench/RESULTS.md")
    parser.add_argument("--skip-suite", action="store_true", help="do not time the test suite")
    parser.add_argument("--only", action="append", choices=sorted(GROUPS), help="run only these groups")
    parser.add_argument(
        "--rows",
        action="append",
        metavar="TEXT",
        default=[],
        help="measure only the rows whose title contains TEXT (case-insensitive; repeatable), "
        "e.g. --rows 'sms/search' --rows 'Regenerate'",
    )
    args = parser.parse_args(argv)
    if args.write and args.rows:
        parser.error("--write stores the whole table: not with --rows")
    settings = Settings.make(args.quick, args.rows)
    chosen = args.only or [g for g in GROUPS if not (g == "suite" and (args.skip_suite or args.quick))]

    started = time.time()
    machine_before = facts()
    rows: list[Row] = []
    for name in chosen:
        title, run = GROUPS[name]
        print(f"[bench] {title} ...", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        try:
            rows += [row for row in run(settings) if settings.wants(row.what)]
        except Exception as error:  # one broken group must not hide the others
            traceback.print_exc()
            rows.append(skipped(title, "-", f"failed: {type(error).__name__}: {str(error)[:120]}"))
        print(f"[bench] {title}: {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    elapsed = time.time() - started
    # The throughput group installs Prism on first use: name what ran, not what was there before.
    machine_before["Prism (throughput peer)"] = prism_version()

    table = render(rows)
    print(table)
    missed = [r for r in rows if r.met is False]
    print(f"\n{len(rows)} rows, {len(missed)} target(s) missed, {elapsed:.0f} s", file=sys.stderr)
    if args.write:
        path = write(rows, settings, machine_before, elapsed, chosen)
        print(f"[bench] wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
