from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TwoFactorRequest")


@_attrs_define
class TwoFactorRequest:
    """Body of requestTwoFactorPin (S13)."""

    recipient: str
    """ The user's phone number, `+` or `00` and the country code. """
    sender_name: str | Unset = UNSET
    """ Sender of the PIN message; the account's preferred sender when omitted. """
    expiry: int | Unset = 60
    """ Minutes the PIN stays valid (S14). """
    message_body: str | Unset = UNSET
    """ Text of the message; `%PIN%` marks where the PIN goes (S13). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "recipient": self.recipient,
        }
        if self.sender_name is not UNSET:
            field_dict["senderName"] = self.sender_name
        if self.expiry is not UNSET:
            field_dict["expiry"] = self.expiry
        if self.message_body is not UNSET:
            field_dict["messageBody"] = self.message_body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.recipient = src_dict["recipient"]
        if "senderName" in src_dict:
            obj.sender_name = src_dict["senderName"]
        else:
            obj.sender_name = UNSET
        if "expiry" in src_dict:
            obj.expiry = src_dict["expiry"]
        else:
            obj.expiry = UNSET
        if "messageBody" in src_dict:
            obj.message_body = src_dict["messageBody"]
        else:
            obj.message_body = UNSET
        return obj
