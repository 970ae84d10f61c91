from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlacklistEntry")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "phoneNumber",
        "insertTime",
        "origin",
    )
)


@_attrs_define
class BlacklistEntry:
    """A blacklisted number (S26)."""

    phone_number: str
    insert_time: str | Unset = UNSET
    """ When it was added, `yyyy-MM-dd HH:mm:ss` in the request's time zone. """
    origin: str | Unset = UNSET
    """ How it was added (`API`, `WEB`, `STOPSMS`, ...). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "phoneNumber": self.phone_number,
        }
        if self.insert_time is not UNSET:
            field_dict["insertTime"] = self.insert_time
        if self.origin is not UNSET:
            field_dict["origin"] = self.origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 1  # declared keys present
        obj.phone_number = src_dict["phoneNumber"]
        if "insertTime" in src_dict:
            obj.insert_time = src_dict["insertTime"]
            known += 1
        else:
            obj.insert_time = UNSET
        if "origin" in src_dict:
            obj.origin = src_dict["origin"]
            known += 1
        else:
            obj.origin = UNSET
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
