from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FidelityProgram")


@_attrs_define
class FidelityProgram:
    """A loyalty programme."""

    id: int
    """ Programme id (the `fidelityId` path parameter). """
    name: str
    """ Programme name. """
    point_value: float | Unset = UNSET
    """ Spent amount worth one point; used to derive points from an amount (points = amount / pointValue). A whole
    number in the sample, typed as a number because amounts are decimal. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        point_value = self.point_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if point_value is not UNSET:
            field_dict["pointValue"] = point_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        point_value = d.pop("pointValue", UNSET)

        fidelity_program = cls(
            id=id,
            name=name,
            point_value=point_value,
        )

        fidelity_program.additional_properties = d
        return fidelity_program

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
