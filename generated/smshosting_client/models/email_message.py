from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailMessage")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "campaignId",
        "templateId",
        "to",
        "status",
        "statusDate",
        "insertDate",
        "deferredDate",
        "sentDate",
    )
)


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
    deferred_date: None | str | Unset = UNSET
    """ Scheduled send time, `yyyy-MM-ddTHH:mm:ss+hhmm` (not in the vendor's field table; read by the Java client,
    S31). """
    sent_date: None | str | Unset = UNSET
    """ When the e-mail was sent (absent or null until then). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
        }
        if self.campaign_id is not UNSET:
            field_dict["campaignId"] = self.campaign_id
        if self.template_id is not UNSET:
            field_dict["templateId"] = self.template_id
        if self.to is not UNSET:
            field_dict["to"] = self.to
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.status_date is not UNSET:
            field_dict["statusDate"] = self.status_date
        if self.insert_date is not UNSET:
            field_dict["insertDate"] = self.insert_date
        if self.deferred_date is not UNSET:
            field_dict["deferredDate"] = self.deferred_date
        if self.sent_date is not UNSET:
            field_dict["sentDate"] = self.sent_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 1  # declared keys present
        obj.id = src_dict["id"]
        if "campaignId" in src_dict:
            obj.campaign_id = src_dict["campaignId"]
            known += 1
        else:
            obj.campaign_id = UNSET
        if "templateId" in src_dict:
            obj.template_id = src_dict["templateId"]
            known += 1
        else:
            obj.template_id = UNSET
        if "to" in src_dict:
            obj.to = src_dict["to"]
            known += 1
        else:
            obj.to = UNSET
        if "status" in src_dict:
            obj.status = src_dict["status"]
            known += 1
        else:
            obj.status = UNSET
        if "statusDate" in src_dict:
            obj.status_date = src_dict["statusDate"]
            known += 1
        else:
            obj.status_date = UNSET
        if "insertDate" in src_dict:
            obj.insert_date = src_dict["insertDate"]
            known += 1
        else:
            obj.insert_date = UNSET
        if "deferredDate" in src_dict:
            obj.deferred_date = src_dict["deferredDate"]
            known += 1
        else:
            obj.deferred_date = UNSET
        if "sentDate" in src_dict:
            obj.sent_date = src_dict["sentDate"]
            known += 1
        else:
            obj.sent_date = UNSET
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
