"""TypeScript types from the specs (openapi-typescript into ``ts/generated/``), type-checked with
``tsc --strict`` together with ``ts/examples/``."""

from __future__ import annotations

import difflib
import tempfile
from pathlib import Path

from scripts import project
from scripts.nodetools import run_node_tool
from scripts.tools import ToolError, say


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
    for name in names:
        committed = project.ts_types(name, root)
        if not check:
            generate_types(root, project.spec_path(name, root), committed)
            say(f"types {name}: wrote {committed.relative_to(root)}")
            continue
        with tempfile.TemporaryDirectory(prefix="spectools-types-") as scratch:
            fresh = Path(scratch) / f"{name}.d.ts"
            generate_types(root, project.spec_path(name, root), fresh)
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
        say("  regenerate with: ./scripts/spectools types")
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
