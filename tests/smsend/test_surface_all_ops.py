"""Every smsend operation through the public typed surface (``smsgw.Smsend``, a representative set
and every paged list through ``smsgw.AsyncSmsend``), against the in-process simulator.

Each test declares the operations it exercises with :func:`covers`; the transport records every
operation the simulator answered with a 2xx (and checks each answer against the spec), and the
test fails if one it declares was not called successfully.  :func:`test_every_operation_is_covered`
fails if an operationId of ``spec/smsend.yaml`` is declared by no test.  The end-to-end flows:
send -> state advances on the simulator's clock -> history paged; schedule -> cancel; 2FA
request -> verify; blacklist -> send refused.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
import yaml
from smsend_client.models import (
    Alias,
    BlacklistEntry,
    ContactBatch,
    ContactInput,
    CreditMove,
    Group,
    LandingPages,
    ParametricRecipient,
    PurchaseInput,
    PurchaseMessageTypeInput,
    ReceivedSms,
    SendParametricSmsRequestRecipients,
    SmsHistoryEntry,
    Subaccount,
)
from smsgw import AsyncSmsend, Smsend
from smsgw.errors import BadRequestError, LoginError, NotFoundError
from smsim import Simulator, testing
from smsim.apis.smsend import SmsendApi
from smsim.openapi import RequestValidationError
from smsim.testing import SpecCheckedTransport

from .lowlevel import alias_data
from .test_operations import subaccount

ROOT = Path(__file__).resolve().parents[2]
BASE = testing.SMSEND_URL
DEMO = (testing.DEMO.smsend_login, testing.DEMO.smsend_password)
ANNA, MARCO, LUCA = "+393471234567", "+393477654321", "+393401112233"
SIM_A, SIM_B = "+393400000001", "+393400000002"

F = TypeVar("F", bound=Callable[..., Any])
DECLARED: dict[str, frozenset[str]] = {}  # test name -> the operationIds it declares


def covers(*operation_ids: str) -> Callable[[F], F]:
    """Declare the operations a test calls through the surface (checked after the test)."""

    def mark(test: F) -> F:
        DECLARED[test.__name__] = frozenset(operation_ids)
        return test

    return mark


class Recorder(SpecCheckedTransport):
    """The spec-checked simulator transport, also listing the operations answered with a 2xx."""

    def __init__(self, simulator: Simulator) -> None:
        super().__init__(simulator)
        self.succeeded: list[str] = []

    def check(self, request: httpx.Request, response: httpx.Response) -> None:
        super().check(request, response)
        path = request.url.raw_path.decode("ascii", "replace").partition("?")[0]
        api = self.simulator.mount_for(path)
        if api is None or not response.is_success:
            return
        try:
            operation, _ = api.spec.match(request.method, path)
        except RequestValidationError:
            return
        self.succeeded.append(operation.operation_id)


@pytest.fixture
def sim() -> Simulator:
    return testing.simulator()


@pytest.fixture
def recorder(sim: Simulator) -> Recorder:
    return Recorder(sim)


@pytest.fixture
def client(recorder: Recorder) -> Iterator[Smsend]:
    with Smsend(base_url=BASE, username=DEMO[0], password=DEMO[1], transport=recorder) as smsend:
        yield smsend


def async_client(recorder: Recorder, username: str = DEMO[0], password: str = DEMO[1]) -> AsyncSmsend:
    """An async client on the recording transport (build it inside the running event loop)."""
    return AsyncSmsend(base_url=BASE, username=username, password=password, transport=recorder)


@pytest.fixture(autouse=True)
def declared_operations_were_called(request: pytest.FixtureRequest, recorder: Recorder) -> Iterator[None]:
    yield
    declared = DECLARED.get(request.function.__name__, frozenset())
    if declared:
        missing = declared - set(recorder.succeeded)
        assert not missing, f"declared but never answered with a 2xx through the surface: {sorted(missing)}"


def spec_operations() -> set[str]:
    spec = yaml.safe_load((ROOT / "spec" / "smsend.yaml").read_text())
    return {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def control(sim: Simulator, action: str, payload: dict[str, object]) -> dict[str, Any]:
    result = sim.control.call("POST", f"smsend/{action}", dict(payload))
    assert isinstance(result, dict)
    return result


def location_id(headers: Any) -> str:
    return str(headers["location"]).rstrip("/").rsplit("/", 1)[-1]


def stamp(sim: Simulator, delta: timedelta = timedelta()) -> str:
    return (sim.clock.datetime() + delta).strftime("%Y%m%d%H%M%S")


def advance(sim: Simulator, seconds: int) -> None:
    """Move the simulator's clock through its control plane (``POST /_sim/clock/advance``)."""
    sim.control.call("POST", "clock/advance", {"seconds": seconds})


