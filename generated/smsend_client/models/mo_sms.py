from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MoSms")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id_message",
        "sender",
        "sms_text",
        "sms_date",
        "type",
        "id_sim",
    )
)


@_attrs_define
class MoSms:
    """One MO message with its type (S33)."""

    id_message: int
    sender: str
    sms_text: str
    sms_date: str
    type_: str
    """ `STOP`, `CONTACT` or `OTHER`. """
    id_sim: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id_message": self.id_message,
            "sender": self.sender,
            "sms_text": self.sms_text,
            "sms_date": self.sms_date,
            "type": self.type_,
        }
        if self.id_sim is not UNSET:
            field_dict["id_sim"] = self.id_sim

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 5  # declared keys present
        obj.id_message = src_dict["id_message"]
        obj.sender = src_dict["sender"]
        obj.sms_text = src_dict["sms_text"]
        obj.sms_date = src_dict["sms_date"]
        obj.type_ = src_dict["type"]
        if "id_sim" in src_dict:
            obj.id_sim = src_dict["id_sim"]
            known += 1
        else:
            obj.id_sim = UNSET
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
