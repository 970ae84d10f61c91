"""Schemas: OpenAPI 3.0 schemas converted to JSON Schema draft 4 and compiled once with fastjsonschema."""

from __future__ import annotations

import datetime
import json
import re
import urllib.parse
from collections.abc import Callable
from typing import Any

import fastjsonschema

from .ecma import to_python as ecma_pattern
from .types import _INT_RANGES, ValidationIssue, _Validator


# ----------------------------------------------------------------------------- spec helpers
def _pointer(doc: Any, ref: str) -> Any:
    if not ref.startswith("#/"):
        raise ValueError(f"unsupported $ref {ref!r}: only local references are supported")
    for raw in ref[2:].split("/"):
        part = urllib.parse.unquote(raw).replace("~1", "/").replace("~0", "~")
        doc = doc[int(part)] if isinstance(doc, list) else doc[part]
    return doc


def _deref(doc: Any, obj: Any) -> Any:
    for _ in range(64):
        if not (isinstance(obj, dict) and isinstance(obj.get("$ref"), str)):
            return obj
        obj = _pointer(doc, obj["$ref"])
    raise ValueError("$ref chain too long or cyclic")


def _kind(doc: Any, schema: Any, depth: int = 0) -> str:
    """The JSON type a string value is coerced to ("" = keep the string)."""
    s = _deref(doc, schema)
    if not isinstance(s, dict) or depth > 16:
        return ""
    if isinstance(s.get("type"), str):
        return str(s["type"])
    for sub in s.get("allOf", ()):
        if k := _kind(doc, sub, depth + 1):
            return k
    for key in ("oneOf", "anyOf"):
        kinds = {_kind(doc, sub, depth + 1) for sub in s.get(key, ())}
        if len(kinds) == 1 and "" not in kinds:
            return kinds.pop()
    return ""


def _object_info(doc: Any, schema: Any, depth: int = 0) -> tuple[dict[str, Any], bool, list[Any]]:
    """Properties (allOf merged), closedness and x-one-of-required groups of an object."""
    s = _deref(doc, schema)
    if not isinstance(s, dict) or depth > 16:
        return {}, False, []
    props = dict(s.get("properties") or {})
    closed = s.get("additionalProperties") is False
    groups = [tuple(g) for g in s.get("x-one-of-required") or ()]
    for sub in s.get("allOf", ()):
        p, c, g = _object_info(doc, sub, depth + 1)
        props, closed, groups = props | p, closed or c, groups + g
    return props, closed, groups


# ----------------------------------------------------------------------------- schemas
_KEEP = frozenset(
    "type enum multipleOf maximum exclusiveMaximum minimum exclusiveMinimum maxLength "  # noqa: SIM905
    "minLength pattern maxItems minItems uniqueItems maxProperties minProperties".split()
)


def _is_date(value: Any) -> bool:
    try:
        return bool(re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value)) and bool(datetime.date.fromisoformat(value))
    except ValueError:
        return False


_CUSTOM_FORMATS: dict[str, str | Callable[[Any], bool]] = {
    "date": _is_date,
    "uuid": r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z",
}
_FORMATS = frozenset({"date-time", "email", "hostname", "ipv4", "ipv6", "uri", *_CUSTOM_FORMATS})


class _Compiler:
    """OpenAPI 3.0 schema -> JSON Schema draft 4 -> compiled fastjsonschema validator.

    ``$ref`` targets become entries of one shared ``definitions`` map, so cycles are fine.
    ``request`` drops readOnly properties from ``required`` (writeOnly for responses);
    ``binary_any`` accepts anything for ``format: binary`` (multipart file parts).
    """

    def __init__(self, doc: Any, *, request: bool = True, binary_any: bool = False) -> None:
        self.doc, self.request, self.binary_any = doc, request, binary_any
        self.defs: dict[str, Any] = {}
        self.names: dict[str, str] = {}
        self.cache: dict[str, _Validator] = {}

    def _define(self, ref: str) -> str:
        if (name := self.names.get(ref)) is None:
            name = f"{re.sub(r'[^A-Za-z0-9_]', '_', ref.rsplit('/', 1)[-1])}_{len(self.names)}"
            self.names[ref], self.defs[name] = name, {}  # placeholder ends self-recursion
            self.defs[name] = self.convert(_pointer(self.doc, ref))
        return name

    def convert(self, s: Any) -> Any:
        if not isinstance(s, dict):
            return s if isinstance(s, bool) else {}
        out: dict[str, Any]
        if isinstance(s.get("$ref"), str):
            out = {"$ref": "#/definitions/" + self._define(s["$ref"])}
            return {"anyOf": [{"type": "null"}, out]} if s.get("nullable") is True else out
        if self.binary_any and s.get("format") == "binary":
            return {}
        out = {k: v for k, v in s.items() if k in _KEEP}
        if isinstance(out.get("pattern"), str):  # ECMA-262 semantics, not Python's (see .ecma)
            out["pattern"] = ecma_pattern(out["pattern"])
            _SPEC_PATTERNS[out["pattern"]] = s["pattern"]
        if s.get("format") in _FORMATS:
            out["format"] = s["format"]
        if s.get("type") == "integer" and s.get("format") in _INT_RANGES:
            low, high = _INT_RANGES[s["format"]]
            out.setdefault("minimum", low)
            out.setdefault("maximum", high)
        if isinstance(s.get("properties"), dict):
            out["properties"] = {k: self.convert(v) for k, v in s["properties"].items()}
        for key in ("items", "not", "additionalProperties"):
            if key in s:
                out[key] = self.convert(s[key])
        for key in ("allOf", "anyOf", "oneOf"):
            if isinstance(s.get(key), list):
                out[key] = [self.convert(v) for v in s[key]]
        if isinstance(s.get("required"), list):
            props, hidden = s.get("properties") or {}, "readOnly" if self.request else "writeOnly"
            if req := [r for r in s["required"] if not _deref(self.doc, props.get(r, {})).get(hidden)]:
                out["required"] = req
        if s.get("nullable") is True:
            if isinstance(out.get("type"), str):
                out["type"] = [out["type"], "null"]
            if isinstance(out.get("enum"), list) and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
            elif "type" not in out and {"allOf", "anyOf", "oneOf", "not"} & out.keys():
                out = {"anyOf": [{"type": "null"}, out]}
        return out

    def compile(self, schema: Any) -> _Validator:
        root = self.convert(schema)
        key = json.dumps(root, sort_keys=True, default=str)
        if (validator := self.cache.get(key)) is None:
            doc = {"$schema": "http://json-schema.org/draft-04/schema#", **root}
            doc["definitions"] = self.defs  # only the referenced ones get compiled
            validator = fastjsonschema.compile(doc, formats=_CUSTOM_FORMATS, use_default=False, fast_fail=False)
            self.cache[key] = validator
        return validator


