from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSubaccountRequest")


@_attrs_define
class CreateSubaccountRequest:
    """Form body of `createSubaccount`. `businessname` is required when `companyType` is `true` (`x-conditional-required`)."""

    username: str
    """ Login name: 5 to 50 characters among letters, digits and `. @ _ -`. """
    password: str
    """ Password: 5 to 20 letters or digits. """
    name: str
    """ First name. """
    lastname: str
    """ Last name. """
    email: str
    """ A valid e-mail address. """
    company_type: bool | Unset = UNSET
    """ `true` when the sub-account belongs to a company. """
    businessname: str | Unset = UNSET
    """ Company name; required when `companyType` is `true`. """
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    postcode: str | Unset = UNSET
    province: str | Unset = UNSET
    country: str | Unset = UNSET
    birthdate: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    phone: str | Unset = UNSET
    """ Landline number. """
    msisdn: str | Unset = UNSET
    """ Mobile number. """
    taxcode: str | Unset = UNSET
    vatnumber: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        name = self.name

        lastname = self.lastname

        email = self.email

        company_type = self.company_type

        businessname = self.businessname

        address = self.address

        city = self.city

        postcode = self.postcode

        province = self.province

        country = self.country

        birthdate = self.birthdate

        phone = self.phone

        msisdn = self.msisdn

        taxcode = self.taxcode

        vatnumber = self.vatnumber

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
                "name": name,
                "lastname": lastname,
                "email": email,
            }
        )
        if company_type is not UNSET:
            field_dict["companyType"] = company_type
        if businessname is not UNSET:
            field_dict["businessname"] = businessname
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if province is not UNSET:
            field_dict["province"] = province
        if country is not UNSET:
            field_dict["country"] = country
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if phone is not UNSET:
            field_dict["phone"] = phone
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if taxcode is not UNSET:
            field_dict["taxcode"] = taxcode
        if vatnumber is not UNSET:
            field_dict["vatnumber"] = vatnumber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password")

        name = d.pop("name")

        lastname = d.pop("lastname")

        email = d.pop("email")

        company_type = d.pop("companyType", UNSET)

        businessname = d.pop("businessname", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        postcode = d.pop("postcode", UNSET)

        province = d.pop("province", UNSET)

        country = d.pop("country", UNSET)

        birthdate = d.pop("birthdate", UNSET)

        phone = d.pop("phone", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        taxcode = d.pop("taxcode", UNSET)

        vatnumber = d.pop("vatnumber", UNSET)

        create_subaccount_request = cls(
            username=username,
            password=password,
            name=name,
            lastname=lastname,
            email=email,
            company_type=company_type,
            businessname=businessname,
            address=address,
            city=city,
            postcode=postcode,
            province=province,
            country=country,
            birthdate=birthdate,
            phone=phone,
            msisdn=msisdn,
            taxcode=taxcode,
            vatnumber=vatnumber,
        )

        create_subaccount_request.additional_properties = d
        return create_subaccount_request

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
