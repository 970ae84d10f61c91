"""A small table of fault-matrix figures, printed at the end of a test module."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Report:
    title: str
    rows: list[tuple[str, str, int, int, int, int]] = field(default_factory=list)

    def row(self, call: str, fault: str, fired: dict[str, int], retried: int, applied: int, requested: int) -> None:
        self.rows.append((call, fault, sum(fired.values()), retried, applied, requested))

    def totals(self) -> tuple[int, int, int, int]:
        faults = sum(r[2] for r in self.rows)
        retried = sum(r[3] for r in self.rows)
        applied = sum(r[4] for r in self.rows)
        requested = sum(r[5] for r in self.rows)
        return faults, retried, applied, requested

    def print(self) -> None:
        if not self.rows:
            return
        print(f"\n\n{self.title}")
        print("| call | fault | faults injected | retried | applied per requested |")
        print("|---|---|---|---|---|")
        for call, fault, faults, retried, applied, requested in self.rows:
            print(f"| {call} | {fault} | {faults} | {retried} | {applied / requested:.2f} |")
        faults, retried, applied, requested = self.totals()
        lost = max(0, requested - applied)
        print(f"| total | | {faults} | {retried} | {applied / requested:.2f} (lost: {lost}) |")
