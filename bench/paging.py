"""Auto-pagination: ``smsend.iter_subaccounts`` against a hand-written raw httpx paging loop.

The gateway is an ``httpx.MockTransport`` that serves ``GET /subaccounts`` pages cut from
precomputed JSON bytes, so that the server side costs next to nothing and the comparison is about
the client.  Both sides walk the same pages (100 items each) with the same auth headers:

- *typed*: ``for sub in smsend.iter_subaccounts(client)`` on ``smsend.client(...)`` (token login,
  retry transport, typed-error hook), every item a generated ``Subaccount`` model;
- *raw*: ``client.get("/subaccounts", params=...)``, ``.json()``, dicts, stop on a short page or
  when ``total`` is reached;
- *raw + models*: the raw loop that also builds the same generated models
  (``SubaccountList.from_dict``): the peer that isolates what the overrides cost.

The two walks of a comparison advance in lockstep, a page each in turn, every page timed on its
own (CPU time), so that both see the same phases of a shared machine.  Each side's client is
built once per gateway, outside the timed walks, and reused by every walk: the raw loop's auth
headers are given, so the typed client's one login (``GET /token``) falls in the untimed warm-up
walk instead of being charged to one timed walk in every round.

Memory: peak traced allocations (``tracemalloc``) of one typed walk through 100,000 items, read
after its first 10,000 items and at its end, after an untraced warm-up walk (bounded caches and
garbage-collector timing make a first walk's peak grow with its length).  Memory bounded by a
page means the two peaks are the same.

Async look-ahead: ``async for`` over the same paginator (it asks for page n+1 while the caller
handles page n) against the raw sequential async loop.  Each page takes 5 ms to arrive
(``asyncio.sleep`` in an async mock transport) and the caller spends 5 ms of async work on each
page it receives (a store/forward of the batch), so there is something to overlap.
"""

from __future__ import annotations

import asyncio
import gc
import json
import statistics
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from functools import cached_property
from itertools import islice
from typing import Any

import httpx

from .harness import (
    CPU,
    WALL,
    Comparison,
    Row,
    Settings,
    at_most,
    compare_blocks,
    mebibytes,
    ratio_of,
    seconds,
)

BASE = "https://gateway.test/API/v1.0/REST"  # never contacted: the transport answers
AUTH = {"user_key": "UK", "Access_token": "TOK"}
PAGE = 100
TYPED_LIMIT = 1.30  # typed walk vs the raw loop keeping dicts: building models may cost up to 30%
LATENCY = 0.005  # seconds per page in the async look-ahead benchmark
WORK = 0.005  # seconds of async work per page on the caller's side


def subaccount(i: int) -> dict[str, Any]:
    """A subaccount as the gateway lists it (the spec's required fields and a few more)."""
    return {
        "id-user": i, "login": f"sub{i}", "active": True, "address": "via Roma 1", "cell": "+393331112222",
        "city": "Trento", "credit-eat-mode": 0, "email": f"sub{i}@example.com", "name": "Anna",
        "province": "TN", "surname": "Rossi", "zip-code": "38100", "company": False, "language": "ita",
        "create-time": "20240101", "default-message-type": "N",
    }  # fmt: skip


