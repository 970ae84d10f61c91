from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactGroupInput")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(("name",))


@_attrs_define
class ContactGroupInput:
    """Form fields of `createGroup` and `updateGroup`."""

    name: str
    """ Name of the contact list, at most 100 characters; not blank (the server trims it; decision S37). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": self.name,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.name = src_dict["name"]
        if len(src_dict) == 1:
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
