from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_custom_field_value import ContactCustomFieldValue
    from ..models.contact_group_ref import ContactGroupRef


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """An address-book contact as returned by `getContact`, `searchContacts` and `createContact`. Only `id` is guaranteed;
    the create answer omits `email` and `groups`. Other views of a contact have their own schemas (`GroupContact`,
    `FidelityCardContact`).

    """

    id: int
    """ Contact id. """
    msisdn: str | Unset = UNSET
    """ Mobile number with international prefix, digits only. """
    name: str | Unset = UNSET
    """ First name. """
    lastname: str | Unset = UNSET
    """ Last name. """
    email: str | Unset = UNSET
    """ E-mail address. """
    groups: list[ContactGroupRef] | Unset = UNSET
    """ Contact lists the contact belongs to. """
    custom_fields: list[ContactCustomFieldValue] | Unset = UNSET
    """ Values of the contact's custom (and system) fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        msisdn = self.msisdn

        name = self.name

        lastname = self.lastname

        email = self.email

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if name is not UNSET:
            field_dict["name"] = name
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if email is not UNSET:
            field_dict["email"] = email
        if groups is not UNSET:
            field_dict["groups"] = groups
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_custom_field_value import ContactCustomFieldValue  # noqa: PLC0415
        from ..models.contact_group_ref import ContactGroupRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        msisdn = d.pop("msisdn", UNSET)

        name = d.pop("name", UNSET)

        lastname = d.pop("lastname", UNSET)

        email = d.pop("email", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: list[ContactGroupRef] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = ContactGroupRef.from_dict(groups_item_data)

                groups.append(groups_item)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: list[ContactCustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ContactCustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        contact = cls(
            id=id,
            msisdn=msisdn,
            name=name,
            lastname=lastname,
            email=email,
            groups=groups,
            custom_fields=custom_fields,
        )

        contact.additional_properties = d
        return contact

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
