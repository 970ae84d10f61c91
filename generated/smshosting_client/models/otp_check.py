from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtpCheck")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "date",
        "verify_code",
        "verify_status",
        "ip_address",
    )
)


@_attrs_define
class OtpCheck:
    """One verification attempt."""

    date: int | Unset = UNSET
    """ When the check was made, in milliseconds since 1970-01-01 UTC. """
    verify_code: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The code that was checked. """
    verify_status: str | Unset = UNSET
    """ Outcome of that check (values as in `CheckOtpResponse.verify_status`). """
    ip_address: str | Unset = UNSET
    """ End-user IP address given with the check, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.date is not UNSET:
            field_dict["date"] = self.date
        if self.verify_code is not UNSET:
            field_dict["verify_code"] = self.verify_code
        if self.verify_status is not UNSET:
            field_dict["verify_status"] = self.verify_status
        if self.ip_address is not UNSET:
            field_dict["ip_address"] = self.ip_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 0  # declared keys present
        if "date" in src_dict:
            obj.date = src_dict["date"]
            known += 1
        else:
            obj.date = UNSET
        if "verify_code" in src_dict:
            obj.verify_code = src_dict["verify_code"]
            known += 1
        else:
            obj.verify_code = UNSET
        if "verify_status" in src_dict:
            obj.verify_status = src_dict["verify_status"]
            known += 1
        else:
            obj.verify_status = UNSET
        if "ip_address" in src_dict:
            obj.ip_address = src_dict["ip_address"]
            known += 1
        else:
            obj.ip_address = UNSET
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
