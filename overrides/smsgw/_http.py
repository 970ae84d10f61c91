"""Building the httpx clients that the generated clients run on.

The generated ``Client`` has no timeout and no ``Accept`` header by default and takes auth and
transports only through ``httpx_args``; here both API modules get the same sane defaults in one
place: typed errors raised by a response hook (so every generated call raises instead of
returning error bodies as values), a timeout, ``Accept: application/json`` (or, per path, the
media type an operation declares instead), a User-Agent, an https-only base URL (loopback
excepted), the retry transport for idempotent calls, and the caller's auth strategy.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx

from ._version import __version__
from .errors import ErrorReader, response_hooks
from .retry import RetryPolicy, RetryTransport
from .security import check_base_url

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_HEADERS = {"Accept": "application/json", "User-Agent": f"smsgw-python/{__version__}"}


class _Client(httpx.Client):
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


class _AsyncClient(httpx.AsyncClient):
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

    ``accept`` maps paths relative to ``base_url`` (e.g. ``"login"``) to the media type their
    operation answers when it is not JSON, e.g. smsend's ``text/plain`` logins: a peer that
    negotiates media types answers 406 to ``Accept: application/json`` there.
    """
    if not accept:
        return [], []
    base = httpx.URL(base_url.rstrip("/") + "/")
    # Keys are "path" or "METHOD path"; a path with a {parameter} matches by its literal prefix.
    exact: dict[tuple[str | None, str], str] = {}
    prefixes: list[tuple[str | None, str, str]] = []
    for key, media in accept.items():
        method, _, path = key.rpartition(" ")
        full = base.join(path.lstrip("/").partition("{")[0]).path
        if "{" in path:
            prefixes.append((method or None, full, media))
        else:
            exact[(method or None, full)] = media

    def sync_hook(request: httpx.Request) -> None:
        path, method = request.url.path, request.method
        media = exact.get((method, path)) or exact.get((None, path))
        if media is None:
            media = next((m for meth, pre, m in prefixes if meth in (None, method) and path.startswith(pre)), None)
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
