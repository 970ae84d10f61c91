from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.coupon import Coupon
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CouponPage")


@_attrs_define
class CouponPage:
    """One page of `searchCoupons` results."""

    metadata: Metadata
    """ Paging information returned next to a paged list. """
    coupon_list: list[Coupon]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        coupon_list = []
        for coupon_list_item_data in self.coupon_list:
            coupon_list_item = coupon_list_item_data.to_dict()
            coupon_list.append(coupon_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "couponList": coupon_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coupon import Coupon  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        metadata = Metadata.from_dict(d.pop("metadata"))

        coupon_list = []
        _coupon_list = d.pop("couponList")
        for coupon_list_item_data in _coupon_list:
            coupon_list_item = Coupon.from_dict(coupon_list_item_data)

            coupon_list.append(coupon_list_item)

        coupon_page = cls(
            metadata=metadata,
            coupon_list=coupon_list,
        )

        coupon_page.additional_properties = d
        return coupon_page

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
