"""Booking (beta) through the typed client (answers checked against the spec).

The simulator clock starts frozen at 2026-09-21 16:13:20 Italian time (a Monday); the seeded
calendars are open Monday to Saturday 09:00-13:00 and 15:00-20:00.
"""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

import pytest
from smsgw import smshosting
from smshosting_client import Client
from smshosting_client.api.booking import (
    create_reservation,
    delete_reservation,
    get_calendar,
    get_calendar_task,
    get_reservation,
    list_calendar_tasks,
    list_calendars,
    list_reservations,
    list_task_slots,
    update_reservation,
)
from smshosting_client.models import (
    BookingCalendar,
    BookingCalendarListResponse,
    BookingSlotListResponse,
    BookingTask,
    BookingTaskListResponse,
    Reservation,
    ReservationCreateInput,
    ReservationUpdateInput,
)
from smshosting_client.types import UNSET
from smsim import Simulator

from ..typed import listed
from .test_addressbook_contacts import error_of, new_contact

TUESDAY = date(2026, 9, 22)


@pytest.fixture
def salon(book: Client) -> tuple[int, dict[str, int]]:
    """The first seeded calendar and its task ids by name."""
    calendars = smshosting.unwrap(list_calendars.sync_detailed(client=book), BookingCalendarListResponse)
    first = calendars.calendar_list[0]
    detail = smshosting.unwrap(get_calendar.sync_detailed(first.id, client=book), BookingCalendar)
    return first.id, {t.name: t.id for t in listed(detail.task_list)}


def slots(client: Client, calendar: int, task: int, day: date = TUESDAY) -> list[str]:
    answer = list_task_slots.sync_detailed(calendar, task, client=client, date=day)
    return list(smshosting.unwrap(answer, BookingSlotListResponse).slot_list)


def book_slot(client: Client, calendar: int, task: int, contact: int, start: str, **fields: Any) -> Reservation:
    body = ReservationCreateInput(task_id=task, contact_id=contact, date=start, **fields)
    return smshosting.unwrap(create_reservation.sync_detailed(calendar, client=client, body=body), Reservation)


def change(client: Client, calendar: int, reservation: int, **fields: Any) -> Reservation:
    body = ReservationUpdateInput(**fields)
    answer = update_reservation.sync_detailed(calendar, reservation, client=client, body=body)
    return smshosting.unwrap(answer, Reservation)


def test_calendars_and_tasks_are_seeded(book: Client, salon: tuple[int, dict[str, int]]) -> None:
    calendar_id, tasks = salon
    calendars = smshosting.unwrap(list_calendars.sync_detailed(client=book), BookingCalendarListResponse)
    assert [c.name for c in calendars.calendar_list] == ["Prenotazioni Salone", "Studio Consulenze"]
    assert all(c.task_list is UNSET and c.code for c in calendars.calendar_list)  # list view
    listed = smshosting.unwrap(list_calendar_tasks.sync_detailed(calendar_id, client=book), BookingTaskListResponse)
    assert [(t.name, t.duration, t.interval_between_tasks) for t in listed.task_list] == [
        ("Taglio", 30, 0),
        ("Piega", 45, 15),
    ]
    task = smshosting.unwrap(get_calendar_task.sync_detailed(calendar_id, tasks["Piega"], client=book), BookingTask)
    assert task.description == "Piega e styling"
    other_calendar = calendars.calendar_list[1].id
    assert error_of(get_calendar.sync_detailed, 1, client=book) == (404, "CALENDAR_NOT_FOUND")
    assert error_of(list_calendar_tasks.sync_detailed, 1, client=book) == (404, "CALENDAR_NOT_FOUND")
    assert error_of(get_calendar_task.sync_detailed, 1, tasks["Taglio"], client=book) == (404, "CALENDAR_NOT_FOUND")
    assert error_of(get_calendar_task.sync_detailed, other_calendar, tasks["Taglio"], client=book) == (
        404,
        "TASK_NOT_FOUND",
    )
    assert error_of(list_task_slots.sync_detailed, calendar_id, 1, client=book, date=TUESDAY) == (
        404,
        "TASK_NOT_FOUND",
    )


def test_free_slots_follow_opening_hours_and_the_clock(book: Client, salon: tuple[int, dict[str, int]]) -> None:
    calendar_id, tasks = salon
    taglio = slots(book, calendar_id, tasks["Taglio"])
    assert taglio[:3] == ["09:00", "09:30", "10:00"] and len(taglio) == 18
    assert slots(book, calendar_id, tasks["Piega"]) == [
        "09:00", "10:00", "11:00", "12:00", "15:00", "16:00", "17:00", "18:00", "19:00",
    ]  # fmt: skip
    # Today (Monday, now 16:13) only later slots are left; Sunday is closed; the past is empty.
    assert slots(book, calendar_id, tasks["Taglio"], date(2026, 9, 21))[0] == "16:30"
    assert slots(book, calendar_id, tasks["Taglio"], date(2026, 9, 27)) == []
    assert slots(book, calendar_id, tasks["Taglio"], date(2026, 9, 15)) == []


