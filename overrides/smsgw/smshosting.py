"""Overrides for the generated Smshosting client (``smshosting_client``).

Typical use::

    from smsgw import smshosting
    from smshosting_client.api.sms import send_sms

    client = smshosting.client(base_url)            # AUTH_KEY/AUTH_SECRET from the environment
    sent = smshosting.unwrap(send_sms.sync_detailed(client=client, body=smshosting.sms(
        ["393401234567", "393407654321"], "Hello", status_callback="http://127.0.0.1:9000/cb")),
        SendSmsResponse)
    for sms in smshosting.paginate(search_sms, client, "sms_list", transaction_id=sent.transaction_id):
        ...

The same design as :mod:`smsgw.smsend`, with the Smshosting strategies: HTTP Basic auth from
AUTH_KEY/AUTH_SECRET (or ``SMSHOSTING_AUTH_KEY``/``SMSHOSTING_AUTH_SECRET``), offset/limit paging,
errors carrying ``errorCode``/``errorMsg``, plus helpers where the generated surface is awkward:
recipient lists, the ``+0100``-style dates, sandbox sends and webhook payload parsing.
"""

from __future__ import annotations

import base64
import json
import os
import re
from collections.abc import Generator, Iterable, Mapping
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import parse_qs

import httpx
from smshosting_client import Client, media_types
from smshosting_client.models import BulkTransactionCallback, SendSmsRequest, SmsStatusCallback
from smshosting_client.types import UNSET, Unset

from . import _http
from ._surface import datetime_rfc822
from .errors import SmsGatewayError, parsed_as, raise_for_status
from .pagination import OffsetLimitPaging, PagedEndpoint, Paginator
from .retry import RetryPolicy
from .security import Secret

__all__ = [
    "BasicAuth",
    "check",
    "client",
    "format_date",
    "paginate",
    "parse_date",
    "parse_status_callback",
    "parse_transaction_callback",
    "read_error",
    "recipients",
    "sms",
    "unwrap",
]

T = TypeVar("T")
R = TypeVar("R")
ENV_KEY = "SMSHOSTING_AUTH_KEY"
ENV_SECRET = "SMSHOSTING_AUTH_SECRET"
MAX_RECIPIENTS = 1000
_MSISDN = re.compile(r"^\+?[0-9]{6,15}$")
# The Accept header of every operation that answers a body, from the spec (generated; all JSON
# today, so the hook of smsgw._http has nothing to look up).
ACCEPT = media_types.ACCEPT


class BasicAuth(httpx.Auth):
    """HTTP Basic with AUTH_KEY as user and AUTH_SECRET as password; the secret never shows."""

    def __init__(self, auth_key: str, auth_secret: str) -> None:
        self._secret = Secret(auth_secret)
        del auth_secret  # no frame of a later error in here may hold it
        self.auth_key = auth_key
        if not auth_key:
            raise ValueError("AUTH_KEY is required")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> BasicAuth:
        """From ``SMSHOSTING_AUTH_KEY``/``SMSHOSTING_AUTH_SECRET`` (``environ``, else the process'
        environment, read now: never a default argument, which ``help()`` would print)."""
        env = os.environ if environ is None else environ
        try:
            return cls(env[ENV_KEY], env[ENV_SECRET])
        except KeyError:
            del environ, env
            raise SmsGatewayError(f"set {ENV_KEY} and {ENV_SECRET}, or pass auth_key and auth_secret") from None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = base64.b64encode(f"{self.auth_key}:{self._secret.reveal()}".encode()).decode("ascii")
        request.headers["Authorization"] = f"Basic {token}"
        yield request

    def __repr__(self) -> str:
        return f"BasicAuth(auth_key={self.auth_key!r}, auth_secret=***)"


def read_error(body: bytes) -> tuple[str | None, str | None]:
    """``(errorMsg, None)`` of a ``{errorCode, errorMsg}`` body, ``(None, None)`` otherwise.

    ``errorMsg`` is a short upper-case code (``BAD_CREDENTIALS``) and ``errorCode`` repeats the
    HTTP status, so the error carries the code once and the status as ``status_code``.
    """
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None, None
    message = data.get("errorMsg") if isinstance(data, dict) else None
    return (message, None) if isinstance(message, str) else (None, None)


