from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsPack")


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
        id = self.id

        sms_italy = self.sms_italy

        unit_cost_italy = self.unit_cost_italy

        unit_cost_other_zone_a = self.unit_cost_other_zone_a

        unit_cost_other_zone_b = self.unit_cost_other_zone_b

        unit_cost_other_zone_c = self.unit_cost_other_zone_c

        total_cost = self.total_cost

        valid_from_date = self.valid_from_date

        valid_to_date = self.valid_to_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if sms_italy is not UNSET:
            field_dict["smsItaly"] = sms_italy
        if unit_cost_italy is not UNSET:
            field_dict["unitCostItaly"] = unit_cost_italy
        if unit_cost_other_zone_a is not UNSET:
            field_dict["unitCostOtherZoneA"] = unit_cost_other_zone_a
        if unit_cost_other_zone_b is not UNSET:
            field_dict["unitCostOtherZoneB"] = unit_cost_other_zone_b
        if unit_cost_other_zone_c is not UNSET:
            field_dict["unitCostOtherZoneC"] = unit_cost_other_zone_c
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if valid_from_date is not UNSET:
            field_dict["validFromDate"] = valid_from_date
        if valid_to_date is not UNSET:
            field_dict["validToDate"] = valid_to_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        sms_italy = d.pop("smsItaly", UNSET)

        unit_cost_italy = d.pop("unitCostItaly", UNSET)

        unit_cost_other_zone_a = d.pop("unitCostOtherZoneA", UNSET)

        unit_cost_other_zone_b = d.pop("unitCostOtherZoneB", UNSET)

        unit_cost_other_zone_c = d.pop("unitCostOtherZoneC", UNSET)

        total_cost = d.pop("totalCost", UNSET)

        valid_from_date = d.pop("validFromDate", UNSET)

        valid_to_date = d.pop("validToDate", UNSET)

        sms_pack = cls(
            id=id,
            sms_italy=sms_italy,
            unit_cost_italy=unit_cost_italy,
            unit_cost_other_zone_a=unit_cost_other_zone_a,
            unit_cost_other_zone_b=unit_cost_other_zone_b,
            unit_cost_other_zone_c=unit_cost_other_zone_c,
            total_cost=total_cost,
            valid_from_date=valid_from_date,
            valid_to_date=valid_to_date,
        )

        sms_pack.additional_properties = d
        return sms_pack

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
