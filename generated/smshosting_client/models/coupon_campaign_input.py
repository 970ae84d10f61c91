from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_campaign_type import CouponCampaignType, check_coupon_campaign_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CouponCampaignInput")


@_attrs_define
class CouponCampaignInput:
    """Form fields of `createCouponCampaign`."""

    title: str
    """ Campaign name, at most 100 characters (e.g. `Coupon Black Friday`). """
    coupon_type: CouponCampaignType
    """ `F`: one fixed code shared by everybody. `D`: dynamic, one generated code per coupon. """
    coupon_code: str | Unset = UNSET
    """ The shared code of a fixed (`F`) campaign, 6 to 32 characters. """
    start_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    end_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        coupon_type: str = self.coupon_type

        coupon_code = self.coupon_code

        start_date = self.start_date

        end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "couponType": coupon_type,
            }
        )
        if coupon_code is not UNSET:
            field_dict["couponCode"] = coupon_code
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        coupon_type = check_coupon_campaign_type(d.pop("couponType"))

        coupon_code = d.pop("couponCode", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        coupon_campaign_input = cls(
            title=title,
            coupon_type=coupon_type,
            coupon_code=coupon_code,
            start_date=start_date,
            end_date=end_date,
        )

        coupon_campaign_input.additional_properties = d
        return coupon_campaign_input

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
