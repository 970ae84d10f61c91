"""What the handler groups of the messaging area share: the host API, ids, clock, stores, schedules."""

from __future__ import annotations

from typing import Any, cast

from ....kernel import ApiError
from ..common import Host, trimmed
from ..state import Account
from .state import MessagingStore


class MessagingContext:
    """The messaging area as its handler groups (:mod:`.sms`, :mod:`.otp`, :mod:`.email`,
    :mod:`.account`) see it."""

    name = "messaging"

    def __init__(self, api: Host) -> None:
        self.api = api

    def now(self) -> float:
        return self.api.clock.now()

    def new_id(self, kind: str) -> int:
        return self.api.ids.next(kind)

    @staticmethod
    def store(account: Account) -> MessagingStore:
        return cast(MessagingStore, account.stores["messaging"])

    def account_for(self, payload: dict[str, Any]) -> Account:
        account = self.api.accounts.by_key.get(str(payload["auth_key"]))
        if account is None:
            raise KeyError("no account with that auth_key")
        return account

    def schedule(self, store: MessagingStore, at: float) -> None:
        store.next_due = min(store.next_due, at)

    def group_members(self, account: Account, group: str) -> list[str]:
        """Numbers of the address-book lists in ``group`` (comma-separated ids); BAD_GROUP."""
        members: list[str] = []
        for raw in group.split(","):
            gid = trimmed(raw)
            numeric = gid.isascii() and gid.isdigit() and len(gid) < 19  # not "³": a digit to isdigit only
            found = self.api.group_recipients(account, int(gid)) if numeric else None
            if found is None:
                raise ApiError(400, "BAD_GROUP", "unknown address-book group")
            members.extend(found)
        return members

    def group_emails(self, account: Account, group_id: int) -> list[str]:
        """E-mail addresses of one address-book list; BAD_GROUP when unknown."""
        found = self.api.group_emails(account, group_id)
        if found is None:
            raise ApiError(400, "BAD_GROUP", "unknown address-book group")
        return found
