from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceivedSms")


@_attrs_define
class ReceivedSms:
    """One SMS received on an inbound service."""

    from_: str | Unset = UNSET
    """ Sender number (may carry a leading `+`). """
    text: str | Unset = UNSET
    """ Message text. """
    receive_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    sim_id: str | Unset = UNSET
    """ Id of the inbound service that received the SMS (documented, but absent from the saved example). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        text = self.text

        receive_date = self.receive_date

        sim_id = self.sim_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if text is not UNSET:
            field_dict["text"] = text
        if receive_date is not UNSET:
            field_dict["receiveDate"] = receive_date
        if sim_id is not UNSET:
            field_dict["simId"] = sim_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from", UNSET)

        text = d.pop("text", UNSET)

        receive_date = d.pop("receiveDate", UNSET)

        sim_id = d.pop("simId", UNSET)

        received_sms = cls(
            from_=from_,
            text=text,
            receive_date=receive_date,
            sim_id=sim_id,
        )

        received_sms.additional_properties = d
        return received_sms

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
