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

- :func:`client` builds a generated ``Client`` on httpx clients with a timeout, JSON ``Accept``,
  retries of idempotent calls, an https-only base URL and one of the login strategies;
- :class:`SessionLogin` / :class:`TokenLogin` (``httpx.Auth``) log in lazily and again on expiry;
- :func:`check` / :func:`unwrap` turn error statuses into the typed errors of :mod:`smsgw.errors`
  (the generated functions return error bodies as values);
- :func:`created_id` reads the id that the API only gives in a ``Location`` header;
- :func:`iter_subaccounts` / :func:`iter_purchases` page through lists, sync or async;
- :func:`create_subaccount_once` / :func:`move_credits_once` survive an ambiguous failure of
  these POSTs by looking at the gateway's state instead of repeating them blindly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import httpx
from smsend_client import Client
from smsend_client.api.credit import get_subaccount_credits, move_subaccount_credits
from smsend_client.api.purchases import list_subaccount_purchases
from smsend_client.api.subaccounts import create_subaccount, get_subaccount, list_subaccounts
from smsend_client.models import CreditBalanceList, CreditMoveRequest, Purchase, Subaccount, SubaccountInput

from . import _http
from ._keylogin import KeyLogin, SessionLogin, TokenLogin
from .errors import (
    APIConnectionError,
    InternalServerError,
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
        _http.sync_client(base_url, auth=auth, read_error=read_error, timeout=timeout, transport=transport, retry=retry)
    )
    generated.set_async_httpx_client(
        _http.async_client(
            base_url, auth=auth, read_error=read_error, timeout=timeout, transport=async_transport, retry=retry
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
# these helpers look at the gateway's state to learn whether it happened, and act on that:
# nothing is done twice, and an outcome that cannot be established raises OutcomeUnknownError
# with what the caller needs to check.


@dataclass(frozen=True)
class Outcome:
    """How a reconciled call ended: ``done`` (answered), ``found`` (the answer was lost but the
    change is there), or ``redone`` (it had not happened and was made once more)."""

    how: Literal["done", "found", "redone"]
    subaccount_id: str


def _ambiguous(error: SmsGatewayError) -> bool:
    if isinstance(error, APIConnectionError):
        return error.request_sent
    return isinstance(error, InternalServerError)


def _same_owner_data(found: Subaccount, body: SubaccountInput) -> bool:
    return (found.login, found.email, found.name, found.surname) == (body.login, body.email, body.name, body.surname)


def create_subaccount_once(client: Client, body: SubaccountInput) -> Outcome:
    """Create a subaccount; after an ambiguous failure, find it by login instead of creating twice."""
    try:
        return Outcome("done", created_id(create_subaccount.sync_detailed(client=client, body=body)))
    except SmsGatewayError as error:
        if not _ambiguous(error):
            if isinstance(error, APIConnectionError):  # never reached the gateway: safe to send
                return Outcome("redone", created_id(create_subaccount.sync_detailed(client=client, body=body)))
            raise
        cause = error
    check = {"login": body.login}
    try:
        found = unwrap(get_subaccount.sync_detailed(body.login, client=client), Subaccount)
    except NotFoundError:
        return Outcome("redone", created_id(create_subaccount.sync_detailed(client=client, body=body)))
    except SmsGatewayError as lookup_error:
        raise OutcomeUnknownError(
            f"create failed ({cause}); lookup failed ({lookup_error})", operation="createSubaccount", check=check
        ) from None
    if not _same_owner_data(found, body):
        raise OutcomeUnknownError(
            f"create failed ({cause}) and login {body.login!r} belongs to a different subaccount",
            operation="createSubaccount",
            check=check,
        )
    return Outcome("found", str(found.id_user))


def _balances(client: Client, subaccount_id: str) -> dict[str, int]:
    balance = unwrap(get_subaccount_credits.sync_detailed(subaccount_id, client=client), CreditBalanceList)
    return {c.message_type: c.amount for c in balance.credits_}


def move_credits_once(client: Client, subaccount_id: str, moves: CreditMoveRequest) -> Outcome:
    """Move credits; after an ambiguous failure, compare balances to learn whether it happened.

    The comparison assumes nobody else moves this subaccount's credits at the same moment; when
    the balance matches neither "moved" nor "not moved", OutcomeUnknownError carries both.
    """
    before = _balances(client, subaccount_id)
    expected = dict(before)
    for move in moves.credits_:
        expected[move.message_type] = expected.get(move.message_type, 0) + (
            move.amount if move.super_to_sub else -move.amount
        )
    try:
        check(move_subaccount_credits.sync_detailed(subaccount_id, client=client, body=moves))
        return Outcome("done", subaccount_id)
    except SmsGatewayError as error:
        if not _ambiguous(error):
            raise
        cause = error
    info: dict[str, Any] = {"subaccount_id": subaccount_id, "before": before, "expected_after": expected}
    try:
        after = _balances(client, subaccount_id)
    except SmsGatewayError as lookup_error:
        raise OutcomeUnknownError(
            f"credit move failed ({cause}); lookup failed ({lookup_error})",
            operation="moveSubaccountCredits",
            check=info,
        ) from None
    if after == expected:
        return Outcome("found", subaccount_id)
    if after == before:
        check(move_subaccount_credits.sync_detailed(subaccount_id, client=client, body=moves))
        return Outcome("redone", subaccount_id)
    raise OutcomeUnknownError(
        f"credit move failed ({cause}) and the balance changed otherwise",
        operation="moveSubaccountCredits",
        check={**info, "after": after},
    )
