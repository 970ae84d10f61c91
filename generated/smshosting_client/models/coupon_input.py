from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CouponInput")


@_attrs_define
class CouponInput:
    """Form fields of `createCoupon`."""

    campaign_id: int
    """ Dynamic (`D`) campaign that receives the coupon. """
    coupon_code: str | Unset = UNSET
    """ Code for the coupon, 6 to 32 characters; random when omitted. """
    coupon_length: int | Unset = 6
    """ Length of the random code generated when `couponCode` is omitted. The allowed range is not documented; 6 to
    32 is assumed, matching the code length rule. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        coupon_code = self.coupon_code

        coupon_length = self.coupon_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
            }
        )
        if coupon_code is not UNSET:
            field_dict["couponCode"] = coupon_code
        if coupon_length is not UNSET:
            field_dict["couponLength"] = coupon_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaignId")

        coupon_code = d.pop("couponCode", UNSET)

        coupon_length = d.pop("couponLength", UNSET)

        coupon_input = cls(
            campaign_id=campaign_id,
            coupon_code=coupon_code,
            coupon_length=coupon_length,
        )

        coupon_input.additional_properties = d
        return coupon_input

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
