from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailSender")


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
        id = self.id

        email = self.email

        email_name = self.email_name

        validation_date: None | str | Unset
        if isinstance(self.validation_date, Unset):
            validation_date = UNSET
        else:
            validation_date = self.validation_date

        insert_date = self.insert_date

        contact_company = self.contact_company

        contact_address = self.contact_address

        contact_city = self.contact_city

        contact_province = self.contact_province

        contact_zip_code = self.contact_zip_code

        contact_country = self.contact_country

        contact_phone = self.contact_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
            }
        )
        if email_name is not UNSET:
            field_dict["emailName"] = email_name
        if validation_date is not UNSET:
            field_dict["validationDate"] = validation_date
        if insert_date is not UNSET:
            field_dict["insertDate"] = insert_date
        if contact_company is not UNSET:
            field_dict["contactCompany"] = contact_company
        if contact_address is not UNSET:
            field_dict["contactAddress"] = contact_address
        if contact_city is not UNSET:
            field_dict["contactCity"] = contact_city
        if contact_province is not UNSET:
            field_dict["contactProvince"] = contact_province
        if contact_zip_code is not UNSET:
            field_dict["contactZipCode"] = contact_zip_code
        if contact_country is not UNSET:
            field_dict["contactCountry"] = contact_country
        if contact_phone is not UNSET:
            field_dict["contactPhone"] = contact_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        email_name = d.pop("emailName", UNSET)

        def _parse_validation_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validation_date = _parse_validation_date(d.pop("validationDate", UNSET))

        insert_date = d.pop("insertDate", UNSET)

        contact_company = d.pop("contactCompany", UNSET)

        contact_address = d.pop("contactAddress", UNSET)

        contact_city = d.pop("contactCity", UNSET)

        contact_province = d.pop("contactProvince", UNSET)

        contact_zip_code = d.pop("contactZipCode", UNSET)

        contact_country = d.pop("contactCountry", UNSET)

        contact_phone = d.pop("contactPhone", UNSET)

        email_sender = cls(
            id=id,
            email=email,
            email_name=email_name,
            validation_date=validation_date,
            insert_date=insert_date,
            contact_company=contact_company,
            contact_address=contact_address,
            contact_city=contact_city,
            contact_province=contact_province,
            contact_zip_code=contact_zip_code,
            contact_country=contact_country,
            contact_phone=contact_phone,
        )

        email_sender.additional_properties = d
        return email_sender

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
