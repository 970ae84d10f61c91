"""Overrides for the generated smsend client (``smsend_client``).

Typical use::

    from smsgw import smsend
    from smsend_client.api.subaccounts import create_subaccount

    client = smsend.client(base_url, auth=smsend.SessionLogin("me", "secret"))
    response = smsend.check(create_subaccount.sync_detailed(client=client, body=...))
    new_id = smsend.created_id(response)           # from the Location header
    for sub in smsend.iter_subaccounts(client):    # every page, lazily
        ...

What this module adds to the generated client, and why:

- :func:`client` builds a generated ``Client`` on httpx clients with a timeout, the ``Accept``
  each operation's spec declares (``ACCEPT``, generated), retries of idempotent calls, an
  https-only base URL and one of the login strategies;
- :class:`SessionLogin` / :class:`TokenLogin` (``httpx.Auth``) log in lazily and again on expiry;
- :func:`check` / :func:`unwrap` turn error statuses into the typed errors of :mod:`smsgw.errors`
  (the generated functions return error bodies as values);
- :func:`created_id` reads the id that the API only gives in a ``Location`` header;
- :func:`iter_subaccounts` / :func:`iter_purchases` page through lists, sync or async;
- :func:`create_subaccount_once` / :func:`move_credits_once` (and their async twins
  :func:`acreate_subaccount_once` / :func:`amove_credits_once`) survive an ambiguous failure of
  these POSTs by looking at the gateway's state instead of repeating them blindly.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import httpx
from smsend_client import Client, media_types
from smsend_client.api.credit import get_subaccount_credits, move_subaccount_credits
from smsend_client.api.purchases import list_subaccount_purchases
from smsend_client.api.subaccounts import create_subaccount, get_subaccount, list_subaccounts
from smsend_client.models import CreditBalanceList, CreditMoveRequest, Purchase, Subaccount, SubaccountInput

from . import _http, _reconcile
from ._keylogin import KeyLogin, SessionLogin, TokenLogin
from ._reconcile import Call, Clock, Plan, Wait, adrive, ambiguous, drive, settle
from .errors import (
    APIConnectionError,
    BadRequestError,
    NotDoneError,
    NotFoundError,
    OutcomeUnknownError,
    SmsGatewayError,
    parsed_as,
    raise_for_status,
)
from .pagination import PageNumberPaging, Paginator
from .retry import RetryPolicy

__all__ = [
    "SessionLogin",
    "TokenLogin",
    "Outcome",
    "acreate_subaccount_once",
    "amove_credits_once",
    "check",
    "client",
    "create_subaccount_once",
    "created_id",
    "iter_purchases",
    "iter_subaccounts",
    "move_credits_once",
    "read_error",
    "unwrap",
]

T = TypeVar("T")
R = TypeVar("R")


def read_error(body: bytes) -> tuple[str | None, str | None]:
    """``(code, message)`` of an smsend error body ``{"result": "ERROR", "error": "..."}``."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None, None
    if not isinstance(data, dict) or not isinstance(data.get("error"), str):
        return None, None
    text: str = data["error"]
    code, sep, rest = text.partition(":")
    if sep and code.replace("_", "").isalnum() and code.upper() == code:
        return code, rest.strip() or code
    return None, text


# The Accept header of every operation that answers a body, from the spec (generated; the hook
# of smsgw._http sends the entries that are not JSON, e.g. the logins' text/plain).
ACCEPT = media_types.ACCEPT


def client(
    base_url: str,
    *,
    auth: KeyLogin,
    timeout: httpx.Timeout | float | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    retry: RetryPolicy | None = None,
) -> Client:
    """A generated ``Client`` for ``base_url`` (e.g. ``https://.../API/v1.0/REST``), sync and async.

    ``transport`` may be any httpx transport; one that is also an async transport (such as the
    simulator's) serves the async side too.
    """
    if async_transport is None and isinstance(transport, httpx.AsyncBaseTransport):
        async_transport = transport
    auth.bind(base_url)
    generated = Client(base_url=base_url.rstrip("/"))
    generated.set_httpx_client(
        _http.sync_client(
            base_url, auth=auth, read_error=read_error, timeout=timeout, transport=transport, retry=retry, accept=ACCEPT
        )
    )
    generated.set_async_httpx_client(
        _http.async_client(
            base_url,
            auth=auth,
            read_error=read_error,
            timeout=timeout,
            transport=async_transport,
            retry=retry,
            accept=ACCEPT,
        )
    )
    return generated


