from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subaccount")


@_attrs_define
class Subaccount:
    """A reseller's sub-account."""

    id: str
    """ Sub-account id, a string of digits (the `accountId` of the other calls). """
    name: str | Unset = UNSET
    lastname: str | Unset = UNSET
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    businessname: str | Unset = UNSET
    """ Company name, for company sub-accounts. """
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    postcode: str | Unset = UNSET
    province: str | Unset = UNSET
    country: str | Unset = UNSET
    birthdate: str | Unset = UNSET
    """ Birth date (documented; format not shown by any example). """
    phone: str | Unset = UNSET
    msisdn: str | Unset = UNSET
    """ Mobile number. """
    sender: str | Unset = UNSET
    """ Default SMS sender. """
    sender_alias: list[str] | Unset = UNSET
    """ Senders the sub-account may use. """
    taxcode: str | Unset = UNSET
    vatnumber: str | Unset = UNSET
    registration_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    expiration_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    credit: float | Unset = UNSET
    """ Credit left, in euro. """
    italysms: int | Unset = UNSET
    """ How many SMS to Italian numbers the credit buys. """
    auth_key: str | Unset = UNSET
    """ The sub-account's API key. """
    auth_secret: str | Unset = UNSET
    """ The sub-account's API secret. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        lastname = self.lastname

        username = self.username

        email = self.email

        businessname = self.businessname

        address = self.address

        city = self.city

        postcode = self.postcode

        province = self.province

        country = self.country

        birthdate = self.birthdate

        phone = self.phone

        msisdn = self.msisdn

        sender = self.sender

        sender_alias: list[str] | Unset = UNSET
        if not isinstance(self.sender_alias, Unset):
            sender_alias = self.sender_alias

        taxcode = self.taxcode

        vatnumber = self.vatnumber

        registration_date = self.registration_date

        expiration_date = self.expiration_date

        credit = self.credit

        italysms = self.italysms

        auth_key = self.auth_key

        auth_secret = self.auth_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
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
        if sender is not UNSET:
            field_dict["sender"] = sender
        if sender_alias is not UNSET:
            field_dict["senderAlias"] = sender_alias
        if taxcode is not UNSET:
            field_dict["taxcode"] = taxcode
        if vatnumber is not UNSET:
            field_dict["vatnumber"] = vatnumber
        if registration_date is not UNSET:
            field_dict["registrationDate"] = registration_date
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if credit is not UNSET:
            field_dict["credit"] = credit
        if italysms is not UNSET:
            field_dict["italysms"] = italysms
        if auth_key is not UNSET:
            field_dict["authKey"] = auth_key
        if auth_secret is not UNSET:
            field_dict["authSecret"] = auth_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        lastname = d.pop("lastname", UNSET)

        username = d.pop("username", UNSET)

        email = d.pop("email", UNSET)

        businessname = d.pop("businessname", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        postcode = d.pop("postcode", UNSET)

        province = d.pop("province", UNSET)

        country = d.pop("country", UNSET)

        birthdate = d.pop("birthdate", UNSET)

        phone = d.pop("phone", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        sender = d.pop("sender", UNSET)

        sender_alias = cast(list[str], d.pop("senderAlias", UNSET))

        taxcode = d.pop("taxcode", UNSET)

        vatnumber = d.pop("vatnumber", UNSET)

        registration_date = d.pop("registrationDate", UNSET)

        expiration_date = d.pop("expirationDate", UNSET)

        credit = d.pop("credit", UNSET)

        italysms = d.pop("italysms", UNSET)

        auth_key = d.pop("authKey", UNSET)

        auth_secret = d.pop("authSecret", UNSET)

        subaccount = cls(
            id=id,
            name=name,
            lastname=lastname,
            username=username,
            email=email,
            businessname=businessname,
            address=address,
            city=city,
            postcode=postcode,
            province=province,
            country=country,
            birthdate=birthdate,
            phone=phone,
            msisdn=msisdn,
            sender=sender,
            sender_alias=sender_alias,
            taxcode=taxcode,
            vatnumber=vatnumber,
            registration_date=registration_date,
            expiration_date=expiration_date,
            credit=credit,
            italysms=italysms,
            auth_key=auth_key,
            auth_secret=auth_secret,
        )

        subaccount.additional_properties = d
        return subaccount

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
