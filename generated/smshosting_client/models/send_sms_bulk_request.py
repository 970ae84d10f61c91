from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_encoding import SmsEncoding, check_sms_encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsBulkRequest")


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
    """ URL that receives the final delivery status of each SMS. """
    transaction_callback: str | Unset = UNSET
    """ URL that receives, by JSON POST, the overall outcome of the send once it has been processed (see the
    `transactionCallback` callback). """
    encoding: SmsEncoding | Unset = UNSET
    """ Text encoding: `7BIT` (GSM default alphabet, 160 characters per SMS; the default when omitted), `UCS2` (any
    Unicode text, 70 characters per SMS) or `AUTO` (the service picks one from the text). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        from_ = self.from_

        to = self.to

        group = self.group

        udh = self.udh

        pid = self.pid

        date = self.date

        transaction_id = self.transaction_id

        sandbox = self.sandbox

        status_callback = self.status_callback

        transaction_callback = self.transaction_callback

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
        if udh is not UNSET:
            field_dict["udh"] = udh
        if pid is not UNSET:
            field_dict["pid"] = pid
        if date is not UNSET:
            field_dict["date"] = date
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        if status_callback is not UNSET:
            field_dict["statusCallback"] = status_callback
        if transaction_callback is not UNSET:
            field_dict["transactionCallback"] = transaction_callback
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

        udh = d.pop("udh", UNSET)

        pid = d.pop("pid", UNSET)

        date = d.pop("date", UNSET)

        transaction_id = d.pop("transactionId", UNSET)

        sandbox = d.pop("sandbox", UNSET)

        status_callback = d.pop("statusCallback", UNSET)

        transaction_callback = d.pop("transactionCallback", UNSET)

        _encoding = d.pop("encoding", UNSET)
        encoding: SmsEncoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = check_sms_encoding(_encoding)

        send_sms_bulk_request = cls(
            text=text,
            from_=from_,
            to=to,
            group=group,
            udh=udh,
            pid=pid,
            date=date,
            transaction_id=transaction_id,
            sandbox=sandbox,
            status_callback=status_callback,
            transaction_callback=transaction_callback,
            encoding=encoding,
        )

        send_sms_bulk_request.additional_properties = d
        return send_sms_bulk_request

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
