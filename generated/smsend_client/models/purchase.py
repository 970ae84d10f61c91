from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Purchase")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "super-to-sub",
        "amount",
        "create-time",
        "id_purchase",
        "price",
        "available",
        "message-types",
    )
)


@_attrs_define
class Purchase:
    """A purchase as listed by listSubaccountPurchases."""

    super_to_sub: bool
    amount: int
    """ Purchased credits (same value as `price` in the samples, D12). """
    create_time: str
    """ Creation time, `yyyyMMddHHmmss` (D11). """
    id_purchase: int
    """ Purchase id, usable as `{purchase_id}`; snake_case in the API (D18). """
    price: float
    available: int
    """ Credits of this purchase still available. """
    message_types: list[PurchaseMessageType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_types = []
        for message_types_item_data in self.message_types:
            message_types_item = message_types_item_data.to_dict()
            message_types.append(message_types_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "super-to-sub": self.super_to_sub,
            "amount": self.amount,
            "create-time": self.create_time,
            "id_purchase": self.id_purchase,
            "price": self.price,
            "available": self.available,
            "message-types": message_types,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.super_to_sub = src_dict["super-to-sub"]
        obj.amount = src_dict["amount"]
        obj.create_time = src_dict["create-time"]
        obj.id_purchase = src_dict["id_purchase"]
        obj.price = src_dict["price"]
        obj.available = src_dict["available"]
        obj.message_types = list(map(PurchaseMessageType.from_dict, src_dict["message-types"]))
        if len(src_dict) == 7:
            obj.additional_properties = {}
        else:
            obj.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KEYS
            }
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.purchase_message_type import PurchaseMessageType  # noqa: E402
