"""Validate and lint the hand-written specs.

Why a script of our own beside openapi-spec-validator: the validator only proves the document is
well-formed OpenAPI.  The specs are also the contract other teams build on, so every operation
must explain itself and every example must be true of its schema; a wrong example is a bug report
waiting to happen in someone else's code.

Rules (each problem is reported as ``file: where: what``):

- the document validates as OpenAPI 3.0 and declares ``openapi: 3.0.3``;
- every operation has a unique ``operationId``, ``summary``, ``description`` and tags that are
  declared in the top-level ``tags`` list with a description;
- every operation documents at least one error response (4xx);
- every component schema, response, parameter and example is used somewhere;
- every named example (parameter, request body, response) validates against its schema.

Run it alone with ``python scripts/speccheck.py spec/*.yaml``.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from openapi_spec_validator import validate as validate_openapi

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
COMPONENT_KINDS = ("schemas", "responses", "parameters", "examples", "requestBodies", "headers")


def load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(document, dict):
        raise ValueError(f"{path}: not a YAML mapping")
    return document


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` chains (``#/components/...``)."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            raise ValueError(f"unresolvable $ref {ref}")
        seen.add(ref)
        node = document
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def openapi_to_jsonschema(schema: Any) -> Any:
    """Turn an OpenAPI 3.0 schema object into draft-4 JSON Schema (``nullable`` and refs)."""
    if isinstance(schema, list):
        return [openapi_to_jsonschema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "$ref" and isinstance(value, str):
            out[key] = value.replace("#/components/schemas/", "#/definitions/")
        elif key in ("properties", "definitions"):
            out[key] = {name: openapi_to_jsonschema(sub) for name, sub in value.items()}
        elif key in (
            "example",
            "examples",
            "xml",
            "externalDocs",
            "discriminator",
            "deprecated",
            "readOnly",
            "writeOnly",
        ) or key.startswith("x-"):
            continue
        else:
            out[key] = openapi_to_jsonschema(value)
    if out.pop("nullable", False):
        if "type" in out:
            out["type"] = [out["type"], "null"] if isinstance(out["type"], str) else [*out["type"], "null"]
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
        if "$ref" in out or "allOf" in out or "oneOf" in out or "anyOf" in out:
            out = {"anyOf": [{"type": "null"}, out]}
    return out


METHOD_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
# Paging styles of x-pagination and the query parameters that make an operation paged.
PAGING_PARAMS = {"offset": {"offset", "limit"}, "page": {"pageNumber", "pageSize"}}


class Linter:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.document = load(path)
        self.problems: list[str] = []
        definitions = self.document.get("components", {}).get("schemas", {})
        self.definitions = {name: openapi_to_jsonschema(s) for name, s in definitions.items()}

    def problem(self, where: str, what: str) -> None:
        self.problems.append(f"{self.path.name}: {where}: {what}")

    def run(self) -> list[str]:
        try:
            validate_openapi(copy.deepcopy(self.document))
        except Exception as exc:  # the validator raises several unrelated exception types
            self.problem("document", f"not valid OpenAPI: {str(exc).splitlines()[0]}")
            return self.problems
        if self.document.get("openapi") != "3.0.3":
            self.problem("openapi", "must be 3.0.3")
        self.lint_operations()
        self.lint_sdk_extensions()
        self.lint_unused()
        self.lint_examples()
        return self.problems

    def lint_operations(self) -> None:
        declared = {t["name"]: t for t in self.document.get("tags", [])}
        for name, tag in declared.items():
            if not tag.get("description"):
                self.problem(f"tag {name}", "has no description")
        seen: dict[str, str] = {}
        for path, method, op in operations(self.document):
            where = f"{method.upper()} {path}"
            op_id = op.get("operationId")
            if not op_id:
                self.problem(where, "missing operationId")
            elif op_id in seen:
                self.problem(where, f"operationId {op_id} also used by {seen[op_id]}")
            else:
                seen[op_id] = where
            for field in ("summary", "description"):
                if not str(op.get(field, "")).strip():
                    self.problem(where, f"missing {field}")
            tags = op.get("tags") or []
            if not tags:
                self.problem(where, "no tags")
            for tag in tags:
                if tag not in declared:
                    self.problem(where, f"tag {tag!r} is not declared in the top-level tags")
            if not any(str(code).startswith("4") for code in op.get("responses", {})):
                self.problem(where, "documents no error (4xx) response")

    def lint_sdk_extensions(self) -> None:
        """``x-method-name`` on every operation, unique within its resource (first tag);
        ``x-pagination`` on every operation taking a paging pair, naming an array property."""
        names: dict[tuple[str, str], str] = {}
        for path, method, op in operations(self.document):
            where = f"{method.upper()} {path}"
            name = op.get("x-method-name")
            resource = (op.get("tags") or ["default"])[0]
            if not isinstance(name, str) or not METHOD_NAME.match(name):
                self.problem(where, "x-method-name missing or not snake_case")
            elif (resource, name) in names:
                self.problem(where, f"x-method-name {name!r} also used in tag {resource!r} by {names[resource, name]}")
            else:
                names[resource, name] = where
            params = {resolve(self.document, p).get("name") for p in op.get("parameters", [])}
            style = next((s for s, pair in PAGING_PARAMS.items() if pair <= params), None)
            paging = op.get("x-pagination")
            if style is None:
                if paging is not None:
                    self.problem(where, "x-pagination on an operation without paging parameters")
                continue
            if not isinstance(paging, dict) or paging.get("style") != style:
                self.problem(where, f"pages with {sorted(PAGING_PARAMS[style])}: needs x-pagination style {style}")
                continue
            ok = resolve(self.document, op.get("responses", {}).get("200", {}))
            schema = resolve(self.document, ok.get("content", {}).get("application/json", {}).get("schema", {}))
            items = resolve(self.document, schema.get("properties", {}).get(paging.get("items"), {}))
            if items.get("type") != "array":
                self.problem(
                    where, f"x-pagination items {paging.get('items')!r}: not an array property of the 200 body"
                )

    def lint_unused(self) -> None:
        text = json.dumps(self.document)
        for kind in COMPONENT_KINDS:
            for name in self.document.get("components", {}).get(kind, {}):
                ref = f'"#/components/{kind}/{name}"'
                if ref not in text:
                    self.problem(f"components/{kind}/{name}", "is never referenced")

    def check_example(self, where: str, schema: Any, examples: dict[str, Any]) -> None:
        if schema is None:
            return
        target = openapi_to_jsonschema(schema)
        if isinstance(target, dict):
            target = {**target, "definitions": self.definitions}
        validator = jsonschema.Draft4Validator(target)
        for name, example in examples.items():
            example = resolve(self.document, example)
            if "value" not in example:
                continue  # externalValue examples cannot be checked offline
            errors = sorted(validator.iter_errors(example["value"]), key=str)
            for error in errors[:3]:
                pointer = "/".join(str(p) for p in error.absolute_path) or "(root)"
                self.problem(f"{where} example {name!r}", f"{pointer}: {error.message[:200]}")

    def lint_examples(self) -> None:
        for path, method, op in operations(self.document):
            where = f"{method.upper()} {path}"
            for param in op.get("parameters", []) + self.document["paths"][path].get("parameters", []):
                param = resolve(self.document, param)
                self.check_example(f"{where} param {param['name']}", param.get("schema"), param.get("examples", {}))
            body = resolve(self.document, op.get("requestBody", {}))
            for media, content in body.get("content", {}).items():
                self.check_example(f"{where} body {media}", content.get("schema"), content.get("examples", {}))
            for status, response in op.get("responses", {}).items():
                response = resolve(self.document, response)
                for media, content in response.get("content", {}).items():
                    self.check_example(f"{where} {status} {media}", content.get("schema"), content.get("examples", {}))
                for header_name, header in response.get("headers", {}).items():
                    header = resolve(self.document, header)
                    self.check_example(
                        f"{where} {status} header {header_name}", header.get("schema"), header.get("examples", {})
                    )


def check_all(paths: list[Path]) -> list[str]:
    problems: list[str] = []
    for path in paths:
        if not path.exists():
            problems.append(f"{path}: missing")
            continue
        problems += Linter(path).run()
    return problems


if __name__ == "__main__":
    found = check_all([Path(arg) for arg in sys.argv[1:]])
    print("\n".join(found) or "no problems")
    sys.exit(1 if found else 0)
