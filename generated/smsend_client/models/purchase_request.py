from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.purchase_input import PurchaseInput


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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "purchases": purchases,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_input import PurchaseInput  # noqa: PLC0415

        d = dict(src_dict)
        purchases = []
        _purchases = d.pop("purchases")
        for purchases_item_data in _purchases:
            purchases_item = PurchaseInput.from_dict(purchases_item_data)

            purchases.append(purchases_item)

        purchase_request = cls(
            purchases=purchases,
        )

        return purchase_request
