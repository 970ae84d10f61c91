"""Faults never block the simulator: the faulty call waits, every other request is answered.

Over real sockets (the served simulator) and in-process (the httpx transport): a 5 s latency
fault on one request while 100 others are answered; a late commit, where the state change
happens after a delay while searches that could find it keep answering (without it, then with
it), answered after the commit, never, or with a dropped connection.  Ordering is asserted,
never durations (the bench measures those).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from smsim import Fault, Simulator, SimulatorTransport, testing
from smsim.testing import DEMO, Served

HOSTING = "/rest/api"
AUTH = (DEMO.smshosting_key, DEMO.smshosting_secret)
SMSEND_LOGIN = "/API/v1.0/REST/login"
SMSEND_TOKEN = "/API/v1.0/REST/token"
# The late commits: long enough that the checks made before the commit (a search, whether the
# sender got an answer) are done by then even on a loaded machine.
LATE = 3.0
LOGIN = {"username": DEMO.smsend_login, "password": DEMO.smsend_password}


class Background:
    """One request run on its own thread; records when it finished, relative to the others."""

    def __init__(self, send: Any) -> None:
        self.result: httpx.Response | BaseException | None = None
        self.finished = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(send,), daemon=True)
        self.thread.start()

    def _run(self, send: Any) -> None:
        try:
            self.result = send()
        except BaseException as error:  # kept for the test to look at
            self.result = error
        finally:
            self.finished.set()


def _wait_for(condition: Any, what: str, timeout: float = 30.0) -> None:
    """Poll ``condition`` until it holds (a bound against hanging, not a timing assertion)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.02)


def _fired(client: httpx.Client, key: str) -> int:
    return int(client.get("/_sim/faults").json()["fired"].get(key, 0))


def _search(client: httpx.Client, transaction_id: str) -> int:
    answer = client.get(f"{HOSTING}/sms/search", params={"transactionId": transaction_id}, auth=AUTH)
    assert answer.status_code == 200, answer.text
    return int(answer.json()["metadata"]["count"])


def test_a_slow_request_does_not_hold_up_100_others(served: Served) -> None:
    with httpx.Client(base_url=served.base, timeout=30.0) as control, httpx.Client(base_url=served.base) as slow:
        control.delete("/_sim/faults")
        added = control.post("/_sim/faults", json={"api": "smsend", "operation_id": "loginSessionKey", "latency": 5.0})
        assert added.status_code == 201
        try:
            before = _fired(control, "smsend.loginSessionKey")
            pending = Background(lambda: slow.get(SMSEND_LOGIN, params=LOGIN, timeout=30))
            _wait_for(lambda: _fired(control, "smsend.loginSessionKey") > before, "the slow request to arrive")
            latencies = []
            with httpx.Client(base_url=served.base, timeout=30.0) as other:
                for i in range(100):
                    start = time.perf_counter()
                    answer = other.get(SMSEND_TOKEN, params=LOGIN) if i % 2 else other.get(f"{HOSTING}/user", auth=AUTH)
                    latencies.append(time.perf_counter() - start)
                    assert answer.status_code == 200, answer.text
            # All 100 were answered while the slow one was still waiting out its latency.
            assert not pending.finished.is_set()
            print(f"\n100 requests during a 5 s latency fault: max {max(latencies) * 1000:.1f} ms")
            pending.finished.wait(60)
            assert isinstance(pending.result, httpx.Response) and pending.result.status_code == 200
        finally:
            control.delete("/_sim/faults")


@dataclass
class Target:
    """A simulator to put a late commit on: the served one or an in-process one."""

    client: httpx.Client
    add_fault: Callable[[dict[str, Any]], object]
    fired: Callable[[], int]  # how many sendSms calls a fault caught so far


@pytest.fixture(params=["served", "in-process"])
def target(request: pytest.FixtureRequest, served: Served) -> Iterator[Target]:
    if request.param == "served":
        with httpx.Client(base_url=served.base, timeout=30.0) as client:
            client.delete("/_sim/faults")
            try:
                yield Target(
                    client,
                    lambda fault: client.post("/_sim/faults", json={"api": "smshosting", **fault}).raise_for_status(),
                    lambda: _fired(client, "smshosting.sendSms"),
                )
            finally:
                client.delete("/_sim/faults")
    else:
        sim, client = _in_process()
        with client:
            yield Target(
                client,
                lambda fault: sim.faults.add(Fault(api="smshosting", **fault)),
                lambda: sim.faults.fired.get("smshosting.sendSms", 0),
            )


