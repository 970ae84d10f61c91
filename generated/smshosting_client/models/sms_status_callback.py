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
        id = self.id

        status: str = self.status

        transaction_id = self.transaction_id

        to = self.to

        notification_date = self.notification_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if to is not UNSET:
            field_dict["to"] = to
        if notification_date is not UNSET:
            field_dict["notificationDate"] = notification_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = check_sms_status_callback_status(d.pop("status"))

        transaction_id = d.pop("transactionId", UNSET)

        to = d.pop("to", UNSET)

        notification_date = d.pop("notificationDate", UNSET)

        sms_status_callback = cls(
            id=id,
            status=status,
            transaction_id=transaction_id,
            to=to,
            notification_date=notification_date,
        )

        sms_status_callback.additional_properties = d
        return sms_status_callback

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
