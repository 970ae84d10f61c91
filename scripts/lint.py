"""Redocly lint with the committed ruleset ``redocly.yaml`` (and the reviewed exceptions in
``.redocly.lint-ignore.yaml``). Any problem fails, warnings included."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from scripts import project
from scripts.nodetools import run_node_tool, strip_banners
from scripts.tools import ToolError, say


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
        problems = lint_spec(root, project.spec_path(name, root))
        for problem in problems:
            say(f"  {problem}")
        if problems:
            ok = False
            say(f"lint {name}: FAILED, {len(problems)} problem(s) (warnings count as failures)")
        else:
            say(f"lint {name}: ok, 0 errors, 0 warnings")
    return ok
