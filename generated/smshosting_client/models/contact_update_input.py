from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactUpdateInput")


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
    """ New first name, at most 20 characters. """
    lastname: str | Unset = UNSET
    """ New last name, at most 20 characters. """
    email: str | Unset = UNSET
    """ New e-mail address. """
    groups_id: str | Unset = UNSET
    """ Contact list ids, comma separated. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_field_unique_key = self.custom_field_unique_key

        msisdn = self.msisdn

        name = self.name

        lastname = self.lastname

        email = self.email

        groups_id = self.groups_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_field_unique_key is not UNSET:
            field_dict["customFieldUniqueKey"] = custom_field_unique_key
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if name is not UNSET:
            field_dict["name"] = name
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if email is not UNSET:
            field_dict["email"] = email
        if groups_id is not UNSET:
            field_dict["groupsId"] = groups_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_field_unique_key = d.pop("customFieldUniqueKey", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        name = d.pop("name", UNSET)

        lastname = d.pop("lastname", UNSET)

        email = d.pop("email", UNSET)

        groups_id = d.pop("groupsId", UNSET)

        contact_update_input = cls(
            custom_field_unique_key=custom_field_unique_key,
            msisdn=msisdn,
            name=name,
            lastname=lastname,
            email=email,
            groups_id=groups_id,
        )

        contact_update_input.additional_properties = d
        return contact_update_input

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
