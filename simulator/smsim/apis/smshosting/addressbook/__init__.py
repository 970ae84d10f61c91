"""The address-book area of the simulated Smshosting API (spec part 2, 46 operations).

Contacts, contact lists, custom fields, the bulk CSV import and GDPR consents live in
:mod:`.contacts`; fidelity cards and coupons in :mod:`.loyalty`; booking
in :mod:`.booking`; the per-account state in :mod:`.state`.  This module
puts them together as the area object :class:`AddressBook` that :mod:`.handlers` expects.

Every tenant has its own :class:`~.state.BookStore` in ``Account.stores["book"]``,
seeded when the account is created with four custom fields (``f_indirizzo`` TEXT, ``f_cap``
NUMBER, ``f_compleanno`` DATE, ``f_taglia`` SELECT), two privacy notices, three consents, two
fidelity programmes with two rewards each and two booking calendars.  Ids come from counters
shared by all accounts, so another account's id is simply "not found".

Choices where the spec leaves the behaviour open (each module docstring has the details):

- ``searchContacts`` without any filter answers every contact, page by page (the Java
  client's reading; the spec allows that or 400 ``NO_PARAMS``); ``fieldKey`` without
  ``fieldValue`` (or the reverse) is 400 ``NO_PARAMS``;
- ``createContact`` answers the ``created`` view (no ``email``/``groups``, like the sample);
  ``updateContact``, ``updateGroup``, ``deleteFidelityCardRecord`` and ``deleteReservation``
  answer 204;
- the bulk import takes :data:`~.contacts.BULK_SECONDS` (2 s) of simulator time;
- fidelity: points = floor(amount / pointValue); balances never go below zero (``BAD_POINTS``);
- coupons: ``D`` coupons are redeemed once (``ALREADY_USED``), the ``F`` code any number of times;
- booking: a reservation takes its slot out of ``listTaskSlots``; double-booking is
  ``BAD_DATE``;
- deleting a contact (or a list with ``delete_contacts=true``) deletes its GDPR history; its
  fidelity cards stay (without ``contactDetail``) and so do its reservations.

For the messaging area: :meth:`AddressBook.group_recipients` (numbers of a list's contacts)
and :meth:`AddressBook.group_emails` (their e-mail addresses).

Control-plane actions (``/_sim/smshosting/<action>``, JSON body, ``auth_key`` selects the
account, the demo account by default):

- ``POST book/plan`` ``{"fidelity": bool, "coupons": bool, "booking": bool,
  "reservation_limit": int}``: turn plan features off/on (off: 400 ``PLAN_NOT_ENABLED``);
- ``GET book/rewards``: the fidelity programmes with their reward ids and costs;
- ``GET book/outbox``: the SMS this area would have sent (card issued, reward reached).
"""

from __future__ import annotations

from typing import Any

from ....kernel import ControlAction
from ..common import AreaHandler, Host
from ..state import Account
from .booking import Booking
from .contacts import BULK_SECONDS, Contacts
from .loyalty import Loyalty, points_for
from .state import FEATURES, BookStore, store_of

__all__ = ["BULK_SECONDS", "AddressBook", "BookStore", "points_for"]


class AddressBook:
    """The ``book`` area: contacts, lists, custom fields, GDPR, fidelity, coupons, booking."""

    name = "book"

    def __init__(self, api: Host) -> None:
        self.api = api
        self.ids = api.ids
        self.contacts = Contacts(self.ids, self.now)
        self.loyalty = Loyalty(self.ids, self.now, self.contacts)
        self.booking = Booking(self.ids, self.now)

    def now(self) -> float:
        return self.api.clock.now()

    # -- the Area protocol ------------------------------------------------------------------

    def handlers(self) -> dict[str, AreaHandler]:
        return {**self.contacts.handlers(), **self.loyalty.handlers(), **self.booking.handlers()}

    def new_store(self, account: Account) -> BookStore:
        store = BookStore()
        self.contacts.seed(store)
        self.loyalty.seed(store)
        self.booking.seed(store)
        return store

    def tick(self, now: float) -> None:
        for account in list(self.api.accounts.by_id.values()):
            store = account.stores.get(self.name)
            if isinstance(store, BookStore):
                self.contacts.advance_bulk(store, now)

    def control_actions(self) -> dict[tuple[str, str], ControlAction]:
        return {
            ("POST", "book/plan"): self.control_plan,
            ("GET", "book/rewards"): self.control_rewards,
            ("GET", "book/outbox"): self.control_outbox,
        }

    def _store_for(self, payload: dict[str, Any]) -> BookStore:
        key = str(payload.get("auth_key") or "demo-auth-key")
        account = self.api.accounts.by_key.get(key)
        if account is None:
            raise KeyError(f"no account with auth_key {key!r}")
        return store_of(account)

    def control_plan(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``POST book/plan`` ``{auth_key?, <feature>: bool..., reservation_limit?}``: the plan's features."""
        store = self._store_for(payload)
        for feature in FEATURES:
            if feature in payload:
                (store.features.add if bool(payload[feature]) else store.features.discard)(feature)
        if "reservation_limit" in payload:
            store.reservation_limit = max(0, int(payload["reservation_limit"]))
        return {"features": sorted(store.features), "reservation_limit": store.reservation_limit}

    def control_rewards(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``GET book/rewards`` ``{auth_key?}``: the fidelity programs and their rewards."""
        store = self._store_for(payload)
        return {
            "programs": [
                {
                    "id": p.id,
                    "name": p.name,
                    "pointValue": p.point_value,
                    "rewards": [{"id": r.id, "name": r.name, "points": r.points} for r in p.rewards.values()],
                }
                for p in store.programs.values()
            ]
        }

    def control_outbox(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``GET book/outbox`` ``{auth_key?}``: the messages the address book sent (coupons, bookings)."""
        return {"messages": list(self._store_for(payload).outbox)}

    # -- for the messaging area ---------------------------------------------------------------

    def group_recipients(self, account: Account, group_id: str | int) -> list[str] | None:
        """The mobile numbers of the contacts of list ``group_id`` of ``account`` (de-duplicated,
        contacts without a number skipped), or None when the account has no such list."""
        store = account.stores.get(self.name)
        if not isinstance(store, BookStore):
            return None
        return self.contacts.recipients(store, group_id)

    def group_emails(self, account: Account, group_id: str | int) -> list[str] | None:
        """The e-mail addresses of the contacts of list ``group_id`` (contacts without one
        skipped), or None when the account has no such list."""
        store = account.stores.get(self.name)
        if not isinstance(store, BookStore):
            return None
        return self.contacts.recipients(store, group_id, field="email")
