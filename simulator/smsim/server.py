"""The HTTP server of ``python -m smsim``: uvicorn with the simulator's own connection rules.

uvicorn's httptools protocol, with two changes (issue 13):

* **Slow clients are timed out.** A request must arrive whole, head and body, within
  :data:`REQUEST_TIMEOUT` seconds of its first byte (or of the connection, for the first
  request); otherwise the connection is closed, with a 408 in the API's error format when the
  head had not even arrived. uvicorn itself only times out idle keep-alive connections
  (``timeout_keep_alive``), so a client dripping one header byte at a time would hold its
  connection forever.
* **Malformed HTTP gets the API's error body.** A request the HTTP parser refuses (raw bytes in
  the request line, a bad Content-Length, broken chunking) is answered with 400 in the error
  format of the API its path names, as far as the path could be read, or with the simulator's
  own ``{"error": ...}`` body, instead of uvicorn's plain-text ``Invalid HTTP request received.``
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .kernel import SimResponse, json_response
from .openapi import RequestValidationError, ValidationIssue
from .simulator import Simulator

REQUEST_TIMEOUT = 5.0
KEEP_ALIVE_TIMEOUT = 5
STATUS_TEXT = {400: b"Bad Request", 408: b"Request Timeout"}


def error_for(simulator: Simulator, url: bytes, status: int, message: str) -> SimResponse:
    """The error answer for a request that never reached the simulator: the API's format when
    ``url`` names an API, the simulator's own otherwise."""
    path = url.split(b"?", 1)[0].decode("latin-1")
    api = simulator.mount_for(path)
    if api is None:
        return json_response(status, {"error": message})
    if status == 400:
        return api.validation_error(RequestValidationError([ValidationIssue("request", "", message)]), None)
    return api.error(status, "REQUEST_TIMEOUT", message)


def protocol_for(simulator: Simulator) -> type[HttpToolsProtocol]:
    """uvicorn's httptools protocol class with the rules above, answering for ``simulator``."""

    class SimulatorProtocol(HttpToolsProtocol):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._request_timer: asyncio.TimerHandle | None = None
            self._head_complete = False

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            if self._request_timer is None and (self.cycle is None or self.cycle.response_complete):
                self._arm()  # the first bytes of the next request on a kept-alive connection
            super().data_received(data)

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._head_complete = False

        def on_headers_complete(self) -> None:
            self._head_complete = True
            super().on_headers_complete()

        def on_message_complete(self) -> None:
            self._disarm()
            super().on_message_complete()

        def send_400_response(self, msg: str) -> None:
            self._disarm()
            answer = error_for(simulator, getattr(self, "url", b""), 400, f"malformed HTTP request: {msg}")
            self._answer_and_close(answer)

        # -- the request timer -----------------------------------------------------------

        def _arm(self) -> None:
            self._disarm()
            self._request_timer = self.loop.call_later(REQUEST_TIMEOUT, self._timed_out)

        def _disarm(self) -> None:
            if self._request_timer is not None:
                self._request_timer.cancel()
                self._request_timer = None

        def _timed_out(self) -> None:
            self._request_timer = None
            if self.transport.is_closing():
                return
            if self._head_complete:  # the application has the request: cut the body short
                self.transport.close()
                return
            message = f"the request did not arrive within {REQUEST_TIMEOUT:g} seconds"
            self._answer_and_close(error_for(simulator, getattr(self, "url", b""), 408, message))

        def _answer_and_close(self, answer: SimResponse) -> None:
            head = [b"HTTP/1.1 %d %s\r\n" % (answer.status, STATUS_TEXT.get(answer.status, b"Error"))]
            for name, value in answer.headers:
                head.append(f"{name}: {value}\r\n".encode("latin-1"))
            head.append(b"content-length: %d\r\nconnection: close\r\n\r\n" % len(answer.body))
            self.transport.write(b"".join(head) + answer.body)
            self.transport.close()

    return SimulatorProtocol


def uvicorn_options(simulator: Simulator) -> dict[str, Any]:
    """The ``uvicorn.Config`` options that apply the rules above to ``simulator``'s server."""
    # Loopback only, never behind a proxy: no X-Forwarded-* rewriting on every request.
    return {"http": protocol_for(simulator), "timeout_keep_alive": KEEP_ALIVE_TIMEOUT, "proxy_headers": False}
