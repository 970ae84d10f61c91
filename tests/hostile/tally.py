"""The battery's figures: every answer the served simulator gave it, and the 5xx among them.

Shared by the battery's modules and printed in the terminal summary (``conftest.py``), so the
figures reach the person running the suite even when pytest captures output.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field


@dataclass
class Tally:
    tried: int = 0
    answered: int = 0
    server_errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, what: str, status: int | None) -> None:
        """One request sent; ``status`` is None when no HTTP answer came back (the connection was
        closed by the server, which is the right answer to some malformed requests)."""
        with self.lock:
            self.tried += 1
            if status is not None:
                self.answered += 1
                if status >= 500:
                    self.server_errors.append(f"{status} {what}"[:200])

    def summary(self) -> str:
        return (
            f"hostile-input battery: {self.tried} requests tried, {self.answered} answered, "
            f"{len(self.server_errors)} 5xx seen"
        )


TALLY = Tally()
