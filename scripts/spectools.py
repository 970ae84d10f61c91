"""Checks and artefacts of the hand-written OpenAPI specs for teams outside Python.

One entry point, five subcommands (``python scripts/spectools.py SUBCOMMAND``):

``lint``
    Redocly CLI with the committed ruleset ``redocly.yaml`` (and the reviewed exceptions in
    ``.redocly.lint-ignore.yaml``) on every spec. Any problem fails, warnings included.
``docs``
    Builds one self-contained HTML reference page per spec (``docs/reference/<name>.html``,
    Redocly ``build-docs`` with the Redoc bundle inlined; the two CDN logo URLs in the bundle
    are replaced so that the page makes no network request at all), then opens each page from
    ``file://`` in headless Chromium with all host names unresolvable, and goes to every
    operation's deep link: the operation's section must render with its summary as heading.
    Any JavaScript exception, console error or non-local request fails the page.
``types``
    Generates TypeScript types per spec with openapi-typescript into ``ts/generated/`` and
    type-checks them together with ``ts/examples/*.ts`` with ``tsc --strict``. ``--check``
    (used by ``all``) leaves the committed files alone and fails when they are not current.
``breaking``
    Compares each spec with its last released snapshot ``spec/released/<name>-<version>.yaml``:
    a breaking change needs a higher major ``info.version``, any other change a higher version,
    and ``spec/CHANGELOG.<name>.md`` needs a heading for the current version.
``all``
    ``lint``, ``docs``, ``types --check`` and ``breaking``; exit 1 if any of them failed.

Node tools are pinned in ``package.json``/``package-lock.json`` and installed with ``npm ci``
whenever ``node_modules/`` is missing or was installed from another lock file. Chromium comes
from Debian's packages: when ``/usr/bin/chromium`` is missing and we are root on a Debian
machine, it is installed with apt-get; otherwise the docs check fails with the command to run.

Exit codes: 0 all good, 1 a check failed, 2 a tool could not be set up or run.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import fcntl
import hashlib
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import speccheck  # noqa: E402  (sibling module: the project's own spec rules and $ref resolution)

ROOT = Path(__file__).resolve().parent.parent
SPEC_NAMES = ("smsend", "smshosting")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MIN_NODE = (20, 19, 0)
CHROMIUM_DEFAULT = "/usr/bin/chromium"
# The Redoc bundle shows a "API docs by Redocly" logo loaded from Redocly's CDN (it hides itself
# when the image fails). Offline it would be a failed request; `data:,` fails the same way
# without leaving the machine.
CDN_REWRITES = {
    "https://cdn.redoc.ly/redoc/logo-mini-full.svg": "data:,",
    "https://cdn.redoc.ly/redoc/logo-mini.svg": "data:,",
}
LOCAL_URL_SCHEMES = ("file:", "data:", "blob:", "about:")
NODE_ENV = {
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "NO_COLOR": "1",
    "FORCE_COLOR": "0",
    "NPM_CONFIG_UPDATE_NOTIFIER": "false",
    "NPM_CONFIG_FUND": "false",
    "NPM_CONFIG_AUDIT": "false",
}


class ToolError(Exception):
    """A tool could not be installed or run (exit code 2), as opposed to a failed check."""


def say(message: str) -> None:
    print(message, flush=True)


def spec_path(root: Path, name: str) -> Path:
    return root / "spec" / f"{name}.yaml"


def load_yaml(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as handle:
            document = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as error:
        raise ToolError(f"{path}: cannot be read: {error}") from error
    if not isinstance(document, dict):
        raise ToolError(f"{path}: not a YAML mapping")
    return document


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) of every operation, in document order (callbacks excluded)."""
    for path, item in (document.get("paths") or {}).items():
        for method in item:
            if method in HTTP_METHODS:
                yield path, method, item[method]


@contextlib.contextmanager
def file_lock(name: str) -> Iterator[None]:
    """Serialise installs between concurrent runs (e.g. two pytest sessions) on one machine."""
    digest = hashlib.sha256(str(ROOT).encode()).hexdigest()[:12]
    path = Path(tempfile.gettempdir()) / f"spectools-{name}-{digest}.lock"
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# ----------------------------------------------------------------------------------- node tools


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


# ----------------------------------------------------------------------------------------- lint


@dataclass(frozen=True)
class LintProblem:
    file: str
    line: int
    col: int
    severity: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.severity} [{self.rule}] {self.message}"


