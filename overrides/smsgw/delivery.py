"""Send an SMS at most once, lose nothing: Smshosting sends that survive ambiguous failures.

A send is a POST, so :mod:`smsgw.retry` never repeats it blindly.  When a send fails in a way
that leaves its outcome unknown (a timeout or a dropped connection after the request left, or a
5xx), :func:`send_sms` looks its SMS up by ``transactionId`` before deciding anything, and keeps
looking, with backoff, until the settle window (:data:`smsgw.retry.SETTLE_WINDOW`, set per
client with ``RetryPolicy(settle_window=...)``) has passed, because a request the client gave
up on can still be carried out later:

- every requested recipient has an SMS of this send -> nothing is sent again (``already_accepted``);
- when the window closes, some have one -> only the others are sent, under the same
  transactionId (``partially_resent``);
- none has -> the send is repeated (``resent``).

"Has an SMS of this send" compares numbers as the gateway stores them (international digits, no
``+``, no spaces) in every form of ``to`` (comma list, JSON array with placeholders) and for the
members of ``group`` (read from the address book when needed), and checks each SMS's text
against what this send asked for.  An SMS under the transactionId that does not match raises
:class:`~smsgw.errors.OutcomeUnknownError`; a transactionId given by the caller that already
holds SMS is refused before anything is sent (:class:`~smsgw.errors.TransactionIdInUseError`).
Generated transactionIds are random.

What the caller gets: a :class:`SendResult` with the numbers that have their SMS (``sent_to``)
and the recipients the gateway refused (``rejected``, e.g. a malformed number); or
:class:`~smsgw.errors.OutcomeUnknownError` (the look-ups failed, or found SMS of another send:
its ``check`` says what to look up); or :class:`~smsgw.errors.NotSentError` (proven not sent
to ``not_sent`` after ``attempts`` sends; ``sent_to`` got theirs); or the gateway's error when
nothing was sent (a 4xx, or a connection that could not be opened).  Never two SMS for one
requested recipient, as long as the gateway commits within the settle window; never a requested
SMS silently dropped.

The decisions are a plan (:mod:`smsgw._reconcile`) that yields the steps it needs; :func:`send_sms`
and :func:`asend_sms` only carry them out, sync or async.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import attrs
from smshosting_client import Client
from smshosting_client.api.contact_lists import list_group_contacts
from smshosting_client.api.sms import search_sms
from smshosting_client.api.sms import send_sms as send_sms_op
from smshosting_client.models import SendSmsRequest, SendSmsResponse, SentSms
from smshosting_client.types import UNSET

from ._reconcile import Call, Clock, Collect, Plan, Wait, adrive, ambiguous, drive, policy_of, settle
from .errors import APIConnectionError, NotSentError, OutcomeUnknownError, SmsGatewayError, TransactionIdInUseError
from .retry import RetryPolicy
from .smshosting import paginate, unwrap

Outcome = Literal["sent", "already_accepted", "partially_resent", "resent"]
MAX_TRANSACTION_ID = 60
DEFAULT_ATTEMPTS = 3
_MSISDN = re.compile(r"^\+?[0-9]{6,15}$")
_PLACEHOLDER = re.compile(r"\$\{([^{}]*)\}")


@dataclass(frozen=True)
class SendResult:
    """What happened to one logical send."""

    transaction_id: str
    outcome: Outcome
    # The gateway's answer to the last send that was answered (None when that answer was lost
    # and nothing had to be sent again).
    response: SendSmsResponse | None
    # Numbers (international digits) that have an SMS of this send.
    sent_to: tuple[str, ...] = ()
    # Recipients refused, as given -> why (the gateway's statusDetail, e.g. BADNUMBERFORMAT).
    rejected: dict[str, str] = field(default_factory=dict)
    # SMS of this send found by the reconciliation look-ups (empty when none was needed).
    found: list[SentSms] = field(default_factory=list)


def new_transaction_id() -> str:
    return f"smsgw-{uuid.uuid4().hex}"


def normalize_msisdn(raw: str) -> str | None:
    """A number as the gateway stores it (``+39 340 111 0002`` -> ``393401110002``), or None
    when it is not 6 to 15 digits with an optional ``+`` (the gateway refuses those)."""
    cleaned = raw.strip().replace(" ", "")
    return cleaned.lstrip("+") if _MSISDN.match(cleaned) else None


# -- what a send asks for: pure functions of the request --------------------------------------


@dataclass
class Wanted:
    """The recipients of a send: normalised number -> the text it should get (None: not known)."""

    texts: dict[str, str | None]
    invalid: dict[str, str]  # as given -> why the gateway refuses it
    grouped: bool  # members of address-book groups are included

    def ours(self, sms: SentSms) -> bool:
        """Whether ``sms`` (found under this send's transactionId) is one this send asked for."""
        number = normalize_msisdn(sms.to) or sms.to
        if number not in self.texts and not self.grouped:  # a group may have grown since
            return False
        expected = self.texts.get(number)
        return expected is None or not isinstance(sms.text, str) or sms.text == expected


def _fill(text: str, values: dict[str, Any]) -> str | None:
    try:
        return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), text)
    except KeyError:
        return None


