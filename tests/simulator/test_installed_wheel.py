"""The simulator works once installed, away from the checkout.

Builds the wheel, installs it with the ``simulator`` extra into a fresh virtual environment in a
temporary folder (with the pinned uv), starts ``python -m smsim`` from there on a free port and
fetches the specs it serves, which it can only have read from the installed package.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from smsim.testing import serve

ROOT = Path(__file__).resolve().parents[2]
UV = ROOT / ".tools" / "bin" / "uv"


def _run(*args: str | Path, cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "UV_PROJECT_ENVIRONMENT")}
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{args[:3]} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


@pytest.mark.wheel
def test_installed_wheel_serves_its_specs(tmp_path: Path) -> None:
    if not UV.is_file():
        pytest.fail(f"the pinned uv is missing ({UV}); run any script in scripts/ once")
    _run(UV, "build", "--wheel", "--out-dir", tmp_path / "dist", ROOT, cwd=tmp_path)
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    _run(UV, "venv", "--quiet", "--python", sys.executable, tmp_path / "venv", cwd=tmp_path)
    python = tmp_path / "venv" / "bin" / "python"
    _run(UV, "pip", "install", "--quiet", "--python", python, f"{wheel}[simulator]", cwd=tmp_path)
    where = _run(python, "-c", "import smsim; print(smsim.__file__)", cwd=tmp_path).strip()
    assert Path(where).is_relative_to(tmp_path / "venv"), where  # not the checkout's copy

    with serve(python=python, cwd=tmp_path, log_path=tmp_path / "simulator.log") as served:
        for name in ("smsend", "smshosting"):
            answer = httpx.get(f"{served.base}/_sim/specs/{name}.json", timeout=30)
            assert answer.status_code == 200, answer.text
            spec = answer.json()
            assert spec["openapi"].startswith("3.") and spec["paths"]
            assert spec["servers"] == [
                {"url": served.url(name).removeprefix(served.base), "description": "this simulator"}
            ]
