from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_insert_result import SmsInsertResult


T = TypeVar("T", bound="SendSmsResponse")


@_attrs_define
class SendSmsResponse:
    """Answer of `sendSms`."""

    transaction_id: str
    """ Identifier of the send (the caller's or a generated one). """
    from_: str | Unset = UNSET
    """ Sender actually used. """
    text: str | Unset = UNSET
    """ Message text. """
    sms_inserted: int | Unset = UNSET
    """ Number of SMS accepted. """
    sms_not_inserted: int | Unset = UNSET
    """ Number of SMS refused. """
    sms: list[SmsInsertResult] | Unset = UNSET
    """ One item per recipient. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        from_ = self.from_

        text = self.text

        sms_inserted = self.sms_inserted

        sms_not_inserted = self.sms_not_inserted

        sms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = []
            for sms_item_data in self.sms:
                sms_item = sms_item_data.to_dict()
                sms.append(sms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactionId": transaction_id,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if text is not UNSET:
            field_dict["text"] = text
        if sms_inserted is not UNSET:
            field_dict["smsInserted"] = sms_inserted
        if sms_not_inserted is not UNSET:
            field_dict["smsNotInserted"] = sms_not_inserted
        if sms is not UNSET:
            field_dict["sms"] = sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_insert_result import SmsInsertResult  # noqa: PLC0415

        d = dict(src_dict)
        transaction_id = d.pop("transactionId")

        from_ = d.pop("from", UNSET)

        text = d.pop("text", UNSET)

        sms_inserted = d.pop("smsInserted", UNSET)

        sms_not_inserted = d.pop("smsNotInserted", UNSET)

        _sms = d.pop("sms", UNSET)
        sms: list[SmsInsertResult] | Unset = UNSET
        if _sms is not UNSET:
            sms = []
            for sms_item_data in _sms:
                sms_item = SmsInsertResult.from_dict(sms_item_data)

                sms.append(sms_item)

        send_sms_response = cls(
            transaction_id=transaction_id,
            from_=from_,
            text=text,
            sms_inserted=sms_inserted,
            sms_not_inserted=sms_not_inserted,
            sms=sms,
        )

        send_sms_response.additional_properties = d
        return send_sms_response

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
