"""Developer-facing timings: regeneration, import cost, the whole test suite.

- Regeneration runs ``python -m scripts.regenerate`` (every client: spec check, generator, ruff,
  compare) and ``python -m scripts.regenerate --check`` in a scratch copy of ``scripts/``,
  ``spec/``, ``generator/``, ``generated/`` and ``pyproject.toml`` (the list of APIs): the same
  work as in the repository, without rewriting files that other people may be editing.  Wall
  time, median of 3 (1 with ``--quick``).
- Imports are timed inside fresh interpreters (so interpreter start-up, the same for both, is
  left out), in CPU time of that interpreter, alternating the two sides, median of 11 each (7 with
  ``--quick``).
- The test suite is ``python -m pytest -q`` once, wall time, reported only.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scripts import project

from .harness import Row, Settings, at_most, ratio_of, seconds

ROOT = Path(__file__).resolve().parent.parent
REGEN_LIMIT = 5.0
IMPORT_LIMIT = 1.5
OURS = "import smsgw, " + ", ".join(
    [project.client_package(name) for name in project.api_names()] + [f"smsgw.{name}" for name in project.api_names()]
)
PEER = "import httpx, attrs"


def _run(args: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    took = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return took


def regeneration(settings: Settings) -> list[Row]:
    times = 1 if settings.quick else 3
    with tempfile.TemporaryDirectory(prefix="bench-regen-") as tmp:
        copy = Path(tmp)
        for folder in ("scripts", "spec", "generator", "generated"):
            shutil.copytree(ROOT / folder, copy / folder, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
        regen = [_run([sys.executable, "-m", "scripts.regenerate"], copy) for _ in range(times)]
        check = [_run([sys.executable, "-m", "scripts.regenerate", "--check"], copy) for _ in range(times)]
    rows = []
    for what, samples in (("Regenerate both clients", regen), ("Regenerate --check (both clients)", check)):
        took = statistics.median(samples)
        rows.append(Row(what, seconds(took), target=f"≤ {REGEN_LIMIT:.0f} s", met=took <= REGEN_LIMIT))
    return rows


def _import_seconds(statement: str) -> float:
    code = f"import time; t = time.process_time(); {statement}; print(time.process_time() - t)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(result.stdout)


def imports(settings: Settings) -> list[Row]:
    times = 7 if settings.quick else 11
    ours: list[float] = []
    peer: list[float] = []
    for i in range(times):
        pair = ((OURS, ours), (PEER, peer)) if i % 2 == 0 else ((PEER, peer), (OURS, ours))
        for statement, samples in pair:
            samples.append(_import_seconds(statement))
    result = ratio_of(statistics.median(ours), statistics.median(peer))
    what = "Import the overrides and both generated clients (vs httpx + attrs)"
    return [at_most(what, result, IMPORT_LIMIT, seconds)]


def suite(settings: Settings) -> list[Row]:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rf", "-p", "no:cacheprovider"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    took = time.perf_counter() - start
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else f"exit {result.returncode}"
    summary = summary.strip("= ")
    failed = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("FAILED ")]
    if failed:  # name them, so that a flaky test can be found from the results file
        summary += "; failed: " + ", ".join(failed)
    return [Row("The whole test suite (pytest)", f"{seconds(took)} ({summary})", target="reported")]
