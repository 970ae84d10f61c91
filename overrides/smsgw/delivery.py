"""Send an SMS at most once, lose nothing: Smshosting sends that survive ambiguous failures.

A send is a POST, so :mod:`smsgw.retry` never repeats it blindly.  When a send fails in a way
that leaves its outcome unknown (a timeout or a dropped connection after the request left, or a
5xx), :func:`send_sms` looks the send up by its ``transactionId`` with the search operation
before deciding anything:

- every recipient already has an SMS with that transactionId -> nothing is sent again
  (``already_accepted``);
- some recipients have one -> only the others are sent, under a derived transactionId
  (``partially_resent``);
- none has -> the send is repeated once, with the same transactionId (``resent``).

Every call therefore carries a transactionId; one is generated when the request has none.  A
failure that is not ambiguous (the connection could not be opened; a 4xx) is not reconciled: the
first means nothing was sent and the request is simply sent again, the second is the caller's
to fix and is raised.  If the lookup itself fails, :class:`~smsgw.errors.OutcomeUnknownError`
says which transactionId to check.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

import attrs
from smshosting_client import Client
from smshosting_client.api.sms import search_sms
from smshosting_client.api.sms import send_sms as send_sms_op
from smshosting_client.models import SendSmsRequest, SendSmsResponse, SentSms

from .errors import APIConnectionError, InternalServerError, OutcomeUnknownError, SmsGatewayError
from .pagination import Paginator
from .smshosting import paginate, unwrap

Outcome = Literal["sent", "already_accepted", "partially_resent", "resent"]
MAX_TRANSACTION_ID = 60


@dataclass(frozen=True)
class SendResult:
    """What happened to one logical send."""

    transaction_id: str
    outcome: Outcome
    # The gateway's answer to the send that went through (None if that answer was lost and
    # nothing had to be resent).
    response: SendSmsResponse | None
    # SMS of this send found by the reconciliation lookup (empty when no lookup was needed).
    found: list[SentSms] = field(default_factory=list)
    resent_transaction_id: str | None = None


def new_transaction_id() -> str:
    return f"smsgw-{uuid.uuid4().hex}"


def _with_transaction_id(body: SendSmsRequest) -> SendSmsRequest:
    if isinstance(body.transaction_id, str) and body.transaction_id:
        if len(body.transaction_id) > MAX_TRANSACTION_ID - 3:
            raise ValueError(
                f"transactionId must leave room for a resend suffix: at most {MAX_TRANSACTION_ID - 3} characters"
            )
        return body
    return attrs.evolve(body, transaction_id=new_transaction_id())


def _recipients(body: SendSmsRequest) -> list[str] | None:
    """The numbers of ``to`` (comma list or JSON array), or None when recipients come from groups."""
    if isinstance(body.group, str) and body.group:
        return None
    to = body.to if isinstance(body.to, str) else ""
    text = to.strip()
    if text.startswith("["):
        try:
            return [str(item["msisdn"]).lstrip("+") for item in json.loads(text)]
        except (ValueError, KeyError, TypeError):
            return None
    return [n.strip().lstrip("+") for n in text.split(",") if n.strip()]


def _missing(body: SendSmsRequest, found: Iterable[SentSms]) -> list[str] | None:
    wanted = _recipients(body)
    if wanted is None:
        return None
    have = {sms.to.lstrip("+") for sms in found}
    return [n for n in wanted if n not in have]


def _only(body: SendSmsRequest, numbers: list[str], transaction_id: str) -> SendSmsRequest:
    to = body.to if isinstance(body.to, str) else ""
    if to.strip().startswith("["):
        items = [i for i in json.loads(to) if str(i["msisdn"]).lstrip("+") in numbers]
        new_to = json.dumps(items)
    else:
        new_to = ",".join(numbers)
    return attrs.evolve(body, to=new_to, transaction_id=transaction_id)


def _lookup_pager(client: Client, transaction_id: str) -> Paginator[SentSms]:
    return paginate(search_sms, client, "sms_list", transaction_id=transaction_id)


def _decide(body: SendSmsRequest, found: list[SentSms]) -> tuple[Outcome, SendSmsRequest | None]:
    tid = str(body.transaction_id)
    if not found:
        return "resent", body
    missing = _missing(body, found)
    if not missing:  # None (group send, cannot compare) counts as accepted: it exists
        return "already_accepted", None
    return "partially_resent", _only(body, missing, f"{tid}-r1")


def _outcome_unknown(cause: SmsGatewayError, lookup_error: SmsGatewayError, tid: str) -> OutcomeUnknownError:
    return OutcomeUnknownError(
        f"send failed ambiguously ({cause}) and the lookup failed too ({lookup_error})",
        operation="sendSms",
        check={"transaction_id": tid},
    )


def _after_resend(
    tid: str,
    outcome: Outcome,
    found: list[SentSms],
    body: SendSmsRequest,
    retry: SendSmsRequest,
    response: SendSmsResponse,
) -> SendResult:
    return SendResult(tid, outcome, response, found, None if retry is body else str(retry.transaction_id))


def send_sms(client: Client, body: SendSmsRequest) -> SendResult:
    """Send ``body`` at most once per recipient; see the module docstring."""
    body = _with_transaction_id(body)
    tid = str(body.transaction_id)
    try:
        return SendResult(tid, "sent", unwrap(send_sms_op.sync_detailed(client=client, body=body), SendSmsResponse))
    except APIConnectionError as error:
        if not error.request_sent:
            return SendResult(
                tid, "resent", unwrap(send_sms_op.sync_detailed(client=client, body=body), SendSmsResponse)
            )
        cause: SmsGatewayError = error
    except InternalServerError as error:
        cause = error
    try:
        found = list(_lookup_pager(client, tid))
    except SmsGatewayError as lookup_error:
        raise _outcome_unknown(cause, lookup_error, tid) from lookup_error
    outcome, retry = _decide(body, found)
    if retry is None:
        return SendResult(tid, outcome, None, found)
    response = unwrap(send_sms_op.sync_detailed(client=client, body=retry), SendSmsResponse)
    return _after_resend(tid, outcome, found, body, retry, response)


async def asend_sms(client: Client, body: SendSmsRequest) -> SendResult:
    """The async twin of :func:`send_sms`."""
    body = _with_transaction_id(body)
    tid = str(body.transaction_id)
    try:
        return SendResult(
            tid, "sent", unwrap(await send_sms_op.asyncio_detailed(client=client, body=body), SendSmsResponse)
        )
    except APIConnectionError as error:
        if not error.request_sent:
            response = unwrap(await send_sms_op.asyncio_detailed(client=client, body=body), SendSmsResponse)
            return SendResult(tid, "resent", response)
        cause: SmsGatewayError = error
    except InternalServerError as error:
        cause = error
    try:
        found = [sms async for sms in _lookup_pager(client, tid)]
    except SmsGatewayError as lookup_error:
        raise _outcome_unknown(cause, lookup_error, tid) from lookup_error
    outcome, retry = _decide(body, found)
    if retry is None:
        return SendResult(tid, outcome, None, found)
    response = unwrap(await send_sms_op.asyncio_detailed(client=client, body=retry), SendSmsResponse)
    return _after_resend(tid, outcome, found, body, retry, response)


__all__ = ["SendResult", "asend_sms", "new_transaction_id", "send_sms"]
