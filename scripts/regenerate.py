"""Regenerate (or check) the typed clients in ``generated/`` from the specs in ``spec/``.

This is the project's main job.  For every spec it:

1. checks that the document is valid OpenAPI 3.0.3 (``scripts/speccheck.py``: YAML syntax,
   ``$ref`` resolution, the OpenAPI schema, openapi-spec-validator), reporting each problem in
   one line with file, line and JSON pointer (``--verbose`` for the full detail). Style rules
   are Redocly's (``./scripts/spectools lint``, run by the test command);
2. runs the pinned openapi-python-client with the committed config and the custom templates in
   ``generator/`` into a scratch directory (both clients at once, beside step 1: the generator
   spends most of its time importing itself), adds ``py.typed`` and formats the result with the
   pinned ruff;
3. compares the scratch tree with ``generated/<package>``: in ``--check`` mode any difference is
   reported by file name and the script exits 1; otherwise the tree is replaced;
4. records what was generated from (spec, config and template hashes, tool versions) in
   ``generated/generation.lock.json``.

Output is byte-identical from one run to the next, so ``--check`` is a reliable staleness test.
``--verify`` additionally type-checks the generated and overrides packages with ``mypy --strict``.
The APIs are those of ``pyproject.toml`` (see ``scripts/project.py``).
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import importlib.metadata
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from scripts import project
from scripts.project import ROOT

# ``speccheck`` is imported in main(), once the generators are running: its imports alone take
# about a second.


@dataclass(frozen=True)
class Client:
    """One spec and the package generated from it."""

    name: str
    spec: Path
    config: Path
    package: str

    @property
    def target(self) -> Path:
        return ROOT / "generated" / self.package


def clients(root: Path = ROOT) -> list[Client]:
    """One client per API declared in ``pyproject.toml``."""
    return [
        Client(name, project.spec_path(name, root), project.generator_config(name, root), project.client_package(name))
        for name in project.api_names(root)
    ]


CLIENTS = clients()
LOCK = ROOT / "generated" / "generation.lock.json"
# Custom templates that replace the generator's own by file name (e.g. lazy model imports).
TEMPLATES = ROOT / "generator" / "templates"
PINNED_TOOLS = ("openapi-python-client", "ruff")
# ruff settings applied to generated code: independent of the project's own ruff config so
# that a change to the hand-written code's lint rules never changes generated output.
RUFF_FIX = ["check", "--isolated", "--fix-only", "--quiet", "--select", "I,F401,UP", "--target-version", "py311"]
RUFF_FORMAT = ["format", "--isolated", "--quiet", "--line-length", "100", "--target-version", "py311"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tool(name: str) -> str:
    """Path of a console script installed beside the running interpreter."""
    candidate = Path(sys.executable).parent / name
    if not candidate.exists():
        sys.exit(f"{name} is not installed in this environment; run ./scripts/regenerate")
    return str(candidate)


def start_generator(client: Client, scratch: Path) -> subprocess.Popen[str]:
    """Start the generator for one client into ``scratch``; :func:`finish_generator` waits for it."""
    cmd = [
        tool("openapi-python-client"),
        "generate",
        "--path",
        str(client.spec),
        "--config",
        str(client.config),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--output-path",
        str(scratch / client.package),
        "--overwrite",
    ]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=scratch)


def finish_generator(client: Client, scratch: Path, process: subprocess.Popen[str]) -> Path:
    """Wait for one generator run, add ``py.typed``, format; return the package directory."""
    out = scratch / client.package
    stdout, stderr = process.communicate()
    # The generator reports dropped endpoints/schemas as warnings but still exits 0; a warning
    # means the client silently lost part of the spec, so it is an error here.
    noisy = [
        line
        for line in stdout.splitlines() + stderr.splitlines()
        if "Warning" in line or "Unable" in line or "Error" in line
    ]
    if process.returncode != 0 or noisy:
        sys.stderr.write(stdout + stderr)
        sys.exit(f"openapi-python-client failed or dropped parts of {client.spec.name}")
    (out / "py.typed").write_text("# Marker file for PEP 561: this package ships type hints.\n")
    subprocess.run([tool("ruff"), *RUFF_FIX, str(out)], check=True)
    subprocess.run([tool("ruff"), *RUFF_FORMAT, str(out)], check=True)
    return out


def tree_files(base: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(base)): p for p in sorted(base.rglob("*")) if p.is_file() and "__pycache__" not in p.parts
    }


def differences(fresh: Path, current: Path) -> list[str]:
    """Relative names of files that are added, removed or changed between two trees."""
    new, old = tree_files(fresh), tree_files(current) if current.exists() else {}
    changed = [name for name in new if name in old and not filecmp.cmp(new[name], old[name], shallow=False)]
    return sorted(
        [f"+ {n}" for n in new.keys() - old.keys()]
        + [f"- {n}" for n in old.keys() - new.keys()]
        + [f"~ {n}" for n in changed]
    )


def lock_data() -> dict[str, object]:
    return {
        "tools": {name: importlib.metadata.version(name) for name in PINNED_TOOLS},
        "clients": {
            c.package: {
                "spec": str(c.spec.relative_to(ROOT)),
                "spec_sha256": sha256(c.spec),
                "config": str(c.config.relative_to(ROOT)),
                "config_sha256": sha256(c.config),
            }
            for c in CLIENTS
        },
        "templates": {p.name: sha256(p) for p in sorted(TEMPLATES.glob("*.jinja"))},
    }


def render_lock() -> str:
    return json.dumps(lock_data(), indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="./scripts/regenerate",
        description="Check the specs, regenerate generated/ from them and verify it (mypy --strict). "
        "About 15-45 s on a 2-core machine.",
    )
    parser.add_argument("--check", action="store_true", help="only report, by file name, whether generated/ is stale")
    parser.add_argument("--verify", action="store_true", help="also run mypy --strict on generated/ and overrides/")
    parser.add_argument("--verbose", action="store_true", help="full detail of spec problems")
    args = parser.parse_args(argv)

    stale: list[str] = []
    with tempfile.TemporaryDirectory(prefix="regen-") as tmp:
        running = [(client, start_generator(client, Path(tmp))) for client in CLIENTS]
        try:
            from scripts import speccheck  # see the note at the top

            problems = speccheck.check_all([c.spec for c in CLIENTS])
            if problems:
                print(speccheck.report(problems, args.verbose), file=sys.stderr)
                return 1
            for client, process in running:
                fresh = finish_generator(client, Path(tmp), process)
                diff = differences(fresh, client.target)
                if args.check:
                    stale += [f"{line[:2]}generated/{client.package}/{line[2:]}" for line in diff]
                elif diff:
                    shutil.rmtree(client.target, ignore_errors=True)
                    shutil.copytree(fresh, client.target)
                    print(f"{client.package}: {len(diff)} file(s) updated")
                else:
                    print(f"{client.package}: up to date")
        finally:
            for _, process in running:
                if process.poll() is None:
                    process.kill()
                    process.communicate()
    lock_text = render_lock()
    if args.check:
        if not LOCK.exists() or LOCK.read_text() != lock_text:
            stale.append(f"~ {LOCK.relative_to(ROOT)}")
        if stale:
            print("generated/ is stale; run ./scripts/regenerate. Differences:", file=sys.stderr)
            print("\n".join(stale), file=sys.stderr)
            return 1
        print("generated/ is up to date with spec/")
    else:
        LOCK.write_text(lock_text)

    if args.verify:
        targets = [str(c.target) for c in CLIENTS] + [str(ROOT / "overrides" / "smsgw")]
        subprocess.run([tool("mypy"), "--strict", *targets], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
