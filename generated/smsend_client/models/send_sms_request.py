from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.message_type import MessageType, check_message_type
from ..models.send_sms_request_encoding import (
    SendSmsRequestEncoding,
    check_send_sms_request_encoding,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsRequest")


@_attrs_define
class SendSmsRequest:
    """Body of sendSms; unknown fields are refused with `400` (S1)."""

    recipient: list[str]
    """ Phone numbers, `+` or `00` and the country code (S7). """
    message_type: MessageType
    """ Message type accepted in requests: `N` high quality with delivery report,
    `L` medium quality, `LL` low cost (D10), the values the documentation lists for
    credit moves and purchases. Responses may show further codes, at least `EE`
    (foreign SMS) and `AD` (advertising SMS), and therefore use a plain string (D36).
     """
    message: str
    """ The text: at most 1000 GSM-7 characters or 450 UCS-2 units, one part (160 / 70)
    for `LL` (S4).
     """
    sender: str | Unset = ""
    """ Sender shown on the phone; only for type `N`: a phone number or an approved alias.
    Empty means the account's preferred sender (S6).
     """
    scheduled_delivery_time: str | Unset = UNSET
    """ Delivery time, in one of `ddMMyy`, `yyyyMMdd`, `ddMMyyHHmm`, `yyyyMMddHHmmss`,
    `yyyy-MM-dd HH:mm`, `yyyy-MM-dd HH:mm.0`; a time not in the future sends now (S9).
     """
    scheduled_delivery_timezone: str | Unset = UNSET
    """ IANA zone of `scheduled_delivery_time`; `Europe/Rome` when omitted (S9). """
    order_id: str | Unset = UNSET
    """ Caller's id for the order, unique per account; generated when omitted (S8). """
    return_credits: bool | Unset = False
    """ Make `total_sent` count credits used instead of messages. """
    return_remaining: bool | Unset = False
    """ Add `remaining_credits` (credits of this type left) to the answer. """
    allow_invalid_recipients: bool | Unset = False
    """ Skip invalid and blacklisted numbers instead of refusing the call (S7). """
    encoding: SendSmsRequestEncoding | Unset = "gsm"
    """ `ucs2` for characters outside the GSM-7 alphabet (S4). """
    id_landing: int | Unset = UNSET
    """ A published landing page whose link replaces the `%PAGESLINK____________%`
    placeholder (S18).
     """
    campaign_name: str | Unset = UNSET
    """ Campaign name kept with the order. """
    short_link_url: str | Unset = UNSET
    """ URL whose short link replaces the `%SHORT_LINK%` placeholder (S18). """

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        message_type: str = self.message_type

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding

        field_dict: dict[str, Any] = {
            "recipient": recipient,
            "message_type": message_type,
            "message": self.message,
        }
        if self.sender is not UNSET:
            field_dict["sender"] = self.sender
        if self.scheduled_delivery_time is not UNSET:
            field_dict["scheduled_delivery_time"] = self.scheduled_delivery_time
        if self.scheduled_delivery_timezone is not UNSET:
            field_dict["scheduled_delivery_timezone"] = self.scheduled_delivery_timezone
        if self.order_id is not UNSET:
            field_dict["order_id"] = self.order_id
        if self.return_credits is not UNSET:
            field_dict["returnCredits"] = self.return_credits
        if self.return_remaining is not UNSET:
            field_dict["returnRemaining"] = self.return_remaining
        if self.allow_invalid_recipients is not UNSET:
            field_dict["allowInvalidRecipients"] = self.allow_invalid_recipients
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if self.id_landing is not UNSET:
            field_dict["id_landing"] = self.id_landing
        if self.campaign_name is not UNSET:
            field_dict["campaign_name"] = self.campaign_name
        if self.short_link_url is not UNSET:
            field_dict["short_link_url"] = self.short_link_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        recipient = cast(list[str], src_dict["recipient"])

        obj.recipient = recipient
        obj.message_type = check_message_type(src_dict["message_type"])
        obj.message = src_dict["message"]
        if "sender" in src_dict:
            obj.sender = src_dict["sender"]
        else:
            obj.sender = UNSET
        if "scheduled_delivery_time" in src_dict:
            obj.scheduled_delivery_time = src_dict["scheduled_delivery_time"]
        else:
            obj.scheduled_delivery_time = UNSET
        if "scheduled_delivery_timezone" in src_dict:
            obj.scheduled_delivery_timezone = src_dict["scheduled_delivery_timezone"]
        else:
            obj.scheduled_delivery_timezone = UNSET
        if "order_id" in src_dict:
            obj.order_id = src_dict["order_id"]
        else:
            obj.order_id = UNSET
        if "returnCredits" in src_dict:
            obj.return_credits = src_dict["returnCredits"]
        else:
            obj.return_credits = UNSET
        if "returnRemaining" in src_dict:
            obj.return_remaining = src_dict["returnRemaining"]
        else:
            obj.return_remaining = UNSET
        if "allowInvalidRecipients" in src_dict:
            obj.allow_invalid_recipients = src_dict["allowInvalidRecipients"]
        else:
            obj.allow_invalid_recipients = UNSET
        if "encoding" in src_dict:
            obj.encoding = check_send_sms_request_encoding(src_dict["encoding"])
        else:
            obj.encoding = UNSET
        if "id_landing" in src_dict:
            obj.id_landing = src_dict["id_landing"]
        else:
            obj.id_landing = UNSET
        if "campaign_name" in src_dict:
            obj.campaign_name = src_dict["campaign_name"]
        else:
            obj.campaign_name = UNSET
        if "short_link_url" in src_dict:
            obj.short_link_url = src_dict["short_link_url"]
        else:
            obj.short_link_url = UNSET
        return obj
