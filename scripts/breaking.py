"""What a client of the old spec notices when the server follows the new one: a diff of two
versions of a spec into changes, each found by a named rule with a level (oasdiff style)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Any
from urllib.parse import urlsplit

from scripts import speccheck
from scripts.tools import ToolError

HTTP_METHODS = speccheck.HTTP_METHODS


class Level(Enum):
    """How bad a change is for a client of the old spec (oasdiff's ERR, WARN, INFO)."""

    ERR = "error"  # breaks clients: needs a new major version
    WARN = "warning"  # may surprise clients without failing them (e.g. data now ignored)
    INFO = "info"  # compatible


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    description: str


_RULES = [
    # operations and security
    Rule("operation-removed", Level.ERR, "an operation was removed"),
    Rule("operation-id-changed", Level.ERR, "an operationId changed (generated clients rename the method)"),
    Rule("method-name-changed", Level.ERR, "an x-method-name or first tag changed (the typed client renames)"),
    Rule("operation-added", Level.INFO, "an operation was added"),
    Rule("security-option-removed", Level.ERR, "a security requirement is no longer accepted"),
    Rule("server-base-path-changed", Level.ERR, "the base path of the servers changed (every URL moves)"),
    # parameters
    Rule("parameter-removed", Level.ERR, "a parameter was removed"),
    Rule("parameter-became-required", Level.ERR, "an optional parameter became required"),
    Rule("required-parameter-added", Level.ERR, "a required parameter was added"),
    Rule("optional-parameter-added", Level.INFO, "an optional parameter was added"),
    Rule("request-default-changed", Level.ERR, "the default of a parameter or request property changed"),
    # request bodies
    Rule("required-request-body-added", Level.ERR, "a required request body was added"),
    Rule("optional-request-body-added", Level.INFO, "an optional request body was added"),
    Rule("request-body-removed", Level.ERR, "the request body was removed"),
    Rule("request-body-became-required", Level.ERR, "an optional request body became required"),
    Rule("request-media-type-removed", Level.ERR, "a request media type is no longer accepted"),
    # responses
    Rule("response-success-status-removed", Level.ERR, "a 2xx response was removed"),
    Rule("response-non-success-status-removed", Level.INFO, "an error response was removed"),
    Rule("response-status-added", Level.INFO, "a response status was added"),
    Rule("response-media-type-removed", Level.ERR, "a 2xx response no longer answers a media type"),
    Rule("response-error-media-type-removed", Level.INFO, "an error response no longer answers a media type"),
    Rule("response-header-removed", Level.ERR, "a response header was removed (e.g. Location)"),
    Rule("response-header-became-optional", Level.ERR, "a required response header became optional"),
    Rule("response-schema-removed", Level.ERR, "a response lost its schema"),
    # schemas: types and formats
    Rule("type-changed", Level.ERR, "a schema's type changed"),
    Rule("request-type-widened", Level.INFO, "a request value's type widened from integer to number"),
    Rule("request-type-enforced", Level.ERR, "a request value that had no type now has one"),
    Rule("response-type-unspecified", Level.ERR, "a response value no longer has a type"),
    Rule("format-changed", Level.ERR, "a schema's format changed"),
    Rule("request-null-rejected", Level.ERR, "a request value may no longer be null"),
    Rule("response-may-be-null", Level.ERR, "a response value may now be null"),
    # schemas: enums
    Rule("request-enum-restricted", Level.ERR, "a request value is now restricted to an enum"),
    Rule("response-enum-unrestricted", Level.ERR, "a response value is no longer restricted to an enum"),
    Rule("request-enum-value-removed", Level.ERR, "a request enum lost a value"),
    Rule("request-enum-value-added", Level.INFO, "a request enum gained a value"),
    Rule("response-enum-value-removed", Level.INFO, "a response enum lost a value"),
    Rule("response-enum-value-added", Level.ERR, "a response enum gained a value clients may not know"),
    # schemas: properties
    Rule("request-property-became-required", Level.ERR, "an optional request property became required"),
    Rule("required-request-property-added", Level.ERR, "a required request property was added"),
    Rule("request-property-removed", Level.WARN, "a request property was removed (now ignored)"),
    Rule("closed-request-property-removed", Level.ERR, "a request property was removed from a closed schema"),
    Rule("request-schema-closed", Level.ERR, "a request schema was closed (additionalProperties: false)"),
    Rule("optional-request-property-added", Level.INFO, "an optional request property was added"),
    Rule("response-property-removed", Level.ERR, "a response property was removed"),
    Rule("response-property-became-optional", Level.ERR, "a required response property became optional"),
    Rule("response-property-added", Level.INFO, "a response property was added"),
    # schemas: alternatives
    Rule("request-alternatives-removed", Level.ERR, "a request oneOf/anyOf lost alternatives"),
    Rule("request-alternatives-added", Level.INFO, "a request oneOf/anyOf gained alternatives"),
    Rule("response-alternatives-added", Level.ERR, "a response oneOf/anyOf gained alternatives"),
    Rule("response-alternatives-removed", Level.INFO, "a response oneOf/anyOf lost alternatives"),
    # schemas: request limits
    Rule("request-max-decreased", Level.ERR, "a request maxLength/maximum/maxItems/maxProperties was lowered or set"),
    Rule("request-min-increased", Level.ERR, "a request minLength/minimum/minItems/minProperties was raised or set"),
    Rule("request-exclusive-bound-set", Level.ERR, "a request exclusiveMinimum/exclusiveMaximum was set"),
    Rule("request-pattern-changed", Level.ERR, "a request pattern was set or changed"),
]
RULES: dict[str, Rule] = {rule.id: rule for rule in _RULES}


@dataclass(frozen=True)
class Change:
    rule: str
    where: str
    what: str

    @property
    def level(self) -> Level:
        return RULES[self.rule].level

    @property
    def breaking(self) -> bool:
        return self.level is Level.ERR

    def __str__(self) -> str:
        label = {Level.ERR: "BREAKING", Level.WARN: "warning", Level.INFO: "compatible"}[self.level]
        return f"{label} [{self.rule}]: {self.where}: {self.what}"


class SpecDiff:
    """What a client of the old spec notices when the server follows the new one.

    Requests may not get stricter (new required input, removed or narrowed input, closed
    schemas); responses may not get looser (removed or optional-now output, new enum values,
    wider types). Documentation (descriptions, examples, summaries) is not compared here.
    """

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.compared: set[tuple[str, str, str]] = set()

    def add(self, rule: str, where: str, what: str) -> None:
        if rule not in RULES:
            raise KeyError(f"no breaking-change rule {rule!r}")
        self.changes.append(Change(rule, where, what))

    @staticmethod
    def resolve(document: dict[str, Any], node: Any) -> Any:
        try:
            return speccheck.resolve(document, node)
        except ValueError as error:
            raise ToolError(str(error)) from None

    @staticmethod
    def path_key(path: str) -> str:
        return re.sub(r"\{[^}]*\}", "{}", path)

    def operations(self, document: dict[str, Any]) -> dict[tuple[str, str], tuple[str, dict[str, Any], list[Any]]]:
        found = {}
        for path, item in (document.get("paths") or {}).items():
            item = self.resolve(document, item)
            for method in item:
                if method in HTTP_METHODS:
                    found[(method, self.path_key(path))] = (path, item[method], item.get("parameters", []))
        return found

    def run(self) -> list[Change]:
        old_ops, new_ops = self.operations(self.old), self.operations(self.new)
        for key, (path, old_op, old_shared) in old_ops.items():
            where = f"{key[0].upper()} {path}"
            if old_op.get("operationId"):
                where += f" ({old_op['operationId']})"
            if key not in new_ops:
                self.add("operation-removed", where, "operation removed")
                continue
            new_path, new_op, new_shared = new_ops[key]
            if old_op.get("operationId") != new_op.get("operationId"):
                self.add(
                    "operation-id-changed",
                    where,
                    f"operationId changed to {new_op.get('operationId')!r} (generated clients rename)",
                )
            self.compare_method_name(where, old_op, new_op)
            self.compare_parameters(
                where,
                path,
                old_shared + old_op.get("parameters", []),
                new_path,
                new_shared + new_op.get("parameters", []),
            )
            self.compare_request_body(where, old_op.get("requestBody"), new_op.get("requestBody"))
            self.compare_responses(where, old_op.get("responses", {}), new_op.get("responses", {}))
            self.compare_security(where, old_op, new_op)
        for key, (path, new_op, _) in new_ops.items():
            if key not in old_ops:
                self.add("operation-added", f"{key[0].upper()} {path} ({new_op.get('operationId')})", "operation added")
        self.compare_servers()
        return self.changes

    def compare_method_name(self, where: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> None:
        """The typed surface calls an operation ``client.<first tag>.<x-method-name>(...)``."""

        def method(op: dict[str, Any]) -> tuple[str, str] | None:
            name = op.get("x-method-name")
            return ((op.get("tags") or ["default"])[0], str(name)) if name else None

        old, new = method(old_op), method(new_op)
        if old and old != new:
            now = f"{new[0]}.{new[1]}" if new else "nothing (no x-method-name)"
            self.add("method-name-changed", where, f"typed method {old[0]}.{old[1]} is now {now}")

    @staticmethod
    def base_paths(document: dict[str, Any]) -> list[str]:
        """The path part of every server URL (variables filled with their defaults)."""
        paths = []
        for server in document.get("servers") or [{"url": "/"}]:
            url = str(server.get("url", "/"))
            for name, variable in (server.get("variables") or {}).items():
                url = url.replace("{" + name + "}", str(variable.get("default", "")))
            paths.append(urlsplit(url).path.rstrip("/") or "/")
        return paths

    def compare_servers(self) -> None:
        old, new = self.base_paths(self.old), self.base_paths(self.new)
        for path in dict.fromkeys(old):
            if path not in new:
                self.add(
                    "server-base-path-changed",
                    "servers",
                    f"base path {path} -> {', '.join(dict.fromkeys(new))} (every operation's URL moves)",
                )

    def compare_security(self, where: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> None:
        def schemes(document: dict[str, Any], op: dict[str, Any]) -> set[frozenset[str]]:
            requirements = op.get("security", document.get("security", []))
            return {frozenset(r) for r in requirements}

        old, new = schemes(self.old, old_op), schemes(self.new, new_op)
        for requirement in old - new:
            if not any(option <= requirement for option in new):  # a weaker option still covers it
                names = " + ".join(sorted(requirement)) or "no authentication"
                self.add("security-option-removed", where, f"security option {names} no longer accepted")

    def parameters(self, document: dict[str, Any], raw: list[Any], path: str) -> dict[tuple[str, str], dict[str, Any]]:
        """Parameters by (in, name); operation-level ones override path-level ones. Path parameters
        are keyed by their position in the path: renaming `{id}` is invisible to clients."""
        template = re.findall(r"\{([^}]*)\}", path)
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for parameter in raw:
            parameter = self.resolve(document, parameter)
            name = str(parameter["name"])
            if parameter["in"] == "header":
                name = name.lower()
            elif parameter["in"] == "path" and name in template:
                name = f"#{template.index(name)}"
            found[(str(parameter["in"]), name)] = parameter
        return found

    def compare_parameters(
        self, where: str, old_path: str, old_raw: list[Any], new_path: str, new_raw: list[Any]
    ) -> None:
        old, new = self.parameters(self.old, old_raw, old_path), self.parameters(self.new, new_raw, new_path)
        for key, old_param in old.items():
            label = f"{old_param['in']} parameter {old_param['name']!r}"
            new_param = new.get(key)
            if new_param is None:
                self.add("parameter-removed", where, f"{label} removed")
                continue
            if new_param.get("required") and not old_param.get("required"):
                self.add("parameter-became-required", where, f"{label} became required")
            self.compare_schema(f"{where} {label}", old_param.get("schema"), new_param.get("schema"), "request")
        for key, new_param in new.items():
            if key not in old:
                label = f"{new_param['in']} parameter {new_param['name']!r}"
                self.add(
                    "required-parameter-added" if new_param.get("required") else "optional-parameter-added",
                    where,
                    f"{label} added" + (" as required" if new_param.get("required") else " (optional)"),
                )

    def compare_request_body(self, where: str, old_raw: Any, new_raw: Any) -> None:
        old = self.resolve(self.old, old_raw) if old_raw else None
        new = self.resolve(self.new, new_raw) if new_raw else None
        if old is None and new is None:
            return
        if old is None and new is not None:
            required = bool(new.get("required"))
            self.add(
                "required-request-body-added" if required else "optional-request-body-added",
                where,
                "request body added" + (" as required" if required else ""),
            )
            return
        if new is None or old is None:
            self.add("request-body-removed", where, "request body removed")
            return
        if new.get("required") and not old.get("required"):
            self.add("request-body-became-required", where, "request body became required")
        for media, old_media in (old.get("content") or {}).items():
            new_media = (new.get("content") or {}).get(media)
            if new_media is None:
                self.add("request-media-type-removed", where, f"request media type {media} no longer accepted")
                continue
            self.compare_schema(
                f"{where} request body ({media})", old_media.get("schema"), new_media.get("schema"), "request"
            )

    def compare_responses(self, where: str, old_all: dict[str, Any], new_all: dict[str, Any]) -> None:
        for code, old_raw in old_all.items():
            code = str(code)
            if code not in {str(c) for c in new_all}:
                success = code.startswith("2")
                rule = "response-success-status-removed" if success else "response-non-success-status-removed"
                self.add(rule, where, f"response {code} removed")
                continue
            new_raw = next(v for c, v in new_all.items() if str(c) == code)
            old, new = self.resolve(self.old, old_raw), self.resolve(self.new, new_raw)
            self.compare_headers(where, code, old.get("headers") or {}, new.get("headers") or {})
            for media, old_media in (old.get("content") or {}).items():
                new_media = (new.get("content") or {}).get(media)
                if new_media is None:
                    rule = (
                        "response-media-type-removed" if code.startswith("2") else "response-error-media-type-removed"
                    )
                    self.add(rule, where, f"response {code} no longer answers {media}")
                    continue
                self.compare_schema(
                    f"{where} response {code} ({media})", old_media.get("schema"), new_media.get("schema"), "response"
                )
        for code in new_all:
            if str(code) not in {str(c) for c in old_all}:
                self.add("response-status-added", where, f"response {code} added")

    def compare_headers(self, where: str, code: str, old_all: dict[str, Any], new_all: dict[str, Any]) -> None:
        """Response headers (names are case-insensitive): clients read them, e.g. ``Location``."""
        new_by_name = {str(name).lower(): header for name, header in new_all.items()}
        for name, old_raw in old_all.items():
            new_raw = new_by_name.get(str(name).lower())
            if new_raw is None:
                self.add("response-header-removed", where, f"response {code} header {name} removed")
                continue
            old, new = self.resolve(self.old, old_raw), self.resolve(self.new, new_raw)
            if old.get("required") and not new.get("required"):
                self.add("response-header-became-optional", where, f"response {code} header {name} no longer required")
            self.compare_schema(
                f"{where} response {code} header {name}", old.get("schema"), new.get("schema"), "response"
            )

    # -- schemas -----------------------------------------------------------------------------

    def flatten(self, document: dict[str, Any], schema: Any, depth: int = 0) -> dict[str, Any]:
        """Resolve refs and merge allOf members into one schema (properties, required, rest)."""
        schema = self.resolve(document, schema) if schema is not None else {}
        if not isinstance(schema, dict) or "allOf" not in schema or depth > 20:
            return schema if isinstance(schema, dict) else {}
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        merged["properties"] = dict(schema.get("properties") or {})
        merged["required"] = list(schema.get("required") or [])
        for member in schema["allOf"]:
            part = self.flatten(document, member, depth + 1)
            merged["properties"].update(part.get("properties") or {})
            merged["required"] += [r for r in part.get("required") or [] if r not in merged["required"]]
            for key, value in part.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
        return merged

    @staticmethod
    def ref_of(schema: Any) -> str | None:
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        return ref if isinstance(ref, str) else None

    def compare_schema(self, where: str, old_raw: Any, new_raw: Any, direction: str) -> None:
        if old_raw is None or new_raw is None:
            if old_raw is not None and new_raw is None and direction == "response":
                self.add("response-schema-removed", where, "response schema removed")
            return
        old_ref, new_ref = self.ref_of(old_raw), self.ref_of(new_raw)
        if old_ref and new_ref:
            # A named schema is compared once per direction for the whole spec: a change in a
            # shared schema (e.g. Error) is reported once, by name, not once per operation;
            # this also ends recursion through recursive schemas.
            key = (old_ref, new_ref, direction)
            if key in self.compared:
                return
            self.compared.add(key)
            if old_ref == new_ref and old_ref.startswith("#/components/schemas/"):
                name = old_ref.rsplit("/", 1)[1]
                nested = re.match(r"schema (\S+) \(.*\)([^()]*)$", where)
                used = f"in {nested.group(1)}{nested.group(2)}" if nested else f"first used by {where}"
                where = f"schema {name} (as {direction}; {used})"
        old, new = self.flatten(self.old, old_raw), self.flatten(self.new, new_raw)
        request = direction == "request"

        old_type, new_type = old.get("type"), new.get("type")
        if old_type != new_type:
            if old_type and new_type:
                widened = request and old_type == "integer" and new_type == "number"
                self.add("request-type-widened" if widened else "type-changed", where, f"type {old_type} -> {new_type}")
            elif new_type and request:
                self.add("request-type-enforced", where, f"type {new_type} now enforced")
            elif old_type and not request:
                self.add("response-type-unspecified", where, f"type {old_type} no longer guaranteed")
        if old.get("format") != new.get("format") and old.get("format") and new.get("format"):
            self.add("format-changed", where, f"format {old.get('format')} -> {new.get('format')}")
        if request and old.get("nullable") and not new.get("nullable"):
            self.add("request-null-rejected", where, "null no longer accepted")
        if not request and new.get("nullable") and not old.get("nullable"):
            self.add("response-may-be-null", where, "may now be null")
        if request and "default" in old and old.get("default") != new.get("default"):
            # A client that leaves the value out gets a different behaviour without noticing.
            self.add("request-default-changed", where, f"default {old['default']!r} -> {new.get('default')!r}")

        self.compare_enum(where, old.get("enum"), new.get("enum"), request)
        if request:
            self.compare_limits(where, old, new)

        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
        if request:
            for name in sorted(new_req - old_req):
                if name in old_props:
                    self.add("request-property-became-required", where, f"request property {name!r} became required")
                else:
                    self.add("required-request-property-added", where, f"request property {name!r} added as required")
            closed = new.get("additionalProperties") is False
            for name in old_props:
                if name not in new_props:
                    self.add(
                        "closed-request-property-removed" if closed else "request-property-removed",
                        where,
                        f"request property {name!r} removed"
                        + (" (the schema is closed, so sending it is now an error)" if closed else ""),
                    )
            if closed and old.get("additionalProperties") is not False:
                self.add("request-schema-closed", where, "request schema closed (additionalProperties: false)")
            for name in new_props:
                if name not in old_props and name not in new_req:
                    self.add("optional-request-property-added", where, f"optional request property {name!r} added")
        else:
            for name in old_props:
                if name not in new_props:
                    self.add("response-property-removed", where, f"response property {name!r} removed")
            for name in sorted(old_req - new_req):
                if name in new_props:
                    self.add(
                        "response-property-became-optional", where, f"response property {name!r} no longer required"
                    )
            for name in new_props:
                if name not in old_props:
                    self.add("response-property-added", where, f"response property {name!r} added")
        for name in old_props:
            if name in new_props:
                self.compare_schema(f"{where}.{name}", old_props[name], new_props[name], direction)
        if old.get("items") is not None and new.get("items") is not None:
            self.compare_schema(f"{where}[]", old["items"], new["items"], direction)
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            self.compare_schema(f"{where}{{*}}", old_extra, new_extra, direction)
        for keyword in ("oneOf", "anyOf"):
            old_alts, new_alts = old.get(keyword) or [], new.get(keyword) or []
            if len(old_alts) != len(new_alts):
                fewer = len(new_alts) < len(old_alts)
                rule = f"{'request' if request else 'response'}-alternatives-{'removed' if fewer else 'added'}"
                self.add(rule, where, f"{keyword} alternatives {len(old_alts)} -> {len(new_alts)}")
            for index, (old_alt, new_alt) in enumerate(zip(old_alts, new_alts, strict=False)):
                self.compare_schema(f"{where}<{keyword}[{index}]>", old_alt, new_alt, direction)

    def compare_enum(self, where: str, old: list[Any] | None, new: list[Any] | None, request: bool) -> None:
        if old is None and new is None:
            return
        if old is None:
            if request:
                self.add("request-enum-restricted", where, f"values now restricted to {new}")
            return
        if new is None:
            if not request:
                self.add("response-enum-unrestricted", where, f"values no longer restricted to {old}")
            return
        removed = [v for v in old if v not in new]
        added = [v for v in new if v not in old]
        if removed:
            side = "request" if request else "response"
            self.add(f"{side}-enum-value-removed", where, f"enum values removed: {removed}")
        if added:
            side = "request" if request else "response"
            self.add(
                f"{side}-enum-value-added",
                where,
                f"enum values added: {added}" + ("" if request else " (clients may not know them)"),
            )

    def compare_limits(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        """Request constraints may only get looser."""
        for key in ("maxLength", "maximum", "maxItems", "maxProperties"):
            if new.get(key) is not None and (old.get(key) is None or new[key] < old[key]):
                self.add("request-max-decreased", where, f"{key} {old.get(key)} -> {new[key]}")
        for key in ("minLength", "minItems", "minProperties"):
            if new.get(key) and new[key] > (old.get(key) or 0):
                self.add("request-min-increased", where, f"{key} {old.get(key)} -> {new[key]}")
        if new.get("minimum") is not None and (old.get("minimum") is None or new["minimum"] > old["minimum"]):
            self.add("request-min-increased", where, f"minimum {old.get('minimum')} -> {new['minimum']}")
        for key in ("exclusiveMaximum", "exclusiveMinimum"):
            if new.get(key) and not old.get(key):
                self.add("request-exclusive-bound-set", where, f"{key} now set")
        if new.get("pattern") and new.get("pattern") != old.get("pattern"):
            self.add("request-pattern-changed", where, f"pattern {old.get('pattern')!r} -> {new.get('pattern')!r}")


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    return SpecDiff(old, new).run()
