from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_transaction_sms_status import (
    BulkTransactionSmsStatus,
    check_bulk_transaction_sms_status,
)
from ..models.bulk_transaction_sms_status_detail import (
    BulkTransactionSmsStatusDetail,
    check_bulk_transaction_sms_status_detail,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkTransactionSms")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "to",
        "status",
        "id",
        "statusDetail",
    )
)


@_attrs_define
class BulkTransactionSms:
    """One SMS of a bulk send, in the `transactionCallback` body."""

    to: str
    """ Recipient number. """
    status: BulkTransactionSmsStatus
    """ Whether the SMS was accepted. """
    id: int | str | Unset = UNSET
    """ A numeric id that the gateway may send either as a JSON number or as a string of digits. The saved examples
    and the official clients disagree on the JSON type of several ids (decision S24), so responses accept both;
    compare ids as text (`str(value)`). Request parameters that take such an id back accept both forms too (on the
    wire they are the same text). Ids are never negative (S23). """
    status_detail: BulkTransactionSmsStatusDetail | Unset = UNSET
    """ Why the SMS was not accepted (only with `NOT_INSERTED`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        status_detail: str | Unset = UNSET
        if not isinstance(self.status_detail, Unset):
            status_detail = self.status_detail

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "to": self.to,
            "status": status,
        }
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if status_detail is not UNSET:
            field_dict["statusDetail"] = status_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.to = src_dict["to"]
        obj.status = check_bulk_transaction_sms_status(src_dict["status"])
        if "id" in src_dict:
            obj.id = src_dict["id"]
            known += 1
        else:
            obj.id = UNSET
        if "statusDetail" in src_dict:
            obj.status_detail = check_bulk_transaction_sms_status_detail(src_dict["statusDetail"])
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
