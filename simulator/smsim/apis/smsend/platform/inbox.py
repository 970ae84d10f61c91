"""Received SMS (on the account's reception SIMs) and French MO messages (S30-S33).

- Messages arrive only through the control plane; each gets a platform-wide increasing id.
- "New messages" are those not yet returned by the new-messages call for that account and
  SIM (a cursor per account and SIM), at most ``limit`` (1 to 100) per call, oldest first.
- "After a message" returns the messages of one SIM with a greater id, at most ``limit``.
- The history pages through the messages received in a time range, newest first.
- MO messages (STOP / CONTACT / OTHER) are kept apart, paged the same way.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from ....kernel import ApiError
from .messages import normalise_number

MO_TYPES = ("STOP", "CONTACT", "OTHER")


@dataclass(frozen=True)
class Received:
    id: int
    account_id: int
    sim: str
    sender: str
    text: str
    received: float
    mo_type: str | None = None


def sims(raw: str | None) -> set[str] | None:
    """The SIM numbers of an ``id_sim`` path value (comma-separated), ``None`` for all SIMs."""
    if raw is None:
        return None
    found = set()
    for part in raw.split(","):
        number = normalise_number(part)
        if number is None:
            raise ApiError(400, "INVALID_SIM", f"{part!r} is not a phone number")
        found.add(number)
    return found


@dataclass
class Inbox:
    messages: list[Received] = field(default_factory=list)
    cursors: dict[tuple[int, str], int] = field(default_factory=dict)  # (account, sim) -> last id returned
    _next: int = 0

    def receive(
        self, account_id: int, sim: str, sender: str, text: str, now: float, mo_type: str | None = None
    ) -> Received:
        number, origin = normalise_number(sim), normalise_number(sender)
        if number is None or origin is None:
            raise ValueError("sim and sender must be phone numbers")
        if mo_type is not None and mo_type not in MO_TYPES:
            raise ValueError(f"type must be one of {MO_TYPES}")
        self._next += 1
        message = Received(self._next, account_id, number, origin, text, now, mo_type)
        self.messages.append(message)
        return message

    def _of(self, account_id: int, wanted: Collection[str] | None) -> list[Received]:
        return [
            m
            for m in self.messages
            if m.account_id == account_id and m.mo_type is None and (wanted is None or m.sim in wanted)
        ]

    def new(self, account_id: int, wanted: Collection[str] | None, limit: int) -> list[Received]:
        fresh = [m for m in self._of(account_id, wanted) if m.id > self.cursors.get((account_id, m.sim), 0)]
        taken = fresh[:limit]
        for message in taken:
            self.cursors[(account_id, message.sim)] = message.id
        return taken

    def after(self, account_id: int, wanted: Collection[str], after_id: int, limit: int) -> list[Received]:
        return [m for m in self._of(account_id, wanted) if m.id > after_id][:limit]

    def history(self, account_id: int, wanted: Collection[str] | None, start: float, end: float) -> list[Received]:
        found = [m for m in self._of(account_id, wanted) if start <= m.received <= end]
        return sorted(found, key=lambda m: m.id, reverse=True)

    def mo_history(self, account_id: int, mo_type: str, start: float | None, end: float | None) -> list[Received]:
        found = [
            m
            for m in self.messages
            if m.account_id == account_id
            and m.mo_type == mo_type
            and (start is None or m.received >= start)
            and (end is None or m.received <= end)
        ]
        return sorted(found, key=lambda m: m.id, reverse=True)
