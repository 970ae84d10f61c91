"""Smshosting SMS, bulk/binary sends, delivery callbacks and inbound SMS through the typed client.

Every answer goes through ``book_transport`` (conftest), which checks it against the response
schema of the spec; the error hooks of the overrides turn 4xx answers into typed exceptions.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from smsgw import smshosting
from smsgw.errors import BadRequestError
from smshosting_client import Client
from smshosting_client.api.contact_lists import create_group
from smshosting_client.api.contacts import create_contact
from smshosting_client.api.inbound_sms import list_receiving_services, search_received_sms
from smshosting_client.api.sms import cancel_sms, estimate_sms, search_sms, send_sms, send_sms_bulk
from smshosting_client.api.user import get_user
from smshosting_client.models import (
    CancelSmsRequest,
    ContactCreateInput,
    ContactGroup,
    ContactGroupInput,
    EstimateSmsRequest,
    EstimateSmsResponse,
    ReceivedSmsSearchResponse,
    ReceivingService,
    SendSmsBulkRequest,
    SendSmsBulkResponse,
    SendSmsRequest,
    SendSmsResponse,
    SentSms,
    SentSmsSearchResponse,
    User,
)
from smshosting_client.models.sms_encoding import check_sms_encoding
from smsim import Simulator
from smsim.apis.smshosting import SmshostingApi

from ..typed import given, listed
from .conftest import DEMO_KEY

IT = "393401234567"
IT2 = "393401234568"
FOREIGN = "447700900123"
FAILING = "393400000000"  # ends in 0000: NOTDELIVERED
# the frozen clock starts at 1_790_000_000 = 2026-09-21T14:13:20Z


def credit(client: Client) -> float:
    return smshosting.unwrap(get_user.sync_detailed(client=client), User).credit  # type: ignore[return-value]


def send(client: Client, to: str, text: str, **extra: Any) -> SendSmsResponse:
    return smshosting.unwrap(
        send_sms.sync_detailed(client=client, body=SendSmsRequest(text=text, to=to, **extra)), SendSmsResponse
    )


def search(client: Client, **filters: Any) -> SentSmsSearchResponse:
    return smshosting.unwrap(search_sms.sync_detailed(client=client, **filters), SentSmsSearchResponse)


def error_of(call: Any) -> str | None:
    with pytest.raises(BadRequestError) as caught:
        call()
    return caught.value.code


def api(sim: Simulator) -> Any:
    return sim.api(SmshostingApi)


# -- prices and parts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding", "parts"),
    [
        ("a" * 160, None, 1),
        ("a" * 161, None, 2),
        ("a" * 306, None, 2),
        ("a" * 307, None, 3),
        ("€" * 80, None, 1),  # extension characters count twice
        ("€" * 81, None, 2),
        ("a" * 1071, None, 7),
        ("è" * 70, "UCS2", 1),
        ("è" * 71, "UCS2", 2),
        ("ж" * 70, "AUTO", 1),
        ("ж" * 71, "AUTO", 2),
        ("a" * 160, "AUTO", 1),  # AUTO keeps GSM text in 7 bits
        ("😀" * 35, "UCS2", 1),  # two UTF-16 units each
        ("😀" * 36, "AUTO", 2),
    ],
)
def test_each_part_is_charged(book: Client, text: str, encoding: str | None, parts: int) -> None:
    before = credit(book)
    extra = {"encoding": encoding} if encoding else {}
    body = EstimateSmsRequest(text=text, to=IT)
    if encoding:
        body.encoding = check_sms_encoding(encoding)
    estimate = smshosting.unwrap(estimate_sms.sync_detailed(client=book, body=body), EstimateSmsResponse)
    assert (estimate.sms_count, estimate.user_credit) == (parts, before)
    assert estimate.cost == pytest.approx(0.05 * parts)
    assert credit(book) == before  # an estimate sends nothing
    sent = send(book, IT, text, **extra)
    assert sent.sms_inserted == 1
    assert credit(book) == pytest.approx(before - 0.05 * parts)
    (sms,) = search(book, transaction_id=sent.transaction_id).sms_list
    assert sms.price == pytest.approx(0.05 * parts)


def test_foreign_numbers_cost_more_and_text_limits_are_enforced(book: Client) -> None:
    before = credit(book)
    send(book, f"{IT},{FOREIGN}", "hello")
    assert credit(book) == pytest.approx(before - 0.05 - 0.08)
    assert error_of(lambda: send(book, IT, "a" * 1072)) == "BAD_TEXT"  # 8 parts
    assert error_of(lambda: send(book, IT, "ж" * 470, encoding="UCS2")) == "BAD_TEXT"
    assert error_of(lambda: send(book, IT, "ciao 😀")) == "BAD_ENCODING"  # 7BIT is the default
    assert error_of(lambda: send(book, IT, "x", encoding="WRONG")) == "BAD_ENCODING"
    assert credit(book) == pytest.approx(before - 0.13)


def test_not_enough_credit_sends_nothing(book: Client, hosting_sim: Simulator) -> None:
    hosting_sim.control.call("POST", "smshosting/credit", {"auth_key": DEMO_KEY, "credit": 0.12})
    three = ",".join([IT, IT2, "393401234569"])
    assert error_of(lambda: send(book, three, "hello")) == "BAD_CREDIT"
    assert credit(book) == pytest.approx(0.12)
    assert search(book, msisdn=IT).metadata.count == 0
    assert send(book, f"{IT},{IT2}", "hello").sms_inserted == 2
    assert credit(book) == pytest.approx(0.02)
    # an estimate still answers, with the credit left
    estimate = estimate_sms.sync_detailed(client=book, body=EstimateSmsRequest(text="hi", to=three)).parsed
    assert isinstance(estimate, EstimateSmsResponse) and estimate.cost == pytest.approx(0.15)


# -- recipients ------------------------------------------------------------------------------


def test_placeholders_bad_numbers_and_duplicates(book: Client, hosting_sim: Simulator) -> None:
    to = json.dumps([{"msisdn": IT, "name": "Mario"}, {"msisdn": "+" + IT2, "name": "Luigi"}, {"msisdn": "12"}])
    sent = send(book, to, "Hello ${name}!")
    assert (sent.sms_inserted, sent.sms_not_inserted) == (2, 1)
    assert [(s.to, s.status, s.status_detail) for s in listed(sent.sms)] == [
        (IT, "INSERTED", smshosting_unset()),
        (IT2, "INSERTED", smshosting_unset()),
        ("12", "NOT_INSERTED", "BADNUMBERFORMAT"),
    ]
    texts = {s.to: s.text for s in search(book, transaction_id=sent.transaction_id).sms_list}
    assert texts == {IT: "Hello Mario!", IT2: "Hello Luigi!"}

    dup = send(book, f"{IT},+{IT},{IT2}", "hi")
    assert [s.status_detail for s in listed(dup.sms) if s.status == "NOT_INSERTED"] == ["DUPLICATESMS"]
    assert listed(dup.sms)[1].id == 0

    missing = json.dumps([{"msisdn": IT, "name": "Mario"}, {"msisdn": IT2}])
    assert error_of(lambda: send(book, missing, "Hello ${name}")) == "BAD_TEXT_PLACEHOLDER"
    assert error_of(lambda: send(book, IT, "Hello ${name}")) == "BAD_TEXT_PLACEHOLDER"
    assert error_of(lambda: send(book, "12,34", "hi")) == "NO_VALID_RECIPIENT"
    assert error_of(lambda: send(book, "[not json", "hi")) == "NO_VALID_RECIPIENT"
    too_many = ",".join(f"39340{i:07d}" for i in range(1001))
    assert error_of(lambda: send(book, too_many, "hi")) == "NO_VALID_RECIPIENT"
    assert len(listed(send(book, too_many.rsplit(",", 1)[0], "hi").sms)) == 1000


def smshosting_unset() -> Any:
    from smshosting_client.types import UNSET

    return UNSET


def test_group_recipients_come_from_the_address_book(book: Client) -> None:
    group = smshosting.unwrap(
        create_group.sync_detailed(client=book, body=ContactGroupInput(name="Clients")), ContactGroup
    )
    for number, name in ((IT, "Mario"), (IT2, "Luigi")):
        body = ContactCreateInput(name=name, msisdn=number, groups_id=str(group.id))
        smshosting.check(create_contact.sync_detailed(client=book, body=body))
    sent = smshosting.unwrap(
        send_sms.sync_detailed(client=book, body=SendSmsRequest(text="news", group=str(group.id), to=IT)),
        SendSmsResponse,
    )
    assert sorted((s.to, s.status) for s in listed(sent.sms)) == [
        (IT, "INSERTED"),
        (IT, "NOT_INSERTED"),
        (IT2, "INSERTED"),
    ]
    assert error_of(lambda: send_sms.sync_detailed(client=book, body=SendSmsRequest(text="x", group="999999"))) == (
        "BAD_GROUP"
    )
    assert error_of(lambda: send_sms.sync_detailed(client=book, body=SendSmsRequest(text="x", group="abc"))) == (
        "BAD_GROUP"
    )


# -- transactions, sandbox, search -----------------------------------------------------------


def test_transaction_ids_sandbox_and_search(book: Client, hosting_sim: Simulator) -> None:
    before = credit(book)
    dry = send(book, f"{IT},{IT2}", "hello", sandbox=True, transaction_id="dry-run")
    assert dry.sms_inserted == 2 and all(int(s.id) > 0 for s in listed(dry.sms))
    assert credit(book) == before
    assert search(book, transaction_id="dry-run").metadata.count == 0

    generated = send(book, IT, "one")
    assert len(generated.transaction_id) == 32
    mine = send(book, f"{IT},{IT2},{FOREIGN}", "two", transaction_id="order-42")
    assert mine.transaction_id == "order-42"
    found = search(book, transaction_id="order-42")
    assert sorted(s.id for s in found.sms_list) == sorted(s.id for s in listed(mine.sms))
    assert {s.transaction_id for s in found.sms_list} == {"order-42"}
    # reusing a transactionId is accepted: the search then returns both sends
    send(book, IT, "again", transaction_id="order-42")
    assert search(book, transaction_id="order-42").metadata.count == 4
    assert error_of(lambda: send(book, IT, "x", transaction_id="bad\u0001id")) == "BAD_TRANSACTIONID"
    assert error_of(lambda: send(book, IT, "x", transaction_id="t" * 61)) == "BAD_TRANSACTIONID"


def test_search_filters_paging_and_errors(book: Client, hosting_sim: Simulator) -> None:
    ids = [s.id for s in listed(send(book, ",".join(f"3934012{i:05d}" for i in range(1, 26)), "page me").sms)]
    hosting_sim.advance(60)
    later = send(book, IT, "later")
    everything = search(book, from_date="2020-01-01T00:00:00+0000", limit=10)
    assert everything.metadata.count == 26 and everything.metadata.limit == 10
    assert [s.id for s in everything.sms_list] == ids[:10]
    walked = list(smshosting.paginate(search_sms, book, "sms_list", limit=7, from_date="2020-01-01T00:00:00+0000"))
    assert [s.id for s in walked] == [*ids, listed(later.sms)[0].id]
    assert [s.id for s in search(book, id=f"{ids[3]},{ids[1]}").sms_list] == [ids[1], ids[3]]
    assert search(book, msisdn="+39340120000" + "4").sms_list[0].id == ids[3]
    assert search(book, status="SENT").metadata.count == 1  # the first 25 are DELIVERED by now
    assert search(book, status="DELIVERED").metadata.count == 25
    assert search(book, transaction_id=later.transaction_id, status="DELIVERED").metadata.count == 0
    start = "2026-09-21T14:14:00+0000"  # after the first send, before the second
    assert [s.id for s in search(book, from_date=start).sms_list] == [listed(later.sms)[0].id]
    assert search(book, from_date="2020-01-01T00:00:00+0000", to_date=start).metadata.count == 25
    assert search(book, msisdn=IT, offset=5).sms_list == []
    assert error_of(lambda: search(book)) == "NO_PARAMS"
    assert error_of(lambda: search(book, to_date=start)) == "NO_PARAMS"
    assert error_of(lambda: search(book, msisdn="12")) == "BAD_MSISDN"
    assert error_of(lambda: search(book, id="1,x")) == "BAD_ID"
    assert error_of(lambda: search(book, from_date="yesterday")) == "BAD_DATE"
    assert error_of(lambda: search(book, from_date=start, to_date="2020-01-01T00:00:00+0000")) == "BAD_DATE"
    assert error_of(lambda: search(book, status="LOST")) == "BAD_STATUS"


# -- scheduling, cancel, delivery ------------------------------------------------------------


def test_scheduled_sms_wait_and_can_be_cancelled(book: Client, hosting_sim: Simulator) -> None:
    before = credit(book)
    in_an_hour = "2026-09-21T17:13:20+0200"  # 2026-09-21T15:13:20Z
    send(book, f"{IT},{IT2}", "later", date=in_an_hour, transaction_id="sched-1")
    second = send(book, IT, "later too", date=in_an_hour)
    assert credit(book) == pytest.approx(before - 0.15)  # charged when accepted
    assert {s.status for s in search(book, transaction_id="sched-1").sms_list} == {"PENDING"}

    cancelled = smshosting.check(cancel_sms.sync_detailed(client=book, body=CancelSmsRequest(transaction_id="sched-1")))
    assert isinstance(cancelled.parsed, list)
    assert sorted((s.to, s.status, s.price) for s in cancelled.parsed) == [(IT, "NOSENT", 0), (IT2, "NOSENT", 0)]
    assert credit(book) == pytest.approx(before - 0.05)  # refunded
    again = smshosting.check(cancel_sms.sync_detailed(client=book, body=CancelSmsRequest(transaction_id="sched-1")))
    assert again.parsed == []

    hosting_sim.advance(3599)
    (pending,) = search(book, transaction_id=second.transaction_id).sms_list
    assert pending.status == "PENDING" and pending.sent_date is None
    hosting_sim.advance(1)
    (sent,) = search(book, transaction_id=second.transaction_id).sms_list
    assert (sent.status, sent.sent_date) == ("SENT", "2026-09-21T17:13:20+0200")
    by_id = CancelSmsRequest(id=str(listed(second.sms)[0].id))
    assert smshosting.check(cancel_sms.sync_detailed(client=book, body=by_id)).parsed == []  # too late
    hosting_sim.advance(5)
    (done,) = search(book, transaction_id=second.transaction_id).sms_list
    assert (done.status, done.delivery_date) == ("DELIVERED", "2026-09-21T17:13:25+0200")

    assert error_of(lambda: send(book, IT, "x", date="2026-09-21T14:00:00+0000")) == "BAD_DATE"
    assert error_of(lambda: send(book, IT, "x", date="2026-13-01T00:00:00+0000")) == "BAD_DATE"
    assert error_of(lambda: send(book, IT, "x", date="tomorrow")) == "BAD_DATE"
    assert error_of(lambda: cancel_sms.sync_detailed(client=book, body=CancelSmsRequest(id="1;2"))) == "BAD_ID"


def test_delivery_status_advances_on_the_clock(book: Client, hosting_sim: Simulator) -> None:
    sent = send(book, f"{IT},{FAILING}", "status")
    assert {s.status for s in search(book, transaction_id=sent.transaction_id).sms_list} == {"SENT"}
    hosting_sim.advance(4.9)
    assert {s.status for s in search(book, transaction_id=sent.transaction_id).sms_list} == {"SENT"}
    hosting_sim.advance(0.1)
    final = {s.to: s for s in search(book, transaction_id=sent.transaction_id).sms_list}
    assert final[IT].status == "DELIVERED" and final[IT].delivery_date == "2026-09-21T16:13:25+0200"
    assert final[FAILING].status == "NOTDELIVERED" and final[FAILING].delivery_date is None
    messages = hosting_sim.control.call("GET", "smshosting/messages", {"auth_key": DEMO_KEY})["messages"]
    assert [(m["to"], m["status"], m["parts"]) for m in messages] == [
        (IT, "DELIVERED", 1),
        (FAILING, "NOTDELIVERED", 1),
    ]


def test_tenants_are_isolated(book: Client, new_tenant: Any) -> None:
    other, _ = new_tenant("other-tenant")
    sent = send(book, IT, "mine", transaction_id="shared-name", date="2026-09-22T14:13:20+0000")
    assert search(other, transaction_id="shared-name").metadata.count == 0
    assert search(other, id=str(listed(sent.sms)[0].id)).metadata.count == 0
    assert (
        smshosting.check(
            cancel_sms.sync_detailed(client=other, body=CancelSmsRequest(id=str(listed(sent.sms)[0].id)))
        ).parsed
        == []
    )
    assert search(book, transaction_id="shared-name").sms_list[0].status == "PENDING"


# -- callbacks, end to end -------------------------------------------------------------------


@dataclass
class Receiver:
    url: str
    received: list[tuple[str, str, bytes]] = field(default_factory=list)
    arrived: threading.Event = field(default_factory=threading.Event)

    def wait(self, count: int, timeout: float = 5.0) -> list[tuple[str, str, bytes]]:
        while len(self.received) < count:
            self.arrived.clear()
            if len(self.received) >= count or not self.arrived.wait(timeout):
                break
        return list(self.received)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A tiny HTTP server on a free loopback port that records every POST it gets."""
    box = Receiver("")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            box.received.append((self.path, self.headers.get("content-type") or "", body))
            self.send_response(200)
            self.send_header("content-length", "0")
            self.end_headers()
            box.arrived.set()

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (keep test output quiet)
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    box.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield box
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_status_callbacks_are_posted_when_final(book: Client, hosting_sim: Simulator, receiver: Receiver) -> None:
    body = smshosting.sms(
        [IT, FAILING], "with callback", status_callback=f"{receiver.url}/status", transaction_id="cb-1"
    )
    sent = smshosting.unwrap(send_sms.sync_detailed(client=book, body=body), SendSmsResponse)
    hosting_sim.advance(4)
    assert api(hosting_sim).callbacks.drain(5.0)
    assert receiver.received == []
    hosting_sim.advance(1)
    assert api(hosting_sim).callbacks.drain(5.0)
    received = receiver.wait(2)
    assert [(path, ctype) for path, ctype, _ in received] == [("/status", "application/x-www-form-urlencoded")] * 2
    reports = {r.to: r for r in (smshosting.parse_status_callback(b) for _, _, b in received)}
    ids = {s.to: s.id for s in listed(sent.sms)}
    assert reports[IT].status == "DELIVERED" and reports[FAILING].status == "NOTDELIVERED"
    for number, report in reports.items():
        assert (report.id, report.transaction_id) == (str(ids[given(number)]), "cb-1")
        assert report.notification_date == "2026-09-21T16:13:25+0200"
        assert smshosting.parse_date(report.notification_date).timestamp() == 1_790_000_005
    # nothing more is sent later
    hosting_sim.advance(60)
    assert api(hosting_sim).callbacks.drain(5.0)
    assert len(receiver.received) == 2


