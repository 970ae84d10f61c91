"""httpx auth strategies for smsend's two logins: session key and access token.

Both logins are ``GET /login`` or ``GET /token`` with ``username`` and ``password`` in the query,
answering ``USER_KEY;KEY`` as text; every later call sends ``user_key`` plus ``Session_key`` or
``Access_token``.  The strategies:

- log in lazily, on the first request, through the same client (its transport, timeout, retries);
- log in again, once, when the gateway answers 401 (expired or revoked key), and before sending
  when a session key has been idle for longer than the gateway keeps it (5 minutes);
- share one login between threads (a ``threading.Lock``) and between tasks (an ``asyncio.Lock``),
  so a burst of concurrent first calls performs a single login;
- keep the password and the keys in :class:`~smsgw.security.Secret` so that no repr, log line or
  exception shows them.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass

import httpx
from smsend_client import media_types

from .errors import LOGIN_REQUEST, WILL_RETRY_401, LoginError, raise_for_status
from .security import Secret, redact_url


@dataclass(frozen=True)
class Keys:
    user_key: str
    key: Secret
    obtained: float

    def __repr__(self) -> str:
        return f"Keys(user_key={self.user_key!r}, key=***)"


def _is_error_json(body: bytes) -> bool:
    """smsend's error body: a JSON object with ``"result": "ERROR"`` (spec decision D22)."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return False
    return isinstance(data, dict) and data.get("result") == "ERROR"


# What a key may hold: visible ASCII without spaces, as the spec's ``LoginKeys`` pattern says (HTTP
# would strip spaces at either end, so the gateway would never get such a key back as given).
_HEADER_VALUE = re.compile(r"^[\x21-\x7e]+$")


def _login_answer_problem(text: str) -> str | None:
    user_key, sep, key = text.strip().partition(";")
    if not sep or not user_key or not key or ";" in key:
        return "the login answer is not 'USER_KEY;KEY'"
    if not _HEADER_VALUE.match(user_key) or not _HEADER_VALUE.match(key):
        return (
            "the login answer holds a key that cannot be sent back as an HTTP header "
            "(a space, a control or non-ASCII character)"
        )
    return None


def parse_login_answer(text: str) -> tuple[str, Secret]:
    """``(user_key, key)`` of a ``USER_KEY;KEY`` login answer; LoginError if it is unusable.

    The error never holds the answer, and the raising frame keeps no local that does (tracebacks
    captured with their local variables would show it).
    """
    problem = _login_answer_problem(text)
    if problem is not None:
        del text
        raise LoginError(problem)
    user_key, _, key = text.strip().partition(";")
    return user_key, Secret(key)


class _LoginRequest(httpx.Request):
    """The login request: its URL carries the password, so its repr shows the URL redacted.

    httpx keeps the request in local variables of every frame it passes through (its client,
    the retry transport), and tracebacks captured with their locals print them with ``repr``.
    """

    def __repr__(self) -> str:
        return f"<{type(self).__name__}({self.method!r}, {redact_url(self.url)!r})>"