def check(response: R) -> R:
    """``response`` itself if it is a success; otherwise raise the typed error for its status."""
    return raise_for_status(response, read_error)  # type: ignore[type-var]


def unwrap(response: Any, expected: type[T]) -> T:
    """The parsed body of a successful ``response``, checked to be an ``expected``."""
    return parsed_as(response, expected, read_error)


def created_id(response: Any) -> str:
    """The id at the end of the ``Location`` header of a create call (``/subaccount/18107``)."""
    location = check(response).headers.get("location")
    if not location:
        raise SmsGatewayError("the response has no Location header")
    return str(location).rstrip("/").rsplit("/", 1)[-1]


def iter_subaccounts(client: Client, *, page_size: int = 100) -> Paginator[Subaccount]:
    """Every subaccount of the caller, fetched page by page (``for`` or ``async for``)."""
    return Paginator(list_subaccounts, client, PageNumberPaging("subaccount", page_size), read_error)


def iter_purchases(client: Client, subaccount_id: str, *, page_size: int = 100) -> Paginator[Purchase]:
    """Every purchase of one subaccount (id or login), fetched page by page."""
    return Paginator(
        list_subaccount_purchases,
        client,
        PageNumberPaging("purchases", page_size),
        read_error,
        subaccount_id=subaccount_id,
    )


# -- non-idempotent calls that survive ambiguous failures ----------------------------------
#
# Creating a subaccount and moving credits are POSTs, never retried blindly (smsgw.retry).
# When one fails ambiguously (timeout or dropped connection after the request left, or a 5xx),
# these helpers look at the gateway's state, again and again until the settle window
# (RetryPolicy.settle_window) has closed, to learn whether it happened, and act on that: nothing
# is done twice, a change proven missing is made again, and an outcome that cannot be
# established raises OutcomeUnknownError with what the caller needs to check.  Each is a plan
# (smsgw._reconcile) carried out by a sync and an async driver.


@dataclass(frozen=True)
class Outcome:
    """How a reconciled call ended: ``done`` (answered), ``found`` (the answer was lost but the
    change is there), or ``redone`` (it was proven not made, and was made once more)."""

    how: Literal["done", "found", "redone"]
    subaccount_id: str


DEFAULT_ATTEMPTS = 3


def _same_owner_data(found: Subaccount, body: SubaccountInput) -> bool:
    return (found.login, found.email, found.name, found.surname) == (body.login, body.email, body.name, body.surname)


def _get_by_login(login: str) -> Call:
    return Call(get_subaccount, lambda r: unwrap(r, Subaccount), args=(login,), absent=NotFoundError)


def _create_plan(body: SubaccountInput, attempts: int, policy: RetryPolicy, clock: Clock) -> Plan[Outcome]:
    check_: dict[str, Any] = {"login": body.login, "operation": "getSubaccount"}
    existing = yield _get_by_login(body.login)
    if isinstance(existing, SmsGatewayError):
        raise existing  # nothing was sent
    if existing is not None:  # a subaccount found later would prove nothing about this call
        raise BadRequestError(400, "LOGIN_ALREADY_EXISTS", f"login {body.login!r} is taken (checked before creating)")
    for attempt in range(1, attempts + 1):
        answer = yield Call(create_subaccount, created_id, kwargs={"body": body})
        if isinstance(answer, str):
            return Outcome("done" if attempt == 1 else "redone", answer)
        failure: SmsGatewayError = answer
        if not ambiguous(failure):
            if isinstance(failure, APIConnectionError) and attempt < attempts:
                yield Wait(policy.delay(attempt, None))  # it never left: it may simply go again
                continue
            raise failure
        settled = yield from settle(_get_by_login(body.login), lambda found: found is not None, policy, clock)
        if settled.error is not None:
            raise OutcomeUnknownError(
                f"create failed ambiguously ({failure}) and the look-ups failed too ({settled.error}): "
                f"look subaccount {body.login!r} up before creating it again",
                operation="createSubaccount",
                check=check_,
            ) from None
        found: Subaccount | None = settled.value
        if found is not None:
            if not _same_owner_data(found, body):
                raise OutcomeUnknownError(
                    f"create failed ambiguously ({failure}) and login {body.login!r} now belongs to a "
                    "subaccount with other owner data",
                    operation="createSubaccount",
                    check=check_,
                ) from None
            return Outcome("found", str(found.id_user))
        if attempt == attempts:
            raise NotDoneError(
                f"subaccount {body.login!r} not created after {attempts} attempts and the settle window ({failure})",
                operation="createSubaccount",
                check=check_,
            ) from None
    raise AssertionError("unreachable: the loop returns or raises")