def test_callbacks_only_go_to_loopback(book: Client) -> None:
    for url in ("http://192.0.2.1/cb", "ftp://127.0.0.1/cb", "not a url", "https://example.com/x"):
        assert error_of(lambda url=url: send(book, IT, "x", status_callback=url)) == "BAD_CALLBACK"
        bulk = SendSmsBulkRequest(text="x", to=IT, transaction_callback=url)
        assert error_of(lambda bulk=bulk: send_sms_bulk.sync_detailed(client=book, body=bulk)) == "BAD_CALLBACK"
    assert search(book, msisdn=IT).metadata.count == 0


# -- bulk and binary -------------------------------------------------------------------------


def test_bulk_send_is_processed_later_with_a_transaction_callback(
    book: Client, hosting_sim: Simulator, receiver: Receiver
) -> None:
    before = credit(book)
    numbers = [f"39340{i:07d}" for i in range(1, 1201)]  # more than sendSms takes
    body = SendSmsBulkRequest(
        text="bulk",
        to=",".join([*numbers, "12"]),
        transaction_callback=f"{receiver.url}/bulk",
        transaction_id="bulk-1",
    )
    queued = smshosting.unwrap(send_sms_bulk.sync_detailed(client=book, body=body), SendSmsBulkResponse)
    assert (queued.transaction_id, queued.text) == ("bulk-1", "bulk")
    assert search(book, transaction_id="bulk-1").metadata.count == 0  # only queued
    assert credit(book) == before
    hosting_sim.advance(1)
    assert search(book, transaction_id="bulk-1").metadata.count == 1200
    assert credit(book) == pytest.approx(before - 1200 * 0.05)
    assert api(hosting_sim).callbacks.drain(5.0)
    (path, ctype, raw) = receiver.wait(1)[0]
    assert (path, ctype) == ("/bulk", "application/json")
    outcome = smshosting.parse_transaction_callback(raw)
    assert (outcome.status, outcome.transaction_id, outcome.sms_inserted, outcome.sms_not_inserted) == (
        "COMPLETED",
        "bulk-1",
        1200,
        1,
    )
    assert listed(outcome.sms)[-1].to == "12" and listed(outcome.sms)[-1].status_detail == "BADNUMBERFORMAT"
    ids = {s.id for s in search(book, transaction_id="bulk-1", limit=1000).sms_list}
    assert {s.id for s in listed(outcome.sms)[:1000]} == ids

    # per-SMS delivery reports work for bulk sends too
    small = SendSmsBulkRequest(text="bulk", to=f"{IT},{FAILING}", status_callback=f"{receiver.url}/status")
    smshosting.check(send_sms_bulk.sync_detailed(client=book, body=small))
    hosting_sim.advance(6)
    assert api(hosting_sim).callbacks.drain(5.0)
    reports = [smshosting.parse_status_callback(b) for p, _, b in receiver.wait(3) if p == "/status"]
    assert sorted((r.to, r.status) for r in reports) == [(FAILING, "NOTDELIVERED"), (IT, "DELIVERED")]
    assert all(d.status == 200 for d in api(hosting_sim).callbacks.deliveries)


