"""Fidelity programmes, cards and their movements; digital coupon campaigns and coupons.

Fidelity rules (the vendor leaves them open):

- the balance of a card is the sum of the ``points`` of its movements, which are signed:
  ``ADD``/``CREATE`` add, ``REWARD`` subtracts the reward's cost, ``AZZERA`` subtracts whatever
  the balance was (its ``points`` are recomputed when an earlier movement is deleted);
- an ``ADD`` without ``points`` earns ``floor(amount / pointValue)`` points (the programme's
  ``pointValue`` is the amount worth one point); with ``points`` the points are taken as sent;
- the balance never goes below zero: a ``REWARD`` (or a negative ``ADD``) that would, and a
  deletion that would make a later ``REWARD`` overdraw, answer 400 ``BAD_POINTS``;
- ``ADD`` without ``points`` and ``amount`` answers 400 ``BAD_POINTS``; ``REWARD`` without a
  ``rewardId``, or with one that is not a reward of the card's programme, 400 ``BAD_ACTION``
  (the API lists its rewards nowhere: the seeded ones are read with the control action
  ``GET /_sim/smshosting/book/rewards``).

Coupon rules: a fixed (``F``) campaign's code is one coupon that can be redeemed any number of
times; a dynamic (``D``) campaign's coupons are redeemed once (400 ``ALREADY_USED`` after).
Codes are 6 to 32 characters from ``A-Z a-z 0-9 _ -`` and unique in the account.
"""

from __future__ import annotations

import re
import secrets
from decimal import Decimal, InvalidOperation
from typing import Any

from ....kernel import ApiError, SimResponse, empty_response
from ....openapi import ValidatedRequest
from ..common import AreaHandler, Ids, Now, date_range, fmt_date, in_range, ok, page, parse_date, trimmed
from ..state import Account
from .contacts import Contacts
from .state import BookStore, Campaign, Card, CardRecord, Coupon, Program, Reward, check_features, store_of

