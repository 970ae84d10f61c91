"""The validator's public types (the validated request, the issues of a refused one) and shared constants."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import yaml

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
