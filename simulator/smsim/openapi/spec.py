"""The compiled spec: routing, then validation of a whole request (:class:`OpenAPISpec`)."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import fastjsonschema
import yaml

from .bodies import _media_kind, _parse_json, _parse_multipart, _parse_pairs, _Part, _split_ctype
from .operations import Operation, _Media
from .parameters import _coerce, _Field, _one_of_required
from .routing import _Node, _walk
from .schemas import _Compiler, _deref, _kind, _object_info, _run
from .types import (
    _IGNORED_HEADERS,
    _LOADER,
    _METHODS,
    _SEPS,
    _TEMPLATE,
    RequestValidationError,
    UploadedFile,
    ValidatedRequest,
    ValidationIssue,
    _Bad,
    _fail,
    _Headers,
    _Validator,
)


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
        self,
        method: str,
        path: str | bytes,
        query_string: bytes | str,
        headers: _Headers,
        body: bytes,
        route: tuple[Operation, dict[str, str]] | None = None,
    ) -> ValidatedRequest:
        """Validate one request. Raises RequestValidationError (4xx) and nothing else.

        ``headers`` may be any mapping (lookups are case-insensitive) or ASGI-style pairs.
        ``route``: what :meth:`match` answered for this method and path, when the caller has
        already asked (routing is then not done twice).
        """
        try:
            return self._validate(method, path, query_string, headers, body, route)
        except RequestValidationError:
            raise
        except Exception as exc:  # hostile input must never become a 500
            raise _fail(400, "body", f"malformed request ({type(exc).__name__})") from None

    def _validate(
        self,
        method: str,
        path: str | bytes,
        qs: bytes | str,
        headers: _Headers,
        body: bytes,
        route: tuple[Operation, dict[str, str]] | None,
    ) -> ValidatedRequest:
        op, raw_path_params = self.match(method, path) if route is None else route
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
