from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.contact_input_gender import ContactInputGender, check_contact_input_gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactInput")


@_attrs_define
class ContactInput:
    """One contact to add (S19). The vendor's table marks both `email` and `phoneNumber`
    required but says one of them is enough; the server checks that (`400`), and the
    rule is stated as `anyOf` (D40).

    """

    email: str | Unset = UNSET
    """ E-mail address; this or `phoneNumber` is needed. """
    phone_number: str | Unset = UNSET
    """ Phone number: `+` or `00` and the country code, or an Italian mobile number
    (10 digits starting with 3) (D40); this or `email` is needed.
     """
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    gender: ContactInputGender | Unset = UNSET
    fax: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    province: str | Unset = UNSET
    birthdate: str | Unset = UNSET
    """ A date in one of the send calls' schedule formats (S9). """
    promotiondate: str | Unset = UNSET
    """ A further date, same formats. """
    rememberdate: str | Unset = UNSET
    """ A further date, same formats. """
    zip_: str | Unset = UNSET
    group_ids: list[str] | Unset = UNSET
    """ Groups (ids) the contact joins. """
    custom1: str | Unset = UNSET
    """ Custom field 1 (S23). """
    custom2: str | Unset = UNSET
    """ Custom field 2 (S23). """
    custom3: str | Unset = UNSET
    """ Custom field 3 (S23). """
    custom4: str | Unset = UNSET
    """ Custom field 4 (S23). """
    custom5: str | Unset = UNSET
    """ Custom field 5 (S23). """
    custom6: str | Unset = UNSET
    """ Custom field 6 (S23). """
    custom7: str | Unset = UNSET
    """ Custom field 7 (S23). """
    custom8: str | Unset = UNSET
    """ Custom field 8 (S23). """
    custom9: str | Unset = UNSET
    """ Custom field 9 (S23). """
    custom10: str | Unset = UNSET
    """ Custom field 10 (S23). """

    def to_dict(self) -> dict[str, Any]:
        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        group_ids: list[str] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        field_dict: dict[str, Any] = {}
        if self.email is not UNSET:
            field_dict["email"] = self.email
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
        if self.promotiondate is not UNSET:
            field_dict["promotiondate"] = self.promotiondate
        if self.rememberdate is not UNSET:
            field_dict["rememberdate"] = self.rememberdate
        if self.zip_ is not UNSET:
            field_dict["zip"] = self.zip_
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids
        if self.custom1 is not UNSET:
            field_dict["custom1"] = self.custom1
        if self.custom2 is not UNSET:
            field_dict["custom2"] = self.custom2
        if self.custom3 is not UNSET:
            field_dict["custom3"] = self.custom3
        if self.custom4 is not UNSET:
            field_dict["custom4"] = self.custom4
        if self.custom5 is not UNSET:
            field_dict["custom5"] = self.custom5
        if self.custom6 is not UNSET:
            field_dict["custom6"] = self.custom6
        if self.custom7 is not UNSET:
            field_dict["custom7"] = self.custom7
        if self.custom8 is not UNSET:
            field_dict["custom8"] = self.custom8
        if self.custom9 is not UNSET:
            field_dict["custom9"] = self.custom9
        if self.custom10 is not UNSET:
            field_dict["custom10"] = self.custom10

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        obj = object.__new__(cls)
        obj.email = get("email", UNSET)
        obj.phone_number = get("phoneNumber", UNSET)
        obj.name = get("name", UNSET)
        obj.surname = get("surname", UNSET)
        _gender = get("gender", UNSET)
        if _gender is UNSET:
            obj.gender = UNSET
        else:
            obj.gender = check_contact_input_gender(_gender)
        obj.fax = get("fax", UNSET)
        obj.address = get("address", UNSET)
        obj.city = get("city", UNSET)
        obj.province = get("province", UNSET)
        obj.birthdate = get("birthdate", UNSET)
        obj.promotiondate = get("promotiondate", UNSET)
        obj.rememberdate = get("rememberdate", UNSET)
        obj.zip_ = get("zip", UNSET)
        _group_ids_given = get("groupIds", UNSET)
        if _group_ids_given is UNSET:
            obj.group_ids = UNSET
        else:
            group_ids = cast(list[str], _group_ids_given)

            obj.group_ids = group_ids
        obj.custom1 = get("custom1", UNSET)
        obj.custom2 = get("custom2", UNSET)
        obj.custom3 = get("custom3", UNSET)
        obj.custom4 = get("custom4", UNSET)
        obj.custom5 = get("custom5", UNSET)
        obj.custom6 = get("custom6", UNSET)
        obj.custom7 = get("custom7", UNSET)
        obj.custom8 = get("custom8", UNSET)
        obj.custom9 = get("custom9", UNSET)
        obj.custom10 = get("custom10", UNSET)
        return obj
