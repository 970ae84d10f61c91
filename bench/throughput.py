"""Simulator throughput against Prism mocking the same spec file, under the same load.

The load generator is a small asyncio HTTP/1.1 client written for this purpose: ``CONNECTIONS``
keep-alive connections, each sending its requests back to back for a fixed time, the bytes of
every request prepared in advance and responses parsed only as far as needed (status line,
``Content-Length`` or chunked framing).  It costs the same for both servers, and far less per
request than either server, so neither server is starved by it.  Every response must be a 2xx:
both servers validate the requests, and an invalid one would measure error paths instead.

The simulator is ``python -m smsim`` (uvicorn, one process, every request validated against the
spec); Prism is ``prism mock <spec>`` with its per-request log lines off (``-v warn``; the
simulator does not log requests either).  Rounds alternate between the two servers.

A spec with callbacks (Smshosting: ``statusCallback`` of ``POST /sms/send``) is measured twice:
Prism mocking the spec file itself, which makes it try the callback on every send (and log the
failure), and Prism mocking a copy without ``callbacks`` made at bench time, reported as
separate rows.  The simulator is the same in both.

Latency: the served simulator under 50 concurrent keep-alive clients sending mixed traffic
(every load's requests of both APIs, reads and writes, each client starting at a different
point of the mix); p50 and p99 of the per-request round trip, measured by the load generator.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from . import servers
from .gateways import CALLS, Load, Request, Session
from .harness import Row, Settings, at_least, per_second, ratio_of, seconds, skipped

CONNECTIONS = 8
CLIENTS = 50  # concurrent clients of the latency row
LIMIT = 4.0
TARGET = f"≥ {LIMIT:.2f}x"


def encode(request: Request, host: str, prefix: str) -> bytes:
    head = [f"{request.method} {prefix}{request.path} HTTP/1.1", f"host: {host}"]
    head += [f"{name}: {value}" for name, value in request.headers]
    if request.body or request.method in ("POST", "PUT"):
        head.append(f"content-length: {len(request.body)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + request.body


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """Read one response; (status, whether the server will close the connection)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length, chunked, close = 0, False, False
    for line in lines[1:]:
        name, _, value = line.partition(":")
        name = name.strip().lower()
        if name == "content-length":
            length = int(value)
        elif name == "transfer-encoding" and "chunked" in value.lower():
            chunked = True
        elif name == "connection" and value.strip().lower() == "close":
            close = True
    if chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length:
        await reader.readexactly(length)
    return status, close


async def _connection(
    host: str,
    port: int,
    wire: Sequence[bytes],
    deadline: float,
    counts: list[int],
    latencies: list[float] | None = None,
    start: int = 0,
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    i = start
    clock = time.perf_counter
    try:
        while (sent := clock()) < deadline:
            writer.write(wire[i % len(wire)])
            i += 1
            status, close = await _read_response(reader)
            if latencies is not None:
                latencies.append(clock() - sent)
            counts[0 if 200 <= status < 300 else 1] += 1
            if close:
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
    finally:
        writer.close()


async def _load(host: str, port: int, wire: Sequence[bytes], seconds: float) -> tuple[float, int]:
    counts = [0, 0]
    start = time.perf_counter()
    deadline = start + seconds
    await asyncio.gather(*(_connection(host, port, wire, deadline, counts) for _ in range(CONNECTIONS)))
    return counts[0] / (time.perf_counter() - start), counts[1]


def requests_per_second(root: str, prefix: str, load: Load, seconds: float) -> float:
    host_port = root.removeprefix("http://")
    host, _, port = host_port.partition(":")
    wire = [encode(r, host_port, prefix) for r in load.requests]
    rate, errors = asyncio.run(_load(host, int(port), wire, seconds))
    if errors:
        raise RuntimeError(f"{load.label}: {errors} non-2xx answers from {root}{prefix}")
    return rate


@contextmanager
def callback_free(spec: Path) -> Iterator[Path | None]:
    """A copy of ``spec`` without any operation's ``callbacks`` (None when it has none)."""
    document: dict[str, Any] = yaml.safe_load(spec.read_text())
    removed = 0
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.pop("callbacks", None) is not None:
                removed += 1
    if not removed:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="bench-spec-") as tmp:
        copy = Path(tmp) / spec.name
        copy.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True))
        yield copy


