"""The client classes: ``Smshosting``, ``AsyncSmshosting``, ``Smsend``, ``AsyncSmsend``.

::

    from smsgw import Smshosting

    with Smshosting() as client:                     # SMSHOSTING_AUTH_KEY / SMSHOSTING_AUTH_SECRET
        sent = client.sms.send(to=["393401234567"], text="Hello")
        for sms in client.sms.search(transaction_id=sent.transaction_id):
            print(sms.id, sms.status)

Each class holds one httpx client (sync or async) built like every client of this package
(:mod:`smsgw._http`: timeout, retries of idempotent calls, https-only base URL, typed errors) and
inherits its resources (``client.sms``, ``client.subaccounts``, ...) from the generated
``<api>_client.sdk`` module; see ``api.md`` for every method.  Credentials are arguments or,
when omitted, environment variables read when the client is built.  The base URL defaults to
``<API>_BASE_URL`` from the environment, else the vendor's production URL from the spec.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar

import httpx
from smsend_client import Client as SmsendClient
from smsend_client.sdk import DEFAULT_BASE_URL as SMSEND_URL
from smsend_client.sdk import AsyncSmsendResources, SmsendResources
from smshosting_client import Client as SmshostingClient
from smshosting_client.models import BulkTransactionCallback, SmsStatusCallback
from smshosting_client.sdk import DEFAULT_BASE_URL as SMSHOSTING_URL
from smshosting_client.sdk import AsyncSmshostingResources, SmshostingResources

from . import _http, smsend, smshosting
from ._keylogin import KeyLogin, SessionLogin, TokenLogin
from .errors import SmsGatewayError
from .retry import RetryPolicy

if TYPE_CHECKING:
    from smsend_client.models import CreditMoveRequest, SubaccountInput
    from smsend_client.models import SendSmsRequest as SmsendSendSmsRequest
    from smshosting_client.models import SendSmsRequest as SmshostingSendSmsRequest

    from .delivery import SendResult
    from .smsend_delivery import SendOnceResult
    from .smsend_twofactor import AsyncTwoFactor, TwoFactor

__all__ = ["AsyncSmsend", "AsyncSmshosting", "Smsend", "Smshosting"]

Timeout = httpx.Timeout | float | None


def _setting(value: str | None, env: str) -> str | None:
    """An argument, else the environment variable ``env`` read now (never a default argument)."""
    return value if value is not None else os.environ.get(env)


def _smshosting_setup(auth_key: str | None, auth_secret: str | None, base_url: str | None) -> tuple[str, httpx.Auth]:
    key = _setting(auth_key, smshosting.ENV_KEY)
    secret = _setting(auth_secret, smshosting.ENV_SECRET)
    if not key or not secret:
        raise SmsGatewayError(f"pass auth_key and auth_secret, or set {smshosting.ENV_KEY} and {smshosting.ENV_SECRET}")
    return _setting(base_url, "SMSHOSTING_BASE_URL") or SMSHOSTING_URL, smshosting.BasicAuth(key, secret)


def _smsend_setup(
    username: str | None,
    password: str | None,
    login: Literal["session", "token"],
    base_url: str | None,
    auth: KeyLogin | None,
) -> tuple[str, KeyLogin]:
    url = _setting(base_url, "SMSEND_BASE_URL") or SMSEND_URL
    if auth is not None:
        auth.bind(url)
        return url, auth
    user = _setting(username, "SMSEND_USERNAME")
    secret = _setting(password, "SMSEND_PASSWORD")
    if not user or not secret:
        raise SmsGatewayError("pass username and password, or set SMSEND_USERNAME and SMSEND_PASSWORD")
    auth = SessionLogin(user, secret) if login == "session" else TokenLogin(user, secret)
    auth.bind(url)
    return url, auth


C = TypeVar("C", SmsendClient, SmshostingClient)


class _Base(Generic[C]):
    _client: C
    _base_url: str

    @property
    def generated(self) -> C:
        """The generated client underneath: the functions ``<api>_client.api.<tag>.<operation>``
        take it as ``client=`` (the low-level layer, e.g. to send a value as the wire has it)."""
        return self._client

    def __repr__(self) -> str:
        auth = getattr(self, "auth", None)
        return f"{type(self).__name__}(base_url={self._base_url!r}" + (f", auth={auth!r})" if auth else ")")


class _Sync(_Base[C]):
    def close(self) -> None:
        """Close the connections (also done by ``with``)."""
        self._client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Async(_Base[C]):
    async def close(self) -> None:
        """Close the connections (also done by ``async with``)."""
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class _SmshostingCallbacks:
    """Parsing what the gateway posts to the callback URLs given with a send (no client needed)."""

    @staticmethod
    def parse_status_callback(body: bytes | str | Mapping[str, str]) -> SmsStatusCallback:
        """The delivery report a ``status_callback`` URL receives (form-encoded), typed."""
        return smshosting.parse_status_callback(body)

    @staticmethod
    def parse_transaction_callback(body: bytes | str | Mapping[str, Any]) -> BulkTransactionCallback:
        """The outcome a ``transaction_callback`` URL receives (JSON), typed."""
        return smshosting.parse_transaction_callback(body)


class _SmshostingOnce(_Base[SmshostingClient]):
    def send_sms_once(self, body: SmshostingSendSmsRequest, *, attempts: int = 3) -> SendResult:
        """Send at most once per recipient, reconciling by ``transactionId`` after an ambiguous
        failure: :func:`smsgw.delivery.send_sms` on this client (its retry policy and settle window)."""
        from .delivery import send_sms

        return send_sms(self._client, body, attempts=attempts)


class _AsyncSmshostingOnce(_Base[SmshostingClient]):
    async def send_sms_once(self, body: SmshostingSendSmsRequest, *, attempts: int = 3) -> SendResult:
        """The async twin of :meth:`Smshosting.send_sms_once` (:func:`smsgw.delivery.asend_sms`)."""
        from .delivery import asend_sms

        return await asend_sms(self._client, body, attempts=attempts)


class _SmsendOnce(_Base[SmsendClient]):
    def send_sms_once(self, body: SmsendSendSmsRequest, *, attempts: int = 3) -> SendOnceResult:
        """Send an SMS order at most once, reconciling by ``order_id`` after an ambiguous failure:
        :func:`smsgw.smsend_delivery.send_sms_once` on this client."""
        from .smsend_delivery import send_sms_once

        return send_sms_once(self._client, body, attempts=attempts)

    def create_subaccount_once(self, body: SubaccountInput, *, attempts: int = 3) -> smsend.Outcome:
        """Create a subaccount at most once, found by login after an ambiguous failure:
        :func:`smsgw.smsend.create_subaccount_once` on this client."""
        return smsend.create_subaccount_once(self._client, body, attempts=attempts)

    def move_credits_once(self, subaccount_id: str, moves: CreditMoveRequest, *, attempts: int = 3) -> smsend.Outcome:
        """Move credits at most once, checked by balance after an ambiguous failure:
        :func:`smsgw.smsend.move_credits_once` on this client."""
        return smsend.move_credits_once(self._client, subaccount_id, moves, attempts=attempts)


class _AsyncSmsendOnce(_Base[SmsendClient]):
    async def send_sms_once(self, body: SmsendSendSmsRequest, *, attempts: int = 3) -> SendOnceResult:
        """The async twin of :meth:`Smsend.send_sms_once`."""
        from .smsend_delivery import asend_sms_once

        return await asend_sms_once(self._client, body, attempts=attempts)

    async def create_subaccount_once(self, body: SubaccountInput, *, attempts: int = 3) -> smsend.Outcome:
        """The async twin of :meth:`Smsend.create_subaccount_once`."""
        return await smsend.acreate_subaccount_once(self._client, body, attempts=attempts)

    async def move_credits_once(
        self, subaccount_id: str, moves: CreditMoveRequest, *, attempts: int = 3
    ) -> smsend.Outcome:
        """The async twin of :meth:`Smsend.move_credits_once`."""
        return await smsend.amove_credits_once(self._client, subaccount_id, moves, attempts=attempts)


class Smshosting(_Sync[SmshostingClient], _SmshostingCallbacks, _SmshostingOnce, SmshostingResources):
    """The Smshosting REST API, sync: ``client.sms.send(...)``, ``client.contacts.create(...)``, ...

    ``auth_key``/``auth_secret`` default to ``SMSHOSTING_AUTH_KEY``/``SMSHOSTING_AUTH_SECRET``,
    ``base_url`` to ``SMSHOSTING_BASE_URL`` or the production URL.  ``transport`` replaces the
    network (e.g. ``smsim.SimulatorTransport``); ``retry`` changes the retry policy.
    """

    def __init__(
        self,
        *,
        auth_key: str | None = None,
        auth_secret: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        url, auth = _smshosting_setup(auth_key, auth_secret, base_url)
        self._base_url = url
        self._read_error = read_error = smshosting.read_error
        http = _http.sync_client(
            url, auth=auth, read_error=read_error, timeout=timeout, transport=transport, retry=retry
        )
        self._client = SmshostingClient(base_url=url.rstrip("/")).set_httpx_client(http)


class AsyncSmshosting(_Async[SmshostingClient], _SmshostingCallbacks, _AsyncSmshostingOnce, AsyncSmshostingResources):
    """The Smshosting REST API, async: ``await client.sms.send(...)``, ``async for`` on lists.

    Same arguments as :class:`Smshosting`; ``transport`` is an async transport.
    """

    def __init__(
        self,
        *,
        auth_key: str | None = None,
        auth_secret: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        url, auth = _smshosting_setup(auth_key, auth_secret, base_url)
        self._base_url = url
        self._read_error = read_error = smshosting.read_error
        http = _http.async_client(
            url, auth=auth, read_error=read_error, timeout=timeout, transport=transport, retry=retry
        )
        self._client = SmshostingClient(base_url=url.rstrip("/")).set_async_httpx_client(http)


class Smsend(_Sync[SmsendClient], _SmsendOnce, SmsendResources):
    """The smsend Subaccount API, sync: ``client.subaccounts.create(...)``, ``client.credit.move(...)``.

    ``username``/``password`` default to ``SMSEND_USERNAME``/``SMSEND_PASSWORD``; the client logs
    in lazily (``login="session"``: a session key, renewed when idle; ``"token"``: an access
    token) and again when the key expires; ``auth`` takes a ready strategy instead
    (:class:`smsgw.smsend.SessionLogin` / :class:`~smsgw.smsend.TokenLogin`).  ``base_url``
    defaults to ``SMSEND_BASE_URL`` or the production URL; ``transport`` and ``retry`` as for
    :class:`Smshosting`.
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        login: Literal["session", "token"] = "session",
        auth: KeyLogin | None = None,
        base_url: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        url, self.auth = _smsend_setup(username, password, login, base_url, auth)
        self._base_url = url
        self._read_error = read_error = smsend.read_error
        http = _http.sync_client(
            url, auth=self.auth, read_error=read_error, timeout=timeout, transport=transport, retry=retry
        )
        self._client = SmsendClient(base_url=url.rstrip("/")).set_httpx_client(http)

    @cached_property
    def two_factor(self) -> TwoFactor:
        """2FA with typed verdicts over ``two_factor_authentication``: ``request`` a PIN, ``verify``
        it (raises :class:`~smsgw.errors.PinRejectedError`) or ``check`` it (a bool)."""
        from .smsend_twofactor import TwoFactor

        return TwoFactor(self.two_factor_authentication)


class AsyncSmsend(_Async[SmsendClient], _AsyncSmsendOnce, AsyncSmsendResources):
    """The smsend Subaccount API, async; same arguments as :class:`Smsend`."""

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        login: Literal["session", "token"] = "session",
        auth: KeyLogin | None = None,
        base_url: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        url, self.auth = _smsend_setup(username, password, login, base_url, auth)
        self._base_url = url
        self._read_error = read_error = smsend.read_error
        http = _http.async_client(
            url, auth=self.auth, read_error=read_error, timeout=timeout, transport=transport, retry=retry
        )
        self._client = SmsendClient(base_url=url.rstrip("/")).set_async_httpx_client(http)

    @cached_property
    def two_factor(self) -> AsyncTwoFactor:
        """The async twin of :attr:`Smsend.two_factor`."""
        from .smsend_twofactor import AsyncTwoFactor

        return AsyncTwoFactor(self.two_factor_authentication)
