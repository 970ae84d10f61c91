from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailCampaignResponse")


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
        campaign_id = self.campaign_id

        email_inserted = self.email_inserted

        email_not_inserted = self.email_not_inserted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
            }
        )
        if email_inserted is not UNSET:
            field_dict["emailInserted"] = email_inserted
        if email_not_inserted is not UNSET:
            field_dict["emailNotInserted"] = email_not_inserted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaignId")

        email_inserted = d.pop("emailInserted", UNSET)

        email_not_inserted = d.pop("emailNotInserted", UNSET)

        send_email_campaign_response = cls(
            campaign_id=campaign_id,
            email_inserted=email_inserted,
            email_not_inserted=email_not_inserted,
        )

        send_email_campaign_response.additional_properties = d
        return send_email_campaign_response

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
