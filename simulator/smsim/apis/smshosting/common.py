"""What every area of the simulated Smshosting API shares, defined once: dates, ids, paging,
bulk jobs, the JSON answer, and the area/host protocols.

- Dates: the API's ``yyyy-MM-ddTHH:mm:ss+hhmm`` form (spec decision S7), written in the
  gateway's own time zone, Europe/Rome, like the vendor's samples; ``fromDate``/``toDate``
  filters are read with :func:`date_range` (BAD_DATE when malformed or reversed).
- Ids: one allocator (:class:`Ids`) per simulated API, shared by every account, so that an id of
  one tenant never names anything of another (such ids simply answer "not found").
- Paging: ``offset``/``limit`` pages with their ``metadata`` block (:func:`page`).
- Bulk jobs: work accepted now and carried out later on the simulator clock (:class:`BulkJob`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any, Protocol, TypeVar

from ...callbacks import CallbackSender
from ...clock import Clock
from ...kernel import ApiError, ControlAction, Handler, SimResponse, json_response
from ...openapi.ecma import WHITE_SPACE
from .state import Account, AccountRegistry

T = TypeVar("T")

AreaHandler = Handler[Account]
"""A Smshosting handler: the account that authenticated, the validated request."""

Now = Callable[[], float]

# -- dates -----------------------------------------------------------------------------------

DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def _rome() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Rome")
    except Exception:  # no tz database on this machine: UTC is still a valid offset
        return UTC


ROME = _rome()


@functools.lru_cache(maxsize=4096)  # a pure function; listings format the same moments again and again
def fmt_date(moment: float) -> str:
    """``2026-09-21T16:13:20+0200``: the API's date-time form, in Italian local time."""
    return datetime.fromtimestamp(moment, ROME).strftime(DATE_FORMAT)


def fmt_dotted(moment: float) -> str:
    """``21.09.2026``: the API's ``dd.MM.yyyy`` date (pack validity, birth dates), Italian local time."""
    return datetime.fromtimestamp(moment, ROME).strftime("%d.%m.%Y")


def parse_date(text: Any, code: str = "BAD_DATE", *, echoed: bool = False) -> float:
    """Epoch seconds of an API date-time; 400 ``code`` when malformed or out of range.

    The years 1900 to 9000 are those written (what the spec's pattern checks).  A date the
    simulator stores and answers back (``echoed``) is answered in Italian time, so there the
    moment itself must lie in those years: ``1900-01-01T00:00:00+1100`` is 1899 in Rome, and
    answering it would break the answer's own schema.
    """
    try:
        moment = datetime.strptime(str(text), DATE_FORMAT)
        if not 1900 <= moment.year <= 9000:
            raise ValueError("year out of range")
        if echoed and not 1900 <= moment.astimezone(ROME).year <= 9000:
            raise ValueError("year out of range in Italian time")
        return moment.timestamp()
    except (ValueError, OverflowError, OSError):
        raise ApiError(400, code, "date-time must be yyyy-MM-ddTHH:mm:ss+hhmm, years 1900 to 9000") from None


def date_range(query: dict[str, Any], low: str = "fromDate", high: str = "toDate") -> tuple[float | None, float | None]:
    """The optional ``fromDate``/``toDate`` filters of a search as epoch seconds; BAD_DATE when
    malformed or when the start is after the end."""
    start = parse_date(query[low]) if query.get(low) not in (None, "") else None
    end = parse_date(query[high]) if query.get(high) not in (None, "") else None
    if start is not None and end is not None and start > end:
        raise ApiError(400, "BAD_DATE", f"{low} is after {high}")
    return start, end


def in_range(moment: float, start: float | None, end: float | None) -> bool:
    """Whether ``moment`` passes the bounds of :func:`date_range` (both inclusive)."""
    return (start is None or moment >= start) and (end is None or moment <= end)


# -- ids ---------------------------------------------------------------------------------------