MAX_POINTS = 10**12
_CODE = re.compile(r"^[A-Za-z0-9_-]{6,32}$")
_CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def points_for(amount: float, point_value: float) -> int:
    """Points earned by spending ``amount``: ``floor(amount / pointValue)``, computed in decimal."""
    try:
        return int(Decimal(str(amount)) // Decimal(str(point_value))) if point_value > 0 else 0
    except (InvalidOperation, ValueError):
        return 0


class Loyalty:
    """Handlers of the Fidelity and Coupons tags."""

    def __init__(self, ids: Ids, now: Now, contacts: Contacts) -> None:
        self.ids = ids
        self.now = now
        self.contacts = contacts

    def handlers(self) -> dict[str, AreaHandler]:
        return {
            "listFidelityPrograms": self.list_fidelity_programs,
            "listFidelityCards": self.list_fidelity_cards,
            "createFidelityCard": self.create_fidelity_card,
            "getFidelityCard": self.get_fidelity_card,
            "listFidelityCardRecords": self.list_fidelity_card_records,
            "addFidelityCardRecord": self.add_fidelity_card_record,
            "getFidelityCardRecord": self.get_fidelity_card_record,
            "deleteFidelityCardRecord": self.delete_fidelity_card_record,
            "listCouponCampaigns": self.list_coupon_campaigns,
            "createCouponCampaign": self.create_coupon_campaign,
            "getCouponCampaign": self.get_coupon_campaign,
            "searchCoupons": self.search_coupons,
            "createCoupon": self.create_coupon,
            "getCoupon": self.get_coupon,
            "redeemCoupon": self.redeem_coupon,
        }

    def seed(self, store: BookStore) -> None:
        """Two fidelity programmes with two rewards each."""
        for name, value, rewards in (
            ("Superfreddo Gelato", 5.0, (("Gelato omaggio", 10), ("Coppa gigante", 25))),
            ("Caffè Centrale", 2.5, (("Caffè omaggio", 5), ("Colazione completa", 20))),
        ):
            program = Program(self.ids.next("program"), name, value)
            for reward_name, cost in rewards:
                reward = Reward(self.ids.next("reward"), reward_name, cost)
                program.rewards[reward.id] = reward
            store.programs[program.id] = program

    # -- fidelity helpers -------------------------------------------------------------------

    @staticmethod
    def _program(store: BookStore, program_id: Any, code: str) -> Program:
        program = store.programs.get(program_id) if isinstance(program_id, int) else None
        if program is None:
            raise ApiError(400, code, "no fidelity programme has this id")
        return program

    def _card(
        self, store: BookStore, request: ValidatedRequest, *, status: int = 400, code: str = "BAD_CARD_CODE"
    ) -> Card:
        check_features(store, "fidelity")
        card = store.card(request.path_params["fidelityId"], str(request.path_params["fidelityCode"]))
        if card is None:
            raise ApiError(status, code, "no card with this code in this programme")
        return card

    def card_json(self, store: BookStore, card: Card, *, detail: bool = False) -> dict[str, Any]:
        body: dict[str, Any] = {"fidelityId": card.program_id, "fidelityCardId": card.id}
        if detail:
            body["fidelityName"] = store.programs[card.program_id].name
            contact = store.contacts.get(card.contact_id)
            if contact is not None:
                body["contactDetail"] = self.contacts.contact_json(store, contact, "holder")
        body.update(
            {
                "fidelityCode": card.code,
                "activationDate": fmt_date(card.activated),
                "active": card.active,
                "points": card.points,
            }
        )
        return body

    @staticmethod
    def record_json(record: CardRecord) -> dict[str, Any]:
        body: dict[str, Any] = {"id": record.id, "points": record.points}
        if record.amount is not None:
            body["amount"] = record.amount
        body.update({"action": record.action, "date": fmt_date(record.date)})
        return body

    @staticmethod
    def replay(records: list[CardRecord]) -> list[int] | None:
        """The points of each movement when replayed in order (``AZZERA`` takes the balance
        back to zero), or None when the balance would go below zero at some point."""
        balance, points = 0, []
        for record in records:
            delta = -balance if record.action == "AZZERA" else record.points
            balance += delta
            if balance < 0:
                return None
            points.append(delta)
        return points

    def _notify(self, store: BookStore, card: Card, text: str) -> None:
        contact = store.contacts.get(card.contact_id)
        if contact is not None and contact.msisdn:
            store.outbox.append({"to": contact.msisdn, "text": text, "date": fmt_date(self.now())})

    # -- fidelity ---------------------------------------------------------------------------

    def list_fidelity_programs(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        check_features(store, "fidelity")
        programs = sorted(store.programs.values(), key=lambda p: p.id)
        return ok({"fidelityList": [{"id": p.id, "name": p.name, "pointValue": p.point_value} for p in programs]})

    def list_fidelity_cards(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        check_features(store, "fidelity")
        program = self._program(store, request.path_params["fidelityId"], "BAD_FIDELITY")
        cards = sorted((c for c in store.cards.values() if c.program_id == program.id), key=lambda c: c.id)
        cards = [c for c in cards if in_range(c.activated, *date_range(request.query))]
        items, metadata = page(cards, request.query)
        return ok({"metadata": metadata, "fidelityCardList": [self.card_json(store, c) for c in items]})

    def create_fidelity_card(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store, body = store_of(account), request.body
        check_features(store, "fidelity")
        program = self._program(store, request.path_params["fidelityId"], "BAD_FIDELITY")
        msisdn = str(body["msisdn"]).removeprefix("+")
        holders = [c for c in store.contacts.values() if c.msisdn == msisdn]
        if not holders:
            raise ApiError(400, "BAD_CONTACT", "no contact has this mobile number")
        if len(holders) > 1:
            raise ApiError(400, "DUPLICATED_CONTACT", "several contacts have this mobile number")
        holder = holders[0]
        if any(c.program_id == program.id and c.contact_id == holder.id for c in store.cards.values()):
            raise ApiError(400, "CONTACT_HAS_FIDELITY", "the contact already holds a card of this programme")
        code = body.get("cardCode")
        if code is not None:
            if not re.fullmatch(r"[0-9A-Za-z_]{6,30}", str(code)):
                raise ApiError(400, "BAD_CARD_CODE", "card code must be 6 to 30 of 0-9 A-Z a-z _")
            if store.card(program.id, str(code)) is not None:
                raise ApiError(400, "DUPLICATED_CARD_CODE", "a card of this programme has this code")
        else:
            code = "F" + "".join(secrets.choice("0123456789") for _ in range(14))
            while store.card(program.id, code) is not None:
                code = "F" + "".join(secrets.choice("0123456789") for _ in range(14))
        starting_points, starting_amount = body.get("startingPoints"), body.get("startingAmount")
        if starting_points is not None and not 0 <= starting_points <= MAX_POINTS:
            raise ApiError(400, "BAD_POINTS", "startingPoints must be between 0 and 10^12")
        if starting_amount is not None and not 0 <= starting_amount <= MAX_POINTS:
            raise ApiError(400, "BAD_AMOUNT", "startingAmount must be between 0 and 10^12")
        now = self.now()
        card = Card(self.ids.next("card"), program.id, str(code), holder.id, now)
        if starting_points is not None or starting_amount is not None:
            points = (
                starting_points if starting_points is not None else points_for(starting_amount, program.point_value)
            )
            card.records.append(CardRecord(self.ids.next("record"), "CREATE", int(points), now, starting_amount))
        store.cards[card.id] = card
        if body.get("sendSms", True):
            self._notify(store, card, f"La tua carta {program.name}: https://sim.example/w/{card.code}")
        return ok(self.card_json(store, card))

    def get_fidelity_card(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        return ok(self.card_json(store, self._card(store, request), detail=True))

    def list_fidelity_card_records(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store, q = store_of(account), request.query
        card = self._card(store, request)
        records = [
            r
            for r in card.records
            if (q.get("action") is None or r.action == q["action"]) and in_range(r.date, *date_range(q))
        ]
        items, metadata = page(records, q)
        return ok({"metadata": metadata, "fidelityCardRecordList": [self.record_json(r) for r in items]})

    def add_fidelity_card_record(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store, body = store_of(account), request.body
        check_features(store, "fidelity")
        program = self._program(store, request.path_params["fidelityId"], "BAD_FIDELITY")
        card = self._card(store, request)
        action, balance = body["action"], card.points
        points: int
        amount: float | None = None
        reward_id: int | None = None
        if action == "ADD":
            # x-conditional-one-of-required: ADD needs points or amount.
            if body.get("points") is None and body.get("amount") is None:
                raise ApiError(400, "BAD_POINTS", "ADD needs points or amount")
            amount = body.get("amount")
            if amount is not None and not 0 <= amount <= MAX_POINTS:
                raise ApiError(400, "BAD_AMOUNT", "amount must be between 0 and 10^12")
            if body.get("points") is not None:
                points = int(body["points"])
                if abs(points) > MAX_POINTS:
                    raise ApiError(400, "BAD_POINTS", "points out of range")
            else:
                points = points_for(amount or 0, program.point_value)
            if balance + points < 0:
                raise ApiError(400, "BAD_POINTS", "the balance cannot go below zero")
        elif action == "REWARD":
            # x-conditional-required: REWARD needs rewardId.
            reward = program.rewards.get(body["rewardId"]) if body.get("rewardId") is not None else None
            if reward is None:
                raise ApiError(400, "BAD_ACTION", "REWARD needs the rewardId of a reward of this programme")
            if balance < reward.points:
                raise ApiError(400, "BAD_POINTS", "not enough points for this reward")
            points, reward_id = -reward.points, reward.id
        elif action == "AZZERA":
            points = -balance
        else:
            raise ApiError(400, "BAD_ACTION", "action must be ADD, REWARD or AZZERA")
        record = CardRecord(
            self.ids.next("record"), action, points, self.now(), amount, reward_id, body.get("note", "")
        )
        card.records.append(record)
        if action == "ADD" and body.get("sendSms", True):
            costs = [r.points for r in program.rewards.values()]
            if costs and balance < min(costs) <= card.points:
                self._notify(store, card, f"Hai {card.points} punti {program.name}: puoi ritirare un premio!")
        return ok(self.record_json(record))

    def _record(self, store: BookStore, request: ValidatedRequest, status: int) -> tuple[Card, CardRecord]:
        card = self._card(store, request, status=status, code="RECORD_NOT_EXISTS")
        record_id = request.path_params["recordId"]
        record = next((r for r in card.records if r.id == record_id), None)
        if record is None:
            raise ApiError(status, "RECORD_NOT_EXISTS", "no movement with this id on this card")
        return card, record

    def get_fidelity_card_record(self, account: Account, request: ValidatedRequest) -> SimResponse:
        return ok(self.record_json(self._record(store_of(account), request, 404)[1]))

    def delete_fidelity_card_record(self, account: Account, request: ValidatedRequest) -> SimResponse:
        card, record = self._record(store_of(account), request, 400)
        remaining = [r for r in card.records if r is not record]
        points = self.replay(remaining)
        if points is None:
            raise ApiError(400, "BAD_POINTS", "deleting this movement would make the balance negative")
        for kept, value in zip(remaining, points, strict=True):
            kept.points = value
        card.records = remaining
        return empty_response(204)

    # -- coupons ----------------------------------------------------------------------------

    @staticmethod
    def campaign_json(campaign: Campaign, view: str) -> dict[str, Any]:
        body: dict[str, Any] = {"id": campaign.id, "name": campaign.name, "type": campaign.type}
        if view != "list":
            body["insertDate"] = fmt_date(campaign.inserted)
        if view == "detail":
            if campaign.start is not None:
                body["startDate"] = fmt_date(campaign.start)
            if campaign.end is not None:
                body["endDate"] = fmt_date(campaign.end)
        return body

    @staticmethod
    def coupon_json(coupon: Coupon, *, detail: bool) -> dict[str, Any]:
        body: dict[str, Any] = {
            "code": coupon.code,
            "insertDate": fmt_date(coupon.inserted),
            "campaignId": coupon.campaign_id,
        }
        if detail:
            body["usages"] = coupon.usages
        return body

    def _add_coupon(self, store: BookStore, code: str, campaign: Campaign) -> Coupon:
        store.coupon_seq += 1
        coupon = Coupon(store.coupon_seq, code, campaign.id, self.now())
        store.coupons[code] = coupon
        return coupon

    @staticmethod
    def _coupon(store: BookStore, request: ValidatedRequest) -> Coupon:
        check_features(store, "coupons")
        code = str(request.path_params["couponCode"])
        if not _CODE.match(code):
            raise ApiError(400, "BAD_CODE", "coupon codes are 6 to 32 of A-Z a-z 0-9 _ -")
        coupon = store.coupons.get(code)
        if coupon is None:
            raise ApiError(404, "NOT_FOUND", "no coupon has this code")
        return coupon

    def list_coupon_campaigns(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        check_features(store, "coupons")
        campaigns = sorted(store.campaigns.values(), key=lambda c: c.id, reverse=True)
        return ok(
            {
                # Not paged: the vendor's sample answers limit 0 for the complete list.
                "metadata": {"count": len(campaigns), "offset": 0, "limit": 0},
                "couponCampaignList": [self.campaign_json(c, "list") for c in campaigns],
            }
        )

    def create_coupon_campaign(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store, body = store_of(account), request.body
        check_features(store, "coupons")
        title = trimmed(body["title"])
        if not title or len(title) > 100:
            raise ApiError(400, "BAD_NAME", "title must be 1 to 100 characters")
        kind = body["couponType"]
        if kind not in ("F", "D"):
            raise ApiError(400, "BAD_TYPE", "couponType must be F or D")
        code: str | None = None
        if kind == "F":
            code = str(body.get("couponCode") or "")
            if not _CODE.match(code):
                raise ApiError(400, "BAD_CODE", "a fixed campaign needs a couponCode of 6 to 32 of A-Z a-z 0-9 _ -")
            if code in store.coupons:
                raise ApiError(400, "DUPLICATE_CODE", "this code is already used")
        start = parse_date(body["startDate"], echoed=True) if body.get("startDate") is not None else None
        end = parse_date(body["endDate"], echoed=True) if body.get("endDate") is not None else None
        if start is not None and end is not None and end < start:
            raise ApiError(400, "BAD_DATE", "endDate is before startDate")
        campaign = Campaign(self.ids.next("coupon_campaign"), title, kind, self.now(), start, end, code)
        store.campaigns[campaign.id] = campaign
        if code is not None:
            self._add_coupon(store, code, campaign)
        return ok(self.campaign_json(campaign, "created"))

    def get_coupon_campaign(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        check_features(store, "coupons")
        campaign = store.campaigns.get(request.path_params["campaignId"])
        if campaign is None:
            raise ApiError(404, "NOT_FOUND", "no campaign has this id")
        return ok(self.campaign_json(campaign, "detail"))

    def search_coupons(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store, q = store_of(account), request.query
        check_features(store, "coupons")
        found = [
            c
            for c in sorted(store.coupons.values(), key=lambda c: c.seq, reverse=True)
            if (q.get("campaignId") is None or c.campaign_id == q["campaignId"])
            and (q.get("couponCode") is None or c.code == q["couponCode"])
            and in_range(c.inserted, *date_range(q))
        ]
        items, metadata = page(found, q)
        return ok({"metadata": metadata, "couponList": [self.coupon_json(c, detail=False) for c in items]})

    def create_coupon(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store, body = store_of(account), request.body
        check_features(store, "coupons")
        campaign = store.campaigns.get(body["campaignId"])
        if campaign is None:
            raise ApiError(400, "BAD_CAMPAIG", "no campaign has this id")
        if campaign.type != "D":
            raise ApiError(400, "BAD_TYPE", "coupons can be generated only in dynamic (D) campaigns")
        if body.get("couponCode") is not None:
            code = str(body["couponCode"])
            if not _CODE.match(code):
                raise ApiError(400, "BAD_CODE", "coupon codes are 6 to 32 of A-Z a-z 0-9 _ -")
            if code in store.coupons:
                raise ApiError(400, "DUPLICATE_CODE", "this code is already used")
        else:
            length = int(body.get("couponLength") or 6)
            code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(length))
            while code in store.coupons:
                code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(length))
        return ok(self.coupon_json(self._add_coupon(store, code, campaign), detail=False))

    def get_coupon(self, account: Account, request: ValidatedRequest) -> SimResponse:
        return ok(self.coupon_json(self._coupon(store_of(account), request), detail=True))

    def redeem_coupon(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        coupon = self._coupon(store, request)
        campaign = store.campaigns.get(coupon.campaign_id)
        if campaign is not None and campaign.type == "D" and coupon.usages > 0:
            raise ApiError(400, "ALREADY_USED", "this coupon has already been redeemed")
        coupon.usages += 1
        return ok(self.coupon_json(coupon, detail=True))