def test_a_reservation_takes_its_slot_and_gives_it_back(
    hosting_sim: Simulator, book: Client, salon: tuple[int, dict[str, int]]
) -> None:
    calendar_id, tasks = salon
    taglio, piega = tasks["Taglio"], tasks["Piega"]
    mario = new_contact(book, "Mario", "393480000000", lastname="Rossi")
    anna = new_contact(book, "Anna", "393400000001", lastname="Verdi")

    made = book_slot(book, calendar_id, taglio, mario.id, "2026-09-22T10:00:00+0200", note="✂️")
    assert (made.task, made.contact_id, made.start, made.end) == (
        taglio,
        mario.id,
        "2026-09-22T10:00:00+0200",
        "2026-09-22T10:30:00+0200",
    )
    assert made.note is UNSET  # the create answer has no note (as the vendor's sample)
    assert "10:00" not in slots(book, calendar_id, taglio)
    assert "10:00" not in slots(book, calendar_id, piega)  # one calendar, one chair: 10:00-11:00 overlaps
    assert "09:00" in slots(book, calendar_id, piega)

    # Double booking (the same instant written in UTC), off-grid starts, the past: BAD_DATE.
    for start in ("2026-09-22T08:00:00+0000", "2026-09-22T10:15:00+0200", "2026-09-21T09:00:00+0200"):
        assert error_of(book_slot, book, calendar_id, taglio, anna.id, start) == (400, "BAD_DATE")
    assert error_of(book_slot, book, calendar_id, taglio, 424242, "2026-09-22T11:00:00+0200") == (400, "BAD_CONTACT")
    assert error_of(book_slot, book, calendar_id, 1, anna.id, "2026-09-22T11:00:00+0200") == (404, "TASK_NOT_FOUND")
    assert error_of(book_slot, book, 1, taglio, anna.id, "2026-09-22T11:00:00+0200") == (404, "CALENDAR_NOT_FOUND")

    detail = smshosting.unwrap(get_reservation.sync_detailed(calendar_id, made.id, client=book), Reservation)
    assert (detail.note, detail.confirmation_date, detail.cancel_date) == ("✂️", detail.insert_date, UNSET)
    assert detail.g_sync_data is not UNSET

    # Moving it frees the old slot and takes the new one.
    moved = change(book, calendar_id, made.id, date="2026-09-22T11:00:00+0200", note="moved")
    assert (moved.start, moved.note) == ("2026-09-22T11:00:00+0200", "moved")
    assert "10:00" in slots(book, calendar_id, taglio) and "11:00" not in slots(book, calendar_id, taglio)
    second = book_slot(book, calendar_id, taglio, anna.id, "2026-09-22T10:00:00+0200")
    assert error_of(change, book, calendar_id, second.id, date="2026-09-22T11:00:00+0200") == (400, "BAD_DATE")

    # Deleting frees the slot; the reservation stays readable as cancelled.
    assert smshosting.check(delete_reservation.sync_detailed(calendar_id, moved.id, client=book)).status_code == 204
    assert "11:00" in slots(book, calendar_id, taglio)
    gone = smshosting.unwrap(get_reservation.sync_detailed(calendar_id, moved.id, client=book), Reservation)
    assert gone.cancel_date is not UNSET
    assert error_of(delete_reservation.sync_detailed, calendar_id, moved.id, client=book) == (400, "BAD_STATUS")
    assert error_of(change, book, calendar_id, moved.id, note="again") == (400, "RESERVATION_EXPIRED")

    # Refusing (status change) frees the slot too.
    refused = change(book, calendar_id, second.id, status="REFUSED")
    assert refused.cancel_date is not UNSET
    assert "10:00" in slots(book, calendar_id, taglio)

    assert error_of(get_reservation.sync_detailed, calendar_id, 1, client=book) == (404, "RESERVATION_NOT_FOUND")
    assert error_of(get_reservation.sync_detailed, 1, second.id, client=book) == (404, "CALENDAR_NOT_FOUND")
    assert error_of(delete_reservation.sync_detailed, calendar_id, 1, client=book) == (404, "RESERVATION_NOT_FOUND")
    assert error_of(change, book, calendar_id, 1, note="x") == (404, "RESERVATION_NOT_FOUND")

    # Once its start has passed a reservation can no longer be changed.
    late = book_slot(book, calendar_id, taglio, anna.id, "2026-09-22T09:00:00+0200")
    hosting_sim.advance(86_400)
    assert error_of(change, book, calendar_id, late.id, note="too late") == (400, "RESERVATION_EXPIRED")