def credits(client: Smsend) -> dict[str, int]:
    return {c.type_: c.quantity for c in client.user.status().sms}


def new_contact(client: Smsend, **fields: object) -> str:
    raw = client.contacts.with_raw_response.add(body=ContactInput.from_dict(dict(fields)))
    assert raw.status_code == 201 and raw.parse() is None
    return location_id(raw.headers)


def new_group(client: Smsend, name: str) -> str:
    raw = client.contact_groups.with_raw_response.create(name=name, description=f"{name} group")
    assert raw.status_code == 201
    return location_id(raw.headers)


# -- the meta-test -------------------------------------------------------------------------------


def test_every_operation_is_covered() -> None:
    declared = set().union(*DECLARED.values())
    operations = spec_operations()
    assert len(operations) == 58
    assert operations - declared == set(), "operations of spec/smsend.yaml no surface test exercises"
    assert declared - operations == set(), "declared operations that are not in the spec"


# -- authentication, user --------------------------------------------------------------------------


@covers("loginSessionKey", "loginAccessToken")
def test_login_calls(client: Smsend, recorder: Recorder) -> None:
    before = recorder.succeeded.count("loginSessionKey")
    user_key, _, session = client.authentication.session_key(username=DEMO[0], password=DEMO[1]).partition(";")
    assert recorder.succeeded.count("loginSessionKey") == before + 1  # the explicit call, not the lazy login
    token_key, _, token = client.authentication.access_token(username=DEMO[0], password=DEMO[1]).partition(";")
    assert user_key.startswith("UK") and user_key == token_key and session and token and session != token
    with pytest.raises(NotFoundError):  # the API answers wrong credentials with 404
        client.authentication.access_token(username=DEMO[0], password="wrong-password")


@covers("getUserStatus", "checkSession", "getDashboardUrl", "resetPassword")
def test_user_calls(client: Smsend, recorder: Recorder) -> None:
    status = client.user.status(get_money=True)
    assert {c.type_: c.quantity for c in status.sms} == {"N": 1000, "L": 2000, "LL": 5000, "EE": 0}
    assert status.money == 0.0
    assert client.user.check_session() == "true"
    assert client.user.dashboard().startswith("https://")
    with pytest.raises(BadRequestError):
        client.user.reset_password(password="short")
    assert client.user.reset_password(password="n3w-Passw0rd") == "true"
    with (
        pytest.raises(LoginError),
        Smsend(base_url=BASE, username=DEMO[0], password=DEMO[1], transport=recorder) as old,
    ):
        old.user.status()
    with Smsend(base_url=BASE, username=DEMO[0], password="n3w-Passw0rd", transport=recorder) as renewed:
        assert renewed.user.check_session() == "true"


# -- subaccounts, credit, purchases ----------------------------------------------------------------


@covers(
    "createSubaccount",
    "getSubaccount",
    "updateSubaccount",
    "changeSubaccountPassword",
    "listSubaccounts",
    "moveSubaccountCredits",
    "getSubaccountCredits",
)
def test_subaccounts_and_credit(client: Smsend, recorder: Recorder) -> None:
    anna = client.subaccounts.create(**subaccount("anna"))
    sub = client.subaccounts.get(anna)
    assert isinstance(sub, Subaccount) and (sub.login, sub.name) == ("anna", "Anna")
    client.subaccounts.update(anna, **subaccount("anna", name="Annalisa", lock_subaccount=True))
    assert client.subaccounts.get(anna).name == "Annalisa"
    client.subaccounts.update(anna, **subaccount("anna", lock_subaccount=False))
    client.subaccounts.change_password(anna, passwd="an0ther-pass")
    with Smsend(base_url=BASE, username="anna", password="an0ther-pass", transport=recorder) as as_anna:
        assert as_anna.user.check_session() == "true"
    for i in range(6):
        client.subaccounts.create(**subaccount(f"user{i}"))
    pager = client.subaccounts.list(page_size=4)
    assert [s.login for s in pager] == ["anna"] + [f"user{i}" for i in range(6)]
    assert [len(page.subaccount) for page in client.subaccounts.list(page_size=4).pages()] == [4, 3]
    client.credit.move(anna, credits=[CreditMove(message_type="N", amount=30, super_to_sub=True)])
    client.credit.move(anna, credits=[CreditMove(message_type="N", amount=10, super_to_sub=False)])
    assert {c.message_type: c.amount for c in client.credit.get(anna).credits_}["N"] == 20
    assert credits(client)["N"] == 1000 - 20
    with pytest.raises(BadRequestError):  # never below zero
        client.credit.move(anna, credits=[CreditMove(message_type="N", amount=21, super_to_sub=False)])


