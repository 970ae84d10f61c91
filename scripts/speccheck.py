"""Is a spec a valid OpenAPI 3.0.3 document? What ``regenerate`` needs to know without Node.

Style and completeness rules (operationIds, tags, descriptions, documented errors, examples that
validate, unused components) are Redocly's, run by ``spectools lint`` with ``redocly.yaml``.
This module only decides whether the generator can be given the document, and says what is
wrong in one line per problem: the file, the line, the JSON pointer of the place and what is
wrong there. The four kinds it reports:

- YAML that does not parse (with the line of the problem and of the block it is in), and keys
  given twice in one mapping (YAML would keep the last one without a word);
- ``$ref`` that does not resolve (a missing component, a typo, an external file);
- unknown keys and values of the wrong type or outside the allowed set, found with the
  OpenAPI 3.0 JSON Schema (the same one openapi-spec-validator uses), reporting the innermost
  failure rather than "not valid under any of the given schemas";
- what openapi-spec-validator finds beyond the schema (e.g. path parameters not declared).

``--verbose`` (``./scripts/regenerate --verbose``) adds the validator's full explanation.
Run it alone with ``python -m scripts.speccheck spec/*.yaml``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from jsonschema.exceptions import ValidationError

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
Pointer = tuple[str, ...]
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class SpecProblem:
    """One thing wrong with a spec, located by line and JSON pointer."""

    file: str
    line: int
    pointer: str
    message: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.pointer}: {self.message}"

    def verbose(self) -> str:
        if not self.detail:
            return str(self)
        return str(self) + "\n" + "\n".join(f"    {line}" for line in self.detail.splitlines())


class SpecError(Exception):
    """A spec that cannot be loaded at all (a YAML syntax error, not a mapping)."""

    def __init__(self, problem: SpecProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass
class Spec:
    """A loaded spec and the line of every place in it (1-based), by JSON pointer."""

    path: Path
    document: dict[str, Any]
    lines: dict[Pointer, int] = field(default_factory=dict)
    # Keys given twice in one mapping (YAML keeps the last silently): (pointer, first line).
    duplicates: list[tuple[Pointer, int]] = field(default_factory=list)

    def line_of(self, pointer: Iterable[object]) -> int:
        """The line of ``pointer``, or of its nearest ancestor that has one."""
        parts = tuple(str(p) for p in pointer)
        while parts and parts not in self.lines:
            parts = parts[:-1]
        return self.lines.get(parts, 1)

    def problem(self, pointer: Iterable[object], message: str, detail: str = "") -> SpecProblem:
        parts = [str(p) for p in pointer]
        return SpecProblem(display(self.path), self.line_of(parts), json_pointer(parts), message, detail)


def display(path: Path) -> str:
    """``spec/smsend.yaml`` when under the working directory, else the path as given."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def json_pointer(parts: Sequence[str]) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _record_lines(node: yaml.Node, here: Pointer, spec: Spec) -> None:
    spec.lines.setdefault(here, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            child = (*here, str(key.value))
            if child[-1] in seen:
                spec.duplicates.append((child, spec.lines[child]))
            seen.add(child[-1])
            spec.lines[child] = key.start_mark.line + 1
            _record_lines(value, child, spec)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, (*here, str(index)), spec)


def load_spec(path: Path) -> Spec:
    """Parse ``path`` and note the line of every key; :class:`SpecError` if it is not YAML."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SpecError(SpecProblem(display(path), 0, "#", f"cannot be read: {error.strerror or error}")) from None
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        document = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        what = " ".join(str(part) for part in (error.problem, error.context) if part)
        if error.context_mark and error.problem_mark and error.context_mark.line != error.problem_mark.line:
            what += f" (the block that starts on line {error.context_mark.line + 1})"
        raise SpecError(SpecProblem(display(path), line, "#", f"YAML syntax: {what}", str(error))) from None
    except yaml.YAMLError as error:
        raise SpecError(SpecProblem(display(path), 0, "#", f"YAML: {error}")) from None
    finally:
        loader.dispose()
    if not isinstance(document, dict):
        raise SpecError(SpecProblem(display(path), 1, "#", "not a YAML mapping (an OpenAPI document is one)"))
    spec = Spec(path, document)
    _record_lines(node, (), spec)
    return spec


def load(path: Path) -> dict[str, Any]:
    """The document of a spec (no line numbers); ``ValueError`` naming the problem otherwise."""
    try:
        return load_spec(path).document
    except SpecError as error:
        raise ValueError(str(error)) from None


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) of every operation, in document order (callbacks excluded)."""
    for path, item in (document.get("paths") or {}).items():
        for method in item:
            if method in HTTP_METHODS:
                yield path, method, item[method]


