from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FidelityCardContact")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "msisdn",
        "name",
        "lastname",
        "email",
        "groups",
        "customFields",
    )
)


@_attrs_define
class FidelityCardContact:
    """The holder of a fidelity card as embedded in `getFidelityCard`: a contact view without `id`."""

    msisdn: str | Unset = UNSET
    """ Mobile number with international prefix, digits only. """
    name: str | Unset = UNSET
    """ First name. """
    lastname: str | Unset = UNSET
    """ Last name. """
    email: str | Unset = UNSET
    """ E-mail address. """
    groups: list[ContactGroupRef] | Unset = UNSET
    custom_fields: list[ContactCustomFieldValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.msisdn is not UNSET:
            field_dict["msisdn"] = self.msisdn
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.lastname is not UNSET:
            field_dict["lastname"] = self.lastname
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if groups is not UNSET:
            field_dict["groups"] = groups
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 0  # declared keys present
        if "msisdn" in src_dict:
            obj.msisdn = src_dict["msisdn"]
            known += 1
        else:
            obj.msisdn = UNSET
        if "name" in src_dict:
            obj.name = src_dict["name"]
            known += 1
        else:
            obj.name = UNSET
        if "lastname" in src_dict:
            obj.lastname = src_dict["lastname"]
            known += 1
        else:
            obj.lastname = UNSET
        if "email" in src_dict:
            obj.email = src_dict["email"]
            known += 1
        else:
            obj.email = UNSET
        if "groups" in src_dict:
            obj.groups = list(map(ContactGroupRef.from_dict, src_dict["groups"]))
            known += 1
        else:
            obj.groups = UNSET
        if "customFields" in src_dict:
            obj.custom_fields = list(
                map(ContactCustomFieldValue.from_dict, src_dict["customFields"])
            )
            known += 1
        else:
            obj.custom_fields = UNSET
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


from ..models.contact_custom_field_value import ContactCustomFieldValue  # noqa: E402
from ..models.contact_group_ref import ContactGroupRef  # noqa: E402
