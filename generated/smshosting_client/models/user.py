from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "lastname",
        "username",
        "email",
        "businessname",
        "address",
        "city",
        "postcode",
        "province",
        "country",
        "birthdate",
        "phone",
        "msisdn",
        "sender",
        "senderAlias",
        "taxcode",
        "vatnumber",
        "accountPlan",
        "registrationDate",
        "expirationDate",
        "credit",
        "italysms",
        "italysmsLow",
        "authKey",
        "authSecret",
    )
)


@_attrs_define
class User:
    """Profile of the calling account."""

    id: int | str | Unset = UNSET
    """ A numeric id that the gateway may send either as a JSON number or as a string of digits. The saved examples
    and the official clients disagree on the JSON type of several ids (decision S24), so responses accept both;
    compare ids as text (`str(value)`). Request parameters that take such an id back accept both forms too (on the
    wire they are the same text). Ids are never negative (S23). """
    name: str | Unset = UNSET
    lastname: str | Unset = UNSET
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    businessname: str | Unset = UNSET
    """ Company name, for company accounts. """
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    postcode: str | Unset = UNSET
    province: str | Unset = UNSET
    country: str | Unset = UNSET
    birthdate: str | Unset = UNSET
    """ Birth date as `dd.MM.yyyy` (empty when not set). """
    phone: str | Unset = UNSET
    msisdn: str | Unset = UNSET
    """ Mobile number. """
    sender: str | Unset = UNSET
    """ Default SMS sender. """
    sender_alias: list[str] | Unset = UNSET
    """ Senders the account may use. """
    taxcode: str | Unset = UNSET
    vatnumber: str | Unset = UNSET
    account_plan: str | Unset = UNSET
    """ Plan of the account (e.g. `premium`); not in the vendor's field table. """
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
    italysms_low: int | Unset = UNSET
    """ How many low-cost SMS to Italian numbers the credit buys (not in the vendor's field table; read by the
    2018-2020 Java client, S31). """
    auth_key: str | Unset = UNSET
    """ The account's API key (not in the vendor's field table). """
    auth_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The account's API secret (not in the vendor's field table). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_alias: list[str] | Unset = UNSET
        if not isinstance(self.sender_alias, Unset):
            sender_alias = self.sender_alias

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.lastname is not UNSET:
            field_dict["lastname"] = self.lastname
        if self.username is not UNSET:
            field_dict["username"] = self.username
        if self.email is not UNSET:
            field_dict["email"] = self.email
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
        if self.sender is not UNSET:
            field_dict["sender"] = self.sender
        if sender_alias is not UNSET:
            field_dict["senderAlias"] = sender_alias
        if self.taxcode is not UNSET:
            field_dict["taxcode"] = self.taxcode
        if self.vatnumber is not UNSET:
            field_dict["vatnumber"] = self.vatnumber
        if self.account_plan is not UNSET:
            field_dict["accountPlan"] = self.account_plan
        if self.registration_date is not UNSET:
            field_dict["registrationDate"] = self.registration_date
        if self.expiration_date is not UNSET:
            field_dict["expirationDate"] = self.expiration_date
        if self.credit is not UNSET:
            field_dict["credit"] = self.credit
        if self.italysms is not UNSET:
            field_dict["italysms"] = self.italysms
        if self.italysms_low is not UNSET:
            field_dict["italysmsLow"] = self.italysms_low
        if self.auth_key is not UNSET:
            field_dict["authKey"] = self.auth_key
        if self.auth_secret is not UNSET:
            field_dict["authSecret"] = self.auth_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        obj = object.__new__(cls)
        obj.id = get("id", UNSET)
        obj.name = get("name", UNSET)
        obj.lastname = get("lastname", UNSET)
        obj.username = get("username", UNSET)
        obj.email = get("email", UNSET)
        obj.businessname = get("businessname", UNSET)
        obj.address = get("address", UNSET)
        obj.city = get("city", UNSET)
        obj.postcode = get("postcode", UNSET)
        obj.province = get("province", UNSET)
        obj.country = get("country", UNSET)
        obj.birthdate = get("birthdate", UNSET)
        obj.phone = get("phone", UNSET)
        obj.msisdn = get("msisdn", UNSET)
        obj.sender = get("sender", UNSET)
        _sender_alias_given = get("senderAlias", UNSET)
        if _sender_alias_given is UNSET:
            obj.sender_alias = UNSET
        else:
            sender_alias = cast(list[str], _sender_alias_given)

            obj.sender_alias = sender_alias
        obj.taxcode = get("taxcode", UNSET)
        obj.vatnumber = get("vatnumber", UNSET)
        obj.account_plan = get("accountPlan", UNSET)
        obj.registration_date = get("registrationDate", UNSET)
        obj.expiration_date = get("expirationDate", UNSET)
        obj.credit = get("credit", UNSET)
        obj.italysms = get("italysms", UNSET)
        obj.italysms_low = get("italysmsLow", UNSET)
        obj.auth_key = get("authKey", UNSET)
        obj.auth_secret = get("authSecret", UNSET)
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