def create_subaccount_once(client: Client, body: SubaccountInput, *, attempts: int = DEFAULT_ATTEMPTS,
                           clock: Clock = time.monotonic) -> Outcome:  # fmt: skip
    """Create a subaccount at most once; after an ambiguous failure, find it by login.

    The login must be free (checked first: a subaccount found after a failure must be this
    call's).  Raises OutcomeUnknownError or NotDoneError as described above.
    """
    return drive(_create_plan(body, attempts, _reconcile.policy_of(client), clock), client)


async def acreate_subaccount_once(client: Client, body: SubaccountInput, *, attempts: int = DEFAULT_ATTEMPTS,
                                  clock: Clock = time.monotonic) -> Outcome:  # fmt: skip
    """The async twin of :func:`create_subaccount_once`."""
    return await adrive(_create_plan(body, attempts, _reconcile.policy_of(client), clock), client)


def _balances(subaccount_id: str) -> Call:
    def read(response: Any) -> dict[str, int]:
        return {c.message_type: c.amount for c in unwrap(response, CreditBalanceList).credits_}

    return Call(get_subaccount_credits, read, args=(subaccount_id,))


def _move_plan(
    subaccount_id: str, moves: CreditMoveRequest, attempts: int, policy: RetryPolicy, clock: Clock
) -> Plan[Outcome]:
    before = yield _balances(subaccount_id)
    if isinstance(before, SmsGatewayError):
        raise before  # nothing was sent
    expected = dict(before)
    for move in moves.credits_:
        expected[move.message_type] = expected.get(move.message_type, 0) + (
            move.amount if move.super_to_sub else -move.amount
        )
    info: dict[str, Any] = {
        "subaccount_id": subaccount_id,
        "operation": "getSubaccountCredits",
        "before": before,
        "expected_after": expected,
    }
    for attempt in range(1, attempts + 1):
        answer = yield Call(move_subaccount_credits, check, args=(subaccount_id,), kwargs={"body": moves})
        if not isinstance(answer, SmsGatewayError):
            return Outcome("done" if attempt == 1 else "redone", subaccount_id)
        failure = answer
        if not ambiguous(failure):
            if isinstance(failure, APIConnectionError) and attempt < attempts:
                yield Wait(policy.delay(attempt, None))
                continue
            raise failure
        settled = yield from settle(_balances(subaccount_id), lambda after: after == expected, policy, clock)
        if settled.error is not None:
            raise OutcomeUnknownError(
                f"credit move failed ambiguously ({failure}) and the look-ups failed too ({settled.error})",
                operation="moveSubaccountCredits",
                check=info,
            ) from None
        if settled.complete:
            return Outcome("found", subaccount_id)
        if settled.value != before:
            raise OutcomeUnknownError(
                f"credit move failed ambiguously ({failure}) and the balance changed otherwise",
                operation="moveSubaccountCredits",
                check={**info, "after": settled.value},
            ) from None
        if attempt == attempts:
            raise NotDoneError(
                f"credits not moved after {attempts} attempts and the settle window ({failure})",
                operation="moveSubaccountCredits",
                check=info,
            ) from None
    raise AssertionError("unreachable: the loop returns or raises")


def move_credits_once(client: Client, subaccount_id: str, moves: CreditMoveRequest, *,
                      attempts: int = DEFAULT_ATTEMPTS, clock: Clock = time.monotonic) -> Outcome:  # fmt: skip
    """Move credits at most once; after an ambiguous failure, compare balances to learn whether
    it happened.

    The comparison assumes nobody else moves this subaccount's credits meanwhile (moves of
    different subaccounts may run concurrently); when the balance matches neither "moved" nor
    "not moved", OutcomeUnknownError carries both.
    """
    return drive(_move_plan(subaccount_id, moves, attempts, _reconcile.policy_of(client), clock), client)


async def amove_credits_once(client: Client, subaccount_id: str, moves: CreditMoveRequest, *,
                             attempts: int = DEFAULT_ATTEMPTS, clock: Clock = time.monotonic) -> Outcome:  # fmt: skip
    """The async twin of :func:`move_credits_once`."""
    return await adrive(_move_plan(subaccount_id, moves, attempts, _reconcile.policy_of(client), clock), client)
