"""smsend's error bodies: ``{"result": "ERROR", "error": "<CODE>: <detail>"}`` (spec decision D22).

The published documentation only says that error details are in the body; the spec fixes this
minimal shape, and every error the simulator produces for this API, validation or business
rule, uses it.
"""

from __future__ import annotations

from ...kernel import SimResponse, describe_issues, json_response
from ...openapi import RequestValidationError


def error_response(status: int, code: str, detail: str = "") -> SimResponse:
    message = f"{code}: {detail}" if detail else code
    return json_response(status, {"result": "ERROR", "error": message})


def validation_error_response(error: RequestValidationError) -> SimResponse:
    # Routing failures keep their own status (404 unknown path, 405 method); the spec lists
    # 400/401/404 for every operation, so every other problem (media type, size) is a 400.
    status = error.status if error.status in (404, 405) else 400
    response = error_response(status, "INVALID_REQUEST", describe_issues(error.issues))
    if status == 405 and error.allow:
        response.headers.append(("allow", ", ".join(error.allow)))
    return response
