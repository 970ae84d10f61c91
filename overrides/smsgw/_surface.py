"""Runtime pieces of the typed client surface (``client.sms.send(...)``).

The resource classes themselves are generated from the specs by ``scripts/surface.py`` into
``generated/<api>_client/resources/``; they call the generated endpoint functions and use only
what is here: the resource base classes, the conversions of Python values to the APIs' wire
formats (``x-wire-format`` in the specs), the success-body check, raw responses and the typed
pagers.  Everything on the per-call path is a few attribute lookups: the surface must cost no
more than the bare generated call it wraps.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from .errors import ErrorReader, SmsGatewayError, raise_for_status
from .pagination import OffsetLimitPaging, PagedEndpoint, PageNumberPaging, Paginator

__all__ = [
    "AsyncPager",
    "AsyncResource",
    "OffsetLimitPaging",
    "PageNumberPaging",
    "RawResponse",
    "SyncPager",
    "SyncResource",
    "created_id",
    "csv",
    "date_dotted",
    "datetime_rfc822",
    "expect",
    "expect_none",
]

T = TypeVar("T")
P = TypeVar("P")


class SyncResource:
    """Base of the generated sync resources: the generated client and the API's error reader."""

    __slots__ = ("_client", "_read_error")

    def __init__(self, client: Any, read_error: ErrorReader) -> None:
        self._client = client
        self._read_error = read_error

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class AsyncResource(SyncResource):
    """Base of the generated async resources."""

    __slots__ = ()


# -- the success body ---------------------------------------------------------------------


def expect(response: Any, kind: type[T], read_error: ErrorReader) -> T:
    """The parsed success body of a generated ``Response``, typed as the spec's success model.

    The clients' response hooks already raised for error statuses; what is left is a guard
    against a success status with a body the spec does not describe.
    """
    parsed = response.parsed
    if isinstance(parsed, kind):
        return parsed
    raise_for_status(response, read_error)
    raise SmsGatewayError(
        f"HTTP {int(response.status_code)} answered with a {type(parsed).__name__} body, not the {kind.__name__} "
        "the API documents"
    )


def expect_or_none(response: Any, kind: type[T], read_error: ErrorReader) -> T | None:
    """For operations with a success answer without a body beside one with a body (addContacts:
    ``201`` for one contact, ``200`` with a count for several): the parsed body, or None."""
    if response.parsed is None:
        raise_for_status(response, read_error)
        return None
    return expect(response, kind, read_error)


def expect_none(response: Any, read_error: ErrorReader) -> None:
    """For operations whose success answer has no body: raise on an error status, else nothing."""
    raise_for_status(response, read_error)


def created_id(response: Any, read_error: ErrorReader) -> str:
    """The id at the end of the ``Location`` header of a create call (``/subaccount/18107``)."""
    raise_for_status(response, read_error)
    location = response.headers.get("location")
    if not location:
        raise SmsGatewayError("the response has no Location header")
    return str(location).rstrip("/").rsplit("/", 1)[-1]


class RawResponse(Generic[T]):
    """What ``client.<resource>.with_raw_response.<method>(...)`` returns: the HTTP answer
    (``status_code``, ``headers``, ``content``) and :meth:`parse` for the typed body."""

    __slots__ = ("_parse", "content", "headers", "status_code")

    def __init__(self, response: Any, parse: Callable[[Any], T]) -> None:
        self.status_code: int = int(response.status_code)
        self.headers: Mapping[str, str] = response.headers
        self.content: bytes = response.content
        self._parse = (parse, response)

    def parse(self) -> T:
        """The typed body, exactly what the plain method returns."""
        parse, response = self._parse
        return parse(response)

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}]>"


# -- Python values to the wire formats of the specs (x-wire-format) ------------------------


def csv(values: Iterable[str | int]) -> str:
    """``comma-separated``: several values joined by commas (recipients, ids)."""
    if isinstance(values, str):
        raise TypeError("pass a list of values, not one string (e.g. to=['393401234567'])")
    text = ",".join(str(v).strip().replace(" ", "") for v in values)
    if not text:
        raise ValueError("at least one value is needed")
    return text


def datetime_rfc822(moment: datetime) -> str:
    """``datetime-rfc822``: ``2026-03-24T09:30:00+0100`` (Smshosting's ``SmshDateTime``)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("dates need a time zone (e.g. ZoneInfo('Europe/Rome'))")
    return moment.strftime("%Y-%m-%dT%H:%M:%S%z")


def date_dotted(day: date) -> str:
    """``date-dotted``: ``30.12.2005``."""
    return day.strftime("%d.%m.%Y")


# -- typed pagers --------------------------------------------------------------------------


class _Pager(Generic[T, P]):
    __slots__ = ("_paginator",)

    def __init__(
        self,
        endpoint: PagedEndpoint,
        client: Any,
        strategy: OffsetLimitPaging | PageNumberPaging,
        read_error: ErrorReader,
        params: dict[str, Any],
    ) -> None:
        self._paginator: Paginator[T] = Paginator(endpoint, client, strategy, read_error, **params)


class SyncPager(_Pager[T, P]):
    """Every item of a paged list operation, fetched lazily page by page: ``for item in pager``;
    :meth:`pages` gives the typed pages (with their metadata) instead."""

    __slots__ = ()

    def pages(self) -> Iterator[P]:
        return self._paginator.pages()

    def __iter__(self) -> Iterator[T]:
        return iter(self._paginator)


class AsyncPager(_Pager[T, P]):
    """The async twin of :class:`SyncPager`: ``async for item in pager`` / ``async for page in
    pager.pages()``; the next page is requested while the current one is being handled."""

    __slots__ = ()

    def pages(self) -> AsyncIterator[P]:
        return self._paginator.apages()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._paginator.__aiter__()
