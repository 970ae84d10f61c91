from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailRequest")


@_attrs_define
class SendEmailRequest:
    """Form body of `sendEmail`."""

    template_id: int
    """ Template to send. """
    from_: str
    """ Sender address; must be verified in the web panel. """
    from_name: str
    """ Sender display name. """
    to: str
    """ One e-mail address, or a JSON array of at most 50 objects, each with a `to` address and optional values for
    the template's dynamic fields, e.g. `[{"to":"ms.green@fake.it","f_s_nome":"Clara"}]`. """
    subject: str
    """ E-mail subject. """
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
        template_id = self.template_id

        from_ = self.from_

        from_name = self.from_name

        to = self.to

        subject = self.subject

        subject_preview_text = self.subject_preview_text

        enable_open_tracking = self.enable_open_tracking

        enable_link_tracking = self.enable_link_tracking

        date = self.date

        sandbox = self.sandbox

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "templateId": template_id,
                "from": from_,
                "fromName": from_name,
                "to": to,
                "subject": subject,
            }
        )
        if subject_preview_text is not UNSET:
            field_dict["subjectPreviewText"] = subject_preview_text
        if enable_open_tracking is not UNSET:
            field_dict["enableOpenTracking"] = enable_open_tracking
        if enable_link_tracking is not UNSET:
            field_dict["enableLinkTracking"] = enable_link_tracking
        if date is not UNSET:
            field_dict["date"] = date
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_id = d.pop("templateId")

        from_ = d.pop("from")

        from_name = d.pop("fromName")

        to = d.pop("to")

        subject = d.pop("subject")

        subject_preview_text = d.pop("subjectPreviewText", UNSET)

        enable_open_tracking = d.pop("enableOpenTracking", UNSET)

        enable_link_tracking = d.pop("enableLinkTracking", UNSET)

        date = d.pop("date", UNSET)

        sandbox = d.pop("sandbox", UNSET)

        send_email_request = cls(
            template_id=template_id,
            from_=from_,
            from_name=from_name,
            to=to,
            subject=subject,
            subject_preview_text=subject_preview_text,
            enable_open_tracking=enable_open_tracking,
            enable_link_tracking=enable_link_tracking,
            date=date,
            sandbox=sandbox,
        )

        send_email_request.additional_properties = d
        return send_email_request

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
