from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsRecipientState")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "destination",
        "status",
        "delivery_date",
    )
)


@_attrs_define
class SmsRecipientState:
    """State of the message to one recipient (S2, S10)."""

    destination: str
    """ The phone number. """
    status: str
    """ One of the documented codes: `WAITING`, `SENT`, `WAIT4DLVR`, `DLVRD`,
    `TOOM4USER`, `TOOM4NUM`, `ERROR`, `TIMEOUT`, `UNKNRCPT`, `UNKNPFX`, `DEMO`,
    `SCHEDULED`, `INVALIDDST`, `BLACKLISTED`, `KO`, `INVALIDCONTENTS`. A plain
    string so that new codes do not break clients (S10).
     """
    delivery_date: None | str | Unset = UNSET
    """ When the status became final, `yyyyMMddHHmmss`; null before (S2). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "destination": self.destination,
            "status": self.status,
        }
        if self.delivery_date is not UNSET:
            field_dict["delivery_date"] = self.delivery_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.destination = src_dict["destination"]
        obj.status = src_dict["status"]
        if "delivery_date" in src_dict:
            obj.delivery_date = src_dict["delivery_date"]
            known += 1
        else:
            obj.delivery_date = UNSET
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
