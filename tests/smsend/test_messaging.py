"""smsend sending, delivery state, history, 2FA and user calls through the typed client."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from smsend_client import Client
from smsend_client.api.credit import move_subaccount_credits
from smsend_client.api.sms import (
    delete_scheduled_sms,
    get_sms_history,
    get_sms_state,
    send_parametric_sms,
    send_sms,
)
from smsend_client.api.two_factor_authentication import request_two_factor_pin, verify_two_factor_pin
from smsend_client.api.user import check_session, get_dashboard_url, get_user_status, reset_password
from smsend_client.models import (
    CreditMove,
    CreditMoveRequest,
    ParametricRecipient,
    SendParametricSmsRequest,
    SendParametricSmsRequestRecipients,
    SendSmsRequest,
    SendSmsResult,
    SmsHistory,
    SmsState,
    TwoFactorRequest,
    TwoFactorResult,
    TwoFactorVerification,
    UserStatus,
)
from smsgw import smsend
from smsgw.errors import BadRequestError, LoginError, NotFoundError
from smsim import Simulator, SimulatorTransport
from smsim.apis.smsend import SmsendApi

from .lowlevel import BASE, DEMO, connect, create

ANNA, MARCO = "+393471234567", "+393477654321"


@pytest.fixture
def client(sim: Simulator) -> Client:
    return connect(sim)


def send(client: Client, **fields: object) -> SendSmsResult:
    body: dict[str, object] = {"message_type": "N", "message": "Your order has shipped.", "recipient": [ANNA, MARCO]}
    body.update(fields)
    return smsend.unwrap(send_sms.sync_detailed(client=client, body=SendSmsRequest.from_dict(body)), SendSmsResult)


def state(client: Client, order_id: str) -> dict[str, str]:
    answer = smsend.unwrap(get_sms_state.sync_detailed(order_id, client=client), SmsState)
    return {r.destination: r.status for r in answer.recipients}


def credits(client: Client) -> dict[str, int]:
    status = smsend.unwrap(get_user_status.sync_detailed(client=client), UserStatus)
    return {c.type_: c.quantity for c in status.sms}


def test_send_charges_parts_and_state_follows_the_clock(sim: Simulator, client: Client) -> None:
    before = credits(client)["N"]
    result = send(client, message="x" * 200, order_id="shop-1", returnRemaining=True)
    assert (result.order_id, result.total_sent) == ("shop-1", 2)
    assert result.remaining_credits == before - 4 == credits(client)["N"]  # 2 parts x 2 numbers
    assert state(client, "shop-1") == {ANNA: "WAITING", MARCO: "WAITING"}
    sim.advance(5)
    assert state(client, "shop-1") == {ANNA: "SENT", MARCO: "SENT"}
    sim.advance(60)
    answer = smsend.unwrap(get_sms_state.sync_detailed("shop-1", client=client), SmsState)
    assert {r.status for r in answer.recipients} == {"DLVRD"}
    assert all(isinstance(r.delivery_date, str) and len(r.delivery_date) == 14 for r in answer.recipients)


def test_return_credits_and_low_quality_types(sim: Simulator, client: Client) -> None:
    result = send(client, message_type="L", message="é" * 100, encoding="ucs2", returnCredits=True)
    assert result.total_sent == 4  # 100 UCS-2 units: 2 parts, 2 numbers
    sim.advance(3600)
    assert set(state(client, result.order_id).values()) == {"SENT"}  # no delivery notification for L


def test_send_refusals_change_nothing(client: Client) -> None:
    before = credits(client)
    for fields in (
        {"message_type": "L", "sender": "MyShop"},  # custom sender only with N
        {"sender": "NotAnAlias"},  # unregistered alias
        {"recipient": [ANNA, "12"]},  # invalid number without allowInvalidRecipients
        {"message": "привет"},  # outside GSM-7 with encoding gsm
        {"message_type": "LL", "message": "x" * 161},  # LL is one part
        {"scheduled_delivery_time": "2026/03/02"},
        {"message": "x" * 200, "recipient": [f"+39347{i:07d}" for i in range(501)]},  # 1002 > 1000 N credits
    ):
        with pytest.raises(BadRequestError):
            send(client, **fields)
    assert credits(client) == before


def test_invalid_recipients_can_be_skipped(client: Client) -> None:
    result = send(client, recipient=[ANNA, "12"], allowInvalidRecipients=True)
    assert result.total_sent == 1
    assert state(client, result.order_id) == {ANNA: "WAITING", "12": "UNKNRCPT"}


def test_order_id_is_sent_at_most_once(client: Client) -> None:
    send(client, order_id="once")
    before = credits(client)
    with pytest.raises(BadRequestError, match="DUPLICATE_ORDER_ID"):
        send(client, order_id="once")
    assert credits(client) == before
    with pytest.raises(NotFoundError):
        state(client, "never-sent")


def test_schedule_then_cancel_refunds(sim: Simulator, client: Client) -> None:
    before = credits(client)["N"]
    when = datetime.fromtimestamp(sim.clock.now() + 3600, UTC).strftime("%Y%m%d%H%M%S")
    send(client, order_id="later", scheduled_delivery_time=when, scheduled_delivery_timezone="UTC")
    assert state(client, "later") == {ANNA: "SCHEDULED", MARCO: "SCHEDULED"}
    assert credits(client)["N"] == before - 2
    smsend.check(delete_scheduled_sms.sync_detailed("later", client=client))
    assert credits(client)["N"] == before
    with pytest.raises(NotFoundError):
        state(client, "later")
    # Once due, an order can no longer be cancelled.
    send(client, order_id="soon", scheduled_delivery_time=when, scheduled_delivery_timezone="UTC")
    sim.advance(3600)
    assert state(client, "soon") == {ANNA: "WAITING", MARCO: "WAITING"}
    with pytest.raises(NotFoundError):
        smsend.check(delete_scheduled_sms.sync_detailed("soon", client=client))


def test_parametric_send_fills_each_recipient(sim: Simulator, client: Client) -> None:
    recipients = SendParametricSmsRequestRecipients()
    recipients.additional_properties = {
        "0": ParametricRecipient.from_dict({"recipient": ANNA, "name": "Anna"}),
        "1": ParametricRecipient.from_dict({"recipient": MARCO, "name": "Marco"}),
    }
    body = SendParametricSmsRequest(message_type="N", message="Hello ${name}", recipients=recipients)
    result = smsend.unwrap(send_parametric_sms.sync_detailed(client=client, body=body), SendSmsResult)
    assert result.total_sent == 2
    outbox = sim.api(SmsendApi).messaging.outbox
    assert [r.text for _, r in outbox.sent_to(ANNA)] == ["Hello Anna"]
    missing = SendParametricSmsRequest(message_type="N", message="Hi ${surname}", recipients=recipients)
    with pytest.raises(BadRequestError, match="surname"):
        smsend.check(send_parametric_sms.sync_detailed(client=client, body=missing))


def test_history_pages_newest_first_in_range(sim: Simulator, client: Client) -> None:
    for i in range(3):
        send(client, order_id=f"h{i}", recipient=[ANNA])
        sim.advance(60)
    start = sim.clock.datetime().strftime("%Y") + "0101000000"
    first = smsend.unwrap(
        get_sms_history.sync_detailed(client=client, from_=start, timezone="UTC", page_size=2), SmsHistory
    )
    assert first.total == 3 and [h.order_id for h in first.smshistory] == ["h2", "h1"]
    second = smsend.unwrap(
        get_sms_history.sync_detailed(client=client, from_=start, timezone="UTC", page_size=2, page_number=2),
        SmsHistory,
    )
    assert [h.order_id for h in second.smshistory] == ["h0"] and second.smshistory[0].num_recipients == 1
    with pytest.raises(BadRequestError):
        smsend.check(get_sms_history.sync_detailed(client=client, from_=start, timezone="Nowhere/City"))


def test_subaccount_on_superaccount_credits_conserves_totals(sim: Simulator, client: Client) -> None:
    create(client, "anna", mode=1)
    create(client, "bob", mode=0)
    smsend.check(
        move_subaccount_credits.sync_detailed(
            "bob",
            client=client,
            body=CreditMoveRequest(credits_=[CreditMove(message_type="N", amount=10, super_to_sub=True)]),
        )
    )
    demo_before = credits(client)["N"]
    anna = connect(sim, smsend.SessionLogin("anna", "s3cret-pass"))
    bob = connect(sim, smsend.SessionLogin("bob", "s3cret-pass"))
    send(anna, recipient=[ANNA])  # credit-eat-mode 1: the superaccount pays
    send(bob, recipient=[ANNA, MARCO])  # own credits
    assert credits(client)["N"] == demo_before - 1
    assert credits(bob)["N"] == 8
    totals = sim.control.call("GET", "smsend/credits", {})["total"]
    assert totals["N"] == demo_before + 10 - 1 - 2  # moves conserve, sends draw


def test_two_factor_request_and_verify(sim: Simulator, client: Client) -> None:
    before = credits(client)["N"]
    body = TwoFactorRequest(recipient=ANNA, expiry=5, message_body="Code %PIN% for login")
    assert smsend.unwrap(request_two_factor_pin.sync_detailed(client=client, body=body), TwoFactorResult).status == "OK"
    assert credits(client)["N"] == before - 1  # charged as an N message
    _, message = sim.api(SmsendApi).messaging.outbox.sent_to(ANNA)[-1]
    pin = message.text.split()[1]
    wrong = "000000" if pin != "000000" else "111111"

    def verify(code: str) -> TwoFactorResult:
        check = TwoFactorVerification(recipient=ANNA, pin=code)
        return smsend.unwrap(verify_two_factor_pin.sync_detailed(client=client, body=check), TwoFactorResult)

    failed = verify(wrong)
    assert (failed.status, failed.tries_remaining) == ("ERROR", 2)
    assert verify(pin).status == "OK"
    assert verify(pin).status == "ERROR"  # used up
    smsend.check(request_two_factor_pin.sync_detailed(client=client, body=body))
    _, message = sim.api(SmsendApi).messaging.outbox.sent_to(ANNA)[-1]
    sim.advance(5 * 60)
    expired = verify(message.text.split()[1])
    assert (expired.status, expired.tries_remaining) == ("ERROR", 0)


def test_user_status_session_dashboard(sim: Simulator, client: Client) -> None:
    status = smsend.unwrap(get_user_status.sync_detailed(client=client, get_money=True), UserStatus)
    assert {c.type_: c.quantity for c in status.sms} == {"N": 1000, "L": 2000, "LL": 5000, "EE": 0}
    assert status.money == 0.0
    assert smsend.check(check_session.sync_detailed(client=client)).parsed == "true"
    url = smsend.check(get_dashboard_url.sync_detailed(client=client)).parsed
    assert isinstance(url, str) and url.startswith("https://")


def raw_session(sim: Simulator) -> tuple[httpx.Client, dict[str, str]]:
    raw = httpx.Client(base_url=BASE, transport=SimulatorTransport(sim))
    user_key, _, session = raw.get("/login", params={"username": DEMO[0], "password": DEMO[1]}).text.partition(";")
    return raw, {"user_key": user_key, "Session_key": session}


def test_check_session_does_not_renew_and_says_false(sim: Simulator) -> None:
    raw, headers = raw_session(sim)
    sim.advance(200)
    assert raw.get("/checksession", headers=headers).text == "true"
    sim.advance(200)  # 400 s since login: the check did not count as activity
    assert raw.get("/checksession", headers=headers).text == "false"
    assert raw.get("/status", headers=headers).status_code == 401
    assert raw.get("/checksession", headers=headers).text == "false"  # still told apart from a forged key
    assert raw.get("/checksession").status_code == 401
    assert raw.get("/checksession", headers={**headers, "Session_key": "forged"}).status_code == 401


def test_reset_password(sim: Simulator, client: Client) -> None:
    assert smsend.check(reset_password.sync_detailed(client=client, password="n3w-Passw0rd")).parsed == "true"
    with pytest.raises(LoginError):
        smsend.check(get_user_status.sync_detailed(client=connect(sim, smsend.SessionLogin(*DEMO))))
    renewed = connect(sim, smsend.SessionLogin("demo", "n3w-Passw0rd"))
    assert smsend.check(get_user_status.sync_detailed(client=renewed)).status_code == 200
    with pytest.raises(BadRequestError):
        smsend.check(reset_password.sync_detailed(client=client, password="short"))
    raw, _ = raw_session(sim)
    assert raw.get("/status").status_code == 401


def test_control_plane_outcomes_and_outbox(sim: Simulator, client: Client) -> None:
    sim.control.call("POST", "smsend/delivery-outcome", {"number": MARCO, "status": "KO"})
    result = send(client, message="Hi there")
    sim.advance(60)
    assert state(client, result.order_id) == {ANNA: "DLVRD", MARCO: "KO"}
    outbox = sim.control.call("GET", "smsend/outbox", {"number": ANNA})
    assert outbox == {"messages": [{"order_id": result.order_id, "text": "Hi there"}]}
