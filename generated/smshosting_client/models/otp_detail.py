from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtpDetail")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "verify_id",
        "verify_status",
        "to",
        "from",
        "id_sms",
        "codice",
        "date_submit",
        "valid_until",
        "checks",
    )
)


@_attrs_define
class OtpDetail:
    """Answer of `getOtp`."""

    verify_id: str
    """ Identifier of the OTP request. """
    verify_status: str
    """ Current state of the request (an open set; the outcomes of `checkOtp` such as `VERIFIED`, `EXPIRED` or
    `CANCELLED` appear here). """
    to: str | Unset = UNSET
    """ Recipient number. """
    from_: str | Unset = UNSET
    """ Sender. """
    id_sms: str | Unset = UNSET
    """ Internal id of the SMS that carried the code (a string of digits). """
    codice: str | Unset = UNSET
    """ The code itself; filled only for requests made with `sandbox=true`. """
    date_submit: int | Unset = UNSET
    """ When the SMS was sent, in milliseconds since 1970-01-01 UTC. """
    valid_until: int | Unset = UNSET
    """ End of validity of the code, in milliseconds since 1970-01-01 UTC. """
    checks: list[OtpCheck] | Unset = UNSET
    """ Every check made so far. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.checks, Unset):
            checks = []
            for checks_item_data in self.checks:
                checks_item = checks_item_data.to_dict()
                checks.append(checks_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "verify_id": self.verify_id,
            "verify_status": self.verify_status,
        }
        if self.to is not UNSET:
            field_dict["to"] = self.to
        if self.from_ is not UNSET:
            field_dict["from"] = self.from_
        if self.id_sms is not UNSET:
            field_dict["id_sms"] = self.id_sms
        if self.codice is not UNSET:
            field_dict["codice"] = self.codice
        if self.date_submit is not UNSET:
            field_dict["date_submit"] = self.date_submit
        if self.valid_until is not UNSET:
            field_dict["valid_until"] = self.valid_until
        if checks is not UNSET:
            field_dict["checks"] = checks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.verify_id = src_dict["verify_id"]
        obj.verify_status = src_dict["verify_status"]
        if "to" in src_dict:
            obj.to = src_dict["to"]
            known += 1
        else:
            obj.to = UNSET
        if "from" in src_dict:
            obj.from_ = src_dict["from"]
            known += 1
        else:
            obj.from_ = UNSET
        if "id_sms" in src_dict:
            obj.id_sms = src_dict["id_sms"]
            known += 1
        else:
            obj.id_sms = UNSET
        if "codice" in src_dict:
            obj.codice = src_dict["codice"]
            known += 1
        else:
            obj.codice = UNSET
        if "date_submit" in src_dict:
            obj.date_submit = src_dict["date_submit"]
            known += 1
        else:
            obj.date_submit = UNSET
        if "valid_until" in src_dict:
            obj.valid_until = src_dict["valid_until"]
            known += 1
        else:
            obj.valid_until = UNSET
        if "checks" in src_dict:
            obj.checks = list(map(OtpCheck.from_dict, src_dict["checks"]))
            known += 1
        else:
            obj.checks = UNSET
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


from ..models.otp_check import OtpCheck  # noqa: E402
