from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactCustomFieldValue")


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
        field_key = self.field_key

        field_value = self.field_value

        field_name = self.field_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldKey": field_key,
                "fieldValue": field_value,
            }
        )
        if field_name is not UNSET:
            field_dict["fieldName"] = field_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_key = d.pop("fieldKey")

        field_value = d.pop("fieldValue")

        field_name = d.pop("fieldName", UNSET)

        contact_custom_field_value = cls(
            field_key=field_key,
            field_value=field_value,
            field_name=field_name,
        )

        contact_custom_field_value.additional_properties = d
        return contact_custom_field_value

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
