from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EstimateSmsResponse")


@_attrs_define
class EstimateSmsResponse:
    """Answer of `estimateSms`."""

    cost: float
    """ Cost of the send, in euro. """
    user_credit: float
    """ Credit left on the account, in euro. """
    sms_count: int
    """ Number of SMS the send would produce. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        user_credit = self.user_credit

        sms_count = self.sms_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
                "userCredit": user_credit,
                "smsCount": sms_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = d.pop("cost")

        user_credit = d.pop("userCredit")

        sms_count = d.pop("smsCount")

        estimate_sms_response = cls(
            cost=cost,
            user_credit=user_credit,
            sms_count=sms_count,
        )

        estimate_sms_response.additional_properties = d
        return estimate_sms_response

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
