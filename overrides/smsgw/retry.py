"""Retries of idempotent requests: every number of the policy lives in this file.

Only GET, HEAD, OPTIONS, PUT and DELETE are retried, on connection errors and on the statuses in
:data:`RETRY_STATUSES`, with exponential backoff and jitter, honouring ``Retry-After`` up to
:data:`MAX_RETRY_AFTER`.  A POST (sending an SMS, creating a subaccount, moving credits) is
never retried here: repeating it blindly could send an SMS twice.  Those calls are reconciled
by the helpers that know how to look the outcome up (see ``smsgw.smshosting.send_sms``).

The retry sits in the transport, beneath httpx's auth flow, so a re-login after a 401 and a
retry after a 503 compose without knowing about each other.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

MAX_RETRIES = 2
INITIAL_DELAY = 0.5  # seconds before the first retry
MAX_DELAY = 8.0  # cap of the exponential backoff
JITTER = 0.25  # each delay is multiplied by a random factor in [1 - JITTER, 1 + JITTER]
MAX_RETRY_AFTER = 60.0  # a Retry-After longer than this is cut down to it
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


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
    stats: RetryStats = field(default_factory=RetryStats, compare=False)

    @classmethod
    def disabled(cls) -> RetryPolicy:
        return cls(max_retries=0)

    def applies_to(self, request: httpx.Request) -> bool:
        return self.max_retries > 0 and request.method in self.methods

    def delay(self, attempt: int, response: httpx.Response | None) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based)."""
        retry_after = _retry_after(response) if response is not None else None
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        backoff: float = min(self.initial_delay * 2.0 ** (attempt - 1), self.max_delay)
        return backoff * random.uniform(1 - self.jitter, 1 + self.jitter)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


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

    def _should_retry(self, attempt: int, response: httpx.Response | None) -> bool:
        if attempt > self.policy.max_retries:
            self.policy.stats.gave_up += 1
            return False
        return response is None or response.status_code in self.policy.statuses

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self.inner, httpx.BaseTransport)
        if not self.policy.applies_to(request):
            return self.inner.handle_request(request)
        request.read()
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError:
                if not self._should_retry(attempt, None):
                    raise
                self.policy.stats.retried += 1
                self._sleep(self.policy.delay(attempt, None))
                continue
            if response.status_code not in self.policy.statuses or not self._should_retry(attempt, response):
                return response
            response.close()
            self.policy.stats.retried += 1
            self._sleep(self.policy.delay(attempt, response))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self.inner, httpx.AsyncBaseTransport)
        if not self.policy.applies_to(request):
            return await self.inner.handle_async_request(request)
        await request.aread()
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError:
                if not self._should_retry(attempt, None):
                    raise
                self.policy.stats.retried += 1
                await asyncio.sleep(self.policy.delay(attempt, None))
                continue
            if response.status_code not in self.policy.statuses or not self._should_retry(attempt, response):
                return response
            await response.aclose()
            self.policy.stats.retried += 1
            await asyncio.sleep(self.policy.delay(attempt, response))

    def close(self) -> None:
        if isinstance(self.inner, httpx.BaseTransport):
            self.inner.close()

    async def aclose(self) -> None:
        if isinstance(self.inner, httpx.AsyncBaseTransport):
            await self.inner.aclose()
