from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_encoding import SmsEncoding, check_sms_encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="EstimateSmsRequest")


@_attrs_define
class EstimateSmsRequest:
    """Form body of `estimateSms`. At least one of `to` and `group` must be present (`x-one-of-required`)."""

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
        text = self.text

        from_ = self.from_

        to = self.to

        group = self.group

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if group is not UNSET:
            field_dict["group"] = group
        if encoding is not UNSET:
            field_dict["encoding"] = encoding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        group = d.pop("group", UNSET)

        _encoding = d.pop("encoding", UNSET)
        encoding: SmsEncoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = check_sms_encoding(_encoding)

        estimate_sms_request = cls(
            text=text,
            from_=from_,
            to=to,
            group=group,
            encoding=encoding,
        )

        estimate_sms_request.additional_properties = d
        return estimate_sms_request

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
