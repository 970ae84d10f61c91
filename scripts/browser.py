"""Headless Chromium for the reference-page check: found or installed from Debian's packages,
and driven over the DevTools protocol on a pipe."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from typing import Any

from scripts.tools import ToolError, file_lock, say

CHROMIUM_DEFAULT = "/usr/bin/chromium"


def find_chromium(install: bool = True) -> str:
    """Path of a Chromium binary; installs Debian's package when missing and allowed."""
    configured = os.environ.get("CHROMIUM")
    if configured:
        if not os.access(configured, os.X_OK):
            raise ToolError(f"CHROMIUM={configured} is not an executable file")
        return configured
    found = CHROMIUM_DEFAULT if os.access(CHROMIUM_DEFAULT, os.X_OK) else shutil.which("chromium")
    if found:
        return found
    how = "apt-get update && apt-get install -y chromium"
    if not install:
        raise ToolError(f"Chromium is not installed: run `{how}` (Debian), or set CHROMIUM=/path/to/chromium")
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        raise ToolError(
            f"Chromium is not installed and cannot be installed here (needs root and apt-get): "
            f"run `sudo sh -c '{how}'` (Debian), or set CHROMIUM=/path/to/chromium"
        )
    with file_lock("apt"):
        if os.access(CHROMIUM_DEFAULT, os.X_OK):
            return CHROMIUM_DEFAULT
        say("spectools: installing Chromium from Debian's packages (apt-get install -y chromium) ...")
        started = time.monotonic()
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-q", "chromium"]):
            result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            if result.returncode != 0:
                raise ToolError(f"{' '.join(command)} failed (exit {result.returncode}):\n{result.stderr[-3000:]}")
        say(f"spectools: Chromium installed in {time.monotonic() - started:.0f}s")
    if not os.access(CHROMIUM_DEFAULT, os.X_OK):
        raise ToolError(f"apt-get installed chromium but {CHROMIUM_DEFAULT} is missing")
    return CHROMIUM_DEFAULT


class Chromium:
    """Headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe).

    No WebSocket library needed: Chromium reads NUL-terminated JSON commands from fd 3 and
    writes replies and events to fd 4.
    """

    def __init__(self, binary: str) -> None:
        self.profile = tempfile.mkdtemp(prefix="spectools-chromium-")
        self.stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close()
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # Move the child's ends out of the way so dup2 onto 3 and 4 cannot clobber them; the
        # copies are close-on-exec, the dup2'ed 3 and 4 are not.
        child_r = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD_CLOEXEC, 64)
        child_w = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD_CLOEXEC, 64)
        os.close(to_browser_r)
        os.close(from_browser_w)

        def wire_pipes() -> None:
            os.dup2(child_r, 3)
            os.dup2(child_w, 4)

        args = [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            f"--user-data-dir={self.profile}",
            # Offline for real: no host name resolves, so nothing can be fetched from anywhere.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--window-size=1280,900",
            "--remote-debugging-pipe",
            "about:blank",
        ]
        # close_fds=False: the fds Python opens are close-on-exec anyway, and closing "all but
        # 3 and 4" would first touch whatever 3 and 4 are in this process.
        self.process = subprocess.Popen(
            args,
            close_fds=False,
            preexec_fn=wire_pipes,  # noqa: PLW1509 - only dup2, before exec
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self.stderr,
        )
        os.close(child_r)
        os.close(child_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None, timeout: float = 30
    ) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._receive(deadline, method)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise ToolError(f"Chromium {method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            self.events.append(reply)

    def _receive(self, deadline: float, method: str) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ToolError(f"Chromium did not answer {method} in time")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if ready:
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise ToolError(f"Chromium exited (code {self.process.poll()}): {self.stderr_tail()}")
                self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        parsed: dict[str, Any] = json.loads(raw)
        return parsed

    def stderr_tail(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read().decode(errors="replace")[-2000:]

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.send("Browser.close", timeout=5)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        for fd in (self._to_browser, self._from_browser):
            with contextlib.suppress(OSError):
                os.close(fd)
        self.stderr.close()
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