def client(
    base_url: str,
    *,
    auth_key: str | None = None,
    auth_secret: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    retry: RetryPolicy | None = None,
) -> Client:
    """A generated ``Client`` for ``base_url`` (e.g. ``https://.../rest/api``), sync and async.

    Without ``auth_key``/``auth_secret`` the credentials come from ``SMSHOSTING_AUTH_KEY`` and
    ``SMSHOSTING_AUTH_SECRET``.
    """
    if (auth_key is None) != (auth_secret is None):
        del auth_secret
        raise ValueError("pass both auth_key and auth_secret, or neither")
    auth = (
        BasicAuth(auth_key, auth_secret) if auth_key is not None and auth_secret is not None else BasicAuth.from_env()
    )
    del auth_secret  # from here on only ``auth`` holds it: no traceback frame of this call shows it
    if async_transport is None and isinstance(transport, httpx.AsyncBaseTransport):
        async_transport = transport
    generated = Client(base_url=base_url.rstrip("/"))
    options: dict[str, Any] = {
        "auth": auth,
        "read_error": read_error,
        "timeout": timeout,
        "retry": retry,
        "accept": ACCEPT,
    }
    generated.set_httpx_client(_http.sync_client(base_url, transport=transport, **options))
    generated.set_async_httpx_client(_http.async_client(base_url, transport=async_transport, **options))
    return generated


def check(response: R) -> R:
    """``response`` itself if it is a success; otherwise raise the typed error for its status."""
    return raise_for_status(response, read_error)  # type: ignore[type-var]


def unwrap(response: Any, expected: type[T]) -> T:
    """The parsed body of a successful ``response``, checked to be an ``expected``."""
    return parsed_as(response, expected, read_error)


def paginate(endpoint: PagedEndpoint, client: Client, items: str, *, limit: int = 100, **params: Any) -> Paginator[Any]:
    """Every item of an offset/limit list operation, e.g.
    ``paginate(search_sms, client, "sms_list", status="DELIVERED")`` (``for`` or ``async for``).

    ``items`` is the attribute of the generated page model that holds the list.
    """
    return Paginator(endpoint, client, OffsetLimitPaging(items, limit), read_error, **params)


# -- helpers for awkward parts of the generated surface ------------------------------------


def recipients(numbers: Iterable[str]) -> str:
    """The ``to`` field for several recipients: validated, de-duplicated, comma separated."""
    seen: dict[str, None] = {}
    for number in numbers:
        cleaned = number.strip().replace(" ", "")
        if not _MSISDN.match(cleaned):
            raise ValueError(f"not a phone number with international prefix: {number!r}")
        seen.setdefault(cleaned.lstrip("+"), None)
    if not seen:
        raise ValueError("at least one recipient is needed")
    if len(seen) > MAX_RECIPIENTS:
        raise ValueError(f"at most {MAX_RECIPIENTS} recipients per send; use send bulk for more")
    return ",".join(seen)


def format_date(moment: datetime) -> str:
    """``2026-03-24T09:30:00+0100``: the API's date-time format (RFC 822 offset, no colon)."""
    return datetime_rfc822(moment)


def parse_date(text: str) -> datetime:
    """The inverse of :func:`format_date`."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S%z")


def sms(
    to: Iterable[str] | str,
    text: str,
    *,
    sender: str | None = None,
    when: datetime | None = None,
    transaction_id: str | None = None,
    status_callback: str | None = None,
    sandbox: bool = False,
    group: Iterable[int | str] | None = None,
) -> SendSmsRequest:
    """A ``SendSmsRequest`` from Python values: a list of numbers, an aware datetime, a bool."""

    def opt(value: str | None) -> str | Unset:
        return UNSET if value is None else value

    return SendSmsRequest(
        text=text,
        to=recipients([to] if isinstance(to, str) else to) if to else UNSET,
        group=",".join(str(g) for g in group) if group else UNSET,
        from_=opt(sender),
        date=format_date(when) if when is not None else UNSET,
        transaction_id=opt(transaction_id),
        status_callback=opt(status_callback),
        sandbox=sandbox if sandbox else UNSET,
    )


def parse_status_callback(body: bytes | str | Mapping[str, str]) -> SmsStatusCallback:
    """The delivery report a ``statusCallback`` URL receives (form-encoded) as a typed model."""
    if isinstance(body, Mapping):
        fields = dict(body)
    else:
        text = body.decode("utf-8") if isinstance(body, bytes) else body
        fields = {k: v[-1] for k, v in parse_qs(text, keep_blank_values=True, strict_parsing=False).items()}
    try:
        return SmsStatusCallback.from_dict(fields)
    except (KeyError, TypeError, ValueError) as error:
        raise SmsGatewayError(f"not a delivery report: {error}") from None


def parse_transaction_callback(body: bytes | str | Mapping[str, Any]) -> BulkTransactionCallback:
    """The outcome a ``transactionCallback`` URL receives (JSON) as a typed model."""
    try:
        data = body if isinstance(body, Mapping) else json.loads(body)
        return BulkTransactionCallback.from_dict(dict(data))
    except (KeyError, TypeError, ValueError) as error:
        raise SmsGatewayError(f"not a bulk transaction outcome: {error}") from None
