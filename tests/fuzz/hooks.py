"""Schemathesis hooks of the strict fuzz profile (loaded with ``SCHEMATHESIS_HOOKS=tests.fuzz.hooks``).

One extra check, :func:`business_rule_rejection`: a schema-valid request answered with 400 must
name one of the business rules that :mod:`tests.fuzz.business_rules` lists for its operation.
Any other 400 means the spec lets through something the simulator refuses: a spec gap (or a
simulator bug), and the run fails.
"""

from __future__ import annotations

from typing import Any

import schemathesis

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