def lint_spec(root: Path, spec: Path, config: Path | None = None) -> list[LintProblem]:
    """Lint one spec with the ruleset of ``root``; every reported problem, warnings included.

    Redocly reads ``.redocly.lint-ignore.yaml`` from beside the config and matches its entries by
    the spec's path relative to the working directory, so run it from ``root``.
    """
    config = config or root / "redocly.yaml"
    target = os.path.relpath(spec, root)
    result = run_node_tool(
        "redocly",
        ["lint", target, f"--config={config}", "--lint-config=error", "--format=json", "--max-problems=100000"],
        cwd=root,
    )
    try:
        report = json.loads(result.stdout)
    except ValueError:
        raise ToolError(
            f"redocly lint {target} gave no report (exit {result.returncode}):\n{strip_banners(result.stderr)}"
        ) from None
    problems = []
    for problem in report.get("problems", []):
        location = (problem.get("location") or [{}])[0]
        start = location.get("start") or {}
        problems.append(
            LintProblem(
                file=location.get("source", {}).get("ref", target),
                line=int(start.get("line", 0)),
                col=int(start.get("col", 0)),
                severity=str(problem.get("severity", "error")),
                rule=str(problem.get("ruleId", "?")),
                message=str(problem.get("message", "")).strip(),
            )
        )
    totals = report.get("totals", {})
    if result.returncode != 0 and not problems:
        raise ToolError(f"redocly lint {target} failed (exit {result.returncode}):\n{strip_banners(result.stderr)}")
    if int(totals.get("errors", 0)) + int(totals.get("warnings", 0)) != len(problems):
        raise ToolError(f"redocly lint {target}: totals {totals} do not match the {len(problems)} problems listed")
    return problems


def cmd_lint(root: Path, names: list[str]) -> bool:
    ok = True
    for name in names:
        problems = lint_spec(root, spec_path(root, name))
        for problem in problems:
            say(f"  {problem}")
        if problems:
            ok = False
            say(f"lint {name}: FAILED, {len(problems)} problem(s) (warnings count as failures)")
        else:
            say(f"lint {name}: ok, 0 errors, 0 warnings")
    return ok


# ----------------------------------------------------------------------------------------- docs


def build_docs(root: Path, spec: Path, out: Path) -> Path:
    """Build the self-contained reference page of ``spec`` into ``out``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    result = run_node_tool(
        "redocly",
        ["build-docs", str(spec), "--inlineBundle", f"--output={out}", f"--config={root / 'redocly.yaml'}"],
        cwd=root,
    )
    if result.returncode != 0 or not out.exists():
        raise ToolError(f"redocly build-docs {spec.name} failed:\n{strip_banners(result.stdout + result.stderr)}")
    html = out.read_text(encoding="utf-8")
    for url, replacement in CDN_REWRITES.items():
        if url not in html:
            raise ToolError(f"{out.name}: expected the Redoc bundle to contain {url}; did @redocly/cli change?")
        html = html.replace(url, replacement)
    out.write_text(html, encoding="utf-8")
    problems = static_page_problems(html)
    if problems:
        raise ToolError(f"{out.name} is not self-contained: " + "; ".join(problems))
    return out


def static_page_problems(html: str) -> list[str]:
    """Resources a page would fetch from elsewhere, found without running it."""
    problems = []
    for match in re.finditer(r"<(script|link|img|iframe)\b[^>]*\b(src|href)=\"([^\"]+)\"", html):
        tag, _, url = match.groups()
        if tag == "link" and "stylesheet" not in match.group(0) and "preload" not in match.group(0):
            continue
        if not url.startswith(LOCAL_URL_SCHEMES):
            problems.append(f"<{tag}> loads {url}")
    if "cdn.redoc.ly" in html:
        problems.append("still mentions cdn.redoc.ly")
    return problems


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


def redoc_slug(text: str) -> str:
    """How Redoc 3 turns a tag name into a route segment ("Inbound SMS" -> "inbound-sms")."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# Runs in the page: go to an operation's deep link and wait for its section to render.
_FIND_OPERATION_JS = """
(async (route, summary, timeoutMs) => {
  location.hash = '#/' + route;
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const section = document.getElementById(route);
    if (section) {
      const headings = Array.from(section.querySelectorAll('h1, h2')).map(h => h.textContent.trim());
      if (headings.includes(summary)) return {ok: true};
    }
    await new Promise(resolve => setTimeout(resolve, 25));
  }
  const section = document.getElementById(route);
  return {ok: false, section: !!section,
          headings: section ? Array.from(section.querySelectorAll('h1, h2')).map(h => h.textContent.trim()) : []};
})(%s, %s, %d)
"""


