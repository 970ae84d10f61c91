from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailCampaignResponse")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "campaignId",
        "emailInserted",
        "emailNotInserted",
    )
)


@_attrs_define
class SendEmailCampaignResponse:
    """Answer of `sendEmailCampaign`."""

    campaign_id: int
    """ Id of the new campaign. """
    email_inserted: int | Unset = UNSET
    """ E-mails queued. """
    email_not_inserted: int | Unset = UNSET
    """ E-mails refused. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "campaignId": self.campaign_id,
        }
        if self.email_inserted is not UNSET:
            field_dict["emailInserted"] = self.email_inserted
        if self.email_not_inserted is not UNSET:
            field_dict["emailNotInserted"] = self.email_not_inserted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 1  # declared keys present
        obj.campaign_id = src_dict["campaignId"]
        if "emailInserted" in src_dict:
            obj.email_inserted = src_dict["emailInserted"]
            known += 1
        else:
            obj.email_inserted = UNSET
        if "emailNotInserted" in src_dict:
            obj.email_not_inserted = src_dict["emailNotInserted"]
            known += 1
        else:
            obj.email_not_inserted = UNSET
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
