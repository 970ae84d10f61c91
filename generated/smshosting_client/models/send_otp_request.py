from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_encoding import SmsEncoding, check_sms_encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendOtpRequest")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "to",
        "text",
        "from",
        "sandbox",
        "app_id",
        "encoding",
        "code_len",
        "max_retry",
        "ttl",
    )
)


@_attrs_define
class SendOtpRequest:
    """Form body of `sendOtp`."""

    to: str
    """ The single recipient, a mobile number with international prefix. """
    text: str
    """ Message text; must contain `${verify_code}`, which is replaced by the code. Up to 7 concatenated SMS. """
    from_: str | Unset = UNSET
    """ Sender, as in `sendSms`. """
    sandbox: bool | Unset = UNSET
    """ `true` makes the call validate the request and answer as usual without sending anything or using credit;
    omitted or `false` sends for real. On the wire it is the literal word `true` or `false`. """
    app_id: str | Unset = UNSET
    """ Caller-chosen name of the application; only one active code per recipient and app_id is kept. """
    encoding: SmsEncoding | Unset = UNSET
    """ Text encoding: `7BIT` (GSM default alphabet, 160 characters per SMS; the default when omitted), `UCS2` (any
    Unicode text, 70 characters per SMS) or `AUTO` (the service picks one from the text). """
    code_len: int | Unset = 4
    """ Number of digits of the code. """
    max_retry: int | Unset = 3
    """ How many checks are allowed before the code stops working. """
    ttl: int | Unset = 300
    """ Validity of the code in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "to": self.to,
            "text": self.text,
        }
        if self.from_ is not UNSET:
            field_dict["from"] = self.from_
        if self.sandbox is not UNSET:
            field_dict["sandbox"] = self.sandbox
        if self.app_id is not UNSET:
            field_dict["app_id"] = self.app_id
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if self.code_len is not UNSET:
            field_dict["code_len"] = self.code_len
        if self.max_retry is not UNSET:
            field_dict["max_retry"] = self.max_retry
        if self.ttl is not UNSET:
            field_dict["ttl"] = self.ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.to = src_dict["to"]
        obj.text = src_dict["text"]
        if "from" in src_dict:
            obj.from_ = src_dict["from"]
            known += 1
        else:
            obj.from_ = UNSET
        if "sandbox" in src_dict:
            obj.sandbox = src_dict["sandbox"]
            known += 1
        else:
            obj.sandbox = UNSET
        if "app_id" in src_dict:
            obj.app_id = src_dict["app_id"]
            known += 1
        else:
            obj.app_id = UNSET
        if "encoding" in src_dict:
            obj.encoding = check_sms_encoding(src_dict["encoding"])
            known += 1
        else:
            obj.encoding = UNSET
        if "code_len" in src_dict:
            obj.code_len = src_dict["code_len"]
            known += 1
        else:
            obj.code_len = UNSET
        if "max_retry" in src_dict:
            obj.max_retry = src_dict["max_retry"]
            known += 1
        else:
            obj.max_retry = UNSET
        if "ttl" in src_dict:
            obj.ttl = src_dict["ttl"]
            known += 1
        else:
            obj.ttl = UNSET
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