def _scalar(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, str | int | float) else None


def _to_items(body: SendSmsRequest) -> list[tuple[str, dict[str, Any]]]:
    """(number as given, placeholder values) of every entry of ``to``."""
    to = body.to if isinstance(body.to, str) else ""
    if not to.strip().startswith("["):
        return [(n, {}) for n in to.split(",") if n.strip()]
    try:
        items = json.loads(to)
    except ValueError:
        return []
    out: list[tuple[str, dict[str, Any]]] = []
    for item in items if isinstance(items, list) else []:
        number = _scalar(item.get("msisdn")) if isinstance(item, dict) else None
        out.append((number or "", {k: v for k, v in item.items() if k != "msisdn"} if number else {}))
    return out


def _group_ids(body: SendSmsRequest) -> list[str]:
    group = body.group if isinstance(body.group, str) else ""
    return [g.strip() for g in group.split(",") if g.strip()]


def wanted_of(body: SendSmsRequest, members: Iterable[str] = ()) -> Wanted:
    """The recipients ``body`` asks for, ``members`` being the numbers of its groups."""
    texts: dict[str, str | None] = {}
    invalid: dict[str, str] = {}
    for given, values in _to_items(body):
        number = normalize_msisdn(given)
        if number is None:
            invalid[given] = "BADNUMBERFORMAT"
        elif number not in texts:
            texts[number] = _fill(body.text, values)
    for member in members:
        number = normalize_msisdn(member)
        if number is not None and number not in texts:
            texts[number] = _fill(body.text, {})
    return Wanted(texts, invalid, grouped=bool(_group_ids(body)))


def _only(body: SendSmsRequest, numbers: set[str]) -> SendSmsRequest:
    """``body`` sent to ``numbers`` only (group members included as plain numbers)."""
    to = body.to if isinstance(body.to, str) else ""
    if to.strip().startswith("["):
        items: list[Any] = []
        seen: set[str] = set()
        for item in json.loads(to):
            number = normalize_msisdn(_scalar(item.get("msisdn")) or "") if isinstance(item, dict) else None
            if number is not None and number in numbers and number not in seen:
                items.append(item)
                seen.add(number)
        items += [{"msisdn": n} for n in sorted(numbers - seen)]
        new_to = json.dumps(items)
    else:
        new_to = ",".join(sorted(numbers))
    return attrs.evolve(body, to=new_to, group=UNSET)


def _with_transaction_id(body: SendSmsRequest) -> tuple[SendSmsRequest, bool]:
    """``body`` with a transactionId, and whether the caller chose it."""
    if isinstance(body.transaction_id, str) and body.transaction_id:
        if len(body.transaction_id) > MAX_TRANSACTION_ID:
            raise ValueError(f"transactionId: at most {MAX_TRANSACTION_ID} characters")
        return body, True
    return attrs.evolve(body, transaction_id=new_transaction_id()), False


# -- the plan: pure decisions, no I/O -------------------------------------------------------


def _lookup(transaction_id: str) -> Collect:
    return Collect(lambda client: paginate(search_sms, client, "sms_list", transaction_id=transaction_id))


def _members(group_id: str) -> Collect:
    return Collect(lambda client: paginate(list_group_contacts, client, "contacts", list_id=int(group_id)))


def _send(body: SendSmsRequest) -> Call:
    return Call(send_sms_op, lambda response: unwrap(response, SendSmsResponse), kwargs={"body": body})


def _answered(answer: SendSmsResponse) -> tuple[set[str], dict[str, str]]:
    sent: set[str] = set()
    rejected: dict[str, str] = {}
    for item in answer.sms if isinstance(answer.sms, list) else []:
        if item.status == "INSERTED":
            sent.add(normalize_msisdn(item.to) or item.to)
        else:
            rejected[item.to] = item.status_detail if isinstance(item.status_detail, str) else str(item.status)
    return sent, rejected


