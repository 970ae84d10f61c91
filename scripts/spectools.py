"""Checks and artefacts of the hand-written OpenAPI specs for teams outside Python.

One entry point, ``./scripts/spectools SUBCOMMAND`` (``python -m scripts.spectools``), for jobs
that live in their own modules: ``nodetools`` (npm installs), ``lint``, ``docs`` and ``browser``
(reference pages), ``typescript`` (types and the npm package), ``breaking`` (the rules of the
spec diff) and ``versioning``. The specs are those of the APIs declared in ``pyproject.toml``.

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
``package``
    ``ts/`` as the npm package ``sms-gateways-types`` (the ``.d.ts`` files and the YAML specs):
    checks that ``ts/package.json`` matches the specs (its version follows theirs), runs
    ``npm pack`` and type-checks a small consumer project that installs the tarball offline.
    ``types`` (without ``--check``) rewrites ``ts/package.json`` as well.
``breaking``
    Compares each spec with its last released snapshot ``spec/released/<name>-<version>.yaml``:
    a breaking change needs a higher major ``info.version``, any other change a higher version,
    and ``spec/CHANGELOG.<name>.md`` needs a heading for the current version. Every change names
    its rule and level (``error`` breaks clients, ``warning`` may surprise them, ``info`` is
    compatible); ``breaking --rules`` lists them.
``all``
    ``lint``, ``docs``, ``types --check``, ``package`` and ``breaking``; exit 1 if any of them failed.

Node tools are pinned in ``package.json``/``package-lock.json`` and installed with ``npm ci``
whenever ``node_modules/`` is missing or was installed from another lock file. Chromium comes
from Debian's packages: when ``/usr/bin/chromium`` is missing and we are root on a Debian
machine, it is installed with apt-get; otherwise the docs check fails with the command to run.

Exit codes: 0 all good, 1 a check failed, 2 a tool could not be set up or run.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from scripts import project
from scripts.breaking import RULES
from scripts.docs import cmd_docs
from scripts.lint import cmd_lint
from scripts.project import ROOT
from scripts.tools import ToolError, say
from scripts.typescript import cmd_package, cmd_types
from scripts.versioning import cmd_breaking

# ------------------------------------------------------------------------------------------ cli


def main(argv: list[str] | None = None) -> int:
    spec_names = project.api_names()
    parser = argparse.ArgumentParser(prog="./scripts/spectools", description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", action="append", choices=spec_names, help="only this spec (repeatable)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("lint", help="Redocly lint with redocly.yaml; any warning fails")
    docs = sub.add_parser("docs", help="build docs/reference/<spec>.html and check them in headless Chromium")
    docs.add_argument("--out", type=Path, default=ROOT / "docs" / "reference", help="output folder")
    docs.add_argument("--no-browser", action="store_true", help="only build the pages")
    types = sub.add_parser("types", help="generate ts/generated/<spec>.d.ts and run tsc --strict")
    types.add_argument("--check", action="store_true", help="fail if the committed types are stale; write nothing")
    sub.add_parser("package", help="check ts/package.json, npm pack it and type-check a consumer of the tarball")
    breaking = sub.add_parser("breaking", help="compare with spec/released/ and check info.version and the CHANGELOG")
    breaking.add_argument("--rules", action="store_true", help="list the rules (id, level, what) and exit")
    sub.add_parser("all", help="lint, docs, types --check, package, breaking")
    args = parser.parse_args(argv)
    if getattr(args, "rules", False):
        for rule in RULES.values():
            say(f"{rule.id:38} {rule.level.value:8} {rule.description}")
        return 0
    names = args.spec or list(spec_names)
    steps: list[tuple[str, Callable[[], bool]]] = []
    if args.command in ("lint", "all"):
        steps.append(("lint", lambda: cmd_lint(ROOT, names)))
    if args.command in ("docs", "all"):
        out = getattr(args, "out", ROOT / "docs" / "reference")
        steps.append(("docs", lambda: cmd_docs(ROOT, names, out, not getattr(args, "no_browser", False))))
    if args.command in ("types", "all"):
        check = getattr(args, "check", True) or args.command == "all"
        steps.append(("types", lambda: cmd_types(ROOT, names, check)))
    if args.command in ("package", "all") or (args.command == "types" and not check):
        steps.append(("package", lambda: cmd_package(ROOT, write=args.command == "types")))
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
