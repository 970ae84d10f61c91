from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_option import CustomFieldOption


T = TypeVar("T", bound="CustomField")


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
        id = self.id

        field_key = self.field_key

        field_name = self.field_name

        field_type = self.field_type

        field_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_options, Unset):
            field_options = []
            for field_options_item_data in self.field_options:
                field_options_item = field_options_item_data.to_dict()
                field_options.append(field_options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "fieldKey": field_key,
                "fieldName": field_name,
                "fieldType": field_type,
            }
        )
        if field_options is not UNSET:
            field_dict["fieldOptions"] = field_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_option import CustomFieldOption  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_key = d.pop("fieldKey")

        field_name = d.pop("fieldName")

        field_type = d.pop("fieldType")

        _field_options = d.pop("fieldOptions", UNSET)
        field_options: list[CustomFieldOption] | Unset = UNSET
        if _field_options is not UNSET:
            field_options = []
            for field_options_item_data in _field_options:
                field_options_item = CustomFieldOption.from_dict(field_options_item_data)

                field_options.append(field_options_item)

        custom_field = cls(
            id=id,
            field_key=field_key,
            field_name=field_name,
            field_type=field_type,
            field_options=field_options,
        )

        custom_field.additional_properties = d
        return custom_field

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
