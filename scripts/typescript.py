"""TypeScript for other teams: types from the specs (openapi-typescript into ``ts/generated/``),
type-checked with ``tsc --strict`` together with ``ts/examples/``, and ``ts/`` as an npm package
(``sms-gateways-types``: the ``.d.ts`` files and the YAML specs), packed with ``npm pack`` and
type-checked from a consumer project that installs the tarball."""

from __future__ import annotations

import difflib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from scripts import project, specview
from scripts.nodetools import check_node, node_env, run_node_tool
from scripts.tools import ToolError, load_yaml, say
from scripts.versioning import Version


def generate_types(root: Path, spec: Path, out: Path) -> None:
    """openapi-typescript for one spec. Runs from an empty directory: the tool would otherwise
    pick up redocly.yaml and lint with its own, older Redocly core."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="spectools-ots-") as empty, tempfile.TemporaryDirectory() as scratch:
        # The generators' view: rules stated as anyOf would turn a body type into `unknown`.
        view = specview.write_view(spec, Path(scratch) / f"{spec.stem}.json")
        result = run_node_tool(
            "openapi-typescript",
            # Types follow `required` exactly: a property with a default is still optional.
            [str(view), "--output", str(out.resolve()), "--default-non-nullable=false"],
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


# ---------------------------------------------------------------------------------- npm package

PACKAGE_NAME = "sms-gateways-types"
PACKAGE_DESCRIPTION = (
    "TypeScript types of the smsend and Smshosting SMS gateway APIs, generated from the hand-written "
    "OpenAPI specs of sms-gateways, with the specs themselves."
)


def package_version(versions: dict[str, str]) -> str:
    """The npm package's version, from the specs' versions: MAJOR is 1 plus the sum of the specs'
    (MAJOR - 1), MINOR and PATCH the sums of theirs. Any spec's major raise is a major raise of the
    package, a minor raise a minor one, a patch a patch, and the version only ever goes up."""
    parsed = [Version.parse(text) for text in versions.values()]
    major = 1 + sum(v.major - 1 for v in parsed)
    return f"{major}.{sum(v.minor for v in parsed)}.{sum(v.patch for v in parsed)}"


def package_manifest(root: Path) -> dict[str, Any]:
    """``ts/package.json`` as it must be for the current specs."""
    names = project.api_names(root)
    versions = {name: str(load_yaml(project.spec_path(name, root))["info"]["version"]) for name in names}
    exports: dict[str, Any] = {}
    for name in names:
        exports[f"./{name}"] = {"types": f"./generated/{name}.d.ts"}
        exports[f"./spec/{name}.yaml"] = f"./spec/{name}.yaml"
    return {
        "name": PACKAGE_NAME,
        "version": package_version(versions),
        "description": PACKAGE_DESCRIPTION,
        "license": "MIT",
        "apiVersions": versions,
        "exports": exports,
        "files": [*(f"generated/{name}.d.ts" for name in names), *(f"spec/{name}.yaml" for name in names)],
        "keywords": ["sms", "openapi", "typescript", *names],
    }


def render_manifest(root: Path) -> str:
    return json.dumps(package_manifest(root), indent=2, ensure_ascii=False) + "\n"


def run_npm(args: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    check_node()
    try:
        return subprocess.run(
            ["npm", *args], cwd=cwd, env=node_env(), capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as error:
        raise ToolError(f"npm {' '.join(args)} took more than {timeout:.0f}s") from error


def pack(root: Path, out_dir: Path) -> Path:
    """``npm pack`` of ``ts/`` with the specs beside the types; returns the tarball.

    The YAML specs are copied into a staging folder, not into ``ts/``: ``spec/`` stays their
    only copy in git."""
    manifest = package_manifest(root)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="spectools-pack-") as scratch:
        stage = Path(scratch)
        (stage / "package.json").write_text(render_manifest(root), encoding="utf-8")
        for extra in ("README.md",):
            shutil.copy(root / "ts" / extra, stage / extra)
        shutil.copy(root / "LICENSE", stage / "LICENSE")
        for name in project.api_names(root):
            for source, target in (
                (project.ts_types(name, root), stage / "generated" / f"{name}.d.ts"),
                (project.spec_path(name, root), stage / "spec" / f"{name}.yaml"),
            ):
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(source, target)
        result = run_npm(["pack", "--json", "--pack-destination", str(out_dir.resolve())], cwd=stage)
    if result.returncode != 0:
        raise ToolError(f"npm pack failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")
    tarball = out_dir / f"{manifest['name']}-{manifest['version']}.tgz"
    if not tarball.exists():
        raise ToolError(f"npm pack did not write {tarball.name}:\n{result.stdout}")
    return tarball


CONSUMER_TSCONFIG = {
    "compilerOptions": {
        "strict": True,
        "noEmit": True,
        "target": "ES2022",
        "module": "NodeNext",
        "moduleResolution": "NodeNext",
        "lib": ["ES2022", "DOM"],
        "types": [],
        "skipLibCheck": False,
    },
    "include": ["*.ts"],
}

# A consumer that uses both APIs' types the way an app would.
CONSUMER_SOURCE = """\
import type { operations as Smsend } from "sms-gateways-types/smsend";
import type { components, operations } from "sms-gateways-types/smshosting";

