"""What one smsend message is made of: encoding, parts, limits, numbers, sender, schedule.

Rules (spec decisions S-series in ``spec/smsend.decisions.md``):

- GSM-7 text costs one credit up to 160 characters, then one per 153-character part; the
  characters of the GSM extension table (``^{}\\[~]|€`` and form feed) count twice. UCS-2 text
  costs one credit up to 70 UTF-16 code units, then one per 67-unit part.
- A message is at most 1000 GSM characters or 450 UCS-2 units; the low-cost type ``LL`` is
  limited to a single part. ``encoding: gsm`` with a character outside GSM-7 is refused.
- Recipients are ``+`` or ``00`` followed by 6 to 15 digits; a bare 10-digit Italian mobile
  number (``3...``) gets ``+39``. Numbers are normalised to ``+digits``.
- Only the high-quality type ``N`` accepts a sender: a phone number, or an alias the account
  registered and that was approved. ``L`` and ``LL`` need an empty sender.
- ``scheduled_delivery_time`` takes the six documented formats, read in the IANA zone given in
  ``scheduled_delivery_timezone`` (default ``Europe/Rome``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ....kernel import ApiError

MESSAGE_TYPES = ("N", "L", "LL")
CUSTOM_SENDER_TYPES = frozenset({"N"})
PLATFORM_ZONE = "Europe/Rome"
MAX_GSM_CHARS = 1000
MAX_UCS2_UNITS = 450

_GSM_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENSION = "^{}\\[~]|€\f"
_GSM_BASIC_SET = frozenset(_GSM_BASIC)
_GSM_EXTENSION_SET = frozenset(_GSM_EXTENSION)
_NUMBER = re.compile(r"^(?:\+|00)(\d{6,15})$")
_ITALIAN_MOBILE = re.compile(r"^3\d{9}$")
_NUMERIC_SENDER = re.compile(r"^\+?\d{3,16}$")
_PLACEHOLDER = re.compile(r"\$\{([^}]+)\}")
_SCHEDULE_FORMATS = (
    (re.compile(r"^\d{6}$"), "%d%m%y"),
    (re.compile(r"^\d{8}$"), "%Y%m%d"),
    (re.compile(r"^\d{10}$"), "%d%m%y%H%M"),
    (re.compile(r"^\d{14}$"), "%Y%m%d%H%M%S"),
    (re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$"), "%Y-%m-%d %H:%M"),
    (re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}\.0$"), "%Y-%m-%d %H:%M.0"),
)


@dataclass(frozen=True)
class Cost:
    """How a text is encoded and how many parts (credits per recipient) it takes."""

    encoding: str  # "gsm" | "ucs2"
    length: int  # GSM septets or UTF-16 code units
    parts: int


def is_gsm(text: str) -> bool:
    return all(c in _GSM_BASIC_SET or c in _GSM_EXTENSION_SET for c in text)


def cost(text: str, encoding: str = "gsm", message_type: str = "N") -> Cost:
    """The parts ``text`` takes with ``encoding``, or 400 when it cannot be sent so."""
    if encoding == "gsm":
        if not is_gsm(text):
            raise ApiError(400, "INVALID_CONTENTS", "the message has characters outside GSM-7: use encoding ucs2")
        length = sum(2 if c in _GSM_EXTENSION_SET else 1 for c in text)
        single, multi, limit = 160, 153, MAX_GSM_CHARS
    elif encoding == "ucs2":
        length = len(text.encode("utf-16-le")) // 2
        single, multi, limit = 70, 67, MAX_UCS2_UNITS
    else:
        raise ApiError(400, "INVALID_ENCODING", "encoding must be gsm or ucs2")
    if length == 0:
        raise ApiError(400, "EMPTY_MESSAGE", "the message is empty")
    if length > limit:
        raise ApiError(400, "MESSAGE_TOO_LONG", f"the message is {length} long, at most {limit} with {encoding}")
    parts = 1 if length <= single else math.ceil(length / multi)
    if message_type == "LL" and parts > 1:
        detail = f"low-cost (LL) messages are one part: at most {single} with {encoding}"
        raise ApiError(400, "MESSAGE_TOO_LONG", detail)
    return Cost(encoding, length, parts)


def normalise_number(raw: str) -> str | None:
    """``+digits`` for a valid recipient number, ``None`` for an invalid one."""
    compact = re.sub(r"[\s.\-/()]", "", raw)
    if _ITALIAN_MOBILE.match(compact):
        return "+39" + compact
    match = _NUMBER.match(compact)
    return "+" + match.group(1) if match else None


def check_message_type(message_type: str) -> None:
    if message_type not in MESSAGE_TYPES:
        raise ApiError(400, "INVALID_MESSAGE_TYPE", "message_type must be N, L or LL")


def resolve_sender(message_type: str, sender: str | None, approved_aliases: Collection[str], preferred: str) -> str:
    """The sender the message goes out with, or 400 when the type does not allow it."""
    check_message_type(message_type)
    if not sender:
        return preferred if message_type in CUSTOM_SENDER_TYPES else ""
    if message_type not in CUSTOM_SENDER_TYPES:
        raise ApiError(400, "SENDER_NOT_ALLOWED", f"message type {message_type} does not allow a custom sender")
    if _NUMERIC_SENDER.match(sender) or sender in approved_aliases:
        return sender
    raise ApiError(400, "SENDER_NOT_ALLOWED", f"the alias {sender!r} is not registered and approved")


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or PLATFORM_ZONE)
    except (ZoneInfoNotFoundError, ValueError, OSError) as error:  # OSError: 'Europe' is a directory
        raise ApiError(400, "INVALID_TIMEZONE", f"unknown IANA time zone {name!r}") from error


def parse_moment(value: str, fmt: str, timezone: str | None) -> float:
    """Seconds since the epoch of ``value`` in format ``fmt`` and the IANA zone; 400 when invalid.

    Years outside 1900..9998 are refused, so that every accepted time can be shown in any zone.
    """
    tz = zone(timezone)
    try:
        moment = datetime.strptime(value, fmt)
    except ValueError as error:
        raise ApiError(400, "INVALID_DATE", f"{value!r} is not a valid date") from error
    if not 1900 <= moment.year <= 9998:
        raise ApiError(400, "INVALID_DATE", f"{value!r}: the year must be between 1900 and 9998")
    return moment.replace(tzinfo=tz).timestamp()


def parse_schedule(value: str, timezone: str | None) -> float:
    """Seconds since the epoch of a ``scheduled_delivery_time`` in one of the documented formats."""
    for pattern, fmt in _SCHEDULE_FORMATS:
        if pattern.match(value):
            return parse_moment(value, fmt, timezone)
    raise ApiError(
        400,
        "INVALID_DATE",
        "scheduled_delivery_time must be ddMMyy, yyyyMMdd, ddMMyyHHmm, yyyyMMddHHmmss, "
        "yyyy-MM-dd HH:mm or yyyy-MM-dd HH:mm.0",
    )


def parse_timestamp(value: str, timezone: str | None) -> float:
    """A ``yyyyMMddHHmmss`` date (history ranges) in the given zone."""
    if not re.match(r"^\d{14}$", value):
        raise ApiError(400, "INVALID_DATE", f"{value!r} is not a yyyyMMddHHmmss date")
    return parse_moment(value, "%Y%m%d%H%M%S", timezone)


def format_timestamp(moment: float, timezone: str | None = None) -> str:
    return datetime.fromtimestamp(moment, zone(timezone)).strftime("%Y%m%d%H%M%S")


def placeholders(text: str) -> list[str]:
    return _PLACEHOLDER.findall(text)


def render(text: str, values: Mapping[str, str]) -> str:
    """``text`` with every ``${name}`` replaced, or 400 naming the first missing value."""
    missing = [name for name in placeholders(text) if name not in values]
    if missing:
        raise ApiError(400, "MISSING_PARAMETER", f"no value for placeholder ${{{missing[0]}}}")
    return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), text)
