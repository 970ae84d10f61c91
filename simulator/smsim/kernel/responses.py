"""What every simulated API answers with: responses, the handler error, issue summaries."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..openapi import ValidationIssue

MAX_BODY_BYTES = 1_000_000


@dataclass
class SimResponse:
    """What the simulator answers: a status, headers and an already encoded body."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    # Set by fault injection: the state change happened but the connection must be dropped
    # before the client sees this response.
    drop_connection: bool = False
    # Set by fault injection: the state change happened and no answer is ever sent (the client
    # waits until its own read timeout).
    no_answer: bool = False

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        return next((v for k, v in self.headers if k.lower() == lowered), None)

    def json(self) -> Any:
        return json.loads(self.body)


def json_response(status: int, payload: Any, headers: Iterable[tuple[str, str]] = ()) -> SimResponse:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    return SimResponse(status, [("content-type", "application/json"), *headers], body)


def empty_response(status: int, headers: Iterable[tuple[str, str]] = ()) -> SimResponse:
    return SimResponse(status, list(headers), b"")


def text_response(status: int, text: str) -> SimResponse:
    return SimResponse(status, [("content-type", "text/plain; charset=utf-8")], text.encode())


class ApiError(Exception):
    """Raised by handlers to answer with the API's documented error body."""

    def __init__(self, status: int, code: str, detail: str = "") -> None:
        super().__init__(f"{status} {code} {detail}".strip())
        self.status = status
        self.code = code
        self.detail = detail


def describe_issues(issues: list[ValidationIssue]) -> str:
    """A short, secret-free text listing what was wrong with a request."""
    parts = []
    for issue in issues[:5]:
        where = f"{issue.location} {issue.name}".strip()
        parts.append(f"{where}: {issue.message}")
    more = f" (+{len(issues) - 5} more)" if len(issues) > 5 else ""
    return "; ".join(parts) + more
