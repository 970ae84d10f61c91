from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CouponInput")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "campaignId",
        "couponCode",
        "couponLength",
    )
)


@_attrs_define
class CouponInput:
    """Form fields of `createCoupon`."""

    campaign_id: int
    """ Dynamic (`D`) campaign that receives the coupon. """
    coupon_code: str | Unset = UNSET
    """ Code for the coupon, 6 to 32 of `A-Z a-z 0-9 _ -`; random when omitted. """
    coupon_length: int | Unset = 6
    """ Length of the random code generated when `couponCode` is omitted. The allowed range is not documented; 6 to
    32 is assumed, matching the code length rule. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "campaignId": self.campaign_id,
        }
        if self.coupon_code is not UNSET:
            field_dict["couponCode"] = self.coupon_code
        if self.coupon_length is not UNSET:
            field_dict["couponLength"] = self.coupon_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 1  # declared keys present
        obj.campaign_id = src_dict["campaignId"]
        if "couponCode" in src_dict:
            obj.coupon_code = src_dict["couponCode"]
            known += 1
        else:
            obj.coupon_code = UNSET
        if "couponLength" in src_dict:
            obj.coupon_length = src_dict["couponLength"]
            known += 1
        else:
            obj.coupon_length = UNSET
        if len(src_dict) == known:
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
