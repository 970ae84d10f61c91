"""Parameters: path, query and header values coerced to their declared types, with defaults."""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .schemas import _clip
from .types import ValidationIssue, _Bad


# ----------------------------------------------------------------------------- coercion
@dataclass(frozen=True, slots=True)
class _Field:
    name: str
    kind: str = ""  # integer | number | boolean | string | array | json | "" (keep string)
    item_kind: str = ""
    sep: str | None = None  # arrays: None = repeated keys, else the separator in one value
    required: bool = False
    has_default: bool = False
    default: Any = None
    is_file: bool = False


# ASCII digits only: the API means 0-9, and int() would also read fullwidth or Arabic-Indic ones.
# As many digits as Python converts by default (4,300): an integer the spec leaves unbounded
# (``offset``) is valid at any size a client can send, and a generator will send 36 digits.
_INT_RE = re.compile(r"-?[0-9]{1,4300}\Z")
_NUM_RE = re.compile(r"-?(?:[0-9]{1,40}(?:\.[0-9]{0,40})?|\.[0-9]{1,40})(?:[eE][+-]?[0-9]{1,4})?\Z")


def _no_constant(name: str) -> Any:
    raise _Bad(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    if not math.isfinite(value := float(text)):
        raise _Bad("number out of range")
    return value


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _json_loads(text: str) -> Any:
    """``json.loads`` without NaN/Infinity, refusing strings that cannot be encoded.

    JSON can spell a lone UTF-16 surrogate (``"\\ud800"``); Python decodes it into a ``str``
    that no UTF-8 writer accepts, so storing it would poison every later answer that
    includes it. Such text is refused at the door, like invalid UTF-8.
    """
    data = json.loads(text, parse_constant=_no_constant, parse_float=_finite_float)
    if _SURROGATE_ESCAPE.search(text):
        stack = [data]
        while stack:  # iterative: hostile input can't recurse
            node = stack.pop()
            if isinstance(node, str):
                try:
                    node.encode("utf-8")
                except UnicodeEncodeError:
                    raise _Bad("a string holds a lone UTF-16 surrogate") from None
            elif isinstance(node, dict):
                stack += [*node.keys(), *node.values()]
            elif isinstance(node, list):
                stack += node
    return data


def _scalar(kind: str, raw: str) -> Any:
    if kind == "integer":
        if _INT_RE.match(raw):
            return int(raw)
        raise _Bad("must be an integer")
    if kind == "number":
        if _NUM_RE.match(raw):
            value = float(raw) if any(c in raw for c in ".eE") else int(raw)
            if math.isfinite(value):
                return value
        raise _Bad("must be a number")
    if kind == "boolean":
        if raw in ("true", "false"):
            return raw == "true"
        raise _Bad("must be true or false")
    if kind == "json":
        try:
            return _json_loads(raw)
        except _Bad:
            raise
        except (ValueError, RecursionError):
            raise _Bad("must be valid JSON") from None
    return raw


def _coerce(
    fields: Mapping[str, _Field],
    given: Mapping[str, list[str]],
    loc: str,
    closed: bool,
    issues: list[ValidationIssue],
) -> dict[str, Any]:
    """Coerce raw strings by field kind; report unknown (if closed), repeated, missing."""
    out: dict[str, Any] = {}
    for name, values in given.items():
        f = fields.get(name)
        if f is None:
            if closed:
                what = "unknown field" if loc == "body" else "unknown parameter"
                issues.append(ValidationIssue(loc, _clip(name), what))
            else:
                out[name] = values[0] if len(values) == 1 else values
        elif f.kind == "array" and (f.sep is None or len(values) == 1):
            items = values if f.sep is None else values[0].split(f.sep) if values[0] else []
            try:
                out[name] = [_scalar(f.item_kind, v) for v in items]
            except _Bad as bad:
                issues.append(ValidationIssue(loc, name, f"items {bad}"))
        elif len(values) > 1:
            issues.append(ValidationIssue(loc, name, "is given more than once"))
        else:
            try:
                out[name] = _scalar(f.kind, values[0])
            except _Bad as bad:
                issues.append(ValidationIssue(loc, name, str(bad)))
    for name, f in fields.items():
        if name not in given and (f.required or f.has_default):
            if f.required:
                issues.append(ValidationIssue(loc, name, "is required"))
            else:  # copy mutable defaults so handlers can't alter the spec
                d = f.default
                out[name] = copy.deepcopy(d) if isinstance(d, list | dict) else d
    return out


def _one_of_required(groups: tuple[tuple[str, ...], ...], data: Any, loc: str, issues: list[ValidationIssue]) -> None:
    if groups and isinstance(data, dict):
        present = {k for k, v in data.items() if v is not None and v not in ("", [], {})}
        if not any(present.issuperset(g) for g in groups):
            text = " or ".join("[" + ", ".join(g) + "]" for g in groups)
            issues.append(ValidationIssue(loc, "", f"one of these field groups is required: {text}"))
