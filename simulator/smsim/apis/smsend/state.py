"""State of the simulated smsend platform: accounts, credits, purchases, logins.

Rules the simulator keeps (and the tests rely on):

- every account has credits per message type (N, L, LL; EE appears in responses only);
- credit moves between a superaccount and its subaccounts conserve the sum and never make a
  balance negative; a move with several lines is applied all or nothing;
- a subaccount belongs to exactly one superaccount, and is invisible (404) to every other one;
- session keys expire after 5 minutes without a call, on the simulator's clock; access tokens
  do not expire;
- logins are unique across the platform.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ...clock import Clock
from ...kernel import ApiError

MESSAGE_TYPES = ("N", "L", "LL")
RESPONSE_CREDIT_TYPES = ("N", "L", "LL", "EE")
SESSION_IDLE_SECONDS = 300


@dataclass
class Purchase:
    id: int
    super_to_sub: bool
    amount: int
    price: float
    available: int
    create_time: str
    message_types: list[dict[str, Any]]

    def to_json(self) -> dict[str, Any]:
        return {
            "super-to-sub": self.super_to_sub,
            "amount": self.amount,
            "create-time": self.create_time,
            "id_purchase": self.id,
            "price": self.price,
            "available": self.available,
            "message-types": self.message_types,
        }


@dataclass
class Account:
    id: int
    login: str
    password: str
    user_key: str
    parent_id: int | None
    profile: dict[str, Any]
    credits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RESPONSE_CREDIT_TYPES, 0))
    active: bool = True
    create_time: str = ""
    purchases: dict[int, Purchase] = field(default_factory=dict)

    @property
    def is_superaccount(self) -> bool:
        return bool(self.profile.get("superaccount")) or self.parent_id is None

    @property
    def credit_eat_mode(self) -> int:
        return int(self.profile.get("credit-eat-mode", 0))

    def __repr__(self) -> str:  # never show the password or the user key
        return f"Account(id={self.id}, login={self.login!r}, parent_id={self.parent_id})"


@dataclass
class Login:
    account_id: int
    last_used: float
    expires: bool


def yyyymmdd(moment: datetime) -> str:
    return moment.strftime("%Y%m%d")


class SmsendState:
    """All accounts and logins of one simulated platform."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.accounts: dict[int, Account] = {}
        self.logins: dict[str, Login] = {}  # session keys and access tokens
        self.expired_keys: dict[str, int] = {}  # session keys that timed out -> account id
        self._next_id = 18100
        self._next_purchase = 20

    # -- accounts ---------------------------------------------------------------------------

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock.now(), UTC)

    def new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def by_login(self, login: str) -> Account | None:
        return next((a for a in self.accounts.values() if a.login == login), None)

    def create_account(
        self,
        login: str,
        password: str,
        profile: dict[str, Any],
        parent: Account | None,
        credits: dict[str, int] | None = None,
    ) -> Account:
        if self.by_login(login) is not None:
            raise ApiError(400, "LOGIN_ALREADY_EXISTS", f"login {login!r} is taken")
        now = self.now()
        account = Account(
            id=self.new_id(),
            login=login,
            password=password,
            user_key="",
            parent_id=parent.id if parent else None,
            profile=profile,
            create_time=yyyymmdd(now),
        )
        account.user_key = f"UK{account.id:08d}"
        for kind, amount in (credits or {}).items():
            account.credits[kind] = amount
        self.accounts[account.id] = account
        return account

    @staticmethod
    def generated_password() -> str:
        """What the platform does when a subaccount is created without a password."""
        return secrets.token_urlsafe(9)[:12]

    def subaccount_of(self, owner: Account, ref: str) -> Account:
        """The subaccount ``ref`` (numeric id or login) owned by ``owner``, else 404."""
        found = self.accounts.get(int(ref)) if ref.isascii() and ref.isdigit() else None  # not "³"
        if found is None:
            found = self.by_login(ref)
        if found is None or found.parent_id != owner.id:
            raise ApiError(404, "SUBACCOUNT_NOT_FOUND", "no such subaccount")
        return found

    def subaccounts(self, owner: Account) -> list[Account]:
        return sorted((a for a in self.accounts.values() if a.parent_id == owner.id), key=lambda a: a.id)

    # -- logins -----------------------------------------------------------------------------

    def login(self, username: str, password: str, *, expires: bool) -> tuple[Account, str]:
        account = self.by_login(username)
        # Bytes: compare_digest refuses str with non-ASCII characters, and a password may have them.
        given, stored = password.encode(), (account.password if account else "").encode()
        if account is None or not secrets.compare_digest(stored, given) or not account.active:
            raise ApiError(404, "WRONG_CREDENTIALS", "unknown username or wrong password")
        key = secrets.token_urlsafe(24)
        self.logins[key] = Login(account.id, self.clock.now(), expires)
        return account, key

    def authenticate(self, user_key: str | None, session_key: str | None, access_token: str | None) -> Account:
        """The account calling, or 401/404 as the API documents."""
        key = session_key if session_key is not None else access_token
        if not user_key or not key:
            raise ApiError(401, "MISSING_CREDENTIALS", "send user_key with Session_key or Access_token")
        login = self.logins.get(key)
        now = self.clock.now()
        if login is not None and login.expires and now - login.last_used > SESSION_IDLE_SECONDS:
            del self.logins[key]
            self.expired_keys[key] = login.account_id
            login = None
        if login is None or (session_key is not None) != login.expires:
            raise ApiError(401, "INVALID_CREDENTIALS", "session key or access token invalid or expired")
        account = self.accounts.get(login.account_id)
        if account is None or account.user_key != user_key:
            raise ApiError(401, "INVALID_CREDENTIALS", "user_key does not match the session key or access token")
        login.last_used = now
        return account

    def session_state(self, user_key: str | None, session_key: str | None, access_token: str | None) -> str:
        """``valid``, ``expired`` (a real session key that timed out) or ``invalid``, without renewing.

        For checkSession (S16), which must not count as activity and tells an expired session
        (``false``) from keys that never existed (``401``).
        """
        key = session_key if session_key is not None else access_token
        if not user_key or not key:
            return "invalid"
        login = self.logins.get(key)
        account_id = login.account_id if login is not None else self.expired_keys.get(key)
        account = self.accounts.get(account_id) if account_id is not None else None
        if account is None or account.user_key != user_key:
            return "invalid"
        if login is None:
            return "expired" if session_key is not None else "invalid"
        if (session_key is not None) != login.expires:
            return "invalid"
        if login.expires and self.clock.now() - login.last_used > SESSION_IDLE_SECONDS:
            return "expired"
        return "valid"

    def session_account(self, user_key: str | None, session_key: str | None, access_token: str | None) -> Account:
        """The account of keys that are valid or an expired session key, without renewing; else 401."""
        if self.session_state(user_key, session_key, access_token) == "invalid":
            raise ApiError(401, "INVALID_CREDENTIALS", "session key or access token invalid")
        key = session_key if session_key is not None else access_token
        login = self.logins.get(key or "")
        account_id = login.account_id if login is not None else self.expired_keys[key or ""]
        return self.accounts[account_id]

    def expire_sessions(self) -> int:
        expired = [k for k, v in self.logins.items() if v.expires]
        for key in expired:
            self.expired_keys[key] = self.logins.pop(key).account_id
        return len(expired)

    # -- credits ----------------------------------------------------------------------------

    def move_credits(self, owner: Account, sub: Account, moves: list[dict[str, Any]]) -> None:
        """Apply every move or none; balances never go below zero."""
        if sub.credit_eat_mode not in (0, 2):
            raise ApiError(400, "CREDIT_EAT_MODE", "credits can be moved only for credit-eat-mode 0 or 2")
        delta: dict[tuple[int, str], int] = {}
        for move in moves:
            kind, amount = move["message-type"], int(move["amount"])
            source, target = (owner, sub) if move["super-to-sub"] else (sub, owner)
            delta[(source.id, kind)] = delta.get((source.id, kind), 0) - amount
            delta[(target.id, kind)] = delta.get((target.id, kind), 0) + amount
        for (account_id, kind), change in delta.items():
            if self.accounts[account_id].credits.get(kind, 0) + change < 0:
                raise ApiError(400, "NOT_ENOUGH_CREDIT", f"not enough {kind} credits")
        for (account_id, kind), change in delta.items():
            credits = self.accounts[account_id].credits
            credits[kind] = credits.get(kind, 0) + change

    def total_credits(self, owner: Account) -> dict[str, int]:
        """Sum per message type over a superaccount and its subaccounts (conserved by moves)."""
        totals = dict(owner.credits)
        for sub in self.subaccounts(owner):
            for kind, amount in sub.credits.items():
                totals[kind] = totals.get(kind, 0) + amount
        return totals

    # -- purchases --------------------------------------------------------------------------

    def add_purchase(self, sub: Account, spec: dict[str, Any]) -> Purchase:
        self._next_purchase += 1
        price = float(spec["price"])
        purchase = Purchase(
            id=self._next_purchase,
            super_to_sub=bool(spec.get("super-to-sub", True)),
            amount=int(price),
            price=price,
            available=int(price),
            create_time=self.now().strftime("%Y%m%d%H%M%S"),
            message_types=[dict(m) for m in spec["message-types"]],
        )
        sub.purchases[purchase.id] = purchase
        return purchase
