"""The simulator as an ASGI application, for ``python -m smsim`` and for schemathesis.

Deliberately framework-free: the simulator already routes and validates from the specs, so a
framework would only add a second router in front of it (and cost requests per second).

Faults never block the event loop: latency is awaited, a late commit runs as its own task (it
happens even if the client disconnects first), and an answer that never comes waits for the
client to give up, while every other connection is served.
"""

from __future__ import annotations

import asyncio
from typing import Any

from .faults import FaultInjector
from .kernel import MAX_BODY_BYTES, SimResponse, json_response
from .simulator import Call, Simulator

Scope = dict[str, Any]
TICK_SECONDS = 0.5


class DroppedConnection(Exception):
    """Raised after the response head was sent, so the server cuts the connection mid-response."""


class SimulatorApp:
    def __init__(self, simulator: Simulator) -> None:
        self.simulator = simulator
        self._pending: set[asyncio.Task[SimResponse]] = set()  # late commits, kept alive until done

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            ticker: asyncio.Task[None] | None = None
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    ticker = asyncio.create_task(self._tick_forever())
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    if ticker is not None:
                        ticker.cancel()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        raw_path = scope.get("raw_path") or scope["path"].encode()
        path = raw_path.decode("latin-1")
        query = scope.get("query_string", b"").decode("latin-1")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        body, too_large = await self._read_body(receive)
        if too_large:
            api = self.simulator.mount_for(path)
            answer = (
                api.error(413, "BODY_TOO_LARGE", f"bodies are limited to {MAX_BODY_BYTES} bytes")
                if api
                else json_response(413, {"error": "body too large"})
            )
        else:
            accepted = self.simulator.accept(scope["method"], path, query, headers, body)
            answer = accepted if isinstance(accepted, SimResponse) else await self._run(accepted)
        if answer.no_answer:
            if not await self._client_gave_up(receive):
                raise DroppedConnection("fault injection: no answer (the client did not give up in time)")
            return  # nothing to send to a client that left
        await self._send(send, answer)

    async def _run(self, call: Call) -> SimResponse:
        if call.latency:
            await asyncio.sleep(call.latency)
        injected = call.fault_response()
        if injected is not None:
            return injected
        if not call.commit_delay:
            return call.commit()
        task = asyncio.create_task(self._commit_later(call))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)
        return await asyncio.shield(task)

    @staticmethod
    async def _commit_later(call: Call) -> SimResponse:
        await asyncio.sleep(call.commit_delay)
        return call.commit()

    @staticmethod
    async def _client_gave_up(receive: Any) -> bool:
        """Hold the answer back until the client disconnects (True), for a bounded time (False)."""
        try:
            async with asyncio.timeout(FaultInjector.MAX_LATENCY * 4):
                while (await receive())["type"] != "http.disconnect":
                    pass
        except TimeoutError:
            return False
        return True

    async def _tick_forever(self) -> None:
        """Let time-driven state (scheduled sends, delivery reports and their callbacks) move on
        while no request comes in, as a real gateway's would."""
        while True:
            await asyncio.sleep(TICK_SECONDS)
            self.simulator.tick()

    @staticmethod
    async def _read_body(receive: Any) -> tuple[bytes, bool]:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return b"", False
            chunk = message.get("body", b"")
            size += len(chunk)
            if size <= MAX_BODY_BYTES:
                chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks), size > MAX_BODY_BYTES

    @staticmethod
    async def _send(send: Any, answer: SimResponse) -> None:
        headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in answer.headers]
        # A dropped answer announces one byte more than it will ever send, so that even an empty
        # body leaves the client with a cut response (a server error before the head was sent
        # would instead become a complete 500 answer).
        length = len(answer.body) + (1 if answer.drop_connection else 0)
        headers.append((b"content-length", str(length).encode()))
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        if answer.drop_connection:
            raise DroppedConnection("fault injection: connection dropped after the state change")
        await send({"type": "http.response.body", "body": answer.body})
