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
    `L` medium quality, `LL` low cost (D10). Responses may show further codes
    (e.g. `EE`) and therefore use a plain string.
     """
    unit_price: float
    """ Price of one message of this type for the sub-account; not negative (D28). """

    def to_dict(self) -> dict[str, Any]:
        message_type: str = self.message_type

        unit_price = self.unit_price

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message-type": message_type,
                "unit-price": unit_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_type = check_message_type(d.pop("message-type"))

        unit_price = d.pop("unit-price")

        purchase_message_type_input = cls(
            message_type=message_type,
            unit_price=unit_price,
        )

        return purchase_message_type_input
