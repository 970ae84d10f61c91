"""Fidelity cards and digital coupons through the client class (answers checked against the spec)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Literal

import pytest
from smsgw import AsyncSmshosting, Smshosting
from smshosting_client.models import Coupon, CouponCampaign, FidelityCard, FidelityRecord
from smshosting_client.types import UNSET
from smsim import Simulator

from ..typed import given
from .conftest import BASE, DEMO_KEY, DEMO_SECRET
from .test_addressbook_contacts import error_of, new_contact

ROME_SUMMER, ROME_WINTER = timezone(timedelta(hours=2)), timezone(timedelta(hours=1))


@pytest.fixture
def rewards(hosting_sim: Simulator) -> dict[str, Any]:
    """The demo account's first programme with its rewards (read through the control plane)."""
    programs = hosting_sim.control.call("GET", "smshosting/book/rewards", {})["programs"]
    return dict(programs[0])


def record(client: Smshosting, program: int, code: str, **fields: Any) -> FidelityRecord:
    return client.fidelity.add_record(program, code, send_sms=False, **fields)


def balance(client: Smshosting, program: int, code: str) -> int:
    return client.fidelity.get_card(program, code).points


# -- fidelity --------------------------------------------------------------------------------


def test_fidelity_points_add_up(hosting_sim: Simulator, client: Smshosting, rewards: dict[str, Any]) -> None:
    programs = client.fidelity.list_programs()
    assert [p.name for p in programs.fidelity_list] == ["Superfreddo Gelato", "Caffè Centrale"]
    program = programs.fidelity_list[0]
    assert program.id == rewards["id"] and program.point_value == 5
    gelato, coppa = (r["id"] for r in rewards["rewards"])  # cost 10 and 25 points

    new_contact(client, "Mario", "393480000000", lastname="Rossi")
    issued = client.fidelity.create_card(program.id, msisdn="393480000000", card_code="CARD0001", starting_points=3)
    assert (issued.fidelity_code, issued.points, issued.active) == ("CARD0001", 3, True)
    outbox = hosting_sim.control.call("GET", "smshosting/book/outbox", {})["messages"]
    assert [m["to"] for m in outbox] == ["393480000000"]  # sendSms defaults to true

    card = client.fidelity.get_card(program.id, "CARD0001")
    assert card.fidelity_name == "Superfreddo Gelato"
    assert (given(card.contact_detail).name, given(card.contact_detail).msisdn) == ("Mario", "393480000000")

    code = "CARD0001"
    assert record(client, program.id, code, action="ADD", points=7).points == 7  # 10
    earned = record(client, program.id, code, action="ADD", amount=12.5)  # floor(12.5 / 5) = 2 -> 12
    assert (earned.points, earned.amount) == (2, 12.5)
    both = record(client, program.id, code, action="ADD", points=4, amount=1.0)  # points as sent -> 16
    assert both.points == 4
    reward = record(client, program.id, code, action="REWARD", reward_id=gelato)  # -10 -> 6
    assert reward.points == -10
    assert balance(client, program.id, code) == 6

    # Never below zero; the conditional rules of FidelityRecordInput are enforced.
    def refused(**fields: Any) -> str | None:
        return error_of(record, client, program.id, code, **fields)[1]

    assert refused(action="REWARD", reward_id=coppa) == "BAD_POINTS"
    assert refused(action="ADD", points=-7) == "BAD_POINTS"
    assert refused(action="ADD") == "BAD_POINTS"
    assert refused(action="REWARD") == "BAD_ACTION"
    assert refused(action="REWARD", reward_id=999) == "BAD_ACTION"
    assert refused(action="ADD", amount=-1.0) == "BAD_AMOUNT"
    assert balance(client, program.id, code) == 6

    records = list(client.fidelity.list_records(program.id, code, limit=2))
    assert [r.action for r in records] == ["CREATE", "ADD", "ADD", "ADD", "REWARD"]
    assert sum(given(r.points) for r in records) == balance(client, program.id, code)
    adds = list(client.fidelity.list_records(program.id, code, action="ADD"))
    assert [r.points for r in adds] == [7, 2, 4]
    one = client.fidelity.get_record(program.id, code, earned.id)
    assert one.to_dict() == earned.to_dict()

    # Deleting a movement recomputes the balance; deleting the reward gives the points back.
    client.fidelity.delete_record(program.id, code, reward.id)
    assert balance(client, program.id, code) == 16
    assert error_of(client.fidelity.get_record, program.id, code, reward.id) == (404, "RECORD_NOT_EXISTS")
    assert error_of(client.fidelity.delete_record, program.id, code, reward.id) == (400, "RECORD_NOT_EXISTS")
    # Spend 10 again, then the 7 points that paid for it cannot be taken away any more.
    spent = record(client, program.id, code, action="REWARD", reward_id=gelato)  # 6
    seven = next(r for r in records if r.points == 7)
    assert error_of(client.fidelity.delete_record, program.id, code, seven.id)[1] == "BAD_POINTS"
    # AZZERA takes the card to zero; its points follow when an earlier movement goes away.
    reset = record(client, program.id, code, action="AZZERA")
    assert (reset.points, balance(client, program.id, code)) == (-6, 0)
    record(client, program.id, code, action="ADD", points=5)
    client.fidelity.delete_record(program.id, code, spent.id)
    after = list(client.fidelity.list_records(program.id, code))
    assert next(r.points for r in after if r.action == "AZZERA") == -16
    assert balance(client, program.id, code) == sum(given(r.points) for r in after) == 5


