"""Auto-pagination over generated endpoint functions, sync and async.

One generic :class:`Paginator` walks any paged operation; what differs between the gateways is
only how the next page is asked for and when to stop, which lives in two tiny strategies:

- :class:`PageNumberPaging` (smsend: ``pageNumber`` 1-based, ``pageSize``, ``total``)
- :class:`OffsetLimitPaging` (Smshosting: ``offset``, ``limit``, ``metadata.count``)

Iteration is lazy and holds one page at a time (the async form holds at most two: it fetches the
next page while the caller works through the current one).  Error responses raise the typed
errors of :mod:`smsgw.errors`, like every other call through the overrides.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any, Generic, Protocol, TypeVar

from .errors import ErrorReader, raise_for_status

T = TypeVar("T")
Params = dict[str, Any]


class PagedEndpoint(Protocol):
    """A generated endpoint module: it has ``sync_detailed`` and ``asyncio_detailed``."""

    def sync_detailed(self, *args: Any, **kwargs: Any) -> Any: ...

    async def asyncio_detailed(self, *args: Any, **kwargs: Any) -> Any: ...


class PagingStrategy(Protocol):
    def first(self) -> Params:
        """Paging arguments of the first request."""
        ...

    def items(self, page: Any) -> Sequence[Any]:
        """The items of a parsed page."""
        ...

    def next(self, asked: Params, page: Any, items: Sequence[Any]) -> Params | None:
        """Paging arguments of the next request, or None after the last page."""
        ...


@dataclass(frozen=True)
class PageNumberPaging:
    """smsend: pages numbered from 1; the response echoes ``total``."""

    items_field: str
    page_size: int = 100

    def first(self) -> Params:
        return {"page_number": 1, "page_size": self.page_size}

    def items(self, page: Any) -> Sequence[Any]:
        return getattr(page, self.items_field) or []

    def next(self, asked: Params, page: Any, items: Sequence[Any]) -> Params | None:
        number, size = asked["page_number"], asked["page_size"]
        total = getattr(page, "total", None)
        # A short page ends the walk even if ``total`` claims more (the documented sample does).
        if len(items) < size or (isinstance(total, int) and number * size >= total):
            return None
        return {"page_number": number + 1, "page_size": size}


@dataclass(frozen=True)
class OffsetLimitPaging:
    """Smshosting: ``offset`` counts items from 0; ``metadata.count`` is the total."""

    items_field: str
    limit: int = 100

    def first(self) -> Params:
        return {"offset": 0, "limit": self.limit}

    def items(self, page: Any) -> Sequence[Any]:
        return getattr(page, self.items_field) or []

    def next(self, asked: Params, page: Any, items: Sequence[Any]) -> Params | None:
        offset = asked["offset"] + len(items)
        metadata = getattr(page, "metadata", None)
        count = getattr(metadata, "count", None)
        if not items or (isinstance(count, int) and offset >= count):
            return None
        return {"offset": offset, "limit": asked["limit"]}


class Paginator(Generic[T]):
    """Iterate (``for``/``async for``) over every item of a paged operation."""

    def __init__(
        self,
        endpoint: PagedEndpoint,
        client: Any,
        strategy: PagingStrategy,
        read_error: ErrorReader,
        **params: Any,
    ) -> None:
        self._endpoint = endpoint
        self._client = client
        self._strategy = strategy
        self._read_error = read_error
        self._params = params

    def _parsed(self, response: Any) -> Any:
        return raise_for_status(response, self._read_error).parsed

    def pages(self) -> Iterator[Any]:
        asked: Params | None = self._strategy.first()
        while asked is not None:
            page = self._parsed(self._endpoint.sync_detailed(client=self._client, **self._params, **asked))
            yield page
            asked = self._strategy.next(asked, page, self._strategy.items(page))

    def __iter__(self) -> Iterator[T]:
        # Items are handed out by C iterators (no Python frame per item), a page at a time.
        return chain.from_iterable(map(self._strategy.items, self.pages()))

    async def _fetch(self, asked: Params) -> Any:
        return self._parsed(await self._endpoint.asyncio_detailed(client=self._client, **self._params, **asked))

    async def apages(self) -> AsyncIterator[Any]:
        """Pages, with the next one already requested while the caller handles the current one.

        The first page is awaited in place (there is nothing to overlap it with yet): a task
        per walk would cost more than a one-page walk's parsing."""
        asked = self._strategy.first()
        page = await self._fetch(asked)
        pending: asyncio.Task[Any] | None = None
        try:
            while True:
                nxt = self._strategy.next(asked, page, self._strategy.items(page))
                if nxt is not None:
                    pending = asyncio.ensure_future(self._fetch(nxt))
                    asked = nxt
                    # Let the next request go out now, even if the caller never awaits while it
                    # works through this page.
                    await asyncio.sleep(0)
                yield page
                if pending is None:
                    return
                page, pending = await pending, None
        finally:
            if pending is not None and not pending.done():
                pending.cancel()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.apages():
            for item in self._strategy.items(page):
                yield item
