"""The in-process simulator's faults on the smsend API: reads retried, writes reconciled, never
doubled.  The realistic matrix (late commits while look-ups are answered) runs through a socket:
``test_at_most_once_smsend.py``.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import pytest
from smsend_client import Client
from smsend_client.api.credit import move_subaccount_credits
from smsend_client.api.subaccounts import get_subaccount, list_subaccounts
from smsend_client.models import CreditMove, CreditMoveRequest, Subaccount, SubaccountInput
from smsgw import smsend
from smsgw.errors import InternalServerError
from smsgw.retry import RetryPolicy
from smsim import Simulator, SimulatorTransport, testing
from smsim.apis.smsend import SmsendApi
from smsim.faults import Fault

BASE = testing.SMSEND_URL
FAULTS: dict[str, Callable[[str], Fault]] = {
    "503": lambda op: Fault(api="smsend", operation_id=op, count=1, status=503),
    "429+Retry-After": lambda op: Fault(api="smsend", operation_id=op, count=2, status=429, retry_after=0),
    "latency": lambda op: Fault(api="smsend", operation_id=op, count=1, latency=0.02),
    "drop after commit": lambda op: Fault(api="smsend", operation_id=op, count=1, drop=True),
}


def body(login: str) -> SubaccountInput:
    return SubaccountInput.from_dict(testing.smsend_subaccount(login))


def connect(sim: Simulator, policy: RetryPolicy) -> Client:
    return smsend.client(
        BASE,
        auth=smsend.SessionLogin(testing.DEMO.smsend_login, testing.DEMO.smsend_password),
        transport=SimulatorTransport(sim),
        retry=policy,
    )


def fast_policy() -> RetryPolicy:
    return RetryPolicy(initial_delay=0.001, max_delay=0.002, settle_window=0.05, lookup_initial_delay=0.01)


@pytest.mark.parametrize("fault", list(FAULTS))
def test_reads_are_retried_through_faults(fault: str) -> None:
    sim = Simulator()
    policy = fast_policy()
    client = connect(sim, policy)
    sub = smsend.create_subaccount_once(client, body("anna")).subaccount_id
    sim.faults.add(FAULTS[fault]("getSubaccount"))
    found = smsend.unwrap(get_subaccount.sync_detailed(sub, client=client), Subaccount)
    assert found.login == "anna"


@pytest.mark.parametrize("fault", list(FAULTS))
def test_creates_happen_exactly_once(fault: str) -> None:
    sim = Simulator()
    policy = fast_policy()
    client = connect(sim, policy)
    smsend.check(list_subaccounts.sync_detailed(client=client))  # log in first
    sim.faults.add(FAULTS[fault]("createSubaccount"))
    outcome = smsend.create_subaccount_once(client, body("anna"))
    assert outcome.how in ("done", "found", "redone")
    owner = sim.api(SmsendApi).state.by_login(testing.DEMO.smsend_login)
    assert owner is not None
    created = sim.api(SmsendApi).state.subaccounts(owner)
    assert [s.login for s in created] == ["anna"]


@pytest.mark.parametrize("fault", list(FAULTS))
def test_credit_moves_happen_exactly_once(fault: str) -> None:
    sim = Simulator()
    policy = fast_policy()
    client = connect(sim, policy)
    sub = smsend.create_subaccount_once(client, body("anna")).subaccount_id
    sim.faults.add(FAULTS[fault]("moveSubaccountCredits"))
    moves = CreditMoveRequest(credits_=[CreditMove(message_type="N", amount=10, super_to_sub=True)])
    smsend.move_credits_once(client, sub, moves)
    moved = sim.api(SmsendApi).state.accounts[int(sub)].credits["N"] // 10
    assert moved == 1


def test_async_reads_retried_and_session_renewed_mid_run() -> None:
    sim = Simulator()
    policy = fast_policy()
    auth = smsend.SessionLogin(testing.DEMO.smsend_login, testing.DEMO.smsend_password)
    client = smsend.client(BASE, auth=auth, transport=SimulatorTransport(sim), retry=policy)

    async def run() -> int:
        pages = 0
        for round_ in range(20):
            if round_ == 7:
                sim.control.call("POST", "smsend/sessions/expire", {})
            if round_ == 12:
                sim.faults.add(Fault(api="smsend", operation_id="listSubaccounts", count=2, status=503))
            smsend.check(await list_subaccounts.asyncio_detailed(client=client))
            pages += 1
        return pages

    assert asyncio.run(run()) == 20
    assert auth.logins == 2  # the expired session was renewed once, silently


def test_non_idempotent_calls_are_not_retried_blindly() -> None:
    sim = Simulator()
    client = connect(sim, fast_policy())
    smsend.check(list_subaccounts.sync_detailed(client=client))
    sim.faults.add(Fault(api="smsend", operation_id="createSubaccount", count=1, status=400))
    with pytest.raises(Exception, match="400"):
        smsend.create_subaccount_once(client, body("anna"))
    assert sim.faults.fired == {"smsend.createSubaccount": 1}


def test_concurrent_credit_moves_conserve_totals() -> None:
    sim = Simulator()
    client = connect(sim, fast_policy())
    subs = [smsend.create_subaccount_once(client, body(f"user{i}")).subaccount_id for i in range(4)]
    state = sim.control.call("GET", "smsend/credits", {})
    before = state["total"]
    errors: list[BaseException] = []

    def worker(sub: str, direction: bool) -> None:
        try:
            for _ in range(25):
                move = CreditMoveRequest(credits_=[CreditMove(message_type="N", amount=7, super_to_sub=direction)])
                try:
                    smsend.check(move_subaccount_credits.sync_detailed(sub, client=client, body=move))
                except InternalServerError:
                    raise
                except Exception as error:  # NOT_ENOUGH_CREDIT on the way back is expected
                    if "NOT_ENOUGH_CREDIT" not in str(error):
                        raise
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(sub, i % 2 == 0)) for i, sub in enumerate(subs * 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    after = sim.control.call("GET", "smsend/credits", {})
    assert after["total"] == before
    assert all(v >= 0 for v in after["superaccount"].values())
    assert all(v >= 0 for sub in after["subaccounts"].values() for v in sub.values())
