from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsHistoryEntry")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "order_id",
        "create_time",
        "message_type",
        "num_recipients",
        "schedule_time",
        "sender",
    )
)


@_attrs_define
class SmsHistoryEntry:
    """One sent order (S12)."""

    order_id: str
    create_time: str
    """ When the order was placed, `yyyyMMddHHmmss`. """
    message_type: str
    """ Message type code; a plain string in responses (D10). """
    num_recipients: int
    schedule_time: None | str | Unset = UNSET
    """ When it is or was due, `yyyyMMddHHmmss`. """
    sender: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "order_id": self.order_id,
            "create_time": self.create_time,
            "message_type": self.message_type,
            "num_recipients": self.num_recipients,
        }
        if self.schedule_time is not UNSET:
            field_dict["schedule_time"] = self.schedule_time
        if self.sender is not UNSET:
            field_dict["sender"] = self.sender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 4  # declared keys present
        obj.order_id = src_dict["order_id"]
        obj.create_time = src_dict["create_time"]
        obj.message_type = src_dict["message_type"]
        obj.num_recipients = src_dict["num_recipients"]
        if "schedule_time" in src_dict:
            obj.schedule_time = src_dict["schedule_time"]
            known += 1
        else:
            obj.schedule_time = UNSET
        if "sender" in src_dict:
            obj.sender = src_dict["sender"]
            known += 1
        else:
            obj.sender = UNSET
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
