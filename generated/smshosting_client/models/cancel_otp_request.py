from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cancel_otp_request_command import (
    CancelOtpRequestCommand,
    check_cancel_otp_request_command,
)

T = TypeVar("T", bound="CancelOtpRequest")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "verify_id",
        "command",
    )
)


@_attrs_define
class CancelOtpRequest:
    """Form body of `cancelOtp`."""

    verify_id: str
    """ The `verify_id` returned by `sendOtp`. """
    command: CancelOtpRequestCommand
    """ Action to carry out; only `DELETE` exists. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command: str = self.command

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "verify_id": self.verify_id,
            "command": command,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.verify_id = src_dict["verify_id"]
        obj.command = check_cancel_otp_request_command(src_dict["command"])
        if len(src_dict) == 2:
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
