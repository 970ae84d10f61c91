"""Where things are in the repository, and the list of APIs.

The APIs are declared once, as the entry-point group ``smsim.apis`` in ``pyproject.toml``
(``name = "module:plugin"``). The name is the key to everything else by convention: the spec
``spec/<name>.yaml``, the generator config ``generator/<name>.yaml``, the generated package
``generated/<name>_client``, the TypeScript types ``ts/generated/<name>.d.ts``, the changelog
``spec/CHANGELOG.<name>.md`` and the release snapshots ``spec/released/<name>-<version>.yaml``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
API_GROUP = "smsim.apis"


def api_names(root: Path = ROOT) -> tuple[str, ...]:
    """The API names, in the order ``pyproject.toml`` declares them."""
    with (root / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle).get("project", {})
    group = project.get("entry-points", {}).get(API_GROUP)
    if not isinstance(group, dict) or not group:
        raise LookupError(f"pyproject.toml declares no [project.entry-points.{API_GROUP!r}] table")
    return tuple(str(name) for name in group)


def spec_path(name: str, root: Path = ROOT) -> Path:
    return root / "spec" / f"{name}.yaml"


def generator_config(name: str, root: Path = ROOT) -> Path:
    return root / "generator" / f"{name}.yaml"


def client_package(name: str) -> str:
    """The import name of the generated client of one API."""
    return f"{name}_client"


def ts_types(name: str, root: Path = ROOT) -> Path:
    return root / "ts" / "generated" / f"{name}.d.ts"


def changelog(name: str, root: Path = ROOT) -> Path:
    return root / "spec" / f"CHANGELOG.{name}.md"


def released_dir(root: Path = ROOT) -> Path:
    return root / "spec" / "released"
