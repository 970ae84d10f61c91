from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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
        message_types = []
        for message_types_item_data in self.message_types:
            message_types_item = message_types_item_data.to_dict()
            message_types.append(message_types_item)

        field_dict: dict[str, Any] = {
            "super-to-sub": self.super_to_sub,
            "price": self.price,
            "message-types": message_types,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.super_to_sub = src_dict["super-to-sub"]
        obj.price = src_dict["price"]
        obj.message_types = list(map(PurchaseMessageTypeInput.from_dict, src_dict["message-types"]))
        return obj


from ..models.purchase_message_type_input import PurchaseMessageTypeInput  # noqa: E402
