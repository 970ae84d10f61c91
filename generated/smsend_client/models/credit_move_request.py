from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreditMoveRequest")


@_attrs_define
class CreditMoveRequest:
    """Body of moveSubaccountCredits; the list must not be empty (D28)."""

    credits_: list[CreditMove]

    def to_dict(self) -> dict[str, Any]:
        credits_ = []
        for credits_item_data in self.credits_:
            credits_item = credits_item_data.to_dict()
            credits_.append(credits_item)

        field_dict: dict[str, Any] = {
            "credits": credits_,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.credits_ = list(map(CreditMove.from_dict, src_dict["credits"]))
        return obj


from ..models.credit_move import CreditMove  # noqa: E402
