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

        points = self.points

        amount = self.amount

        reward_id = self.reward_id

        note = self.note

        send_sms = self.send_sms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if points is not UNSET:
            field_dict["points"] = points
        if amount is not UNSET:
            field_dict["amount"] = amount
        if reward_id is not UNSET:
            field_dict["rewardId"] = reward_id
        if note is not UNSET:
            field_dict["note"] = note
        if send_sms is not UNSET:
            field_dict["sendSms"] = send_sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_fidelity_record_input_action(d.pop("action"))

        points = d.pop("points", UNSET)

        amount = d.pop("amount", UNSET)

        reward_id = d.pop("rewardId", UNSET)

        note = d.pop("note", UNSET)

        send_sms = d.pop("sendSms", UNSET)

        fidelity_record_input = cls(
            action=action,
            points=points,
            amount=amount,
            reward_id=reward_id,
            note=note,
            send_sms=send_sms,
        )

        fidelity_record_input.additional_properties = d
        return fidelity_record_input

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
