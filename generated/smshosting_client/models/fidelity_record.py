from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fidelity_record_action import (
    FidelityRecordAction,
    check_fidelity_record_action,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FidelityRecord")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "action",
        "date",
        "points",
        "amount",
    )
)


@_attrs_define
class FidelityRecord:
    """One movement of a fidelity card."""

    id: int
    """ Movement id (the `recordId` path parameter). """
    action: FidelityRecordAction
    """ Kind of card movement: `ADD` points and/or amount added, `REWARD` reward assigned, `AZZERA` points reset to
    zero, `IMPORT` loaded by a bulk import, `CREATE` points loaded when the card was issued. Only `ADD`, `REWARD`
    and `AZZERA` can be sent to `addFidelityCardRecord`. """
    date: str
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    points: int | Unset = UNSET
    """ Points of the movement. """
    amount: float | Unset = UNSET
    """ Spent amount of the movement (decimal). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "action": action,
            "date": self.date,
        }
        if self.points is not UNSET:
            field_dict["points"] = self.points
        if self.amount is not UNSET:
            field_dict["amount"] = self.amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 3  # declared keys present
        obj.id = src_dict["id"]
        obj.action = check_fidelity_record_action(src_dict["action"])
        obj.date = src_dict["date"]
        if "points" in src_dict:
            obj.points = src_dict["points"]
            known += 1
        else:
            obj.points = UNSET
        if "amount" in src_dict:
            obj.amount = src_dict["amount"]
            known += 1
        else:
            obj.amount = UNSET
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
