"""The reference pages: one self-contained HTML file per spec (Redocly ``build-docs`` with the
Redoc bundle inlined, the CDN logo URLs replaced so the page makes no network request), checked
in headless Chromium: every operation's deep link must render its section, with no JavaScript
error and no request leaving the machine."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

from scripts import project
from scripts.browser import Chromium, find_chromium
from scripts.nodetools import run_node_tool, strip_banners
from scripts.speccheck import operations
from scripts.tools import ToolError, load_yaml, say

# The Redoc bundle shows a "API docs by Redocly" logo loaded from Redocly's CDN (it hides itself
# when the image fails). Offline it would be a failed request; `data:,` fails the same way
# without leaving the machine.
CDN_REWRITES = {
    "https://cdn.redoc.ly/redoc/logo-mini-full.svg": "data:,",
    "https://cdn.redoc.ly/redoc/logo-mini.svg": "data:,",
}
LOCAL_URL_SCHEMES = ("file:", "data:", "blob:", "about:")


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
        page = build_docs(root, project.spec_path(name, root), out_dir / f"{name}.html")
        size = page.stat().st_size // 1024
        if not browser:
            say(f"docs {name}: built {page.relative_to(root) if page.is_relative_to(root) else page} ({size} KiB)")
            continue
        failures = browser_check(page, project.spec_path(name, root), chromium)
        count = sum(1 for _ in operations(load_yaml(project.spec_path(name, root))))
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
