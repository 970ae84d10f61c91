from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.list_contact_input_gender import (
    ListContactInputGender,
    check_list_contact_input_gender,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListContactInput")


@_attrs_define
class ListContactInput:
    """Body of subscribeNewContact, a contact whose e-mail is required (S39)."""

    email: str
    phone_number: str | Unset = UNSET
    """ Phone number, as in `ContactInput` (D40). """
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    gender: ListContactInputGender | Unset = UNSET
    fax: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    province: str | Unset = UNSET
    birthdate: str | Unset = UNSET
    """ A date in one of the send calls' schedule formats (S9). """
    zip_: str | Unset = UNSET
    group_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        group_ids: list[str] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        field_dict: dict[str, Any] = {
            "email": self.email,
        }
        if self.phone_number is not UNSET:
            field_dict["phoneNumber"] = self.phone_number
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.surname is not UNSET:
            field_dict["surname"] = self.surname
        if gender is not UNSET:
            field_dict["gender"] = gender
        if self.fax is not UNSET:
            field_dict["fax"] = self.fax
        if self.address is not UNSET:
            field_dict["address"] = self.address
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.province is not UNSET:
            field_dict["province"] = self.province
        if self.birthdate is not UNSET:
            field_dict["birthdate"] = self.birthdate
        if self.zip_ is not UNSET:
            field_dict["zip"] = self.zip_
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        obj = object.__new__(cls)
        obj.email = src_dict["email"]
        obj.phone_number = get("phoneNumber", UNSET)
        obj.name = get("name", UNSET)
        obj.surname = get("surname", UNSET)
        _gender = get("gender", UNSET)
        if _gender is UNSET:
            obj.gender = UNSET
        else:
            obj.gender = check_list_contact_input_gender(_gender)
        obj.fax = get("fax", UNSET)
        obj.address = get("address", UNSET)
        obj.city = get("city", UNSET)
        obj.province = get("province", UNSET)
        obj.birthdate = get("birthdate", UNSET)
        obj.zip_ = get("zip", UNSET)
        _group_ids_given = get("groupIds", UNSET)
        if _group_ids_given is UNSET:
            obj.group_ids = UNSET
        else:
            group_ids = cast(list[str], _group_ids_given)

            obj.group_ids = group_ids
        return obj
