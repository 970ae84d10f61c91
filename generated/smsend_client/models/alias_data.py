from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.alias_data_contact_type import (
    AliasDataContactType,
    check_alias_data_contact_type,
)

T = TypeVar("T", bound="AliasData")


@_attrs_define
class AliasData:
    """The alias and the company behind it, as the vendor's field table lists them (S27)."""

    alias: str
    """ The sender shown on the phone; 1 to 11 letters, digits, spaces, `.`, `-`, `_`,
    with at least one letter (D40).
     """
    company_name: str
    contact_name: str
    contact_surname: str
    cod_fiscale: str
    """ The company's fiscal code. """
    vat_number: str
    contact_address: str
    contact_city: str
    contact_pcode: str
    """ Postal code. """
    contact_type: AliasDataContactType
    """ What kind of contact `contact-info` is. """
    contact_info: str

    def to_dict(self) -> dict[str, Any]:
        contact_type: str = self.contact_type

        field_dict: dict[str, Any] = {
            "alias": self.alias,
            "company-name": self.company_name,
            "contact-name": self.contact_name,
            "contact-surname": self.contact_surname,
            "cod-fiscale": self.cod_fiscale,
            "vat-number": self.vat_number,
            "contact-address": self.contact_address,
            "contact-city": self.contact_city,
            "contact-pcode": self.contact_pcode,
            "contact-type": contact_type,
            "contact-info": self.contact_info,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.alias = src_dict["alias"]
        obj.company_name = src_dict["company-name"]
        obj.contact_name = src_dict["contact-name"]
        obj.contact_surname = src_dict["contact-surname"]
        obj.cod_fiscale = src_dict["cod-fiscale"]
        obj.vat_number = src_dict["vat-number"]
        obj.contact_address = src_dict["contact-address"]
        obj.contact_city = src_dict["contact-city"]
        obj.contact_pcode = src_dict["contact-pcode"]
        obj.contact_type = check_alias_data_contact_type(src_dict["contact-type"])
        obj.contact_info = src_dict["contact-info"]
        return obj
