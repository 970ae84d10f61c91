from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.message_type import MessageType, check_message_type

T = TypeVar("T", bound="CreditMove")


@_attrs_define
class CreditMove:
    """One credit transfer (D10, D28)."""

    message_type: MessageType
    """ Message type accepted in requests: `N` high quality with delivery report,
    `L` medium quality, `LL` low cost (D10), the values the documentation lists for
    credit moves and purchases. Responses may show further codes, at least `EE`
    (foreign SMS) and `AD` (advertising SMS), and therefore use a plain string (D36).
     """
    amount: int
    """ Number of credits to transfer (required by this spec, D28). """
    super_to_sub: bool
    """ true moves from the superaccount to the sub-account, false the other way. """

    def to_dict(self) -> dict[str, Any]:
        message_type: str = self.message_type

        field_dict: dict[str, Any] = {
            "message-type": message_type,
            "amount": self.amount,
            "super-to-sub": self.super_to_sub,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.message_type = check_message_type(src_dict["message-type"])
        obj.amount = src_dict["amount"]
        obj.super_to_sub = src_dict["super-to-sub"]
        return obj
