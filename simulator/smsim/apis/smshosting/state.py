"""Smshosting tenants: accounts with credentials (AUTH_KEY / AUTH_SECRET) and credit.

Every account owns its own data in every area (its SMS, contacts, coupons...); the areas keep
that data in ``Account.stores[<area name>]``.  Resellers create subaccounts, which are accounts
with their own credentials and credit, invisible to every other reseller (404).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Account:
    id: int
    auth_key: str
    auth_secret: str
    credit: float  # euro
    parent_id: int | None = None
    profile: dict[str, Any] = field(default_factory=dict)
    stores: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True

    def __repr__(self) -> str:  # never the secret
        return f"Account(id={self.id}, auth_key={self.auth_key!r}, parent_id={self.parent_id})"

    def check_secret(self, secret: str) -> bool:
        return secrets.compare_digest(self.auth_secret.encode(), secret.encode())


class AccountRegistry:
    def __init__(self) -> None:
        self.by_id: dict[int, Account] = {}
        self.by_key: dict[str, Account] = {}
        self._next_id = 1000

    def create(
        self,
        auth_key: str | None,
        auth_secret: str | None,
        credit: float,
        parent: Account | None = None,
        profile: dict[str, Any] | None = None,
    ) -> Account:
        self._next_id += 1
        key = auth_key or f"K{secrets.token_hex(8)}"
        if key in self.by_key:
            raise ValueError(f"auth key {key!r} exists")
        account = Account(
            id=self._next_id,
            auth_key=key,
            auth_secret=auth_secret or secrets.token_urlsafe(18),
            credit=credit,
            parent_id=parent.id if parent else None,
            profile=dict(profile or {}),
        )
        self.by_id[account.id] = account
        self.by_key[account.auth_key] = account
        return account

    def delete(self, account: Account) -> None:
        self.by_id.pop(account.id, None)
        self.by_key.pop(account.auth_key, None)

    def children(self, parent: Account) -> list[Account]:
        return sorted((a for a in self.by_id.values() if a.parent_id == parent.id), key=lambda a: a.id)

    def authenticate(self, key: str, secret: str) -> Account | None:
        account = self.by_key.get(key)
        if account is None or not account.check_secret(secret) or not account.enabled:
            return None
        return account
