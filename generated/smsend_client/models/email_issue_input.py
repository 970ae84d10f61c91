from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailIssueInput")


@_attrs_define
class EmailIssueInput:
    """Body of createEmailIssue; required fields as documented (S36)."""

    title: str
    subject: str
    share_social: bool
    """ Add social sharing buttons. """
    text_content: str
    html_content: str
    attachments: list[EmailAttachment]
    web_analytics: str | Unset = UNSET
    """ Web analytics tracking code. """

    def to_dict(self) -> dict[str, Any]:
        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        field_dict: dict[str, Any] = {
            "title": self.title,
            "subject": self.subject,
            "share_social": self.share_social,
            "text_content": self.text_content,
            "html_content": self.html_content,
            "attachments": attachments,
        }
        if self.web_analytics is not UNSET:
            field_dict["web_analytics"] = self.web_analytics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.title = src_dict["title"]
        obj.subject = src_dict["subject"]
        obj.share_social = src_dict["share_social"]
        obj.text_content = src_dict["text_content"]
        obj.html_content = src_dict["html_content"]
        obj.attachments = list(map(EmailAttachment.from_dict, src_dict["attachments"]))
        if "web_analytics" in src_dict:
            obj.web_analytics = src_dict["web_analytics"]
        else:
            obj.web_analytics = UNSET
        return obj


from ..models.email_attachment import EmailAttachment  # noqa: E402
