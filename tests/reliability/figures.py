"""Figures of the fault matrix: for every scenario, what happened to each requested item.

Each requested item (an SMS to one recipient, a subaccount, a credit move) ends up as exactly
one of: *sent* once, *duplicated* (applied more than once), *reported* (the caller was told it
was not done or that its outcome is unknown: ``rejected``, ``NotSentError``,
``OutcomeUnknownError``, a refused transactionId...) or *lost* (not applied and not reported, or
reported done while not applied).  Duplicated and lost must be 0 everywhere.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass


@dataclass
class Tally:
    requested: int = 0
    sent: int = 0
    duplicated: int = 0
    lost: int = 0
    unknown: int = 0
    not_sent: int = 0

    def add(self, other: Tally) -> None:
        for name in ("requested", "sent", "duplicated", "lost", "unknown", "not_sent"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def judge(applied: int, reported_done: bool, reported: str | None) -> Tally:
    """The tally of one requested item: applied ``applied`` times; the caller was told it was
    done (``reported_done``), or told ``reported`` ("unknown" / "not_sent"), or nothing."""
    tally = Tally(requested=1)
    if applied > 1:
        tally.duplicated = applied - 1
    if applied >= 1:
        tally.sent = 1
        if reported == "not_sent":  # told "not sent" while it was: the caller will send it again
            tally.duplicated += 1
        elif reported == "unknown":
            tally.unknown = 1
    elif reported == "unknown":
        tally.unknown = 1
    elif reported == "not_sent":
        tally.not_sent = 1
    else:
        tally.lost = 1  # neither applied nor reported (or reported done: silently dropped)
    if applied == 0 and reported_done:
        tally.lost = 1
    return tally


class Figures:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.rows: dict[tuple[str, str, str], Tally] = {}

    def record(self, api: str, scenario: str, mode: str, tally: Tally) -> None:
        with self._lock:
            self.rows.setdefault((api, scenario, mode), Tally()).add(tally)

    def table(self) -> list[str]:
        if not self.rows:
            return []
        lines = [
            "| API | scenario | mode | requested | sent | duplicated | lost | reported unknown | reported not sent |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        total = Tally()
        for (api, scenario, mode), t in sorted(self.rows.items()):
            total.add(t)
            lines.append(
                f"| {api} | {scenario} | {mode} | {t.requested} | {t.sent} | {t.duplicated} | {t.lost} "
                f"| {t.unknown} | {t.not_sent} |"
            )
        r = max(total.requested, 1)
        per = [f"{getattr(total, k) / r:.2f}" for k in ("sent", "duplicated", "lost", "unknown", "not_sent")]
        lines.append(f"| total (per requested) | | | {total.requested} | " + " | ".join(per) + " |")
        return lines


FIGURES = Figures()
