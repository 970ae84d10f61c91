"""Booking (beta): calendars, their services (tasks), free slots and reservations.

Rules the simulator keeps (the vendor documents none of them):

- every account starts with two calendars (see :meth:`Booking.seed`), open Monday to Saturday
  09:00-13:00 and 15:00-20:00 Italian time, closed on Sunday;
- a task's slots start at the opening of each window and follow one another every
  ``duration + intervalBetweenTasks`` minutes, as long as the service ends by the closing;
- a calendar is one resource: a slot is free when it lies in the future and no active
  (``CONFIRMED``/``UNCONFIRMED``) reservation of the calendar overlaps it, pause included;
  ``listTaskSlots`` lists only free slots, so a booked slot disappears and comes back when the
  reservation is deleted, refused or moved;
- ``createReservation`` (and ``updateReservation`` with a new ``date``) must start exactly on a
  free slot of the task, otherwise 400 ``BAD_DATE`` (this includes double-booking);
- deleting a reservation marks it ``DELETED`` (it stays readable, with ``cancelDate``); a
  second delete answers 400 ``BAD_STATUS``; a deleted, refused or past reservation cannot be
  changed (400 ``RESERVATION_EXPIRED``); a confirmed one can only be confirmed again, refused or
  deleted (400 ``BAD_STATUS`` otherwise).
"""

from __future__ import annotations

import secrets
from datetime import date, datetime, time
from typing import Any

from ....kernel import ApiError, SimResponse, empty_response
from ....openapi import ValidatedRequest
from ..common import ROME, AreaHandler, Ids, Now, date_range, fmt_date, in_range, ok, page, parse_date, trimmed
from ..state import Account
from .state import BookStore, Calendar, Reservation, Task, check_features, store_of

OPENING_HOURS = [(9 * 60, 13 * 60), (15 * 60, 20 * 60)]
WEEK = {day: list(OPENING_HOURS) for day in range(6)}  # Monday..Saturday


