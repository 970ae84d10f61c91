from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.credit_move import CreditMove


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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "credits": credits_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_move import CreditMove  # noqa: PLC0415

        d = dict(src_dict)
        credits_ = []
        _credits_ = d.pop("credits")
        for credits_item_data in _credits_:
            credits_item = CreditMove.from_dict(credits_item_data)

            credits_.append(credits_item)

        credit_move_request = cls(
            credits_=credits_,
        )

        return credit_move_request
