"""Fidelity cards and digital coupons through the typed client (answers checked against the spec)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any, Literal

import pytest
from smsgw import smshosting
from smshosting_client import Client
from smshosting_client.api.coupons import (
    create_coupon,
    create_coupon_campaign,
    get_coupon,
    get_coupon_campaign,
    list_coupon_campaigns,
    redeem_coupon,
    search_coupons,
)
from smshosting_client.api.fidelity import (
    add_fidelity_card_record,
    create_fidelity_card,
    delete_fidelity_card_record,
    get_fidelity_card,
    get_fidelity_card_record,
    list_fidelity_card_records,
    list_fidelity_cards,
    list_fidelity_programs,
)
from smshosting_client.models import (
    Coupon,
    CouponCampaign,
    CouponCampaignInput,
    CouponCampaignPage,
    CouponInput,
    CouponPage,
    FidelityCard,
    FidelityCardInput,
    FidelityCardPage,
    FidelityProgramListResponse,
    FidelityRecord,
    FidelityRecordInput,
    FidelityRecordPage,
)
from smshosting_client.types import UNSET
from smsim import Simulator

from ..typed import given
from .test_addressbook_contacts import error_of, new_contact


@pytest.fixture
def rewards(hosting_sim: Simulator) -> dict[str, Any]:
    """The demo account's first programme with its rewards (read through the control plane)."""
    programs = hosting_sim.control.call("GET", "smshosting/book/rewards", {})["programs"]
    return dict(programs[0])


def record(client: Client, program: int, code: str, **fields: Any) -> FidelityRecord:
    body = FidelityRecordInput(send_sms=False, **fields)
    return smshosting.unwrap(
        add_fidelity_card_record.sync_detailed(program, code, client=client, body=body), FidelityRecord
    )


def balance(client: Client, program: int, code: str) -> int:
    return smshosting.unwrap(get_fidelity_card.sync_detailed(program, code, client=client), FidelityCard).points


# -- fidelity --------------------------------------------------------------------------------


