from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Coupon")


@_attrs_define
class Coupon:
    """A coupon. `usages` is present in the detail and redeem answers only."""

    code: str
    """ Coupon code. """
    campaign_id: int
    """ Campaign the coupon belongs to. """
    insert_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    usages: int | Unset = UNSET
    """ Number of times the coupon has been redeemed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        campaign_id = self.campaign_id

        insert_date = self.insert_date

        usages = self.usages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "campaignId": campaign_id,
            }
        )
        if insert_date is not UNSET:
            field_dict["insertDate"] = insert_date
        if usages is not UNSET:
            field_dict["usages"] = usages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        campaign_id = d.pop("campaignId")

        insert_date = d.pop("insertDate", UNSET)

        usages = d.pop("usages", UNSET)

        coupon = cls(
            code=code,
            campaign_id=campaign_id,
            insert_date=insert_date,
            usages=usages,
        )

        coupon.additional_properties = d
        return coupon

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
