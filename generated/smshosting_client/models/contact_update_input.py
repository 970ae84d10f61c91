from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactUpdateInput")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "customFieldUniqueKey",
        "msisdn",
        "name",
        "lastname",
        "email",
        "groupsId",
    )
)


@_attrs_define
class ContactUpdateInput:
    """Form fields of `updateContact`: the same fields as `ContactCreateInput`, all optional, but at least one must be sent
    (`minProperties: 1`). Custom fields are extra form fields named after their key (`f_...`).

    """

    custom_field_unique_key: str | Unset = UNSET
    """ Field whose value identifies the contact uniquely (see `ContactCreateInput`). """
    msisdn: str | Unset = UNSET
    """ New mobile number with international prefix, digits only. """
    name: str | Unset = UNSET
    """ New first name, at most 20 characters; not blank (the server trims it; decision S37). """
    lastname: str | Unset = UNSET
    """ New last name, at most 20 characters. """
    email: str | Unset = UNSET
    """ New e-mail address. """
    groups_id: str | Unset = UNSET
    """ Contact list ids, comma separated. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.custom_field_unique_key is not UNSET:
            field_dict["customFieldUniqueKey"] = self.custom_field_unique_key
        if self.msisdn is not UNSET:
            field_dict["msisdn"] = self.msisdn
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.lastname is not UNSET:
            field_dict["lastname"] = self.lastname
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.groups_id is not UNSET:
            field_dict["groupsId"] = self.groups_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 0  # declared keys present
        if "customFieldUniqueKey" in src_dict:
            obj.custom_field_unique_key = src_dict["customFieldUniqueKey"]
            known += 1
        else:
            obj.custom_field_unique_key = UNSET
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
        if "groupsId" in src_dict:
            obj.groups_id = src_dict["groupsId"]
            known += 1
        else:
            obj.groups_id = UNSET
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

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
