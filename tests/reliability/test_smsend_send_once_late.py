"""smsend SMS sends (``send_sms_once``, by ``order_id``) when the gateway commits late.

The gateway accepts a send, keeps answering everything else (the reconciliation look-ups see
its state as it is), and carries the send out after the client gave up: either it never answers
(``no_answer``) or it cuts the connection after the commit (``drop``).  Whatever the timing, each
send must give exactly one SMS per recipient (no duplicate, none lost), and the caller must not
be told "failed" about an SMS that went out.  In-process (the simulator's ``commit_delay``
fault) and served (the fault proxy holding the request, and the served simulator's own late
commit), each sync and async.
"""

from __future__ import annotations

import asyncio
import dataclasses
import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
from smsend_client import Client
from smsend_client.api.user import get_user_status
from smsend_client.models import SendSmsRequest, UserStatus
from smsgw import smsend
from smsgw.errors import BadRequestError, NotDoneError, OutcomeUnknownError, SmsGatewayError
from smsgw.retry import RetryPolicy
from smsgw.smsend_delivery import SendOnceResult, asend_sms_once, send_sms_once
from smsim import Simulator, SimulatorTransport, testing
from smsim.apis.smsend import SmsendApi
from smsim.faults import Fault

from ..conftest import Served
from .figures import FIGURES, judge, run_all, run_with_faults
from .proxy import FaultProxy, ProxyFault

TIMEOUT = 0.4  # the client's timeout
HOLD = 1.5  # the late commit, after the request was accepted
SETTLE = 4.0
CALLS = 3
POLICY = RetryPolicy(initial_delay=0.01, max_delay=0.02, settle_window=SETTLE,
                     lookup_initial_delay=0.1, lookup_max_delay=0.5)  # fmt: skip


def numbers(count: int = 2) -> list[str]:
    """Fresh recipients (the served simulator lives for the session: never reuse a number)."""
    return [f"+39347{random.randrange(10**7):07d}" for _ in range(count)]


def body(order_id: str, to: list[str]) -> SendSmsRequest:
    return SendSmsRequest.from_dict({"message_type": "N", "message": "Shipped", "recipient": to, "order_id": order_id})


def n_credits(client: Client) -> int:
    status = smsend.unwrap(get_user_status.sync_detailed(client=client), UserStatus)
    return next(c.quantity for c in status.sms if c.type_ == "N")


@dataclass
class Send:
    order_id: str
    to: list[str]


def sends(prefix: str) -> list[Send]:
    tag = f"{prefix}{random.randrange(10**8):08d}"
    return [Send(f"{tag}-{i}", numbers()) for i in range(CALLS)]


def reported(outcome: SendOnceResult | SmsGatewayError) -> tuple[bool, str | None]:
    if isinstance(outcome, SendOnceResult):
        return True, None
    if isinstance(outcome, OutcomeUnknownError):
        return False, "unknown"
    # NotDoneError, or any other error: the caller takes it as "not sent" and may send again.
    return False, "not_sent"


def tally(scenario: str, mode: str, items: list[Send], outcomes: list[SendOnceResult | SmsGatewayError],
          received: dict[str, list[str]]) -> None:  # fmt: skip
    """Judge every recipient of every send: exactly one SMS, and the caller told the truth."""
    for item, outcome in zip(items, outcomes, strict=True):
        done, told = reported(outcome)
        for number in item.to:
            got = received[number]
            assert set(got) <= {item.order_id}, (number, got)  # never under another order
            result = judge(len(got), done, told)
            FIGURES.record("smsend", f"SMS send by order_id: {scenario}", mode, result)
            assert result.duplicated == 0 and result.lost == 0, (item, outcome, got)
        if isinstance(outcome, NotDoneError | OutcomeUnknownError):
            assert outcome.check["order_id"] == item.order_id


# -- in-process: the simulator's own late commit ----------------------------------------------------


@dataclass(frozen=True)
class Late:
    fault: Fault
    timeout: float = TIMEOUT


