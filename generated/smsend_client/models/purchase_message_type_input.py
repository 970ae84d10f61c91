from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.message_type import MessageType, check_message_type

T = TypeVar("T", bound="PurchaseMessageTypeInput")


@_attrs_define
class PurchaseMessageTypeInput:
    """Unit price charged to the sub-account for one message type (request side)."""

    message_type: MessageType
    """ Message type accepted in requests: `N` high quality with delivery report,
    `L` medium quality, `LL` low cost (D10), the values the documentation lists for
    credit moves and purchases. Responses may show further codes, at least `EE`
    (foreign SMS) and `AD` (advertising SMS), and therefore use a plain string (D36).
     """
    unit_price: float
    """ Price of one message of this type for the sub-account; not negative (D28). """

    def to_dict(self) -> dict[str, Any]:
        message_type: str = self.message_type

        field_dict: dict[str, Any] = {
            "message-type": message_type,
            "unit-price": self.unit_price,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.message_type = check_message_type(src_dict["message-type"])
        obj.unit_price = src_dict["unit-price"]
        return obj
