"""Operations: what one operation of the spec accepts, compiled once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .parameters import _Field
from .types import _Validator


# ----------------------------------------------------------------------------- operations
@dataclass(frozen=True, slots=True)
class _Media:
    kind: str  # json | form | multipart | text | raw | any (a wildcard media type)
    validator: _Validator | None
    fields: dict[str, _Field]  # form/multipart properties
    closed: bool
    groups: tuple[tuple[str, ...], ...]


@dataclass(eq=False, slots=True)
class Operation:
    operation_id: str
    method: str
    path: str  # the template as declared
    raw: dict[str, Any]  # the operation object from the spec
    fields: dict[str, dict[str, _Field]]  # "path" / "query" / "header" -> name -> field
    validators: dict[str, _Validator | None]  # same keys
    security_headers: tuple[str, ...]
    body_required: bool
    media: dict[str, _Media] | None  # None: no requestBody declared
    one_of_required: tuple[tuple[str, ...], ...]
