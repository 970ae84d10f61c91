from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_campaign_type import CouponCampaignType, check_coupon_campaign_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CouponCampaign")


@_attrs_define
class CouponCampaign:
    """A coupon campaign. The list view has only `id`, `name` and `type`; dates appear in the create answer (`insertDate`)
    and in the detail view (all three).

    """

    id: int
    """ Campaign id. """
    name: str
    """ Campaign name (the `title` of the create request). """
    type_: CouponCampaignType
    """ `F`: one fixed code shared by everybody. `D`: dynamic, one generated code per coupon. """
    insert_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    start_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    end_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str = self.type_

        insert_date = self.insert_date

        start_date = self.start_date

        end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )
        if insert_date is not UNSET:
            field_dict["insertDate"] = insert_date
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = check_coupon_campaign_type(d.pop("type"))

        insert_date = d.pop("insertDate", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        coupon_campaign = cls(
            id=id,
            name=name,
            type_=type_,
            insert_date=insert_date,
            start_date=start_date,
            end_date=end_date,
        )

        coupon_campaign.additional_properties = d
        return coupon_campaign

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
