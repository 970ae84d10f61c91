"""The machine a run came from, for the results file."""

from __future__ import annotations

import datetime
import importlib.metadata
import json
import os
import platform
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _first(path: str, key: str) -> str | None:
    try:
        for line in Path(path).read_text().splitlines():
            name, _, value = line.partition(":")
            if name.strip() == key:
                return value.strip()
    except OSError:
        return None
    return None


def _os_name() -> str:
    pretty = None
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                pretty = line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return f"{pretty or platform.system()} (kernel {platform.release()}, {platform.machine()})"


def _command(*args: str) -> str | None:
    try:
        result = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout.strip() or None if result.returncode == 0 else None


def prism_version() -> str:
    """The Prism the benchmark runs: the installed one, else the pin it would install."""
    installed = ROOT / "bench" / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    try:
        return str(json.loads(installed.read_text())["version"])
    except (OSError, ValueError, KeyError):
        pinned = json.loads((ROOT / "bench" / "package.json").read_text())["dependencies"]["@stoplight/prism-cli"]
        return f"{pinned} (pinned; not installed yet)"


def facts() -> dict[str, str]:
    memory = _first("/proc/meminfo", "MemTotal")
    ram = f"{int(memory.split()[0]) / 2**20:.1f} GiB" if memory else "unknown"
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
    commit = _command("git", "rev-parse", "--short", "HEAD")
    dirty = _command("git", "status", "--porcelain", "--untracked-files=no")
    return {
        "Date (UTC)": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M"),
        "CPU": _first("/proc/cpuinfo", "model name") or platform.processor() or "unknown",
        "Cores (logical)": str(os.cpu_count()),
        "RAM": ram,
        "OS": _os_name(),
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "httpx / attrs": f"{importlib.metadata.version('httpx')} / {importlib.metadata.version('attrs')}",
        "Node": _command("node", "--version") or "not installed",
        "Prism (throughput peer)": prism_version(),
        "pydantic (per-call peer)": importlib.metadata.version("pydantic"),
        "Load average at start (1, 5, 15 min)": load,
        "Commit": f"{commit}{' + uncommitted changes' if dirty else ''}" if commit else "unknown",
    }