class Ids:
    """The one id allocator of the API: a counter per kind of object, shared by every account.

    The first id of a kind is its start value plus one; the values look like the vendor's samples.
    """

    START = {
        # messaging
        "sms": 410_000_000,
        "email": 869_000,
        "email_campaign": 13_800,
        "template": 2_000,
        "sender": 0,
        "alias": 13_000,
        "service": 264,
        "inbound": 0,
        # address book
        "contact": 12_000_000,
        "group": 13_000,
        "field": 11_230,
        "privacy": 4_600,
        "consent": 7_680,
        "program": 37,
        "reward": 500,
        "card": 2_660,
        "record": 123_000,
        "coupon_campaign": 75,
        "calendar": 122,
        "task": 1_233,
        "reservation": 12_344,
    }

    def __init__(self) -> None:
        self._last = dict(self.START)

    def next(self, kind: str) -> int:
        if kind not in self._last:
            raise KeyError(f"no id counter for {kind!r}")
        self._last[kind] += 1
        return self._last[kind]


# -- paging ------------------------------------------------------------------------------------


def page(items: Sequence[T], query: dict[str, Any]) -> tuple[list[T], dict[str, int]]:
    """One ``offset``/``limit`` page of ``items`` and its ``metadata`` block."""
    offset, limit = int(query.get("offset", 0)), int(query.get("limit", 20))
    return list(items[offset : offset + limit]), {"count": len(items), "offset": offset, "limit": limit}


def ok(payload: Any) -> SimResponse:
    """A 200 JSON answer."""
    return json_response(200, payload)


# -- bulk jobs ---------------------------------------------------------------------------------


@dataclass(kw_only=True)
class BulkJob:
    """Work accepted at ``submitted`` and carried out by ``process_at`` on the simulator clock
    (a queued bulk send, a CSV import); the areas add what the work is about."""

    submitted: float
    process_at: float
    finished: bool = False

    def due(self, now: float) -> bool:
        return now >= self.process_at

    def progress(self, now: float) -> float:
        """The share of the work that is due by ``now`` (0..1)."""
        span = self.process_at - self.submitted
        if span <= 0 or now >= self.process_at:
            return 1.0
        return max(0.0, (now - self.submitted) / span)


# -- what the areas see of the API, and what the API sees of an area ------------------------------


class Host(Protocol):
    """The simulated API as its areas see it (:class:`~.handlers.SmshostingApi`)."""

    @property
    def clock(self) -> Clock: ...

    @property
    def ids(self) -> Ids: ...

    @property
    def accounts(self) -> AccountRegistry: ...

    @property
    def callbacks(self) -> CallbackSender: ...

    def create_account(
        self,
        key: str | None,
        secret: str | None,
        credit: float,
        *,
        parent: Account | None = None,
        reseller: bool = False,
        profile: dict[str, Any] | None = None,
    ) -> Account: ...

    def group_recipients(self, account: Account, group_id: str | int) -> list[str] | None:
        """The mobile numbers of an address-book list, None when the account has no such list."""
        ...

    def group_emails(self, account: Account, group_id: str | int) -> list[str] | None:
        """The e-mail addresses of an address-book list, None when the account has no such list."""
        ...


class Area(Protocol):
    """One area of the API (messaging, address book): its handlers, per-account data and ticks."""

    @property
    def name(self) -> str:
        """The key of its per-account data in ``Account.stores``."""
        ...

    def handlers(self) -> dict[str, AreaHandler]: ...

    def new_store(self, account: Account) -> Any:
        """The empty per-account data of a new tenant."""
        ...

    def tick(self, now: float) -> None:
        """Progress time-driven state (scheduled sends, delivery reports, bulk jobs)."""
        ...

    def control_actions(self) -> dict[tuple[str, str], ControlAction]:
        """Its control-plane actions under ``/_sim/smshosting/``."""
        ...


def trimmed(text: object) -> str:
    """``text`` without leading and trailing white space (ECMA-262's: :data:`smsim.openapi.ecma.WHITE_SPACE`)."""
    return str(text).strip(WHITE_SPACE)