@covers("createSubaccountPurchases", "listSubaccountPurchases", "deleteSubaccountPurchase")
def test_purchases(client: Smsend) -> None:
    sub = client.subaccounts.create(**subaccount("reseller-client", mode=2))
    purchase = PurchaseInput(
        super_to_sub=True, price=25.0, message_types=[PurchaseMessageTypeInput(message_type="N", unit_price=0.05)]
    )
    client.purchases.create(sub, purchases=[purchase, purchase, purchase])
    listed = list(client.purchases.list(sub, page_size=2))
    assert len(listed) == 3 and [p.amount for p in listed] == [25, 25, 25]
    assert client.purchases.delete(sub, listed[0].id_purchase).result == "OK"
    assert [p.id_purchase for p in client.purchases.list(sub, page_size=2)] == [p.id_purchase for p in listed[1:]]
    with pytest.raises(NotFoundError):
        client.purchases.delete(sub, listed[0].id_purchase)


# -- SMS: the end-to-end flows ---------------------------------------------------------------------


@covers("sendSms", "getSmsState", "getSmsHistory")
def test_send_state_follows_the_clock_then_history_pages(sim: Simulator, client: Smsend) -> None:
    since = stamp(sim, -timedelta(days=1))
    sent = client.sms.send(
        message_type="N", message="Your order has shipped.", recipient=[ANNA, MARCO], order_id="shop-1",
        return_remaining=True,
    )  # fmt: skip
    assert (sent.order_id, sent.total_sent, sent.remaining_credits) == ("shop-1", 2, 998)
    assert {r.status for r in client.sms.get_state("shop-1").recipients} == {"WAITING"}
    advance(sim, 5)
    assert {r.status for r in client.sms.get_state("shop-1").recipients} == {"SENT"}
    advance(sim, 60)
    state = client.sms.get_state("shop-1")
    assert {r.destination: r.status for r in state.recipients} == {ANNA: "DLVRD", MARCO: "DLVRD"}
    for i in range(4):
        client.sms.send(message_type="L", message=f"news {i}", recipient=[LUCA], order_id=f"news-{i}")
        advance(sim, 60)
    history = list(client.sms.history(from_=since, timezone="UTC", page_size=2))
    assert all(isinstance(h, SmsHistoryEntry) for h in history)
    assert [h.order_id for h in history] == ["news-3", "news-2", "news-1", "news-0", "shop-1"]  # newest first
    assert [len(p.smshistory) for p in client.sms.history(from_=since, timezone="UTC", page_size=2).pages()] == [
        2,
        2,
        1,
    ]
    with pytest.raises(NotFoundError):
        client.sms.get_state("never-sent")


@covers("sendSms", "getSmsState", "deleteScheduledSms")
def test_schedule_then_cancel(sim: Simulator, client: Smsend) -> None:
    before = credits(client)["N"]
    client.sms.send(
        message_type="N", message="Tomorrow at 9", recipient=[ANNA, MARCO], order_id="later",
        scheduled_delivery_time=stamp(sim, timedelta(hours=1)), scheduled_delivery_timezone="UTC",
    )  # fmt: skip
    assert {r.status for r in client.sms.get_state("later").recipients} == {"SCHEDULED"}
    assert credits(client)["N"] == before - 2
    assert client.sms.cancel_scheduled("later").result == "OK"
    assert credits(client)["N"] == before  # refunded
    with pytest.raises(NotFoundError):
        client.sms.get_state("later")
    with pytest.raises(NotFoundError):
        client.sms.cancel_scheduled("later")


