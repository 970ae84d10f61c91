from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.purchase import Purchase


T = TypeVar("T", bound="PurchaseList")


@_attrs_define
class PurchaseList:
    """One page of purchases (D13)."""

    result: str
    """ `OK` on success. """
    purchases: list[Purchase]
    page_number: int
    page_size: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        purchases = []
        for purchases_item_data in self.purchases:
            purchases_item = purchases_item_data.to_dict()
            purchases.append(purchases_item)

        page_number = self.page_number

        page_size = self.page_size

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "purchases": purchases,
                "pageNumber": page_number,
                "pageSize": page_size,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase import Purchase  # noqa: PLC0415

        d = dict(src_dict)
        result = d.pop("result")

        purchases = []
        _purchases = d.pop("purchases")
        for purchases_item_data in _purchases:
            purchases_item = Purchase.from_dict(purchases_item_data)

            purchases.append(purchases_item)

        page_number = d.pop("pageNumber")

        page_size = d.pop("pageSize")

        total = d.pop("total")

        purchase_list = cls(
            result=result,
            purchases=purchases,
            page_number=page_number,
            page_size=page_size,
            total=total,
        )

        purchase_list.additional_properties = d
        return purchase_list

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