def test_bulk_that_cannot_be_paid_any_more_reports_an_error(
    book: Client, hosting_sim: Simulator, receiver: Receiver
) -> None:
    hosting_sim.control.call("POST", "smshosting/credit", {"auth_key": DEMO_KEY, "credit": 0.1})
    body = SendSmsBulkRequest(text="bulk", to=f"{IT},{IT2}", transaction_callback=receiver.url)
    queued = smshosting.unwrap(send_sms_bulk.sync_detailed(client=book, body=body), SendSmsBulkResponse)
    send(book, IT, "spends the credit first")
    hosting_sim.advance(2)
    assert api(hosting_sim).callbacks.drain(5.0)
    outcome = smshosting.parse_transaction_callback(receiver.wait(1)[0][2])
    assert (outcome.status, outcome.error_msg, outcome.transaction_id) == ("ERROR", "NO_CREDIT", queued.transaction_id)
    assert search(book, transaction_id=queued.transaction_id).metadata.count == 0
    assert credit(book) == pytest.approx(0.05)
    too_much = SendSmsBulkRequest(text="bulk", to=f"{IT},{IT2}")
    assert error_of(lambda: send_sms_bulk.sync_detailed(client=book, body=too_much)) == "BAD_CREDIT"


def test_binary_sends(book: Client, hosting_sim: Simulator) -> None:
    before = credit(book)
    payload = "0fc24abf3413ba"
    body = SendSmsBulkRequest(text=payload, to=IT, udh="00c34abf300311", transaction_id="bin-1")
    answer = smshosting.unwrap(send_sms_bulk.sync_detailed(client=book, body=body), SendSmsBulkResponse)
    assert answer.text == payload
    long = SendSmsBulkRequest(text="ab" * 141, to=IT2, pid=0, transaction_id="bin-2")  # 141 bytes: 2 parts
    smshosting.check(send_sms_bulk.sync_detailed(client=book, body=long))
    hosting_sim.advance(1)
    assert credit(book) == pytest.approx(before - 0.15)
    assert search(book, transaction_id="bin-2").sms_list[0].price == pytest.approx(0.10)
    for text, extra, code in (
        ("sms di test", {"udh": "00"}, "BAD_TEXT_HEX"),
        ("abc", {"pid": 0}, "BAD_TEXT_HEX"),
        ("ab", {"udh": "xyz"}, "BAD_UDH_HEX"),
        ("ab" * 939, {"pid": 0}, "BAD_TEXT"),  # 939 bytes: 8 parts
    ):
        bad = SendSmsBulkRequest(text=text, to=IT, **extra)
        assert error_of(lambda bad=bad: send_sms_bulk.sync_detailed(client=book, body=bad)) == code
    sandbox = SendSmsBulkRequest(text="bulk", to=IT, sandbox=True, transaction_id="bulk-dry")
    smshosting.check(send_sms_bulk.sync_detailed(client=book, body=sandbox))
    hosting_sim.advance(2)
    assert search(book, transaction_id="bulk-dry").metadata.count == 0


