from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaign")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "campaignTitle",
        "templateId",
        "from",
        "fromName",
        "subject",
        "subjectPreviewText",
        "enableOpenTracking",
        "enableLinkTracking",
        "group",
        "deferredDate",
        "stats",
    )
)


@_attrs_define
class EmailCampaign:
    """An e-mail campaign. Only `id` is guaranteed (see `getEmailCampaign`); unknown keys are kept as additional
    properties.

    """

    id: int
    """ Campaign id. """
    campaign_title: str | Unset = UNSET
    template_id: int | Unset = UNSET
    from_: str | Unset = UNSET
    """ Sender address. """
    from_name: str | Unset = UNSET
    """ Sender display name. """
    subject: str | Unset = UNSET
    subject_preview_text: str | Unset = UNSET
    enable_open_tracking: bool | Unset = UNSET
    enable_link_tracking: bool | Unset = UNSET
    group: str | Unset = UNSET
    """ Address-book group(s) the campaign was sent to (not in the vendor's field table; read by the Java client,
    S31). """
    deferred_date: None | str | Unset = UNSET
    """ Scheduled send time, `yyyy-MM-ddTHH:mm:ss+hhmm` (not in the vendor's field table; read by the Java client,
    S31). """
    stats: EmailCampaignStats | Unset = UNSET
    """ Delivery statistics of a campaign. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
        }
        if self.campaign_title is not UNSET:
            field_dict["campaignTitle"] = self.campaign_title
        if self.template_id is not UNSET:
            field_dict["templateId"] = self.template_id
        if self.from_ is not UNSET:
            field_dict["from"] = self.from_
        if self.from_name is not UNSET:
            field_dict["fromName"] = self.from_name
        if self.subject is not UNSET:
            field_dict["subject"] = self.subject
        if self.subject_preview_text is not UNSET:
            field_dict["subjectPreviewText"] = self.subject_preview_text
        if self.enable_open_tracking is not UNSET:
            field_dict["enableOpenTracking"] = self.enable_open_tracking
        if self.enable_link_tracking is not UNSET:
            field_dict["enableLinkTracking"] = self.enable_link_tracking
        if self.group is not UNSET:
            field_dict["group"] = self.group
        if self.deferred_date is not UNSET:
            field_dict["deferredDate"] = self.deferred_date
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 1  # declared keys present
        obj.id = src_dict["id"]
        if "campaignTitle" in src_dict:
            obj.campaign_title = src_dict["campaignTitle"]
            known += 1
        else:
            obj.campaign_title = UNSET
        if "templateId" in src_dict:
            obj.template_id = src_dict["templateId"]
            known += 1
        else:
            obj.template_id = UNSET
        if "from" in src_dict:
            obj.from_ = src_dict["from"]
            known += 1
        else:
            obj.from_ = UNSET
        if "fromName" in src_dict:
            obj.from_name = src_dict["fromName"]
            known += 1
        else:
            obj.from_name = UNSET
        if "subject" in src_dict:
            obj.subject = src_dict["subject"]
            known += 1
        else:
            obj.subject = UNSET
        if "subjectPreviewText" in src_dict:
            obj.subject_preview_text = src_dict["subjectPreviewText"]
            known += 1
        else:
            obj.subject_preview_text = UNSET
        if "enableOpenTracking" in src_dict:
            obj.enable_open_tracking = src_dict["enableOpenTracking"]
            known += 1
        else:
            obj.enable_open_tracking = UNSET
        if "enableLinkTracking" in src_dict:
            obj.enable_link_tracking = src_dict["enableLinkTracking"]
            known += 1
        else:
            obj.enable_link_tracking = UNSET
        if "group" in src_dict:
            obj.group = src_dict["group"]
            known += 1
        else:
            obj.group = UNSET
        if "deferredDate" in src_dict:
            obj.deferred_date = src_dict["deferredDate"]
            known += 1
        else:
            obj.deferred_date = UNSET
        if "stats" in src_dict:
            obj.stats = EmailCampaignStats.from_dict(src_dict["stats"])
            known += 1
        else:
            obj.stats = UNSET
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


from ..models.email_campaign_stats import EmailCampaignStats  # noqa: E402
