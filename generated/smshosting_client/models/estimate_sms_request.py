from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_encoding import SmsEncoding, check_sms_encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="EstimateSmsRequest")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "text",
        "from",
        "to",
        "group",
        "encoding",
    )
)


@_attrs_define
class EstimateSmsRequest:
    """Form body of `estimateSms`. At least one of `to` and `group` must be present (`x-one-of-required`, also stated as
    `anyOf` for tools that read only JSON Schema).

    """

    text: str
    """ Message text to price. """
    from_: str | Unset = UNSET
    """ Sender, as in `sendSms`. """
    to: str | Unset = UNSET
    """ Recipients, as in `sendSms` (at most 1000). """
    group: str | Unset = UNSET
    """ Address-book group id, or several separated by commas. """
    encoding: SmsEncoding | Unset = UNSET
    """ Text encoding: `7BIT` (GSM default alphabet, 160 characters per SMS; the default when omitted), `UCS2` (any
    Unicode text, 70 characters per SMS) or `AUTO` (the service picks one from the text). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "text": self.text,
        }
        if self.from_ is not UNSET:
            field_dict["from"] = self.from_
        if self.to is not UNSET:
            field_dict["to"] = self.to
        if self.group is not UNSET:
            field_dict["group"] = self.group
        if encoding is not UNSET:
            field_dict["encoding"] = encoding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 1  # declared keys present
        obj.text = src_dict["text"]
        if "from" in src_dict:
            obj.from_ = src_dict["from"]
            known += 1
        else:
            obj.from_ = UNSET
        if "to" in src_dict:
            obj.to = src_dict["to"]
            known += 1
        else:
            obj.to = UNSET
        if "group" in src_dict:
            obj.group = src_dict["group"]
            known += 1
        else:
            obj.group = UNSET
        if "encoding" in src_dict:
            obj.encoding = check_sms_encoding(src_dict["encoding"])
            known += 1
        else:
            obj.encoding = UNSET
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
