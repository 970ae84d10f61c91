"""httpx transports that answer from an in-process :class:`~smsim.simulator.Simulator`.

Tests hand one of these to the typed clients (``transport=SimulatorTransport(sim)``) and get
the full simulator, validation included, with no socket.  Faults behave as on a real
connection: latency is waited out by the calling thread or task only; a response that fault
injection marked as dropped surfaces as ``httpx.RemoteProtocolError``; a late commit runs on a
timer thread, and a client whose read timeout runs out first gets ``httpx.ReadTimeout`` (the
change still happens later), as does a client waiting for an answer that never comes.
"""

from __future__ import annotations

import asyncio
import time

import httpx

from .faults import FaultInjector
from .kernel import SimResponse
from .simulator import Call, Simulator


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout", {})
    value = timeout.get("read") if isinstance(timeout, dict) else None
    return float(value) if isinstance(value, int | float) else None


class SimulatorTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, simulator: Simulator) -> None:
        self.simulator = simulator

    def _accept(self, request: httpx.Request, body: bytes) -> SimResponse | Call:
        raw_path, _, query = request.url.raw_path.decode("ascii", "replace").partition("?")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in request.headers.raw}
        return self.simulator.accept(request.method, raw_path, query, headers, body)

    @staticmethod
    def _response(request: httpx.Request, answer: SimResponse) -> httpx.Response:
        if answer.drop_connection:
            raise httpx.RemoteProtocolError("server disconnected without sending a response", request=request)
        return httpx.Response(answer.status, headers=answer.headers, content=answer.body, request=request)

    @staticmethod
    def _timed_out(request: httpx.Request) -> httpx.ReadTimeout:
        return httpx.ReadTimeout("timed out waiting for the simulator's answer", request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = self._accept(request, request.read())
        if isinstance(call, SimResponse):
            return self._response(request, call)
        timeout = _read_timeout(request)
        if call.latency:
            time.sleep(call.latency)
        injected = call.fault_response()
        if injected is not None:
            return self._response(request, injected)
        if call.commit_delay:
            call.commit_later()
            answer = call.wait(timeout)
            if answer is None:
                raise self._timed_out(request)
        else:
            answer = call.commit()
        if answer.no_answer:
            time.sleep(min(timeout or 0.0, FaultInjector.MAX_LATENCY))
            raise self._timed_out(request)
        return self._response(request, answer)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call = self._accept(request, await request.aread())
        if isinstance(call, SimResponse):
            return self._response(request, call)
        timeout = _read_timeout(request)
        if call.latency:
            await asyncio.sleep(call.latency)
        injected = call.fault_response()
        if injected is not None:
            return self._response(request, injected)
        if call.commit_delay:
            call.commit_later()
            answer = await asyncio.to_thread(call.wait, timeout)
            if answer is None:
                raise self._timed_out(request)
        else:
            answer = call.commit()
        if answer.no_answer:
            await asyncio.sleep(min(timeout or 0.0, FaultInjector.MAX_LATENCY))
            raise self._timed_out(request)
        return self._response(request, answer)
