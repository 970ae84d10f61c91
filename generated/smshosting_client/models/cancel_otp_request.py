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


@_attrs_define
class CancelOtpRequest:
    """Form body of `cancelOtp`."""

    verify_id: str
    """ The `verify_id` returned by `sendOtp`. """
    command: CancelOtpRequestCommand
    """ Action to carry out; only `DELETE` exists. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verify_id = self.verify_id

        command: str = self.command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verify_id": verify_id,
                "command": command,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verify_id = d.pop("verify_id")

        command = check_cancel_otp_request_command(d.pop("command"))

        cancel_otp_request = cls(
            verify_id=verify_id,
            command=command,
        )

        cancel_otp_request.additional_properties = d
        return cancel_otp_request

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