class Booking:
    """Handlers of the Booking tag."""

    def __init__(self, ids: Ids, now: Now) -> None:
        self.ids = ids
        self.now = now

    def handlers(self) -> dict[str, AreaHandler]:
        return {
            "listCalendars": self.list_calendars,
            "getCalendar": self.get_calendar,
            "listCalendarTasks": self.list_calendar_tasks,
            "getCalendarTask": self.get_calendar_task,
            "listTaskSlots": self.list_task_slots,
            "listReservations": self.list_reservations,
            "createReservation": self.create_reservation,
            "getReservation": self.get_reservation,
            "updateReservation": self.update_reservation,
            "deleteReservation": self.delete_reservation,
        }

    def seed(self, store: BookStore) -> None:
        """A hair salon (confirms bookings itself) and a studio (bookings wait for approval)."""
        for name, status, tasks in (
            ("Prenotazioni Salone", "CONFIRMED", (("Taglio", "", 30, 0), ("Piega", "Piega e styling", 45, 15))),
            ("Studio Consulenze", "UNCONFIRMED", (("Consulenza", "Un'ora con un consulente", 60, 0),)),
        ):
            task_map = {}
            for task_name, description, duration, pause in tasks:
                task = Task(self.ids.next("task"), task_name, description, duration, pause)
                task_map[task.id] = task
            calendar = Calendar(self.ids.next("calendar"), name, secrets.token_hex(10), task_map, WEEK, status)
            store.calendars[calendar.id] = calendar

    # -- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _calendar(store: BookStore, request: ValidatedRequest, code: str = "CALENDAR_NOT_FOUND") -> Calendar:
        check_features(store, "booking")
        calendar = store.calendars.get(request.path_params["calendarId"])
        if calendar is None:
            raise ApiError(404, code, "no calendar has this id")
        return calendar

    @staticmethod
    def _task(calendar: Calendar, task_id: Any) -> Task:
        task = calendar.tasks.get(task_id) if isinstance(task_id, int) else None
        if task is None:
            raise ApiError(404, "TASK_NOT_FOUND", "no task of this calendar has this id")
        return task

    @staticmethod
    def _reservation(store: BookStore, calendar: Calendar, request: ValidatedRequest) -> Reservation:
        found = store.reservations.get(request.path_params["reservationId"])
        if found is None or found.calendar_id != calendar.id:
            raise ApiError(404, "RESERVATION_NOT_FOUND", "no reservation of this calendar has this id")
        return found

    @staticmethod
    def task_json(task: Task) -> dict[str, Any]:
        return {
            "id": task.id,
            "name": task.name,
            "description": task.description,
            "duration": task.duration,
            "intervalBetweenTasks": task.interval,
        }

    @staticmethod
    def reservation_json(r: Reservation, view: str = "detail") -> dict[str, Any]:
        """``created`` has no note nor confirmation/cancellation times (as the vendor's sample);
        ``list`` has no ``gSyncData``; ``detail`` has everything that is set."""
        body: dict[str, Any] = {
            "id": r.id,
            "contactId": r.contact_id,
            "task": r.task_id,
            "start": fmt_date(r.start),
            "end": fmt_date(r.end),
            "insertDate": fmt_date(r.inserted),
        }
        if view != "created":
            if r.confirmed is not None:
                body["confirmationDate"] = fmt_date(r.confirmed)
            if r.cancelled is not None:
                body["cancelDate"] = fmt_date(r.cancelled)
        body["uuid"] = r.uuid
        if view != "created" and r.note is not None:
            body["note"] = r.note
        if view == "detail":
            body["gSyncData"] = {}
        return body

    def free_slots(
        self, store: BookStore, calendar: Calendar, task: Task, day: date, ignore: int | None = None
    ) -> list[tuple[str, float]]:
        """(``HH:mm``, start) of every free slot of ``task`` on ``day``."""
        step = max(task.duration + task.interval, 5)
        busy = [
            (r.start, r.blocked_until)
            for r in store.reservations.values()
            if r.calendar_id == calendar.id and r.active and r.id != ignore
        ]
        now, slots = self.now(), []
        for opening, closing in calendar.hours.get(day.weekday(), []):
            minute = opening
            while minute + task.duration <= closing:
                local = datetime.combine(day, time(minute // 60, minute % 60), ROME)
                start = local.timestamp()
                blocked = start + (task.duration + task.interval) * 60
                if start > now and all(blocked <= b_start or start >= b_end for b_start, b_end in busy):
                    slots.append((f"{minute // 60:02d}:{minute % 60:02d}", start))
                minute += step
        return slots

    def _slot_start(
        self, store: BookStore, calendar: Calendar, task: Task, text: Any, ignore: int | None = None
    ) -> float:
        """The start of a requested reservation: it must be a free slot of the task."""
        start = parse_date(text, echoed=True)
        day = datetime.fromtimestamp(start, ROME).date()
        if not any(abs(slot - start) < 1 for _, slot in self.free_slots(store, calendar, task, day, ignore)):
            raise ApiError(400, "BAD_DATE", "the start is not a free slot of this task")
        return start

    # -- calendars and tasks ----------------------------------------------------------------

    def list_calendars(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        check_features(store, "booking")
        calendars = sorted(store.calendars.values(), key=lambda c: c.id)
        return ok({"calendarList": [{"id": c.id, "name": c.name, "code": c.code} for c in calendars]})

    def get_calendar(self, account: Account, request: ValidatedRequest) -> SimResponse:
        calendar = self._calendar(store_of(account), request)
        tasks = [self.task_json(t) for t in sorted(calendar.tasks.values(), key=lambda t: t.id)]
        return ok({"id": calendar.id, "name": calendar.name, "code": calendar.code, "taskList": tasks})

    def list_calendar_tasks(self, account: Account, request: ValidatedRequest) -> SimResponse:
        calendar = self._calendar(store_of(account), request)
        return ok({"taskList": [self.task_json(t) for t in sorted(calendar.tasks.values(), key=lambda t: t.id)]})

    def get_calendar_task(self, account: Account, request: ValidatedRequest) -> SimResponse:
        calendar = self._calendar(store_of(account), request)
        return ok(self.task_json(self._task(calendar, request.path_params["taskId"])))

    def list_task_slots(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        calendar = self._calendar(store, request)
        task = self._task(calendar, request.path_params["taskId"])
        try:
            day = date.fromisoformat(str(request.query["date"]))
        except ValueError:
            raise ApiError(400, "BAD_DATE", "date must be yyyy-MM-dd") from None
        if not 1900 <= day.year <= 9000:
            raise ApiError(400, "BAD_DATE", "date out of range")
        return ok({"slotList": [text for text, _ in self.free_slots(store, calendar, task, day)]})

    # -- reservations -----------------------------------------------------------------------

    def list_reservations(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store, q = store_of(account), request.query
        calendar = self._calendar(store, request)
        needle = trimmed(q["query"]).lower() if q.get("query") is not None else None
        found = []
        for r in sorted(store.reservations.values(), key=lambda r: (r.start, r.id)):
            if r.calendar_id != calendar.id or not in_range(r.start, *date_range(q)):
                continue
            if q.get("taskId") is not None and r.task_id != q["taskId"]:
                continue
            if q.get("status") is not None and r.status != q["status"]:
                continue
            if needle is not None:
                contact = store.contacts.get(r.contact_id)
                names = f"{contact.name} {contact.lastname}".lower() if contact else ""
                if needle not in names:
                    continue
            found.append(r)
        items, metadata = page(found, q)
        return ok({"metadata": metadata, "reservationList": [self.reservation_json(r, "list") for r in items]})

    def create_reservation(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store, body = store_of(account), request.body
        calendar = self._calendar(store, request)
        task = self._task(calendar, body["taskId"])
        if body["contactId"] not in store.contacts:
            raise ApiError(400, "BAD_CONTACT", "no contact has this id")
        status = body.get("status") or calendar.default_status
        if status not in ("CONFIRMED", "UNCONFIRMED"):
            raise ApiError(400, "BAD_STATUS", "status must be CONFIRMED or UNCONFIRMED")
        if sum(1 for r in store.reservations.values() if r.active) >= store.reservation_limit:
            raise ApiError(400, "LIMIT_REACHED", "the plan's reservation allowance is used up")
        start = self._slot_start(store, calendar, task, body["date"])
        now = self.now()
        rid = self.ids.next("reservation")
        reservation = Reservation(
            id=rid,
            calendar_id=calendar.id,
            task_id=task.id,
            contact_id=body["contactId"],
            start=start,
            end=start + task.duration * 60,
            blocked_until=start + (task.duration + task.interval) * 60,
            inserted=now,
            status=status,
            uuid=f"{rid}-{secrets.token_hex(5)}",
            note=body.get("note"),
            confirmed=now if status == "CONFIRMED" else None,
        )
        store.reservations[rid] = reservation
        return ok(self.reservation_json(reservation, "created"))

    def get_reservation(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        return ok(self.reservation_json(self._reservation(store, self._calendar(store, request), request)))

    def update_reservation(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store, body = store_of(account), request.body or {}
        calendar = self._calendar(store, request)
        reservation = self._reservation(store, calendar, request)
        now = self.now()
        if not reservation.active or reservation.start <= now:
            raise ApiError(400, "RESERVATION_EXPIRED", "the reservation is deleted, refused or in the past")
        status = body.get("status")
        if status is not None and reservation.status == "CONFIRMED" and status == "UNCONFIRMED":
            raise ApiError(400, "BAD_STATUS", "a confirmed reservation can only be refused or deleted")
        contact_id = body.get("contactId")
        if contact_id is not None and contact_id not in store.contacts:
            raise ApiError(400, "BAD_CONTACT", "no contact has this id")
        start = reservation.start
        if body.get("date") is not None and status not in ("DELETED", "REFUSED"):
            task = calendar.tasks.get(reservation.task_id)
            if task is None:
                raise ApiError(404, "TASK_NOT_FOUND", "the task of this reservation no longer exists")
            start = self._slot_start(store, calendar, task, body["date"], ignore=reservation.id)
            reservation.end = start + task.duration * 60
            reservation.blocked_until = start + (task.duration + task.interval) * 60
        reservation.start = start
        if contact_id is not None:
            reservation.contact_id = contact_id
        if body.get("note") is not None:
            reservation.note = body["note"]
        if status is not None and status != reservation.status:
            reservation.status = status
            if status == "CONFIRMED":
                reservation.confirmed = now
            elif status in ("DELETED", "REFUSED"):
                reservation.cancelled = now
        return ok(self.reservation_json(reservation))

    def delete_reservation(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        calendar = self._calendar(store, request, code="RESERVATION_NOT_FOUND")
        reservation = self._reservation(store, calendar, request)
        if not reservation.active:
            raise ApiError(400, "BAD_STATUS", "the reservation is already deleted")
        reservation.status = "DELETED"
        reservation.cancelled = self.now()
        return empty_response(204)
