from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsPack")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "smsItaly",
        "unitCostItaly",
        "unitCostOtherZoneA",
        "unitCostOtherZoneB",
        "unitCostOtherZoneC",
        "totalCost",
        "validFromDate",
        "validToDate",
    )
)


@_attrs_define
class SmsPack:
    """An SMS pack on sale to the reseller."""

    id: int
    """ Pack id (the `packId` of `createSubaccountOrder`). """
    sms_italy: int | Unset = UNSET
    """ SMS to Italian numbers included. """
    unit_cost_italy: float | Unset = UNSET
    """ Price per SMS to Italy, in euro. """
    unit_cost_other_zone_a: float | Unset = UNSET
    """ Price per SMS to foreign zone A. """
    unit_cost_other_zone_b: float | Unset = UNSET
    """ Price per SMS to foreign zone B. """
    unit_cost_other_zone_c: float | Unset = UNSET
    """ Price per SMS to foreign zone C. """
    total_cost: float | Unset = UNSET
    """ Total price of the pack. """
    valid_from_date: str | Unset = UNSET
    """ Calendar date as `dd.MM.yyyy`, e.g. `30.12.2005`. """
    valid_to_date: str | Unset = UNSET
    """ Calendar date as `dd.MM.yyyy`, e.g. `30.12.2005`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
        }
        if self.sms_italy is not UNSET:
            field_dict["smsItaly"] = self.sms_italy
        if self.unit_cost_italy is not UNSET:
            field_dict["unitCostItaly"] = self.unit_cost_italy
        if self.unit_cost_other_zone_a is not UNSET:
            field_dict["unitCostOtherZoneA"] = self.unit_cost_other_zone_a
        if self.unit_cost_other_zone_b is not UNSET:
            field_dict["unitCostOtherZoneB"] = self.unit_cost_other_zone_b
        if self.unit_cost_other_zone_c is not UNSET:
            field_dict["unitCostOtherZoneC"] = self.unit_cost_other_zone_c
        if self.total_cost is not UNSET:
            field_dict["totalCost"] = self.total_cost
        if self.valid_from_date is not UNSET:
            field_dict["validFromDate"] = self.valid_from_date
        if self.valid_to_date is not UNSET:
            field_dict["validToDate"] = self.valid_to_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 1  # declared keys present
        obj.id = src_dict["id"]
        if "smsItaly" in src_dict:
            obj.sms_italy = src_dict["smsItaly"]
            known += 1
        else:
            obj.sms_italy = UNSET
        if "unitCostItaly" in src_dict:
            obj.unit_cost_italy = src_dict["unitCostItaly"]
            known += 1
        else:
            obj.unit_cost_italy = UNSET
        if "unitCostOtherZoneA" in src_dict:
            obj.unit_cost_other_zone_a = src_dict["unitCostOtherZoneA"]
            known += 1
        else:
            obj.unit_cost_other_zone_a = UNSET
        if "unitCostOtherZoneB" in src_dict:
            obj.unit_cost_other_zone_b = src_dict["unitCostOtherZoneB"]
            known += 1
        else:
            obj.unit_cost_other_zone_b = UNSET
        if "unitCostOtherZoneC" in src_dict:
            obj.unit_cost_other_zone_c = src_dict["unitCostOtherZoneC"]
            known += 1
        else:
            obj.unit_cost_other_zone_c = UNSET
        if "totalCost" in src_dict:
            obj.total_cost = src_dict["totalCost"]
            known += 1
        else:
            obj.total_cost = UNSET
        if "validFromDate" in src_dict:
            obj.valid_from_date = src_dict["validFromDate"]
            known += 1
        else:
            obj.valid_from_date = UNSET
        if "validToDate" in src_dict:
            obj.valid_to_date = src_dict["validToDate"]
            known += 1
        else:
            obj.valid_to_date = UNSET
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
