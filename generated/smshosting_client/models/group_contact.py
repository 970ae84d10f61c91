from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupContact")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "msisdn",
        "name",
        "lastname",
        "address",
        "city",
        "postCode",
        "province",
        "country",
        "email",
        "homePhoneNumber",
        "groups",
    )
)


@_attrs_define
class GroupContact:
    """A contact as listed by `listGroupContacts`. This view has no `id` and no `customFields` but carries postal-address
    fields. `postCode` is a JSON number in the sample, so leading zeros are lost (144 stands for 00144).

    """

    msisdn: str | Unset = UNSET
    """ Mobile number with international prefix, digits only. """
    name: str | Unset = UNSET
    """ First name. """
    lastname: str | Unset = UNSET
    """ Last name. """
    address: str | Unset = UNSET
    """ Street address. """
    city: str | Unset = UNSET
    """ City. """
    post_code: int | Unset = UNSET
    """ Postal code as a number (leading zeros dropped). """
    province: str | Unset = UNSET
    """ Province code (e.g. `RM`). """
    country: str | Unset = UNSET
    """ Country code (e.g. `IT`). """
    email: str | Unset = UNSET
    """ E-mail address. """
    home_phone_number: str | Unset = UNSET
    """ Landline number; may be empty. """
    groups: list[ContactGroupRef] | Unset = UNSET
    """ Contact lists the contact belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.msisdn is not UNSET:
            field_dict["msisdn"] = self.msisdn
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.lastname is not UNSET:
            field_dict["lastname"] = self.lastname
        if self.address is not UNSET:
            field_dict["address"] = self.address
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.post_code is not UNSET:
            field_dict["postCode"] = self.post_code
        if self.province is not UNSET:
            field_dict["province"] = self.province
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.home_phone_number is not UNSET:
            field_dict["homePhoneNumber"] = self.home_phone_number
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 0  # declared keys present
        if "msisdn" in src_dict:
            obj.msisdn = src_dict["msisdn"]
            known += 1
        else:
            obj.msisdn = UNSET
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
        if "postCode" in src_dict:
            obj.post_code = src_dict["postCode"]
            known += 1
        else:
            obj.post_code = UNSET
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
        if "email" in src_dict:
            obj.email = src_dict["email"]
            known += 1
        else:
            obj.email = UNSET
        if "homePhoneNumber" in src_dict:
            obj.home_phone_number = src_dict["homePhoneNumber"]
            known += 1
        else:
            obj.home_phone_number = UNSET
        if "groups" in src_dict:
            obj.groups = list(map(ContactGroupRef.from_dict, src_dict["groups"]))
            known += 1
        else:
            obj.groups = UNSET
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


from ..models.contact_group_ref import ContactGroupRef  # noqa: E402
