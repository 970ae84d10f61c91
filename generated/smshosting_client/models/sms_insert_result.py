from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_insert_result_status import (
    SmsInsertResultStatus,
    check_sms_insert_result_status,
)
from ..models.sms_insert_result_status_detail import (
    SmsInsertResultStatusDetail,
    check_sms_insert_result_status_detail,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsInsertResult")


@_attrs_define
class SmsInsertResult:
    """One SMS created by a send call."""

    id: int
    """ Internal SMS id (use it with `searchSms` or `cancelSms`). """
    to: str
    """ Recipient number. """
    status: SmsInsertResultStatus
    """ Whether the SMS was accepted. """
    status_detail: SmsInsertResultStatusDetail | Unset = UNSET
    """ Why the SMS was not accepted (only with `NOT_INSERTED`): malformed number, same recipient, sender and text
    already sent in the last 24 hours, or recipient black-listed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        to = self.to

        status: str = self.status

        status_detail: str | Unset = UNSET
        if not isinstance(self.status_detail, Unset):
            status_detail = self.status_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "to": to,
                "status": status,
            }
        )
        if status_detail is not UNSET:
            field_dict["statusDetail"] = status_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        to = d.pop("to")

        status = check_sms_insert_result_status(d.pop("status"))

        _status_detail = d.pop("statusDetail", UNSET)
        status_detail: SmsInsertResultStatusDetail | Unset
        if isinstance(_status_detail, Unset):
            status_detail = UNSET
        else:
            status_detail = check_sms_insert_result_status_detail(_status_detail)

        sms_insert_result = cls(
            id=id,
            to=to,
            status=status,
            status_detail=status_detail,
        )

        sms_insert_result.additional_properties = d
        return sms_insert_result

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
