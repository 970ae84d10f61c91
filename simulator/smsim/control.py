"""The control plane: what tests (and people developing against the served simulator) use to
reset state, seed accounts, move the clock, inject faults and read state back.

Mounted at ``/_sim`` beside the simulated APIs; JSON in, JSON out.  The same operations are
available in-process as methods of :class:`~smsim.core.Simulator` and of each API object.

- ``POST /_sim/reset``                              forget everything, re-create the demo accounts
- ``GET  /_sim/clock``                              ``{"now": <epoch seconds>, "frozen": bool}``
- ``POST /_sim/clock/advance`` ``{"seconds": n}``   move time forward (deliveries etc. catch up)
- ``GET  /_sim/specs/<api>.json``                   the API's spec, servers pointing here
- ``GET|POST|DELETE /_sim/faults``                  list, add (see :class:`~smsim.faults.Fault`), clear
- ``* /_sim/<api>/<action>``                        API-specific actions (e.g. ``smsend/accounts``)
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .core import SimResponse, json_response
from .faults import Fault

if TYPE_CHECKING:
    from .core import Simulator


class ControlError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class ControlPlane:
    def __init__(self, simulator: Simulator) -> None:
        self.sim = simulator

    def handle(self, method: str, path: str, query: str, body: bytes) -> SimResponse:
        try:
            payload = self._payload(body)
            return self._route(method, path.removeprefix("/_sim").strip("/"), payload)
        except ControlError as error:
            return json_response(error.status, {"error": str(error)})
        except (ValueError, TypeError, KeyError) as error:
            return json_response(400, {"error": f"bad control request: {error}"})

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

    def _route(self, method: str, path: str, payload: Any) -> SimResponse:
        if not isinstance(payload, dict):
            raise ControlError(400, "control plane bodies are JSON objects")
        clock = self.sim.clock
        if (method, path) == ("POST", "reset"):
            self.sim.reset()
            return json_response(200, {"reset": True})
        if (method, path) == ("GET", "clock"):
            return json_response(200, {"now": clock.now(), "frozen": clock.frozen})
        if (method, path) == ("POST", "clock/advance"):
            seconds = float(payload.get("seconds", 0))
            if not 0 <= seconds <= 10 * 365 * 86400:
                raise ControlError(400, "seconds must be between 0 and ten years")
            return json_response(200, {"now": self.sim.advance(seconds)})
        if method == "GET" and path.startswith("specs/") and path.endswith(".json"):
            return json_response(200, self.served_spec(path.removeprefix("specs/").removesuffix(".json")))
        if path == "faults":
            if method == "GET":
                return json_response(200, {"pending": self.sim.faults.pending(), "fired": self.sim.faults.fired})
            if method == "POST":
                if payload.get("api") not in self.sim.apis:
                    raise ControlError(400, f"api must be one of {sorted(self.sim.apis)}")
                fault = self.sim.faults.add(Fault(**payload))
                return json_response(201, {"added": fault.__dict__})
            if method == "DELETE":
                self.sim.faults.clear()
                return json_response(200, {"cleared": True})
        api_name, _, action = path.partition("/")
        if api_name in self.sim.apis:
            with self.sim.lock:
                result = self.sim.apis[api_name].control(method, action, payload)  # type: ignore[attr-defined]
            return json_response(200, result)
        raise ControlError(404, f"no control action {method} /_sim/{path}")
