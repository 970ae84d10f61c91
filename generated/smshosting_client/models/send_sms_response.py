from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsResponse")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "transactionId",
        "from",
        "text",
        "smsInserted",
        "smsNotInserted",
        "pushInserted",
        "sms",
    )
)


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
    push_inserted: int | Unset = UNSET
    """ Number of push messages inserted (meaning undocumented; not in the vendor's field table; read by the
    2018-2020 Java client, S31). """
    sms: list[SmsInsertResult] | Unset = UNSET
    """ One item per recipient. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = []
            for sms_item_data in self.sms:
                sms_item = sms_item_data.to_dict()
                sms.append(sms_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "transactionId": self.transaction_id,
        }
        if self.from_ is not UNSET:
            field_dict["from"] = self.from_
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.sms_inserted is not UNSET:
            field_dict["smsInserted"] = self.sms_inserted
        if self.sms_not_inserted is not UNSET:
            field_dict["smsNotInserted"] = self.sms_not_inserted
        if self.push_inserted is not UNSET:
            field_dict["pushInserted"] = self.push_inserted
        if sms is not UNSET:
            field_dict["sms"] = sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 1  # declared keys present
        obj.transaction_id = src_dict["transactionId"]
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
        if "pushInserted" in src_dict:
            obj.push_inserted = src_dict["pushInserted"]
            known += 1
        else:
            obj.push_inserted = UNSET
        if "sms" in src_dict:
            obj.sms = list(map(SmsInsertResult.from_dict, src_dict["sms"]))
            known += 1
        else:
            obj.sms = UNSET
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


from ..models.sms_insert_result import SmsInsertResult  # noqa: E402
