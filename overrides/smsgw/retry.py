"""Retries of idempotent requests: every number of the policy lives in this file.

GET, HEAD, OPTIONS, PUT and DELETE are retried on connection errors and on the statuses in
:data:`RETRY_STATUSES`, with exponential backoff and jitter, honouring ``Retry-After`` up to
:data:`MAX_RETRY_AFTER`.  A POST (sending an SMS, creating a subaccount, moving credits) is
retried only on :data:`NOT_PROCESSED_STATUSES`, where the gateway says it did nothing; on a
timeout, a dropped connection or a 5xx it may have acted, and repeating it blindly could send
an SMS twice.  Those calls are reconciled by the helpers that know how to look the outcome up
(:mod:`smsgw.delivery`, ``smsgw.smsend.create_subaccount_once``), which wait for
:data:`SETTLE_WINDOW` before they take a missing change as proof that it never happened.

The retry sits in the transport, beneath httpx's auth flow, so a re-login after a 401 and a
retry after a 503 compose without knowing about each other.  Transport errors that are not
retried (or still fail after the last retry) leave as :class:`~smsgw.errors.APIConnectionError`
or :class:`~smsgw.errors.APITimeoutError`, telling whether the request may have been received.
Bodies are read here, inside the retry, so a connection cut in the middle of an answer is
handled like one cut before it (the gateways' answers are small; nothing here streams).
"""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from .errors import connection_error

MAX_RETRIES = 2
INITIAL_DELAY = 0.5  # seconds before the first retry
MAX_DELAY = 8.0  # cap of the exponential backoff
JITTER = 0.25  # each delay is multiplied by a random factor in [1 - JITTER, 1 + JITTER]
MAX_RETRY_AFTER = 60.0  # a Retry-After longer than this is cut down to it
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Statuses that say the request was refused before it was processed: safe to repeat for every
# method, a send included (a 429 is the gateway asking to come back later, not an outcome).
NOT_PROCESSED_STATUSES = frozenset({429})
# After a POST failed ambiguously (timeout, cut connection, 5xx), how long the gateway may still
# commit it: a request the client gave up on can sit in a proxy, a load balancer or the gateway's
# own queue and be carried out later.  The at-most-once helpers look the change up, again and
# again with backoff, until this many seconds after the failure, and only then take "not found"
# as proof that it never happened.  Neither gateway documents a bound: this is an assumption
# (twice the default read timeout), and the one thing a resend relies on.
SETTLE_WINDOW = 60.0
LOOKUP_INITIAL_DELAY = 0.5  # seconds between the first look-ups of the settle window
LOOKUP_MAX_DELAY = 8.0  # cap of their exponential backoff


@dataclass
class RetryStats:
    """Counters a test or a dashboard can read: how often the policy stepped in."""

    retried: int = 0
    gave_up: int = 0


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = MAX_RETRIES
    initial_delay: float = INITIAL_DELAY
    max_delay: float = MAX_DELAY
    max_retry_after: float = MAX_RETRY_AFTER
    jitter: float = JITTER
    statuses: frozenset[int] = RETRY_STATUSES
    methods: frozenset[str] = IDEMPOTENT_METHODS
    not_processed: frozenset[int] = NOT_PROCESSED_STATUSES
    settle_window: float = SETTLE_WINDOW
    lookup_initial_delay: float = LOOKUP_INITIAL_DELAY
    lookup_max_delay: float = LOOKUP_MAX_DELAY
    stats: RetryStats = field(default_factory=RetryStats, compare=False)

    @classmethod
    def disabled(cls) -> RetryPolicy:
        return cls(max_retries=0)

    def retries_status(self, request: httpx.Request, status: int) -> bool:
        if request.method in self.methods:
            return status in self.statuses
        return status in self.not_processed

    def retries_transport_errors(self, request: httpx.Request) -> bool:
        return request.method in self.methods

    def delay(self, attempt: int, response: httpx.Response | None) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based)."""
        retry_after = _retry_after(response) if response is not None else None
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        backoff: float = min(self.initial_delay * 2.0 ** (attempt - 1), self.max_delay)
        return backoff * random.uniform(1 - self.jitter, 1 + self.jitter)

    def lookup_delay(self, lookup: int) -> float:
        """Seconds between look-up number ``lookup`` (1-based) of a settle window and the next."""
        return min(self.lookup_initial_delay * 2.0 ** (lookup - 1), self.lookup_max_delay)


def _retry_after(response: httpx.Response) -> float | None:
    return parse_retry_after(response.headers.get("retry-after"))


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay-seconds or an HTTP date).

    None when there is none or it cannot be read (``soon``, ``nan``, a broken date): the caller
    then falls back to its own backoff.  Never raises.
    """
    text = (value or "").strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # RFC 9110 dates are GMT; a zone-less one is read as such
        moment = moment.replace(tzinfo=datetime.UTC)
    return max(0.0, moment.timestamp() - time.time())


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps a sync or async transport with :class:`RetryPolicy`."""

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self._sleep = sleep

    def _give_up(self, attempt: int) -> bool:
        if attempt > self.policy.max_retries:
            self.policy.stats.gave_up += 1
            return True
        return False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self.inner, httpx.BaseTransport)
        policy = self.policy
        if policy.max_retries:
            request.read()  # the body must be replayable
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self.inner.handle_request(request)
                response.read()  # a connection cut mid-body is a transport error too
            except httpx.TransportError as error:
                if not policy.retries_transport_errors(request) or self._give_up(attempt):
                    raise connection_error(error) from None
                policy.stats.retried += 1
                self._sleep(policy.delay(attempt, None))
                continue
            if not policy.retries_status(request, response.status_code) or self._give_up(attempt):
                return response
            response.close()
            policy.stats.retried += 1
            self._sleep(policy.delay(attempt, response))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self.inner, httpx.AsyncBaseTransport)
        policy = self.policy
        if policy.max_retries:
            await request.aread()
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self.inner.handle_async_request(request)
                await response.aread()
            except httpx.TransportError as error:
                if not policy.retries_transport_errors(request) or self._give_up(attempt):
                    raise connection_error(error) from None
                policy.stats.retried += 1
                await asyncio.sleep(policy.delay(attempt, None))
                continue
            if not policy.retries_status(request, response.status_code) or self._give_up(attempt):
                return response
            await response.aclose()
            policy.stats.retried += 1
            await asyncio.sleep(policy.delay(attempt, response))

    def close(self) -> None:
        if isinstance(self.inner, httpx.BaseTransport):
            self.inner.close()

    async def aclose(self) -> None:
        if isinstance(self.inner, httpx.AsyncBaseTransport):
            await self.inner.aclose()