def browser_check(
    html: Path, spec: Path, chromium: str | None = None, first_wait_ms: int = 20000, wait_ms: int = 8000
) -> list[str]:
    """Open ``html`` from file:// and find every operation of ``spec`` rendered on the page.

    Each operation's deep link (``#/<tag>/<operationid>``) must render a section whose heading is
    the operation's summary. The sections are empty in the HTML file and filled in by the page's
    JavaScript, so a page whose script breaks fails here. Returns the failures (empty: all good).
    """
    document = load_yaml(spec)
    expected = [
        (op.get("operationId", ""), op.get("summary", ""), (op.get("tags") or ["default"])[0], f"{m.upper()} {p}")
        for p, m, op in operations(document)
    ]
    failures: list[str] = []
    with Chromium(chromium or find_chromium()) as browser:
        target = browser.send("Target.createTarget", {"url": "about:blank"})
        session = browser.send("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            browser.send(f"{domain}.enable", session=session)

        def evaluate(expression: str, timeout: float = 30) -> Any:
            reply = browser.send(
                "Runtime.evaluate",
                {"expression": expression, "returnByValue": True, "awaitPromise": True},
                session=session,
                timeout=timeout,
            )
            if "exceptionDetails" in reply:
                raise ToolError(f"evaluating in the page failed: {reply['exceptionDetails']}")
            return reply.get("result", {}).get("value")

        browser.send("Page.navigate", {"url": html.resolve().as_uri()}, session=session)
        deadline = time.monotonic() + 30
        while evaluate("document.readyState") != "complete":
            if time.monotonic() > deadline:
                failures.append("the page did not finish loading in 30s")
                break
            time.sleep(0.05)
        misses = 0
        for index, (operation_id, summary, tag, where) in enumerate(expected):
            route = f"{redoc_slug(tag)}/{operation_id.lower()}"
            budget = first_wait_ms if index == 0 else wait_ms  # the first one includes the app's start-up
            script = _FIND_OPERATION_JS % (json.dumps(route), json.dumps(summary), budget)
            found = evaluate(script, timeout=budget / 1000 + 20) or {}
            if found.get("ok"):
                misses = 0
                continue
            misses += 1
            detail = f"headings {found.get('headings')}" if found.get("section") else "no such section"
            failures.append(f"{where} ({operation_id}): not rendered at #/{route} ({detail})")
            if misses >= 3 and index + 1 < len(expected):
                failures.append(f"gave up after 3 missing operations in a row; {len(expected) - index - 1} not checked")
                break
        for event in browser.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Network.requestWillBeSent":
                url = params.get("request", {}).get("url", "")
                if not url.startswith(LOCAL_URL_SCHEMES):
                    failures.append(f"the page requested {url} (it must work offline)")
            elif method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                text = details.get("exception", {}).get("description") or details.get("text", "")
                failures.append(f"JavaScript exception: {str(text).splitlines()[0] if text else details}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                args = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
                failures.append(f"console.{params.get('type')}: {args[:300]}")
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                entry = params["entry"]
                failures.append(f"browser log error: {entry.get('text', '')[:300]} {entry.get('url', '')}".rstrip())
    return failures


def cmd_docs(root: Path, names: list[str], out_dir: Path, browser: bool) -> bool:
    ok = True
    chromium = find_chromium() if browser else None
    for name in names:
        started = time.monotonic()
        page = build_docs(root, spec_path(root, name), out_dir / f"{name}.html")
        size = page.stat().st_size // 1024
        if not browser:
            say(f"docs {name}: built {page.relative_to(root) if page.is_relative_to(root) else page} ({size} KiB)")
            continue
        failures = browser_check(page, spec_path(root, name), chromium)
        count = sum(1 for _ in operations(load_yaml(spec_path(root, name))))
        for failure in failures:
            say(f"  {failure}")
        shown = page.relative_to(root) if page.is_relative_to(root) else page
        if failures:
            ok = False
            say(f"docs {name}: FAILED in Chromium ({len(failures)} problem(s)), {shown}")
        else:
            say(
                f"docs {name}: ok, {shown} ({size} KiB), all {count} operations rendered in headless Chromium, "
                f"no network request ({time.monotonic() - started:.1f}s)"
            )
    return ok


# ---------------------------------------------------------------------------------------- types


def generate_types(root: Path, spec: Path, out: Path) -> None:
    """openapi-typescript for one spec. Runs from an empty directory: the tool would otherwise
    pick up redocly.yaml and lint with its own, older Redocly core."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="spectools-ots-") as empty:
        result = run_node_tool(
            "openapi-typescript",
            # Types follow `required` exactly: a property with a default is still optional.
            [str(spec.resolve()), "--output", str(out.resolve()), "--default-non-nullable=false"],
            cwd=Path(empty),
        )
    if result.returncode != 0 or not out.exists():
        raise ToolError(f"openapi-typescript {spec.name} failed:\n{result.stdout}{result.stderr}")


def run_tsc(project: Path) -> tuple[bool, str]:
    result = run_node_tool("tsc", ["--project", str(project), "--pretty", "false"], cwd=project.parent)
    output = (result.stdout + result.stderr).strip()
    return result.returncode == 0, output


def cmd_types(root: Path, names: list[str], check: bool) -> bool:
    ok = True
    generated = root / "ts" / "generated"
    for name in names:
        committed = generated / f"{name}.d.ts"
        if not check:
            generate_types(root, spec_path(root, name), committed)
            say(f"types {name}: wrote {committed.relative_to(root)}")
            continue
        with tempfile.TemporaryDirectory(prefix="spectools-types-") as scratch:
            fresh = Path(scratch) / f"{name}.d.ts"
            generate_types(root, spec_path(root, name), fresh)
            new = fresh.read_text(encoding="utf-8")
        old = committed.read_text(encoding="utf-8") if committed.exists() else None
        if old == new:
            say(f"types {name}: {committed.relative_to(root)} is current")
            continue
        ok = False
        if old is None:
            say(f"types {name}: FAILED, {committed.relative_to(root)} is missing")
        else:
            diff = list(
                difflib.unified_diff(old.splitlines(), new.splitlines(), "committed", "from spec", lineterm="", n=1)
            )
            say("\n".join(f"  {line}" for line in diff[:40]) + ("\n  ..." if len(diff) > 40 else ""))
            say(f"types {name}: FAILED, {committed.relative_to(root)} is stale")
        say("  regenerate with: .venv/bin/python scripts/spectools.py types")
    passed, output = run_tsc(root / "ts" / "tsconfig.json")
    if output:
        say("\n".join(f"  {line}" for line in output.splitlines()))
    if passed:
        examples = sorted(p.name for p in (root / "ts" / "examples").glob("*.ts"))
        say(f"types: tsc --strict ok on ts/generated/*.d.ts and ts/examples/ ({', '.join(examples)})")
    else:
        ok = False
        say("types: FAILED, tsc --strict reported errors")
    return ok


# ------------------------------------------------------------------------------------- breaking

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$")


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int
    release: int  # 1 for a release, 0 for a pre-release (sorts first)
    pre: str
    text: str

    @classmethod
    def parse(cls, text: str) -> Version:
        match = SEMVER.match(str(text))
        if not match:
            raise ValueError(f"{text!r} is not a semantic version (MAJOR.MINOR.PATCH)")
        major, minor, patch, pre = match.groups()
        return cls(int(major), int(minor), int(patch), 0 if pre else 1, pre or "", str(text))

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Change:
    breaking: bool
    where: str
    what: str

    def __str__(self) -> str:
        return f"{'BREAKING' if self.breaking else 'compatible'}: {self.where}: {self.what}"


class SpecDiff:
    """What a client of the old spec notices when the server follows the new one.

    Requests may not get stricter (new required input, removed or narrowed input, closed
    schemas); responses may not get looser (removed or optional-now output, new enum values,
    wider types). Documentation (descriptions, examples, summaries) is not compared here.
    """

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.compared: set[tuple[str, str, str]] = set()

    def add(self, breaking: bool, where: str, what: str) -> None:
        self.changes.append(Change(breaking, where, what))

    @staticmethod
    def resolve(document: dict[str, Any], node: Any) -> Any:
        try:
            return speccheck.resolve(document, node)
        except ValueError as error:
            raise ToolError(str(error)) from None

    @staticmethod
    def path_key(path: str) -> str:
        return re.sub(r"\{[^}]*\}", "{}", path)

    def operations(self, document: dict[str, Any]) -> dict[tuple[str, str], tuple[str, dict[str, Any], list[Any]]]:
        found = {}
        for path, item in (document.get("paths") or {}).items():
            item = self.resolve(document, item)
            for method in item:
                if method in HTTP_METHODS:
                    found[(method, self.path_key(path))] = (path, item[method], item.get("parameters", []))
        return found

    def run(self) -> list[Change]:
        old_ops, new_ops = self.operations(self.old), self.operations(self.new)
        for key, (path, old_op, old_shared) in old_ops.items():
            where = f"{key[0].upper()} {path}"
            if old_op.get("operationId"):
                where += f" ({old_op['operationId']})"
            if key not in new_ops:
                self.add(True, where, "operation removed")
                continue
            new_path, new_op, new_shared = new_ops[key]
            if old_op.get("operationId") != new_op.get("operationId"):
                self.add(
                    True, where, f"operationId changed to {new_op.get('operationId')!r} (generated clients rename)"
                )
            self.compare_parameters(
                where,
                path,
                old_shared + old_op.get("parameters", []),
                new_path,
                new_shared + new_op.get("parameters", []),
            )
            self.compare_request_body(where, old_op.get("requestBody"), new_op.get("requestBody"))
            self.compare_responses(where, old_op.get("responses", {}), new_op.get("responses", {}))
            self.compare_security(where, old_op, new_op)
        for key, (path, new_op, _) in new_ops.items():
            if key not in old_ops:
                self.add(False, f"{key[0].upper()} {path} ({new_op.get('operationId')})", "operation added")
        return self.changes

    def compare_security(self, where: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> None:
        def schemes(document: dict[str, Any], op: dict[str, Any]) -> set[frozenset[str]]:
            requirements = op.get("security", document.get("security", []))
            return {frozenset(r) for r in requirements}

        old, new = schemes(self.old, old_op), schemes(self.new, new_op)
        for requirement in old - new:
            if not any(option <= requirement for option in new):  # a weaker option still covers it
                names = " + ".join(sorted(requirement)) or "no authentication"
                self.add(True, where, f"security option {names} no longer accepted")

    def parameters(self, document: dict[str, Any], raw: list[Any], path: str) -> dict[tuple[str, str], dict[str, Any]]:
        """Parameters by (in, name); operation-level ones override path-level ones. Path parameters
        are keyed by their position in the path: renaming `{id}` is invisible to clients."""
        template = re.findall(r"\{([^}]*)\}", path)
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for parameter in raw:
            parameter = self.resolve(document, parameter)
            name = str(parameter["name"])
            if parameter["in"] == "header":
                name = name.lower()
            elif parameter["in"] == "path" and name in template:
                name = f"#{template.index(name)}"
            found[(str(parameter["in"]), name)] = parameter
        return found

    def compare_parameters(
        self, where: str, old_path: str, old_raw: list[Any], new_path: str, new_raw: list[Any]
    ) -> None:
        old, new = self.parameters(self.old, old_raw, old_path), self.parameters(self.new, new_raw, new_path)
        for key, old_param in old.items():
            label = f"{old_param['in']} parameter {old_param['name']!r}"
            new_param = new.get(key)
            if new_param is None:
                self.add(True, where, f"{label} removed")
                continue
            if new_param.get("required") and not old_param.get("required"):
                self.add(True, where, f"{label} became required")
            self.compare_schema(f"{where} {label}", old_param.get("schema"), new_param.get("schema"), "request")
        for key, new_param in new.items():
            if key not in old:
                label = f"{new_param['in']} parameter {new_param['name']!r}"
                self.add(
                    bool(new_param.get("required")),
                    where,
                    f"{label} added" + (" as required" if new_param.get("required") else " (optional)"),
                )

    def compare_request_body(self, where: str, old_raw: Any, new_raw: Any) -> None:
        old = self.resolve(self.old, old_raw) if old_raw else None
        new = self.resolve(self.new, new_raw) if new_raw else None
        if old is None and new is None:
            return
        if old is None and new is not None:
            required = bool(new.get("required"))
            self.add(required, where, "request body added" + (" as required" if required else ""))
            return
        if new is None or old is None:
            self.add(True, where, "request body removed")
            return
        if new.get("required") and not old.get("required"):
            self.add(True, where, "request body became required")
        for media, old_media in (old.get("content") or {}).items():
            new_media = (new.get("content") or {}).get(media)
            if new_media is None:
                self.add(True, where, f"request media type {media} no longer accepted")
                continue
            self.compare_schema(
                f"{where} request body ({media})", old_media.get("schema"), new_media.get("schema"), "request"
            )

    def compare_responses(self, where: str, old_all: dict[str, Any], new_all: dict[str, Any]) -> None:
        for code, old_raw in old_all.items():
            code = str(code)
            if code not in {str(c) for c in new_all}:
                self.add(code.startswith("2"), where, f"response {code} removed")
                continue
            new_raw = next(v for c, v in new_all.items() if str(c) == code)
            old, new = self.resolve(self.old, old_raw), self.resolve(self.new, new_raw)
            for media, old_media in (old.get("content") or {}).items():
                new_media = (new.get("content") or {}).get(media)
                if new_media is None:
                    self.add(code.startswith("2"), where, f"response {code} no longer answers {media}")
                    continue
                self.compare_schema(
                    f"{where} response {code} ({media})", old_media.get("schema"), new_media.get("schema"), "response"
                )
        for code in new_all:
            if str(code) not in {str(c) for c in old_all}:
                self.add(False, where, f"response {code} added")

    # -- schemas -----------------------------------------------------------------------------

    def flatten(self, document: dict[str, Any], schema: Any, depth: int = 0) -> dict[str, Any]:
        """Resolve refs and merge allOf members into one schema (properties, required, rest)."""
        schema = self.resolve(document, schema) if schema is not None else {}
        if not isinstance(schema, dict) or "allOf" not in schema or depth > 20:
            return schema if isinstance(schema, dict) else {}
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        merged["properties"] = dict(schema.get("properties") or {})
        merged["required"] = list(schema.get("required") or [])
        for member in schema["allOf"]:
            part = self.flatten(document, member, depth + 1)
            merged["properties"].update(part.get("properties") or {})
            merged["required"] += [r for r in part.get("required") or [] if r not in merged["required"]]
            for key, value in part.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
        return merged

    @staticmethod
    def ref_of(schema: Any) -> str | None:
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        return ref if isinstance(ref, str) else None

    def compare_schema(self, where: str, old_raw: Any, new_raw: Any, direction: str) -> None:
        if old_raw is None or new_raw is None:
            if old_raw is not None and new_raw is None and direction == "response":
                self.add(True, where, "response schema removed")
            return
        old_ref, new_ref = self.ref_of(old_raw), self.ref_of(new_raw)
        if old_ref and new_ref:
            # A named schema is compared once per direction for the whole spec: a change in a
            # shared schema (e.g. Error) is reported once, by name, not once per operation;
            # this also ends recursion through recursive schemas.
            key = (old_ref, new_ref, direction)
            if key in self.compared:
                return
            self.compared.add(key)
            if old_ref == new_ref and old_ref.startswith("#/components/schemas/"):
                name = old_ref.rsplit("/", 1)[1]
                nested = re.match(r"schema (\S+) \(.*\)([^()]*)$", where)
                used = f"in {nested.group(1)}{nested.group(2)}" if nested else f"first used by {where}"
                where = f"schema {name} (as {direction}; {used})"
        old, new = self.flatten(self.old, old_raw), self.flatten(self.new, new_raw)
        request = direction == "request"

        old_type, new_type = old.get("type"), new.get("type")
        if old_type != new_type:
            if old_type and new_type:
                widened = request and old_type == "integer" and new_type == "number"
                self.add(not widened, where, f"type {old_type} -> {new_type}")
            elif new_type and request:
                self.add(True, where, f"type {new_type} now enforced")
            elif old_type and not request:
                self.add(True, where, f"type {old_type} no longer guaranteed")
        if old.get("format") != new.get("format") and old.get("format") and new.get("format"):
            self.add(True, where, f"format {old.get('format')} -> {new.get('format')}")
        if request and old.get("nullable") and not new.get("nullable"):
            self.add(True, where, "null no longer accepted")
        if not request and new.get("nullable") and not old.get("nullable"):
            self.add(True, where, "may now be null")

        self.compare_enum(where, old.get("enum"), new.get("enum"), request)
        if request:
            self.compare_limits(where, old, new)

        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
        if request:
            for name in sorted(new_req - old_req):
                self.add(
                    True,
                    where,
                    f"request property {name!r} " + ("became required" if name in old_props else "added as required"),
                )
            closed = new.get("additionalProperties") is False
            for name in old_props:
                if name not in new_props:
                    self.add(
                        closed,
                        where,
                        f"request property {name!r} removed"
                        + (" (the schema is closed, so sending it is now an error)" if closed else ""),
                    )
            if closed and old.get("additionalProperties") is not False:
                self.add(True, where, "request schema closed (additionalProperties: false)")
            for name in new_props:
                if name not in old_props and name not in new_req:
                    self.add(False, where, f"optional request property {name!r} added")
        else:
            for name in old_props:
                if name not in new_props:
                    self.add(True, where, f"response property {name!r} removed")
            for name in sorted(old_req - new_req):
                if name in new_props:
                    self.add(True, where, f"response property {name!r} no longer required")
            for name in new_props:
                if name not in old_props:
                    self.add(False, where, f"response property {name!r} added")
        for name in old_props:
            if name in new_props:
                self.compare_schema(f"{where}.{name}", old_props[name], new_props[name], direction)
        if old.get("items") is not None and new.get("items") is not None:
            self.compare_schema(f"{where}[]", old["items"], new["items"], direction)
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            self.compare_schema(f"{where}{{*}}", old_extra, new_extra, direction)
        for keyword in ("oneOf", "anyOf"):
            old_alts, new_alts = old.get(keyword) or [], new.get(keyword) or []
            if len(old_alts) != len(new_alts):
                fewer = len(new_alts) < len(old_alts)
                self.add(
                    fewer if request else not fewer, where, f"{keyword} alternatives {len(old_alts)} -> {len(new_alts)}"
                )
            for index, (old_alt, new_alt) in enumerate(zip(old_alts, new_alts, strict=False)):
                self.compare_schema(f"{where}<{keyword}[{index}]>", old_alt, new_alt, direction)

    def compare_enum(self, where: str, old: list[Any] | None, new: list[Any] | None, request: bool) -> None:
        if old is None and new is None:
            return
        if old is None:
            if request:
                self.add(True, where, f"values now restricted to {new}")
            return
        if new is None:
            if not request:
                self.add(True, where, f"values no longer restricted to {old}")
            return
        removed = [v for v in old if v not in new]
        added = [v for v in new if v not in old]
        if removed:
            self.add(request, where, f"enum values removed: {removed}")
        if added:
            self.add(
                not request, where, f"enum values added: {added}" + ("" if request else " (clients may not know them)")
            )

    def compare_limits(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        """Request constraints may only get looser."""
        for key in ("maxLength", "maximum", "maxItems", "maxProperties"):
            if new.get(key) is not None and (old.get(key) is None or new[key] < old[key]):
                self.add(True, where, f"{key} {old.get(key)} -> {new[key]}")
        for key in ("minLength", "minItems", "minProperties"):
            if new.get(key) and new[key] > (old.get(key) or 0):
                self.add(True, where, f"{key} {old.get(key)} -> {new[key]}")
        if new.get("minimum") is not None and (old.get("minimum") is None or new["minimum"] > old["minimum"]):
            self.add(True, where, f"minimum {old.get('minimum')} -> {new['minimum']}")
        for key in ("exclusiveMaximum", "exclusiveMinimum"):
            if new.get(key) and not old.get(key):
                self.add(True, where, f"{key} now set")
        if new.get("pattern") and new.get("pattern") != old.get("pattern"):
            self.add(True, where, f"pattern {old.get('pattern')!r} -> {new.get('pattern')!r}")


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    return SpecDiff(old, new).run()


def latest_release(released_dir: Path, name: str) -> tuple[Version, Path] | None:
    found = []
    for path in released_dir.glob(f"{name}-*.yaml"):
        with contextlib.suppress(ValueError):
            found.append((Version.parse(path.stem[len(name) + 1 :]), path))
    return max(found) if found else None


def changelog_has(changelog: Path, version: str) -> bool:
    if not changelog.exists():
        return False
    pattern = re.compile(rf"^#{{1,3}}\s+\[?v?{re.escape(version)}\]?(\s|$)", re.MULTILINE)
    return bool(pattern.search(changelog.read_text(encoding="utf-8")))


def check_versioning(spec: Path, released_dir: Path, changelog: Path) -> tuple[list[str], list[Change], str]:
    """Problems (empty when fine), the changes since the last release, and a one-line status."""
    name = spec.stem
    current = load_yaml(spec)
    problems: list[str] = []
    try:
        version = Version.parse(current.get("info", {}).get("version", ""))
    except ValueError as error:
        return [f"{spec.name}: info.version {error}"], [], "no valid version"
    if not changelog_has(changelog, version.text):
        problems.append(f"{changelog.name} has no heading for {version} (e.g. `## [{version}] - YYYY-MM-DD`)")
    release = latest_release(released_dir, name)
    if release is None:
        problems.append(f"no released snapshot {released_dir.name}/{name}-<version>.yaml to compare with")
        return problems, [], f"{version}, never released"
    released_version, snapshot_path = release
    snapshot = load_yaml(snapshot_path)
    if str(snapshot.get("info", {}).get("version")) != released_version.text:
        problems.append(f"{snapshot_path.name}: its info.version is {snapshot.get('info', {}).get('version')!r}")
    changes = diff_specs(snapshot, current)
    breaking = [c for c in changes if c.breaking]
    status = f"{version} (last release {released_version})"
    if version < released_version:
        problems.append(f"info.version {version} is lower than the released {released_version}")
    elif version == released_version:
        if current != snapshot:
            what = f"{len(breaking)} breaking change(s)" if breaking else "changes"
            problems.append(
                f"the spec has {what} since release {released_version} but info.version is still {version}: "
                f"raise it ({'major: ' + str(released_version.major + 1) + '.0.0' if breaking else 'minor or patch'}) "
                f"and add a {changelog.name} entry"
            )
    elif breaking:
        needs_major = released_version.major >= 1 or version.major > 0
        bumped = version.major > released_version.major if needs_major else version.minor > released_version.minor
        if not bumped:
            problems.append(
                f"{len(breaking)} breaking change(s) since {released_version} need a new major version "
                f"({released_version.major + 1}.0.0), info.version is {version}"
            )
    return problems, changes, status


def cmd_breaking(root: Path, names: list[str]) -> bool:
    ok = True
    for name in names:
        problems, changes, status = check_versioning(
            spec_path(root, name), root / "spec" / "released", root / "spec" / f"CHANGELOG.{name}.md"
        )
        for change in sorted(changes, key=lambda c: not c.breaking)[:60]:
            say(f"  {change}")
        if len(changes) > 60:
            say(f"  ... {len(changes) - 60} more")
        for problem in problems:
            say(f"  {problem}")
        if problems:
            ok = False
            say(f"breaking {name}: FAILED, {status}")
        else:
            summary = (
                "unchanged since the release"
                if not changes
                else (
                    f"{sum(c.breaking for c in changes)} breaking, {sum(not c.breaking for c in changes)} compatible "
                    "change(s), version raised accordingly"
                )
            )
            say(f"breaking {name}: ok, {status}, {summary}")
    return ok


# ------------------------------------------------------------------------------------------ cli


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="spectools.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", action="append", choices=SPEC_NAMES, help="only this spec (repeatable)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("lint", help="Redocly lint with redocly.yaml; any warning fails")
    docs = sub.add_parser("docs", help="build docs/reference/<spec>.html and check them in headless Chromium")
    docs.add_argument("--out", type=Path, default=ROOT / "docs" / "reference", help="output folder")
    docs.add_argument("--no-browser", action="store_true", help="only build the pages")
    types = sub.add_parser("types", help="generate ts/generated/<spec>.d.ts and run tsc --strict")
    types.add_argument("--check", action="store_true", help="fail if the committed types are stale; write nothing")
    sub.add_parser("breaking", help="compare with spec/released/ and check info.version and the CHANGELOG")
    sub.add_parser("all", help="lint, docs, types --check, breaking")
    args = parser.parse_args(argv)
    names = args.spec or list(SPEC_NAMES)
    steps: list[tuple[str, Any]] = []
    if args.command in ("lint", "all"):
        steps.append(("lint", lambda: cmd_lint(ROOT, names)))
    if args.command in ("docs", "all"):
        out = getattr(args, "out", ROOT / "docs" / "reference")
        steps.append(("docs", lambda: cmd_docs(ROOT, names, out, not getattr(args, "no_browser", False))))
    if args.command in ("types", "all"):
        steps.append(("types", lambda: cmd_types(ROOT, names, getattr(args, "check", True) or args.command == "all")))
    if args.command in ("breaking", "all"):
        steps.append(("breaking", lambda: cmd_breaking(ROOT, names)))
    failed: list[str] = []
    started = time.monotonic()
    try:
        for label, step in steps:
            if not step():
                failed.append(label)
    except ToolError as error:
        say(f"spectools: error: {error}")
        return 2
    if args.command == "all":
        verdict = f"FAILED: {', '.join(failed)}" if failed else "all passed"
        say(f"spectools all: {verdict} ({time.monotonic() - started:.0f}s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
