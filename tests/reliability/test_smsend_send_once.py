"""smsend SMS sends reconciled by order_id: through faults, exactly one order, never none silently."""

from __future__ import annotations

import asyncio

import pytest
from smsend_client import Client
from smsend_client.api.user import get_user_status
from smsend_client.models import SendSmsRequest
from smsgw import smsend
from smsgw.errors import BadRequestError, NotDoneError
from smsgw.retry import RetryPolicy
from smsgw.smsend_delivery import asend_sms_once, send_sms_once
from smsim import Simulator, SimulatorTransport, testing
from smsim.apis.smsend import SmsendApi
from smsim.faults import Fault

ANNA, MARCO = "+393471234567", "+393477654321"


def connect(sim: Simulator) -> Client:
    return smsend.client(
        testing.SMSEND_URL,
        auth=smsend.SessionLogin(testing.DEMO.smsend_login, testing.DEMO.smsend_password),
        transport=SimulatorTransport(sim),
        retry=RetryPolicy(initial_delay=0.001, max_delay=0.002, settle_window=0.2, lookup_initial_delay=0.05),
    )


def body(order_id: str | None = None) -> SendSmsRequest:
    fields: dict[str, object] = {"message_type": "N", "message": "Shipped", "recipient": [ANNA, MARCO]}
    if order_id:
        fields["order_id"] = order_id
    return SendSmsRequest.from_dict(fields)


def orders(sim: Simulator) -> list[str]:
    return [order_id for _, order_id in sim.api(SmsendApi).messaging.outbox.orders]


def logged_in(sim: Simulator) -> Client:
    client = connect(sim)
    smsend.check(get_user_status.sync_detailed(client=client))
    return client


def test_plain_send_gets_an_order_id() -> None:
    sim = Simulator()
    result = send_sms_once(logged_in(sim), body())
    assert result.outcome == "sent" and result.response is not None and result.response.total_sent == 2
    assert orders(sim) == [result.order_id] and len(result.order_id) == 32


@pytest.mark.parametrize(
    ("fault", "outcome"),
    [
        (Fault(api="smsend", operation_id="sendSms", count=1, status=503), "resent"),
        (Fault(api="smsend", operation_id="sendSms", count=1, status=500), "resent"),
        (Fault(api="smsend", operation_id="sendSms", count=1, drop=True), "already_accepted"),
    ],
    ids=["503", "500", "drop after commit"],
)
def test_ambiguous_failures_end_in_exactly_one_order(fault: Fault, outcome: str) -> None:
    sim = Simulator()
    client = logged_in(sim)
    sim.faults.add(fault)
    result = send_sms_once(client, body("shop-1"))
    assert (result.order_id, result.outcome) == ("shop-1", outcome)
    assert orders(sim) == ["shop-1"]
    if outcome == "already_accepted":
        assert result.found is not None and {r.destination for r in result.found.recipients} == {ANNA, MARCO}


def test_async_twin_reconciles_a_dropped_answer() -> None:
    sim = Simulator()
    client = logged_in(sim)
    sim.faults.add(Fault(api="smsend", operation_id="sendSms", count=1, drop=True))
    result = asyncio.run(asend_sms_once(client, body("shop-2")))
    assert result.outcome == "already_accepted" and orders(sim) == ["shop-2"]


def test_failures_that_persist_are_raised_not_dropped() -> None:
    sim = Simulator()
    client = logged_in(sim)
    sim.faults.add(Fault(api="smsend", operation_id="sendSms", count=3, status=503))
    with pytest.raises(NotDoneError) as not_sent:  # after the settle window: proven not sent
        send_sms_once(client, body("shop-3"), attempts=3)
    assert not_sent.value.check["order_id"] == "shop-3" and "503" in str(not_sent.value)
    assert orders(sim) == []


def test_an_order_id_used_before_is_the_callers_error() -> None:
    sim = Simulator()
    client = logged_in(sim)
    send_sms_once(client, body("shop-4"))
    with pytest.raises(BadRequestError):
        send_sms_once(client, body("shop-4"))
    assert orders(sim) == ["shop-4"]
