from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailSender")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "email",
        "emailName",
        "validationDate",
        "insertDate",
        "contactCompany",
        "contactAddress",
        "contactCity",
        "contactProvince",
        "contactZipCode",
        "contactCountry",
        "contactPhone",
    )
)


@_attrs_define
class EmailSender:
    """An e-mail sender address configured in the web panel."""

    id: int
    """ Sender id. """
    email: str
    """ Sender address. """
    email_name: str | Unset = UNSET
    """ Display name. """
    validation_date: None | str | Unset = UNSET
    """ When the address was verified (absent or null while not verified). """
    insert_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    contact_company: str | Unset = UNSET
    """ Contact company of the sender. """
    contact_address: str | Unset = UNSET
    contact_city: str | Unset = UNSET
    contact_province: str | Unset = UNSET
    contact_zip_code: str | Unset = UNSET
    contact_country: str | Unset = UNSET
    contact_phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "email": self.email,
        }
        if self.email_name is not UNSET:
            field_dict["emailName"] = self.email_name
        if self.validation_date is not UNSET:
            field_dict["validationDate"] = self.validation_date
        if self.insert_date is not UNSET:
            field_dict["insertDate"] = self.insert_date
        if self.contact_company is not UNSET:
            field_dict["contactCompany"] = self.contact_company
        if self.contact_address is not UNSET:
            field_dict["contactAddress"] = self.contact_address
        if self.contact_city is not UNSET:
            field_dict["contactCity"] = self.contact_city
        if self.contact_province is not UNSET:
            field_dict["contactProvince"] = self.contact_province
        if self.contact_zip_code is not UNSET:
            field_dict["contactZipCode"] = self.contact_zip_code
        if self.contact_country is not UNSET:
            field_dict["contactCountry"] = self.contact_country
        if self.contact_phone is not UNSET:
            field_dict["contactPhone"] = self.contact_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.id = src_dict["id"]
        obj.email = src_dict["email"]
        if "emailName" in src_dict:
            obj.email_name = src_dict["emailName"]
            known += 1
        else:
            obj.email_name = UNSET
        if "validationDate" in src_dict:
            obj.validation_date = src_dict["validationDate"]
            known += 1
        else:
            obj.validation_date = UNSET
        if "insertDate" in src_dict:
            obj.insert_date = src_dict["insertDate"]
            known += 1
        else:
            obj.insert_date = UNSET
        if "contactCompany" in src_dict:
            obj.contact_company = src_dict["contactCompany"]
            known += 1
        else:
            obj.contact_company = UNSET
        if "contactAddress" in src_dict:
            obj.contact_address = src_dict["contactAddress"]
            known += 1
        else:
            obj.contact_address = UNSET
        if "contactCity" in src_dict:
            obj.contact_city = src_dict["contactCity"]
            known += 1
        else:
            obj.contact_city = UNSET
        if "contactProvince" in src_dict:
            obj.contact_province = src_dict["contactProvince"]
            known += 1
        else:
            obj.contact_province = UNSET
        if "contactZipCode" in src_dict:
            obj.contact_zip_code = src_dict["contactZipCode"]
            known += 1
        else:
            obj.contact_zip_code = UNSET
        if "contactCountry" in src_dict:
            obj.contact_country = src_dict["contactCountry"]
            known += 1
        else:
            obj.contact_country = UNSET
        if "contactPhone" in src_dict:
            obj.contact_phone = src_dict["contactPhone"]
            known += 1
        else:
            obj.contact_phone = UNSET
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