IN_PROCESS = {
    # The first send commits after the client gave up; the resend commits first, the late one
    # is then refused as a duplicate order.
    "late commit, no answer": Late(Fault("smsend", "sendSms", count=CALLS, commit_delay=HOLD, no_answer=True)),
    # Every attempt is late: the client gives up on all of them before the first commits.
    "late commit, no answer, every attempt": Late(
        Fault("smsend", "sendSms", count=CALLS * 3, commit_delay=HOLD, no_answer=True)
    ),
    "late commit after the client gave up, connection cut": Late(
        Fault("smsend", "sendSms", count=CALLS, commit_delay=HOLD, drop=True)
    ),
    # The client waits long enough: the commit happens, then the connection is cut.
    "late commit, connection cut after it": Late(
        Fault("smsend", "sendSms", count=CALLS, commit_delay=HOLD, drop=True), timeout=10.0
    ),
    "late commit, connection cut, every attempt": Late(
        Fault("smsend", "sendSms", count=CALLS * 3, commit_delay=HOLD, drop=True)
    ),
}


def join_late_commits() -> None:
    """Wait until every late commit the in-process simulator scheduled has run."""
    for thread in threading.enumerate():
        if isinstance(thread, threading.Timer):
            thread.join(timeout=30)
            assert not thread.is_alive(), "a late commit never ran"


@pytest.fixture
def sim() -> Iterator[Simulator]:
    simulator = testing.simulator()
    yield simulator
    join_late_commits()


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", list(IN_PROCESS))
def test_in_process_late_commit_gives_one_sms_per_recipient(sim: Simulator, name: str, mode: str) -> None:
    late = IN_PROCESS[name]
    client = smsend.client(
        testing.SMSEND_URL,
        auth=smsend.SessionLogin(testing.DEMO.smsend_login, testing.DEMO.smsend_password),
        transport=SimulatorTransport(sim),
        timeout=late.timeout,
        retry=POLICY,
    )
    before = n_credits(client)  # also logs in, before any fault is armed
    items = sends("ip")
    sim.faults.add(dataclasses.replace(late.fault))  # a fresh count for each run
    outcomes = run_all(
        mode,
        [lambda s=s: send_sms_once(client, body(s.order_id, s.to)) for s in items],  # type: ignore[misc]
        [lambda s=s: asend_sms_once(client, body(s.order_id, s.to)) for s in items],  # type: ignore[misc]
    )
    join_late_commits()
    outbox = sim.api(SmsendApi).messaging.outbox
    received = {n: [order.order_id for order, _ in outbox.sent_to(n)] for s in items for n in s.to}
    tally(f"{name} (in-process)", mode, items, outcomes, received)
    orders = sorted(order_id for _, order_id in outbox.orders)
    assert orders == sorted(s.order_id for s in items)  # one order each, nothing else
    assert n_credits(client) == before - 2 * CALLS  # charged once: a refused duplicate costs nothing
    assert all(isinstance(o, SendOnceResult) for o in outcomes), outcomes  # the look-ups worked: all known


# -- served: the fault proxy's late commit, and the served simulator's -----------------------------


@dataclass(frozen=True)
class ServedLate:
    proxy: tuple[ProxyFault, ...] = ()
    served: tuple[dict[str, object], ...] = ()


SEND = ("POST", r"/sms$")


def served_scenarios() -> dict[str, ServedLate]:
    late = {"api": "smsend", "operation_id": "sendSms", "commit_delay": HOLD}
    return {
        "proxy holds the send past the timeout": ServedLate(
            proxy=(ProxyFault("hold", *SEND, count=CALLS, seconds=HOLD),)
        ),
        "proxy holds every attempt": ServedLate(proxy=(ProxyFault("hold", *SEND, count=CALLS * 3, seconds=HOLD),)),
        "served late commit, no answer": ServedLate(served=({**late, "count": CALLS, "no_answer": True},)),
        "served late commit, connection cut, every attempt": ServedLate(
            served=({**late, "count": CALLS * 3, "drop": True},)
        ),
    }


SERVED = list(served_scenarios())