def _plan(body: SendSmsRequest, chosen: bool, attempts: int, policy: RetryPolicy, clock: Clock) -> Plan[SendResult]:
    tid = str(body.transaction_id)
    check: dict[str, Any] = {"transaction_id": tid, "operation": "searchSms"}
    if chosen:  # an id of the caller's: SMS already under it are someone else's
        before = yield _lookup(tid)
        if isinstance(before, SmsGatewayError):
            raise before  # nothing was sent
        if before:
            raise TransactionIdInUseError(tid, len(before))
    wanted: Wanted | None = None
    mine: dict[str, SentSms] = {}
    found: list[SentSms] = []
    current: SendSmsRequest = body
    outcome: Outcome = "sent"
    for attempt in range(1, attempts + 1):
        answer = yield _send(current)
        if isinstance(answer, SendSmsResponse):
            sent, rejected = _answered(answer)
            if wanted is not None:
                rejected = {**wanted.invalid, **rejected}
            return SendResult(tid, outcome, answer, tuple(sorted(sent | set(mine))), rejected, found)
        failure: SmsGatewayError = answer
        if not ambiguous(failure):
            if isinstance(failure, APIConnectionError) and attempt < attempts:
                yield Wait(policy.delay(attempt, None))  # it never left: the same request may go again
                continue
            if mine:
                raise NotSentError(
                    f"sent to {len(mine)} recipients; the others failed ({failure})",
                    transaction_id=tid,
                    sent_to=sorted(mine),
                    not_sent={n: str(failure) for n in _missing(wanted, mine)},
                ) from failure
            raise failure  # nothing of this send exists: a 4xx, or it never left
        if wanted is None:
            members: list[str] = []
            for group_id in _group_ids(body):
                contacts = yield _members(group_id)
                if isinstance(contacts, SmsGatewayError):
                    raise OutcomeUnknownError(
                        f"send failed ambiguously ({failure}) and group {group_id} could not be read ({contacts})",
                        operation="sendSms",
                        check=check,
                    ) from None
                members += [c.msisdn for c in contacts if isinstance(c.msisdn, str)]
            wanted = wanted_of(body, members)
        settled = yield from settle(_lookup(tid), _covers(set(wanted.texts)), policy, clock)
        if settled.error is not None:
            raise OutcomeUnknownError(
                f"send failed ambiguously ({failure}) and the look-ups failed too ({settled.error}): "
                f"search SMS by transactionId {tid!r} before sending again",
                operation="sendSms",
                check=check,
            ) from None
        found = list(settled.value)
        foreign = [s for s in found if not wanted.ours(s)]
        if foreign:
            raise OutcomeUnknownError(
                f"send failed ambiguously ({failure}) and transactionId {tid!r} also holds {len(foreign)} SMS "
                "this send did not ask for (another send used the same transactionId?)",
                operation="sendSms",
                check={**check, "unexpected_sms_ids": [s.id for s in foreign]},
            ) from None
        mine = {normalize_msisdn(s.to) or s.to: s for s in found}
        missing = _missing(wanted, mine)
        if not missing:
            final: Outcome = "already_accepted" if outcome == "sent" else outcome
            return SendResult(tid, final, None, tuple(sorted(mine)), dict(wanted.invalid), found)
        if attempt == attempts:
            raise NotSentError(
                f"no SMS for {len(missing)} recipients after {attempts} sends and the settle window ({failure})",
                transaction_id=tid,
                sent_to=sorted(mine),
                not_sent={n: str(failure) for n in missing},
            ) from None
        if mine:
            current, outcome = _only(body, missing), "partially_resent"
        else:
            current, outcome = body, "resent" if outcome == "sent" else outcome
    raise AssertionError("unreachable: the loop returns or raises")


def _covers(goal: set[str]) -> Callable[[list[SentSms]], bool]:
    return lambda found: goal <= {normalize_msisdn(s.to) for s in found}


def _missing(wanted: Wanted | None, mine: dict[str, SentSms]) -> set[str]:
    return set() if wanted is None else set(wanted.texts) - set(mine)


# -- the drivers: carry the steps out ------------------------------------------------------


def send_sms(
    client: Client, body: SendSmsRequest, *, attempts: int = DEFAULT_ATTEMPTS, clock: Clock = time.monotonic
) -> SendResult:
    """Send ``body`` at most once per recipient; see the module docstring."""
    body, chosen = _with_transaction_id(body)
    return drive(_plan(body, chosen, attempts, policy_of(client), clock), client)


async def asend_sms(
    client: Client, body: SendSmsRequest, *, attempts: int = DEFAULT_ATTEMPTS, clock: Clock = time.monotonic
) -> SendResult:
    """The async twin of :func:`send_sms`."""
    body, chosen = _with_transaction_id(body)
    return await adrive(_plan(body, chosen, attempts, policy_of(client), clock), client)


__all__ = ["SendResult", "asend_sms", "new_transaction_id", "normalize_msisdn", "send_sms", "wanted_of"]
