"""The view of a spec that code generators read: the committed spec minus assertion-only ``anyOf``s.

The specs state rules between fields as ``anyOf`` where OpenAPI 3.0 can ("company is false, or
company-name and piva are given"; "at least one of to and group"). Such an ``anyOf`` restricts
values, not the data shape, but generators model it as a union of shapes: openapi-python-client
drops the whole schema, openapi-typescript turns the body type into ``unknown``. Both therefore
read this view, written next to their output, while validators, fuzzers, linters and the
reference pages read the full spec. Used by ``regenerate.py`` and ``spectools.py types``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def assertion_only(schema: dict[str, Any]) -> bool:
    """Whether an ``anyOf`` on this object schema only restricts values, not the data shape.

    Each branch may only list ``required`` properties and constrain properties the schema
    itself declares (``company: {enum: [false]}``, ``piva: {minLength: 1}``).
    """
    declared = schema.get("properties")
    branches = schema.get("anyOf")
    if not isinstance(declared, dict) or not isinstance(branches, list):
        return False
    for branch in branches:
        if not isinstance(branch, dict) or set(branch) - {"required", "properties", "description"}:
            return False
        if set(branch.get("required", [])) - set(declared) or set(branch.get("properties", {})) - set(declared):
            return False
    return True


def without_assertions(node: Any) -> Any:
    """``node`` with every assertion-only ``anyOf`` (see :func:`assertion_only`) removed."""
    if isinstance(node, list):
        return [without_assertions(item) for item in node]
    if not isinstance(node, dict):
        return node
    stripped = {key: without_assertions(value) for key, value in node.items()}
    if assertion_only(node):
        del stripped["anyOf"]
    return stripped


def write_view(spec: Path, out: Path) -> Path:
    """Write the generators' view of ``spec`` (YAML) to ``out`` as JSON; return ``out``."""
    import yaml

    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    out.write_text(json.dumps(without_assertions(document), ensure_ascii=False), encoding="utf-8")
    return out
