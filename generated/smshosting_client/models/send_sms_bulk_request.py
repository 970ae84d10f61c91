from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_encoding import SmsEncoding, check_sms_encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsBulkRequest")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "text",
        "from",
        "to",
        "group",
        "udh",
        "pid",
        "date",
        "transactionId",
        "sandbox",
        "statusCallback",
        "transactionCallback",
        "encoding",
    )
)


@_attrs_define
class SendSmsBulkRequest:
    """Form body of `sendSmsBulk`, covering both the bulk text send and the binary send. At least one of `to` and `group`
    must be present. The request is a binary send when `udh` or `pid` is present; then `text` must be hexadecimal
    (`x-binary-variant`).

    """

    text: str
    """ Text sends: the message text, as in `sendSms`. Binary sends (`udh` or `pid` present): the payload as
    hexadecimal digits, two per byte (140 bytes per SMS, 134 per part when concatenated). """
    from_: str | Unset = UNSET
    """ Sender, as in `sendSms`. """
    to: str | Unset = UNSET
    """ Recipients, as in `sendSms`: comma-separated numbers with international prefix or a JSON array of objects
    with `msisdn`. Unlike `sendSms`, no 1000 limit is documented for this call. """
    group: str | Unset = UNSET
    """ Address-book group id, or several separated by commas. """
    udh: str | Unset = UNSET
    """ Binary sends only: User Data Header as hexadecimal digits, two per byte (e.g. `00c34abf300311`). Its
    presence marks the request as binary. """
    pid: int | Unset = UNSET
    """ Binary sends only: GSM 03.40 protocol identifier as a decimal number (0 is the default identifier). Its
    presence marks the request as binary. """
    date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    transaction_id: str | Unset = UNSET
    """ Caller-chosen identifier of the send; generated when omitted. """
    sandbox: bool | Unset = UNSET
    """ `true` makes the call validate the request and answer as usual without sending anything or using credit;
    omitted or `false` sends for real. On the wire it is the literal word `true` or `false`. """
    status_callback: str | Unset = UNSET
    """ URL (`http` or `https`) that receives the final delivery status of each SMS. """
    transaction_callback: str | Unset = UNSET
    """ URL (`http` or `https`) that receives, by JSON POST, the overall outcome of the send once it has been
    processed (see the `transactionCallback` callback). """
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
        if self.udh is not UNSET:
            field_dict["udh"] = self.udh
        if self.pid is not UNSET:
            field_dict["pid"] = self.pid
        if self.date is not UNSET:
            field_dict["date"] = self.date
        if self.transaction_id is not UNSET:
            field_dict["transactionId"] = self.transaction_id
        if self.sandbox is not UNSET:
            field_dict["sandbox"] = self.sandbox
        if self.status_callback is not UNSET:
            field_dict["statusCallback"] = self.status_callback
        if self.transaction_callback is not UNSET:
            field_dict["transactionCallback"] = self.transaction_callback
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
        if "udh" in src_dict:
            obj.udh = src_dict["udh"]
            known += 1
        else:
            obj.udh = UNSET
        if "pid" in src_dict:
            obj.pid = src_dict["pid"]
            known += 1
        else:
            obj.pid = UNSET
        if "date" in src_dict:
            obj.date = src_dict["date"]
            known += 1
        else:
            obj.date = UNSET
        if "transactionId" in src_dict:
            obj.transaction_id = src_dict["transactionId"]
            known += 1
        else:
            obj.transaction_id = UNSET
        if "sandbox" in src_dict:
            obj.sandbox = src_dict["sandbox"]
            known += 1
        else:
            obj.sandbox = UNSET
        if "statusCallback" in src_dict:
            obj.status_callback = src_dict["statusCallback"]
            known += 1
        else:
            obj.status_callback = UNSET
        if "transactionCallback" in src_dict:
            obj.transaction_callback = src_dict["transactionCallback"]
            known += 1
        else:
            obj.transaction_callback = UNSET
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
