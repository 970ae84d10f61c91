"""Two-factor PINs: one pending PIN per account and phone number, with expiry and few tries.

Rules (spec decisions in ``spec/smsend.decisions.md``):

- A request makes a new 6-digit PIN for the number, replacing any pending one; it expires after
  ``expiry`` minutes (default 60, 1 to 1440).
- A PIN allows :data:`MAX_TRIES` verifications. A right PIN is consumed (a second verify of it
  fails); a wrong one costs a try; an expired PIN, a used-up one or none at all fails with no
  tries remaining.
- The message is the request's ``messageBody`` with ``%PIN%`` replaced, or the PIN appended when
  the placeholder is missing, or a default text.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from ....kernel import ApiError

MAX_TRIES = 3
DEFAULT_EXPIRY_MINUTES = 60
DEFAULT_BODY = "Il tuo codice di verifica è %PIN%"
PIN_PLACEHOLDER = "%PIN%"


@dataclass
class Pin:
    code: str
    expires: float
    tries_left: int = MAX_TRIES


@dataclass(frozen=True)
class Verdict:
    valid: bool
    tries_left: int
    reason: str = ""


@dataclass
class TwoFactor:
    pins: dict[tuple[int, str], Pin] = field(default_factory=dict)

    def issue(self, account_id: int, number: str, now: float, expiry_minutes: int | None = None) -> Pin:
        minutes = DEFAULT_EXPIRY_MINUTES if expiry_minutes is None else expiry_minutes
        if not 1 <= minutes <= 1440:
            raise ApiError(400, "INVALID_EXPIRY", "expiry is in minutes, 1 to 1440")
        pin = Pin(code=f"{secrets.randbelow(1_000_000):06d}", expires=now + 60 * minutes)
        self.pins[(account_id, number)] = pin
        return pin

    @staticmethod
    def message(pin: Pin, body: str | None) -> str:
        text = body or DEFAULT_BODY
        if PIN_PLACEHOLDER in text:
            return text.replace(PIN_PLACEHOLDER, pin.code)
        return f"{text} {pin.code}"

    def verify(self, account_id: int, number: str, code: str, now: float) -> Verdict:
        pin = self.pins.get((account_id, number))
        if pin is None:
            return Verdict(False, 0, "no PIN pending for this recipient")
        if now >= pin.expires:
            del self.pins[(account_id, number)]
            return Verdict(False, 0, "the PIN expired")
        # bytes: compare_digest refuses str with non-ASCII characters (a PIN is ASCII digits)
        if secrets.compare_digest(pin.code.encode(), code.encode("utf-8", "replace")):
            del self.pins[(account_id, number)]
            return Verdict(True, pin.tries_left)
        pin.tries_left -= 1
        if pin.tries_left <= 0:
            del self.pins[(account_id, number)]
        return Verdict(False, max(pin.tries_left, 0), "wrong PIN")
