from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_campaign_type import CouponCampaignType, check_coupon_campaign_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CouponCampaignInput")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "title",
        "couponType",
        "couponCode",
        "startDate",
        "endDate",
    )
)


@_attrs_define
class CouponCampaignInput:
    """Form fields of `createCouponCampaign`. A fixed (`F`) campaign needs its `couponCode` (stated as `anyOf`)."""

    title: str
    """ Campaign name, at most 100 characters, not blank (the server trims it; decision S37; e.g. `Coupon Black
    Friday`). """
    coupon_type: CouponCampaignType
    """ `F`: one fixed code shared by everybody. `D`: dynamic, one generated code per coupon. """
    coupon_code: str | Unset = UNSET
    """ The shared code of a fixed (`F`) campaign, 6 to 32 of `A-Z a-z 0-9 _ -`. """
    start_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    end_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_type: str = self.coupon_type

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "title": self.title,
            "couponType": coupon_type,
        }
        if self.coupon_code is not UNSET:
            field_dict["couponCode"] = self.coupon_code
        if self.start_date is not UNSET:
            field_dict["startDate"] = self.start_date
        if self.end_date is not UNSET:
            field_dict["endDate"] = self.end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.title = src_dict["title"]
        obj.coupon_type = check_coupon_campaign_type(src_dict["couponType"])
        if "couponCode" in src_dict:
            obj.coupon_code = src_dict["couponCode"]
            known += 1
        else:
            obj.coupon_code = UNSET
        if "startDate" in src_dict:
            obj.start_date = src_dict["startDate"]
            known += 1
        else:
            obj.start_date = UNSET
        if "endDate" in src_dict:
            obj.end_date = src_dict["endDate"]
            known += 1
        else:
            obj.end_date = UNSET
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