# -- inbound ---------------------------------------------------------------------------------


def test_inbound_sms(book: Client, hosting_sim: Simulator, new_tenant: Any) -> None:
    services = smshosting.check(list_receiving_services.sync_detailed(client=book)).parsed
    assert isinstance(services, list) and len(services) == 1 and isinstance(services[0], ReceivingService)
    service = services[0]
    control = hosting_sim.control.call
    first = control("POST", "smshosting/inbound", {"auth_key": DEMO_KEY, "from": "+393450000000", "text": "Ciao"})
    assert first["simId"] == service.id and first["receiveDate"] == "2026-09-21T16:13:20+0200"
    hosting_sim.advance(3600)
    for i in range(3):
        control("POST", "smshosting/inbound", {"auth_key": DEMO_KEY, "sim": service.sim, "from": IT, "text": f"m{i}"})

    def received(**filters: Any) -> ReceivedSmsSearchResponse:
        return smshosting.unwrap(search_received_sms.sync_detailed(client=book, **filters), ReceivedSmsSearchResponse)

    everything = received(sim_id_ref=service.id)
    assert everything.metadata.count == 4
    assert [s.text for s in everything.sms_list] == ["Ciao", "m0", "m1", "m2"]
    assert [s.text for s in received(from_=f"{IT},39999", limit=2, offset=1).sms_list] == ["m1", "m2"]
    assert [s.text for s in received(from_="393450000000").sms_list] == ["Ciao"]
    assert received(to_date="2026-09-21T14:20:00+0000").metadata.count == 1
    assert received(from_date="2026-09-21T15:00:00+0000").metadata.count == 3
    assert received(sim_id_ref="1").metadata.count == 0
    assert error_of(lambda: received()) == "NO_PARAMS"
    assert error_of(lambda: received(from_date="2026-09-21")) == "BAD_DATE"
    walked = list(smshosting.paginate(search_received_sms, book, "sms_list", limit=3, sim_id_ref=service.id))
    assert len(walked) == 4
    other, _ = new_tenant("inbound-other")
    other_services = smshosting.check(list_receiving_services.sync_detailed(client=other)).parsed
    assert isinstance(other_services, list) and other_services[0].id != service.id
    assert (
        smshosting.unwrap(
            search_received_sms.sync_detailed(client=other, sim_id_ref=service.id), ReceivedSmsSearchResponse
        ).sms_list
        == []
    )


def test_search_results_are_typed(book: Client) -> None:
    sent = send(book, IT, "typed")
    (sms,) = search(book, id=str(listed(sent.sms)[0].id)).sms_list
    assert isinstance(sms, SentSms)
    assert (sms.to, sms.text, sms.from_, sms.status) == (IT, "typed", "SMSHosting", "SENT")
    assert sms.insert_date == sms.sent_date == "2026-09-21T16:13:20+0200"
