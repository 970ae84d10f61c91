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
        get = src_dict.get
        obj = object.__new__(cls)
        obj.id = src_dict["id"]
        obj.email = src_dict["email"]
        obj.email_name = get("emailName", UNSET)
        obj.validation_date = get("validationDate", UNSET)
        obj.insert_date = get("insertDate", UNSET)
        obj.contact_company = get("contactCompany", UNSET)
        obj.contact_address = get("contactAddress", UNSET)
        obj.contact_city = get("contactCity", UNSET)
        obj.contact_province = get("contactProvince", UNSET)
        obj.contact_zip_code = get("contactZipCode", UNSET)
        obj.contact_country = get("contactCountry", UNSET)
        obj.contact_phone = get("contactPhone", UNSET)
        if _KEYS.issuperset(src_dict):
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
