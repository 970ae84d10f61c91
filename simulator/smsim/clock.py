"""The simulator's clock: real time by default, frozen and advanced by hand in tests.

Everything in the simulator that expires or progresses (smsend sessions idle for 5 minutes,
scheduled SMS, delivery reports) reads this clock, never ``time.time()``, so a test can move
time forward with one call instead of sleeping.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime


class Clock:
    """Seconds since the epoch, either following real time or frozen at a value."""

    def __init__(self, start: float | None = None, *, frozen: bool = False) -> None:
        self._lock = threading.Lock()
        self._frozen = frozen
        # Offset added to real time; in frozen mode, the current value itself.
        self._value = (start if start is not None else time.time()) - (0 if frozen else time.time())

    @property
    def frozen(self) -> bool:
        return self._frozen

    def now(self) -> float:
        with self._lock:
            return self._value if self._frozen else time.time() + self._value

    def datetime(self) -> datetime:
        return datetime.fromtimestamp(self.now(), UTC)

    def advance(self, seconds: float) -> float:
        """Move time forward (never backward) and return the new time."""
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self._value += seconds
        return self.now()