def _title(load: Load, suffix: str = "") -> str:
    return f"Simulator throughput, {CONNECTIONS} connections: {load.label}{suffix}"


LATENCY = f"Served simulator latency, {CLIENTS} concurrent clients, mixed traffic"
CALLBACK_FREE = ", Prism on a callback-free copy of the spec"


def rows(settings: Settings) -> list[Row]:
    if not settings.wants("Simulator throughput", LATENCY):
        return []
    problem = servers.ensure_prism()
    duration = 1.0 if settings.quick else 1.5
    rounds = 1 if settings.quick else 2
    warm_up = 0.5 if settings.quick else 1.5
    out: list[Row] = []
    mixed: list[bytes] = []  # every load's requests, for the latency row
    with servers.simulator() as sim_root:
        host = sim_root.removeprefix("http://")
        for api, (session_class, _calls) in CALLS.items():
            if not servers.mounted(sim_root, session_class.base_path):
                reason = f"`python -m smsim` does not serve {session_class.base_path} yet"
                out.append(skipped(f"Simulator throughput: {api}", TARGET, reason))
                continue
            session: Session = session_class(sim_root, None)
            try:
                loads = session.loads()
            finally:
                session.close()
            mixed += [encode(r, host, session_class.base_path) for load in loads for r in load.requests]
            if problem:
                out.append(skipped(f"Simulator throughput: {api}", TARGET, f"Prism unavailable: {problem}"))
                continue
            with callback_free(session_class.spec) as bare:
                variants = [("", session_class.spec)]
                if bare is not None:
                    variants.append((CALLBACK_FREE, bare))
                for suffix, spec in variants:
                    wanted = [load for load in loads if settings.wants(_title(load, suffix))]
                    if not wanted:
                        continue
                    with servers.prism(spec) as prism_root:
                        for load in wanted:
                            sides = (sim_root, session_class.base_path, prism_root)
                            row = _compare(load, *sides, seconds=duration, rounds=rounds, warm_up=warm_up)
                            row.what += suffix
                            out.append(row)
        if mixed and settings.wants(LATENCY):
            out += latency(sim_root, mixed, 1.0 if settings.quick else 3.0)
    return out


def latency(root: str, wire: Sequence[bytes], duration: float) -> list[Row]:
    """p50/p99 round trip of ``CLIENTS`` concurrent keep-alive clients cycling through ``wire``."""
    host, _, port = root.removeprefix("http://").partition(":")

    async def run(length: float) -> tuple[list[float], list[int], float]:
        counts = [0, 0]
        latencies: list[float] = []
        start = time.perf_counter()
        deadline = start + length
        clients = (_connection(host, int(port), wire, deadline, counts, latencies, i) for i in range(CLIENTS))
        await asyncio.gather(*clients)
        return latencies, counts, time.perf_counter() - start

    asyncio.run(run(0.5))  # warm-up
    latencies, counts, took = asyncio.run(run(duration))
    if counts[1]:
        raise RuntimeError(f"latency: {counts[1]} non-2xx answers from {root}")
    cuts = statistics.quantiles(latencies, n=100)
    what = f"{LATENCY} ({len(wire)} requests of both APIs)"
    details: dict[str, object] = {
        "requests": f"{len(latencies):,} in {took:.1f} s ({len(latencies) / took:,.0f} req/s)"
    }
    return [
        Row(f"{what}: p50", seconds(cuts[49]), details=details),
        Row(f"{what}: p99", seconds(cuts[98])),
    ]


def _compare(
    load: Load, sim_root: str, base: str, prism_root: str, *, seconds: float, rounds: int, warm_up: float
) -> Row:
    # Warm-up (and validity check) of both: Prism's JIT needs a second or two to reach its pace.
    requests_per_second(sim_root, base, load, warm_up)
    requests_per_second(prism_root, "", load, warm_up)
    sim: list[float] = []
    prism: list[float] = []
    for r in range(rounds):
        if r % 2 == 0:
            sim.append(requests_per_second(sim_root, base, load, seconds))
            prism.append(requests_per_second(prism_root, "", load, seconds))
        else:
            prism.append(requests_per_second(prism_root, "", load, seconds))
            sim.append(requests_per_second(sim_root, base, load, seconds))
    result = ratio_of(statistics.median(sim), statistics.median(prism))
    return at_least(_title(load), result, LIMIT, per_second)
