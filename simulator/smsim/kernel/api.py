"""The protocol every simulated API implements, and the shape of an API plugin.

An API plugin is a callable taking the simulator's :class:`~smsim.clock.Clock` and returning an
:class:`Api`; it is declared in the entry-point group ``smsim.apis`` (see :mod:`smsim.registry`).
The pipeline (:mod:`smsim.simulator`) routes a request to its operation, calls
:meth:`Api.authenticate` once, validates the request, then calls the operation's handler with
the principal that authentication returned.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from ..clock import Clock
from ..openapi import OpenAPISpec, RequestValidationError, ValidatedRequest
from .responses import SimResponse

P = TypeVar("P")

Handler = Callable[[P, ValidatedRequest], SimResponse]
"""Answers one validated request for the authenticated principal (an API's own account type)."""

ControlAction = Callable[[dict[str, Any]], Any]
"""A control-plane action: takes the JSON body (or query) as a dict, returns a JSON value."""

ControlTable = Mapping[tuple[str, str], ControlAction]
"""Control-plane actions of one API, keyed by (HTTP method, action path below ``/_sim/<api>/``)."""


class Api(Protocol[P]):
    """One simulated API: where it is mounted, its spec, its handlers and its error format."""

    @property
    def name(self) -> str: ...

    @property
    def base_path(self) -> str: ...

    @property
    def spec(self) -> OpenAPISpec: ...

    @property
    def handlers(self) -> Mapping[str, Handler[P]]:
        """The handler of every operationId of the spec."""
        ...

    @property
    def control_actions(self) -> ControlTable: ...

    def reset(self) -> None:
        """Forget all state and re-create the demo accounts."""
        ...

    def tick(self) -> None:
        """Bring time-driven state up to the clock (called under the lock before each request)."""
        ...

    def authenticate(self, operation_id: str, headers: Mapping[str, str]) -> P:
        """The principal the credentials in ``headers`` (lower-case names) stand for.

        Raises :class:`~smsim.kernel.ApiError` (401) when they are missing or wrong.  Called once
        per request, before the request is validated, so that a caller without credentials learns
        nothing about the API beyond the 401.
        """
        ...

    def error(self, status: int, code: str, detail: str = "") -> SimResponse:
        """The API's documented error body."""
        ...

    def validation_error(self, error: RequestValidationError, operation_id: str | None) -> SimResponse: ...

    def demo_credentials(self) -> list[str]:
        """Lines describing the demo accounts, printed by ``python -m smsim``."""
        ...


class ApiFactory(Protocol):
    """What the ``smsim.apis`` entry points name (usually the API's class): builds the API on the
    simulator's clock, and tells its name and mount point without building it."""

    @property
    def name(self) -> str: ...

    @property
    def base_path(self) -> str: ...

    def __call__(self, clock: Clock) -> Api[Any]: ...
