"""TPOA sender aliases with their approval state (spec decisions S27-S29).

- An alias is 1 to 11 letters, digits, spaces, ``.``, ``-`` or ``_`` with at least one letter
  (an alphanumeric SMS sender), unique per account; it starts ``0`` (unconfirmed).
- Its state moves only through the control plane (the platform's staff and AGCOM approve it):
  ``0`` unconfirmed, ``1`` confirmed by smsend, ``2`` confirmed by AGCOM, ``3`` blocked by
  smsend, ``4`` blocked by AGCOM, ``9`` pre-confirmed by smsend.
- Only an alias in state ``2`` may be used as the sender of an ``N`` message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ....kernel import ApiError

STATES = {
    0: "unconfirmed",
    1: "confirmed by smsend",
    2: "confirmed by AGCOM",
    3: "blocked by smsend",
    4: "blocked by AGCOM",
    9: "pre-confirmed by smsend",
}
USABLE_STATES = frozenset({2})
_ALIAS = re.compile(r"^(?=.*[A-Za-z])[A-Za-z0-9 ._\-]{1,11}$")


@dataclass
class Alias:
    id: int
    account_id: int
    fields: dict[str, Any]
    state: int = 0

    @property
    def name(self) -> str:
        return str(self.fields["alias"])

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, **self.fields, "alias-state": self.state}


@dataclass
class Aliases:
    aliases: dict[int, Alias] = field(default_factory=dict)
    _next: int = 500

    def create(self, account_id: int, fields: Mapping[str, Any]) -> Alias:
        name = str(fields["alias"])
        if not _ALIAS.match(name):
            raise ApiError(400, "INVALID_ALIAS", "an alias is 1 to 11 letters, digits, spaces, '.', '-', '_'")
        if any(a.account_id == account_id and a.name == name for a in self.aliases.values()):
            raise ApiError(400, "ALIAS_EXISTS", f"the alias {name!r} is already registered")
        self._next += 1
        alias = Alias(self._next, account_id, dict(fields))
        self.aliases[alias.id] = alias
        return alias

    def get(self, account_id: int, alias_id: int) -> Alias:
        alias = self.aliases.get(alias_id)
        if alias is None or alias.account_id != account_id:
            raise ApiError(404, "ALIAS_NOT_FOUND", "no such alias")
        return alias

    def delete(self, account_id: int, alias_id: int) -> None:
        del self.aliases[self.get(account_id, alias_id).id]

    def of(self, account_id: int, *, hide_not_approved: bool = False) -> list[Alias]:
        found = [a for a in self.aliases.values() if a.account_id == account_id]
        if hide_not_approved:
            found = [a for a in found if a.state in USABLE_STATES]
        return sorted(found, key=lambda a: a.id)

    def usable(self, account_id: int) -> set[str]:
        return {a.name for a in self.of(account_id, hide_not_approved=True)}

    def set_state(self, alias_id: int, state: int) -> Alias:
        """The control plane's approval step."""
        if state not in STATES:
            raise ValueError(f"alias-state must be one of {sorted(STATES)}")
        alias = self.aliases.get(alias_id)
        if alias is None:
            raise KeyError(f"no alias {alias_id}")
        alias.state = state
        return alias
