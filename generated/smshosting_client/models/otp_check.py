from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtpCheck")


@_attrs_define
class OtpCheck:
    """One verification attempt."""

    date: int | Unset = UNSET
    """ When the check was made, in milliseconds since 1970-01-01 UTC. """
    verify_code: str | Unset = UNSET
    """ The code that was checked. """
    verify_status: str | Unset = UNSET
    """ Outcome of that check (values as in `CheckOtpResponse.verify_status`). """
    ip_address: str | Unset = UNSET
    """ End-user IP address given with the check, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        verify_code = self.verify_code

        verify_status = self.verify_status

        ip_address = self.ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if verify_code is not UNSET:
            field_dict["verify_code"] = verify_code
        if verify_status is not UNSET:
            field_dict["verify_status"] = verify_status
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        verify_code = d.pop("verify_code", UNSET)

        verify_status = d.pop("verify_status", UNSET)

        ip_address = d.pop("ip_address", UNSET)

        otp_check = cls(
            date=date,
            verify_code=verify_code,
            verify_status=verify_status,
            ip_address=ip_address,
        )

        otp_check.additional_properties = d
        return otp_check

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
