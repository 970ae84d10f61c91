from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.purchase_message_type_input import PurchaseMessageTypeInput


T = TypeVar("T", bound="PurchaseInput")


@_attrs_define
class PurchaseInput:
    """One purchase to create (D12)."""

    super_to_sub: bool
    """ Sent by every documented sample but absent from the field table; required by
    this spec (D12).
     """
    price: float
    """ Documented as a decimal but described as the quantity of purchased credits; the
    purchase list reports the same value as `amount` (D12). Must be above 0 (D28).
     """
    message_types: list[PurchaseMessageTypeInput]

    def to_dict(self) -> dict[str, Any]:
        super_to_sub = self.super_to_sub

        price = self.price

        message_types = []
        for message_types_item_data in self.message_types:
            message_types_item = message_types_item_data.to_dict()
            message_types.append(message_types_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "super-to-sub": super_to_sub,
                "price": price,
                "message-types": message_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_message_type_input import PurchaseMessageTypeInput  # noqa: PLC0415

        d = dict(src_dict)
        super_to_sub = d.pop("super-to-sub")

        price = d.pop("price")

        message_types = []
        _message_types = d.pop("message-types")
        for message_types_item_data in _message_types:
            message_types_item = PurchaseMessageTypeInput.from_dict(message_types_item_data)

            message_types.append(message_types_item)

        purchase_input = cls(
            super_to_sub=super_to_sub,
            price=price,
            message_types=message_types,
        )

        return purchase_input
