"""Fault injection, driven from tests or from the served simulator's control plane.

A fault targets one API and optionally one operation, and fires for the next ``count`` matching
calls: answer with an error status (optionally with ``Retry-After``) without touching state, add
latency, or perform the call and then drop the connection so the client never sees the answer.
The last one is the interesting case for "send at most once": the SMS exists, the client does not
know it.

A *late commit* (``commit_delay``) accepts the request, performs the state change that many
seconds later, and answers after that: with the response, with a dropped connection (``drop``)
or never (``no_answer``: the client waits until its own timeout).  Meanwhile every other request,
including searches that could find the pending change, is answered normally, and the change
happens even if the client gave up.  Faults never block the simulator: latency and delays are
awaited (served) or waited out in the caller's own thread (in-process).
"""

from __future__ import annotations

import math
import threading
from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class Fault:
    api: str
    operation_id: str | None = None  # None: any operation of the API
    count: int = 1
    status: int | None = None  # answer with this status instead of performing the call
    retry_after: int | None = None  # seconds, sent as Retry-After with ``status``
    latency: float = 0.0  # seconds to wait before answering
    drop: bool = False  # perform the call, then drop the connection
    commit_delay: float = 0.0  # late commit: perform the call this many seconds after accepting it
    no_answer: bool = False  # perform the call, then never answer

    def matches(self, api: str, operation_id: str) -> bool:
        return self.api == api and self.operation_id in (None, operation_id)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return (_is_int(value) or isinstance(value, float)) and math.isfinite(value)  # type: ignore[arg-type]


def _check_types(fault: Fault) -> None:
    """Control-plane input arrives as JSON: integers must be integers (a count of 1.5 would never
    reach zero), strings strings, flags booleans; Retry-After becomes a header, so it is an integer."""
    if not isinstance(fault.api, str) or not (fault.operation_id is None or isinstance(fault.operation_id, str)):
        raise ValueError("api and operation_id must be strings")
    if not _is_int(fault.count):
        raise ValueError("count must be an integer")
    for name in ("status", "retry_after"):
        value = getattr(fault, name)
        if value is not None and not _is_int(value):
            raise ValueError(f"{name} must be an integer")
    for name in ("latency", "commit_delay"):
        if not _is_number(getattr(fault, name)):
            raise ValueError(f"{name} must be a number of seconds")
    for name in ("drop", "no_answer"):
        if not isinstance(getattr(fault, name), bool):
            raise ValueError(f"{name} must be true or false")


class FaultInjector:
    MAX_LATENCY = 30.0
    MAX_COUNT = 10_000
    MAX_RETRY_AFTER = 86_400

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self.fired: dict[str, int] = {}

    def add(self, fault: Fault) -> Fault:
        _check_types(fault)
        if fault.retry_after is not None and not 0 <= fault.retry_after <= self.MAX_RETRY_AFTER:
            raise ValueError(f"retry_after must be 0..{self.MAX_RETRY_AFTER} seconds")
        if not 1 <= fault.count <= self.MAX_COUNT:
            raise ValueError(f"count must be 1..{self.MAX_COUNT}")
        if not 0 <= fault.latency <= self.MAX_LATENCY:
            raise ValueError(f"latency must be 0..{self.MAX_LATENCY} seconds")
        if fault.status is not None and not 400 <= fault.status <= 599:
            raise ValueError("status must be an HTTP error status (400-599)")
        if not 0 <= fault.commit_delay <= self.MAX_LATENCY:
            raise ValueError(f"commit_delay must be 0..{self.MAX_LATENCY} seconds")
        if fault.status is not None and (fault.drop or fault.no_answer or fault.commit_delay):
            raise ValueError("a fault with a status performs nothing: no drop, no_answer or commit_delay")
        if fault.drop and fault.no_answer:
            raise ValueError("drop and no_answer exclude each other")
        if fault.status is None and not (fault.drop or fault.latency or fault.commit_delay or fault.no_answer):
            raise ValueError("a fault needs a status, a latency, a commit_delay, drop or no_answer")
        with self._lock:
            self._faults.append(fault)
        return fault

    def take(self, api: str, operation_id: str) -> Fault | None:
        """The fault that applies to this call, if any, counting it as used."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(api, operation_id):
                    fault.count -= 1
                    if fault.count == 0:
                        self._faults.remove(fault)
                    key = f"{api}.{operation_id}"
                    self.fired[key] = self.fired.get(key, 0) + 1
                    return fault
        return None

    def pending(self) -> list[dict[str, Any]]:
        with self._lock:
            return [asdict(f) for f in self._faults]

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            self.fired.clear()
