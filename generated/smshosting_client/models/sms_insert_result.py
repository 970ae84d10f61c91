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

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "to",
        "status",
        "type",
        "statusDetail",
    )
)


@_attrs_define
class SmsInsertResult:
    """One SMS created by a send call."""

    id: int | str
    """ A numeric id that the gateway may send either as a JSON number or as a string of digits. The saved examples
    and the official clients disagree on the JSON type of several ids (decision S24), so responses accept both;
    compare ids as text (`str(value)`). Request parameters that take such an id back accept both forms too (on the
    wire they are the same text). Ids are never negative (S23). """
    to: str
    """ Recipient number. """
    status: SmsInsertResultStatus
    """ Whether the SMS was accepted. """
    type_: str | Unset = UNSET
    """ Kind of message (not in the vendor's field table; read by the 2018-2020 Java client, S31). Open set. """
    status_detail: SmsInsertResultStatusDetail | Unset = UNSET
    """ Why the SMS was not accepted (only with `NOT_INSERTED`): malformed number, same recipient, sender and text
    already sent in the last 24 hours, or recipient black-listed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        status_detail: str | Unset = UNSET
        if not isinstance(self.status_detail, Unset):
            status_detail = self.status_detail

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "to": self.to,
            "status": status,
        }
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if status_detail is not UNSET:
            field_dict["statusDetail"] = status_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 3  # declared keys present
        obj.id = src_dict["id"]
        obj.to = src_dict["to"]
        obj.status = check_sms_insert_result_status(src_dict["status"])
        if "type" in src_dict:
            obj.type_ = src_dict["type"]
            known += 1
        else:
            obj.type_ = UNSET
        if "statusDetail" in src_dict:
            obj.status_detail = check_sms_insert_result_status_detail(src_dict["statusDetail"])
            known += 1
        else:
            obj.status_detail = UNSET
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
