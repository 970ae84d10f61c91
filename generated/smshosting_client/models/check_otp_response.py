from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.check_otp_response_verify_status import (
    CheckOtpResponseVerifyStatus,
    check_check_otp_response_verify_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckOtpResponse")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "verify_status",
        "id_sms",
    )
)


@_attrs_define
class CheckOtpResponse:
    """Answer of `checkOtp`."""

    verify_status: CheckOtpResponseVerifyStatus
    """ `VERIFIED` (code matches), `FAILED` (code does not match), `EXPIRED` (validity over), `VERIFY ID ERROR`
    (unknown verify_id), `REUSED` (code already verified), `CANCELLED` (code cancelled with `cancelOtp`). """
    id_sms: str | Unset = UNSET
    """ Internal id of the SMS that carried the code (a string of digits). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verify_status: str = self.verify_status

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "verify_status": verify_status,
        }
        if self.id_sms is not UNSET:
            field_dict["id_sms"] = self.id_sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 1  # declared keys present
        obj.verify_status = check_check_otp_response_verify_status(src_dict["verify_status"])
        if "id_sms" in src_dict:
            obj.id_sms = src_dict["id_sms"]
            known += 1
        else:
            obj.id_sms = UNSET
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
