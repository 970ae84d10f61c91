from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomField")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "fieldKey",
        "fieldName",
        "fieldType",
        "fieldOptions",
    )
)


@_attrs_define
class CustomField:
    """A user-defined contact field."""

    id: str
    """ Field id; the API returns it as a numeric string (e.g. "11238"). """
    field_key: str
    """ Key of the field (`f_...`), used as form field name in `createContact` / `updateContact` and as `fieldKey`
    in `searchContacts`. """
    field_name: str
    """ Display name of the field. """
    field_type: str
    """ Data type of the field. `TEXT` and `NUMBER` appear in the sample; the full set of values is not documented,
    so the value is not restricted. """
    field_options: list[CustomFieldOption] | Unset = UNSET
    """ Choices of a selection field (client-only knowledge; may be absent). """
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
            "id": self.id,
            "fieldKey": self.field_key,
            "fieldName": self.field_name,
            "fieldType": self.field_type,
        }
        if field_options is not UNSET:
            field_dict["fieldOptions"] = field_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 4  # declared keys present
        obj.id = src_dict["id"]
        obj.field_key = src_dict["fieldKey"]
        obj.field_name = src_dict["fieldName"]
        obj.field_type = src_dict["fieldType"]
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
