from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSubaccountOrderRequest")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "packId",
        "newPackSmsItaly",
        "newPackUnitCostItaly",
    )
)


@_attrs_define
class CreateSubaccountOrderRequest:
    """Form body of `createSubaccountOrder`. At least one of `packId` and `newPackSmsItaly` must be present (`x-one-of-
    required`, also stated as `anyOf`).

    """

    pack_id: int | Unset = UNSET
    """ Existing pack to activate (ids from `listSmsPacks`). """
    new_pack_sms_italy: int | Unset = UNSET
    """ Number of SMS of a new pack created for this order. """
    new_pack_unit_cost_italy: float | Unset = 0.07
    """ Price per SMS of the new pack, in euro (default 0.07). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.pack_id is not UNSET:
            field_dict["packId"] = self.pack_id
        if self.new_pack_sms_italy is not UNSET:
            field_dict["newPackSmsItaly"] = self.new_pack_sms_italy
        if self.new_pack_unit_cost_italy is not UNSET:
            field_dict["newPackUnitCostItaly"] = self.new_pack_unit_cost_italy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 0  # declared keys present
        if "packId" in src_dict:
            obj.pack_id = src_dict["packId"]
            known += 1
        else:
            obj.pack_id = UNSET
        if "newPackSmsItaly" in src_dict:
            obj.new_pack_sms_italy = src_dict["newPackSmsItaly"]
            known += 1
        else:
            obj.new_pack_sms_italy = UNSET
        if "newPackUnitCostItaly" in src_dict:
            obj.new_pack_unit_cost_italy = src_dict["newPackUnitCostItaly"]
            known += 1
        else:
            obj.new_pack_unit_cost_italy = UNSET
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
