"""Outgoing callbacks (webhooks) of the simulated gateways, POSTed to loopback URLs only.

Delivery reports and bulk-transaction outcomes are queued while the simulator holds its state
lock and sent afterwards from one background thread, so a slow receiver never stalls the API.
A send request may name any http(s) URL the spec allows (``https://example.com/sms/status`` as in
the spec's examples), but only loopback addresses are ever called: the simulator must not become
a way to send traffic anywhere else. A callback to any other address is recorded as
undeliverable, with its URL and body, and listed by the control plane (``GET
/_sim/<api>/callbacks``) beside the delivered ones.
"""

from __future__ import annotations

import logging
import queue
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

log = logging.getLogger("smsim.callbacks")
TIMEOUT_SECONDS = 2.0


UNDELIVERABLE = "undeliverable: the simulator calls loopback addresses only"


def is_http_url(url: str) -> bool:
    """An absolute http(s) URL with a host: what a callback field may hold."""
    if any(ord(c) <= 0x20 or ord(c) == 0x7F for c in url):  # no spaces or ASCII controls
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError when the port is not a number up to 65535)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and "@" not in parts.netloc


def is_loopback_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return False
    if host == "localhost":
        return True
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class Delivery:
    url: str
    content_type: str
    body: bytes
    status: int | None = None  # the receiver's answer, None until tried
    error: str | None = None


@dataclass
class CallbackSender:
    """A queue of callbacks and the thread that delivers them."""

    deliveries: list[Delivery] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._queue: queue.Queue[Delivery | None] = queue.Queue(maxsize=10_000)
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def post_json(self, url: str, payload: Any) -> None:
        import json

        self._enqueue(Delivery(url, "application/json", json.dumps(payload).encode()))

    def post_form(self, url: str, fields: dict[str, str]) -> None:
        from urllib.parse import urlencode

        self._enqueue(Delivery(url, "application/x-www-form-urlencoded", urlencode(fields).encode()))

    def _enqueue(self, delivery: Delivery) -> None:
        if not is_loopback_url(delivery.url):
            delivery.error = UNDELIVERABLE
            self.deliveries.append(delivery)
            return
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="smsim-callbacks", daemon=True)
                self._thread.start()
        try:
            self._queue.put_nowait(delivery)
        except queue.Full:
            delivery.error = "dropped: callback queue full"
            self.deliveries.append(delivery)

    def _run(self) -> None:
        with httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=False, trust_env=False) as client:
            while True:
                delivery = self._queue.get()
                if delivery is None:
                    self._queue.task_done()
                    return
                try:
                    response = client.post(
                        delivery.url, content=delivery.body, headers={"content-type": delivery.content_type}
                    )
                    delivery.status = response.status_code
                except (httpx.HTTPError, httpx.InvalidURL, ValueError) as error:
                    delivery.error = type(error).__name__
                    log.info("callback to %s failed: %s", delivery.url, delivery.error)
                self.deliveries.append(delivery)
                self._queue.task_done()

    def drain(self, timeout: float = 5.0) -> bool:
        """Wait until every queued callback has been tried; False if ``timeout`` passed first."""
        done = threading.Event()

        def wait() -> None:
            self._queue.join()
            done.set()

        threading.Thread(target=wait, daemon=True).start()
        return done.wait(timeout)
