"""The pinned Node tools (Redocly CLI, openapi-typescript, tsc): installed with ``npm ci``
whenever ``node_modules/`` is missing or was installed from another lock file, and run."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

from scripts.project import ROOT
from scripts.tools import ToolError, file_lock, say

MIN_NODE = (20, 19, 0)
NODE_ENV = {
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "NO_COLOR": "1",
    "FORCE_COLOR": "0",
    "NPM_CONFIG_UPDATE_NOTIFIER": "false",
    "NPM_CONFIG_FUND": "false",
    "NPM_CONFIG_AUDIT": "false",
}


def node_env() -> dict[str, str]:
    return {**os.environ, **NODE_ENV}


def check_node() -> None:
    node = shutil.which("node")
    if node is None or shutil.which("npm") is None:
        raise ToolError("Node.js and npm are needed (>= 20.19): e.g. `apt-get install -y nodejs npm` on Debian")
    out = subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    match = re.match(r"v(\d+)\.(\d+)\.(\d+)", out)
    if not match or tuple(int(x) for x in match.groups()) < MIN_NODE:
        raise ToolError(f"Node.js {'.'.join(map(str, MIN_NODE))} or newer is needed, found {out or 'none'}")


def lock_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for name in ("package.json", "package-lock.json"):
        digest.update((root / name).read_bytes())
    return digest.hexdigest()


def ensure_node_tools(root: Path = ROOT) -> None:
    """Run `npm ci` when node_modules/ is missing or was installed from another lock file."""
    stamp = root / "node_modules" / ".spectools-lock.sha256"
    wanted = lock_digest(root)
    binaries = ("redocly", "openapi-typescript", "tsc")

    def current() -> bool:
        return (
            stamp.exists()
            and stamp.read_text().strip() == wanted
            and all((root / "node_modules" / ".bin" / b).exists() for b in binaries)
        )

    if current():
        return
    check_node()
    with file_lock("npm"):
        if current():
            return
        say("spectools: installing the pinned Node tools (npm ci) ...")
        started = time.monotonic()
        result = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=root,
            env=node_env(),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise ToolError(f"npm ci failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")
        stamp.write_text(wanted + "\n")
        say(f"spectools: npm ci done in {time.monotonic() - started:.1f}s")


def node_bin(name: str) -> str:
    """A pinned Node tool of this repository (whatever tree is being checked)."""
    return str(ROOT / "node_modules" / ".bin" / name)


def run_node_tool(name: str, args: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    ensure_node_tools(ROOT)
    try:
        return subprocess.run(
            [node_bin(name), *args],
            cwd=cwd,
            env=node_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise ToolError(f"{name} {' '.join(args)} took more than {timeout:.0f}s") from error


def strip_banners(text: str) -> str:
    """Drop Redocly's boxed notices (e.g. the Node 20 end-of-life banner) from its stderr."""
    lines = [line for line in text.splitlines() if not re.match(r"^\s*[╔║╚]", line)]
    return "\n".join(line for line in lines if line.strip())
