"""Faults never block the served simulator: while one request waits out a 5 s latency fault,
100 other requests are answered as fast as without it (issue target: each within 100 ms).

The peer is the same 100 requests on the same server with no fault pending.
"""

from __future__ import annotations

import threading
import time

import httpx
from smsim.testing import DEMO

from . import servers
from .gateways import SMSEND_BASE, SMSHOSTING_BASE
from .harness import Row, Settings, seconds

LATENCY = 5.0
REQUESTS = 100
TARGET = 0.100  # seconds, the slowest of the 100


def _slowest(client: httpx.Client) -> float:
    """The longest of REQUESTS answers (alternating the two APIs), in seconds."""
    login = {"username": DEMO.smsend_login, "password": DEMO.smsend_password}
    worst = 0.0
    for i in range(REQUESTS):
        start = time.perf_counter()
        if i % 2:
            answer = client.get(f"{SMSEND_BASE}/token", params=login)
        else:
            answer = client.get(f"{SMSHOSTING_BASE}/user", auth=(DEMO.smshosting_key, DEMO.smshosting_secret))
        worst = max(worst, time.perf_counter() - start)
        answer.raise_for_status()
    return worst


def rows(settings: Settings) -> list[Row]:
    what = f"Served: slowest of {REQUESTS} requests while another waits out a {LATENCY:.0f} s latency fault"
    if not settings.wants(what):
        return []
    with servers.simulator() as root, httpx.Client(base_url=root, timeout=60) as client:
        _slowest(client)  # warm-up: connections, first-call costs
        baseline = _slowest(client)
        fault = {"api": "smsend", "operation_id": "loginSessionKey", "latency": LATENCY}
        client.post("/_sim/faults", json=fault).raise_for_status()
        slow = threading.Thread(
            target=lambda: httpx.get(
                f"{root}{SMSEND_BASE}/login", params={"username": "x", "password": "y"}, timeout=60
            )
        )
        slow.start()
        while not client.get("/_sim/faults").json()["fired"]:  # the slow request is being held
            time.sleep(0.01)
        during = _slowest(client)
        overlapped = slow.is_alive()
        slow.join()
    if not overlapped:
        return [Row(what, seconds(during), seconds(baseline), note="the slow request ended first: not measured")]
    return [
        Row(
            what,
            seconds(during),
            seconds(baseline),
            during / baseline if baseline else None,
            f"≤ {TARGET * 1000:.0f} ms",
            during <= TARGET,
        )
    ]
