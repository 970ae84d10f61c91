"""The at-most-once helpers as methods of the client classes (``client.send_sms_once(...)``,
``create_subaccount_once``, ``move_credits_once``), sync and async, against the in-process
simulator: a dropped answer after the commit ends in exactly one change, found, and the client's
own retry policy (its settle window) is the one the helpers use."""

from __future__ import annotations

import asyncio

import pytest
from smsend_client.models import CreditMove, CreditMoveRequest, SubaccountInput
from smsend_client.models import SendSmsRequest as SmsendSms
from smsgw import AsyncSmsend, AsyncSmshosting, Smsend, Smshosting, _reconcile
from smsgw.errors import NotDoneError
from smsgw.retry import RetryPolicy
from smsgw.smsend_delivery import SendOnceResult
from smshosting_client.models import SendSmsRequest as SmshostingSms
from smsim import Simulator, SimulatorTransport, testing
from smsim.apis.smsend import SmsendApi
from smsim.faults import Fault

ANNA, MARCO = "+393471234567", "+393477654321"
POLICY = RetryPolicy(initial_delay=0.001, max_delay=0.002, settle_window=0.3, lookup_initial_delay=0.05)
DEMO = testing.DEMO


@pytest.fixture
def sim() -> Simulator:
    return testing.simulator()


def smsend_client(sim: Simulator) -> Smsend:
    transport = SimulatorTransport(sim)
    return Smsend(base_url=testing.SMSEND_URL, username=DEMO.smsend_login, password=DEMO.smsend_password,
                  transport=transport, retry=POLICY)  # fmt: skip


def async_smsend_client(sim: Simulator) -> AsyncSmsend:
    transport = SimulatorTransport(sim)
    return AsyncSmsend(base_url=testing.SMSEND_URL, username=DEMO.smsend_login, password=DEMO.smsend_password,
                       transport=transport, retry=POLICY)  # fmt: skip


def sms(order_id: str) -> SmsendSms:
    return SmsendSms.from_dict(
        {"message_type": "N", "message": "Shipped", "recipient": [ANNA, MARCO], "order_id": order_id}
    )


def orders(sim: Simulator) -> list[str]:
    return [order_id for _, order_id in sim.api(SmsendApi).messaging.outbox.orders]


def drop(sim: Simulator, operation_id: str, api: str = "smsend") -> None:
    sim.faults.add(Fault(api=api, operation_id=operation_id, count=1, drop=True))


def test_smsend_methods_reconcile_a_dropped_answer(sim: Simulator) -> None:
    with smsend_client(sim) as client:
        client.user.status()  # log in before the faults
        drop(sim, "sendSms")
        sent = client.send_sms_once(sms("m-1"))
        assert isinstance(sent, SendOnceResult) and sent.outcome == "already_accepted"
        assert orders(sim) == ["m-1"]
        drop(sim, "createSubaccount")
        made = client.create_subaccount_once(SubaccountInput.from_dict(testing.smsend_subaccount("anna")))
        assert made.how == "found" and client.subaccounts.get(made.subaccount_id).login == "anna"
        assert [s.login for s in client.subaccounts.list()] == ["anna"]
        drop(sim, "moveSubaccountCredits")
        move = CreditMoveRequest(credits_=[CreditMove(message_type="N", amount=10, super_to_sub=True)])
        assert client.move_credits_once(made.subaccount_id, move).how == "found"
        assert {c.message_type: c.amount for c in client.credit.get(made.subaccount_id).credits_}["N"] == 10


def test_async_smsend_methods_use_the_clients_policy(sim: Simulator) -> None:
    async def main() -> None:
        async with async_smsend_client(sim) as client:
            assert _reconcile.policy_of(client.generated) is POLICY
            assert client.generated._client is None  # no sync httpx client was built to read it
            await client.user.status()
            drop(sim, "sendSms")
            assert (await client.send_sms_once(sms("a-1"))).outcome == "already_accepted"
            sim.faults.add(Fault(api="smsend", operation_id="sendSms", count=3, status=503))
            with pytest.raises(NotDoneError) as not_sent:  # proven after the client's 0.3 s window
                await client.send_sms_once(sms("a-2"))
            assert not_sent.value.check["order_id"] == "a-2"
            drop(sim, "createSubaccount")
            made = await client.create_subaccount_once(SubaccountInput.from_dict(testing.smsend_subaccount("bob")))
            assert made.how == "found"
            move = CreditMoveRequest(credits_=[CreditMove(message_type="N", amount=5, super_to_sub=True)])
            assert (await client.move_credits_once(made.subaccount_id, move)).how == "done"

    asyncio.run(main())
    assert orders(sim) == ["a-1"]


def test_smshosting_method_reconciles_a_dropped_answer(sim: Simulator) -> None:
    transport = SimulatorTransport(sim)
    with Smshosting(base_url=testing.SMSHOSTING_URL, auth_key=DEMO.smshosting_key,
                    auth_secret=DEMO.smshosting_secret, transport=transport, retry=POLICY) as client:  # fmt: skip
        drop(sim, "sendSms", api="smshosting")
        sent = client.send_sms_once(SmshostingSms(text="Hi", to="393401110001,393401110002"))
        assert sent.outcome == "already_accepted" and sorted(sent.sent_to) == ["393401110001", "393401110002"]
        assert len(list(client.sms.search(transaction_id=sent.transaction_id))) == 2

    async def main() -> tuple[str, int]:
        async with AsyncSmshosting(base_url=testing.SMSHOSTING_URL, auth_key=DEMO.smshosting_key,
                                   auth_secret=DEMO.smshosting_secret, transport=SimulatorTransport(sim),
                                   retry=POLICY) as aclient:  # fmt: skip
            drop(sim, "sendSms", api="smshosting")
            result = await aclient.send_sms_once(SmshostingSms(text="Hi", to="393401110003"))
            return result.outcome, len([s async for s in aclient.sms.search(transaction_id=result.transaction_id)])

    assert asyncio.run(main()) == ("already_accepted", 1)