def test_confirmation_policy_and_status_rules(hosting_sim: Simulator, book: Client) -> None:
    calendars = smshosting.unwrap(list_calendars.sync_detailed(client=book), BookingCalendarListResponse)
    studio = calendars.calendar_list[1].id
    consulenza = smshosting.unwrap(list_calendar_tasks.sync_detailed(studio, client=book), BookingTaskListResponse)
    task = consulenza.task_list[0].id
    mario = new_contact(book, "Mario", "393480000000")

    pending = book_slot(book, studio, task, mario.id, "2026-09-23T15:00:00+0200")  # the studio's policy
    assert (
        smshosting.unwrap(get_reservation.sync_detailed(studio, pending.id, client=book), Reservation).confirmation_date
        is UNSET
    )
    confirmed = change(book, studio, pending.id, status="CONFIRMED")
    assert confirmed.confirmation_date is not UNSET
    assert error_of(change, book, studio, pending.id, status="UNCONFIRMED") == (400, "BAD_STATUS")
    assert change(book, studio, pending.id, status="DELETED").cancel_date is not UNSET

    hosting_sim.control.call("POST", "smshosting/book/plan", {"reservation_limit": 0})
    assert error_of(book_slot, book, studio, task, mario.id, "2026-09-23T16:00:00+0200") == (400, "LIMIT_REACHED")
    hosting_sim.control.call("POST", "smshosting/book/plan", {"booking": False})
    assert error_of(list_calendars.sync_detailed, client=book) == (400, "PLAN_NOT_ENABLED")
    assert error_of(get_reservation.sync_detailed, studio, pending.id, client=book) == (400, "PLAN_NOT_ENABLED")


def test_list_reservations_filters_and_pages(book: Client, salon: tuple[int, dict[str, int]]) -> None:
    calendar_id, tasks = salon
    mario = new_contact(book, "Mario", "393480000000", lastname="Rossi")
    anna = new_contact(book, "Anna", "393400000001", lastname="Verdi")
    made = []
    for i, start in enumerate(slots(book, calendar_id, tasks["Taglio"])[:8]):
        who = mario if i % 2 == 0 else anna
        made.append(book_slot(book, calendar_id, tasks["Taglio"], who.id, f"2026-09-22T{start}:00+0200"))
    piega = book_slot(book, calendar_id, tasks["Piega"], anna.id, "2026-09-24T15:00:00+0200", status="UNCONFIRMED")
    smshosting.check(delete_reservation.sync_detailed(calendar_id, made[0].id, client=book))

    def listed(**params: Any) -> list[int]:
        found = smshosting.paginate(
            list_reservations, book, "reservation_list", limit=3, calendar_id=calendar_id, **params
        )
        return [r.id for r in found]

    assert listed() == [r.id for r in made] + [piega.id]  # by start time
    assert listed(task_id=tasks["Piega"]) == [piega.id]
    assert listed(status="UNCONFIRMED") == [piega.id]
    assert listed(status="DELETED") == [made[0].id]
    assert listed(query="rossi") == [r.id for r in made[::2]]
    assert listed(from_date="2026-09-23T00:00:00+0200") == [piega.id]
    assert listed(to_date="2026-09-22T10:00:00+0200") == [r.id for r in made[:3]]

    async def walk() -> list[int]:
        pages = smshosting.paginate(list_reservations, book, "reservation_list", limit=4, calendar_id=calendar_id)
        return [r.id async for r in pages]

    assert asyncio.run(walk()) == listed()
    assert error_of(list_reservations.sync_detailed, 1, client=book) == (404, "CALENDAR_NOT_FOUND")


def test_booking_is_isolated_between_accounts(book: Client, salon: tuple[int, dict[str, int]], new_tenant: Any) -> None:
    calendar_id, tasks = salon
    mario = new_contact(book, "Mario", "393480000000")
    made = book_slot(book, calendar_id, tasks["Taglio"], mario.id, "2026-09-22T10:00:00+0200")
    other, _ = new_tenant("booking-b")
    assert error_of(get_calendar.sync_detailed, calendar_id, client=other) == (404, "CALENDAR_NOT_FOUND")
    assert error_of(get_reservation.sync_detailed, calendar_id, made.id, client=other) == (404, "CALENDAR_NOT_FOUND")
    theirs = smshosting.unwrap(list_calendars.sync_detailed(client=other), BookingCalendarListResponse)
    their_calendar = theirs.calendar_list[0].id
    assert their_calendar != calendar_id
    # Their salon is free at 10:00; my contact is not theirs.
    their_tasks = smshosting.unwrap(
        list_calendar_tasks.sync_detailed(their_calendar, client=other), BookingTaskListResponse
    )
    assert "10:00" in slots(other, their_calendar, their_tasks.task_list[0].id)
    assert error_of(
        book_slot, other, their_calendar, their_tasks.task_list[0].id, mario.id, "2026-09-22T10:00:00+0200"
    ) == (400, "BAD_CONTACT")
