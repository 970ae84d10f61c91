from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSubaccountOrderRequest")


@_attrs_define
class CreateSubaccountOrderRequest:
    """Form body of `createSubaccountOrder`. At least one of `packId` and `newPackSmsItaly` must be present (`x-one-of-
    required`).

    """

    pack_id: int | Unset = UNSET
    """ Existing pack to activate (ids from `listSmsPacks`). """
    new_pack_sms_italy: int | Unset = UNSET
    """ Number of SMS of a new pack created for this order. """
    new_pack_unit_cost_italy: float | Unset = 0.07
    """ Price per SMS of the new pack, in euro (default 0.07). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pack_id = self.pack_id

        new_pack_sms_italy = self.new_pack_sms_italy

        new_pack_unit_cost_italy = self.new_pack_unit_cost_italy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pack_id is not UNSET:
            field_dict["packId"] = pack_id
        if new_pack_sms_italy is not UNSET:
            field_dict["newPackSmsItaly"] = new_pack_sms_italy
        if new_pack_unit_cost_italy is not UNSET:
            field_dict["newPackUnitCostItaly"] = new_pack_unit_cost_italy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pack_id = d.pop("packId", UNSET)

        new_pack_sms_italy = d.pop("newPackSmsItaly", UNSET)

        new_pack_unit_cost_italy = d.pop("newPackUnitCostItaly", UNSET)

        create_subaccount_order_request = cls(
            pack_id=pack_id,
            new_pack_sms_italy=new_pack_sms_italy,
            new_pack_unit_cost_italy=new_pack_unit_cost_italy,
        )

        create_subaccount_order_request.additional_properties = d
        return create_subaccount_order_request

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
