from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.purchase_message_type import PurchaseMessageType


T = TypeVar("T", bound="Purchase")


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
        super_to_sub = self.super_to_sub

        amount = self.amount

        create_time = self.create_time

        id_purchase = self.id_purchase

        price = self.price

        available = self.available

        message_types = []
        for message_types_item_data in self.message_types:
            message_types_item = message_types_item_data.to_dict()
            message_types.append(message_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "super-to-sub": super_to_sub,
                "amount": amount,
                "create-time": create_time,
                "id_purchase": id_purchase,
                "price": price,
                "available": available,
                "message-types": message_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_message_type import PurchaseMessageType  # noqa: PLC0415

        d = dict(src_dict)
        super_to_sub = d.pop("super-to-sub")

        amount = d.pop("amount")

        create_time = d.pop("create-time")

        id_purchase = d.pop("id_purchase")

        price = d.pop("price")

        available = d.pop("available")

        message_types = []
        _message_types = d.pop("message-types")
        for message_types_item_data in _message_types:
            message_types_item = PurchaseMessageType.from_dict(message_types_item_data)

            message_types.append(message_types_item)

        purchase = cls(
            super_to_sub=super_to_sub,
            amount=amount,
            create_time=create_time,
            id_purchase=id_purchase,
            price=price,
            available=available,
            message_types=message_types,
        )

        purchase.additional_properties = d
        return purchase

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
