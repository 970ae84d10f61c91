from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PurchaseRequest")


@_attrs_define
class PurchaseRequest:
    """Body of createSubaccountPurchases; lists must not be empty (D28)."""

    purchases: list[PurchaseInput]

    def to_dict(self) -> dict[str, Any]:
        purchases = []
        for purchases_item_data in self.purchases:
            purchases_item = purchases_item_data.to_dict()
            purchases.append(purchases_item)

        field_dict: dict[str, Any] = {
            "purchases": purchases,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.purchases = list(map(PurchaseInput.from_dict, src_dict["purchases"]))
        return obj


from ..models.purchase_input import PurchaseInput  # noqa: E402
