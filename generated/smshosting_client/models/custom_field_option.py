from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldOption")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "optionValue",
        "optionName",
    )
)


@_attrs_define
class CustomFieldOption:
    """One choice of a selection field. Known only from the official Java and C# clients, not from the collection."""

    option_value: int | str | Unset = UNSET
    """ Stored value of the choice: an integer for both official clients that read it; a string is accepted too
    (S26). """
    option_name: str | Unset = UNSET
    """ Display label of the choice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.option_value is not UNSET:
            field_dict["optionValue"] = self.option_value
        if self.option_name is not UNSET:
            field_dict["optionName"] = self.option_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 0  # declared keys present
        if "optionValue" in src_dict:
            obj.option_value = src_dict["optionValue"]
            known += 1
        else:
            obj.option_value = UNSET
        if "optionName" in src_dict:
            obj.option_name = src_dict["optionName"]
            known += 1
        else:
            obj.option_name = UNSET
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
