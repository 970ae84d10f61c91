from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactCustomFieldValue")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "fieldKey",
        "fieldValue",
        "fieldName",
    )
)


@_attrs_define
class ContactCustomFieldValue:
    """The value one contact has for one custom field."""

    field_key: str
    """ Field key (`f_...` for custom fields), as listed by `listCustomFields`. """
    field_value: str
    """ The value, always sent as a string (also for numeric fields). """
    field_name: str | Unset = UNSET
    """ Display name of the field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "fieldKey": self.field_key,
            "fieldValue": self.field_value,
        }
        if self.field_name is not UNSET:
            field_dict["fieldName"] = self.field_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        obj = object.__new__(cls)
        obj.field_key = src_dict["fieldKey"]
        obj.field_value = src_dict["fieldValue"]
        obj.field_name = get("fieldName", UNSET)
        if _KEYS.issuperset(src_dict):
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
