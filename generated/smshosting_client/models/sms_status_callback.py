from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_status_callback_status import (
    SmsStatusCallbackStatus,
    check_sms_status_callback_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsStatusCallback")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "transactionId",
        "to",
        "notificationDate",
    )
)


@_attrs_define
class SmsStatusCallback:
    """Form-encoded body POSTed to `statusCallback`. Every value arrives as text, so the SMS id is a string of digits here."""

    id: str
    """ Internal SMS id (digits; the same number as `SmsInsertResult.id`). """
    status: SmsStatusCallbackStatus
    """ Final delivery status. """
    transaction_id: str | Unset = UNSET
    """ Identifier of the send. """
    to: str | Unset = UNSET
    """ Recipient number. """
    notification_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "status": status,
        }
        if self.transaction_id is not UNSET:
            field_dict["transactionId"] = self.transaction_id
        if self.to is not UNSET:
            field_dict["to"] = self.to
        if self.notification_date is not UNSET:
            field_dict["notificationDate"] = self.notification_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.id = src_dict["id"]
        obj.status = check_sms_status_callback_status(src_dict["status"])
        if "transactionId" in src_dict:
            obj.transaction_id = src_dict["transactionId"]
            known += 1
        else:
            obj.transaction_id = UNSET
        if "to" in src_dict:
            obj.to = src_dict["to"]
            known += 1
        else:
            obj.to = UNSET
        if "notificationDate" in src_dict:
            obj.notification_date = src_dict["notificationDate"]
            known += 1
        else:
            obj.notification_date = UNSET
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