class Gateway:
    """Pages of ``GET /subaccounts`` cut from precomputed bytes; ``GET /token`` logs in."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.items = [json.dumps(subaccount(i), separators=(",", ":")).encode() for i in range(total)]

    def page(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, text="UK;TOK")
        params = request.url.params
        number, size = int(params["pageNumber"]), int(params["pageSize"])
        head = f'{{"result":"OK","pageNumber":{number},"pageSize":{size},"total":{self.total},"subaccount":['
        body = head.encode() + b",".join(self.items[(number - 1) * size : number * size]) + b"]}"
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    @cached_property
    def typed(self) -> Any:
        """The typed client of every synchronous typed walk over this gateway."""
        return typed_client(self.page)

    @cached_property
    def raw(self) -> httpx.Client:
        """The httpx client of every synchronous raw walk over this gateway."""
        return raw_client(self.page)

    async def slow_page(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(LATENCY)
        return self.page(request)


def typed_client(handler: Callable[[httpx.Request], Any]) -> Any:
    from smsgw import smsend

    return smsend.client(BASE, auth=smsend.TokenLogin("u", "p"), transport=httpx.MockTransport(handler))


def raw_client(handler: Callable[[httpx.Request], Any]) -> httpx.Client:
    return httpx.Client(base_url=BASE, headers=AUTH, transport=httpx.MockTransport(handler))


# -- the walks: generators of the ids of the items they see ---------------------------------


def typed_items(gateway: Gateway) -> Iterator[int]:
    from smsgw import smsend

    for sub in smsend.iter_subaccounts(gateway.typed, page_size=PAGE):
        yield sub.id_user


def raw_items(gateway: Gateway) -> Iterator[int]:
    client, number = gateway.raw, 1
    while True:
        response = client.get("/subaccounts", params={"pageNumber": number, "pageSize": PAGE})
        data = response.raise_for_status().json()
        items = data["subaccount"]
        for item in items:
            yield item["id-user"]
        if len(items) < PAGE or number * PAGE >= data["total"]:
            return
        number += 1


def raw_models_items(gateway: Gateway) -> Iterator[int]:
    from smsend_client.models import SubaccountList

    client, number = gateway.raw, 1
    while True:
        response = client.get("/subaccounts", params={"pageNumber": number, "pageSize": PAGE})
        page = SubaccountList.from_dict(response.raise_for_status().json())
        for sub in page.subaccount:
            yield sub.id_user
        if len(page.subaccount) < PAGE or number * PAGE >= page.total:
            return
        number += 1


def lockstep(
    measured: Callable[[Gateway], Iterator[int]], peer: Callable[[Gateway], Iterator[int]], gateway: Gateway
) -> Callable[[], tuple[float, float]]:
    """Both walks advance a page at a time in turn (A B, B A, ...), each page timed on its own.

    Like the per-call rows, alternating at a fine grain lets a busy phase of a shared machine hit
    both sides alike; whole walks of 100,000 items would each see a different phase.
    """

    def run() -> tuple[float, float]:
        gc.collect()
        walks = [measured(gateway), peer(gateway)]
        took = [0.0, 0.0]
        seen = [0, 0]
        page = 0
        while seen[0] < gateway.total or seen[1] < gateway.total:
            for side in (0, 1) if page % 2 == 0 else (1, 0):
                start = CPU()
                for _ in islice(walks[side], PAGE):
                    seen[side] += 1
                took[side] += CPU() - start
            page += 1
            if page > gateway.total // PAGE + 2:
                raise AssertionError(f"the walks saw {seen} of {gateway.total} items")
        return took[0], took[1]

    return run


def compare_walks(
    measured: Callable[[Gateway], Iterator[int]],
    peer: Callable[[Gateway], Iterator[int]],
    gateway: Gateway,
    rounds: int,
) -> Comparison:
    run = lockstep(measured, peer, gateway)
    run()  # warm-up
    a: list[float] = []
    b: list[float] = []
    for _ in range(rounds):
        x, y = run()
        a.append(x)
        b.append(y)
    ratios = [x / y for x, y in zip(a, b, strict=True)]
    return Comparison(statistics.median(a), statistics.median(b), statistics.median(ratios))


def peaks(items: Callable[[Gateway], Iterator[int]], gateway: Gateway, marks: Sequence[int]) -> list[int]:
    """Peak traced memory of one walk after its first ``marks[i]`` items.

    An untraced warm-up walk comes first: bounded caches (re, urllib) and the first walk's
    garbage-collector timing would otherwise make the peak rise with the walk length.
    """
    for _ in items(gateway):
        pass
    gc.collect()
    found: list[int] = []
    tracemalloc.start()
    try:
        for seen, _ in enumerate(items(gateway), 1):
            if seen in marks:
                found.append(tracemalloc.get_traced_memory()[1])
    finally:
        tracemalloc.stop()
    return found


# -- async look-ahead ----------------------------------------------------------------------------


async def _work(batch: list[int]) -> None:
    await asyncio.sleep(WORK)  # the caller's async work on one page (e.g. storing it)


async def typed_async_walk(gateway: Gateway) -> int:
    from smsgw import smsend

    client = typed_client(gateway.slow_page)
    seen, batch = 0, []
    async for sub in smsend.iter_subaccounts(client, page_size=PAGE):
        batch.append(sub.id_user)
        if len(batch) == PAGE:
            await _work(batch)
            seen, batch = seen + len(batch), []
    if batch:
        await _work(batch)
    await client.get_async_httpx_client().aclose()
    return seen + len(batch)


async def raw_async_walk(gateway: Gateway) -> int:
    seen = 0
    async with httpx.AsyncClient(base_url=BASE, headers=AUTH, transport=httpx.MockTransport(gateway.slow_page)) as c:
        number = 1
        while True:
            response = await c.get("/subaccounts", params={"pageNumber": number, "pageSize": PAGE})
            data = response.raise_for_status().json()
            items = data["subaccount"]
            await _work([item["id-user"] for item in items])
            seen += len(items)
            if len(items) < PAGE or number * PAGE >= data["total"]:
                return seen
            number += 1


def _timed_async(runner: asyncio.Runner, walk: Callable[[Gateway], Any], gateway: Gateway) -> Callable[[], float]:
    def run() -> float:
        gc.collect()
        start = WALL()
        seen = runner.run(walk(gateway))
        took = WALL() - start
        if seen != gateway.total:
            raise AssertionError(f"{walk.__name__} saw {seen} of {gateway.total} items")
        return took

    return run


# -- rows ----------------------------------------------------------------------------------------


def rows(settings: Settings) -> list[Row]:
    out: list[Row] = []
    sizes = {10_000: 5 if settings.quick else 7, 100_000: 1 if settings.quick else 3}
    for total, rounds in sizes.items():
        gateway = Gateway(total)
        what = f"Auto-pagination, {total:,} items (typed models vs raw dicts)"
        if settings.wants(what):
            result = compare_walks(typed_items, raw_items, gateway, rounds)
            out.append(at_most(what, result, TYPED_LIMIT, seconds))
        what = f"Auto-pagination, {total:,} items, overrides alone (peer: raw loop building the same models)"
        if settings.wants(what):
            result = compare_walks(typed_items, raw_models_items, gateway, rounds)
            out.append(at_most(what, result, 1.10, seconds))
    if settings.wants(MEMORY):
        out.append(memory_row(settings))
    if settings.wants(LOOKAHEAD):
        out.append(lookahead_row(settings))
    return out


MEMORY = "Auto-pagination peak memory, 100,000 vs 10,000 items"
LOOKAHEAD = "Async pager with look-ahead"


def memory_row(settings: Settings) -> Row:
    gateway = Gateway(100_000)
    small, large = peaks(typed_items, gateway, (10_000, 100_000))
    row = at_most(MEMORY, ratio_of(large, small), 1.10, mebibytes)
    if not settings.quick:
        raw_small, raw_large = peaks(raw_items, gateway, (10_000, 100_000))
        raw = f"{mebibytes(raw_small)} and {mebibytes(raw_large)} ({raw_large / raw_small:.2f}x)"
        row.details = {"raw httpx loop, the same two peaks": raw}
    return row


def lookahead_row(settings: Settings) -> Row:
    gateway = Gateway(5_000 if settings.quick else 10_000)
    with asyncio.Runner() as runner:
        typed = _timed_async(runner, typed_async_walk, gateway)
        raw = _timed_async(runner, raw_async_walk, gateway)
        typed(), raw()  # warm-up
        result: Comparison = compare_blocks(typed, raw, 3 if settings.quick else 5)
    what = f"{LOOKAHEAD}, {gateway.total:,} items ({LATENCY * 1e3:.0f} ms/page + caller work)"
    row = at_most(what, result, 1.0, seconds)
    row.target = "< 1.00x (faster)"
    row.met = result.ratio < 1.0
    return row
