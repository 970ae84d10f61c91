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
        "fieldType",
        "fieldOptions",
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
    field_type: str | Unset = UNSET
    """ Data type of the field, as in `CustomField.fieldType` (not in the vendor's field table; the Java and C#
    clients read contact custom fields as full `CustomField` objects, S31). """
    field_options: list[CustomFieldOption] | Unset = UNSET
    """ Choices of a selection field (client-only knowledge, S31; may be absent). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_options, Unset):
            field_options = []
            for field_options_item_data in self.field_options:
                field_options_item = field_options_item_data.to_dict()
                field_options.append(field_options_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "fieldKey": self.field_key,
            "fieldValue": self.field_value,
        }
        if self.field_name is not UNSET:
            field_dict["fieldName"] = self.field_name
        if self.field_type is not UNSET:
            field_dict["fieldType"] = self.field_type
        if field_options is not UNSET:
            field_dict["fieldOptions"] = field_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.field_key = src_dict["fieldKey"]
        obj.field_value = src_dict["fieldValue"]
        if "fieldName" in src_dict:
            obj.field_name = src_dict["fieldName"]
            known += 1
        else:
            obj.field_name = UNSET
        if "fieldType" in src_dict:
            obj.field_type = src_dict["fieldType"]
            known += 1
        else:
            obj.field_type = UNSET
        if "fieldOptions" in src_dict:
            obj.field_options = list(map(CustomFieldOption.from_dict, src_dict["fieldOptions"]))
            known += 1
        else:
            obj.field_options = UNSET
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


from ..models.custom_field_option import CustomFieldOption  # noqa: E402
