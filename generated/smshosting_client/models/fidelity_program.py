from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FidelityProgram")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "pointValue",
    )
)


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
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "name": self.name,
        }
        if self.point_value is not UNSET:
            field_dict["pointValue"] = self.point_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.id = src_dict["id"]
        obj.name = src_dict["name"]
        if "pointValue" in src_dict:
            obj.point_value = src_dict["pointValue"]
            known += 1
        else:
            obj.point_value = UNSET
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
