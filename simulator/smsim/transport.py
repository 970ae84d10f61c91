"""httpx transports that answer from an in-process :class:`~smsim.core.Simulator`.

Tests hand one of these to the typed clients (``transport=SimulatorTransport(sim)``) and get
the full simulator, validation included, with no socket and no thread.  A response that fault
injection marked as dropped surfaces as ``httpx.RemoteProtocolError``, as a real dropped
connection would.
"""

from __future__ import annotations

import httpx

from .core import SimResponse, Simulator


class SimulatorTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, simulator: Simulator) -> None:
        self.simulator = simulator

    def _answer(self, request: httpx.Request, body: bytes) -> httpx.Response:
        raw_path, _, query = request.url.raw_path.decode("ascii", "replace").partition("?")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in request.headers.raw}
        answer: SimResponse = self.simulator.handle(request.method, raw_path, query, headers, body)
        if answer.drop_connection:
            raise httpx.RemoteProtocolError("server disconnected without sending a response", request=request)
        return httpx.Response(answer.status, headers=answer.headers, content=answer.body, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request, request.read())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request, await request.aread())
