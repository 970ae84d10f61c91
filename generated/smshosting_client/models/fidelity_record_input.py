from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fidelity_record_input_action import (
    FidelityRecordInputAction,
    check_fidelity_record_input_action,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FidelityRecordInput")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "action",
        "points",
        "amount",
        "rewardId",
        "note",
        "sendSms",
    )
)


@_attrs_define
class FidelityRecordInput:
    """Form fields of `addFidelityCardRecord`. Conditional rules: with `action` = `ADD` at least one of `points` and
    `amount` must be sent (`x-conditional-one-of-required`); with `action` = `REWARD`, `rewardId` must be sent
    (`x-conditional-required`); `AZZERA` needs nothing else.

    """

    action: FidelityRecordInputAction
    """ `ADD` (points and/or amount), `REWARD` (assign a reward) or `AZZERA` (reset the points). """
    points: int | Unset = UNSET
    """ Points to add (ADD). When omitted the points are derived from `amount` and the programme's point value. """
    amount: float | Unset = UNSET
    """ Amount spent (ADD), decimal, e.g. 5.38. """
    reward_id: int | Unset = UNSET
    """ Reward to assign; required when `action` is `REWARD`. """
    note: str | Unset = UNSET
    """ Free-text note stored with the movement. """
    send_sms: bool | Unset = True
    """ When true (default) the holder gets an SMS automatically once the card has enough points for a reward; false
    suppresses it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "action": action,
        }
        if self.points is not UNSET:
            field_dict["points"] = self.points
        if self.amount is not UNSET:
            field_dict["amount"] = self.amount
        if self.reward_id is not UNSET:
            field_dict["rewardId"] = self.reward_id
        if self.note is not UNSET:
            field_dict["note"] = self.note
        if self.send_sms is not UNSET:
            field_dict["sendSms"] = self.send_sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 1  # declared keys present
        obj.action = check_fidelity_record_input_action(src_dict["action"])
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
        if "rewardId" in src_dict:
            obj.reward_id = src_dict["rewardId"]
            known += 1
        else:
            obj.reward_id = UNSET
        if "note" in src_dict:
            obj.note = src_dict["note"]
            known += 1
        else:
            obj.note = UNSET
        if "sendSms" in src_dict:
            obj.send_sms = src_dict["sendSms"]
            known += 1
        else:
            obj.send_sms = UNSET
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
