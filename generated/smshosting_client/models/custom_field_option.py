from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldOption")


@_attrs_define
class CustomFieldOption:
    """One choice of a selection field. Known only from the official Java and C# clients, not from the collection."""

    option_value: str | Unset = UNSET
    """ Stored value of the choice. """
    option_name: str | Unset = UNSET
    """ Display label of the choice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        option_value = self.option_value

        option_name = self.option_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if option_value is not UNSET:
            field_dict["optionValue"] = option_value
        if option_name is not UNSET:
            field_dict["optionName"] = option_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        option_value = d.pop("optionValue", UNSET)

        option_name = d.pop("optionName", UNSET)

        custom_field_option = cls(
            option_value=option_value,
            option_name=option_name,
        )

        custom_field_option.additional_properties = d
        return custom_field_option

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
