from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alias_status import AliasStatus, check_alias_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Alias")


@_attrs_define
class Alias:
    """A registered sender alias."""

    id: int
    """ Alias id. """
    alias: str
    """ The sender text. """
    vatnumber: str | Unset = UNSET
    taxcode: str | Unset = UNSET
    businessname: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    postcode: str | Unset = UNSET
    province: str | Unset = UNSET
    country: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    pec: str | Unset = UNSET
    """ Certified e-mail address (PEC) or, outside Italy, an ordinary address. """
    status: AliasStatus | Unset = UNSET
    """ `VERIFIED`: usable as sender; `NOTVERIFIED`: not yet checked, not usable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alias = self.alias

        vatnumber = self.vatnumber

        taxcode = self.taxcode

        businessname = self.businessname

        address = self.address

        city = self.city

        postcode = self.postcode

        province = self.province

        country = self.country

        email = self.email

        phone = self.phone

        pec = self.pec

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "alias": alias,
            }
        )
        if vatnumber is not UNSET:
            field_dict["vatnumber"] = vatnumber
        if taxcode is not UNSET:
            field_dict["taxcode"] = taxcode
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
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if pec is not UNSET:
            field_dict["pec"] = pec
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        alias = d.pop("alias")

        vatnumber = d.pop("vatnumber", UNSET)

        taxcode = d.pop("taxcode", UNSET)

        businessname = d.pop("businessname", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        postcode = d.pop("postcode", UNSET)

        province = d.pop("province", UNSET)

        country = d.pop("country", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        pec = d.pop("pec", UNSET)

        _status = d.pop("status", UNSET)
        status: AliasStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_alias_status(_status)

        alias = cls(
            id=id,
            alias=alias,
            vatnumber=vatnumber,
            taxcode=taxcode,
            businessname=businessname,
            address=address,
            city=city,
            postcode=postcode,
            province=province,
            country=country,
            email=email,
            phone=phone,
            pec=pec,
            status=status,
        )

        alias.additional_properties = d
        return alias

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
