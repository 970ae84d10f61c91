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

Memory: peak traced allocations (``tracemalloc``) of a whole typed walk at 10,000 and at 100,000
items, each after an untraced warm-up walk (bounded caches and garbage-collector timing make a
first walk's peak grow with its length).

Async look-ahead: ``async for`` over the same paginator (it asks for page n+1 while the caller
handles page n) against the raw sequential async loop.  Each page takes 5 ms to arrive
(``asyncio.sleep`` in an async mock transport) and the caller spends 5 ms of async work on each
page it receives (a store/forward of the batch), so there is something to overlap.
"""

from __future__ import annotations

import asyncio
import gc
import json
import time
import tracemalloc
from collections.abc import Callable
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

    async def slow_page(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(LATENCY)
        return self.page(request)


def typed_client(handler: Callable[[httpx.Request], Any]) -> Any:
    from smsgw import smsend

    return smsend.client(BASE, auth=smsend.TokenLogin("u", "p"), transport=httpx.MockTransport(handler))


def raw_client(handler: Callable[[httpx.Request], Any]) -> httpx.Client:
    return httpx.Client(base_url=BASE, headers=AUTH, transport=httpx.MockTransport(handler))


# -- the walks: each returns how many items it saw ----------------------------------------------


def typed_walk(gateway: Gateway) -> int:
    from smsgw import smsend

    seen = 0
    for sub in smsend.iter_subaccounts(typed_client(gateway.page), page_size=PAGE):
        seen += sub.id_user >= 0
    return seen


def raw_walk(gateway: Gateway) -> int:
    seen = 0
    with raw_client(gateway.page) as client:
        number = 1
        while True:
            response = client.get("/subaccounts", params={"pageNumber": number, "pageSize": PAGE})
            data = response.raise_for_status().json()
            items = data["subaccount"]
            for item in items:
                seen += item["id-user"] >= 0
            if len(items) < PAGE or number * PAGE >= data["total"]:
                return seen
            number += 1


def raw_models_walk(gateway: Gateway) -> int:
    from smsend_client.models import SubaccountList

    seen = 0
    with raw_client(gateway.page) as client:
        number = 1
        while True:
            response = client.get("/subaccounts", params={"pageNumber": number, "pageSize": PAGE})
            page = SubaccountList.from_dict(response.raise_for_status().json())
            for sub in page.subaccount:
                seen += sub.id_user >= 0
            if len(page.subaccount) < PAGE or number * PAGE >= page.total:
                return seen
            number += 1


def _timed(walk: Callable[[Gateway], int], gateway: Gateway) -> Callable[[], float]:
    def run() -> float:
        gc.collect()
        start = CPU()
        seen = walk(gateway)
        took = CPU() - start
        if seen != gateway.total:
            raise AssertionError(f"{walk.__name__} saw {seen} of {gateway.total} items")
        return took

    return run


def peak_memory(walk: Callable[[Gateway], int], gateway: Gateway) -> int:
    walk(gateway)  # warm-up, untraced
    gc.collect()
    tracemalloc.start()
    try:
        walk(gateway)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


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
    sizes = {10_000: settings.rounds, 100_000: max(3, settings.rounds // 3) if not settings.quick else 1}
    for total, rounds in sizes.items():
        gateway = Gateway(total)
        typed, raw = _timed(typed_walk, gateway), _timed(raw_walk, gateway)
        typed(), raw()  # warm-up
        result = compare_blocks(typed, raw, rounds)
        row = at_most(f"Auto-pagination, {total:,} items (typed models vs raw dicts)", result, 1.10, seconds)
        out.append(row)
        with_models = compare_blocks(typed, _timed(raw_models_walk, gateway), rounds)
        out.append(
            at_most(
                f"Auto-pagination, {total:,} items (overrides alone: peer builds the same models)",
                with_models,
                1.10,
                seconds,
            )
        )
    out.append(memory_row())
    out.append(lookahead_row(settings))
    return out


def memory_row() -> Row:
    small, large = Gateway(10_000), Gateway(100_000)
    a, b = peak_memory(typed_walk, small), peak_memory(typed_walk, large)
    row = at_most("Auto-pagination peak memory, 100,000 vs 10,000 items", ratio_of(b, a), 1.10, mebibytes)
    raw_a, raw_b = peak_memory(raw_walk, small), peak_memory(raw_walk, large)
    row.details = {"raw loop peaks": f"{mebibytes(raw_a)} / {mebibytes(raw_b)}"}
    return row


def lookahead_row(settings: Settings) -> Row:
    gateway = Gateway(5_000 if settings.quick else 10_000)
    with asyncio.Runner() as runner:
        typed = _timed_async(runner, typed_async_walk, gateway)
        raw = _timed_async(runner, raw_async_walk, gateway)
        typed(), raw()  # warm-up
        result: Comparison = compare_blocks(typed, raw, 3 if settings.quick else 5)
    what = f"Async pager with look-ahead, {gateway.total:,} items ({LATENCY * 1e3:.0f} ms/page + caller work)"
    row = at_most(what, result, 1.0, seconds)
    row.target = "< 1.00x (faster)"
    row.met = result.ratio < 1.0
    return row
