from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateAliasRequest")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "alias",
        "businessname",
        "address",
        "city",
        "postcode",
        "province",
        "country",
        "vatnumber",
        "email",
        "phone",
        "taxcode",
        "pec",
    )
)


@_attrs_define
class CreateAliasRequest:
    """Form body of `createAlias`. All fields are required by the vendor's documentation and none may be empty."""

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
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "alias": self.alias,
            "businessname": self.businessname,
            "address": self.address,
            "city": self.city,
            "postcode": self.postcode,
            "province": self.province,
            "country": self.country,
            "vatnumber": self.vatnumber,
            "email": self.email,
            "phone": self.phone,
            "taxcode": self.taxcode,
            "pec": self.pec,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.alias = src_dict["alias"]
        obj.businessname = src_dict["businessname"]
        obj.address = src_dict["address"]
        obj.city = src_dict["city"]
        obj.postcode = src_dict["postcode"]
        obj.province = src_dict["province"]
        obj.country = src_dict["country"]
        obj.vatnumber = src_dict["vatnumber"]
        obj.email = src_dict["email"]
        obj.phone = src_dict["phone"]
        obj.taxcode = src_dict["taxcode"]
        obj.pec = src_dict["pec"]
        if len(src_dict) == 12:
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
