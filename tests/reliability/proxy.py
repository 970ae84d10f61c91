"""A fault-injecting HTTP/1.1 proxy on loopback, in front of the served simulator.

The gateway behind it keeps answering every request the proxy forwards, at any moment, so the
faults are realistic in the way that matters for "at most once": while a send is held in the
proxy, the client's reconciliation look-ups go through and see the gateway's state as it is.

Faults (each fires for the next ``count`` requests whose method matches and whose path, without
the query, matches the regular expression ``path``; one with ``after`` set only once that other
fault has fired):

- ``hold``: keep the request ``seconds`` (longer than the client's timeout), then forward it:
  the gateway commits after the client gave up (a late commit);
- ``drop``: forward, let the gateway commit, then close the connection without an answer;
- ``status_before``: answer ``status`` (with ``headers``, e.g. ``Retry-After``) without forwarding;
- ``status_after``: forward, let the gateway commit, then answer ``status`` instead.

Bounded: at most :data:`MAX_COUNT` requests per fault, :data:`MAX_HOLD` seconds per hold, and
the proxy stops by itself after ``lifetime`` seconds if nobody stops it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import threading
from dataclasses import dataclass, field
from typing import Literal

MAX_COUNT = 1000
MAX_HOLD = 10.0
UPSTREAM_TIMEOUT = 30.0  # seconds the proxy waits for the gateway's answer
Kind = Literal["hold", "drop", "status_before", "status_after"]


@dataclass
class ProxyFault:
    kind: Kind
    method: str
    path: str
    count: int = 1
    seconds: float = 0.0
    status: int = 503
    headers: dict[str, str] = field(default_factory=dict)
    after: ProxyFault | None = None
    fired: int = 0

    def matches(self, request: _Request) -> bool:
        armed = self.after is None or self.after.fired > 0
        return armed and self.method == request.method and re.search(self.path, request.path.split("?")[0]) is not None

    def __post_init__(self) -> None:
        if not 1 <= self.count <= MAX_COUNT:
            raise ValueError(f"count must be 1..{MAX_COUNT}")
        if not 0 <= self.seconds <= MAX_HOLD:
            raise ValueError(f"seconds must be 0..{MAX_HOLD}")


@dataclass
class _Request:
    method: str
    path: str
    raw: bytes


class FaultProxy:
    def __init__(self, upstream_host: str, upstream_port: int, *, lifetime: float = 900.0) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.lifetime = lifetime
        self.faults: list[ProxyFault] = []
        self.forwarded = 0
        self._lock = threading.Lock()
        self._in_flight = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="fault-proxy", daemon=True)
        self._server: asyncio.base_events.Server | None = None
        self.port = 0

    # -- control, from the test's thread ------------------------------------------------------

    def start(self) -> str:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the fault proxy did not start")
        return f"http://127.0.0.1:{self.port}"

    def add(self, fault: ProxyFault) -> ProxyFault:
        with self._lock:
            self.faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self.faults.clear()

    def settle(self, timeout: float = 30.0) -> bool:
        """Wait until no held or forwarded request is in flight (late commits have landed)."""
        done = threading.Event()

        async def poll() -> None:
            while self._in_flight:
                await asyncio.sleep(0.02)
            done.set()

        asyncio.run_coroutine_threadsafe(poll(), self._loop)
        return done.wait(timeout)

    def stop(self) -> None:
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._shutdown)
        self._thread.join(timeout=10)

    # -- the proxy, on its own event loop -----------------------------------------------------

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._serve())
        self._loop.run_forever()
        self._loop.close()

    async def _serve(self) -> None:
        self._server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        self._loop.call_later(self.lifetime, self._shutdown)  # stops by itself
        self._ready.set()

    def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in asyncio.all_tasks(self._loop):
            task.cancel()
        self._loop.call_later(0.05, self._loop.stop)

    def _take(self, request: _Request) -> ProxyFault | None:
        with self._lock:
            for fault in self.faults:
                if fault.matches(request):
                    fault.count -= 1
                    fault.fired += 1
                    if fault.count == 0:
                        self.faults.remove(fault)
                    return fault
        return None

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    return
                fault = self._take(request)
                if fault is None:
                    answer = await self._pass_through(request, reader)
                    if answer is None:
                        return  # the client gave up: so does the proxy, like a real one
                    writer.write(answer)
                    await writer.drain()
                    continue
                if fault.kind == "status_before":
                    writer.write(_error(request, fault))
                    await writer.drain()
                    continue
                if fault.kind == "hold":
                    # The client gives up meanwhile; the gateway gets the request anyway.
                    await self._forward(request, delay=fault.seconds)
                    return
                await self._forward(request)  # the gateway commits...
                if fault.kind == "drop":
                    return  # ...and the answer never arrives
                writer.write(_error(request, fault))  # ...and the client is told it failed
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            writer.close()

    async def _pass_through(self, request: _Request, client: asyncio.StreamReader) -> bytes | None:
        """The gateway's answer, or None when the client hangs up before it comes."""
        forward = asyncio.ensure_future(self._forward(request))
        hang_up = asyncio.ensure_future(client.read(1))  # HTTP/1.1 clients send nothing meanwhile
        done, _ = await asyncio.wait({forward, hang_up}, return_when=asyncio.FIRST_COMPLETED)
        if forward in done:
            hang_up.cancel()  # and wait for it: only one reader may wait on the stream at a time
            with contextlib.suppress(asyncio.CancelledError):
                await hang_up
            return forward.result()
        forward.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await forward
        return None

    async def _forward(self, request: _Request, *, delay: float = 0.0) -> bytes:
        self._in_flight += 1
        try:
            if delay:
                await asyncio.sleep(delay)
            reader, writer = await asyncio.open_connection(*self.upstream)
            try:
                writer.write(request.raw)
                await writer.drain()
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), UPSTREAM_TIMEOUT)
                body = await asyncio.wait_for(reader.readexactly(_content_length(head)), UPSTREAM_TIMEOUT)
            finally:
                writer.close()
            self.forwarded += 1
            return head + body
        finally:
            self._in_flight -= 1


async def _read_request(reader: asyncio.StreamReader) -> _Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        return None
    body = await reader.readexactly(_content_length(head))
    method, path, _ = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
    return _Request(method, path, head + body)


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


def _error(request: _Request, fault: ProxyFault) -> bytes:
    if "/rest/api" in request.path:
        body = json.dumps({"errorCode": fault.status, "errorMsg": "PROXY_FAULT"}).encode()
    else:
        body = json.dumps({"result": "ERROR", "error": "PROXY_FAULT"}).encode()
    headers = {"content-type": "application/json", "content-length": str(len(body)), **fault.headers}
    lines = [f"HTTP/1.1 {fault.status} Fault"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
