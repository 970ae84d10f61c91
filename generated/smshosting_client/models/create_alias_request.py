from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateAliasRequest")


@_attrs_define
class CreateAliasRequest:
    """Form body of `createAlias`. All fields are required by the vendor's documentation."""

    alias: str
    """ The sender text: at most 11 characters among letters, digits, space and `. _ - & @ * '`. """
    businessname: str
    """ Company name of the owner. """
    address: str
    """ Registered address. """
    city: str
    postcode: str
    province: str
    """ Province code (two letters for Italy, e.g. `BL`). """
    country: str
    """ ISO 3166-1 alpha-2 country code, e.g. `IT`. """
    vatnumber: str
    """ VAT number. """
    email: str
    """ Company e-mail address. """
    phone: str
    """ Company phone number. """
    taxcode: str
    """ Tax code (Italian "codice fiscale"). """
    pec: str
    """ Certified e-mail address (PEC); companies outside Italy give an ordinary address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        businessname = self.businessname

        address = self.address

        city = self.city

        postcode = self.postcode

        province = self.province

        country = self.country

        vatnumber = self.vatnumber

        email = self.email

        phone = self.phone

        taxcode = self.taxcode

        pec = self.pec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alias": alias,
                "businessname": businessname,
                "address": address,
                "city": city,
                "postcode": postcode,
                "province": province,
                "country": country,
                "vatnumber": vatnumber,
                "email": email,
                "phone": phone,
                "taxcode": taxcode,
                "pec": pec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = d.pop("alias")

        businessname = d.pop("businessname")

        address = d.pop("address")

        city = d.pop("city")

        postcode = d.pop("postcode")

        province = d.pop("province")

        country = d.pop("country")

        vatnumber = d.pop("vatnumber")

        email = d.pop("email")

        phone = d.pop("phone")

        taxcode = d.pop("taxcode")

        pec = d.pop("pec")

        create_alias_request = cls(
            alias=alias,
            businessname=businessname,
            address=address,
            city=city,
            postcode=postcode,
            province=province,
            country=country,
            vatnumber=vatnumber,
            email=email,
            phone=phone,
            taxcode=taxcode,
            pec=pec,
        )

        create_alias_request.additional_properties = d
        return create_alias_request

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
