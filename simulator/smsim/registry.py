"""The list of simulated APIs: the entry-point group ``smsim.apis``, declared once in pyproject.toml.

Each entry point names an API plugin (an :data:`~smsim.kernel.ApiFactory`) by the API's name;
by convention the name also gives ``spec/<name>.yaml``.  Installed, the group is read with
:func:`importlib.metadata.entry_points`; when the package runs from a checkout that was never
installed, the same table is read from the repository's ``pyproject.toml``.
"""

from __future__ import annotations

import importlib
import tomllib
from importlib.metadata import entry_points
from pathlib import Path
from typing import cast

from .kernel import ApiFactory

GROUP = "smsim.apis"
_PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def _declared() -> dict[str, str]:
    """API name -> ``module:attribute`` of its plugin."""
    found = {ep.name: ep.value for ep in entry_points(group=GROUP)}
    if not found and _PYPROJECT.is_file():
        table = tomllib.loads(_PYPROJECT.read_text(encoding="utf-8"))
        found = dict(table.get("project", {}).get("entry-points", {}).get(GROUP, {}))
    return found


def api_names() -> list[str]:
    """The names of every simulated API, sorted."""
    return sorted(_declared())


def base_path(name: str) -> str:
    """Where the API called ``name`` is mounted (e.g. ``/rest/api``)."""
    return load(name).base_path


def load(name: str) -> ApiFactory:
    """The plugin of the API called ``name``."""
    target = _declared().get(name)
    if target is None:
        raise ValueError(f"unknown simulated API {name!r} (declared: {api_names()})")
    module_name, _, attribute = target.partition(":")
    module = importlib.import_module(module_name)
    return cast(ApiFactory, getattr(module, attribute))