@covers("sendParametricSms")
def test_parametric_send(sim: Simulator, client: Smsend) -> None:
    recipients = SendParametricSmsRequestRecipients()
    recipients.additional_properties = {
        "0": ParametricRecipient.from_dict({"recipient": ANNA, "name": "Anna"}),
        "1": ParametricRecipient.from_dict({"recipient": MARCO, "name": "Marco"}),
    }
    sent = client.sms.send_parametric(message_type="N", message="Hello ${name}", recipients=recipients)
    assert sent.total_sent == 2
    outbox = sim.api(SmsendApi).messaging.outbox
    assert [r.text for _, r in outbox.sent_to(MARCO)] == ["Hello Marco"]
    with pytest.raises(BadRequestError, match="surname"):
        client.sms.send_parametric(message_type="N", message="Hi ${surname}", recipients=recipients)


@covers("requestTwoFactorPin", "verifyTwoFactorPin")
def test_two_factor_request_then_verify(sim: Simulator, client: Smsend) -> None:
    assert (
        client.two_factor_authentication.request_pin(recipient=ANNA, expiry=5, message_body="PIN %PIN%").status == "OK"
    )
    pin = control_outbox(sim, ANNA)[-1].split()[1]
    wrong = "000000" if pin != "000000" else "111111"
    failed = client.two_factor_authentication.verify_pin(recipient=ANNA, pin=wrong)
    assert (failed.status, failed.tries_remaining) == ("ERROR", 2)
    assert client.two_factor_authentication.verify_pin(recipient=ANNA, pin=pin).status == "OK"
    assert client.two_factor_authentication.verify_pin(recipient=ANNA, pin=pin).status == "ERROR"  # used up


def control_outbox(sim: Simulator, number: str) -> list[str]:
    """The texts a handset received, from the control plane."""
    outbox = sim.control.call("GET", "smsend/outbox", {"number": number})
    assert isinstance(outbox, dict)
    return [str(m["text"]) for m in outbox["messages"]]


@covers("addToBlacklist", "addManyToBlacklist", "listBlacklist", "sendSms", "getSmsState")
def test_blacklist_then_send_refused(client: Smsend) -> None:
    assert client.sms_blacklist.add(phone_number=ANNA) == "true"
    assert client.sms_blacklist.add_many(body=[MARCO, "00393401112233"]) == 2
    entries = list(client.sms_blacklist.list(page_size=2))
    assert all(isinstance(e, BlacklistEntry) for e in entries)
    assert sorted(e.phone_number for e in entries) == sorted([ANNA, MARCO, LUCA])
    assert sorted(e.phone_number for e in client.sms_blacklist.list(number="+39347")) == sorted([ANNA, MARCO])
    before = credits(client)
    with pytest.raises(BadRequestError, match="blacklist"):
        client.sms.send(message_type="N", message="hi", recipient=[ANNA, "+393335556666"])
    assert credits(client) == before  # refused: nothing charged
    sent = client.sms.send(
        message_type="N", message="hi", recipient=[ANNA, "+393335556666"], allow_invalid_recipients=True
    )
    assert {r.destination: r.status for r in client.sms.get_state(sent.order_id).recipients}[ANNA] == "BLACKLISTED"


# -- address book -----------------------------------------------------------------------------------


@covers(
    "addContacts",
    "getContact",
    "listContactFields",
    "blacklistContact",
    "blacklistContacts",
    "blacklistPhoneNumber",
    "listBlacklist",
)
def test_contacts(client: Smsend) -> None:
    anna = new_contact(client, email="anna@example.com", phoneNumber=ANNA, name="Anna")
    contact = client.contacts.get(anna)
    assert (contact.id, contact.phone_number, contact.name) == (anna, ANNA, "Anna")
    batch = ContactBatch.from_dict({"contacts": [{"phoneNumber": MARCO}, {"phoneNumber": LUCA}]})
    assert client.contacts.add(body=batch) == 2
    assert [f.name for f in client.contacts.custom_fields()] == [f"custom{i}" for i in range(1, 11)]
    marco = new_contact(client, phoneNumber=MARCO, name="Marco")
    assert client.contacts.blacklist(anna) == "true"
    assert client.contacts.blacklist_many(body=[marco]) == 1
    assert client.contacts.blacklist_number(phone_number=LUCA) == "true"
    assert sorted(e.phone_number for e in client.sms_blacklist.list()) == sorted([ANNA, MARCO, LUCA])
    with pytest.raises(NotFoundError):
        client.contacts.get("999999")