def _in_process() -> tuple[Simulator, httpx.Client]:
    sim = testing.simulator(apis=("smshosting",))
    return sim, httpx.Client(transport=SimulatorTransport(sim), base_url="http://127.0.0.1", timeout=30.0)


def _send(client: httpx.Client, tx: str, timeout: httpx.Timeout | float = 30.0) -> httpx.Response:
    data = {"to": "393401110001", "text": "late", "transactionId": tx}
    return client.post(f"{HOSTING}/sms/send", data=data, auth=AUTH, timeout=timeout)


def test_late_commit(target: Target) -> None:
    tx = f"late-{time.time_ns()}"
    target.add_fault({"operation_id": "sendSms", "commit_delay": LATE})
    before = target.fired()
    sender = Background(lambda: _send(target.client, tx))
    _wait_for(lambda: target.fired() > before, "the send to be accepted")
    # Accepted, not committed yet: a search answers, without the SMS...
    found_before, answered_first = _search(target.client, tx), sender.finished.is_set()
    # ...then with it; the sender gets its answer only after the commit.
    _wait_for(lambda: _search(target.client, tx) == 1, "the late commit")
    sender.finished.wait(30)
    assert (found_before, answered_first) == (0, False)
    assert isinstance(sender.result, httpx.Response) and sender.result.status_code == 200
    assert _search(target.client, tx) == 1


@pytest.mark.parametrize("no_answer", [False, True])
def test_a_client_that_gives_up_before_a_late_commit(target: Target, no_answer: bool) -> None:
    """The client's read timeout runs out first; the SMS is sent anyway, once."""
    tx = f"gave-up-{time.time_ns()}"
    target.add_fault({"operation_id": "sendSms", "commit_delay": LATE, "no_answer": no_answer})
    with pytest.raises(httpx.ReadTimeout):
        _send(target.client, tx, timeout=httpx.Timeout(30.0, read=0.2))
    assert _search(target.client, tx) == 0
    _wait_for(lambda: _search(target.client, tx) == 1, "the late commit")


@pytest.mark.parametrize(
    ("fault", "read_timeout", "error"),
    [
        ({"commit_delay": 0.5, "drop": True}, 30.0, httpx.RemoteProtocolError),
        ({"commit_delay": 0.5, "no_answer": True}, 1.0, httpx.ReadTimeout),
        ({"no_answer": True}, 0.1, httpx.ReadTimeout),
    ],
)
def test_late_commit_in_process_without_answer(
    fault: dict[str, Any], read_timeout: float, error: type[Exception]
) -> None:
    """In-process only: the served form of these is tests/smsend/test_served.py (drop) and the
    fixture-parametrized tests above."""
    sim, client = _in_process()
    sim.faults.add(Fault(api="smshosting", operation_id="sendSms", **fault))
    with pytest.raises(error):
        _send(client, "tx-lost", timeout=httpx.Timeout(30.0, read=read_timeout))
    _wait_for(lambda: _search(client, "tx-lost") == 1, "the commit")


@pytest.mark.anyio
async def test_late_commit_async_in_process() -> None:
    sim = testing.simulator(apis=("smshosting",))
    sim.faults.add(Fault(api="smshosting", operation_id="sendSms", commit_delay=0.5))
    async with httpx.AsyncClient(transport=SimulatorTransport(sim), base_url="http://127.0.0.1") as client:
        data = {"to": "393401110001", "text": "late", "transactionId": "tx-async"}
        answer = await client.post(f"{HOSTING}/sms/send", data=data, auth=AUTH)
        assert answer.status_code == 200
        search = await client.get(f"{HOSTING}/sms/search", params={"transactionId": "tx-async"}, auth=AUTH)
        assert search.json()["metadata"]["count"] == 1


@pytest.mark.parametrize(
    "fault",
    [
        {"status": 503, "drop": True},
        {"status": 503, "commit_delay": 1.0},
        {"drop": True, "no_answer": True},
        {"commit_delay": 31.0},
    ],
)
def test_contradictory_faults_are_refused(fault: dict[str, Any]) -> None:
    sim = Simulator(apis=("smshosting",))
    with pytest.raises(ValueError):
        sim.faults.add(Fault(api="smshosting", **fault))
