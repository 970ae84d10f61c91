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
    `L` medium quality, `LL` low cost (D10). Responses may show further codes
    (e.g. `EE`) and therefore use a plain string.
     """
    amount: int
    """ Number of credits to transfer (required by this spec, D28). """
    super_to_sub: bool
    """ true moves from the superaccount to the sub-account, false the other way. """

    def to_dict(self) -> dict[str, Any]:
        message_type: str = self.message_type

        amount = self.amount

        super_to_sub = self.super_to_sub

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message-type": message_type,
                "amount": amount,
                "super-to-sub": super_to_sub,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_type = check_message_type(d.pop("message-type"))

        amount = d.pop("amount")

        super_to_sub = d.pop("super-to-sub")

        credit_move = cls(
            message_type=message_type,
            amount=amount,
            super_to_sub=super_to_sub,
        )

        return credit_move
