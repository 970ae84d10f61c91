"""The simulator's request pipeline, shared by every simulated API.

A request arrives as plain values (method, raw path, query string, headers, body bytes) from any
front end: the in-process httpx transport used by tests, or the ASGI app that ``python -m smsim``
serves.  :class:`Simulator` picks the API by path prefix, validates the request against that API's
spec, then hands the validated request to the API's handler for its ``operationId``.  Every
failure on the way is turned into the API's own documented error body, never a traceback.

One lock serialises state changes: the simulator is a test double, and a single lock is the
simplest way to make concurrent credit moves and sends conserve totals exactly.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .clock import Clock
from .openapi import OpenAPISpec, RequestValidationError, ValidatedRequest, ValidationIssue

log = logging.getLogger("smsim")
SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"
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


Handler = Callable[[ValidatedRequest], SimResponse]


class Api(Protocol):
    """One simulated API: where it is mounted, its spec, its handlers and its error format."""

    name: str
    base_path: str
    spec: OpenAPISpec

    def reset(self) -> None: ...

    def handler(self, operation_id: str) -> Handler: ...

    def error(self, status: int, code: str, detail: str = "") -> SimResponse: ...

    def validation_error(self, error: RequestValidationError, operation_id: str | None) -> SimResponse: ...

    def tick(self) -> None:
        """Bring time-driven state up to the clock (called under the lock before each request)."""
        ...

    def authenticate(self, operation_id: str, headers: Mapping[str, str]) -> None:
        """Raise ApiError (401) unless the credentials in ``headers`` (lower-case names) are valid.

        Called before the request is validated, so that a caller without credentials learns
        nothing about the API beyond the 401.
        """
        ...


def describe_issues(issues: list[ValidationIssue]) -> str:
    """A short, secret-free text listing what was wrong with a request."""
    parts = []
    for issue in issues[:5]:
        where = f"{issue.location} {issue.name}".strip()
        parts.append(f"{where}: {issue.message}")
    more = f" (+{len(issues) - 5} more)" if len(issues) > 5 else ""
    return "; ".join(parts) + more


class Simulator:
    """The registry of simulated APIs, their shared clock and the control plane."""

    def __init__(self, *, clock: Clock | None = None, apis: Iterable[str] = ("smsend", "smshosting")) -> None:
        from .control import ControlPlane
        from .faults import FaultInjector

        self.clock = clock or Clock()
        self.lock = threading.RLock()
        self.faults = FaultInjector()
        self.apis: dict[str, Api] = {}
        for name in apis:
            self.apis[name] = _load_api(name, self)
        self.control = ControlPlane(self)

    def api(self, name: str) -> Any:
        """The simulated API called ``name`` (typed as Any so tests can reach its state)."""
        return self.apis[name]

    def reset(self) -> None:
        with self.lock:
            self.faults.clear()
            for api in self.apis.values():
                api.reset()

    def advance(self, seconds: float) -> float:
        """Move the clock forward and let every API catch up (deliveries, expiries)."""
        now = self.clock.advance(seconds)
        self.tick()
        return now

    def tick(self) -> None:
        with self.lock:
            for api in self.apis.values():
                api.tick()

    def mount_for(self, path: str) -> Api | None:
        for api in self.apis.values():
            if path == api.base_path or path.startswith(api.base_path + "/"):
                return api
        return None

    def handle(self, method: str, raw_path: str, query: str, headers: Mapping[str, str], body: bytes) -> SimResponse:
        """Answer one HTTP request.  ``headers`` must have lower-case names."""
        path = raw_path.split("?", 1)[0]
        if path.startswith("/_sim/") or path == "/_sim":
            return self.control.handle(method, path, query, body)
        api = self.mount_for(path)
        if api is None:
            return json_response(404, {"error": "no simulated API is mounted at this path"})
        try:
            operation_id = api.spec.match(method, path)[0].operation_id
        except RequestValidationError as error:
            return api.validation_error(error, None)
        try:
            with self.lock:
                api.authenticate(operation_id, headers)
        except ApiError as error:
            return api.error(error.status, error.code, error.detail)
        try:
            request = api.spec.validate(method, path, query, headers, body)
        except RequestValidationError as error:
            return api.validation_error(error, operation_id)
        fault = self.faults.take(api.name, request.operation_id)
        if fault is not None and fault.latency:
            time.sleep(fault.latency)  # bounded by FaultInjector.MAX_LATENCY
        if fault is not None and fault.status:
            response = api.error(fault.status, "INJECTED_FAULT", "fault injected by the control plane")
            if fault.retry_after is not None:
                response.headers.append(("retry-after", str(fault.retry_after)))
            return response
        try:
            with self.lock:
                api.tick()
                response = api.handler(request.operation_id)(request)
            # The state change is committed; the client must not learn of it.
            response.drop_connection = fault is not None and fault.drop
            return response
        except ApiError as error:
            return api.error(error.status, error.code, error.detail)
        except Exception:  # a bug in the simulator: answer in the API's format, keep the trace in the log
            log.exception("simulator bug while handling %s %s", method, path)
            return api.error(500, "GENERIC_ERROR", "internal simulator error")


def _load_api(name: str, simulator: Simulator) -> Api:
    if name == "smsend":
        from .smsend.routes import SmsendApi

        return SmsendApi(simulator)
    if name == "smshosting":
        from .smshosting.api import SmshostingApi

        return SmshostingApi(simulator)
    raise ValueError(f"unknown simulated API {name!r}")
