"""Wheel build hook: the simulator ships the specs it runs from.

For every API of the entry-point group ``smsim.apis`` (the one list of APIs), ``spec/<name>.yaml``
goes into the wheel as ``smsim/specs/<name>.yaml``; ``spec/`` stays the only source and nothing is
copied in git.  ``smsim.kernel.specs`` reads them with importlib.resources (in a checkout, where
they are absent, straight from ``spec/``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class SpecsInWheel(BuildHookInterface):  # type: ignore[misc]  # hatchling is a build-time dependency only
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        names = self.metadata.core.entry_points.get("smsim.apis", {})
        if not names:
            raise RuntimeError("no API declared in [project.entry-points.\"smsim.apis\"]")
        for name in names:
            source = Path(self.root, "spec", f"{name}.yaml")
            if not source.is_file():
                raise FileNotFoundError(f"API {name!r} has no spec: {source}")
            build_data["force_include"][str(source)] = f"smsim/specs/{name}.yaml"
