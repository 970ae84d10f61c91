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
        obj = object.__new__(cls)
        obj.email = src_dict["email"]
        if "phoneNumber" in src_dict:
            obj.phone_number = src_dict["phoneNumber"]
        else:
            obj.phone_number = UNSET
        if "name" in src_dict:
            obj.name = src_dict["name"]
        else:
            obj.name = UNSET
        if "surname" in src_dict:
            obj.surname = src_dict["surname"]
        else:
            obj.surname = UNSET
        if "gender" in src_dict:
            obj.gender = check_list_contact_input_gender(src_dict["gender"])
        else:
            obj.gender = UNSET
        if "fax" in src_dict:
            obj.fax = src_dict["fax"]
        else:
            obj.fax = UNSET
        if "address" in src_dict:
            obj.address = src_dict["address"]
        else:
            obj.address = UNSET
        if "city" in src_dict:
            obj.city = src_dict["city"]
        else:
            obj.city = UNSET
        if "province" in src_dict:
            obj.province = src_dict["province"]
        else:
            obj.province = UNSET
        if "birthdate" in src_dict:
            obj.birthdate = src_dict["birthdate"]
        else:
            obj.birthdate = UNSET
        if "zip" in src_dict:
            obj.zip_ = src_dict["zip"]
        else:
            obj.zip_ = UNSET
        if "groupIds" in src_dict:
            _group_ids_given = src_dict["groupIds"]
            group_ids = cast(list[str], _group_ids_given)

            obj.group_ids = group_ids
        else:
            obj.group_ids = UNSET
        return obj
