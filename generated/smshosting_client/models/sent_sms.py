from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_status import SmsStatus, check_sms_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="SentSms")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "to",
        "status",
        "text",
        "from",
        "insertDate",
        "sentDate",
        "deliveryDate",
        "transactionId",
        "price",
        "statusDetail",
        "type",
    )
)


@_attrs_define
class SentSms:
    """A sent (or scheduled) SMS, as returned by `searchSms` and `cancelSms`."""

    id: int | str
    """ A numeric id that the gateway may send either as a JSON number or as a string of digits. The saved examples
    and the official clients disagree on the JSON type of several ids (decision S24), so responses accept both;
    compare ids as text (`str(value)`). Request parameters that take such an id back accept both forms too (on the
    wire they are the same text). Ids are never negative (S23). """
    to: str
    """ Recipient number. """
    status: SmsStatus
    """ State of a sent SMS: `PENDING` (queued), `SENT` (handed to the operator), `NOSENT` (not handed to the
    operator, e.g. cancelled), `DELIVERED` (reached the handset), `NOTDELIVERED` (did not reach the handset). """
    text: str | Unset = UNSET
    """ Message text. """
    from_: str | Unset = UNSET
    """ Sender. """
    insert_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    sent_date: None | str | Unset = UNSET
    """ When the SMS was handed to the operator (absent or null until then). """
    delivery_date: None | str | Unset = UNSET
    """ When delivery was confirmed (absent or null until then). """
    transaction_id: str | Unset = UNSET
    """ Identifier of the send the SMS belongs to. """
    price: float | Unset = UNSET
    """ Cost of the SMS in euro. """
    status_detail: str | Unset = UNSET
    """ Detail of the status (not in the vendor's field table; read by the 2018-2020 Java client, S31). Open set.
    """
    type_: str | Unset = UNSET
    """ Kind of message (not in the vendor's field table; Java client 2018-2020, S31). Open set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "to": self.to,
            "status": status,
        }
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.from_ is not UNSET:
            field_dict["from"] = self.from_
        if self.insert_date is not UNSET:
            field_dict["insertDate"] = self.insert_date
        if self.sent_date is not UNSET:
            field_dict["sentDate"] = self.sent_date
        if self.delivery_date is not UNSET:
            field_dict["deliveryDate"] = self.delivery_date
        if self.transaction_id is not UNSET:
            field_dict["transactionId"] = self.transaction_id
        if self.price is not UNSET:
            field_dict["price"] = self.price
        if self.status_detail is not UNSET:
            field_dict["statusDetail"] = self.status_detail
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 3  # declared keys present
        obj.id = src_dict["id"]
        obj.to = src_dict["to"]
        obj.status = check_sms_status(src_dict["status"])
        if "text" in src_dict:
            obj.text = src_dict["text"]
            known += 1
        else:
            obj.text = UNSET
        if "from" in src_dict:
            obj.from_ = src_dict["from"]
            known += 1
        else:
            obj.from_ = UNSET
        if "insertDate" in src_dict:
            obj.insert_date = src_dict["insertDate"]
            known += 1
        else:
            obj.insert_date = UNSET
        if "sentDate" in src_dict:
            obj.sent_date = src_dict["sentDate"]
            known += 1
        else:
            obj.sent_date = UNSET
        if "deliveryDate" in src_dict:
            obj.delivery_date = src_dict["deliveryDate"]
            known += 1
        else:
            obj.delivery_date = UNSET
        if "transactionId" in src_dict:
            obj.transaction_id = src_dict["transactionId"]
            known += 1
        else:
            obj.transaction_id = UNSET
        if "price" in src_dict:
            obj.price = src_dict["price"]
            known += 1
        else:
            obj.price = UNSET
        if "statusDetail" in src_dict:
            obj.status_detail = src_dict["statusDetail"]
            known += 1
        else:
            obj.status_detail = UNSET
        if "type" in src_dict:
            obj.type_ = src_dict["type"]
            known += 1
        else:
            obj.type_ = UNSET
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
