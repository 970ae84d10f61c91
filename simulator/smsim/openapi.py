"""Fast, spec-driven HTTP request validation for the gateway simulator.

Why it exists: the simulator must check *every* request against the hand-written OpenAPI
3.0.3 specs in ``spec/`` and answer bad input with a clean 4xx, never a 500. openapi-core
can do that but walks the spec on every request: Starlette + openapi-core managed ~270 req/s
here, bare Starlette ~6,500 req/s. This module does the work once, at load time: path
templates become a segment trie, parameters become small coercion tables and every schema is
converted to JSON Schema draft 4 and compiled to Python code by ``fastjsonschema``. At request
time only dict lookups, string splits and the compiled validators run.

Behaviour worth knowing:

* ``path`` should be the *raw*, still percent-encoded path (``scope["raw_path"]``); each
  segment is decoded exactly once. Encoded slashes, backslashes, NUL, ``.``/``..`` segments
  and invalid UTF-8 give 400; empty inner segments (``//``) and a wrong base path give 404.
* Trailing slash: a template declared as ``/alias/`` or ``/alias`` matches both forms of the
  request path; if a spec declares both, the exact one wins.
* Routing prefers literal segments over ``{param}``; when the preferred route lacks the
  method, the answer is 405 with the methods it has (a less specific route is not tried).
  HEAD is not mapped to GET. Segments mixing text and a template
  (``{id}.json``) are not supported (ValueError at load time).
* Query: style ``form`` (explode: repeated keys, else comma lists), ``spaceDelimited`` and
  ``pipeDelimited`` arrays, ``content: application/json`` parameters. Object/deepObject
  query parameters, matrix/label path styles and cookies are not validated.
* ``x-one-of-required: [[a], [b, c]]`` (on the operation, or the top level of a body schema):
  one group must be fully present and non-empty (not None, "", [] or {}). The operation-level
  check sees query parameters and body fields together.
* Bodies: JSON (and ``*+json``), form-urlencoded, multipart/form-data, ``text/*`` (str),
  anything else raw bytes without validation. 413/415 are reported on their own. Schema
  defaults are filled in for query/path/header parameters only, never into bodies.
* Formats checked: date-time, date, email, hostname, ipv4, ipv6, uri, uuid; the rest (int32,
  binary, byte, password, ...) are ignored. Only local ``#/...`` references are supported.
"""

from __future__ import annotations

import copy
import datetime
import json
import math
import re
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import fastjsonschema
import yaml

__all__ = ["OpenAPISpec", "Operation", "RequestValidationError", "UploadedFile"]
__all__ += ["ValidatedRequest", "ValidationIssue"]

_Validator = Callable[[Any], Any]
_Headers = Mapping[str, str] | Iterable[tuple[str | bytes, str | bytes]]
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{([^{}]+)\}")
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
# OpenAPI's integer formats are ranges: a value outside them does not fit the declared type.
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_SEPS = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


# ----------------------------------------------------------------------------- public types
@dataclass(frozen=True, slots=True)
class ValidationIssue:
    location: str  # "path", "query", "header", "body", "content-type", "method", "route"
    name: str  # parameter name or field path such as "credits[0].amount"; "" if none
    message: str  # short; never contains a submitted value


class RequestValidationError(Exception):
    """The request does not satisfy the spec; answer with ``status`` (400/404/405/413/415)."""

    def __init__(self, issues: list[ValidationIssue], status: int = 400, allow: tuple[str, ...] = ()) -> None:
        self.issues, self.status, self.allow = issues, status, allow  # allow: for 405
        super().__init__("; ".join(f"{i.location} {i.name}: {i.message}" for i in issues))


def _fail(status: int, location: str, message: str) -> RequestValidationError:
    return RequestValidationError([ValidationIssue(location, "", message)], status)


@dataclass(frozen=True, slots=True)
class UploadedFile:
    filename: str | None
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class ValidatedRequest:
    operation_id: str
    path_params: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any
    raw_query: Mapping[str, list[str]]