def test_fidelity_cards_rules_and_listing(hosting_sim: Simulator, client: Smshosting) -> None:
    pid = client.fidelity.list_programs().fidelity_list[1].id  # pointValue 2.5
    for i in range(5):
        new_contact(client, f"C{i}", f"39340000090{i}")

    def issue(msisdn: str, **fields: Any) -> FidelityCard:
        return client.fidelity.create_card(pid, msisdn=msisdn, send_sms=False, **fields)

    generated = issue("393400000900", starting_amount=7.6)  # floor(7.6 / 2.5) = 3 points
    assert len(generated.fidelity_code) == 15 and generated.points == 3
    cards = [generated] + [issue(f"39340000090{i}") for i in range(1, 4)]
    assert error_of(issue, "393400000901") == (400, "CONTACT_HAS_FIDELITY")
    assert error_of(issue, "393499999999") == (400, "BAD_CONTACT")
    assert error_of(issue, "393400000904", card_code=cards[1].fidelity_code) == (400, "DUPLICATED_CARD_CODE")
    assert error_of(issue, "393400000904", starting_points=-1) == (400, "BAD_POINTS")
    new_contact(client, "Twin", "393400000904", custom_field_unique_key="name")
    assert error_of(issue, "393400000904") == (400, "DUPLICATED_CONTACT")
    assert error_of(client.fidelity.create_card, 424242, msisdn="393400000900") == (400, "BAD_FIDELITY")
    assert hosting_sim.control.call("GET", "smshosting/book/outbox", {})["messages"] == []

    listed = list(client.fidelity.list_cards(pid, limit=3))
    assert [c.fidelity_code for c in listed] == [c.fidelity_code for c in cards]
    assert all(c.contact_detail is UNSET and c.fidelity_name is UNSET for c in listed)  # list view
    in_2030 = datetime(2030, 1, 1, tzinfo=ROME_WINTER)
    (since,) = client.fidelity.list_cards(pid, from_date=in_2030).pages()
    assert since.metadata.count == 0
    assert error_of(lambda: list(client.fidelity.list_cards(424242))) == (400, "BAD_FIDELITY")
    assert error_of(client.fidelity.get_card, pid, "NOCARD") == (400, "BAD_CARD_CODE")
    assert error_of(lambda: list(client.fidelity.list_records(pid, "NOCARD"))) == (400, "BAD_CARD_CODE")
    assert error_of(client.fidelity.add_record, pid, "NOCARD", action="ADD", points=1) == (400, "BAD_CARD_CODE")
    assert error_of(client.fidelity.add_record, 424242, "NOCARD", action="ADD", points=1) == (400, "BAD_FIDELITY")

    # Without the plan feature every fidelity call answers PLAN_NOT_ENABLED.
    hosting_sim.control.call("POST", "smshosting/book/plan", {"fidelity": False})
    assert error_of(client.fidelity.list_programs) == (400, "PLAN_NOT_ENABLED")
    assert error_of(client.fidelity.get_card, pid, cards[0].fidelity_code) == (400, "PLAN_NOT_ENABLED")


