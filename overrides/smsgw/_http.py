"""Building the httpx clients that the generated clients run on.

The generated ``Client`` has no timeout and no ``Accept`` header by default and takes auth and
transports only through ``httpx_args``; here both API modules get the same sane defaults in one
place: typed errors raised by a response hook (so every generated call raises instead of
returning error bodies as values), a timeout, ``Accept: application/json`` (or, per operation,
the media types its spec declares instead: the generated ``media_types.ACCEPT``), a User-Agent,
an https-only base URL (loopback excepted), the retry transport for idempotent calls, and the
caller's auth strategy.  The httpx client classes themselves do less per call than httpx's
(:class:`_Lean`: no cookie-jar work for responses that set no cookie, one URL parse instead of
three) and free each read response at once (:class:`_Client`).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx

from ._version import __version__
from .errors import ErrorReader, response_hooks
from .retry import RetryPolicy, RetryTransport
from .security import check_base_url

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_HEADERS = {"Accept": "application/json", "User-Agent": f"smsgw-python/{__version__}"}
_PARAMETER = re.compile(r"\{[^}]*\}")


_SET_COOKIE = frozenset({b"set-cookie", b"set-cookie2"})


class _Cookies(httpx.Cookies):
    """``httpx.Cookies`` that skips the cookie jar for a response that sets no cookie.

    httpx hands every response to ``Cookies.extract_cookies``, which wraps the response and its
    request in two ``urllib`` compatibility objects and runs ``http.cookiejar`` over them:
    about a tenth of a whole in-process call (docs/benchmarks.md, finding 17).  Neither gateway
    sets cookies, so here that work is done only when the response has a ``Set-Cookie`` (or
    ``Set-Cookie2``) header; the jar then gets it exactly as httpx would give it, and the
    cookies it holds are sent as before.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        for key, _ in response.headers.raw:
            if key.lower() in _SET_COOKIE:
                super().extract_cookies(response)
                return


class _Lean:
    """What :class:`_Client` and :class:`_AsyncClient` do with less work than httpx, alike.

    - Cookies are always :class:`_Cookies` (those the client was built with, and any set later
      through ``client.cookies = ...``).
    - A path relative to the base URL (``"/subaccount/abc"``, what every generated call passes)
      becomes the request's URL in one parse of ``base_url + path`` instead of httpx's three
      (the path, the path appended to the base URL's, the result): about 20 µs a call here.
      Any other URL (absolute, ``//host``, with a ``#fragment``, or on a base URL with
      credentials) goes through httpx's own merge; the two agree on every relative path
      (``tests/overrides/test_http_client.py`` checks them against each other).
    """

    _cookies: httpx.Cookies
    base_url: httpx.URL

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._cookies = _Cookies(self._cookies.jar)
        self._prefix: tuple[httpx.URL, str | None] | None = None  # (base URL, its text if plain)

    @property
    def cookies(self) -> httpx.Cookies:
        return self._cookies

    @cookies.setter
    def cookies(self, cookies: httpx._types.CookieTypes) -> None:
        jar = cookies.jar if isinstance(cookies, httpx.Cookies) else httpx.Cookies(cookies).jar
        self._cookies = _Cookies(jar)

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        if isinstance(url, str) and url[:1] == "/" and url[1:2] != "/" and "#" not in url:
            base = self.base_url
            if self._prefix is None or self._prefix[0] is not base:  # the base URL can be changed
                self._prefix = (base, _url_prefix(base))
            prefix = self._prefix[1]
            if prefix is not None:
                return httpx.URL(prefix + url[1:])
        merged: httpx.URL = super()._merge_url(url)  # type: ignore[misc]
        return merged


def _url_prefix(base: httpx.URL) -> str | None:
    """The text a relative path is appended to (``base`` ends its path with ``/`` in httpx),
    or None when ``base`` is not a plain absolute URL (no base, a query, a fragment) or carries
    credentials (``user:password@``: as text they would show in tracebacks with locals, where
    httpx's ``URL`` objects mask the password)."""
    if not base.is_absolute_url or base.query or base.fragment or base.userinfo:
        return None
    text = str(base)
    text = text if text.endswith("/") else text + "/"  # httpx writes a bare "/" path as ""
    return text if httpx.URL(text) == base else None


class _Client(_Lean, httpx.Client):
    """``httpx.Client`` whose read responses are freed as soon as nobody holds them.

    httpx binds each response's stream to the response, a reference cycle: every response, body
    included, then waits for the cyclic garbage collector instead of going with its last
    reference, so memory grows with the number of calls between collections.  A non-streamed
    response is read and closed before ``send`` returns and its stream is never used again;
    replacing it with the bytes breaks the cycle (walking 100,000 items then peaks at the same
    ~0.5 MB as walking 10,000, instead of ~1.8 MB and growing).
    """

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = super().send(request, **kwargs)
        if not kwargs.get("stream"):
            response.stream = httpx.ByteStream(response.content)
        return response


