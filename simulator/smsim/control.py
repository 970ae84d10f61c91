"""The control plane: what tests (and people developing against the served simulator) use to
reset state, seed accounts, move the clock, inject faults and read state back.

Mounted at ``/_sim`` beside the simulated APIs; JSON in, JSON out.  Two dispatch tables: the
shared plane's (:data:`SHARED_ROUTES`) and one per API (its ``control_actions``, under
``/_sim/<api>/``).  The same routes answer in-process (:meth:`ControlPlane.call`) and served.

- ``POST /_sim/reset``                              forget everything, re-create the demo accounts
- ``GET  /_sim/clock``                              ``{"now": <epoch seconds>, "frozen": bool}``
- ``POST /_sim/clock/advance`` ``{"seconds": n}``   move time forward (deliveries etc. catch up)
- ``GET  /_sim/specs/<api>.json``                   the API's spec, servers pointing here
- ``GET|POST|DELETE /_sim/faults``                  list, add (see :class:`~smsim.faults.Fault`), clear
- ``* /_sim/<api>/<action>``                        API-specific actions (e.g. ``smsend/accounts``)
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from .clock import Clock
from .faults import Fault, FaultInjector
from .kernel import Api, SimResponse, json_response


class ControlledSimulator(Protocol):
    """What the control plane drives (a :class:`~smsim.simulator.Simulator`)."""

    clock: Clock
    lock: threading.RLock
    faults: FaultInjector
    apis: dict[str, Api[Any]]

    def reset(self) -> None: ...

    def advance(self, seconds: float) -> float: ...


class ControlError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


SharedRoute = Callable[["ControlPlane", str, dict[str, Any]], tuple[int, Any]]
"""A shared-plane action: (plane, the rest of the path, payload) -> (status, JSON value)."""


def _reset(plane: ControlPlane, rest: str, payload: dict[str, Any]) -> tuple[int, Any]:
    plane.sim.reset()
    return 200, {"reset": True}


def _clock(plane: ControlPlane, rest: str, payload: dict[str, Any]) -> tuple[int, Any]:
    return 200, {"now": plane.sim.clock.now(), "frozen": plane.sim.clock.frozen}


def _advance(plane: ControlPlane, rest: str, payload: dict[str, Any]) -> tuple[int, Any]:
    seconds = payload.get("seconds", 0)
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not 0 <= seconds <= 10 * 365 * 86400:
        raise ControlError(400, "seconds must be between 0 and ten years")
    return 200, {"now": plane.sim.advance(float(seconds))}


def _spec(plane: ControlPlane, rest: str, payload: dict[str, Any]) -> tuple[int, Any]:
    if not rest.endswith(".json"):
        raise ControlError(404, "specs are served as /_sim/specs/<api>.json")
    return 200, plane.served_spec(rest.removesuffix(".json"))


def _list_faults(plane: ControlPlane, rest: str, payload: dict[str, Any]) -> tuple[int, Any]:
    return 200, {"pending": plane.sim.faults.pending(), "fired": plane.sim.faults.fired}


def _add_fault(plane: ControlPlane, rest: str, payload: dict[str, Any]) -> tuple[int, Any]:
    if payload.get("api") not in plane.sim.apis:
        raise ControlError(400, f"api must be one of {sorted(plane.sim.apis)}")
    fault = plane.sim.faults.add(Fault(**payload))
    return 201, {"added": fault.__dict__}


def _clear_faults(plane: ControlPlane, rest: str, payload: dict[str, Any]) -> tuple[int, Any]:
    plane.sim.faults.clear()
    return 200, {"cleared": True}


# (method, path) -> action; a path ending in "/" matches every path below it (the rest is passed on).
SHARED_ROUTES: Mapping[tuple[str, str], SharedRoute] = {
    ("POST", "reset"): _reset,
    ("GET", "clock"): _clock,
    ("POST", "clock/advance"): _advance,
    ("GET", "specs/"): _spec,
    ("GET", "faults"): _list_faults,
    ("POST", "faults"): _add_fault,
    ("DELETE", "faults"): _clear_faults,
}


class ControlPlane:
    def __init__(self, simulator: ControlledSimulator) -> None:
        self.sim = simulator

    def handle(self, method: str, path: str, query: str, body: bytes) -> SimResponse:
        """Answer a control-plane HTTP request (``path`` starts with ``/_sim``)."""
        try:
            status, value = self.route(method, path.removeprefix("/_sim"), self._payload(body))
        except ControlError as error:
            return json_response(error.status, {"error": str(error)})
        return json_response(status, value)

    def call(self, method: str, path: str, payload: dict[str, Any] | None = None) -> Any:
        """The same routes in-process: the JSON value answered, ControlError on an error status."""
        status, value = self.route(method, path, payload or {})
        if status >= 400:
            raise ControlError(status, str(value.get("error") if isinstance(value, dict) else value))
        return value

    def route(self, method: str, path: str, payload: Any) -> tuple[int, Any]:
        """Dispatch ``method path`` (below ``/_sim``) through the tables: (status, JSON value)."""
        path = path.strip("/")
        try:
            if not isinstance(payload, dict):
                raise ControlError(400, "control plane bodies are JSON objects")
            shared = SHARED_ROUTES.get((method, path))
            if shared is not None:
                return shared(self, "", payload)
            head, sep, rest = path.partition("/")
            below = SHARED_ROUTES.get((method, head + "/")) if sep else None
            if below is not None:
                return below(self, rest, payload)
            api = self.sim.apis.get(head)
            action = api.control_actions.get((method, rest)) if api is not None else None
            if action is None:
                raise ControlError(404, f"no control action {method} /_sim/{path}")
            with self.sim.lock:
                return 200, action(payload)
        except ControlError as error:
            return error.status, {"error": str(error)}
        except (ValueError, TypeError, KeyError) as error:
            return 400, {"error": f"bad control request: {error}"}

    @staticmethod
    def _payload(body: bytes) -> Any:
        if not body.strip():
            return {}
        try:
            return json.loads(body)
        except (ValueError, RecursionError) as error:
            raise ControlError(400, "control plane bodies are JSON objects") from error

    def served_spec(self, name: str) -> dict[str, Any]:
        """The spec of a simulated API with ``servers`` pointing at the simulator itself.

        Lets schemathesis (or any OpenAPI tool) run against the served simulator with only the
        spec URL: ``schemathesis run http://127.0.0.1:8765/_sim/specs/smsend.json``.
        """
        api = self.sim.apis.get(name)
        if api is None:
            raise ControlError(404, f"no simulated API {name!r}")
        document = dict(api.spec.raw)
        document["servers"] = [{"url": api.base_path, "description": "this simulator"}]
        return document
