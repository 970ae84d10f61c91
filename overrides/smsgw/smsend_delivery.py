"""Send an smsend SMS at most once, lose nothing: reconcile by ``order_id``.

smsend lets the caller choose an SMS order's ``order_id`` and refuses a second order with the
same id (spec decision S8); ``GET /sms/{order_id}`` reads an order back.  So every send made
here carries an ``order_id`` (one is generated when the request has none), and when a send
fails in a way that leaves its outcome unknown (a timeout or a dropped connection after the
request left, or a 5xx), :func:`send_sms_once` asks for the order before deciding anything:

- the order exists -> nothing is sent again (``already_accepted``);
- it does not (404) -> the same request, same ``order_id``, is sent again (``resent``); if the
  lost attempt commits late, the gateway refuses the repeat as a duplicate, and the order is
  then found (``already_accepted``): never two orders.

A failure that is not ambiguous is not reconciled: when the connection could not be opened
nothing was sent and the request simply goes again; a 4xx is the caller's to fix and is raised
(including a duplicate ``order_id`` on the first attempt: that id was used before).  If a lookup
fails, :class:`~smsgw.errors.OutcomeUnknownError` names the ``order_id`` to check.  When the last
attempt fails and the lookup proved nothing was sent, the failure is raised: the SMS is reported
as not sent, never silently dropped.

As in :mod:`smsgw.delivery`, the decision is written once as a plan of steps (send, look up,
wait); :func:`send_sms_once` and :func:`asend_sms_once` only carry them out.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any, Literal

import attrs
from smsend_client import Client
from smsend_client.api.sms import get_sms_state, send_sms
from smsend_client.models import SendSmsRequest, SendSmsResult, SmsState

from .errors import (
    APIConnectionError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    OutcomeUnknownError,
    SmsGatewayError,
)
from .retry import RetryPolicy
from .smsend import unwrap

Outcome = Literal["sent", "already_accepted", "resent"]
DEFAULT_ATTEMPTS = 3


@dataclass(frozen=True)
class SendOnceResult:
    """What happened to one logical send."""

    order_id: str
    outcome: Outcome
    # The gateway's answer to the send that went through (None when that answer was lost and the
    # order was found instead).
    response: SendSmsResult | None
    # The order as found by the reconciliation lookup (None when none was needed).
    found: SmsState | None = None


@dataclass(frozen=True)
class _Send:
    body: SendSmsRequest


@dataclass(frozen=True)
class _Lookup:
    order_id: str


@dataclass(frozen=True)
class _Wait:
    seconds: float


Plan = Generator[_Send | _Lookup | _Wait, Any, SendOnceResult]


def new_order_id() -> str:
    """A fresh order id: 32 hex digits (the API allows up to 32 of ``[A-Za-z0-9_.-]``)."""
    return uuid.uuid4().hex


def _with_order_id(body: SendSmsRequest) -> SendSmsRequest:
    return body if isinstance(body.order_id, str) and body.order_id else attrs.evolve(body, order_id=new_order_id())


def _duplicate(error: SmsGatewayError) -> bool:
    return isinstance(error, BadRequestError) and error.code == "DUPLICATE_ORDER_ID"


def _plan(body: SendSmsRequest, attempts: int, policy: RetryPolicy) -> Plan:
    order_id = str(body.order_id)
    outcome: Outcome = "sent"
    ambiguous_before = False
    for attempt in range(1, attempts + 1):
        answer = yield _Send(body)
        if isinstance(answer, SendSmsResult):
            return SendOnceResult(order_id, outcome, answer)
        failure: SmsGatewayError = answer
        duplicate_of_ours = ambiguous_before and _duplicate(failure)
        if isinstance(failure, APIConnectionError) and not failure.request_sent:
            pass  # nothing reached the gateway: the same request may simply go again
        elif duplicate_of_ours or isinstance(failure, APIConnectionError | InternalServerError):
            ambiguous_before = True
            found = yield _Lookup(order_id)
            if isinstance(found, SmsState):
                return SendOnceResult(order_id, "already_accepted", None, found)
            if not isinstance(found, NotFoundError):
                raise OutcomeUnknownError(
                    f"send failed ambiguously ({failure}) and the lookup failed too ({found})",
                    operation="sendSms",
                    check={"order_id": order_id},
                ) from None
            outcome = "resent"
        else:
            raise failure  # a 4xx: the request itself is wrong
        if attempt == attempts:
            raise failure
        yield _Wait(policy.delay(attempt, None))
    raise AssertionError("unreachable: the loop returns or raises")


def _policy(client: Client) -> RetryPolicy:
    transport = getattr(client.get_httpx_client(), "_transport", None)
    policy = getattr(transport, "policy", None)
    return policy if isinstance(policy, RetryPolicy) else RetryPolicy()


def send_sms_once(client: Client, body: SendSmsRequest, *, attempts: int = DEFAULT_ATTEMPTS) -> SendOnceResult:
    """Send ``body`` at most once (one order); see the module docstring."""
    plan = _plan(_with_order_id(body), attempts, _policy(client))
    reply: Any = None
    while True:
        try:
            step = plan.send(reply)
        except StopIteration as done:
            result: SendOnceResult = done.value
            return result
        try:
            if isinstance(step, _Send):
                reply = unwrap(send_sms.sync_detailed(client=client, body=step.body), SendSmsResult)
            elif isinstance(step, _Lookup):
                reply = unwrap(get_sms_state.sync_detailed(step.order_id, client=client), SmsState)
            else:
                time.sleep(step.seconds)
                reply = None
        except SmsGatewayError as error:
            reply = error


async def asend_sms_once(client: Client, body: SendSmsRequest, *, attempts: int = DEFAULT_ATTEMPTS) -> SendOnceResult:
    """The async twin of :func:`send_sms_once`."""
    plan = _plan(_with_order_id(body), attempts, _policy(client))
    reply: Any = None
    while True:
        try:
            step = plan.send(reply)
        except StopIteration as done:
            result: SendOnceResult = done.value
            return result
        try:
            if isinstance(step, _Send):
                reply = unwrap(await send_sms.asyncio_detailed(client=client, body=step.body), SendSmsResult)
            elif isinstance(step, _Lookup):
                reply = unwrap(await get_sms_state.asyncio_detailed(step.order_id, client=client), SmsState)
            else:
                await asyncio.sleep(step.seconds)
                reply = None
        except SmsGatewayError as error:
            reply = error


__all__ = ["SendOnceResult", "asend_sms_once", "new_order_id", "send_sms_once"]
