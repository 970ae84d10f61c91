"""Schemathesis hooks of the strict fuzz profile (loaded with ``SCHEMATHESIS_HOOKS=tests.fuzz.hooks``).

Two checks:

- :func:`business_rule_rejection`: a schema-valid request answered with 400 must name one of the
  business rules that :mod:`tests.fuzz.business_rules` lists for its operation. Any other 400
  means the spec lets through something the simulator refuses: a spec gap (or a simulator bug),
  and the run fails.
- :func:`negative_data_rejection_as_sent`: schemathesis's own ``negative_data_rejection`` (which
  the profile turns off in its place), judged on the request that reached the server. A negative
  case whose only mutations are an unexpected query property, a removed required query
  parameter and a removed Authorization header can reach the server as a valid request: the
  property serializes to nothing (an empty array) or is itself named like the removed parameter
  (``date=2000-01-01``), and ``--auth`` puts the header back. schemathesis 4.32.5 still calls the
  rightful 200 an accepted invalid request (ST201). Exactly those mutations, each checked undone
  on the wire (no undeclared query parameter was sent; the removed parameter was sent, with a
  value its schema accepts; the Authorization header was sent), are let through; any other
  mutation, or one of these that did reach the server, goes to schemathesis's check.
"""

from __future__ import annotations

import contextlib
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import schemathesis
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import negative_data_rejection

from tests.fuzz.business_rules import BUSINESS_RULES


def error_code(body: Any) -> str | None:
    """The error code of either API's error body: Smshosting's ``errorMsg``, smsend's ``CODE: detail``."""
    if not isinstance(body, dict):
        return None
    if isinstance(body.get("errorMsg"), str):
        return str(body["errorMsg"])
    if isinstance(body.get("error"), str):
        return str(body["error"]).split(":", 1)[0]
    return None


def api_of(case: Any) -> str:
    title = str(case.operation.schema.raw_schema.get("info", {}).get("title", ""))
    return "smsend" if title.startswith("smsend") else "smshosting"


@schemathesis.check
def business_rule_rejection(ctx: Any, response: Any, case: Any) -> bool | None:
    """A schema-valid request may be refused (400) only for a business rule its operation documents."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 400:
        return None
    operation_id = case.operation.definition.raw.get("operationId")
    try:
        code = error_code(response.json())
    except ValueError:
        code = None
    allowed = BUSINESS_RULES[api_of(case)].get(operation_id, {})
    if code not in allowed:
        raise AssertionError(
            f"{operation_id}: a schema-valid request was refused with 400 {code}, which is not a business rule "
            f"of this operation (tests/fuzz/business_rules.py lists {sorted(allowed) or 'none'}): a spec gap"
        )
    return None


def _query_value_valid(case: Any, name: str, text: str) -> bool:
    """Whether the query parameter ``name`` as sent (``text``) is valid for its schema."""
    schema = case.operation.get_parameter_set(ParameterLocation.QUERY).schema.get("properties", {}).get(name)
    if schema is None:
        return False
    candidates: list[object] = [text]
    for read in (int, float):
        with contextlib.suppress(ValueError):
            candidates.append(read(text))
    if text in ("true", "false"):
        candidates.append(text == "true")
    try:
        validator = case.operation.schema.adapter.jsonschema_validator_cls(schema)
        return any(validator.is_valid(value) for value in candidates)
    except Exception:  # a schema this validator cannot read: not judged here, schemathesis judges
        return False


def _undone(mutation: Any, case: Any, request: Any) -> bool:
    """Whether ``mutation`` is one of those known to be undone, and was undone in ``request``."""
    keywords, parameter, original = tuple(mutation.keywords), mutation.parameter, mutation.original_value
    removed = [parameter] if parameter else [str(name) for name in original] if isinstance(original, list) else []
    if mutation.parameter_location == ParameterLocation.HEADER and keywords == ("required",):
        return removed == ["Authorization"] and "authorization" in request.headers
    if mutation.parameter_location != ParameterLocation.QUERY:
        return False
    # One mutation may carry both keywords: "violates `additionalProperties`, `required` (was date)".
    kinds = set(keywords)
    if not kinds or not kinds <= {"additionalProperties", "required"} or ("required" in kinds and not removed):
        return False
    declared = case.operation.get_parameter_set(ParameterLocation.QUERY)
    sent = parse_qsl(urlsplit(request.url).query, keep_blank_values=True)
    values = dict(sent)
    no_extra = "additionalProperties" not in kinds or all(name in declared for name, _ in sent)
    none_missing = all(name in values and _query_value_valid(case, name, values[name]) for name in removed)
    return no_extra and ("required" not in kinds or none_missing)


def undone_on_the_wire(case: Any, request: Any) -> bool:
    """A negative case all of whose mutations were undone before the request reached the server."""
    meta = case.meta
    mutations = getattr(meta.phase.data, "mutations", None) if meta is not None else None
    if not mutations or not meta.generation.mode.is_negative:
        return False
    return all(_undone(mutation, case, request) for mutation in mutations)


@schemathesis.check
def negative_data_rejection_as_sent(ctx: Any, response: Any, case: Any) -> bool | None:
    """schemathesis's ``negative_data_rejection``, except for a negative case undone on the wire."""
    if undone_on_the_wire(case, response.request):
        return None
    result: bool | None = negative_data_rejection(ctx, response, case)
    return result
