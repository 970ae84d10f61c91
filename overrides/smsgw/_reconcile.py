"""The one shape of every at-most-once helper: a plan without I/O, and two drivers.

A *plan* is a generator that yields the steps it needs and receives their results:

- :class:`Call` one generated operation; the plan receives ``read(response)``, or the
  :class:`~smsgw.errors.SmsGatewayError` it raised (``None`` for the ``absent`` error class);
- :class:`Collect` every item of a paged list (same convention for errors);
- :class:`Wait` sleep.

It returns its result or raises.  :func:`drive` and :func:`adrive` carry the steps out, sync or
async, so the decisions (what is ambiguous, what counts as proof, when to resend) are written
and tested once.  :func:`settle` is the shared sub-plan that looks a change up, with backoff,
until it shows up or the settle window (:data:`smsgw.retry.SETTLE_WINDOW`) closes.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .errors import APIConnectionError, InternalServerError, SmsGatewayError
from .pagination import Paginator
from .retry import RetryPolicy

T = TypeVar("T")


@dataclass(frozen=True)
class Call:
    operation: Any  # a generated endpoint module (sync_detailed / asyncio_detailed)
    read: Callable[[Any], Any]  # the generated Response -> what the plan receives
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    absent: type[SmsGatewayError] | None = None  # this error means "not there": the plan gets None


@dataclass(frozen=True)
class Collect:
    pages: Callable[[Any], Paginator[Any]]  # the client -> a paginator (no I/O until iterated)


@dataclass(frozen=True)
class Wait:
    seconds: float


Step = Call | Collect | Wait
Plan = Generator[Step, Any, T]
Clock = Callable[[], float]


def ambiguous(error: SmsGatewayError) -> bool:
    """Whether a failed non-idempotent call may still have been carried out (now or later)."""
    if isinstance(error, APIConnectionError):
        return error.request_sent
    return isinstance(error, InternalServerError)


@dataclass(frozen=True)
class Settled:
    """How a settle window ended: the last look-up's value (None if it failed), whether the
    change showed up, and the error of the last look-up if it failed."""

    value: Any
    complete: bool
    error: SmsGatewayError | None
    lookups: int


def settle(lookup: Step, shows: Callable[[Any], bool], policy: RetryPolicy, clock: Clock) -> Plan[Settled]:
    """Look the change up until ``shows(value)`` or until ``policy.settle_window`` has passed.

    The last look-up is made after the window closed, so a change committed at any moment of
    the window is seen.  A failed look-up does not end the window early; it only matters when
    it is the last one (then ``Settled.error`` is set and nothing is proven).
    """
    deadline = clock() + policy.settle_window
    lookups = 0
    while True:
        value = yield lookup
        lookups += 1
        failed = isinstance(value, SmsGatewayError)
        if not failed and shows(value):
            return Settled(value, True, None, lookups)
        now = clock()
        if now >= deadline:
            return Settled(None if failed else value, False, value if failed else None, lookups)
        yield Wait(min(policy.lookup_delay(lookups), deadline - now))


def _call_sync(step: Call, client: Any) -> Any:
    try:
        return step.read(step.operation.sync_detailed(*step.args, client=client, **step.kwargs))
    except SmsGatewayError as error:
        return None if step.absent is not None and isinstance(error, step.absent) else error


async def _call_async(step: Call, client: Any) -> Any:
    try:
        return step.read(await step.operation.asyncio_detailed(*step.args, client=client, **step.kwargs))
    except SmsGatewayError as error:
        return None if step.absent is not None and isinstance(error, step.absent) else error


def drive(plan: Plan[T], client: Any) -> T:
    """Carry ``plan`` out with the sync side of ``client``."""
    reply: Any = None
    while True:
        try:
            step = plan.send(reply)
        except StopIteration as done:
            result: T = done.value
            return result
        if isinstance(step, Call):
            reply = _call_sync(step, client)
        elif isinstance(step, Collect):
            try:
                reply = list(step.pages(client))
            except SmsGatewayError as error:
                reply = error
        else:
            time.sleep(step.seconds)
            reply = None


async def adrive(plan: Plan[T], client: Any) -> T:
    """Carry ``plan`` out with the async side of ``client``."""
    reply: Any = None
    while True:
        try:
            step = plan.send(reply)
        except StopIteration as done:
            result: T = done.value
            return result
        if isinstance(step, Call):
            reply = await _call_async(step, client)
        elif isinstance(step, Collect):
            try:
                reply = [item async for item in step.pages(client)]
            except SmsGatewayError as error:
                reply = error
        else:
            await asyncio.sleep(step.seconds)
            reply = None


def policy_of(client: Any) -> RetryPolicy:
    """The retry policy a client built by the overrides runs with (its settle window included).

    Reads the httpx clients the generated ``client`` already holds, sync or async, without
    building one (``get_httpx_client()`` would make a default sync client for an async-only one).
    """
    for http in (getattr(client, "_client", None), getattr(client, "_async_client", None)):
        policy = getattr(getattr(http, "_transport", None), "policy", None)
        if isinstance(policy, RetryPolicy):
            return policy
    return RetryPolicy()
