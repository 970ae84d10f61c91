"""State of the Smshosting messaging area: per-account data, prices, text rules.

Everything here is plain data and pure functions; the handlers live in :mod:`.sms`, :mod:`.otp`,
:mod:`.email` and :mod:`.account`, and :class:`~smsim.apis.smshosting.messaging.Messaging` ties
them together.  Dates, ids, paging and bulk jobs are the API's shared ones (:mod:`..common`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from ....kernel import ApiError
from ..common import BulkJob, fmt_date, trimmed

# -- prices and limits ---------------------------------------------------------------------

ITALY_PRICE = 0.05  # euro per SMS part to an Italian number (msisdn starting with 39)
FOREIGN_PRICE = 0.08  # euro per SMS part to any other number
MAX_PARTS = 7
GSM_SINGLE, GSM_MULTI = 160, 153
UCS2_SINGLE, UCS2_MULTI = 70, 67
BINARY_SINGLE, BINARY_MULTI = 140, 134  # bytes
MAX_RECIPIENTS = 1000  # sendSms / estimateSms
MAX_EMAIL_RECIPIENTS = 50  # sendEmail
DELIVERY_DELAY = 5.0  # seconds from SENT to the final status
BULK_DELAY = 1.0  # seconds from sendSmsBulk to the processing of the queued send
EMAIL_DELIVERY_DELAY = 5.0
ALIAS_VERIFY_DELAY = 60.0  # a new alias is NOTVERIFIED for this long, then VERIFIED
NOT_DELIVERED_SUFFIX = "0000"  # numbers ending like this end NOTDELIVERED
PAST_DATE_TOLERANCE = 60.0  # a `date` up to this many seconds in the past means "now"
EMAIL_QUOTA = 1000  # e-mails an account may send (NO_CREDIT beyond)
YEAR = 365 * 86400.0

# -- GSM 03.38 -----------------------------------------------------------------------------

GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = frozenset("^{}\\[~]|€\f")

MSISDN_RE = re.compile(r"^\+?[0-9]{6,15}$")
PLACEHOLDER_RE = re.compile(r"\$\{([^{}]*)\}")
HEX_RE = re.compile(r"^(?:[0-9A-Fa-f]{2})+$")
# The same rule as the spec's e-mail patterns (ASCII controls and space, not Python's \s).
EMAIL_RE = re.compile(r"^[^@\x00-\x20\x7f,;<>]+@[^@\x00-\x20\x7f,;<>]+\.[A-Za-z]{2,}\Z")


def is_gsm(text: str) -> bool:
    return all(c in GSM_BASIC or c in GSM_EXTENSION for c in text)


def text_parts(text: str, encoding: str) -> int:
    """How many SMS parts ``text`` needs (1..7); BAD_ENCODING / BAD_TEXT otherwise.

    ``7BIT``: GSM 03.38, extension characters count twice, 160 per SMS, 153 per part when
    concatenated. ``UCS2`` (or ``AUTO`` with a character outside GSM 03.38): UTF-16 code units,
    70 per SMS, 67 per part.
    """
    if not text:
        raise ApiError(400, "BAD_TEXT", "empty text")
    gsm = is_gsm(text)
    if encoding == "7BIT" and not gsm:
        raise ApiError(400, "BAD_ENCODING", "the text has characters outside the GSM 7-bit alphabet")
    if encoding == "7BIT" or (encoding == "AUTO" and gsm):
        units, single, multi = sum(2 if c in GSM_EXTENSION else 1 for c in text), GSM_SINGLE, GSM_MULTI
    else:
        units, single, multi = len(text.encode("utf-16-le")) // 2, UCS2_SINGLE, UCS2_MULTI
    parts = 1 if units <= single else math.ceil(units / multi)
    if parts > MAX_PARTS:
        raise ApiError(400, "BAD_TEXT", f"text needs {parts} SMS, at most {MAX_PARTS} allowed")
    return parts


def binary_parts(hex_text: str) -> int:
    if not HEX_RE.match(hex_text):
        raise ApiError(400, "BAD_TEXT_HEX", "binary payload must be pairs of hex digits")
    size = len(hex_text) // 2
    parts = 1 if size <= BINARY_SINGLE else math.ceil(size / BINARY_MULTI)
    if parts > MAX_PARTS:
        raise ApiError(400, "BAD_TEXT", f"binary payload needs {parts} SMS, at most {MAX_PARTS} allowed")
    return parts


def unit_price(msisdn: str) -> float:
    return ITALY_PRICE if msisdn.startswith("39") else FOREIGN_PRICE


def money(amount: float) -> float:
    return round(amount + 0.0, 6)


def italy_sms(credit: float) -> int:
    return max(0, int(credit / ITALY_PRICE + 1e-9))


def normalize_msisdn(raw: str) -> str | None:
    """``+39 348...`` -> ``39348...``; None when not 6-15 digits with an optional ``+``."""
    cleaned = trimmed(raw).replace(" ", "")
    return cleaned.lstrip("+") if MSISDN_RE.match(cleaned) else None


# Bounded work per send (issue 13): a text of placeholders may be longer than the message it
# becomes, but not without bound; and no filled text longer than the longest message (7 parts
# of 153 GSM characters; every other encoding fits fewer) is ever built.
MAX_TEMPLATE_CHARS = 4 * MAX_PARTS * GSM_MULTI
MAX_FILLED_CHARS = MAX_PARTS * GSM_MULTI


def compile_template(text: str) -> list[str]:
    """``text`` split once into literal parts (even indexes) and placeholder names (odd ones)."""
    if len(text) > MAX_TEMPLATE_CHARS:
        raise ApiError(400, "BAD_TEXT", f"text longer than {MAX_TEMPLATE_CHARS} characters")
    return PLACEHOLDER_RE.split(text)


def fill_placeholders(template: list[str], values: dict[str, str]) -> str:
    """Replace every ``${name}`` of a :func:`compile_template` result; BAD_TEXT_PLACEHOLDER when a
    value is missing, BAD_TEXT as soon as the text grows longer than any message can be."""
    out: list[str] = []
    size = 0
    for index, part in enumerate(template):
        if index % 2:
            if part not in values:
                raise ApiError(400, "BAD_TEXT_PLACEHOLDER", f"no value for placeholder {part!r}")
            part = values[part]
        size += len(part)
        if size > MAX_FILLED_CHARS:
            raise ApiError(400, "BAD_TEXT", f"the filled text is longer than {MAX_FILLED_CHARS} characters")
        out.append(part)
    return "".join(out)


# -- state ---------------------------------------------------------------------------------


@dataclass
class Sms:
    id: int
    to: str
    text: str
    sender: str
    transaction_id: str
    parts: int
    price: float
    insert_at: float
    due_at: float
    status: str = "PENDING"  # PENDING -> SENT -> DELIVERED | NOTDELIVERED; PENDING -> NOSENT
    sent_at: float | None = None
    final_at: float | None = None
    status_callback: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "to": self.to,
            "text": self.text,
            "from": self.sender,
            "status": self.status,
            "insertDate": fmt_date(self.insert_at),
            "sentDate": fmt_date(self.sent_at) if self.sent_at is not None else None,
            "deliveryDate": fmt_date(self.final_at)
            if self.final_at is not None and self.status == "DELIVERED"
            else None,
            "transactionId": self.transaction_id,
            "price": self.price,
        }


@dataclass
class Recipient:
    """One resolved recipient of a send: the number as given, normalised, and its own text."""

    given: str
    msisdn: str | None  # None: malformed number
    text: str = ""
    parts: int = 0
    duplicate: bool = False

    @property
    def ok(self) -> bool:
        return self.msisdn is not None and not self.duplicate

    @property
    def cost(self) -> float:
        return self.parts * unit_price(self.msisdn) if self.ok and self.msisdn else 0.0

    def refusal(self) -> str:
        return "DUPLICATESMS" if self.duplicate else "BADNUMBERFORMAT"


@dataclass(kw_only=True)
class SmsBulk(BulkJob):
    """A ``sendSmsBulk`` accepted at ``submitted`` and sent at ``process_at``."""

    transaction_id: str
    sender: str
    text: str
    recipients: list[Recipient]
    due_at: float
    status_callback: str | None
    transaction_callback: str | None


@dataclass
class Otp:
    verify_id: str
    to: str
    sender: str
    app_id: str
    code: str
    submit_at: float
    valid_until: float
    max_retry: int
    sandbox: bool
    sms_id: int | None
    state: str = "PENDING"  # PENDING, VERIFIED, FAILED (attempts used up), CANCELLED, EXPIRED
    checks: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Email:
    id: int
    to: str
    template_id: int
    campaign_id: int | None
    insert_at: float
    due_at: float
    status: str = "INSERTED"  # INSERTED -> SENT -> DELIVERED | BOUNCED
    status_at: float = 0.0
    sent_at: float | None = None

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": self.id,
            "templateId": self.template_id,
            "to": self.to,
            "status": self.status,
            "statusDate": fmt_date(self.status_at),
            "insertDate": fmt_date(self.insert_at),
            "sentDate": fmt_date(self.sent_at) if self.sent_at is not None else None,
        }
        if self.campaign_id is not None:
            body["campaignId"] = self.campaign_id
        return body


@dataclass
class Campaign:
    id: int
    title: str
    template_id: int
    sender: str
    sender_name: str
    subject: str
    preview: str
    open_tracking: bool
    link_tracking: bool
    email_ids: list[int]
    not_inserted: int


@dataclass
class Inbound:
    id: int
    sim_id: str
    sender: str
    text: str
    receive_at: float

    def to_json(self) -> dict[str, Any]:
        return {"from": self.sender, "text": self.text, "receiveDate": fmt_date(self.receive_at), "simId": self.sim_id}


@dataclass
class Alias:
    id: int
    fields: dict[str, str]
    verify_at: float

    def status(self, now: float) -> str:
        return "VERIFIED" if now >= self.verify_at else "NOTVERIFIED"

    def to_json(self, now: float) -> dict[str, Any]:
        return {"id": self.id, **self.fields, "status": self.status(now)}


@dataclass
class MessagingStore:
    """Everything the messaging area keeps for one account."""

    created_at: float
    expires_at: float
    sms: dict[int, Sms] = field(default_factory=dict)
    by_transaction: dict[str, list[int]] = field(default_factory=dict)
    active: set[int] = field(default_factory=set)  # SMS not yet in a final status
    bulks: list[SmsBulk] = field(default_factory=list)
    otps: dict[str, Otp] = field(default_factory=dict)
    otp_sends: list[tuple[float, str]] = field(default_factory=list)  # (time, msisdn) for ANTISPAM
    senders: list[dict[str, Any]] = field(default_factory=list)
    templates: dict[int, dict[str, Any]] = field(default_factory=dict)
    campaigns: dict[int, Campaign] = field(default_factory=dict)
    emails: dict[int, Email] = field(default_factory=dict)
    emails_active: set[int] = field(default_factory=set)
    email_quota: int = EMAIL_QUOTA
    services: list[dict[str, Any]] = field(default_factory=list)
    inbound: list[Inbound] = field(default_factory=list)
    aliases: dict[int, Alias] = field(default_factory=dict)
    password: str | None = None  # sub-accounts only; never returned
    next_due: float = math.inf  # earliest time tick() has work for this account
