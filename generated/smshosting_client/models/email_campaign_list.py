from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmailCampaignList")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "metadata",
        "campaignList",
    )
)


@_attrs_define
class EmailCampaignList:
    """One page of `listEmailCampaigns`."""

    metadata: Metadata
    """ Paging information returned next to a paged list. """
    campaign_list: list[EmailCampaign]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        campaign_list = []
        for campaign_list_item_data in self.campaign_list:
            campaign_list_item = campaign_list_item_data.to_dict()
            campaign_list.append(campaign_list_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "metadata": metadata,
            "campaignList": campaign_list,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.metadata = Metadata.from_dict(src_dict["metadata"])
        obj.campaign_list = list(map(EmailCampaign.from_dict, src_dict["campaignList"]))
        if len(src_dict) == 2:
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


from ..models.email_campaign import EmailCampaign  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
