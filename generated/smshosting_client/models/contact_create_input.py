from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactCreateInput")


@_attrs_define
class ContactCreateInput:
    """Form fields of `createContact`. Besides the named fields, any custom field can be sent as an extra form field whose
    name is the field key (`f_...`, from `listCustomFields`) and whose value is the field value; OpenAPI 3.0 cannot
    restrict the extra names to the `f_` prefix, so any extra string field is accepted by this schema.

    """

    name: str
    """ First name, at most 20 characters. """
    custom_field_unique_key: str | Unset = "msisdn"
    """ Field whose value identifies the contact uniquely: `msisdn`, `email`, `name`, `lastname` or a custom key
    `f_...`. The vendor tags it mandatory but also says it falls back to `msisdn`; it is optional here with that
    default. """
    msisdn: str | Unset = UNSET
    """ Mobile number with international prefix, digits only (e.g. 393480000000). """
    lastname: str | Unset = UNSET
    """ Last name, at most 20 characters. """
    email: str | Unset = UNSET
    """ E-mail address. """
    groups_id: str | Unset = UNSET
    """ Ids of the contact lists to put the contact in, comma separated (e.g. `1245,3432`). """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        custom_field_unique_key = self.custom_field_unique_key

        msisdn = self.msisdn

        lastname = self.lastname

        email = self.email

        groups_id = self.groups_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if custom_field_unique_key is not UNSET:
            field_dict["customFieldUniqueKey"] = custom_field_unique_key
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
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
        name = d.pop("name")

        custom_field_unique_key = d.pop("customFieldUniqueKey", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        lastname = d.pop("lastname", UNSET)

        email = d.pop("email", UNSET)

        groups_id = d.pop("groupsId", UNSET)

        contact_create_input = cls(
            name=name,
            custom_field_unique_key=custom_field_unique_key,
            msisdn=msisdn,
            lastname=lastname,
            email=email,
            groups_id=groups_id,
        )

        contact_create_input.additional_properties = d
        return contact_create_input

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