# -- coupons ---------------------------------------------------------------------------------


def campaign(client: Smshosting, title: str, kind: Literal["D", "F"], **fields: Any) -> CouponCampaign:
    return client.coupons.create_campaign(title=title, coupon_type=kind, **fields)


def coupon(client: Smshosting, campaign_id: int, **fields: Any) -> Coupon:
    return client.coupons.create(campaign_id=campaign_id, **fields)


def test_coupons_are_redeemed_once(hosting_sim: Simulator, client: Smshosting) -> None:
    fixed = campaign(
        client,
        "Black Friday",
        "F",
        coupon_code="BLACKFRIDAY26",
        start_date=datetime(2026, 9, 1, tzinfo=ROME_SUMMER),
        end_date=datetime(2026, 12, 31, 23, 59, 59, tzinfo=ROME_WINTER),
    )
    dynamic = campaign(client, "Benvenuto", "D")
    assert (dynamic.type_, dynamic.start_date) == ("D", UNSET)
    listing = client.coupons.list_campaigns()
    assert [(c.name, c.type_) for c in listing.coupon_campaign_list] == [("Benvenuto", "D"), ("Black Friday", "F")]
    assert listing.metadata.count == 2
    detail = client.coupons.get_campaign(fixed.id)
    assert (detail.start_date, detail.end_date) == ("2026-09-01T00:00:00+0200", "2026-12-31T23:59:59+0100")
    assert error_of(client.coupons.get_campaign, 1) == (404, "NOT_FOUND")
    assert error_of(campaign, client, "No code", "F") == (400, "BAD_CODE")
    assert error_of(campaign, client, "Again", "F", coupon_code="BLACKFRIDAY26") == (400, "DUPLICATE_CODE")
    october, september = datetime(2026, 10, 1, tzinfo=ROME_SUMMER), datetime(2026, 9, 1, tzinfo=ROME_SUMMER)
    assert error_of(campaign, client, "Backwards", "D", start_date=october, end_date=september) == (400, "BAD_DATE")
    assert error_of(campaign, client, "   ", "D") == (400, "BAD_NAME")

    chosen = coupon(client, dynamic.id, coupon_code="WELCOME-MARIO")
    random10 = coupon(client, dynamic.id, coupon_length=10)
    assert len(random10.code) == 10 and random10.campaign_id == dynamic.id
    assert error_of(coupon, client, fixed.id) == (400, "BAD_TYPE")
    assert error_of(coupon, client, 424242) == (400, "BAD_CAMPAIG")
    assert error_of(coupon, client, dynamic.id, coupon_code="WELCOME-MARIO") == (400, "DUPLICATE_CODE")
    assert error_of(coupon, client, dynamic.id, coupon_code="bad code!") == (400, "BAD_CODE")

    assert client.coupons.get(chosen.code).usages == 0
    assert client.coupons.redeem(chosen.code).usages == 1
    assert error_of(client.coupons.redeem, chosen.code) == (400, "ALREADY_USED")
    assert client.coupons.get(chosen.code).usages == 1
    # The fixed campaign's shared code can be used again and again.
    for expected in (1, 2, 3):
        assert client.coupons.redeem("BLACKFRIDAY26").usages == expected
    assert error_of(client.coupons.get, "NOSUCHCODE") == (404, "NOT_FOUND")
    assert error_of(client.coupons.redeem, "NOSUCHCODE") == (404, "NOT_FOUND")
    assert error_of(client.coupons.redeem, "bad code!") == (400, "BAD_CODE")