class _Bad(ValueError):
    """Internal: a coercion or parse problem whose message is safe to show."""


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
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and bool(datetime.date.fromisoformat(value))
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
            elif rule == "anyOf" and rdef and all(set(d) == {"required"} for d in rdef):
                groups = " or ".join("[" + ", ".join(d["required"]) + "]" for d in rdef)
                issues.append(ValidationIssue(loc, name, f"one of these is required: {groups}"))
            else:
                msg = str(getattr(e, "message", e))
                msg = msg[len(full) :].strip() if msg.startswith(full) else msg
                issues.append(ValidationIssue(loc, name, _clip(msg, 200)))


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


_INT_RE = re.compile(r"-?\d{1,30}\Z")
_NUM_RE = re.compile(r"-?(?:\d{1,40}(?:\.\d{0,40})?|\.\d{1,40})(?:[eE][+-]?\d{1,4})?\Z")


def _no_constant(name: str) -> Any:
    raise _Bad(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    if not math.isfinite(value := float(text)):
        raise _Bad("number out of range")
    return value


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
            return json.loads(raw, parse_constant=_no_constant, parse_float=_finite_float)
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


# ----------------------------------------------------------------------------- body parsing
def _parse_json(text: str, max_depth: int) -> Any:
    try:
        data = json.loads(text, parse_constant=_no_constant, parse_float=_finite_float)
    except RecursionError:
        raise _Bad("JSON nesting is too deep") from None
    except json.JSONDecodeError as e:
        raise _Bad(f"invalid JSON: {e.msg} at line {e.lineno} column {e.colno}") from None
    except _Bad:
        raise
    except ValueError:  # e.g. an integer literal with more than 4300 digits
        raise _Bad("invalid JSON number") from None
    if isinstance(data, dict | list) and text.count("[") + text.count("{") > max_depth:
        stack: list[tuple[Any, int]] = [(data, 1)]  # iterative: hostile input can't recurse
        while stack:
            node, depth = stack.pop()
            if depth > max_depth:
                raise _Bad(f"JSON nesting deeper than {max_depth} levels")
            children = node.values() if isinstance(node, dict) else node
            stack += [(c, depth + 1) for c in children if isinstance(c, dict | list)]
    return data


def _parse_pairs(text: str, max_fields: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if text:  # errors="strict": invalid UTF-8 in %-escapes raises instead of becoming U+FFFD
        qsl = urllib.parse.parse_qsl(text, keep_blank_values=True, errors="strict", max_num_fields=max_fields)
        for k, v in qsl:
            out.setdefault(k, []).append(v)
    return out


def _split_ctype(value: str) -> tuple[str, dict[str, str]]:
    mt, *rest = value.split(";")
    params = {k.strip().lower(): v.strip().strip('"') for k, _, v in (p.partition("=") for p in rest)}
    return mt.strip().lower(), params


_DISP_PARAM = re.compile(r';\s*([^\s=;]+)\s*=\s*("(?:[^"\\]++|\\.)*+"|[^;]*)')
_Part = tuple[str, str | None, str, bytes]  # name, filename, content type, data


def _parse_multipart(body: bytes, boundary: str, max_parts: int) -> list[_Part]:
    if not 0 < len(boundary) <= 200 or not boundary.isascii():
        raise _Bad("missing or invalid multipart boundary")
    parts: list[_Part] = []
    for chunk in (b"\r\n" + body).split(b"\r\n--" + boundary.encode())[1:]:
        if chunk.startswith(b"--"):
            return parts
        line_end = chunk.find(b"\r\n")  # rest of the delimiter line: only transport padding
        if line_end < 0 or chunk[:line_end].strip(b" \t"):
            raise _Bad("malformed multipart delimiter")
        head, sep, data = chunk[line_end:].partition(b"\r\n\r\n")
        if not sep or len(head) > 16384:
            raise _Bad("malformed multipart part headers")
        headers: dict[str, str] = {}
        for line in head.decode("utf-8").split("\r\n")[1:]:
            hname, colon, hvalue = line.partition(":")
            if not colon:
                raise _Bad("malformed multipart part header")
            headers[hname.strip().lower()] = hvalue.strip()
        disp = headers.get("content-disposition", "")
        params: dict[str, str] = {}
        for m in _DISP_PARAM.finditer(disp):
            v = m.group(2).strip()
            params[m.group(1).lower()] = re.sub(r"\\(.)", r"\1", v[1:-1]) if v[:1] == '"' else v
        if "filename*" in params:  # RFC 5987: UTF-8''na%C3%AFve.txt
            charset, _, rest = params["filename*"].partition("'")
            params["filename"] = urllib.parse.unquote(rest.partition("'")[2], charset or "utf-8", "strict")
        if disp.split(";", 1)[0].strip().lower() != "form-data" or not params.get("name"):
            raise _Bad("multipart part without a form-data name")
        parts.append((params["name"], params.get("filename"), headers.get("content-type", "text/plain"), data))
        if len(parts) > max_parts:
            raise _Bad("too many multipart parts")
    raise _Bad("multipart body is not terminated")


def _media_kind(mt: str) -> str:
    if mt == "application/json" or mt.endswith("+json"):
        return "json"
    if mt == "application/x-www-form-urlencoded":
        return "form"
    if mt.startswith(("multipart/", "text/")):
        return mt.split("/")[0]
    return "any" if "*" in mt else "raw"


# ----------------------------------------------------------------------------- operations
@dataclass(frozen=True, slots=True)
class _Media:
    kind: str  # json | form | multipart | text | raw | any (a wildcard media type)
    validator: _Validator | None
    fields: dict[str, _Field]  # form/multipart properties
    closed: bool
    groups: tuple[tuple[str, ...], ...]


@dataclass(eq=False, slots=True)
class Operation:
    operation_id: str
    method: str
    path: str  # the template as declared
    raw: dict[str, Any]  # the operation object from the spec
    fields: dict[str, dict[str, _Field]]  # "path" / "query" / "header" -> name -> field
    validators: dict[str, _Validator | None]  # same keys
    security_headers: tuple[str, ...]
    body_required: bool
    media: dict[str, _Media] | None  # None: no requestBody declared
    one_of_required: tuple[tuple[str, ...], ...]


@dataclass(eq=False, slots=True)
class _Node:
    literal: dict[str, _Node] = field(default_factory=dict)
    param: _Node | None = None
    routes: dict[bool, tuple[list[str], dict[str, Operation]]] = field(default_factory=dict)


def _walk(node: _Node, segs: list[str], i: int, caps: list[str]) -> Iterator[tuple[_Node, list[str]]]:
    """Matching trie leaves, the most specific (literal before {param}) first."""
    if i == len(segs):
        if node.routes:
            yield node, caps
        return
    if (child := node.literal.get(segs[i])) is not None:
        yield from _walk(child, segs, i + 1, caps)
    if node.param is not None:
        yield from _walk(node.param, segs, i + 1, [*caps, segs[i]])


# ----------------------------------------------------------------------------- the spec
class OpenAPISpec:
    """A spec compiled for request validation.

    ``base_path`` is the prefix the API is mounted under (stripped before routing, 404 if
    absent); ``strict_query`` rejects undeclared query parameters; ``max_body_bytes`` (413),
    ``max_json_depth`` and ``max_fields`` (query pairs, form fields, multipart parts) bound
    the work one request can cause.
    """

    def __init__(
        self,
        raw: dict[str, Any],
        base_path: str = "",
        *,
        strict_query: bool = True,
        max_body_bytes: int = 1_000_000,
        max_json_depth: int = 64,
        max_fields: int = 1000,
    ) -> None:
        if not isinstance(raw, dict) or not isinstance(raw.get("paths"), dict):
            raise ValueError("not an OpenAPI document: no 'paths' object")
        self.raw, self.base_path, self.strict_query = raw, base_path.rstrip("/"), strict_query
        self.max_body_bytes, self.max_json_depth = max_body_bytes, max_json_depth
        self.max_fields = max_fields
        self._req, self._resp = _Compiler(raw), _Compiler(raw, request=False)
        self._multipart = _Compiler(raw, binary_any=True)
        self._resp_cache: dict[tuple[str, int, str], _Validator | None] = {}
        self._root = _Node()
        self.operations: dict[str, Operation] = {}
        for template, item in raw["paths"].items():
            methods = self._add_route(str(template))
            item = _deref(raw, item)
            for method in (m for m in _METHODS if isinstance(item.get(m), dict)):
                try:
                    op = self._operation(str(template), method, item, item[method])
                except (ValueError, LookupError, TypeError, AttributeError, fastjsonschema.JsonSchemaException) as e:
                    raise ValueError(f"{method.upper()} {template}: {e}") from e
                if op.operation_id in self.operations:
                    raise ValueError(f"duplicate operationId {op.operation_id!r}")
                self.operations[op.operation_id] = methods[method.upper()] = op

    @classmethod
    def load(cls, path: str | Path, base_path: str = "", **options: Any) -> OpenAPISpec:
        """Load a YAML/JSON spec; ``options`` are the keyword arguments of the constructor."""
        with open(path, "rb") as fh:
            return cls(yaml.load(fh, Loader=_LOADER), base_path, **options)  # noqa: S506 (safe)

    @classmethod
    def loads(cls, text: str, base_path: str = "", **options: Any) -> OpenAPISpec:
        """Parse a YAML/JSON spec from text; ``options`` as for :meth:`load`."""
        return cls(yaml.load(text, Loader=_LOADER), base_path, **options)  # noqa: S506 (safe)

    # ---- load time
    def _add_route(self, template: str) -> dict[str, Operation]:
        segs = template.strip().strip("/").split("/") if template.strip("/") else []
        node, names = self._root, list[str]()
        for seg in segs:
            if not (found := _TEMPLATE.findall(seg)):
                node = node.literal.setdefault(seg, _Node())
            elif seg != "{" + found[0] + "}":
                raise ValueError(f"{template}: mixed template segments are not supported")
            else:
                node.param = node.param or _Node()
                node, names = node.param, [*names, found[0]]
        return node.routes.setdefault(template.endswith("/") and bool(segs), (names, {}))[1]

    def _field(self, name: str, schema: Any, kind: str | None = None, **kw: Any) -> _Field:
        s = _deref(self.raw, schema)
        kind = kind or _kind(self.raw, s)
        items = _deref(self.raw, s.get("items", {})) if kind == "array" else {}
        file = (items if kind == "array" else s).get("format") == "binary"
        default = {"has_default": True, "default": s["default"]} if "default" in s else {}
        return _Field(name, kind, _kind(self.raw, items) if items else "", is_file=file, **default | kw)

    def _operation(self, template: str, method: str, item: Any, op: dict[str, Any]) -> Operation:
        raw = self.raw
        declared = {}  # path-level first, operation-level overrides
        for p in [*(item.get("parameters") or ()), *(op.get("parameters") or ())]:
            p = _deref(raw, p)
            declared[(p["name"], p["in"])] = p
        fields: dict[str, dict[str, _Field]] = {"path": {}, "query": {}, "header": {}}
        props: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
        for (name, loc), p in declared.items():
            if loc not in fields or (loc == "header" and name.lower() in _IGNORED_HEADERS):
                continue
            schema, kind = p.get("schema", {}), None
            if "schema" not in p and p.get("content"):
                schema, kind = next(iter(p["content"].values())).get("schema", {}), "json"
            style = p.get("style", "form" if loc == "query" else "simple")
            explode = p.get("explode", style == "form")
            sep = None if loc == "query" and style == "form" and explode else _SEPS.get(style, ",")
            required = bool(p.get("required")) or loc == "path"
            fields[loc][name] = self._field(name, schema, kind, sep=sep, required=required)
            props[loc][name] = schema
        for name in _TEMPLATE.findall(template):
            fields["path"].setdefault(name, _Field(name, required=True))
        sec_headers: dict[str, None] = {}
        schemes = (raw.get("components") or {}).get("securitySchemes") or {}
        for requirement in op.get("security", raw.get("security")) or ():
            for sch in (_deref(raw, schemes.get(n) or {}) for n in requirement):
                if sch.get("type") == "apiKey" and sch.get("in") == "header":
                    sec_headers[sch["name"]] = None
                elif sch.get("type") == "apiKey" and sch.get("in") == "query":
                    fields["query"].setdefault(sch["name"], _Field(sch["name"]))
                elif sch.get("type") in ("http", "oauth2", "openIdConnect"):
                    sec_headers["Authorization"] = None
        validators = {
            loc: self._req.compile({"type": "object", "properties": ps}) if ps else None for loc, ps in props.items()
        }
        media: dict[str, _Media] | None = None
        rb = _deref(raw, op.get("requestBody") or {})
        if "requestBody" in op:
            media = {}
            for key, m in (rb.get("content") or {}).items():
                mt = _split_ctype(str(key))[0]
                kind, schema = _media_kind(mt), (m or {}).get("schema")
                compiler = self._multipart if kind == "multipart" else self._req
                validator = None if schema is None else compiler.compile(schema)
                body_props, closed, groups = _object_info(raw, schema or {})
                body_fields = {n: self._field(n, s, has_default=False) for n, s in body_props.items()}
                media[mt] = _Media(kind, validator, body_fields, closed, tuple(groups))
        op_id = str(op.get("operationId") or method + re.sub(r"\W+", "_", template).rstrip("_"))
        one_of = tuple(tuple(g) for g in op.get("x-one-of-required") or ())
        return Operation(
            op_id, method.upper(), template, op, fields, validators, tuple(sec_headers),
            bool(rb.get("required")), media, one_of,
        )  # fmt: skip

    # ---- request time
    def _segments(self, path: str | bytes) -> tuple[list[str], bool]:
        if isinstance(path, bytes):
            path = path.decode("utf-8")
        path, base = path.split("?", 1)[0], self.base_path
        if base:
            if not path.startswith(base) or path[len(base) : len(base) + 1] not in ("", "/"):
                raise _fail(404, "route", "no such endpoint")
            path = path[len(base) :] or "/"
        parts = path.split("/")
        if parts[0] or len(parts) > 66:
            raise _fail(404, "route", "no such endpoint")
        trailing = len(parts) > 2 and parts[-1] == ""
        parts = parts[1:-1] if trailing or parts[-1] == "" else parts[1:]
        for i, seg in enumerate(parts):
            if "%" in seg:
                seg = parts[i] = urllib.parse.unquote(seg, errors="strict")
                if "/" in seg or "\\" in seg:
                    raise _fail(400, "path", "encoded slash in path")
            if not seg:
                raise _fail(404, "route", "no such endpoint")
            if seg in (".", "..") or "\x00" in seg:
                raise _fail(400, "path", "invalid path segment")
        return parts, trailing

    def match(self, method: str, path: str | bytes) -> tuple[Operation, dict[str, str]]:
        """Find the operation for a request; raises RequestValidationError 400/404/405."""
        try:
            segs, trailing = self._segments(path)
        except UnicodeDecodeError:
            raise _fail(400, "path", "path is not valid UTF-8") from None
        method = method.upper()
        for node, caps in _walk(self._root, segs, 0, []):
            candidates = [r for r in (node.routes.get(trailing), node.routes.get(not trailing)) if r]
            if not candidates:
                continue
            for names, methods in candidates:
                if (op := methods.get(method)) is not None:
                    return op, dict(zip(names, caps, strict=True))
            # The most specific path that matches decides: a literal path such as
            # /phonebook/group/list without PUT is a 405, not a PUT to /phonebook/group/{listId}.
            allow = tuple(sorted({m for _, methods in candidates for m in methods}))
            break
        else:
            raise _fail(404, "route", "no such endpoint")
        issue = ValidationIssue("method", "", "method not allowed; allowed: " + ", ".join(allow))
        raise RequestValidationError([issue], 405, allow)

    def validate(
        self, method: str, path: str | bytes, query_string: bytes | str, headers: _Headers, body: bytes
    ) -> ValidatedRequest:
        """Validate one request. Raises RequestValidationError (4xx) and nothing else.

        ``headers`` may be any mapping (lookups are case-insensitive) or ASGI-style pairs.
        """
        try:
            return self._validate(method, path, query_string, headers, body)
        except RequestValidationError:
            raise
        except Exception as exc:  # hostile input must never become a 500
            raise _fail(400, "body", f"malformed request ({type(exc).__name__})") from None

    def _validate(
        self, method: str, path: str | bytes, qs: bytes | str, headers: _Headers, body: bytes
    ) -> ValidatedRequest:
        op, raw_path_params = self.match(method, path)
        if len(body) > self.max_body_bytes:
            raise _fail(413, "body", f"request body larger than {self.max_body_bytes} bytes")
        issues: list[ValidationIssue] = []
        hdrs: dict[str, str] = {}
        for k, v in headers.items() if isinstance(headers, Mapping) else headers:
            k = k.decode("latin-1") if isinstance(k, bytes) else k
            hdrs.setdefault(k.lower(), v.decode("latin-1") if isinstance(v, bytes) else v)

        given = {k: [v] for k, v in raw_path_params.items()}
        path_params = _coerce(op.fields["path"], given, "path", False, issues)
        _run(op.validators["path"], path_params, "path", issues)

        raw_query: dict[str, list[str]] = {}
        try:
            raw_query = _parse_pairs(qs.decode() if isinstance(qs, bytes) else qs, self.max_fields)
        except UnicodeError:
            issues.append(ValidationIssue("query", "", "query string is not valid UTF-8"))
        except ValueError:
            issues.append(ValidationIssue("query", "", "too many query parameters"))
        query = _coerce(op.fields["query"], raw_query, "query", self.strict_query, issues)
        _run(op.validators["query"], query, "query", issues)

        given = {n: [hdrs[n.lower()]] for n in op.fields["header"] if n.lower() in hdrs}
        _run(op.validators["header"], _coerce(op.fields["header"], given, "header", False, issues), "header", issues)
        out_headers = {n: v[0] for n, v in given.items()}
        out_headers |= {n: hdrs[n.lower()] for n in op.security_headers if n.lower() in hdrs}

        value = self._body(op, hdrs.get("content-type", ""), body, issues)
        if op.one_of_required and not issues:
            merged = query | value if isinstance(value, dict) else query
            _one_of_required(op.one_of_required, merged, "query" if op.media is None else "body", issues)
        if issues:
            raise RequestValidationError(issues[:50])
        return ValidatedRequest(op.operation_id, path_params, query, out_headers, value, raw_query)

    def _body(self, op: Operation, ctype: str, body: bytes, issues: list[ValidationIssue]) -> Any:
        if op.media is None:
            if body:
                issues.append(ValidationIssue("body", "", "this operation takes no request body"))
            return None
        expected = "; expected one of: " + ", ".join(sorted(op.media))
        mt, params = _split_ctype(ctype)
        media = op.media.get(mt) or op.media.get(mt.split("/")[0] + "/*") or op.media.get("*/*")
        if not body and (media is None or media.kind != "form"):
            if op.body_required:
                issues.append(ValidationIssue("body", "", "request body is required"))
            return None
        if media is None:
            raise _fail(415, "content-type", ("unsupported" if mt else "missing") + " Content-Type" + expected)
        if params.get("charset", "utf-8").lower() not in ("utf-8", "utf8"):
            raise _fail(415, "content-type", "only the utf-8 charset is supported")
        kind = media.kind if media.kind != "any" else _media_kind(mt)
        try:
            if kind == "json":
                value = _parse_json(body.decode("utf-8"), self.max_json_depth)
            elif kind == "form":
                pairs = _parse_pairs(body.decode("utf-8"), self.max_fields)
                value = _coerce(media.fields, pairs, "body", media.closed, issues)
            elif kind == "multipart":
                parts = _parse_multipart(body, params.get("boundary", ""), self.max_fields)
                value = self._multipart_fields(media, parts, issues)
            elif kind == "text":
                value = body.decode("utf-8")
            else:
                return body
        except UnicodeError:
            issues.append(ValidationIssue("body", "", "body is not valid UTF-8"))
            return None
        except (ValueError, LookupError) as exc:  # _Bad; parse_qsl: too many fields; charset
            message = str(exc) if isinstance(exc, _Bad) else "malformed or too many fields"
            issues.append(ValidationIssue("body", "", message))
            return None
        n = len(issues)
        _run(media.validator, value, "body", issues)
        if len(issues) == n:
            _one_of_required(media.groups, value, "body", issues)
        return value

    @staticmethod
    def _multipart_fields(media: _Media, parts: list[_Part], issues: list[ValidationIssue]) -> dict[str, Any]:
        grouped: dict[str, list[_Part]] = {}
        for part in parts:
            grouped.setdefault(part[0], []).append(part)
        out: dict[str, Any] = {}
        texts: dict[str, list[str]] = {}
        for name, group in grouped.items():
            f = media.fields.get(name)
            is_file = f.is_file if f is not None else group[0][1] is not None  # unknown: by filename
            if is_file:
                files = [UploadedFile(fn, ct, data) for _, fn, ct, data in group]
                if f is not None and f.kind == "array":
                    out[name] = files
                elif len(files) > 1:
                    issues.append(ValidationIssue("body", name, "is given more than once"))
                else:
                    out[name] = files[0]
            else:
                try:
                    texts[name] = [data.decode("utf-8") for *_, data in group]
                except UnicodeDecodeError:
                    issues.append(ValidationIssue("body", name, "is not valid UTF-8"))
        text_fields = {n: f for n, f in media.fields.items() if n not in out}
        return out | _coerce(text_fields, texts, "body", media.closed, issues)

    def response_validator(self, operation_id: str, status: int, content_type: str) -> Callable[[Any], None] | None:
        """A checker for a (JSON-decoded) response body; it raises ValueError on mismatch.

        KeyError for an unknown operation or a status that is not declared (exactly, as
        ``NXX`` or ``default``); None when that response declares no schema for the type.
        """
        op, mt = self.operations[operation_id], _split_ctype(content_type)[0]
        key = (operation_id, status, mt)
        if key not in self._resp_cache:
            responses = {str(k).upper(): v for k, v in (op.raw.get("responses") or {}).items()}
            codes = [c for c in (str(status), str(status)[0] + "XX", "DEFAULT") if c in responses]
            if not codes:
                raise KeyError(f"{operation_id}: status {status} is not declared")
            content = _deref(self.raw, responses[codes[0]]).get("content") or {}
            content = {_split_ctype(str(k))[0]: v for k, v in content.items()}
            media = content.get(mt) or content.get(mt.split("/")[0] + "/*") or content.get("*/*")
            schema = (media or {}).get("schema")
            self._resp_cache[key] = None if schema is None else self._resp.compile(schema)
        if (validator := self._resp_cache[key]) is None:
            return None

        def check(value: Any) -> None:
            issues: list[ValidationIssue] = []
            _run(validator, value, "body", issues)
            if issues:
                raise ValueError("; ".join(f"{i.name or '<root>'}: {i.message}" for i in issues))

        return check
