"""Per-account state of the Smshosting address-book area, and the helpers its handlers share.

Everything a tenant owns in this area lives in one :class:`BookStore`, kept in
``Account.stores["book"]``.  Dates, ids, paging and bulk jobs are the API's shared ones
(:mod:`..common`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ....kernel import ApiError
from ..common import BulkJob
from ..state import Account

FEATURES = ("fidelity", "coupons", "booking")


def check_features(store: BookStore, feature: str) -> None:
    if feature not in store.features:
        raise ApiError(400, "PLAN_NOT_ENABLED", f"the account's plan does not include {feature}")


# ----------------------------------------------------------------------------- contacts
@dataclass
class Contact:
    id: int
    name: str
    lastname: str = ""
    msisdn: str = ""
    email: str = ""
    unique_key: str = "msisdn"
    groups: list[int] = field(default_factory=list)
    custom: dict[str, str] = field(default_factory=dict)  # f_... -> value
    address: dict[str, str] = field(default_factory=dict)  # address, city, postCode, ...

    def value(self, key: str) -> str:
        """The value of a standard or custom field (``""`` when unset)."""
        if key in ("msisdn", "name", "lastname", "email"):
            return str(getattr(self, key))
        return self.custom.get(key) or self.address.get(key, "")


@dataclass
class Group:
    id: int
    name: str


@dataclass
class CustomField:
    id: int
    key: str
    name: str
    type: str
    options: list[tuple[str, str]] = field(default_factory=list)  # (value, label)


@dataclass(kw_only=True)
class ContactsUpload(BulkJob):
    """A CSV import (``uploadContactsBulk``): its rows are imported progressively until ``process_at``."""

    columns: list[str]
    rows: list[tuple[int, list[str]]]  # (row number, cells); the header is row 1
    done_rows: int = 0
    imported: int = 0
    errors: list[str] = field(default_factory=list)  # "row:message"
    finished: bool = False


# ----------------------------------------------------------------------------- GDPR
@dataclass
class PrivacyPolicy:
    id: int
    source: str
    value: str
    version: str
    inserted: float
    visible: bool


@dataclass
class GdprConsent:
    id: int
    title: str
    category: str
    description: str
    inserted: float
    visible: bool


@dataclass
class GdprRecord:
    seq: int
    kind: str  # PRIVACY | CONSENT
    item_id: int
    granted: bool
    at: float
    title: str
    ip: str = "127.0.0.1"
    source: str = "api"


# ----------------------------------------------------------------------------- fidelity
@dataclass
class Reward:
    id: int
    name: str
    points: int


@dataclass
class Program:
    id: int
    name: str
    point_value: float
    rewards: dict[int, Reward] = field(default_factory=dict)


@dataclass
class CardRecord:
    id: int
    action: str  # ADD | REWARD | AZZERA | CREATE
    points: int  # signed: what the movement did to the balance
    date: float
    amount: float | None = None
    reward_id: int | None = None
    note: str = ""


@dataclass
class Card:
    id: int
    program_id: int
    code: str
    contact_id: int
    activated: float
    active: bool = True
    records: list[CardRecord] = field(default_factory=list)

    @property
    def points(self) -> int:
        return sum(r.points for r in self.records)


# ----------------------------------------------------------------------------- coupons
@dataclass
class Campaign:
    id: int
    name: str
    type: str  # F | D
    inserted: float
    start: float | None = None
    end: float | None = None
    code: str | None = None  # the shared code of an F campaign


@dataclass
class Coupon:
    seq: int
    code: str
    campaign_id: int
    inserted: float
    usages: int = 0


# ----------------------------------------------------------------------------- booking
@dataclass
class Task:
    id: int
    name: str
    description: str
    duration: int  # minutes
    interval: int  # minutes kept free after each booking


@dataclass
class Calendar:
    id: int
    name: str
    code: str
    tasks: dict[int, Task]
    # Opening windows per weekday (0 = Monday) as (from, to) minutes after midnight.
    hours: dict[int, list[tuple[int, int]]]
    default_status: str = "CONFIRMED"


@dataclass
class Reservation:
    id: int
    calendar_id: int
    task_id: int
    contact_id: int
    start: float
    end: float
    blocked_until: float  # end plus the task's pause
    inserted: float
    status: str  # CONFIRMED | UNCONFIRMED | DELETED | REFUSED
    uuid: str
    note: str | None = None
    confirmed: float | None = None
    cancelled: float | None = None

    @property
    def active(self) -> bool:
        return self.status in ("CONFIRMED", "UNCONFIRMED")


# ----------------------------------------------------------------------------- the store
@dataclass
class BookStore:
    contacts: dict[int, Contact] = field(default_factory=dict)
    groups: dict[int, Group] = field(default_factory=dict)
    custom_fields: list[CustomField] = field(default_factory=list)
    bulk: ContactsUpload | None = None
    privacy: dict[int, PrivacyPolicy] = field(default_factory=dict)
    consents: dict[int, GdprConsent] = field(default_factory=dict)
    gdpr: dict[int, list[GdprRecord]] = field(default_factory=dict)  # contact id -> records
    gdpr_seq: int = 0
    programs: dict[int, Program] = field(default_factory=dict)
    cards: dict[int, Card] = field(default_factory=dict)  # card id -> card
    campaigns: dict[int, Campaign] = field(default_factory=dict)
    coupons: dict[str, Coupon] = field(default_factory=dict)  # code -> coupon
    coupon_seq: int = 0
    calendars: dict[int, Calendar] = field(default_factory=dict)
    reservations: dict[int, Reservation] = field(default_factory=dict)
    reservation_limit: int = 1000
    features: set[str] = field(default_factory=lambda: set(FEATURES))
    outbox: list[dict[str, str]] = field(default_factory=list)  # SMS the area would have sent

    def custom_field(self, key: str) -> CustomField | None:
        return next((f for f in self.custom_fields if f.key == key), None)

    def card(self, program_id: int, code: str) -> Card | None:
        return next((c for c in self.cards.values() if c.program_id == program_id and c.code == code), None)


def store_of(account: Account) -> BookStore:
    store = account.stores.get("book")
    if not isinstance(store, BookStore):  # an account made before this area existed
        raise ApiError(500, "GENERIC_ERROR", "account has no address book")
    return store
