from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailMessage")


@_attrs_define
class EmailMessage:
    """One e-mail sent by a campaign or by `sendEmail`."""

    id: int
    """ E-mail id. """
    campaign_id: int | Unset = UNSET
    """ Campaign the e-mail belongs to. """
    template_id: int | Unset = UNSET
    to: str | Unset = UNSET
    """ Recipient address. """
    status: str | Unset = UNSET
    """ Delivery state (an open set, e.g. `INSERTED`, `DELIVERED`). """
    status_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    insert_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    sent_date: None | str | Unset = UNSET
    """ When the e-mail was sent (absent or null until then). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = self.campaign_id

        template_id = self.template_id

        to = self.to

        status = self.status

        status_date = self.status_date

        insert_date = self.insert_date

        sent_date: None | str | Unset
        if isinstance(self.sent_date, Unset):
            sent_date = UNSET
        else:
            sent_date = self.sent_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if to is not UNSET:
            field_dict["to"] = to
        if status is not UNSET:
            field_dict["status"] = status
        if status_date is not UNSET:
            field_dict["statusDate"] = status_date
        if insert_date is not UNSET:
            field_dict["insertDate"] = insert_date
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        campaign_id = d.pop("campaignId", UNSET)

        template_id = d.pop("templateId", UNSET)

        to = d.pop("to", UNSET)

        status = d.pop("status", UNSET)

        status_date = d.pop("statusDate", UNSET)

        insert_date = d.pop("insertDate", UNSET)

        def _parse_sent_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sent_date = _parse_sent_date(d.pop("sentDate", UNSET))

        email_message = cls(
            id=id,
            campaign_id=campaign_id,
            template_id=template_id,
            to=to,
            status=status,
            status_date=status_date,
            insert_date=insert_date,
            sent_date=sent_date,
        )

        email_message.additional_properties = d
        return email_message

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
