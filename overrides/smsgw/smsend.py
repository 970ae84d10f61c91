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
- :func:`iter_subaccounts` / :func:`iter_purchases` page through lists, sync or async.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

import httpx
from smsend_client import Client
from smsend_client.api.purchases import list_subaccount_purchases
from smsend_client.api.subaccounts import list_subaccounts
from smsend_client.models import Purchase, Subaccount

from . import _http
from ._keylogin import KeyLogin, SessionLogin, TokenLogin
from .errors import SmsGatewayError, raise_for_status
from .pagination import PageNumberPaging, Paginator
from .retry import RetryPolicy

__all__ = [
    "SessionLogin",
    "TokenLogin",
    "check",
    "client",
    "created_id",
    "iter_purchases",
    "iter_subaccounts",
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
    parsed = check(response).parsed
    if not isinstance(parsed, expected):
        raise SmsGatewayError(f"expected a {expected.__name__} body, got {type(parsed).__name__}")
    return parsed


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