def _pointer_parts(ref: str) -> list[str]:
    return [part.replace("~1", "/").replace("~0", "~") for part in ref[2:].split("/")]


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` chains (``#/components/...``); ``ValueError`` when one does not resolve."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or ref in seen or not ref.startswith("#/"):
            raise ValueError(f"unresolvable $ref {ref}")
        seen.add(ref)
        node = document
        for part in _pointer_parts(ref):
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise ValueError(f"unresolvable $ref {ref}")
    return node


# ------------------------------------------------------------------------------------- checks


def _refs(node: Any, here: Pointer = ()) -> Iterator[tuple[Pointer, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield (*here, "$ref"), value
            else:
                yield from _refs(value, (*here, str(key)))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _refs(item, (*here, str(index)))


def ref_problems(spec: Spec) -> list[SpecProblem]:
    problems = []
    for where, ref in _refs(spec.document):
        if not isinstance(ref, str):
            problems.append(spec.problem(where, f"$ref must be a string, not {_short(ref)}"))
        elif not ref.startswith("#/"):
            problems.append(spec.problem(where, f"$ref {ref} points outside this file (a spec is one file)"))
        else:
            try:
                resolve(spec.document, {"$ref": ref})
            except ValueError:
                problems.append(spec.problem(where, f"$ref {ref} does not resolve: no such place in this file"))
    return problems


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _innermost(error: ValidationError) -> ValidationError:
    """Descend through oneOf/anyOf to the failure that explains the most.

    An OpenAPI object that may also be a ``$ref`` fails both alternatives; the ``$ref`` one
    ("'$ref' is a required property") never explains anything, and the deepest failure in the
    other one names the key or value at fault.
    """
    while error.context:
        candidates = [e for e in error.context if not (e.validator == "required" and "'$ref'" in e.message)]
        error = max(
            candidates or error.context,
            key=lambda e: (len(e.absolute_path), e.validator not in ("oneOf", "anyOf")),
        )
    return error


def _schema_problem(spec: Spec, error: ValidationError) -> SpecProblem:
    inner = _innermost(error)
    where = list(inner.absolute_path)
    detail = str(inner)
    if inner.validator == "additionalProperties" and isinstance(inner.instance, dict):
        schema = inner.schema if isinstance(inner.schema, dict) else {}
        allowed = schema.get("properties") or {}
        patterns = schema.get("patternProperties") or {}
        unknown = [
            str(key)
            for key in inner.instance
            if key not in allowed and not any(re.search(pattern, str(key)) for pattern in patterns)
        ]
        extension = " (only x- extensions may be added)" if "^x-" in patterns else ""
        if unknown:
            return spec.problem(
                [*where, unknown[0]],
                f"unknown key{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}{extension}",
                detail,
            )
    if inner.validator == "type":
        return spec.problem(where, f"{_short(inner.instance)} is not of type {inner.validator_value}", detail)
    if inner.validator == "enum":
        choices = ", ".join(str(v) for v in inner.validator_value)
        return spec.problem(where, f"{_short(inner.instance)} is not one of: {choices}", detail)
    message = inner.message
    if len(message) > 160:
        message = message[:157] + "..."
    return spec.problem(where, message, detail)


_SCHEMA_VALIDATOR: Any = None


def _schema_validator() -> Any:
    global _SCHEMA_VALIDATOR
    if _SCHEMA_VALIDATOR is None:
        from openapi_spec_validator.schemas import schema_v30

        _SCHEMA_VALIDATOR = jsonschema.validators.validator_for(schema_v30)(schema_v30)
    return _SCHEMA_VALIDATOR


def schema_problems(spec: Spec) -> list[SpecProblem]:
    """Unknown keys, wrong types and values, missing required keys (OpenAPI 3.0 JSON Schema)."""
    errors = sorted(_schema_validator().iter_errors(spec.document), key=lambda e: list(map(str, e.absolute_path)))
    return [_schema_problem(spec, error) for error in errors]


def validator_problems(spec: Spec) -> list[SpecProblem]:
    """openapi-spec-validator's checks beyond the schema (run once the schema passes)."""
    from openapi_spec_validator import OpenAPIV30SpecValidator

    problems = []
    for error in OpenAPIV30SpecValidator(spec.document).iter_errors():
        first = str(error.message).splitlines()[0] if error.message else type(error).__name__
        if len(first) > 160:
            first = first[:157] + "..."
        problems.append(spec.problem(list(error.absolute_path), first, str(error)))
    return problems


METHOD_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
# Paging styles of x-pagination and the query parameters that make an operation paged.
PAGING_PARAMS = {"offset": {"offset", "limit"}, "page": {"pageNumber", "pageSize"}}


def sdk_extension_problems(spec: Spec) -> list[SpecProblem]:
    """What the typed surface is generated from (regenerate needs it): ``x-method-name`` on every
    operation, unique within its resource (first tag); ``x-pagination`` on every operation taking a
    paging pair, naming an array property of the 200 body."""
    document = spec.document
    problems: list[SpecProblem] = []
    names: dict[tuple[str, str], str] = {}
    for path, method, op in operations(document):
        where = f"{method.upper()} {path}"
        here = ["paths", path, method]
        name = op.get("x-method-name")
        resource = (op.get("tags") or ["default"])[0]
        if not isinstance(name, str) or not METHOD_NAME.match(name):
            problems.append(spec.problem(here, "x-method-name missing or not snake_case"))
        elif (resource, name) in names:
            problems.append(
                spec.problem(
                    [*here, "x-method-name"], f"{name!r} also used in tag {resource!r} by {names[resource, name]}"
                )
            )
        else:
            names[resource, name] = where
        params = {resolve(document, p).get("name") for p in op.get("parameters", [])}
        style = next((s for s, pair in PAGING_PARAMS.items() if pair <= params), None)
        paging = op.get("x-pagination")
        if style is None:
            if paging is not None:
                problems.append(spec.problem([*here, "x-pagination"], "on an operation without paging parameters"))
            continue
        if not isinstance(paging, dict) or paging.get("style") != style:
            problems.append(
                spec.problem(here, f"pages with {sorted(PAGING_PARAMS[style])}: needs x-pagination style {style}")
            )
            continue
        ok = resolve(document, op.get("responses", {}).get("200", {}))
        schema = resolve(document, ok.get("content", {}).get("application/json", {}).get("schema", {}))
        items = resolve(document, schema.get("properties", {}).get(paging.get("items"), {}))
        if items.get("type") != "array":
            problems.append(
                spec.problem(
                    [*here, "x-pagination"], f"items {paging.get('items')!r}: not an array property of the 200 body"
                )
            )
    return problems


def check_spec(path: Path) -> list[SpecProblem]:
    """Every validity problem of one spec; empty when the generator may be given it."""
    try:
        spec = load_spec(path)
    except SpecError as error:
        return [error.problem]
    problems = [
        spec.problem(where, f"duplicate key {where[-1]} (also on line {first}; YAML keeps only the last)")
        for where, first in spec.duplicates
    ]
    problems += ref_problems(spec)
    if spec.document.get("openapi") != "3.0.3":
        problems.append(spec.problem(["openapi"], f"must be 3.0.3, not {_short(spec.document.get('openapi'))}"))
    if problems:
        return problems  # the validators would stumble over these with far worse messages
    try:
        found = validator_problems(spec)
    except Exception as error:  # the validator raises several unrelated exception types
        first = (str(error).splitlines() or [type(error).__name__])[0][:160]
        found = [spec.problem([], f"not valid OpenAPI: {first}", str(error))]
    if not found:
        return sdk_extension_problems(spec)
    # The validator's own messages hold whole objects as JSON; the schema pass (slower, so run
    # only on a spec that failed) names the innermost key or value at fault.
    return schema_problems(spec) or found


def check_all(paths: Iterable[Path]) -> list[SpecProblem]:
    return [problem for path in paths for problem in check_spec(path)]


def report(problems: Sequence[SpecProblem], verbose: bool = False) -> str:
    """One line per problem (with the validator's explanation under it when ``verbose``)."""
    lines = [problem.verbose() if verbose else str(problem) for problem in problems]
    lines.append(f"{len(problems)} spec problem(s)" + ("" if verbose else "; --verbose shows the full detail"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.speccheck", description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="+", type=Path, help="spec files to check")
    parser.add_argument("--verbose", action="store_true", help="show the validator's full explanation")
    args = parser.parse_args(argv)
    problems = check_all(args.specs)
    if problems:
        print(report(problems, args.verbose), file=sys.stderr)
        return 1
    print("no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
