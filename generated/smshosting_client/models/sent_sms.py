from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_status import SmsStatus, check_sms_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="SentSms")


@_attrs_define
class SentSms:
    """A sent (or scheduled) SMS, as returned by `searchSms` and `cancelSms`."""

    id: int
    """ Internal SMS id. """
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        to = self.to

        status: str = self.status

        text = self.text

        from_ = self.from_

        insert_date = self.insert_date

        sent_date: None | str | Unset
        if isinstance(self.sent_date, Unset):
            sent_date = UNSET
        else:
            sent_date = self.sent_date

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        else:
            delivery_date = self.delivery_date

        transaction_id = self.transaction_id

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "to": to,
                "status": status,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if from_ is not UNSET:
            field_dict["from"] = from_
        if insert_date is not UNSET:
            field_dict["insertDate"] = insert_date
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        to = d.pop("to")

        status = check_sms_status(d.pop("status"))

        text = d.pop("text", UNSET)

        from_ = d.pop("from", UNSET)

        insert_date = d.pop("insertDate", UNSET)

        def _parse_sent_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sent_date = _parse_sent_date(d.pop("sentDate", UNSET))

        def _parse_delivery_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_date = _parse_delivery_date(d.pop("deliveryDate", UNSET))

        transaction_id = d.pop("transactionId", UNSET)

        price = d.pop("price", UNSET)

        sent_sms = cls(
            id=id,
            to=to,
            status=status,
            text=text,
            from_=from_,
            insert_date=insert_date,
            sent_date=sent_date,
            delivery_date=delivery_date,
            transaction_id=transaction_id,
            price=price,
        )

        sent_sms.additional_properties = d
        return sent_sms

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
