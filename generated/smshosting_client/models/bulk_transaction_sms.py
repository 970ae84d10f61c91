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


@_attrs_define
class BulkTransactionSms:
    """One SMS of a bulk send, in the `transactionCallback` body."""

    to: str
    """ Recipient number. """
    status: BulkTransactionSmsStatus
    """ Whether the SMS was accepted. """
    id: int | Unset = UNSET
    """ Internal SMS id (for `searchSms`); absent when not inserted. """
    status_detail: BulkTransactionSmsStatusDetail | Unset = UNSET
    """ Why the SMS was not accepted (only with `NOT_INSERTED`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        status: str = self.status

        id = self.id

        status_detail: str | Unset = UNSET
        if not isinstance(self.status_detail, Unset):
            status_detail = self.status_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status_detail is not UNSET:
            field_dict["statusDetail"] = status_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to")

        status = check_bulk_transaction_sms_status(d.pop("status"))

        id = d.pop("id", UNSET)

        _status_detail = d.pop("statusDetail", UNSET)
        status_detail: BulkTransactionSmsStatusDetail | Unset
        if isinstance(_status_detail, Unset):
            status_detail = UNSET
        else:
            status_detail = check_bulk_transaction_sms_status_detail(_status_detail)

        bulk_transaction_sms = cls(
            to=to,
            status=status,
            id=id,
            status_detail=status_detail,
        )

        bulk_transaction_sms.additional_properties = d
        return bulk_transaction_sms

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
