"""Send an smsend SMS at most once, lose nothing: reconcile by ``order_id``.

smsend lets the caller choose an SMS order's ``order_id`` and refuses a second order with the
same id (spec decision S8); ``GET /sms/{order_id}`` reads an order back.  So every send made
here carries an ``order_id`` (one is generated when the request has none), and when a send
fails in a way that leaves its outcome unknown (a timeout or a dropped connection after the
request left, or a 5xx), :func:`send_sms_once` asks for the order before deciding anything:

- the order exists -> nothing is sent again (``already_accepted``);
- it does not (404) -> the same request, same ``order_id``, is sent again (``resent``); if the
  lost attempt commits late, the gateway refuses the repeat as a duplicate, and the order is
  then found (``already_accepted``): never two orders, so no wait is needed before resending.

When the last attempt fails too (or a resend is refused with a 4xx), nothing will be sent
again, and a "not found" is only proof once a late commit can no longer happen: the order is
looked up, with backoff, until the settle window (:attr:`smsgw.retry.RetryPolicy.settle_window`,
60 s by default) has closed.  Found, the send is ``already_accepted``; still missing,
:class:`~smsgw.errors.NotDoneError` says the SMS was not sent (``check["order_id"]``), or the
refusal is raised.  Sending again with the same ``order_id`` stays safe either way: the gateway
accepts it once.

An ``order_id`` chosen by the caller is looked up first and refused (``BadRequestError``
``DUPLICATE_ORDER_ID``, nothing sent) if it already names an order: an order found after a
failure must be this send's, not an earlier one (a lost send would pass for delivered).

A failure that is not ambiguous is not reconciled: when the connection could not be opened
nothing was sent and the request simply goes again; a 4xx is the caller's to fix and is raised
(including a duplicate ``order_id`` on the first attempt: that id was used before).  If a lookup
fails, :class:`~smsgw.errors.OutcomeUnknownError` names the ``order_id`` to check.

As in :mod:`smsgw.smsend`, the decision is written once as a plan of steps (send, look up,
wait; :mod:`smsgw._reconcile`); :func:`send_sms_once` and :func:`asend_sms_once` carry it out.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Literal

import attrs
from smsend_client import Client
from smsend_client.api.sms import get_sms_state, send_sms
from smsend_client.models import SendSmsRequest, SendSmsResult, SmsState

from . import _reconcile
from ._reconcile import Call, Clock, Plan, Wait, adrive, ambiguous, drive, settle
from .errors import (
    APIConnectionError,
    BadRequestError,
    NotDoneError,
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


def new_order_id() -> str:
    """A fresh order id: 32 hex digits (the API allows up to 32 of ``[A-Za-z0-9_.-]``)."""
    return uuid.uuid4().hex


def _with_order_id(body: SendSmsRequest) -> tuple[SendSmsRequest, bool]:
    """The body with an ``order_id`` (a new one if it has none), and whether the caller chose it."""
    if isinstance(body.order_id, str) and body.order_id:
        return body, True
    return attrs.evolve(body, order_id=new_order_id()), False


def _duplicate(error: SmsGatewayError) -> bool:
    return isinstance(error, BadRequestError) and error.code == "DUPLICATE_ORDER_ID"


def _send(body: SendSmsRequest) -> Call:
    return Call(send_sms, lambda r: unwrap(r, SendSmsResult), kwargs={"body": body})


def _lookup(order_id: str) -> Call:
    return Call(get_sms_state, lambda r: unwrap(r, SmsState), args=(order_id,), absent=NotFoundError)


def _unknown(order_id: str, failure: SmsGatewayError, lookup: SmsGatewayError) -> OutcomeUnknownError:
    return OutcomeUnknownError(
        f"send failed ambiguously ({failure}) and the lookup failed too ({lookup}): look order "
        f"{order_id!r} up (GET /sms/{{order_id}}); sending again with the same order_id is safe",
        operation="sendSms",
        check={"order_id": order_id, "operation": "getSmsState"},
    )


def _plan(body: SendSmsRequest, chosen: bool, attempts: int, policy: RetryPolicy, clock: Clock) -> Plan[SendOnceResult]:
    order_id = str(body.order_id)
    if chosen:  # an order found after a failure must be this send's: the id must be free first
        existing = yield _lookup(order_id)
        if isinstance(existing, SmsGatewayError):
            raise existing  # nothing was sent
        if existing is not None:
            raise BadRequestError(
                400, "DUPLICATE_ORDER_ID", f"order_id {order_id!r} already names an order (checked before sending)"
            )
    outcome: Outcome = "sent"
    ambiguous_before = False
    for attempt in range(1, attempts + 1):
        answer = yield _send(body)
        if isinstance(answer, SendSmsResult):
            return SendOnceResult(order_id, outcome, answer)
        failure: SmsGatewayError = answer
        refused = False
        if ambiguous(failure) or (ambiguous_before and _duplicate(failure)):
            ambiguous_before = True
        elif isinstance(failure, APIConnectionError) and not failure.request_sent:
            pass  # nothing reached the gateway, the same request may simply go again
        elif not ambiguous_before:
            raise failure  # a 4xx: the request itself is wrong
        else:
            refused = True  # a 4xx, but an earlier attempt may still commit: settle first
        if attempt < attempts and not refused:
            if ambiguous_before:
                found = yield _lookup(order_id)
                if isinstance(found, SmsState):
                    return SendOnceResult(order_id, "already_accepted", None, found)
                if isinstance(found, SmsGatewayError):
                    raise _unknown(order_id, failure, found) from None
                outcome = "resent"
            yield Wait(policy.delay(attempt, None))
            continue
        if not ambiguous_before:
            raise failure  # no attempt reached the gateway: nothing was sent
        # The last attempt (or a refusal after an ambiguous one): an earlier attempt may still
        # commit late, so only a look-up made once the settle window has closed proves that
        # nothing was sent.
        settled = yield from settle(_lookup(order_id), lambda state: state is not None, policy, clock)
        if settled.error is not None:
            raise _unknown(order_id, failure, settled.error) from None
        if settled.complete:
            return SendOnceResult(order_id, "already_accepted", None, settled.value)
        if refused:
            raise failure
        raise NotDoneError(
            f"SMS order {order_id!r} not sent after {attempts} attempts and the settle window ({failure})",
            operation="sendSms",
            check={"order_id": order_id, "operation": "getSmsState"},
        ) from None
    raise AssertionError("unreachable: the loop returns or raises")


def send_sms_once(
    client: Client, body: SendSmsRequest, *, attempts: int = DEFAULT_ATTEMPTS, clock: Clock = time.monotonic
) -> SendOnceResult:
    """Send ``body`` at most once (one order); see the module docstring."""
    body, chosen = _with_order_id(body)
    return drive(_plan(body, chosen, attempts, _reconcile.policy_of(client), clock), client)


async def asend_sms_once(
    client: Client, body: SendSmsRequest, *, attempts: int = DEFAULT_ATTEMPTS, clock: Clock = time.monotonic
) -> SendOnceResult:
    """The async twin of :func:`send_sms_once`."""
    body, chosen = _with_order_id(body)
    return await adrive(_plan(body, chosen, attempts, _reconcile.policy_of(client), clock), client)


__all__ = ["SendOnceResult", "asend_sms_once", "new_order_id", "send_sms_once"]
