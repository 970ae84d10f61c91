"""The shell entry points behave: ``--help`` prints the usage and does nothing else, and the
simulator's server (``./scripts/serve``, ``smsim``, ``python -m smsim``) checks its options and
its port before it prints its banner, failing in one line with exit code 2."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from scripts.project import ROOT

# script: (a word of its usage text, a line it prints once it starts working)
SCRIPTS = {
    "regenerate": ("--check", "generated/ is up to date"),
    "test": ("PYTEST ARGS", "generated/ is up to date"),
    "spectools": ("breaking", "lint smsend"),
    "serve": ("--log-level", "control plane:"),
    "bench": ("--quick", "[bench]"),
}


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_help_prints_usage_and_does_nothing_else(script: str) -> None:
    usage, working = SCRIPTS[script]
    result = subprocess.run(
        [str(ROOT / "scripts" / script), "--help"], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage:") and usage in result.stdout, result.stdout
    assert working not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def smsim(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smsim", *args], capture_output=True, text=True, check=False, timeout=60
    )


def test_serve_help_lists_defaults_and_choices() -> None:
    result = smsim("--help")
    assert result.returncode == 0
    assert "(default: 8765)" in result.stdout and "(default: 127.0.0.1)" in result.stdout
    assert "{critical,error,warning,info,debug,trace}" in result.stdout and "(default: warning)" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--log-level", "warnign"), "argument --log-level: invalid choice: 'warnign'"),
        (("--port", "99999"), "argument --port: not a port number: 99999"),
        (("--port", "http"), "argument --port: not a port number: 'http'"),
        (("--host", "0.0.0.0"), "'0.0.0.0' is not a loopback address"),
        (("--verbose",), "unrecognized arguments: --verbose"),
    ],
)
def test_serve_rejects_a_bad_option_in_one_line(args: tuple[str, ...], message: str) -> None:
    result = smsim(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("smsim: error: "), result.stderr
    assert message in result.stderr


def test_serve_on_a_taken_port_fails_before_its_banner() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = smsim("--port", str(port))
    assert result.returncode == 2
    assert result.stdout == "", "the banner must not claim a server that is not there"
    assert result.stderr == (
        f"smsim: error: port {port} on 127.0.0.1 is already in use; choose another with --port (0: a free one)\n"
    )


def test_serve_on_port_zero_announces_the_port_it_got(tmp_path: Path) -> None:
    output = tmp_path / "out.txt"
    with output.open("w") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "smsim", "--port", "0"], stdout=sink, stderr=subprocess.STDOUT
        )
    try:
        base = ""
        for _ in range(2400):  # up to 2 minutes on a busy machine
            first = output.read_text().splitlines()[:1]
            if first:
                base = first[0].removeprefix("SMS gateway simulator on ")
                break
            if process.poll() is not None:
                break
            time.sleep(0.05)
        assert base.startswith("http://127.0.0.1:") and not base.endswith(":0"), output.read_text()
        answer = httpx.get(f"{base}/_sim/clock", timeout=30)
        assert answer.status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_the_simulator_without_its_extra_names_the_extra() -> None:
    """``import smsim`` without the ``simulator`` extra: a message naming the extra, not a bare
    ModuleNotFoundError (simulated by hiding fastjsonschema, which only the extra installs)."""
    result = subprocess.run(
        [sys.executable, "-c", "import sys; sys.modules['fastjsonschema'] = None; import smsim"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "ModuleNotFoundError: the simulator needs the 'simulator' extra (fastjsonschema is not installed): "
        "pip install 'sms-gateways[simulator]'"
    )


def test_scripts_is_a_package_without_path_tricks() -> None:
    """The tooling imports as ``scripts.<module>`` (so mypy and the tests see it like any package):
    nothing in it edits ``sys.path``, and no test loads one of its modules from a file path."""
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "scripts").rglob("*.py")) + sorted((ROOT / "tests").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if (("sys.path" + ".") in line and path.is_relative_to(ROOT / "scripts"))
        or (("spec_from_file" + "_location") in line and "scripts" in line)
    ]
    assert offenders == []
    assert (ROOT / "scripts" / "__init__.py").is_file()
