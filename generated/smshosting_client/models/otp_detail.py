from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.otp_check import OtpCheck


T = TypeVar("T", bound="OtpDetail")


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
        verify_id = self.verify_id

        verify_status = self.verify_status

        to = self.to

        from_ = self.from_

        id_sms = self.id_sms

        codice = self.codice

        date_submit = self.date_submit

        valid_until = self.valid_until

        checks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.checks, Unset):
            checks = []
            for checks_item_data in self.checks:
                checks_item = checks_item_data.to_dict()
                checks.append(checks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verify_id": verify_id,
                "verify_status": verify_status,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if from_ is not UNSET:
            field_dict["from"] = from_
        if id_sms is not UNSET:
            field_dict["id_sms"] = id_sms
        if codice is not UNSET:
            field_dict["codice"] = codice
        if date_submit is not UNSET:
            field_dict["date_submit"] = date_submit
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until
        if checks is not UNSET:
            field_dict["checks"] = checks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.otp_check import OtpCheck  # noqa: PLC0415

        d = dict(src_dict)
        verify_id = d.pop("verify_id")

        verify_status = d.pop("verify_status")

        to = d.pop("to", UNSET)

        from_ = d.pop("from", UNSET)

        id_sms = d.pop("id_sms", UNSET)

        codice = d.pop("codice", UNSET)

        date_submit = d.pop("date_submit", UNSET)

        valid_until = d.pop("valid_until", UNSET)

        _checks = d.pop("checks", UNSET)
        checks: list[OtpCheck] | Unset = UNSET
        if _checks is not UNSET:
            checks = []
            for checks_item_data in _checks:
                checks_item = OtpCheck.from_dict(checks_item_data)

                checks.append(checks_item)

        otp_detail = cls(
            verify_id=verify_id,
            verify_status=verify_status,
            to=to,
            from_=from_,
            id_sms=id_sms,
            codice=codice,
            date_submit=date_submit,
            valid_until=valid_until,
            checks=checks,
        )

        otp_detail.additional_properties = d
        return otp_detail

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
