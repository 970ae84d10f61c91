from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_group_ref import ContactGroupRef


T = TypeVar("T", bound="GroupContact")


@_attrs_define
class GroupContact:
    """A contact as listed by `listGroupContacts`. This view has no `id` and no `customFields` but carries postal-address
    fields. `postCode` is a JSON number in the sample, so leading zeros are lost (144 stands for 00144).

    """

    msisdn: str | Unset = UNSET
    """ Mobile number with international prefix, digits only. """
    name: str | Unset = UNSET
    """ First name. """
    lastname: str | Unset = UNSET
    """ Last name. """
    address: str | Unset = UNSET
    """ Street address. """
    city: str | Unset = UNSET
    """ City. """
    post_code: int | Unset = UNSET
    """ Postal code as a number (leading zeros dropped). """
    province: str | Unset = UNSET
    """ Province code (e.g. `RM`). """
    country: str | Unset = UNSET
    """ Country code (e.g. `IT`). """
    email: str | Unset = UNSET
    """ E-mail address. """
    home_phone_number: str | Unset = UNSET
    """ Landline number; may be empty. """
    groups: list[ContactGroupRef] | Unset = UNSET
    """ Contact lists the contact belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        name = self.name

        lastname = self.lastname

        address = self.address

        city = self.city

        post_code = self.post_code

        province = self.province

        country = self.country

        email = self.email

        home_phone_number = self.home_phone_number

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if name is not UNSET:
            field_dict["name"] = name
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if post_code is not UNSET:
            field_dict["postCode"] = post_code
        if province is not UNSET:
            field_dict["province"] = province
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email
        if home_phone_number is not UNSET:
            field_dict["homePhoneNumber"] = home_phone_number
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_group_ref import ContactGroupRef  # noqa: PLC0415

        d = dict(src_dict)
        msisdn = d.pop("msisdn", UNSET)

        name = d.pop("name", UNSET)

        lastname = d.pop("lastname", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        post_code = d.pop("postCode", UNSET)

        province = d.pop("province", UNSET)

        country = d.pop("country", UNSET)

        email = d.pop("email", UNSET)

        home_phone_number = d.pop("homePhoneNumber", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: list[ContactGroupRef] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = ContactGroupRef.from_dict(groups_item_data)

                groups.append(groups_item)

        group_contact = cls(
            msisdn=msisdn,
            name=name,
            lastname=lastname,
            address=address,
            city=city,
            post_code=post_code,
            province=province,
            country=country,
            email=email,
            home_phone_number=home_phone_number,
            groups=groups,
        )

        group_contact.additional_properties = d
        return group_contact

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