def test_dates_are_kept_only_where_italian_time_lies_in_the_years_of_the_spec(client: Smshosting) -> None:
    """The spec's pattern admits the written years 1900 to 9000; the simulator answers dates in
    Italian time, so a moment that is 1899 or 9001 in Rome would make its own answer break the
    spec (strict fuzz found ``1899-12-31T12:48:19+0100`` answered). Such a date is refused with
    BAD_DATE; one that stays within the years is kept, in Italian time."""
    utc, far_east, far_west = UTC, timezone(timedelta(hours=11)), timezone(timedelta(hours=-14))
    kept = campaign(client, "Early", "D", start_date=datetime(1900, 1, 1, tzinfo=utc))
    assert client.coupons.get_campaign(kept.id).start_date == "1900-01-01T01:00:00+0100"
    early = datetime(1900, 1, 1, tzinfo=far_east)  # 1899-12-31T14:00:00+0100 in Rome
    late = datetime(9000, 12, 31, 23, 59, 59, tzinfo=far_west)  # 9001-01-01 in Rome
    assert error_of(campaign, client, "Too early", "D", start_date=early) == (400, "BAD_DATE")
    assert error_of(campaign, client, "Too late", "D", end_date=late) == (400, "BAD_DATE")
    assert error_of(client.sms.send, to=["393401234567"], text="hi", date=late) == (400, "BAD_DATE")


def test_search_coupons_pages_sync_and_async(hosting_sim: Simulator, client: Smshosting, book_transport: Any) -> None:
    first, second = campaign(client, "One", "D"), campaign(client, "Two", "D")
    codes = [coupon(client, first.id).code for _ in range(9)]
    hosting_sim.advance(3600)
    later = [coupon(client, second.id).code for _ in range(4)]

    found = list(client.coupons.search(limit=4, campaign_id=first.id))
    assert sorted(c.code for c in found) == sorted(codes)
    assert all(c.usages is UNSET for c in found)  # list view: no usage count
    everything = list(client.coupons.search(limit=5))
    assert [c.code for c in everything][:4] == list(reversed(later))  # newest first
    a_minute_ago = datetime.fromtimestamp(hosting_sim.clock.now() - 60, UTC)
    assert sorted(c.code for c in client.coupons.search(from_date=a_minute_ago)) == sorted(later)
    assert [c.code for c in client.coupons.search(coupon_code=codes[3])] == [codes[3]]

    async def walk() -> list[str]:
        async with AsyncSmshosting(
            base_url=BASE, auth_key=DEMO_KEY, auth_secret=DEMO_SECRET, transport=book_transport
        ) as aclient:
            return [c.code async for c in aclient.coupons.search(limit=3)]

    assert asyncio.run(walk()) == [c.code for c in everything]
    hosting_sim.control.call("POST", "smshosting/book/plan", {"coupons": False})
    assert error_of(lambda: list(client.coupons.search())) == (400, "PLAN_NOT_ENABLED")


def test_loyalty_is_isolated_between_accounts(client: Smshosting, tenant: Any) -> None:
    pid = client.fidelity.list_programs().fidelity_list[0].id
    new_contact(client, "Mario", "393480000000")
    client.fidelity.create_card(pid, msisdn="393480000000", card_code="CARD0001", send_sms=False)
    mine = campaign(client, "Mine", "F", coupon_code="MINE-CODE")

    other, _ = tenant("loyal-b")
    assert pid not in {p.id for p in other.fidelity.list_programs().fidelity_list}
    assert error_of(other.fidelity.get_card, pid, "CARD0001") == (400, "BAD_CARD_CODE")
    assert error_of(lambda: list(other.fidelity.list_cards(pid))) == (400, "BAD_FIDELITY")
    assert error_of(other.coupons.get_campaign, mine.id) == (404, "NOT_FOUND")
    assert error_of(other.coupons.get, "MINE-CODE") == (404, "NOT_FOUND")
    assert other.coupons.list_campaigns().metadata.count == 0
    # Codes are per account: the other account may use the same one.
    campaign(other, "Theirs", "F", coupon_code="MINE-CODE")