def test_fidelity_points_add_up(hosting_sim: Simulator, book: Client, rewards: dict[str, Any]) -> None:
    programs = smshosting.unwrap(list_fidelity_programs.sync_detailed(client=book), FidelityProgramListResponse)
    assert [p.name for p in programs.fidelity_list] == ["Superfreddo Gelato", "Caffè Centrale"]
    program = programs.fidelity_list[0]
    assert program.id == rewards["id"] and program.point_value == 5
    gelato, coppa = (r["id"] for r in rewards["rewards"])  # cost 10 and 25 points

    new_contact(book, "Mario", "393480000000", lastname="Rossi")
    issued = smshosting.unwrap(
        create_fidelity_card.sync_detailed(
            program.id,
            client=book,
            body=FidelityCardInput(msisdn="393480000000", card_code="CARD0001", starting_points=3),
        ),
        FidelityCard,
    )
    assert (issued.fidelity_code, issued.points, issued.active) == ("CARD0001", 3, True)
    outbox = hosting_sim.control.call("GET", "smshosting/book/outbox", {})["messages"]
    assert [m["to"] for m in outbox] == ["393480000000"]  # sendSms defaults to true

    card = smshosting.unwrap(get_fidelity_card.sync_detailed(program.id, "CARD0001", client=book), FidelityCard)
    assert card.fidelity_name == "Superfreddo Gelato"
    assert (given(card.contact_detail).name, given(card.contact_detail).msisdn) == ("Mario", "393480000000")

    code = "CARD0001"
    assert record(book, program.id, code, action="ADD", points=7).points == 7  # 10
    earned = record(book, program.id, code, action="ADD", amount=12.5)  # floor(12.5 / 5) = 2 -> 12
    assert (earned.points, earned.amount) == (2, 12.5)
    both = record(book, program.id, code, action="ADD", points=4, amount=1.0)  # points as sent -> 16
    assert both.points == 4
    reward = record(book, program.id, code, action="REWARD", reward_id=gelato)  # -10 -> 6
    assert reward.points == -10
    assert balance(book, program.id, code) == 6

    # Never below zero; the conditional rules of FidelityRecordInput are enforced.
    def refused(**fields: Any) -> str | None:
        return error_of(record, book, program.id, code, **fields)[1]

    assert refused(action="REWARD", reward_id=coppa) == "BAD_POINTS"
    assert refused(action="ADD", points=-7) == "BAD_POINTS"
    assert refused(action="ADD") == "BAD_POINTS"
    assert refused(action="REWARD") == "BAD_ACTION"
    assert refused(action="REWARD", reward_id=999) == "BAD_ACTION"
    assert refused(action="ADD", amount=-1.0) == "BAD_AMOUNT"
    assert balance(book, program.id, code) == 6

    records = list(
        smshosting.paginate(
            list_fidelity_card_records,
            book,
            "fidelity_card_record_list",
            limit=2,
            fidelity_id=program.id,
            fidelity_code=code,
        )
    )
    assert [r.action for r in records] == ["CREATE", "ADD", "ADD", "ADD", "REWARD"]
    assert sum(r.points for r in records) == balance(book, program.id, code)
    adds = smshosting.unwrap(
        list_fidelity_card_records.sync_detailed(program.id, code, client=book, action="ADD"), FidelityRecordPage
    ).fidelity_card_record_list
    assert [r.points for r in adds] == [7, 2, 4]
    one = smshosting.unwrap(
        get_fidelity_card_record.sync_detailed(program.id, code, earned.id, client=book), FidelityRecord
    )
    assert one.to_dict() == earned.to_dict()

    # Deleting a movement recomputes the balance; deleting the reward gives the points back.
    smshosting.check(delete_fidelity_card_record.sync_detailed(program.id, code, reward.id, client=book))
    assert balance(book, program.id, code) == 16
    assert error_of(get_fidelity_card_record.sync_detailed, program.id, code, reward.id, client=book) == (
        404,
        "RECORD_NOT_EXISTS",
    )
    assert error_of(delete_fidelity_card_record.sync_detailed, program.id, code, reward.id, client=book) == (
        400,
        "RECORD_NOT_EXISTS",
    )
    # Spend 10 again, then the 7 points that paid for it cannot be taken away any more.
    spent = record(book, program.id, code, action="REWARD", reward_id=gelato)  # 6
    seven = next(r for r in records if r.points == 7)
    assert (
        error_of(delete_fidelity_card_record.sync_detailed, program.id, code, seven.id, client=book)[1] == "BAD_POINTS"
    )
    # AZZERA takes the card to zero; its points follow when an earlier movement goes away.
    reset = record(book, program.id, code, action="AZZERA")
    assert (reset.points, balance(book, program.id, code)) == (-6, 0)
    record(book, program.id, code, action="ADD", points=5)
    smshosting.check(delete_fidelity_card_record.sync_detailed(program.id, code, spent.id, client=book))
    after = list(
        smshosting.paginate(
            list_fidelity_card_records, book, "fidelity_card_record_list", fidelity_id=program.id, fidelity_code=code
        )
    )
    assert next(r.points for r in after if r.action == "AZZERA") == -16
    assert balance(book, program.id, code) == sum(r.points for r in after) == 5


def test_fidelity_cards_rules_and_listing(hosting_sim: Simulator, book: Client) -> None:
    program = smshosting.unwrap(list_fidelity_programs.sync_detailed(client=book), FidelityProgramListResponse)
    pid = program.fidelity_list[1].id  # pointValue 2.5
    for i in range(5):
        new_contact(book, f"C{i}", f"39340000090{i}")

    def issue(msisdn: str, **fields: Any) -> FidelityCard:
        body = FidelityCardInput(msisdn=msisdn, send_sms=False, **fields)
        return smshosting.unwrap(create_fidelity_card.sync_detailed(pid, client=book, body=body), FidelityCard)

    generated = issue("393400000900", starting_amount=7.6)  # floor(7.6 / 2.5) = 3 points
    assert len(generated.fidelity_code) == 15 and generated.points == 3
    cards = [generated] + [issue(f"39340000090{i}") for i in range(1, 4)]
    assert error_of(issue, "393400000901") == (400, "CONTACT_HAS_FIDELITY")
    assert error_of(issue, "393499999999") == (400, "BAD_CONTACT")
    assert error_of(issue, "393400000904", card_code=cards[1].fidelity_code) == (400, "DUPLICATED_CARD_CODE")
    assert error_of(issue, "393400000904", starting_points=-1) == (400, "BAD_POINTS")
    new_contact(book, "Twin", "393400000904", custom_field_unique_key="name")
    assert error_of(issue, "393400000904") == (400, "DUPLICATED_CONTACT")
    body = FidelityCardInput(msisdn="393400000900")
    assert error_of(create_fidelity_card.sync_detailed, 424242, client=book, body=body) == (400, "BAD_FIDELITY")
    assert hosting_sim.control.call("GET", "smshosting/book/outbox", {})["messages"] == []

    listed = list(smshosting.paginate(list_fidelity_cards, book, "fidelity_card_list", limit=3, fidelity_id=pid))
    assert [c.fidelity_code for c in listed] == [c.fidelity_code for c in cards]
    assert all(c.contact_detail is UNSET and c.fidelity_name is UNSET for c in listed)  # list view
    since = smshosting.unwrap(
        list_fidelity_cards.sync_detailed(pid, client=book, from_date="2030-01-01T00:00:00+0100"), FidelityCardPage
    )
    assert since.metadata.count == 0
    assert error_of(list_fidelity_cards.sync_detailed, 424242, client=book) == (400, "BAD_FIDELITY")
    assert error_of(get_fidelity_card.sync_detailed, pid, "NOCARD", client=book) == (400, "BAD_CARD_CODE")
    assert error_of(list_fidelity_card_records.sync_detailed, pid, "NOCARD", client=book) == (400, "BAD_CARD_CODE")
    add = FidelityRecordInput(action="ADD", points=1)
    assert error_of(add_fidelity_card_record.sync_detailed, pid, "NOCARD", client=book, body=add) == (
        400,
        "BAD_CARD_CODE",
    )
    assert error_of(add_fidelity_card_record.sync_detailed, 424242, "NOCARD", client=book, body=add) == (
        400,
        "BAD_FIDELITY",
    )

    # Without the plan feature every fidelity call answers PLAN_NOT_ENABLED.
    hosting_sim.control.call("POST", "smshosting/book/plan", {"fidelity": False})
    assert error_of(list_fidelity_programs.sync_detailed, client=book) == (400, "PLAN_NOT_ENABLED")
    assert error_of(get_fidelity_card.sync_detailed, pid, cards[0].fidelity_code, client=book) == (
        400,
        "PLAN_NOT_ENABLED",
    )


