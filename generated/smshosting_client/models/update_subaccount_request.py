from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSubaccountRequest")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "username",
        "name",
        "lastname",
        "email",
        "companyType",
        "businessname",
        "address",
        "city",
        "postcode",
        "province",
        "country",
        "birthdate",
        "phone",
        "msisdn",
        "taxcode",
        "vatnumber",
    )
)


@_attrs_define
class UpdateSubaccountRequest:
    """Form body of `updateSubaccount`: the fields of `createSubaccount` without `password`. `businessname` is required
    when `companyType` is `true`.

    """

    username: str
    """ Login name: 5 to 50 characters among letters, digits and `. @ _ -`. """
    name: str
    """ First name (not blank), at most 50 characters (S23, S38). """
    lastname: str
    """ Last name (not blank), at most 50 characters (S23, S38). """
    email: str
    """ A valid e-mail address. """
    company_type: bool | Unset = UNSET
    """ `true` when the sub-account belongs to a company. """
    businessname: str | Unset = UNSET
    """ Company name, 1 to 100 characters; required when `companyType` is `true`. """
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    postcode: str | Unset = UNSET
    province: str | Unset = UNSET
    country: str | Unset = UNSET
    birthdate: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    phone: str | Unset = UNSET
    msisdn: str | Unset = UNSET
    taxcode: str | Unset = UNSET
    vatnumber: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "username": self.username,
            "name": self.name,
            "lastname": self.lastname,
            "email": self.email,
        }
        if self.company_type is not UNSET:
            field_dict["companyType"] = self.company_type
        if self.businessname is not UNSET:
            field_dict["businessname"] = self.businessname
        if self.address is not UNSET:
            field_dict["address"] = self.address
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.postcode is not UNSET:
            field_dict["postcode"] = self.postcode
        if self.province is not UNSET:
            field_dict["province"] = self.province
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.birthdate is not UNSET:
            field_dict["birthdate"] = self.birthdate
        if self.phone is not UNSET:
            field_dict["phone"] = self.phone
        if self.msisdn is not UNSET:
            field_dict["msisdn"] = self.msisdn
        if self.taxcode is not UNSET:
            field_dict["taxcode"] = self.taxcode
        if self.vatnumber is not UNSET:
            field_dict["vatnumber"] = self.vatnumber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 4  # declared keys present
        obj.username = src_dict["username"]
        obj.name = src_dict["name"]
        obj.lastname = src_dict["lastname"]
        obj.email = src_dict["email"]
        if "companyType" in src_dict:
            obj.company_type = src_dict["companyType"]
            known += 1
        else:
            obj.company_type = UNSET
        if "businessname" in src_dict:
            obj.businessname = src_dict["businessname"]
            known += 1
        else:
            obj.businessname = UNSET
        if "address" in src_dict:
            obj.address = src_dict["address"]
            known += 1
        else:
            obj.address = UNSET
        if "city" in src_dict:
            obj.city = src_dict["city"]
            known += 1
        else:
            obj.city = UNSET
        if "postcode" in src_dict:
            obj.postcode = src_dict["postcode"]
            known += 1
        else:
            obj.postcode = UNSET
        if "province" in src_dict:
            obj.province = src_dict["province"]
            known += 1
        else:
            obj.province = UNSET
        if "country" in src_dict:
            obj.country = src_dict["country"]
            known += 1
        else:
            obj.country = UNSET
        if "birthdate" in src_dict:
            obj.birthdate = src_dict["birthdate"]
            known += 1
        else:
            obj.birthdate = UNSET
        if "phone" in src_dict:
            obj.phone = src_dict["phone"]
            known += 1
        else:
            obj.phone = UNSET
        if "msisdn" in src_dict:
            obj.msisdn = src_dict["msisdn"]
            known += 1
        else:
            obj.msisdn = UNSET
        if "taxcode" in src_dict:
            obj.taxcode = src_dict["taxcode"]
            known += 1
        else:
            obj.taxcode = UNSET
        if "vatnumber" in src_dict:
            obj.vatnumber = src_dict["vatnumber"]
            known += 1
        else:
            obj.vatnumber = UNSET
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
