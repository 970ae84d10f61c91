"""How the simulated Smshosting API writes the ids the spec types ``SmshNumericId``.

Sources disagree on whether the gateway sends SMS ids, inbound service ids and sub-account ids as
JSON numbers or as strings of digits (spec decisions S24-S27), so the spec accepts both.  By
default the simulator answers in the documented form of each (numbers for SMS ids, strings for
service and sub-account ids, as in the vendor's samples); the control action
``POST /_sim/smshosting/numeric-ids {"form": "number" | "string" | "documented"}`` makes it
write every such id in one form, so that clients can be tested against both.

The places are found once per operation and status from the response schema (every property
that is, or is ``allOf``-wrapped around, ``SmshNumericId``), not listed by hand.
"""

from __future__ import annotations

import json
from typing import Any

from ...kernel import SimResponse

FORMS = ("documented", "number", "string")
SCHEMA_REF = "#/components/schemas/SmshNumericId"
Path = tuple[str, ...]  # object keys; "*" stands for every item of an array


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] != SCHEMA_REF:
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _is_id(doc: dict[str, Any], node: Any) -> bool:
    node = _resolve(doc, node)
    if not isinstance(node, dict):
        return False
    return node.get("$ref") == SCHEMA_REF or any(_is_id(doc, sub) for sub in node.get("allOf", ()))


def id_paths(doc: dict[str, Any], schema: Any, prefix: Path = (), depth: int = 0) -> list[Path]:
    """The paths of every ``SmshNumericId`` value inside ``schema``."""
    if depth > 16:
        return []
    if _is_id(doc, schema):
        return [prefix]
    node = _resolve(doc, schema)
    if not isinstance(node, dict):
        return []
    found: list[Path] = []
    for sub in node.get("allOf", ()):
        found += id_paths(doc, sub, prefix, depth + 1)
    for name, sub in (node.get("properties") or {}).items():
        found += id_paths(doc, sub, (*prefix, name), depth + 1)
    if "items" in node:
        found += id_paths(doc, node["items"], (*prefix, "*"), depth + 1)
    return found


def _convert(value: Any, form: str) -> Any:
    if form == "string" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if form == "number" and isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return value


def _rewrite(value: Any, path: Path, form: str) -> Any:
    if not path:
        return _convert(value, form)
    head, rest = path[0], path[1:]
    if head == "*" and isinstance(value, list):
        return [_rewrite(item, rest, form) for item in value]
    if isinstance(value, dict) and head in value:
        value[head] = _rewrite(value[head], rest, form)
    return value


class NumericIds:
    """The form in which answers carry ``SmshNumericId`` values (see the module docstring)."""

    def __init__(self, spec_document: dict[str, Any]) -> None:
        self.doc = spec_document
        self.form = "documented"
        self._paths: dict[tuple[str, int], list[Path]] = {}

    def set_form(self, form: str) -> None:
        if form not in FORMS:
            raise ValueError(f"form must be one of {', '.join(FORMS)}")
        self.form = form

    def paths(self, operation_id: str, status: int) -> list[Path]:
        key = (operation_id, status)
        if key not in self._paths:
            operation = next(
                op
                for item in self.doc["paths"].values()
                for op in item.values()
                if isinstance(op, dict) and op.get("operationId") == operation_id
            )
            response = _resolve(self.doc, (operation.get("responses") or {}).get(str(status)) or {})
            schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
            self._paths[key] = id_paths(self.doc, schema) if schema is not None else []
        return self._paths[key]

    def apply(self, operation_id: str, response: SimResponse) -> SimResponse:
        """``response`` with its ids in the chosen form (unchanged in the documented form)."""
        if self.form == "documented" or not response.body or "json" not in (response.header("content-type") or ""):
            return response
        paths = self.paths(operation_id, response.status)
        if not paths:
            return response
        body = json.loads(response.body)
        for path in paths:
            body = _rewrite(body, path, self.form)
        response.body = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        return response