# -- coupons ---------------------------------------------------------------------------------


def campaign(client: Client, title: str, kind: Literal["D", "F"], **fields: Any) -> CouponCampaign:
    body = CouponCampaignInput(title=title, coupon_type=kind, **fields)
    return smshosting.unwrap(create_coupon_campaign.sync_detailed(client=client, body=body), CouponCampaign)


def coupon(client: Client, campaign_id: int, **fields: Any) -> Coupon:
    body = CouponInput(campaign_id=campaign_id, **fields)
    return smshosting.unwrap(create_coupon.sync_detailed(client=client, body=body), Coupon)


def test_coupons_are_redeemed_once(hosting_sim: Simulator, book: Client) -> None:
    fixed = campaign(
        book,
        "Black Friday",
        "F",
        coupon_code="BLACKFRIDAY26",
        start_date="2026-09-01T00:00:00+0200",
        end_date="2026-12-31T23:59:59+0100",
    )
    dynamic = campaign(book, "Benvenuto", "D")
    assert (dynamic.type_, dynamic.start_date) == ("D", UNSET)
    listing = smshosting.unwrap(list_coupon_campaigns.sync_detailed(client=book), CouponCampaignPage)
    assert [(c.name, c.type_) for c in listing.coupon_campaign_list] == [("Benvenuto", "D"), ("Black Friday", "F")]
    assert listing.metadata.count == 2
    detail = smshosting.unwrap(get_coupon_campaign.sync_detailed(fixed.id, client=book), CouponCampaign)
    assert (detail.start_date, detail.end_date) == ("2026-09-01T00:00:00+0200", "2026-12-31T23:59:59+0100")
    assert error_of(get_coupon_campaign.sync_detailed, 1, client=book) == (404, "NOT_FOUND")
    assert error_of(campaign, book, "No code", "F") == (400, "BAD_CODE")
    assert error_of(campaign, book, "Again", "F", coupon_code="BLACKFRIDAY26") == (400, "DUPLICATE_CODE")
    assert error_of(
        campaign, book, "Backwards", "D", start_date="2026-10-01T00:00:00+0200", end_date="2026-09-01T00:00:00+0200"
    ) == (400, "BAD_DATE")
    assert error_of(campaign, book, "   ", "D") == (400, "BAD_NAME")

    chosen = coupon(book, dynamic.id, coupon_code="WELCOME-MARIO")
    random10 = coupon(book, dynamic.id, coupon_length=10)
    assert len(random10.code) == 10 and random10.campaign_id == dynamic.id
    assert error_of(coupon, book, fixed.id) == (400, "BAD_TYPE")
    assert error_of(coupon, book, 424242) == (400, "BAD_CAMPAIG")
    assert error_of(coupon, book, dynamic.id, coupon_code="WELCOME-MARIO") == (400, "DUPLICATE_CODE")
    assert error_of(coupon, book, dynamic.id, coupon_code="bad code!") == (400, "BAD_CODE")

    assert smshosting.unwrap(get_coupon.sync_detailed(chosen.code, client=book), Coupon).usages == 0
    used = smshosting.unwrap(redeem_coupon.sync_detailed(chosen.code, client=book), Coupon)
    assert used.usages == 1
    assert error_of(redeem_coupon.sync_detailed, chosen.code, client=book) == (400, "ALREADY_USED")
    assert smshosting.unwrap(get_coupon.sync_detailed(chosen.code, client=book), Coupon).usages == 1
    # The fixed campaign's shared code can be used again and again.
    for expected in (1, 2, 3):
        assert smshosting.unwrap(redeem_coupon.sync_detailed("BLACKFRIDAY26", client=book), Coupon).usages == expected
    assert error_of(get_coupon.sync_detailed, "NOSUCHCODE", client=book) == (404, "NOT_FOUND")
    assert error_of(redeem_coupon.sync_detailed, "NOSUCHCODE", client=book) == (404, "NOT_FOUND")
    assert error_of(redeem_coupon.sync_detailed, "bad code!", client=book) == (400, "BAD_CODE")


