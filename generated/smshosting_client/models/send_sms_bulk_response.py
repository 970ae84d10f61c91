from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsBulkResponse")


@_attrs_define
class SendSmsBulkResponse:
    """Answer of `sendSmsBulk` (text or binary); the per-SMS results come later by callback."""

    transaction_id: str
    """ Identifier of the send (the caller's or a generated one). """
    from_: str | Unset = UNSET
    """ Sender actually used. """
    text: str | Unset = UNSET
    """ Message text (hexadecimal payload for binary sends). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        from_ = self.from_

        text = self.text

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction_id = d.pop("transactionId")

        from_ = d.pop("from", UNSET)

        text = d.pop("text", UNSET)

        send_sms_bulk_response = cls(
            transaction_id=transaction_id,
            from_=from_,
            text=text,
        )

        send_sms_bulk_response.additional_properties = d
        return send_sms_bulk_response

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
