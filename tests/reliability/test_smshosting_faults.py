"""The in-process simulator's faults on Smshosting reads and sends, sync and async: reads are
retried, sends reach each recipient exactly once.  The realistic matrix (late commits while
look-ups are answered) runs through a socket: ``test_at_most_once_smshosting.py``.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import pytest
from smsgw import smshosting
from smsgw.delivery import SendResult, asend_sms, send_sms
from smsgw.retry import RetryPolicy
from smshosting_client import Client
from smshosting_client.api.sms import search_sms
from smshosting_client.api.user import get_user
from smsim import Simulator, SimulatorTransport, testing
from smsim.apis.smshosting import SmshostingApi
from smsim.faults import Fault

BASE = testing.SMSHOSTING_URL
DEMO_KEY, DEMO_SECRET = testing.DEMO.smshosting_key, testing.DEMO.smshosting_secret
RECIPIENTS = ["393401110001", "393401110002", "393401110003"]
FAULTS: dict[str, Callable[[str], Fault]] = {
    "503": lambda op: Fault(api="smshosting", operation_id=op, count=1, status=503),
    "500 twice": lambda op: Fault(api="smshosting", operation_id=op, count=2, status=500),
    "429+Retry-After": lambda op: Fault(api="smshosting", operation_id=op, count=1, status=429, retry_after=0),
    "latency": lambda op: Fault(api="smshosting", operation_id=op, count=1, latency=0.02),
    "drop after commit": lambda op: Fault(api="smshosting", operation_id=op, count=1, drop=True),
}


def setup() -> tuple[Simulator, Client, RetryPolicy]:
    sim = testing.simulator(apis=("smshosting",))
    policy = RetryPolicy(initial_delay=0.001, max_delay=0.002, settle_window=0.05, lookup_initial_delay=0.01)
    client = smshosting.client(
        BASE, auth_key=DEMO_KEY, auth_secret=DEMO_SECRET, transport=SimulatorTransport(sim), retry=policy
    )
    return sim, client, policy


def stored(sim: Simulator) -> list[str]:
    """Recipients of every SMS the simulator holds for the demo account (any status)."""
    messages = sim.control.call("GET", "smshosting/messages", {"auth_key": DEMO_KEY})["messages"]
    return sorted(m["to"] for m in messages)


def record(sim: Simulator, result: SendResult | None) -> None:
    sent = stored(sim)
    assert sent == sorted(RECIPIENTS), f"sent {sent}"  # exactly once each: none doubled, none lost


@pytest.mark.parametrize("fault", list(FAULTS))
def test_sync_send_reaches_each_recipient_exactly_once(fault: str) -> None:
    sim, client, policy = setup()
    sim.faults.add(FAULTS[fault]("sendSms"))
    result = send_sms(client, smshosting.sms(RECIPIENTS, "Your code is 1234"))
    assert result.outcome in ("sent", "already_accepted", "resent", "partially_resent")
    record(sim, result)


@pytest.mark.parametrize("fault", list(FAULTS))
def test_async_send_reaches_each_recipient_exactly_once(fault: str) -> None:
    sim, client, policy = setup()
    sim.faults.add(FAULTS[fault]("sendSms"))
    result = asyncio.run(asend_sms(client, smshosting.sms(RECIPIENTS, "Your code is 1234")))
    record(sim, result)


@pytest.mark.parametrize("fault", list(FAULTS))
def test_reads_survive_faults_sync_and_async(fault: str) -> None:
    sim, client, policy = setup()
    send_sms(client, smshosting.sms(RECIPIENTS, "hello", transaction_id="tx-read"))
    sim.faults.add(FAULTS[fault]("searchSms"))
    found = list(smshosting.paginate(search_sms, client, "sms_list", transaction_id="tx-read"))
    sim.faults.add(FAULTS[fault]("getUser"))

    async def user() -> object:
        return smshosting.check(await get_user.asyncio_detailed(client=client)).parsed

    assert asyncio.run(user()) is not None
    assert len(found) == len(RECIPIENTS)
    record(sim, None)


def test_lost_answer_then_lost_lookup_raises_outcome_unknown() -> None:
    from smsgw.errors import OutcomeUnknownError

    sim, client, policy = setup()
    sim.faults.add(Fault(api="smshosting", operation_id="sendSms", count=1, drop=True))
    sim.faults.add(Fault(api="smshosting", operation_id="searchSms", count=100, status=503))
    with pytest.raises(OutcomeUnknownError) as info:
        send_sms(client, smshosting.sms(RECIPIENTS, "hello"))
    assert info.value.check["transaction_id"].startswith("smsgw-")
    assert stored(sim) == sorted(RECIPIENTS)  # it was sent once; the caller is told what to check


def test_concurrent_sends_charge_credit_exactly() -> None:
    sim, client, _ = setup()
    start = sim.api(SmshostingApi).accounts.by_key[DEMO_KEY].credit
    errors: list[BaseException] = []

    def worker(i: int) -> None:
        try:
            for j in range(10):
                send_sms(client, smshosting.sms([f"39340{i:03d}{j:04d}"], "x"))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    account = sim.api(SmshostingApi).accounts.by_key[DEMO_KEY]
    messages = sim.control.call("GET", "smshosting/messages", {"auth_key": DEMO_KEY})["messages"]
    assert len(messages) == 60
    charged = round(start - account.credit, 6)
    assert charged == round(sum(m["price"] for m in messages), 6)
