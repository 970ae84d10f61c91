from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_campaign_stats import EmailCampaignStats


T = TypeVar("T", bound="EmailCampaign")


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
    stats: EmailCampaignStats | Unset = UNSET
    """ Delivery statistics of a campaign. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_title = self.campaign_title

        template_id = self.template_id

        from_ = self.from_

        from_name = self.from_name

        subject = self.subject

        subject_preview_text = self.subject_preview_text

        enable_open_tracking = self.enable_open_tracking

        enable_link_tracking = self.enable_link_tracking

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if campaign_title is not UNSET:
            field_dict["campaignTitle"] = campaign_title
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_name is not UNSET:
            field_dict["fromName"] = from_name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if subject_preview_text is not UNSET:
            field_dict["subjectPreviewText"] = subject_preview_text
        if enable_open_tracking is not UNSET:
            field_dict["enableOpenTracking"] = enable_open_tracking
        if enable_link_tracking is not UNSET:
            field_dict["enableLinkTracking"] = enable_link_tracking
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_campaign_stats import EmailCampaignStats  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        campaign_title = d.pop("campaignTitle", UNSET)

        template_id = d.pop("templateId", UNSET)

        from_ = d.pop("from", UNSET)

        from_name = d.pop("fromName", UNSET)

        subject = d.pop("subject", UNSET)

        subject_preview_text = d.pop("subjectPreviewText", UNSET)

        enable_open_tracking = d.pop("enableOpenTracking", UNSET)

        enable_link_tracking = d.pop("enableLinkTracking", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: EmailCampaignStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = EmailCampaignStats.from_dict(_stats)

        email_campaign = cls(
            id=id,
            campaign_title=campaign_title,
            template_id=template_id,
            from_=from_,
            from_name=from_name,
            subject=subject,
            subject_preview_text=subject_preview_text,
            enable_open_tracking=enable_open_tracking,
            enable_link_tracking=enable_link_tracking,
            stats=stats,
        )

        email_campaign.additional_properties = d
        return email_campaign

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
