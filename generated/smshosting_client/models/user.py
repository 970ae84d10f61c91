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
        obj = object.__new__(cls)
        known = 0  # declared keys present
        if "id" in src_dict:
            obj.id = src_dict["id"]
            known += 1
        else:
            obj.id = UNSET
        if "name" in src_dict:
            obj.name = src_dict["name"]
            known += 1
        else:
            obj.name = UNSET
        if "lastname" in src_dict:
            obj.lastname = src_dict["lastname"]
            known += 1
        else:
            obj.lastname = UNSET
        if "username" in src_dict:
            obj.username = src_dict["username"]
            known += 1
        else:
            obj.username = UNSET
        if "email" in src_dict:
            obj.email = src_dict["email"]
            known += 1
        else:
            obj.email = UNSET
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
        if "sender" in src_dict:
            obj.sender = src_dict["sender"]
            known += 1
        else:
            obj.sender = UNSET
        if "senderAlias" in src_dict:
            _sender_alias_given = src_dict["senderAlias"]
            sender_alias = cast(list[str], _sender_alias_given)

            obj.sender_alias = sender_alias
            known += 1
        else:
            obj.sender_alias = UNSET
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
        if "accountPlan" in src_dict:
            obj.account_plan = src_dict["accountPlan"]
            known += 1
        else:
            obj.account_plan = UNSET
        if "registrationDate" in src_dict:
            obj.registration_date = src_dict["registrationDate"]
            known += 1
        else:
            obj.registration_date = UNSET
        if "expirationDate" in src_dict:
            obj.expiration_date = src_dict["expirationDate"]
            known += 1
        else:
            obj.expiration_date = UNSET
        if "credit" in src_dict:
            obj.credit = src_dict["credit"]
            known += 1
        else:
            obj.credit = UNSET
        if "italysms" in src_dict:
            obj.italysms = src_dict["italysms"]
            known += 1
        else:
            obj.italysms = UNSET
        if "italysmsLow" in src_dict:
            obj.italysms_low = src_dict["italysmsLow"]
            known += 1
        else:
            obj.italysms_low = UNSET
        if "authKey" in src_dict:
            obj.auth_key = src_dict["authKey"]
            known += 1
        else:
            obj.auth_key = UNSET
        if "authSecret" in src_dict:
            obj.auth_secret = src_dict["authSecret"]
            known += 1
        else:
            obj.auth_secret = UNSET
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
