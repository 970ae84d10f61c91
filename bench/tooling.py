"""Developer-facing timings: regeneration, import cost, the whole test suite.

- Regeneration runs ``python -m scripts.regenerate`` (every API's client: spec lint, generator, ruff,
  compare) and ``python -m scripts.regenerate --check`` in a scratch copy of the working tree (the files
  git tracks or would track): the same work as in the repository, without rewriting files that
  other people may be editing.  Wall time, median of 3 (1 with ``--quick``).
- Imports ("everything": every public module of ``smsgw`` and every generated client package,
  found at run time) are timed inside fresh interpreters (so interpreter start-up, the same for
  both, is left out), in CPU time of that interpreter, alternating the two sides, median of 9
  each (7 with ``--quick``).
- The test suite is ``python -m pytest -q`` once, wall time, reported only.  Its whole output is
  kept in ``bench/.cache/suite.log`` (git-ignored), and a failed test's one-line reason from
  pytest's short summary goes into the row's details, so that an intermittent failure seen
  during a bench run can be followed up.
"""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .harness import Row, Settings, at_most, ratio_of, seconds

ROOT = Path(__file__).resolve().parent.parent
REGEN_LIMIT = 5.0
IMPORT_LIMIT = 1.5
PEER = "import httpx, attrs"
SUITE = "The whole test suite (pytest)"
SUITE_LOG = ROOT / "bench" / ".cache" / "suite.log"


def everything() -> list[str]:
    """What a user of the SDK can import: every module of ``smsgw`` and every generated client.

    Computed, so that a new API or a new module of the overrides is counted without editing
    this file.  The generated models are imported on first use (``models_init.py.jinja``), so
    importing a client package does not import its models.
    """
    import pkgutil

    import smsgw

    modules = ["smsgw"] + sorted(
        info.name
        for info in pkgutil.walk_packages(smsgw.__path__, "smsgw.")
        if not info.name.split(".")[-1].startswith("_")
    )
    modules += sorted(p.name for p in (ROOT / "generated").glob("*_client") if (p / "__init__.py").exists())
    return modules


def _ours() -> str:
    return "import " + ", ".join(everything())


def _run(args: list[str], cwd: Path) -> tuple[float, float]:
    """Run a command; its wall time and the CPU time (user + system) of all its processes."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return took, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _project_files() -> list[str]:
    """The files of the working tree that git tracks or would (not ignored ones), relative."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    names = [name for name in listed.stdout.decode().split("\0") if name]
    return [name for name in names if (ROOT / name).is_file()]


REGEN = "Regenerate every client"
CHECK = "Regenerate --check (every client)"


def regeneration(settings: Settings) -> list[Row]:
    times = 1 if settings.quick else 3
    if not settings.wants(REGEN, CHECK):
        return []
    with tempfile.TemporaryDirectory(prefix="bench-regen-") as tmp:
        copy = Path(tmp)
        for name in _project_files():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, copy / name)
        regen: list[tuple[float, float]] = []
        check: list[tuple[float, float]] = []
        if settings.wants(REGEN):
            regen = [_run([sys.executable, "-m", "scripts.regenerate"], copy) for _ in range(times)]
        if settings.wants(CHECK):
            check = [_run([sys.executable, "-m", "scripts.regenerate", "--check"], copy) for _ in range(times)]
    rows = []
    for what, samples in ((REGEN, regen), (CHECK, check)):
        if not samples:
            continue
        took = statistics.median(wall for wall, _ in samples)
        row = Row(what, seconds(took), target=f"≤ {REGEN_LIMIT:.0f} s", met=took <= REGEN_LIMIT)
        # On a busy machine the wall time also counts waiting for a core; the CPU time does not.
        row.details = {"CPU time of all its processes": seconds(statistics.median(cpu for _, cpu in samples))}
        rows.append(row)
    return rows


def _import_seconds(statement: str) -> float:
    code = f"import time; t = time.process_time(); {statement}; print(time.process_time() - t)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(result.stdout)


def imports(settings: Settings) -> list[Row]:
    times = 7 if settings.quick else 9
    what = "Import everything: the overrides (every public module) and the generated clients (vs httpx + attrs)"
    if not settings.wants(what):
        return []
    ours: list[float] = []
    peer: list[float] = []
    statement = _ours()
    for i in range(times):
        pair = ((statement, ours), (PEER, peer)) if i % 2 == 0 else ((PEER, peer), (statement, ours))
        for statement, samples in pair:
            samples.append(_import_seconds(statement))
    result = ratio_of(statistics.median(ours), statistics.median(peer))
    row = at_most(what, result, IMPORT_LIMIT, seconds)
    row.details = {"imported": ", ".join(everything())}
    return [row]


def suite(settings: Settings) -> list[Row]:
    if not settings.wants(SUITE):
        return []
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rf", "-p", "no:cacheprovider"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    took = time.perf_counter() - start
    SUITE_LOG.parent.mkdir(parents=True, exist_ok=True)
    SUITE_LOG.write_text(result.stdout + result.stderr)
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else f"exit {result.returncode}"
    summary = summary.strip("= ")
    failed = [line.removeprefix("FAILED ") for line in result.stdout.splitlines() if line.startswith("FAILED ")]
    row = Row(SUITE, f"{seconds(took)} ({summary})", target="reported")
    if failed:  # name them, so that a flaky test can be found from the results file
        row.measured += "; failed: " + ", ".join(line.split(" - ")[0] for line in failed)
        row.details = {
            "failed": " | ".join(line[:300] for line in failed),
            "whole output": f"bench/.cache/{SUITE_LOG.name} of the run",
        }
    return [row]
