from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailCampaignRequest")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "templateId",
        "from",
        "fromName",
        "group",
        "subject",
        "campaignTitle",
        "subjectPreviewText",
        "enableOpenTracking",
        "enableLinkTracking",
        "date",
        "sandbox",
    )
)


@_attrs_define
class SendEmailCampaignRequest:
    """Form body of `sendEmailCampaign`."""

    template_id: int
    """ Template to send (the template's internal identifier, also shown in the web panel). """
    from_: str
    """ Sender address; must be verified in the web panel. """
    from_name: str
    """ Sender display name. """
    group: int
    """ Address-book group that receives the campaign. """
    subject: str
    """ E-mail subject. """
    campaign_title: str
    """ Campaign title. Marked optional by the vendor's field list, but a missing title is refused with
    `BAD_CAMPAIGN_TITLE`, so it is required here. """
    subject_preview_text: str | Unset = UNSET
    """ Preview line that some mail programs show after the subject. """
    enable_open_tracking: bool | Unset = True
    """ `false` turns off open tracking. """
    enable_link_tracking: bool | Unset = True
    """ `false` turns off link-click tracking. """
    date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    sandbox: bool | Unset = UNSET
    """ `true` makes the call validate the request and answer as usual without sending anything or using credit;
    omitted or `false` sends for real. On the wire it is the literal word `true` or `false`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "templateId": self.template_id,
            "from": self.from_,
            "fromName": self.from_name,
            "group": self.group,
            "subject": self.subject,
            "campaignTitle": self.campaign_title,
        }
        if self.subject_preview_text is not UNSET:
            field_dict["subjectPreviewText"] = self.subject_preview_text
        if self.enable_open_tracking is not UNSET:
            field_dict["enableOpenTracking"] = self.enable_open_tracking
        if self.enable_link_tracking is not UNSET:
            field_dict["enableLinkTracking"] = self.enable_link_tracking
        if self.date is not UNSET:
            field_dict["date"] = self.date
        if self.sandbox is not UNSET:
            field_dict["sandbox"] = self.sandbox

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 6  # declared keys present
        obj.template_id = src_dict["templateId"]
        obj.from_ = src_dict["from"]
        obj.from_name = src_dict["fromName"]
        obj.group = src_dict["group"]
        obj.subject = src_dict["subject"]
        obj.campaign_title = src_dict["campaignTitle"]
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
        if "date" in src_dict:
            obj.date = src_dict["date"]
            known += 1
        else:
            obj.date = UNSET
        if "sandbox" in src_dict:
            obj.sandbox = src_dict["sandbox"]
            known += 1
        else:
            obj.sandbox = UNSET
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
