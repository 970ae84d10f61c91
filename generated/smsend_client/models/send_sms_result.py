from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsResult")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "result",
        "order_id",
        "total_sent",
        "remaining_credits",
        "internal_order_id",
    )
)


@_attrs_define
class SendSmsResult:
    """Answer of the send calls. Field names as in the clients of the same platform
    (S1): `total_sent` counts messages, or credits with `returnCredits`;
    `remaining_credits` comes with `returnRemaining`.

    """

    result: str
    """ `OK` on success. """
    order_id: str
    """ The order id, chosen by the caller or generated (S8). """
    total_sent: int
    remaining_credits: int | Unset = UNSET
    """ Credits of the order's message type left after the order. """
    internal_order_id: str | Unset = UNSET
    """ The platform's own order id, when it reports one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "result": self.result,
            "order_id": self.order_id,
            "total_sent": self.total_sent,
        }
        if self.remaining_credits is not UNSET:
            field_dict["remaining_credits"] = self.remaining_credits
        if self.internal_order_id is not UNSET:
            field_dict["internal_order_id"] = self.internal_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 3  # declared keys present
        obj.result = src_dict["result"]
        obj.order_id = src_dict["order_id"]
        obj.total_sent = src_dict["total_sent"]
        if "remaining_credits" in src_dict:
            obj.remaining_credits = src_dict["remaining_credits"]
            known += 1
        else:
            obj.remaining_credits = UNSET
        if "internal_order_id" in src_dict:
            obj.internal_order_id = src_dict["internal_order_id"]
            known += 1
        else:
            obj.internal_order_id = UNSET
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
