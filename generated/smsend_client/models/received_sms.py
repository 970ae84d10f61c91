from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReceivedSms")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id_message",
        "id_sim",
        "sender",
        "sms_text",
        "sms_date",
    )
)


@_attrs_define
class ReceivedSms:
    """One SMS received on a reception SIM (S30)."""

    id_message: int
    """ Platform-wide increasing message id (usable with getReceivedSmsAfter). """
    id_sim: str
    """ The SIM number that received it. """
    sender: str
    """ The number it came from. """
    sms_text: str
    sms_date: str
    """ When it was received, `yyyyMMddHHmmss` in the request's zone. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id_message": self.id_message,
            "id_sim": self.id_sim,
            "sender": self.sender,
            "sms_text": self.sms_text,
            "sms_date": self.sms_date,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.id_message = src_dict["id_message"]
        obj.id_sim = src_dict["id_sim"]
        obj.sender = src_dict["sender"]
        obj.sms_text = src_dict["sms_text"]
        obj.sms_date = src_dict["sms_date"]
        if len(src_dict) == 5:
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