@covers(
    "createGroup",
    "updateGroup",
    "deleteGroup",
    "listGroups",
    "addContactToGroup",
    "removeContactFromGroup",
    "sendSmsToGroups",
)
def test_groups_and_group_send(client: Smsend) -> None:
    customers = new_group(client, "Customers")
    others = [new_group(client, f"G{i}") for i in range(4)]
    anna = new_contact(client, phoneNumber=ANNA)
    marco = new_contact(client, phoneNumber=MARCO)
    client.contact_groups.add_contact(customers, anna)
    client.contact_groups.add_contact(customers, marco)
    sent = client.sms.send_to_groups(message_type="N", message="Open at 9", recipient=["Customers"])
    assert sent.total_sent == 2
    client.contact_groups.remove_contact(customers, anna)
    assert client.sms.send_to_groups(message_type="N", message="Closed", recipient=["Customers"]).total_sent == 1
    client.contact_groups.update(customers, name="Regulars", description="Bought twice")
    groups = list(client.contact_groups.list(page_size=2))
    assert all(isinstance(g, Group) for g in groups)
    assert sorted(g.id for g in groups) == sorted([customers, *others])
    assert {g.name for g in groups if g.id == customers} == {"Regulars"}
    assert [len(p.groups) for p in client.contact_groups.list(page_size=2).pages()] == [2, 2, 1]
    client.contact_groups.delete(customers, deletecontacts=True)
    with pytest.raises(NotFoundError):
        client.contacts.get(marco)
    assert client.contacts.get(anna).id == anna  # no longer a member: kept


# -- sender aliases, received SMS -------------------------------------------------------------------


@covers("createAlias", "listAliases", "getAlias", "deleteAlias", "sendSms")
def test_aliases(sim: Simulator, client: Smsend) -> None:
    alias = client.sender_aliases.create(alias=alias_data("MyShop"))
    assert isinstance(alias, Alias) and (alias.alias, alias.alias_state) == ("MyShop", 0)
    extra = [client.sender_aliases.create(alias=alias_data(f"Shop{i}")) for i in range(2)]
    with pytest.raises(BadRequestError, match="SENDER_NOT_ALLOWED"):
        client.sms.send(message_type="N", message="hi", recipient=[ANNA], sender="MyShop")
    assert list(client.sender_aliases.list(hide_not_approved=True)) == []
    control(sim, "aliases/state", {"id": alias.id, "state": 2})  # confirmed by AGCOM
    assert client.sender_aliases.get(alias.id).alias_state == 2
    assert client.sms.send(message_type="N", message="hi", recipient=[ANNA], sender="MyShop").total_sent == 1
    assert [a.alias for a in client.sender_aliases.list(hide_not_approved=True)] == ["MyShop"]
    assert {a.id for a in client.sender_aliases.list(page_size=2)} == {alias.id, *(a.id for a in extra)}
    assert client.sender_aliases.delete(alias.id).result == "OK"
    with pytest.raises(NotFoundError):
        client.sender_aliases.get(alias.id)


@covers(
    "getNewReceivedSms",
    "getNewReceivedSmsOnSims",
    "getReceivedSmsHistory",
    "getReceivedSmsHistoryOnSims",
    "getReceivedSmsAfter",
    "getMoSmsHistory",
)
def test_received_sms(sim: Simulator, client: Smsend) -> None:
    start = stamp(sim)
    first = int(control(sim, "received", {"sim": SIM_A, "sender": ANNA, "text": "Hello"})["id_message"])
    sim.advance(60)
    control(sim, "received", {"sim": SIM_B, "sender": ANNA, "text": "Other SIM"})
    assert [m.sms_text for m in client.received_sms.new_on_sims(SIM_A).srsmshistory] == ["Hello"]
    assert [m.sms_text for m in client.received_sms.new().srsmshistory] == ["Other SIM"]
    assert client.received_sms.new().srsmshistory == []
    for i in range(3):
        sim.advance(60)
        control(sim, "received", {"sim": SIM_A, "sender": ANNA, "text": f"m{i}"})
    assert [m.sms_text for m in client.received_sms.new(limit=2).srsmshistory] == ["m0", "m1"]
    assert [m.sms_text for m in client.received_sms.after(SIM_A, first).srsmshistory] == ["m0", "m1", "m2"]
    history = list(client.received_sms.history(from_=start, timezone="UTC", page_size=2))
    assert all(isinstance(m, ReceivedSms) for m in history)
    assert [m.sms_text for m in history] == ["m2", "m1", "m0", "Other SIM", "Hello"]
    on_b = list(client.received_sms.history_on_sims(SIM_B, from_=start, timezone="UTC", page_size=1))
    assert [(m.id_sim, m.sms_text) for m in on_b] == [(SIM_B, "Other SIM")]
    on_a = client.received_sms.history_on_sims(SIM_A, from_=start, timezone="UTC", page_size=3)
    assert [len(p.srsmshistory) for p in on_a.pages()] == [3, 1]
    for i in range(3):
        control(sim, "received", {"sim": "+33600000001", "sender": f"+3361234567{i}", "text": "STOP", "type": "STOP"})
    control(sim, "received", {"sim": "+33600000001", "sender": "+33612345679", "text": "Call me", "type": "CONTACT"})
    stops = list(client.received_sms.mo_history(type="STOP", page_size=2))
    assert [(m.sms_text, m.type_) for m in stops] == [("STOP", "STOP")] * 3


