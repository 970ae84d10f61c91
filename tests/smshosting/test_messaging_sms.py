"""Smshosting SMS, bulk/binary sends, delivery callbacks and inbound SMS through the client class.

Every answer goes through ``book_transport`` (conftest), which checks it against the response
schema of the spec; error statuses raise typed exceptions.  Values the typed surface cannot
express on purpose (wrong dates, JSON recipient lists, raw paging offsets) go through the
generated functions, the low-level layer (``client.generated``).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast

import pytest
from smsgw import Smshosting
from smsgw.errors import BadRequestError
from smshosting_client.api.inbound_sms import search_received_sms
from smshosting_client.api.sms import cancel_sms, search_sms, send_sms
from smshosting_client.models import (
    CancelSmsRequest,
    SendSmsRequest,
    SendSmsResponse,
    SentSms,
    SentSmsSearchResponse,
)
from smshosting_client.types import UNSET
from smsim import Simulator
from smsim.apis.smshosting import SmshostingApi

from ..typed import given, listed
from .conftest import DEMO_KEY

IT = "393401234567"
IT2 = "393401234568"
FOREIGN = "447700900123"
FAILING = "393400000000"  # ends in 0000: NOTDELIVERED
# the frozen clock starts at 1_790_000_000 = 2026-09-21T14:13:20Z
START = datetime(2026, 9, 21, 14, 13, 20, tzinfo=UTC)
ROME = timezone(timedelta(hours=2))


def credit(client: Smshosting) -> float:
    return given(client.user.get().credit)


def send(client: Smshosting, to: list[str], text: str, **extra: Any) -> SendSmsResponse:
    return client.sms.send(to=to, text=text, **extra)


def send_wire(client: Smshosting, to: str, text: str, **extra: Any) -> Any:
    """A send with the fields exactly as the wire has them (through the generated function)."""
    return send_sms.sync_detailed(client=client.generated, body=SendSmsRequest(text=text, to=to, **extra)).parsed


def search(client: Smshosting, **filters: Any) -> SentSmsSearchResponse:
    """The first page of a search, with its metadata."""
    return next(iter(client.sms.search(**filters).pages()))


def error_of(call: Callable[[], object]) -> str | None:
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
def test_each_part_is_charged(client: Smshosting, text: str, encoding: Any, parts: int) -> None:
    before = credit(client)
    estimate = client.sms.estimate(text=text, to=[IT], encoding=encoding)
    assert (estimate.sms_count, estimate.user_credit) == (parts, before)
    assert estimate.cost == pytest.approx(0.05 * parts)
    assert credit(client) == before  # an estimate sends nothing
    sent = client.sms.send(text=text, to=[IT], encoding=encoding)
    assert sent.sms_inserted == 1
    assert credit(client) == pytest.approx(before - 0.05 * parts)
    (sms,) = search(client, transaction_id=sent.transaction_id).sms_list
    assert sms.price == pytest.approx(0.05 * parts)


def test_foreign_numbers_cost_more_and_text_limits_are_enforced(client: Smshosting) -> None:
    before = credit(client)
    send(client, [IT, FOREIGN], "hello")
    assert credit(client) == pytest.approx(before - 0.05 - 0.08)
    assert error_of(lambda: send(client, [IT], "a" * 1072)) == "BAD_TEXT"  # 8 parts
    assert error_of(lambda: send(client, [IT], "ж" * 470, encoding="UCS2")) == "BAD_TEXT"
    assert error_of(lambda: send(client, [IT], "ciao 😀")) == "BAD_ENCODING"  # 7BIT is the default
    assert error_of(lambda: send_wire(client, IT, "x", encoding="WRONG")) == "BAD_ENCODING"
    assert credit(client) == pytest.approx(before - 0.13)


def test_not_enough_credit_sends_nothing(client: Smshosting, hosting_sim: Simulator) -> None:
    hosting_sim.control.call("POST", "smshosting/credit", {"auth_key": DEMO_KEY, "credit": 0.12})
    three = [IT, IT2, "393401234569"]
    assert error_of(lambda: send(client, three, "hello")) == "BAD_CREDIT"
    assert credit(client) == pytest.approx(0.12)
    assert search(client, msisdn=IT).metadata.count == 0
    assert send(client, [IT, IT2], "hello").sms_inserted == 2
    assert credit(client) == pytest.approx(0.02)
    # an estimate still answers, with the credit left
    assert client.sms.estimate(text="hi", to=three).cost == pytest.approx(0.15)


# -- recipients ------------------------------------------------------------------------------


def test_placeholders_bad_numbers_and_duplicates(client: Smshosting, hosting_sim: Simulator) -> None:
    # A JSON recipient list carries placeholder values: the low-level layer sends it as it is.
    to = json.dumps([{"msisdn": IT, "name": "Mario"}, {"msisdn": "+" + IT2, "name": "Luigi"}, {"msisdn": "12"}])
    sent = send_wire(client, to, "Hello ${name}!")
    assert isinstance(sent, SendSmsResponse)
    assert (sent.sms_inserted, sent.sms_not_inserted) == (2, 1)
    assert [(s.to, s.status, s.status_detail) for s in listed(sent.sms)] == [
        (IT, "INSERTED", UNSET),
        (IT2, "INSERTED", UNSET),
        ("12", "NOT_INSERTED", "BADNUMBERFORMAT"),
    ]
    texts = {s.to: s.text for s in search(client, transaction_id=sent.transaction_id).sms_list}
    assert texts == {IT: "Hello Mario!", IT2: "Hello Luigi!"}

    dup = send(client, [IT, f"+{IT}", IT2], "hi")
    assert [s.status_detail for s in listed(dup.sms) if s.status == "NOT_INSERTED"] == ["DUPLICATESMS"]
    assert listed(dup.sms)[1].id == 0

    missing = json.dumps([{"msisdn": IT, "name": "Mario"}, {"msisdn": IT2}])
    assert error_of(lambda: send_wire(client, missing, "Hello ${name}")) == "BAD_TEXT_PLACEHOLDER"
    assert error_of(lambda: send(client, [IT], "Hello ${name}")) == "BAD_TEXT_PLACEHOLDER"
    assert error_of(lambda: send(client, ["12", "34"], "hi")) == "NO_VALID_RECIPIENT"
    assert error_of(lambda: send_wire(client, "[not json", "hi")) == "NO_VALID_RECIPIENT"
    too_many = [f"39340{i:07d}" for i in range(1001)]
    assert error_of(lambda: send(client, too_many, "hi")) == "NO_VALID_RECIPIENT"
    assert len(listed(send(client, too_many[:1000], "hi").sms)) == 1000


def test_group_recipients_come_from_the_address_book(client: Smshosting) -> None:
    group = client.contact_lists.create(name="Clients")
    for number, name in ((IT, "Mario"), (IT2, "Luigi")):
        client.contacts.create(name=name, msisdn=number, groups_id=[group.id])
    sent = client.sms.send(text="news", group=[group.id], to=[IT])
    assert sorted((s.to, s.status) for s in listed(sent.sms)) == [
        (IT, "INSERTED"),
        (IT, "NOT_INSERTED"),
        (IT2, "INSERTED"),
    ]
    assert error_of(lambda: client.sms.send(text="x", group=[999999])) == "BAD_GROUP"
    assert error_of(lambda: client.sms.send(text="x", group=["abc"])) == "BAD_GROUP"


# -- transactions, sandbox, search -----------------------------------------------------------


def test_transaction_ids_sandbox_and_search(client: Smshosting, hosting_sim: Simulator) -> None:
    before = credit(client)
    dry = send(client, [IT, IT2], "hello", sandbox=True, transaction_id="dry-run")
    assert dry.sms_inserted == 2 and all(int(s.id) > 0 for s in listed(dry.sms))
    assert credit(client) == before
    assert search(client, transaction_id="dry-run").metadata.count == 0

    generated = send(client, [IT], "one")
    assert len(generated.transaction_id) == 32
    mine = send(client, [IT, IT2, FOREIGN], "two", transaction_id="order-42")
    assert mine.transaction_id == "order-42"
    found = list(client.sms.search(transaction_id="order-42"))
    assert sorted(s.id for s in found) == sorted(s.id for s in listed(mine.sms))
    assert {s.transaction_id for s in found} == {"order-42"}
    # reusing a transactionId is accepted: the search then returns both sends
    send(client, [IT], "again", transaction_id="order-42")
    assert search(client, transaction_id="order-42").metadata.count == 4
    assert error_of(lambda: send(client, [IT], "x", transaction_id="bad\u0001id")) == "BAD_TRANSACTIONID"
    assert error_of(lambda: send(client, [IT], "x", transaction_id="t" * 61)) == "BAD_TRANSACTIONID"


def test_search_filters_paging_and_errors(client: Smshosting, hosting_sim: Simulator) -> None:
    ids = [s.id for s in listed(send(client, [f"3934012{i:05d}" for i in range(1, 26)], "page me").sms)]
    hosting_sim.advance(60)
    later = send(client, [IT], "later")
    since_2020 = datetime(2020, 1, 1, tzinfo=UTC)
    everything = search(client, from_date=since_2020, limit=10)
    assert everything.metadata.count == 26 and everything.metadata.limit == 10
    assert [s.id for s in everything.sms_list] == ids[:10]
    walked = list(client.sms.search(limit=7, from_date=since_2020))
    assert [s.id for s in walked] == [*ids, listed(later.sms)[0].id]
    assert [len(page.sms_list) for page in client.sms.search(limit=7, from_date=since_2020).pages()] == [7, 7, 7, 5]
    assert [s.id for s in search(client, id=[ids[3], ids[1]]).sms_list] == [ids[1], ids[3]]
    assert search(client, msisdn="+39340120000" + "4").sms_list[0].id == ids[3]
    assert search(client, status="SENT").metadata.count == 1  # the first 25 are DELIVERED by now
    assert search(client, status="DELIVERED").metadata.count == 25
    assert search(client, transaction_id=later.transaction_id, status="DELIVERED").metadata.count == 0
    start = START + timedelta(seconds=40)  # after the first send, before the second
    assert [s.id for s in search(client, from_date=start).sms_list] == [listed(later.sms)[0].id]
    assert search(client, from_date=since_2020, to_date=start).metadata.count == 25
    offset = search_sms.sync_detailed(client=client.generated, msisdn=IT, offset=5).parsed
    assert isinstance(offset, SentSmsSearchResponse) and offset.sms_list == []
    assert error_of(lambda: search(client)) == "NO_PARAMS"
    assert error_of(lambda: search(client, to_date=start)) == "NO_PARAMS"
    assert error_of(lambda: search(client, msisdn="12")) == "BAD_MSISDN"
    assert error_of(lambda: search(client, id=["1", "x"])) == "BAD_ID"
    assert error_of(lambda: search_sms.sync_detailed(client=client.generated, from_date="yesterday")) == "BAD_DATE"
    assert error_of(lambda: search(client, from_date=start, to_date=since_2020)) == "BAD_DATE"
    assert error_of(lambda: search_sms.sync_detailed(client=client.generated, status=cast(Any, "LOST"))) == "BAD_STATUS"


# -- scheduling, cancel, delivery ------------------------------------------------------------


def test_scheduled_sms_wait_and_can_be_cancelled(client: Smshosting, hosting_sim: Simulator) -> None:
    before = credit(client)
    in_an_hour = datetime(2026, 9, 21, 17, 13, 20, tzinfo=ROME)  # 2026-09-21T15:13:20Z
    send(client, [IT, IT2], "later", date=in_an_hour, transaction_id="sched-1")
    second = send(client, [IT], "later too", date=in_an_hour)
    assert credit(client) == pytest.approx(before - 0.15)  # charged when accepted
    assert {s.status for s in search(client, transaction_id="sched-1").sms_list} == {"PENDING"}

    cancelled = client.sms.cancel(transaction_id="sched-1")
    assert sorted((s.to, s.status, s.price) for s in cancelled) == [(IT, "NOSENT", 0), (IT2, "NOSENT", 0)]
    assert credit(client) == pytest.approx(before - 0.05)  # refunded
    assert client.sms.cancel(transaction_id="sched-1") == []

    hosting_sim.advance(3599)
    (pending,) = search(client, transaction_id=second.transaction_id).sms_list
    assert pending.status == "PENDING" and pending.sent_date is None
    hosting_sim.advance(1)
    (sent,) = search(client, transaction_id=second.transaction_id).sms_list
    assert (sent.status, sent.sent_date) == ("SENT", "2026-09-21T17:13:20+0200")
    assert client.sms.cancel(id=[listed(second.sms)[0].id]) == []  # too late
    hosting_sim.advance(5)
    (done,) = search(client, transaction_id=second.transaction_id).sms_list
    assert (done.status, done.delivery_date) == ("DELIVERED", "2026-09-21T17:13:25+0200")

    assert error_of(lambda: send(client, [IT], "x", date=START - timedelta(minutes=13))) == "BAD_DATE"  # past
    assert error_of(lambda: send_wire(client, IT, "x", date="2026-13-01T00:00:00+0000")) == "BAD_DATE"
    assert error_of(lambda: send_wire(client, IT, "x", date="tomorrow")) == "BAD_DATE"
    bad_id = CancelSmsRequest(id="1;2")
    assert error_of(lambda: cancel_sms.sync_detailed(client=client.generated, body=bad_id)) == "BAD_ID"


def test_delivery_status_advances_on_the_clock(client: Smshosting, hosting_sim: Simulator) -> None:
    sent = send(client, [IT, FAILING], "status")
    assert {s.status for s in client.sms.search(transaction_id=sent.transaction_id)} == {"SENT"}
    hosting_sim.advance(4.9)
    assert {s.status for s in client.sms.search(transaction_id=sent.transaction_id)} == {"SENT"}
    hosting_sim.advance(0.1)
    final = {s.to: s for s in client.sms.search(transaction_id=sent.transaction_id)}
    assert final[IT].status == "DELIVERED" and final[IT].delivery_date == "2026-09-21T16:13:25+0200"
    assert final[FAILING].status == "NOTDELIVERED" and final[FAILING].delivery_date is None
    messages = hosting_sim.control.call("GET", "smshosting/messages", {"auth_key": DEMO_KEY})["messages"]
    assert [(m["to"], m["status"], m["parts"]) for m in messages] == [
        (IT, "DELIVERED", 1),
        (FAILING, "NOTDELIVERED", 1),
    ]


def test_tenants_are_isolated(client: Smshosting, tenant: Any) -> None:
    other, _ = tenant("other-tenant")
    sent = send(client, [IT], "mine", transaction_id="shared-name", date=START + timedelta(days=1))
    assert search(other, transaction_id="shared-name").metadata.count == 0
    assert search(other, id=[listed(sent.sms)[0].id]).metadata.count == 0
    assert other.sms.cancel(id=[listed(sent.sms)[0].id]) == []
    assert search(client, transaction_id="shared-name").sms_list[0].status == "PENDING"


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


def test_status_callbacks_are_posted_when_final(client: Smshosting, hosting_sim: Simulator, receiver: Receiver) -> None:
    sent = client.sms.send(
        to=[IT, FAILING], text="with callback", status_callback=f"{receiver.url}/status", transaction_id="cb-1"
    )
    hosting_sim.advance(4)
    assert api(hosting_sim).callbacks.drain(5.0)
    assert receiver.received == []
    hosting_sim.advance(1)
    assert api(hosting_sim).callbacks.drain(5.0)
    received = receiver.wait(2)
    assert [(path, ctype) for path, ctype, _ in received] == [("/status", "application/x-www-form-urlencoded")] * 2
    reports = {r.to: r for r in (Smshosting.parse_status_callback(b) for _, _, b in received)}
    ids = {s.to: s.id for s in listed(sent.sms)}
    assert reports[IT].status == "DELIVERED" and reports[FAILING].status == "NOTDELIVERED"
    for number, report in reports.items():
        assert (report.id, report.transaction_id) == (str(ids[given(number)]), "cb-1")
        assert report.notification_date == "2026-09-21T16:13:25+0200"
        assert datetime.strptime(report.notification_date, "%Y-%m-%dT%H:%M:%S%z").timestamp() == 1_790_000_005
    # nothing more is sent later
    hosting_sim.advance(60)
    assert api(hosting_sim).callbacks.drain(5.0)
    assert len(receiver.received) == 2


def test_callback_urls_must_be_http_urls(client: Smshosting) -> None:
    for url in ("ftp://127.0.0.1/cb", "not a url", "http://", "http://host:99999/x", "javascript:alert(1)"):
        assert error_of(partial(send, client, [IT], "x", status_callback=url)) == "BAD_CALLBACK"
        assert error_of(partial(client.sms.send_bulk, text="x", to=[IT], transaction_callback=url)) == "BAD_CALLBACK"
    assert search(client, msisdn=IT).metadata.count == 0


def test_callbacks_only_go_to_loopback_the_others_are_listed_undeliverable(
    client: Smshosting, hosting_sim: Simulator, receiver: Receiver
) -> None:
    # The spec's own example URL is accepted; the simulator never calls it, and says so.
    for url in ("https://example.com/sms/status", "http://192.0.2.1/cb"):
        send(client, [IT], "x", status_callback=url)
    send(client, [IT], "x", status_callback=f"{receiver.url}/status")
    hosting_sim.advance(10)
    listed_callbacks = hosting_sim.control.call("GET", "smshosting/callbacks")["deliveries"]
    by_url = {d["url"]: d for d in listed_callbacks}
    for url in ("https://example.com/sms/status", "http://192.0.2.1/cb"):
        assert by_url[url]["status"] is None
        assert by_url[url]["error"] == "undeliverable: the simulator calls loopback addresses only"
        assert "status=DELIVERED" in by_url[url]["body"]
    assert by_url[f"{receiver.url}/status"]["status"] == 200
    assert len(receiver.wait(2)) == 1


# -- bulk and binary -------------------------------------------------------------------------


def test_bulk_send_is_processed_later_with_a_transaction_callback(
    client: Smshosting, hosting_sim: Simulator, receiver: Receiver
) -> None:
    before = credit(client)
    numbers = [f"39340{i:07d}" for i in range(1, 1201)]  # more than sendSms takes
    queued = client.sms.send_bulk(
        text="bulk", to=[*numbers, "12"], transaction_callback=f"{receiver.url}/bulk", transaction_id="bulk-1"
    )
    assert (queued.transaction_id, queued.text) == ("bulk-1", "bulk")
    assert search(client, transaction_id="bulk-1").metadata.count == 0  # only queued
    assert credit(client) == before
    hosting_sim.advance(1)
    assert search(client, transaction_id="bulk-1").metadata.count == 1200
    assert credit(client) == pytest.approx(before - 1200 * 0.05)
    assert api(hosting_sim).callbacks.drain(5.0)
    (path, ctype, raw) = receiver.wait(1)[0]
    assert (path, ctype) == ("/bulk", "application/json")
    outcome = Smshosting.parse_transaction_callback(raw)
    assert (outcome.status, outcome.transaction_id, outcome.sms_inserted, outcome.sms_not_inserted) == (
        "COMPLETED",
        "bulk-1",
        1200,
        1,
    )
    assert listed(outcome.sms)[-1].to == "12" and listed(outcome.sms)[-1].status_detail == "BADNUMBERFORMAT"
    ids = {s.id for s in client.sms.search(transaction_id="bulk-1", limit=1000)}
    assert {s.id for s in listed(outcome.sms)[:1200]} == ids

    # per-SMS delivery reports work for bulk sends too
    client.sms.send_bulk(text="bulk", to=[IT, FAILING], status_callback=f"{receiver.url}/status")
    hosting_sim.advance(6)
    assert api(hosting_sim).callbacks.drain(5.0)
    reports = [Smshosting.parse_status_callback(b) for p, _, b in receiver.wait(3) if p == "/status"]
    assert sorted((r.to, r.status) for r in reports) == [(FAILING, "NOTDELIVERED"), (IT, "DELIVERED")]
    assert all(d.status == 200 for d in api(hosting_sim).callbacks.deliveries)


def test_bulk_that_cannot_be_paid_any_more_reports_an_error(
    client: Smshosting, hosting_sim: Simulator, receiver: Receiver
) -> None:
    hosting_sim.control.call("POST", "smshosting/credit", {"auth_key": DEMO_KEY, "credit": 0.1})
    queued = client.sms.send_bulk(text="bulk", to=[IT, IT2], transaction_callback=receiver.url)
    send(client, [IT], "spends the credit first")
    hosting_sim.advance(2)
    assert api(hosting_sim).callbacks.drain(5.0)
    outcome = Smshosting.parse_transaction_callback(receiver.wait(1)[0][2])
    assert (outcome.status, outcome.error_msg, outcome.transaction_id) == ("ERROR", "NO_CREDIT", queued.transaction_id)
    assert search(client, transaction_id=queued.transaction_id).metadata.count == 0
    assert credit(client) == pytest.approx(0.05)
    assert error_of(lambda: client.sms.send_bulk(text="bulk", to=[IT, IT2])) == "BAD_CREDIT"


def test_binary_sends(client: Smshosting, hosting_sim: Simulator) -> None:
    before = credit(client)
    payload = "0fc24abf3413ba"
    answer = client.sms.send_bulk(text=payload, to=[IT], udh="00c34abf300311", transaction_id="bin-1")
    assert answer.text == payload
    client.sms.send_bulk(text="ab" * 141, to=[IT2], pid=0, transaction_id="bin-2")  # 141 bytes: 2 parts
    hosting_sim.advance(1)
    assert credit(client) == pytest.approx(before - 0.15)
    assert search(client, transaction_id="bin-2").sms_list[0].price == pytest.approx(0.10)
    for text, extra, code in (
        ("sms di test", {"udh": "00"}, "BAD_TEXT_HEX"),
        ("abc", {"pid": 0}, "BAD_TEXT_HEX"),
        ("ab", {"udh": "xyz"}, "BAD_UDH_HEX"),
        ("ab" * 939, {"pid": 0}, "BAD_TEXT"),  # 939 bytes: 8 parts
    ):
        assert error_of(partial(client.sms.send_bulk, text=text, to=[IT], **extra)) == code
    client.sms.send_bulk(text="bulk", to=[IT], sandbox=True, transaction_id="bulk-dry")
    hosting_sim.advance(2)
    assert search(client, transaction_id="bulk-dry").metadata.count == 0


# -- inbound ---------------------------------------------------------------------------------


def test_inbound_sms(client: Smshosting, hosting_sim: Simulator, tenant: Any) -> None:
    (service,) = client.inbound_sms.list_services()
    control = hosting_sim.control.call
    first = control("POST", "smshosting/inbound", {"auth_key": DEMO_KEY, "from": "+393450000000", "text": "Ciao"})
    assert first["simId"] == service.id and first["receiveDate"] == "2026-09-21T16:13:20+0200"
    hosting_sim.advance(3600)
    for i in range(3):
        control("POST", "smshosting/inbound", {"auth_key": DEMO_KEY, "sim": service.sim, "from": IT, "text": f"m{i}"})

    def texts(**filters: Any) -> list[str]:
        return texts_of(client, **filters)

    assert texts(sim_id_ref=service.id) == ["Ciao", "m0", "m1", "m2"]
    assert texts(from_=[IT, "39999"], limit=2) == ["m0", "m1", "m2"]
    assert texts(from_=["393450000000"]) == ["Ciao"]
    assert len(texts(to_date=START + timedelta(minutes=7))) == 1
    assert len(texts(from_date=START + timedelta(minutes=47))) == 3
    assert texts(sim_id_ref="1") == []
    assert error_of(lambda: texts()) == "NO_PARAMS"
    wrong_date = search_received_sms.sync_detailed
    assert error_of(lambda: wrong_date(client=client.generated, from_date="2026-09-21")) == "BAD_DATE"
    pages = list(client.inbound_sms.search(limit=3, sim_id_ref=service.id).pages())
    assert [len(page.sms_list) for page in pages] == [3, 1] and pages[0].metadata.count == 4
    other, _ = tenant("inbound-other")
    (other_service,) = other.inbound_sms.list_services()
    assert other_service.id != service.id
    assert texts_of(other, sim_id_ref=service.id) == []


def texts_of(client: Smshosting, **filters: Any) -> list[str]:
    return [given(s.text) for s in client.inbound_sms.search(**filters)]


def test_search_results_are_typed(client: Smshosting) -> None:
    sent = send(client, [IT], "typed")
    (sms,) = client.sms.search(id=[listed(sent.sms)[0].id])
    assert isinstance(sms, SentSms)
    assert (sms.to, sms.text, sms.from_, sms.status) == (IT, "typed", "SMSHosting", "SENT")
    assert sms.insert_date == sms.sent_date == "2026-09-21T16:13:20+0200"
