"""Regenerate (or check) the typed clients in ``generated/`` from the specs in ``spec/``.

This is the project's main job.  For every spec it:

1. validates the document against OpenAPI 3.0 (openapi-spec-validator) and lints it with the
   project's own rules (``scripts/speccheck.py``: operationIds, tags, descriptions, documented
   errors, examples that validate against their schemas);
2. runs the pinned openapi-python-client with the committed config in ``generator/`` into a
   scratch directory, adds ``py.typed`` and formats the result with the pinned ruff;
3. compares the scratch tree with ``generated/<package>``: in ``--check`` mode any difference is
   reported by file name and the script exits 1; otherwise the tree is replaced;
4. records what was generated from (spec and config hashes, tool versions) in
   ``generated/generation.lock.json``.

Output is byte-identical from one run to the next, so ``--check`` is a reliable staleness test.
``--verify`` additionally type-checks the generated and overrides packages with ``mypy --strict``.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import speccheck  # noqa: E402  (sibling module, importable once scripts/ is on the path)


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


CLIENTS = [
    Client("smsend", ROOT / "spec/smsend.yaml", ROOT / "generator/smsend.yaml", "smsend_client"),
    Client("smshosting", ROOT / "spec/smshosting.yaml", ROOT / "generator/smshosting.yaml", "smshosting_client"),
]
LOCK = ROOT / "generated" / "generation.lock.json"
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


def generate_into(client: Client, scratch: Path) -> Path:
    """Run the generator for one client into ``scratch`` and return the package directory."""
    out = scratch / client.package
    cmd = [
        tool("openapi-python-client"),
        "generate",
        "--path",
        str(client.spec),
        "--config",
        str(client.config),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--overwrite",
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=scratch)
    # The generator reports dropped endpoints/schemas as warnings but still exits 0; a warning
    # means the client silently lost part of the spec, so it is an error here.
    noisy = [
        line
        for line in result.stdout.splitlines() + result.stderr.splitlines()
        if "Warning" in line or "Unable" in line or "Error" in line
    ]
    if result.returncode != 0 or noisy:
        sys.stderr.write(result.stdout + result.stderr)
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
    }


def render_lock() -> str:
    return json.dumps(lock_data(), indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 and name the files if generated/ is stale")
    parser.add_argument("--verify", action="store_true", help="also run mypy --strict on generated/ and overrides/")
    args = parser.parse_args(argv)

    problems = speccheck.check_all([c.spec for c in CLIENTS])
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} spec problem(s)", file=sys.stderr)
        return 1

    stale: list[str] = []
    with tempfile.TemporaryDirectory(prefix="regen-") as tmp:
        for client in CLIENTS:
            fresh = generate_into(client, Path(tmp))
            diff = differences(fresh, client.target)
            if args.check:
                stale += [f"{line[:2]}generated/{client.package}/{line[2:]}" for line in diff]
            elif diff:
                shutil.rmtree(client.target, ignore_errors=True)
                shutil.copytree(fresh, client.target)
                print(f"{client.package}: {len(diff)} file(s) updated")
            else:
                print(f"{client.package}: up to date")
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
