"""The simulator's request pipeline, shared by every simulated API.

A request arrives as plain values (method, raw path, query string, headers, body bytes) from any
front end: the in-process httpx transport used by tests, or the ASGI app that ``python -m smsim``
serves.  :meth:`Simulator.accept` picks the API by path prefix, authenticates the caller once,
validates the request against that API's spec and returns a :class:`Call`; running the call hands
the validated request and the principal to the API's handler for its ``operationId``.  Every
failure on the way is turned into the API's own documented error body, never a traceback.

Faults (:mod:`.faults`) only ever make the one faulty call wait: the front ends await latency
(served) or wait in the caller's own thread (in-process), and a late commit runs on a timer, so
every other request keeps being answered meanwhile.

One lock serialises state changes: the simulator is a test double, and a single lock is the
simplest way to make concurrent credit moves and sends conserve totals exactly.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from . import registry
from .clock import Clock
from .control import ControlPlane
from .faults import Fault, FaultInjector
from .kernel import Api, ApiError, SimResponse, json_response
from .openapi import RequestValidationError, ValidatedRequest

log = logging.getLogger("smsim")
A = TypeVar("A")


class Call:
    """A request that passed routing, authentication and validation, waiting to be run.

    :meth:`commit` runs the handler (once, under the simulator's lock).  A front end first waits
    :attr:`latency`, answers :meth:`fault_response` when there is one, and otherwise commits,
    right away or, when :attr:`commit_delay` is set, from a timer (:meth:`commit_later`).
    """

    def __init__(
        self, simulator: Simulator, api: Api[Any], principal: Any, request: ValidatedRequest, fault: Fault | None
    ) -> None:
        self.simulator = simulator
        self.api = api
        self.principal = principal
        self.request = request
        self.fault = fault
        self._once = threading.Lock()
        # Only a delayed commit is waited for (an Event costs microseconds on every request).
        self._done: threading.Event | None = None
        self._response: SimResponse | None = None

    @property
    def latency(self) -> float:
        return self.fault.latency if self.fault is not None else 0.0

    @property
    def commit_delay(self) -> float:
        return self.fault.commit_delay if self.fault is not None else 0.0

    def fault_response(self) -> SimResponse | None:
        """The injected error answer (no state change), if the fault has a status."""
        if self.fault is None or self.fault.status is None:
            return None
        response = self.api.error(self.fault.status, "INJECTED_FAULT", "fault injected by the control plane")
        if self.fault.retry_after is not None:
            response.headers.append(("retry-after", str(self.fault.retry_after)))
        return response

    def commit(self) -> SimResponse:
        """Run the handler (the state change) once; later calls return the same response."""
        with self._once:
            if self._response is None:
                self._response = self._run()
                if self._done is not None:
                    self._done.set()
            return self._response

    def commit_later(self) -> None:
        """Commit after :attr:`commit_delay` seconds on a timer thread, whether or not anyone waits."""
        with self._once:
            if self._done is None:
                self._done = threading.Event()
                if self._response is not None:
                    self._done.set()
        timer = threading.Timer(self.commit_delay, self.commit)
        timer.daemon = True
        timer.start()

    def wait(self, timeout: float | None) -> SimResponse | None:
        """The response once committed, or None if ``timeout`` seconds passed first.

        Only for a call committed by :meth:`commit` or after :meth:`commit_later`."""
        if self._done is None:
            return self._response
        return self._response if self._done.wait(timeout) else None

    def _run(self) -> SimResponse:
        api, request = self.api, self.request
        try:
            with self.simulator.lock:
                api.tick()
                response = api.handlers[request.operation_id](self.principal, request)
        except ApiError as error:
            return api.error(error.status, error.code, error.detail)
        except Exception:  # a bug in the simulator: answer in the API's format, keep the trace in the log
            log.exception("simulator bug while handling %s.%s", api.name, request.operation_id)
            return api.error(500, "GENERIC_ERROR", "internal simulator error")
        # The state change is committed; the client must not learn of it.
        if self.fault is not None:
            response.drop_connection = self.fault.drop
            response.no_answer = self.fault.no_answer
        return response


class Simulator:
    """The simulated APIs (loaded by name from the registry), their shared clock and the control plane."""

    def __init__(self, *, clock: Clock | None = None, apis: Iterable[str] | None = None) -> None:
        self.clock = clock or Clock()
        self.lock = threading.RLock()
        self.faults = FaultInjector()
        self.apis: dict[str, Api[Any]] = {}
        for name in registry.api_names() if apis is None else apis:
            self.apis[name] = registry.load(name)(self.clock)
        self.control = ControlPlane(self)

    def api(self, kind: type[A]) -> A:
        """The simulated API of class ``kind`` (e.g. ``sim.api(SmsendApi).state``), typed."""
        for api in self.apis.values():
            if isinstance(api, kind):
                return api
        raise LookupError(f"no simulated API of type {kind.__name__}")

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

    def mount_for(self, path: str) -> Api[Any] | None:
        for api in self.apis.values():
            if path == api.base_path or path.startswith(api.base_path + "/"):
                return api
        return None

    def accept(
        self, method: str, raw_path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> SimResponse | Call:
        """Route, authenticate (once) and validate a request: its answer, or the call to run.

        ``headers`` must have lower-case names.
        """
        path = raw_path.split("?", 1)[0]
        if path.startswith("/_sim/") or path == "/_sim":
            return self.control.handle(method, path, query, body)
        api = self.mount_for(path)
        if api is None:
            return json_response(404, {"error": "no simulated API is mounted at this path"})
        try:
            route = api.spec.match(method, path)
        except RequestValidationError as error:
            return api.validation_error(error, None)
        operation_id = route[0].operation_id
        try:
            with self.lock:
                principal = api.authenticate(operation_id, headers)
        except ApiError as error:
            return api.error(error.status, error.code, error.detail)
        try:
            request = api.spec.validate(method, path, query, headers, body, route)
        except RequestValidationError as error:
            return api.validation_error(error, operation_id)
        return Call(self, api, principal, request, self.faults.take(api.name, request.operation_id))

    def handle(self, method: str, raw_path: str, query: str, headers: Mapping[str, str], body: bytes) -> SimResponse:
        """Answer one HTTP request, waiting out faults in the caller's thread (never under the lock).

        A response marked ``no_answer`` or ``drop_connection`` is for the front end to act on.
        """
        call = self.accept(method, raw_path, query, headers, body)
        if isinstance(call, SimResponse):
            return call
        if call.latency:
            time.sleep(call.latency)  # bounded by FaultInjector.MAX_LATENCY
        injected = call.fault_response()
        if injected is not None:
            return injected
        if call.commit_delay:
            call.commit_later()
            response = call.wait(None)
            assert response is not None  # waited without a timeout
            return response
        return call.commit()