class KeyLogin(httpx.Auth):
    """Base of :class:`SessionLogin` and :class:`TokenLogin`; see the module docstring."""

    requires_response_body = True
    login_path: str = ""
    key_header: str = ""
    idle_limit: float | None = None  # seconds a key stays valid without use

    def __init__(self, username: str, password: str, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._password = Secret(password)
        del password  # no frame of a later error in here may hold it
        self.username = username
        if not username:
            raise ValueError("username is required")
        self._clock = clock
        self._keys: Keys | None = None
        self._last_used = 0.0
        self._base_url: httpx.URL | None = None
        self._login_paths: frozenset[str] = frozenset()  # paths of /login and /token, set by bind()
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        self.logins = 0  # how many times this strategy logged in (observable in tests)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(username={self.username!r}, password=***)"

    def bind(self, base_url: str) -> None:
        """Tell the strategy where the API lives (done by :func:`smsgw.smsend.client`)."""
        self._base_url = httpx.URL(base_url.rstrip("/") + "/")
        self._login_paths = frozenset(self._base_url.join(path).path for path in ("login", "token"))

    # -- pieces shared by the sync and async flows ----------------------------------------

    def _login_request(self, request: httpx.Request) -> httpx.Request:
        if self._base_url is None:
            raise LoginError("this auth strategy is not bound to a base URL; create clients with smsgw.smsend.client()")
        url = self._base_url.join(self.login_path).copy_merge_params(
            {"username": self.username, "password": self._password.reveal()}
        )
        extensions = {**request.extensions, LOGIN_REQUEST: True}
        accept = media_types.ACCEPT[f"GET /{self.login_path}"]  # the spec's media type of the login answer
        return _LoginRequest("GET", url, headers={"Accept": accept}, extensions=extensions)

    def _accept_login(self, response: httpx.Response) -> Keys:
        # The gateway answers wrong credentials with 404 and its JSON error body; a 404 without
        # that body comes from something else at a wrong base URL, and is reported as such.
        if response.status_code == 404 and _is_error_json(response.content):
            raise LoginError(f"login refused for user {self.username!r}: wrong username or password")
        raise_for_status(response, lambda body: (None, None))
        user_key, key = parse_login_answer(response.text)
        self.logins += 1
        self._keys = Keys(user_key, key, self._clock())
        self._last_used = self._keys.obtained
        return self._keys

    def _usable(self) -> Keys | None:
        keys = self._keys
        if keys is None:
            return None
        if self.idle_limit is not None and self._clock() - self._last_used >= self.idle_limit:
            return None
        return keys

    def _is_login_call(self, request: httpx.Request) -> bool:
        """The application calling /login or /token itself needs no keys."""
        return request.url.path in self._login_paths  # computed once: URL joins cost on every call

    def _sign(self, request: httpx.Request, keys: Keys, *, will_retry: bool) -> httpx.Request:
        request.extensions = {**request.extensions, WILL_RETRY_401: will_retry}
        request.headers["user_key"] = keys.user_key
        request.headers[self.key_header] = keys.key.reveal()
        self._last_used = self._clock()
        return request

    # -- flows ------------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._is_login_call(request):
            yield request
            return
        with self._thread_lock:
            keys = self._usable()
            if keys is None:
                login = yield self._login_request(request)
                login.read()  # overriding sync_auth_flow skips httpx's requires_response_body read
                keys = self._accept_login(login)
        response = yield self._sign(request, keys, will_retry=True)
        if response.status_code == 401:
            with self._thread_lock:
                current = self._keys
                if current is keys or current is None:  # nobody renewed it meanwhile
                    login = yield self._login_request(request)
                    login.read()
                    current = self._accept_login(login)
            yield self._sign(request, current, will_retry=False)

    def _lock(self) -> asyncio.Lock:
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        return self._async_lock

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._is_login_call(request):
            yield request
            return
        async with self._lock():
            keys = self._usable()
            if keys is None:
                login = yield self._login_request(request)
                await login.aread()  # overriding async_auth_flow skips httpx's requires_response_body read
                keys = self._accept_login(login)
        response = yield self._sign(request, keys, will_retry=True)
        if response.status_code == 401:
            async with self._lock():
                current = self._keys
                if current is keys or current is None:
                    login = yield self._login_request(request)
                    await login.aread()
                    current = self._accept_login(login)
            yield self._sign(request, current, will_retry=False)


class SessionLogin(KeyLogin):
    """``GET /login``: a session key that expires after 5 minutes without calls."""

    login_path = "login"
    key_header = "Session_key"
    idle_limit = 290.0  # renew a little before the gateway's 300 s, saving a 401 round trip


class TokenLogin(KeyLogin):
    """``GET /token``: an access token with no documented expiry (renewed on a 401)."""

    login_path = "token"
    key_header = "Access_token"