def account(served: Served, proxy: FaultProxy) -> tuple[Client, Client]:
    """A fresh account on the served simulator: a direct client, and one through the proxy."""
    name, password = f"late{random.randrange(10**10):010d}", f"pw-{random.randrange(10**10):010d}"
    made = httpx.post(f"{served.base}/_sim/smsend/accounts", json={"login": name, "password": password})
    assert made.status_code == 200, made.text
    direct = smsend.client(f"{served.base}/API/v1.0/REST", auth=smsend.SessionLogin(name, password), timeout=30)
    via = smsend.client(f"http://127.0.0.1:{proxy.port}/API/v1.0/REST", auth=smsend.SessionLogin(name, password),
                        timeout=TIMEOUT, retry=POLICY)  # fmt: skip
    return direct, via


def served_outbox(served: Served, number: str) -> list[str]:
    answer = httpx.request("GET", f"{served.base}/_sim/smsend/outbox", json={"number": number})
    assert answer.status_code == 200, answer.text
    return [str(m["order_id"]) for m in answer.json()["messages"]]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", SERVED)
def test_served_late_commit_gives_one_sms_per_recipient(
    served: Served, fresh_proxy: FaultProxy, name: str, mode: str
) -> None:
    scenario = served_scenarios()[name]
    direct, via = account(served, fresh_proxy)
    before = n_credits(direct)
    n_credits(via)  # log in through the proxy before any fault is armed
    items = sends("sv")
    outcomes = run_with_faults(
        fresh_proxy,
        list(scenario.proxy),
        mode,
        [lambda s=s: send_sms_once(via, body(s.order_id, s.to)) for s in items],  # type: ignore[misc]
        [lambda s=s: asend_sms_once(via, body(s.order_id, s.to)) for s in items],  # type: ignore[misc]
        served=served,
        served_faults=scenario.served,
    )
    # The served simulator's late commits run HOLD seconds after it accepted the request, which
    # was before the client gave up: wait that long before counting (no time is asserted).
    time.sleep(HOLD + 0.5)
    received = {n: served_outbox(served, n) for s in items for n in s.to}
    tally(f"{name} (served)", mode, items, outcomes, received)
    assert n_credits(direct) == before - 2 * CALLS
    assert all(isinstance(o, SendOnceResult) for o in outcomes), outcomes


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_reused_order_id_is_refused_before_sending(served: Served, fresh_proxy: FaultProxy, mode: str) -> None:
    # Without the check, the gateway's refusal of the repeat, cut by the proxy, would send the
    # helper looking the order up: it would find the earlier order and report this send
    # delivered, an SMS lost silently.
    direct, via = account(served, fresh_proxy)
    earlier, later = numbers(1), numbers(1)
    order_id = f"reused{random.randrange(10**8):08d}"
    send_sms_once(direct, body(order_id, earlier))
    n_credits(via)  # log in through the proxy before the fault is armed
    cut = fresh_proxy.add(ProxyFault("drop", *SEND, count=1))
    with pytest.raises(BadRequestError, match="DUPLICATE_ORDER_ID"):
        if mode == "sync":
            send_sms_once(via, body(order_id, later))
        else:
            asyncio.run(asend_sms_once(via, body(order_id, later)))
    assert cut.fired == 0  # refused before sending
    assert served_outbox(served, earlier[0]) == [order_id] and served_outbox(served, later[0]) == []


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_refused_resend_waits_for_the_late_commit(sim: Simulator, mode: str) -> None:
    # The first send commits late; the resend is refused (an injected 400).  The refusal is no
    # proof that nothing was sent: the order is looked up until the settle window closes.
    client = smsend.client(
        testing.SMSEND_URL,
        auth=smsend.SessionLogin(testing.DEMO.smsend_login, testing.DEMO.smsend_password),
        transport=SimulatorTransport(sim),
        timeout=TIMEOUT,
        retry=POLICY,
    )
    n_credits(client)
    sim.faults.add(Fault("smsend", "sendSms", count=1, commit_delay=HOLD, no_answer=True))
    sim.faults.add(Fault("smsend", "sendSms", count=1, status=400))
    to = numbers()
    request = body("refused-1", to)
    result = send_sms_once(client, request) if mode == "sync" else asyncio.run(asend_sms_once(client, request))
    join_late_commits()
    assert (result.order_id, result.outcome) == ("refused-1", "already_accepted")
    outbox = sim.api(SmsendApi).messaging.outbox
    assert [order_id for _, order_id in outbox.orders] == ["refused-1"]
    assert all(len(outbox.sent_to(n)) == 1 for n in to)