# -- e-mail lists, landing pages ---------------------------------------------------------------------


@covers(
    "createEmailList",
    "listEmailLists",
    "updateEmailList",
    "createEmailIssue",
    "createEmailIssueFromTemplate",
    "sendEmailIssue",
    "subscribeGroupToEmailList",
    "subscribeNewContact",
    "listLandingPages",
)
def test_email_lists_and_landing_pages(sim: Simulator, client: Smsend) -> None:
    company = {
        "id_language": "ita", "email_sender": "news@myshop.example", "reply_to": "info@myshop.example",
        "company_name": "My Shop srl", "company_address": "via Roma 1, Trento", "company_url": "https://myshop.example",
        "company_phone": "0461000000", "company_fax": "0461000001",
    }  # fmt: skip
    news = int(location_id(client.email_lists.with_raw_response.create(title="Newsletter", **company).headers))
    old = int(location_id(client.email_lists.with_raw_response.create(title="Old", **company).headers))
    client.email_lists.update(old, status=1)
    assert [(x.id, x.status) for x in client.email_lists.list().lists] == [(news, "ACTIVE")]
    assert {x.id for x in client.email_lists.list(statuses="ACTIVE,ARCHIVED").lists} == {news, old}
    vip = new_group(client, "VIP")
    marco = new_contact(client, email="marco@example.com", groupIds=[vip])
    client.email_lists.subscribe_group(news, vip, sendoptin=True)
    anna = location_id(
        client.email_lists.with_raw_response.subscribe_new_contact(news, email="anna@example.com").headers
    )
    raw = client.email_lists.with_raw_response.create_issue(
        news, title="March", subject="News", share_social=False, text_content="hi", html_content="<p>hi</p>",
        attachments=[],
    )  # fmt: skip
    issue = int(location_id(raw.headers))
    client.email_lists.send_issue(news, issue, contact_ids=[anna, marco], schedule_time="2026-03-03 09:00:00")
    email = sim.api(SmsendApi).messaging.email
    assert email.issues[issue].sends == [((int(anna), int(marco)), "2026-03-03 09:00:00")]
    template = int(control(sim, "email-templates", {"name": "Monthly", "html": "<h1>Hi</h1>"})["id"])
    raw = client.email_lists.with_raw_response.create_issue_from_template(news, template, name="April", subject="Apr")
    assert email.issues[int(location_id(raw.headers))].fields["html_content"] == "<h1>Hi</h1>"
    assert client.landing_pages.list().landings == []
    landing = control(sim, "landings", {"name": "Spring sale", "url": "https://example.com/spring"})["id_landing"]
    pages = client.landing_pages.list()
    assert isinstance(pages, LandingPages)
    assert [(p.id_landing, p.url) for p in pages.landings] == [(landing, "https://example.com/spring")]


# -- async: a representative set, and every paged list through the async iterators ------------------


