from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsBulkResponse")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "transactionId",
        "from",
        "text",
    )
)


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
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "transactionId": self.transaction_id,
        }
        if self.from_ is not UNSET:
            field_dict["from"] = self.from_
        if self.text is not UNSET:
            field_dict["text"] = self.text

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