type Form = operations["sendSms"]["requestBody"]["content"]["application/x-www-form-urlencoded"];
type Sent = operations["sendSms"]["responses"][200]["content"]["application/json"];
type Subaccounts = Smsend["listSubaccounts"]["responses"][200]["content"]["application/json"];

export const form: Form = { to: "393480000000", text: "hello", sandbox: true };
export function transaction(sent: Sent): string | undefined {
  return sent.transactionId;
}
export function pages(list: Subaccounts): number | undefined {
  return list.pageNumber;
}
export type ApiError = components["schemas"]["Error"];
"""


def check_consumer(tarball: Path, workdir: Path, source: str = CONSUMER_SOURCE) -> tuple[bool, str]:
    """Install ``tarball`` into a fresh project in ``workdir`` (offline: the package has no
    dependencies) and type-check ``source`` against it with the pinned tsc."""
    workdir.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, Any] = {"name": "consumer", "version": "0.0.0", "private": True, "type": "module"}
    manifest["dependencies"] = {PACKAGE_NAME: f"file:{tarball.resolve()}"}
    (workdir / "package.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    (workdir / "tsconfig.json").write_text(json.dumps(CONSUMER_TSCONFIG, indent=2), encoding="utf-8")
    (workdir / "index.ts").write_text(source, encoding="utf-8")
    installed = run_npm(["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error"], cwd=workdir)
    if installed.returncode != 0:
        raise ToolError(f"npm install of {tarball.name} failed:\n{installed.stdout}{installed.stderr}")
    return run_tsc(workdir / "tsconfig.json")


def cmd_package(root: Path, write: bool) -> bool:
    """Check (or with ``write``, update) ``ts/package.json``, pack it, type-check a consumer."""
    committed = root / "ts" / "package.json"
    wanted = render_manifest(root)
    current = committed.read_text(encoding="utf-8") if committed.exists() else None
    if current != wanted:
        if not write:
            say("package: FAILED, ts/package.json does not match the specs (name, version, files);")
            say("  update it with: ./scripts/spectools types")
            return False
        committed.write_text(wanted, encoding="utf-8")
        say("package: wrote ts/package.json")
    with tempfile.TemporaryDirectory(prefix="spectools-package-") as scratch:
        tarball = pack(root, Path(scratch) / "dist")
        ok, output = check_consumer(tarball, Path(scratch) / "consumer")
    if output:
        say("\n".join(f"  {line}" for line in output.splitlines()))
    version = json.loads(wanted)["version"]
    if not ok:
        say(f"package: FAILED, a consumer project does not type-check against {PACKAGE_NAME}-{version}.tgz")
        return False
    say(f"package: {PACKAGE_NAME}-{version}.tgz packed, installed and type-checked in a consumer project")
    return True
