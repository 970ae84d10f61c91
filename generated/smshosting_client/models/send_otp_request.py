from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_encoding import SmsEncoding, check_sms_encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendOtpRequest")


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
        to = self.to

        text = self.text

        from_ = self.from_

        sandbox = self.sandbox

        app_id = self.app_id

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding

        code_len = self.code_len

        max_retry = self.max_retry

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
                "text": text,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if code_len is not UNSET:
            field_dict["code_len"] = code_len
        if max_retry is not UNSET:
            field_dict["max_retry"] = max_retry
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to")

        text = d.pop("text")

        from_ = d.pop("from", UNSET)

        sandbox = d.pop("sandbox", UNSET)

        app_id = d.pop("app_id", UNSET)

        _encoding = d.pop("encoding", UNSET)
        encoding: SmsEncoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = check_sms_encoding(_encoding)

        code_len = d.pop("code_len", UNSET)

        max_retry = d.pop("max_retry", UNSET)

        ttl = d.pop("ttl", UNSET)

        send_otp_request = cls(
            to=to,
            text=text,
            from_=from_,
            sandbox=sandbox,
            app_id=app_id,
            encoding=encoding,
            code_len=code_len,
            max_retry=max_retry,
            ttl=ttl,
        )

        send_otp_request.additional_properties = d
        return send_otp_request

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
