"""The distribution works once installed, away from the checkout.

Builds the sdist and, from it, the wheel; installs the wheel with the ``simulator`` extra (and
pytest) into a fresh virtual environment in a temporary folder (with the pinned uv), once for the
module.  From there, outside the checkout: ``python -m smsim`` serves the specs (which it can only
have read from the installed package), the README's quick starts run, and an app's test suite (the
example apps' tests and the README's example tests) passes with the installed pytest plugin.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import httpx
import pytest
from smsim.testing import serve

from ..test_readme import BLOCKS, TEST_EXAMPLES

ROOT = Path(__file__).resolve().parents[2]
UV = ROOT / ".tools" / "bin" / "uv"

pytestmark = pytest.mark.wheel


def _run(*args: str | Path, cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "UV_PROJECT_ENVIRONMENT")}
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    if check:
        assert done.returncode == 0, f"{args[:3]} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@dataclass(frozen=True)
class Installed:
    """The fresh environment: its python, and an empty working folder outside the checkout."""

    python: Path
    work: Path


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    if not UV.is_file():
        pytest.fail(f"the pinned uv is missing ({UV}); run any script in scripts/ once")
    tmp = tmp_path_factory.mktemp("distribution")
    dist = tmp / "dist"
    _run(UV, "build", "--sdist", "--out-dir", dist, ROOT, cwd=tmp)
    (sdist,) = dist.glob("*.tar.gz")
    _run(UV, "build", "--wheel", "--out-dir", dist, sdist, cwd=tmp)  # the wheel comes from the sdist
    (wheel,) = dist.glob("*.whl")
    _run(UV, "venv", "--quiet", "--python", sys.executable, tmp / "venv", cwd=tmp)
    python = tmp / "venv" / "bin" / "python"
    pytest_pin = f"pytest=={version('pytest')}"
    _run(UV, "pip", "install", "--quiet", "--python", python, f"{wheel}[simulator]", pytest_pin, cwd=tmp)
    work = tmp / "work"
    work.mkdir()
    for name in ("smsim", "pytest_smsim", "smsgw"):  # not the checkout's copies
        where = _run(python, "-c", f"import {name}; print({name}.__file__)", cwd=work).stdout.strip()
        assert Path(where).is_relative_to(tmp / "venv"), where
    return Installed(python, work)


def test_installed_wheel_serves_its_specs(installed: Installed) -> None:
    log = installed.work.parent / "simulator.log"
    with serve(python=installed.python, cwd=installed.work, log_path=log) as served:
        for name in ("smsend", "smshosting"):
            answer = httpx.get(f"{served.base}/_sim/specs/{name}.json", timeout=30)
            assert answer.status_code == 200, answer.text
            spec = answer.json()
            assert spec["openapi"].startswith("3.") and spec["paths"]
            assert spec["servers"] == [
                {"url": served.url(name).removeprefix(served.base), "description": "this simulator"}
            ]


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_quick_start_runs_installed(installed: Installed, index: int) -> None:
    script = installed.work / f"readme_{index + 1}.py"
    script.write_text(BLOCKS[index], encoding="utf-8")
    done = _run(installed.python, script, cwd=installed.work)
    assert done.stdout.strip(), "the example printed nothing"


def test_an_apps_test_suite_passes_with_the_installed_plugin(installed: Installed, tmp_path: Path) -> None:
    for name in ("smsend_app.py", "smshosting_app.py", "test_apps.py"):
        shutil.copy(ROOT / "examples" / name, tmp_path / name)
    (tmp_path / "test_readme_example.py").write_text("".join(TEST_EXAMPLES), encoding="utf-8")
    done = _run(installed.python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=tmp_path, check=False)
    expected = 7 + sum(len(re.findall(r"^def test_", block, flags=re.M)) for block in TEST_EXAMPLES)
    assert done.returncode == 0 and f"{expected} passed" in done.stdout, done.stdout[-5000:] + done.stderr[-3000:]