class _AsyncClient(_Lean, httpx.AsyncClient):
    """The async twin of :class:`_Client`."""

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = await super().send(request, **kwargs)
        if not kwargs.get("stream"):
            response.stream = httpx.ByteStream(response.content)
        return response


def _accept_hooks(
    base_url: str, accept: Mapping[str, str] | None
) -> tuple[list[Callable[[httpx.Request], None]], list[Callable[[httpx.Request], Awaitable[None]]]]:
    """Request hooks (sync, async) sending the ``Accept`` an operation declares, by path.

    ``accept`` maps ``"METHOD /path"`` (or a bare path, for every method) relative to
    ``base_url``, ``{parameter}`` templates included, to the media types the operation answers:
    the generated ``<api>_client.media_types.ACCEPT``.  Only the entries that differ from the
    default ``Accept`` (JSON) are looked up, so a JSON operation costs two dict look-ups and a
    prefix test or two; none at all when every operation answers JSON.  Smsend's logins answer
    ``text/plain``: a peer that negotiates media types answers 406 to ``Accept: application/json``.
    """
    base = httpx.URL(base_url.rstrip("/") + "/")
    default = DEFAULT_HEADERS["Accept"]
    exact: dict[tuple[str | None, str], str] = {}
    # A template matches by its literal prefix (the cheap test), then as a whole, each
    # {parameter} standing for one path segment: "/a/{id}" is not "/a/1/b".
    templates: list[tuple[str | None, str, re.Pattern[str], str]] = []
    for key, media in (accept or {}).items():
        if media == default:
            continue
        method, _, path = key.rpartition(" ")
        literal, *rest = _PARAMETER.split(path.lstrip("/"))
        full = base.join(literal).path
        if rest:
            pattern = re.compile(re.escape(full) + "".join("[^/]+" + re.escape(part) for part in rest))
            templates.append((method or None, full, pattern, media))
        else:
            exact[(method or None, full)] = media
    if not exact and not templates:
        return [], []

    def sync_hook(request: httpx.Request) -> None:
        path, method = request.url.path, request.method
        media = exact.get((method, path)) or exact.get((None, path))
        if media is None:
            media = next(
                (
                    m
                    for meth, pre, pattern, m in templates
                    if path.startswith(pre) and meth in (None, method) and pattern.fullmatch(path)
                ),
                None,
            )
        if media is not None:
            request.headers["Accept"] = media

    async def async_hook(request: httpx.Request) -> None:
        sync_hook(request)

    return [sync_hook], [async_hook]


def _options(
    base_url: str,
    auth: httpx.Auth | None,
    timeout: httpx.Timeout | float | None,
    headers: dict[str, str] | None,
) -> dict[str, Any]:
    return {
        "base_url": check_base_url(base_url),
        "auth": auth,
        "timeout": DEFAULT_TIMEOUT if timeout is None else timeout,
        "headers": {**DEFAULT_HEADERS, **(headers or {})},
        "follow_redirects": False,
    }


def sync_client(
    base_url: str,
    *,
    auth: httpx.Auth | None,
    read_error: ErrorReader,
    timeout: httpx.Timeout | float | None = None,
    headers: dict[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
    retry: RetryPolicy | None = None,
    accept: Mapping[str, str] | None = None,
) -> httpx.Client:
    inner = transport or httpx.HTTPTransport()
    policy = RetryPolicy() if retry is None else retry
    hook, _ = response_hooks(read_error)
    return _Client(
        transport=RetryTransport(inner, policy),
        event_hooks={"request": _accept_hooks(base_url, accept)[0], "response": [hook]},
        **_options(base_url, auth, timeout, headers),
    )


def async_client(
    base_url: str,
    *,
    auth: httpx.Auth | None,
    read_error: ErrorReader,
    timeout: httpx.Timeout | float | None = None,
    headers: dict[str, str] | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    retry: RetryPolicy | None = None,
    accept: Mapping[str, str] | None = None,
) -> httpx.AsyncClient:
    inner = transport or httpx.AsyncHTTPTransport()
    policy = RetryPolicy() if retry is None else retry
    _, hook = response_hooks(read_error)
    return _AsyncClient(
        transport=RetryTransport(inner, policy),
        event_hooks={"request": _accept_hooks(base_url, accept)[1], "response": [hook]},
        **_options(base_url, auth, timeout, headers),
    )