# Each rewritten pattern (see .ecma) and the spec's text of it, for error messages.
_SPEC_PATTERNS: dict[str, str] = {}


def _clip(text: str, limit: int = 80) -> str:
    text = text.encode("unicode_escape").decode("ascii")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _run(validator: _Validator | None, data: Any, loc: str, issues: list[ValidationIssue]) -> None:
    """Run a compiled validator; turn its errors into issues without echoing any value."""
    if validator is None:
        return
    try:
        validator(data)
    except fastjsonschema.JsonSchemaException as exc:
        for e in getattr(exc, "errors", None) or [exc]:
            full: str = getattr(e, "name", "data")
            name = (full[4:] if full.startswith("data") else full).lstrip(".")
            rule, value = getattr(e, "rule", None), getattr(e, "value", None)
            rdef = getattr(e, "rule_definition", None)
            prefix = name + "." if name else ""
            if rule == "required" and isinstance(value, dict) and isinstance(rdef, list):
                issues += [ValidationIssue(loc, f"{prefix}{r}", "is required") for r in rdef if r not in value]
            elif rule == "additionalProperties" and isinstance(value, dict):
                known = (getattr(e, "definition", None) or {}).get("properties") or {}
                extra = sorted(str(k) for k in value if k not in known)[:10]
                issues += [ValidationIssue(loc, prefix + _clip(k), "is not allowed") for k in extra]
            elif rule == "anyOf" and rdef and all(_is_group(d) for d in rdef):
                groups = " or ".join("[" + ", ".join(d["required"]) + "]" for d in rdef)
                issues.append(ValidationIssue(loc, name, f"one of these field groups is required: {groups}"))
            elif rule == "anyOf" and isinstance(value, dict) and isinstance(rdef, list):
                issues.append(_rule_issue(loc, prefix, value, rdef))
            elif rule == "pattern" and isinstance(rdef, str):  # the spec's pattern, not its rewrite
                issues.append(ValidationIssue(loc, name, f"must match pattern {_SPEC_PATTERNS.get(rdef, rdef)}"))
            else:
                msg = str(getattr(e, "message", e))
                msg = msg[len(full) :].strip() if msg.startswith(full) else msg
                issues.append(ValidationIssue(loc, name, _clip(msg, 200)))


def _is_group(branch: Any) -> bool:
    """An ``anyOf`` branch that only requires fields to be present (and, for strings, non-empty):
    one group of an "at least one of these" rule, like ``x-one-of-required``."""
    if not isinstance(branch, dict) or "required" not in branch or set(branch) - {"required", "properties"}:
        return False
    rules = (branch.get("properties") or {}).values()
    return all(isinstance(rule, dict) and set(rule) <= {"minLength"} for rule in rules)


def _rule_issue(loc: str, prefix: str, value: dict[str, Any], branches: list[Any]) -> ValidationIssue:
    """The issue for an object that meets none of an ``anyOf``'s branches, named after a field.

    Such an ``anyOf`` states a rule between fields, e.g. "company is false, or company-name and
    piva are given": a branch's condition constrains a field with ``enum`` (or ``not: {enum}``)
    and the branch requires others. The issue names the first field that a branch whose
    condition holds requires and the request lacks, so that the API's error code for that field
    applies, and says which condition would have spared it.
    """
    spared_by, wanted = [], []
    for branch in branches:
        if not isinstance(branch, dict):
            continue
        props = branch.get("properties") or {}
        conditions = {}
        for key, rule in props.items():
            if isinstance(rule, dict) and isinstance(rule.get("enum"), list):
                conditions[key] = (True, rule["enum"])
            elif isinstance(rule, dict) and isinstance((rule.get("not") or {}).get("enum"), list):
                conditions[key] = (False, rule["not"]["enum"])
        holds = all((value.get(k) in allowed) == positive for k, (positive, allowed) in conditions.items())
        if holds:
            wanted += [r for r in branch.get("required", []) if r not in conditions]
        else:
            spared_by += [
                f"{k} is {'' if positive else 'not '}" + " or ".join(json.dumps(v) for v in allowed)
                for k, (positive, allowed) in conditions.items()
            ]
    wanted = list(dict.fromkeys(wanted))
    missing = [w for w in wanted if value.get(w) in (None, "", [], {})] or wanted
    name = prefix + missing[0] if missing else prefix.rstrip(".")
    unless = f" unless {' or '.join(dict.fromkeys(spared_by))}" if spared_by else ""
    return ValidationIssue(loc, name, f"is required{unless}")
