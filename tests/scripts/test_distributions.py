"""The wheel and the sdist, built as a release would build them, and inspected file by file.

The build runs in a copy of the files under version control, with built and local files planted
beside them (a reference page, node_modules/, a virtual environment): the sdist must hold the
version-controlled files and nothing else, and the wheel (built from the sdist, as ``uv build``
does) the licence, the platform marker of uvloop, the ``smsim`` command and the list of APIs.
"""

from __future__ import annotations

import shutil
import subprocess
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from scripts import project
from scripts.project import ROOT

NAME = "sms_gateways"
# Built or local files that must never reach a distribution.
PLANTED = (
    "docs/reference/smsend.html",
    "node_modules/left-over.js",
    ".venv/lib/site.py",
    "generated/smsend_client/__pycache__/x.cpython-311.pyc",
    "ts/sms-gateways-types-1.0.0.tgz",
)


def tracked_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return sorted(name for name in listed.decode().split("\0") if name and (ROOT / name).is_file())


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str]]:
    source = tmp_path_factory.mktemp("checkout")
    files = tracked_files()
    for name in files:
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    for name in PLANTED:
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text("built or local, not under version control\n")
    out = tmp_path_factory.mktemp("dist")
    uv = ROOT / ".tools" / "bin" / "uv"
    result = subprocess.run(
        [str(uv), "build", "--quiet", "--out-dir", str(out), str(source)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return sdist, wheel, files


def test_sdist_holds_exactly_the_files_under_version_control(dists: tuple[Path, Path, list[str]]) -> None:
    sdist, _, files = dists
    with tarfile.open(sdist) as archive:
        names = sorted(m.name.split("/", 1)[1] for m in archive.getmembers() if m.isfile())
    assert [n for n in names if n != "PKG-INFO"] == files
    assert "LICENSE" in names


def test_wheel_carries_license_marker_command_and_api_list(dists: tuple[Path, Path, list[str]]) -> None:
    _, wheel, _ = dists
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(f"{info}/METADATA").decode())
        entry_points = archive.read(f"{info}/entry_points.txt").decode()
        license_text = archive.read(f"{info}/licenses/LICENSE").decode()
    assert license_text == (ROOT / "LICENSE").read_text()
    assert metadata["License-Expression"] == "MIT"
    assert "uvloop>=0.19; (sys_platform != 'win32') and extra == 'simulator'" in [
        r.replace('"', "'") for r in metadata.get_all("Requires-Dist", [])
    ]
    assert "[console_scripts]\nsmsim = smsim.__main__:main" in entry_points
    assert f"[{project.API_GROUP}]" in entry_points
    for api in project.api_names():
        assert f"\n{api} = " in entry_points
        assert any(n.startswith(f"{project.client_package(api)}/") for n in names)
    assert not any("__pycache__" in n or n.endswith((".html", ".tgz")) for n in names), names
    assert not any(n.startswith(("scripts/", "tests/", "bench/")) for n in names)