@covers("sendSms", "getSmsState", "getSmsHistory", "deleteScheduledSms", "requestTwoFactorPin", "verifyTwoFactorPin")
def test_async_flows(sim: Simulator, recorder: Recorder) -> None:
    async def main() -> None:
        async with async_client(recorder) as client:
            since = stamp(sim, -timedelta(days=1))
            sent = await client.sms.send(message_type="N", message="Shipped", recipient=[ANNA], order_id="a-1")
            assert sent.order_id == "a-1"
            sim.advance(65)
            assert {r.status for r in (await client.sms.get_state("a-1")).recipients} == {"DLVRD"}
            await client.sms.send(
                message_type="N", message="Later", recipient=[MARCO], order_id="a-2",
                scheduled_delivery_time=stamp(sim, timedelta(hours=1)), scheduled_delivery_timezone="UTC",
            )  # fmt: skip
            assert [h.order_id async for h in client.sms.history(from_=since, timezone="UTC", page_size=1)] == [
                "a-2",
                "a-1",
            ]
            assert (await client.sms.cancel_scheduled("a-2")).result == "OK"
            with pytest.raises(NotFoundError):
                await client.sms.get_state("a-2")
            await client.two_factor_authentication.request_pin(recipient=LUCA)
            pin = control_outbox(sim, LUCA)[-1].split()[-1]
            assert (await client.two_factor_authentication.verify_pin(recipient=LUCA, pin=pin)).status == "OK"

    asyncio.run(main())


@covers(
    "listGroups",
    "listAliases",
    "listBlacklist",
    "getSmsHistory",
    "getReceivedSmsHistory",
    "getReceivedSmsHistoryOnSims",
    "getMoSmsHistory",
    "listSubaccounts",
    "listSubaccountPurchases",
)
def test_async_auto_paging_of_every_paged_list(sim: Simulator, client: Smsend, recorder: Recorder) -> None:
    start = stamp(sim, -timedelta(days=1))
    groups = {new_group(client, f"G{i}") for i in range(5)}
    aliases = {client.sender_aliases.create(alias=alias_data(f"Shop{i}")).id for i in range(3)}
    client.sms_blacklist.add_many(body=[f"+39347000000{i}" for i in range(5)])
    for i in range(3):
        client.sms.send(message_type="L", message="hi", recipient=[ANNA], order_id=f"p-{i}")
        sim.advance(60)
    for i in range(3):
        control(sim, "received", {"sim": SIM_A if i else SIM_B, "sender": ANNA, "text": f"r{i}"})
        control(sim, "received", {"sim": "+33600000001", "sender": f"+3361234567{i}", "text": "STOP", "type": "STOP"})
        sim.advance(60)
    subs = {client.subaccounts.create(**subaccount(f"pg{i}", mode=2)) for i in range(3)}
    owner = sorted(subs)[0]
    purchase = PurchaseInput(
        super_to_sub=True, price=5.0, message_types=[PurchaseMessageTypeInput(message_type="N", unit_price=0.05)]
    )
    client.purchases.create(owner, purchases=[purchase] * 3)

    async def main() -> dict[str, Any]:
        async with async_client(recorder) as aclient:
            return {
                "groups": {g.id async for g in aclient.contact_groups.list(page_size=2)},
                "group_pages": [len(p.groups) async for p in aclient.contact_groups.list(page_size=2).pages()],
                "aliases": {a.id async for a in aclient.sender_aliases.list(page_size=2)},
                "blacklist": [e.phone_number async for e in aclient.sms_blacklist.list(page_size=2)],
                "history": [h.order_id async for h in aclient.sms.history(from_=start, timezone="UTC", page_size=2)],
                "received": [
                    m.sms_text async for m in aclient.received_sms.history(from_=start, timezone="UTC", page_size=2)
                ],
                "on_a": [
                    m.sms_text
                    async for m in aclient.received_sms.history_on_sims(SIM_A, from_=start, timezone="UTC", page_size=1)
                ],
                "mo": [m.type_ async for m in aclient.received_sms.mo_history(type="STOP", page_size=2)],
                "subs": {s.id_user async for s in aclient.subaccounts.list(page_size=2)},
                "purchases": [p.amount async for p in aclient.purchases.list(owner, page_size=2)],
            }

    seen = asyncio.run(main())
    assert seen["groups"] == groups and seen["group_pages"] == [2, 2, 1]
    assert seen["aliases"] == aliases
    assert sorted(seen["blacklist"]) == [f"+39347000000{i}" for i in range(5)]
    assert seen["history"] == ["p-2", "p-1", "p-0"]
    assert seen["received"] == ["r2", "r1", "r0"]
    assert seen["on_a"] == ["r2", "r1"]
    assert seen["mo"] == ["STOP"] * 3
    assert {str(s) for s in seen["subs"]} == subs
    assert seen["purchases"] == [5, 5, 5]
