"""Send an SMS at most once, lose nothing: Smshosting sends that survive ambiguous failures.

A send is a POST, so :mod:`smsgw.retry` never repeats it blindly.  When a send fails in a way
that leaves its outcome unknown (a timeout or a dropped connection after the request left, or a
5xx), :func:`send_sms` looks the send up by its ``transactionId`` with the search operation
before deciding anything:

- every recipient already has an SMS of this send -> nothing is sent again (``already_accepted``);
- some recipients have one -> only the others are sent, under a derived transactionId
  (``partially_resent``);
- none has -> the send is repeated, with the same transactionId (``resent``).

Up to ``attempts`` sends are made, with the retry policy's backoff between them.  Every call
therefore carries a transactionId; one is generated when the request has none.  A failure that
is not ambiguous is not reconciled: when the connection could not be opened nothing was sent
and the request is simply sent again; a 4xx is the caller's to fix and is raised.  If the
lookup itself fails, :class:`~smsgw.errors.OutcomeUnknownError` says which transactionIds to
check.  When the last attempt still fails and the lookup proves nothing was sent, the failure is
raised as it is: the SMS is reported as not sent, never silently dropped.

The decision logic is written once, as a plan that yields the steps it needs (send, look up,
wait); :func:`send_sms` and :func:`asend_sms` only carry those steps out, sync or async.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import attrs
from smshosting_client import Client
from smshosting_client.api.sms import search_sms
from smshosting_client.api.sms import send_sms as send_sms_op
from smshosting_client.models import SendSmsRequest, SendSmsResponse, SentSms

from .errors import APIConnectionError, InternalServerError, OutcomeUnknownError, SmsGatewayError
from .retry import RetryPolicy
from .smshosting import paginate, unwrap

Outcome = Literal["sent", "already_accepted", "partially_resent", "resent"]
MAX_TRANSACTION_ID = 60
DEFAULT_ATTEMPTS = 3


@dataclass(frozen=True)
class SendResult:
    """What happened to one logical send."""

    transaction_id: str
    outcome: Outcome
    # The gateway's answer to the send that went through (None when that answer was lost and
    # nothing had to be sent again).
    response: SendSmsResponse | None
    # SMS of this send found by the reconciliation lookups (empty when none was needed).
    found: list[SentSms] = field(default_factory=list)
    # transactionIds of partial resends, beside ``transaction_id``.
    extra_transaction_ids: list[str] = field(default_factory=list)


def new_transaction_id() -> str:
    return f"smsgw-{uuid.uuid4().hex}"


# -- the plan: pure decisions, no I/O -------------------------------------------------------


@dataclass(frozen=True)
class _Send:
    body: SendSmsRequest


@dataclass(frozen=True)
class _Lookup:
    transaction_ids: tuple[str, ...]


@dataclass(frozen=True)
class _Wait:
    seconds: float


Step = _Send | _Lookup | _Wait
Plan = Generator[Step, Any, SendResult]


def _with_transaction_id(body: SendSmsRequest) -> SendSmsRequest:
    if isinstance(body.transaction_id, str) and body.transaction_id:
        limit = MAX_TRANSACTION_ID - 3
        if len(body.transaction_id) > limit:
            raise ValueError(f"transactionId must leave room for a resend suffix: at most {limit} characters")
        return body
    return attrs.evolve(body, transaction_id=new_transaction_id())


def _recipients(body: SendSmsRequest) -> list[str] | None:
    """The numbers of ``to`` (comma list or JSON array); None when groups make them unknowable."""
    if isinstance(body.group, str) and body.group:
        return None
    text = (body.to if isinstance(body.to, str) else "").strip()
    if text.startswith("["):
        try:
            return [str(item["msisdn"]).lstrip("+") for item in json.loads(text)]
        except (ValueError, KeyError, TypeError):
            return None
    return [n.strip().lstrip("+") for n in text.split(",") if n.strip()]


def _only(body: SendSmsRequest, numbers: Iterable[str], transaction_id: str) -> SendSmsRequest:
    keep = set(numbers)
    to = (body.to if isinstance(body.to, str) else "").strip()
    if to.startswith("["):
        new_to = json.dumps([i for i in json.loads(to) if str(i["msisdn"]).lstrip("+") in keep])
    else:
        new_to = ",".join(n for n in (_recipients(body) or []) if n in keep)
    return attrs.evolve(body, to=new_to, transaction_id=transaction_id)


def _plan(body: SendSmsRequest, attempts: int, policy: RetryPolicy) -> Plan:
    tid = str(body.transaction_id)
    tids = [tid]
    wanted = _recipients(body)
    current: SendSmsRequest = body
    outcome: Outcome = "sent"
    found: list[SentSms] = []
    for attempt in range(1, attempts + 1):
        answer = yield _Send(current)
        if isinstance(answer, SendSmsResponse):
            return SendResult(tid, outcome, answer, found, tids[1:])
        failure: SmsGatewayError = answer
        if isinstance(failure, APIConnectionError) and not failure.request_sent:
            pass  # nothing reached the gateway: the same request may simply go again
        elif isinstance(failure, APIConnectionError | InternalServerError):
            looked_up = yield _Lookup(tuple(tids))
            if isinstance(looked_up, SmsGatewayError):
                raise OutcomeUnknownError(
                    f"send failed ambiguously ({failure}) and the lookup failed too ({looked_up})",
                    operation="sendSms",
                    check={"transaction_id": tid, "transaction_ids": list(tids)},
                ) from None
            found = looked_up
            have = {sms.to.lstrip("+") for sms in found}
            if found and (wanted is None or have >= set(wanted)):
                return SendResult(tid, "already_accepted" if outcome == "sent" else outcome, None, found, tids[1:])
            if found and wanted is not None:
                tids.append(f"{tid}-r{len(tids)}")
                current, outcome = _only(body, [n for n in wanted if n not in have], tids[-1]), "partially_resent"
            else:
                outcome = "resent" if outcome == "sent" else outcome
        else:
            raise failure  # a 4xx: the request itself is wrong
        if attempt == attempts:
            if found:  # some recipients got it, the rest could not be sent: say exactly that
                raise OutcomeUnknownError(
                    f"send partly done, the rest failed ({failure})",
                    operation="sendSms",
                    check={"transaction_ids": list(tids), "sent_to": sorted({s.to for s in found})},
                )
            raise failure
        outcome = "resent" if outcome == "sent" else outcome
        yield _Wait(policy.delay(attempt, None))
    raise AssertionError("unreachable: the loop returns or raises")


# -- the drivers: carry the steps out ------------------------------------------------------


def _policy(client: Client) -> RetryPolicy:
    transport = getattr(client.get_httpx_client(), "_transport", None)
    policy = getattr(transport, "policy", None)
    return policy if isinstance(policy, RetryPolicy) else RetryPolicy()


def send_sms(client: Client, body: SendSmsRequest, *, attempts: int = DEFAULT_ATTEMPTS) -> SendResult:
    """Send ``body`` at most once per recipient; see the module docstring."""
    plan = _plan(_with_transaction_id(body), attempts, _policy(client))
    reply: Any = None
    while True:
        try:
            step = plan.send(reply)
        except StopIteration as done:
            result: SendResult = done.value
            return result
        if isinstance(step, _Send):
            try:
                reply = unwrap(send_sms_op.sync_detailed(client=client, body=step.body), SendSmsResponse)
            except SmsGatewayError as error:
                reply = error
        elif isinstance(step, _Lookup):
            try:
                reply = [
                    s for t in step.transaction_ids for s in paginate(search_sms, client, "sms_list", transaction_id=t)
                ]
            except SmsGatewayError as error:
                reply = error
        else:
            time.sleep(step.seconds)
            reply = None


async def asend_sms(client: Client, body: SendSmsRequest, *, attempts: int = DEFAULT_ATTEMPTS) -> SendResult:
    """The async twin of :func:`send_sms`."""
    plan = _plan(_with_transaction_id(body), attempts, _policy(client))
    reply: Any = None
    while True:
        try:
            step = plan.send(reply)
        except StopIteration as done:
            result: SendResult = done.value
            return result
        if isinstance(step, _Send):
            try:
                reply = unwrap(await send_sms_op.asyncio_detailed(client=client, body=step.body), SendSmsResponse)
            except SmsGatewayError as error:
                reply = error
        elif isinstance(step, _Lookup):
            try:
                reply = []
                for t in step.transaction_ids:
                    reply += [s async for s in paginate(search_sms, client, "sms_list", transaction_id=t)]
            except SmsGatewayError as error:
                reply = error
        else:
            await asyncio.sleep(step.seconds)
            reply = None


__all__ = ["SendResult", "asend_sms", "new_transaction_id", "send_sms"]
