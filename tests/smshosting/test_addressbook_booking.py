"""Booking (beta) through the client class (answers checked against the spec).

The simulator clock starts frozen at 2026-09-21 16:13:20 Italian time (a Monday); the seeded
calendars are open Monday to Saturday 09:00-13:00 and 15:00-20:00.
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime
from typing import Any

import pytest
from smsgw import AsyncSmshosting, Smshosting
from smshosting_client.models import Reservation
from smshosting_client.types import UNSET
from smsim import Simulator

from ..typed import listed
from .conftest import BASE, DEMO_KEY, DEMO_SECRET
from .test_addressbook_contacts import error_of, new_contact

TUESDAY = date(2026, 9, 22)


def at(text: str) -> datetime:
    """``2026-09-22T10:00:00+0200`` as an aware datetime (the API's own notation, for reading)."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S%z")


@pytest.fixture
def salon(client: Smshosting) -> tuple[int, dict[str, int]]:
    """The first seeded calendar and its task ids by name."""
    first = client.booking.list_calendars().calendar_list[0]
    detail = client.booking.get_calendar(first.id)
    return first.id, {t.name: t.id for t in listed(detail.task_list)}


def slots(client: Smshosting, calendar: int, task: int, day: date = TUESDAY) -> list[str]:
    return list(client.booking.list_slots(calendar, task, date=day).slot_list)


def book_slot(client: Smshosting, calendar: int, task: int, contact: int, start: str, **fields: Any) -> Reservation:
    return client.booking.create_reservation(calendar, task_id=task, contact_id=contact, date=at(start), **fields)


def change(client: Smshosting, calendar: int, reservation: int, **fields: Any) -> Reservation:
    if "date" in fields:
        fields["date"] = at(fields["date"])
    return client.booking.update_reservation(calendar, reservation, **fields)


def test_calendars_and_tasks_are_seeded(client: Smshosting, salon: tuple[int, dict[str, int]]) -> None:
    calendar_id, tasks = salon
    calendars = client.booking.list_calendars()
    assert [c.name for c in calendars.calendar_list] == ["Prenotazioni Salone", "Studio Consulenze"]
    assert all(c.task_list is UNSET and c.code for c in calendars.calendar_list)  # list view
    task_list = client.booking.list_tasks(calendar_id).task_list
    assert [(t.name, t.duration, t.interval_between_tasks) for t in task_list] == [
        ("Taglio", 30, 0),
        ("Piega", 45, 15),
    ]
    assert client.booking.get_task(calendar_id, tasks["Piega"]).description == "Piega e styling"
    other_calendar = calendars.calendar_list[1].id
    assert error_of(client.booking.get_calendar, 1) == (404, "CALENDAR_NOT_FOUND")
    assert error_of(client.booking.list_tasks, 1) == (404, "CALENDAR_NOT_FOUND")
    assert error_of(client.booking.get_task, 1, tasks["Taglio"]) == (404, "CALENDAR_NOT_FOUND")
    assert error_of(client.booking.get_task, other_calendar, tasks["Taglio"]) == (404, "TASK_NOT_FOUND")
    assert error_of(client.booking.list_slots, calendar_id, 1, date=TUESDAY) == (404, "TASK_NOT_FOUND")


def test_free_slots_follow_opening_hours_and_the_clock(client: Smshosting, salon: tuple[int, dict[str, int]]) -> None:
    calendar_id, tasks = salon
    taglio = slots(client, calendar_id, tasks["Taglio"])
    assert taglio[:3] == ["09:00", "09:30", "10:00"] and len(taglio) == 18
    assert slots(client, calendar_id, tasks["Piega"]) == [
        "09:00", "10:00", "11:00", "12:00", "15:00", "16:00", "17:00", "18:00", "19:00",
    ]  # fmt: skip
    # Today (Monday, now 16:13) only later slots are left; Sunday is closed; the past is empty.
    assert slots(client, calendar_id, tasks["Taglio"], date(2026, 9, 21))[0] == "16:30"
    assert slots(client, calendar_id, tasks["Taglio"], date(2026, 9, 27)) == []
    assert slots(client, calendar_id, tasks["Taglio"], date(2026, 9, 15)) == []


def test_a_reservation_takes_its_slot_and_gives_it_back(
    hosting_sim: Simulator, client: Smshosting, salon: tuple[int, dict[str, int]]
) -> None:
    calendar_id, tasks = salon
    taglio, piega = tasks["Taglio"], tasks["Piega"]
    mario = new_contact(client, "Mario", "393480000000", lastname="Rossi")
    anna = new_contact(client, "Anna", "393400000001", lastname="Verdi")

    made = book_slot(client, calendar_id, taglio, mario.id, "2026-09-22T10:00:00+0200", note="✂️")
    assert (made.task, made.contact_id, made.start, made.end) == (
        taglio,
        mario.id,
        "2026-09-22T10:00:00+0200",
        "2026-09-22T10:30:00+0200",
    )
    assert made.note is UNSET  # the create answer has no note (as the vendor's sample)
    assert "10:00" not in slots(client, calendar_id, taglio)
    assert "10:00" not in slots(client, calendar_id, piega)  # one calendar, one chair: 10:00-11:00 overlaps
    assert "09:00" in slots(client, calendar_id, piega)

    # Double booking (the same instant written in UTC), off-grid starts, the past: BAD_DATE.
    for start in ("2026-09-22T08:00:00+0000", "2026-09-22T10:15:00+0200", "2026-09-21T09:00:00+0200"):
        assert error_of(book_slot, client, calendar_id, taglio, anna.id, start) == (400, "BAD_DATE")
    eleven = "2026-09-22T11:00:00+0200"
    assert error_of(book_slot, client, calendar_id, taglio, 424242, eleven) == (400, "BAD_CONTACT")
    assert error_of(book_slot, client, calendar_id, 1, anna.id, eleven) == (404, "TASK_NOT_FOUND")
    assert error_of(book_slot, client, 1, taglio, anna.id, eleven) == (404, "CALENDAR_NOT_FOUND")

    detail = client.booking.get_reservation(calendar_id, made.id)
    assert (detail.note, detail.confirmation_date, detail.cancel_date) == ("✂️", detail.insert_date, UNSET)
    assert detail.g_sync_data is not UNSET

    # Moving it frees the old slot and takes the new one.
    moved = change(client, calendar_id, made.id, date=eleven, note="moved")
    assert (moved.start, moved.note) == (eleven, "moved")
    assert "10:00" in slots(client, calendar_id, taglio) and "11:00" not in slots(client, calendar_id, taglio)
    second = book_slot(client, calendar_id, taglio, anna.id, "2026-09-22T10:00:00+0200")
    assert error_of(change, client, calendar_id, second.id, date=eleven) == (400, "BAD_DATE")

    # Deleting frees the slot; the reservation stays readable as cancelled.
    assert client.booking.with_raw_response.delete_reservation(calendar_id, moved.id).status_code == 204
    assert "11:00" in slots(client, calendar_id, taglio)
    assert client.booking.get_reservation(calendar_id, moved.id).cancel_date is not UNSET
    assert error_of(client.booking.delete_reservation, calendar_id, moved.id) == (400, "BAD_STATUS")
    assert error_of(change, client, calendar_id, moved.id, note="again") == (400, "RESERVATION_EXPIRED")

    # Refusing (status change) frees the slot too.
    refused = change(client, calendar_id, second.id, status="REFUSED")
    assert refused.cancel_date is not UNSET
    assert "10:00" in slots(client, calendar_id, taglio)

    assert error_of(client.booking.get_reservation, calendar_id, 1) == (404, "RESERVATION_NOT_FOUND")
    assert error_of(client.booking.get_reservation, 1, second.id) == (404, "CALENDAR_NOT_FOUND")
    assert error_of(client.booking.delete_reservation, calendar_id, 1) == (404, "RESERVATION_NOT_FOUND")
    assert error_of(change, client, calendar_id, 1, note="x") == (404, "RESERVATION_NOT_FOUND")

    # Once its start has passed a reservation can no longer be changed.
    late = book_slot(client, calendar_id, taglio, anna.id, "2026-09-22T09:00:00+0200")
    hosting_sim.advance(86_400)
    assert error_of(change, client, calendar_id, late.id, note="too late") == (400, "RESERVATION_EXPIRED")


def test_confirmation_policy_and_status_rules(hosting_sim: Simulator, client: Smshosting) -> None:
    studio = client.booking.list_calendars().calendar_list[1].id
    task = client.booking.list_tasks(studio).task_list[0].id
    mario = new_contact(client, "Mario", "393480000000")

    pending = book_slot(client, studio, task, mario.id, "2026-09-23T15:00:00+0200")  # the studio's policy
    assert client.booking.get_reservation(studio, pending.id).confirmation_date is UNSET
    confirmed = change(client, studio, pending.id, status="CONFIRMED")
    assert confirmed.confirmation_date is not UNSET
    assert error_of(change, client, studio, pending.id, status="UNCONFIRMED") == (400, "BAD_STATUS")
    assert change(client, studio, pending.id, status="DELETED").cancel_date is not UNSET

    hosting_sim.control.call("POST", "smshosting/book/plan", {"reservation_limit": 0})
    assert error_of(book_slot, client, studio, task, mario.id, "2026-09-23T16:00:00+0200") == (400, "LIMIT_REACHED")
    hosting_sim.control.call("POST", "smshosting/book/plan", {"booking": False})
    assert error_of(client.booking.list_calendars) == (400, "PLAN_NOT_ENABLED")
    assert error_of(client.booking.get_reservation, studio, pending.id) == (400, "PLAN_NOT_ENABLED")


def test_list_reservations_filters_and_pages(
    client: Smshosting, salon: tuple[int, dict[str, int]], book_transport: Any
) -> None:
    calendar_id, tasks = salon
    mario = new_contact(client, "Mario", "393480000000", lastname="Rossi")
    anna = new_contact(client, "Anna", "393400000001", lastname="Verdi")
    made = []
    for i, start in enumerate(slots(client, calendar_id, tasks["Taglio"])[:8]):
        who = mario if i % 2 == 0 else anna
        made.append(book_slot(client, calendar_id, tasks["Taglio"], who.id, f"2026-09-22T{start}:00+0200"))
    piega = book_slot(client, calendar_id, tasks["Piega"], anna.id, "2026-09-24T15:00:00+0200", status="UNCONFIRMED")
    client.booking.delete_reservation(calendar_id, made[0].id)

    def ids(**params: Any) -> list[int]:
        return [r.id for r in client.booking.list_reservations(calendar_id, limit=3, **params)]

    assert ids() == [r.id for r in made] + [piega.id]  # by start time
    assert ids(task_id=tasks["Piega"]) == [piega.id]
    assert ids(status="UNCONFIRMED") == [piega.id]
    assert ids(status="DELETED") == [made[0].id]
    assert ids(query="rossi") == [r.id for r in made[::2]]
    assert ids(from_date=at("2026-09-23T00:00:00+0200")) == [piega.id]
    assert ids(to_date=at("2026-09-22T10:00:00+0200")) == [r.id for r in made[:3]]

    async def walk() -> list[int]:
        async with AsyncSmshosting(
            base_url=BASE, auth_key=DEMO_KEY, auth_secret=DEMO_SECRET, transport=book_transport
        ) as aclient:
            return [r.id async for r in aclient.booking.list_reservations(calendar_id, limit=4)]

    assert asyncio.run(walk()) == ids()
    assert error_of(lambda: list(client.booking.list_reservations(1))) == (404, "CALENDAR_NOT_FOUND")


def test_booking_is_isolated_between_accounts(
    client: Smshosting, salon: tuple[int, dict[str, int]], tenant: Any
) -> None:
    calendar_id, tasks = salon
    mario = new_contact(client, "Mario", "393480000000")
    made = book_slot(client, calendar_id, tasks["Taglio"], mario.id, "2026-09-22T10:00:00+0200")
    other, _ = tenant("booking-b")
    assert error_of(other.booking.get_calendar, calendar_id) == (404, "CALENDAR_NOT_FOUND")
    assert error_of(other.booking.get_reservation, calendar_id, made.id) == (404, "CALENDAR_NOT_FOUND")
    their_calendar = other.booking.list_calendars().calendar_list[0].id
    assert their_calendar != calendar_id
    # Their salon is free at 10:00; my contact is not theirs.
    their_task = other.booking.list_tasks(their_calendar).task_list[0].id
    assert "10:00" in slots(other, their_calendar, their_task)
    assert error_of(book_slot, other, their_calendar, their_task, mario.id, "2026-09-22T10:00:00+0200") == (
        400,
        "BAD_CONTACT",
    )