def test_search_coupons_pages_sync_and_async(hosting_sim: Simulator, book: Client) -> None:
    first, second = campaign(book, "One", "D"), campaign(book, "Two", "D")
    codes = [coupon(book, first.id).code for _ in range(9)]
    hosting_sim.advance(3600)
    later = [coupon(book, second.id).code for _ in range(4)]

    found = list(smshosting.paginate(search_coupons, book, "coupon_list", limit=4, campaign_id=first.id))
    assert sorted(c.code for c in found) == sorted(codes)
    assert all(c.usages is UNSET for c in found)  # list view: no usage count
    everything = list(smshosting.paginate(search_coupons, book, "coupon_list", limit=5))
    assert [c.code for c in everything][:4] == list(reversed(later))  # newest first
    a_minute_ago = smshosting.format_date(datetime.fromtimestamp(hosting_sim.clock.now() - 60, UTC))
    recent = smshosting.unwrap(search_coupons.sync_detailed(client=book, from_date=a_minute_ago), CouponPage)
    assert sorted(c.code for c in recent.coupon_list) == sorted(later)
    exact = smshosting.unwrap(search_coupons.sync_detailed(client=book, coupon_code=codes[3]), CouponPage)
    assert [c.code for c in exact.coupon_list] == [codes[3]]

    async def walk() -> list[str]:
        return [c.code async for c in smshosting.paginate(search_coupons, book, "coupon_list", limit=3)]

    assert asyncio.run(walk()) == [c.code for c in everything]
    hosting_sim.control.call("POST", "smshosting/book/plan", {"coupons": False})
    assert error_of(search_coupons.sync_detailed, client=book) == (400, "PLAN_NOT_ENABLED")


def test_loyalty_is_isolated_between_accounts(book: Client, new_tenant: Any) -> None:
    program = smshosting.unwrap(list_fidelity_programs.sync_detailed(client=book), FidelityProgramListResponse)
    pid = program.fidelity_list[0].id
    new_contact(book, "Mario", "393480000000")
    body = FidelityCardInput(msisdn="393480000000", card_code="CARD0001", send_sms=False)
    smshosting.check(create_fidelity_card.sync_detailed(pid, client=book, body=body))
    mine = campaign(book, "Mine", "F", coupon_code="MINE-CODE")

    other, _ = new_tenant("loyal-b")
    theirs = smshosting.unwrap(list_fidelity_programs.sync_detailed(client=other), FidelityProgramListResponse)
    assert pid not in {p.id for p in theirs.fidelity_list}
    assert error_of(get_fidelity_card.sync_detailed, pid, "CARD0001", client=other) == (400, "BAD_CARD_CODE")
    assert error_of(list_fidelity_cards.sync_detailed, pid, client=other) == (400, "BAD_FIDELITY")
    assert error_of(get_coupon_campaign.sync_detailed, mine.id, client=other) == (404, "NOT_FOUND")
    assert error_of(get_coupon.sync_detailed, "MINE-CODE", client=other) == (404, "NOT_FOUND")
    assert smshosting.unwrap(list_coupon_campaigns.sync_detailed(client=other), CouponCampaignPage).metadata.count == 0
    # Codes are per account: the other account may use the same one.
    campaign(other, "Theirs", "F", coupon_code="MINE-CODE")
