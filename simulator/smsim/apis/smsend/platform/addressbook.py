"""The smsend address book: contacts, contact groups and the SMS blacklist, per account.

Rules (spec decisions S19-S26 in ``spec/smsend.decisions.md``):

- A contact needs an e-mail or a phone number; a phone number must be valid (it is stored
  normalised, ``+digits``). ``groupIds`` must name groups of the same account. Ids are
  platform-wide integers, shown as strings in paths.
- A batch of contacts is all or nothing. On a clash (same phone number or e-mail as an
  existing contact) ``updateExistingContact`` updates the existing contact (keeping its groups
  only with ``keepExistingGroupsAndCampaigns``); otherwise the old contact is replaced.
- Group names are unique per account (the group send addresses groups by name). Deleting a
  group removes its memberships, and with ``deletecontacts`` its contacts too.
- The blacklist holds normalised numbers with the time and origin (``API``, ``WEB``,
  ``STOPSMS``) they were added; adding a number twice keeps the first entry. Batches are all
  or nothing. A contact is blacklisted through its phone number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ....kernel import ApiError
from ....openapi.ecma import is_blank
from .messages import normalise_number

BLACKLIST_ORIGINS = ("API", "WEB", "STOPSMS")


def _number(ref: str | int) -> int | None:
    """An id given in a path: ASCII digits only (``'³'.isdigit()`` is true but not an int)."""
    text = str(ref)
    return int(text) if text.isascii() and text.isdigit() else None


@dataclass
class Contact:
    id: int
    account_id: int
    fields: dict[str, Any]
    groups: set[int] = field(default_factory=set)

    @property
    def phone(self) -> str:
        return str(self.fields.get("phoneNumber") or "")

    @property
    def email(self) -> str:
        return str(self.fields.get("email") or "")


@dataclass
class Group:
    id: int
    account_id: int
    name: str
    description: str


@dataclass(frozen=True)
class BlacklistEntry:
    number: str
    added: float
    origin: str


@dataclass
class AddressBook:
    contacts: dict[int, Contact] = field(default_factory=dict)
    groups: dict[int, Group] = field(default_factory=dict)
    blacklists: dict[int, dict[str, BlacklistEntry]] = field(default_factory=dict)
    _next_contact: int = 1000
    _next_group: int = 100

    # -- contacts ---------------------------------------------------------------------------------

    def _checked_fields(self, account_id: int, fields: Mapping[str, Any]) -> dict[str, Any]:
        data = dict(fields)
        phone = str(data.get("phoneNumber") or "")
        if not phone and not data.get("email"):
            raise ApiError(400, "CONTACT_INCOMPLETE", "a contact needs an email or a phoneNumber")
        if phone:
            number = normalise_number(phone)
            if number is None:
                raise ApiError(400, "INVALID_PHONE_NUMBER", f"{phone!r} is not a valid phone number")
            data["phoneNumber"] = number
        for group_id in data.get("groupIds") or []:
            found = self.groups.get(_number(group_id) or -1)
            if found is None or found.account_id != account_id:
                raise ApiError(400, "GROUP_NOT_FOUND", f"no contacts group {group_id}")
        return data

    def _insert(self, account_id: int, data: dict[str, Any], groups: Iterable[int] = ()) -> Contact:
        self._next_contact += 1
        member_of = {int(g) for g in data.pop("groupIds", None) or []} | set(groups)
        contact = Contact(self._next_contact, account_id, data, member_of)
        self.contacts[contact.id] = contact
        return contact

    def add_contact(self, account_id: int, fields: Mapping[str, Any]) -> Contact:
        return self._insert(account_id, self._checked_fields(account_id, fields))

    def _clash(self, account_id: int, data: Mapping[str, Any]) -> Contact | None:
        for contact in self.contacts.values():
            if contact.account_id != account_id:
                continue
            if (data.get("phoneNumber") and contact.phone == data["phoneNumber"]) or (
                data.get("email") and contact.email == data["email"]
            ):
                return contact
        return None

    def add_contacts(
        self, account_id: int, batch: list[Mapping[str, Any]], *, update_existing: bool, keep_groups: bool
    ) -> int:
        checked = [self._checked_fields(account_id, fields) for fields in batch]  # all or nothing
        for data in checked:
            existing = self._clash(account_id, data)
            if existing is not None and update_existing:
                groups = {int(g) for g in data.pop("groupIds", None) or []}
                existing.fields.update(data)
                existing.groups = existing.groups | groups if keep_groups else groups
                continue
            kept: set[int] = set()
            if existing is not None:
                kept = existing.groups if keep_groups else set()
                del self.contacts[existing.id]
            self._insert(account_id, data, kept)
        return len(checked)

    def contact(self, account_id: int, contact_id: str | int) -> Contact:
        found = self.contacts.get(_number(contact_id) or -1)
        if found is None or found.account_id != account_id:
            raise ApiError(404, "CONTACT_NOT_FOUND", "no such contact")
        return found

    @staticmethod
    def contact_json(contact: Contact) -> dict[str, Any]:
        return {"id": str(contact.id), **contact.fields, "groupIds": [str(g) for g in sorted(contact.groups)]}

    # -- groups -----------------------------------------------------------------------------------

    def group(self, account_id: int, group_id: str | int) -> Group:
        found = self.groups.get(_number(group_id) or -1)
        if found is None or found.account_id != account_id:
            raise ApiError(404, "GROUP_NOT_FOUND", "no such contacts group")
        return found

    def _check_name(self, account_id: int, name: str, other_than: int | None = None) -> None:
        if is_blank(name):
            raise ApiError(400, "INVALID_GROUP_NAME", "the group name is empty")
        for group in self.groups.values():
            if group.account_id == account_id and group.name == name and group.id != other_than:
                raise ApiError(400, "INVALID_GROUP_NAME", f"a group named {name!r} exists")

    def create_group(self, account_id: int, name: str, description: str) -> Group:
        self._check_name(account_id, name)
        self._next_group += 1
        group = Group(self._next_group, account_id, name, description)
        self.groups[group.id] = group
        return group

    def update_group(self, account_id: int, group_id: str | int, name: str, description: str) -> Group:
        group = self.group(account_id, group_id)
        self._check_name(account_id, name, other_than=group.id)
        group.name, group.description = name, description
        return group

    def members(self, group: Group) -> list[Contact]:
        return sorted((c for c in self.contacts.values() if group.id in c.groups), key=lambda c: c.id)

    def delete_group(self, account_id: int, group_id: str | int, *, delete_contacts: bool) -> None:
        group = self.group(account_id, group_id)
        for contact in self.members(group):
            if delete_contacts:
                del self.contacts[contact.id]
            else:
                contact.groups.discard(group.id)
        del self.groups[group.id]

    def list_groups(self, account_id: int) -> list[Group]:
        return sorted((g for g in self.groups.values() if g.account_id == account_id), key=lambda g: g.id)

    def numbers_of_groups(self, account_id: int, names: Iterable[str]) -> list[str]:
        """The phone numbers of the contacts of the named groups (400 for an unknown name)."""
        by_name = {g.name: g for g in self.list_groups(account_id)}
        numbers: list[str] = []
        for name in names:
            group = by_name.get(name)
            if group is None:
                raise ApiError(400, "GROUP_NOT_FOUND", f"no contacts group named {name!r}")
            numbers += [c.phone for c in self.members(group) if c.phone]
        return numbers

    # -- blacklist --------------------------------------------------------------------------------

    def blacklist(self, account_id: int) -> dict[str, BlacklistEntry]:
        return self.blacklists.setdefault(account_id, {})

    def blacklist_numbers(self, account_id: int, raw_numbers: Iterable[str], now: float, origin: str = "API") -> int:
        numbers = []
        for raw in raw_numbers:
            number = normalise_number(raw)
            if number is None:
                raise ApiError(400, "INVALID_PHONE_NUMBER", f"{raw!r} is not a valid phone number")
            numbers.append(number)
        entries = self.blacklist(account_id)
        for number in numbers:
            entries.setdefault(number, BlacklistEntry(number, now, origin))
        return len(numbers)

    def blacklist_contacts(self, account_id: int, contact_ids: Iterable[str], now: float) -> int:
        contacts = [self.contact(account_id, cid) for cid in contact_ids]
        phoneless = [str(c.id) for c in contacts if not c.phone]
        if phoneless:
            raise ApiError(400, "CONTACT_WITHOUT_PHONE", f"contact {phoneless[0]} has no phone number")
        return self.blacklist_numbers(account_id, [c.phone for c in contacts], now)

    def blacklisted(
        self,
        account_id: int,
        *,
        start: float | None = None,
        end: float | None = None,
        number: str | None = None,
        origins: Iterable[str] | None = None,
    ) -> list[BlacklistEntry]:
        wanted = set(origins) if origins is not None else None
        found = [
            entry
            for entry in self.blacklist(account_id).values()
            if (start is None or entry.added >= start)
            and (end is None or entry.added <= end)
            and (not number or number in entry.number)
            and (wanted is None or entry.origin in wanted)
        ]
        return sorted(found, key=lambda e: (e.added, e.number))
