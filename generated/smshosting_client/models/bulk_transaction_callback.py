from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_transaction_callback_status import (
    BulkTransactionCallbackStatus,
    check_bulk_transaction_callback_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkTransactionCallback")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "transactionId",
        "status",
        "from",
        "text",
        "smsInserted",
        "smsNotInserted",
        "sms",
        "errorMsg",
    )
)


@_attrs_define
class BulkTransactionCallback:
    """JSON body POSTed to `transactionCallback` when a bulk send has been processed."""

    transaction_id: str
    """ Identifier of the send. """
    status: BulkTransactionCallbackStatus
    """ `COMPLETED`: the send was processed and `sms` lists each SMS; `ERROR`: nothing was sent, see `errorMsg`. """
    from_: str | Unset = UNSET
    """ Sender. """
    text: str | Unset = UNSET
    """ Message text. """
    sms_inserted: int | Unset = UNSET
    """ Number of SMS accepted. """
    sms_not_inserted: int | Unset = UNSET
    """ Number of SMS refused. """
    sms: list[BulkTransactionSms] | Unset = UNSET
    error_msg: str | Unset = UNSET
    """ Only with `status=ERROR`. Documented values: `BAD_TEXT_PLACEHOLDER`, `NO_CREDIT`, `NO_VALID_RECIPIENT`,
    `GENERIC_ERROR`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        sms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = []
            for sms_item_data in self.sms:
                sms_item = sms_item_data.to_dict()
                sms.append(sms_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "transactionId": self.transaction_id,
            "status": status,
        }
        if self.from_ is not UNSET:
            field_dict["from"] = self.from_
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.sms_inserted is not UNSET:
            field_dict["smsInserted"] = self.sms_inserted
        if self.sms_not_inserted is not UNSET:
            field_dict["smsNotInserted"] = self.sms_not_inserted
        if sms is not UNSET:
            field_dict["sms"] = sms
        if self.error_msg is not UNSET:
            field_dict["errorMsg"] = self.error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.transaction_id = src_dict["transactionId"]
        obj.status = check_bulk_transaction_callback_status(src_dict["status"])
        if "from" in src_dict:
            obj.from_ = src_dict["from"]
            known += 1
        else:
            obj.from_ = UNSET
        if "text" in src_dict:
            obj.text = src_dict["text"]
            known += 1
        else:
            obj.text = UNSET
        if "smsInserted" in src_dict:
            obj.sms_inserted = src_dict["smsInserted"]
            known += 1
        else:
            obj.sms_inserted = UNSET
        if "smsNotInserted" in src_dict:
            obj.sms_not_inserted = src_dict["smsNotInserted"]
            known += 1
        else:
            obj.sms_not_inserted = UNSET
        if "sms" in src_dict:
            obj.sms = list(map(BulkTransactionSms.from_dict, src_dict["sms"]))
            known += 1
        else:
            obj.sms = UNSET
        if "errorMsg" in src_dict:
            obj.error_msg = src_dict["errorMsg"]
            known += 1
        else:
            obj.error_msg = UNSET
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


from ..models.bulk_transaction_sms import BulkTransactionSms  # noqa: E402
