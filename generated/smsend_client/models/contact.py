from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_gender import ContactGender, check_contact_gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "email",
        "phoneNumber",
        "name",
        "surname",
        "gender",
        "fax",
        "address",
        "city",
        "province",
        "birthdate",
        "promotiondate",
        "rememberdate",
        "zip",
        "groupIds",
        "custom1",
        "custom2",
        "custom3",
        "custom4",
        "custom5",
        "custom6",
        "custom7",
        "custom8",
        "custom9",
        "custom10",
    )
)


@_attrs_define
class Contact:
    """A contact as saved (S21); the input fields plus `id` and `groupIds`."""

    id: str
    """ The contact id. """
    email: str | Unset = UNSET
    """ E-mail address; this or `phoneNumber` is needed. """
    phone_number: str | Unset = UNSET
    """ Phone number, `+` or `00` and the country code; this or `email` is needed. """
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    gender: ContactGender | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        group_ids: list[str] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
        }
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
        obj = object.__new__(cls)
        known = 1  # declared keys present
        obj.id = src_dict["id"]
        if "email" in src_dict:
            obj.email = src_dict["email"]
            known += 1
        else:
            obj.email = UNSET
        if "phoneNumber" in src_dict:
            obj.phone_number = src_dict["phoneNumber"]
            known += 1
        else:
            obj.phone_number = UNSET
        if "name" in src_dict:
            obj.name = src_dict["name"]
            known += 1
        else:
            obj.name = UNSET
        if "surname" in src_dict:
            obj.surname = src_dict["surname"]
            known += 1
        else:
            obj.surname = UNSET
        if "gender" in src_dict:
            obj.gender = check_contact_gender(src_dict["gender"])
            known += 1
        else:
            obj.gender = UNSET
        if "fax" in src_dict:
            obj.fax = src_dict["fax"]
            known += 1
        else:
            obj.fax = UNSET
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
        if "province" in src_dict:
            obj.province = src_dict["province"]
            known += 1
        else:
            obj.province = UNSET
        if "birthdate" in src_dict:
            obj.birthdate = src_dict["birthdate"]
            known += 1
        else:
            obj.birthdate = UNSET
        if "promotiondate" in src_dict:
            obj.promotiondate = src_dict["promotiondate"]
            known += 1
        else:
            obj.promotiondate = UNSET
        if "rememberdate" in src_dict:
            obj.rememberdate = src_dict["rememberdate"]
            known += 1
        else:
            obj.rememberdate = UNSET
        if "zip" in src_dict:
            obj.zip_ = src_dict["zip"]
            known += 1
        else:
            obj.zip_ = UNSET
        if "groupIds" in src_dict:
            _group_ids_given = src_dict["groupIds"]
            group_ids = cast(list[str], _group_ids_given)

            obj.group_ids = group_ids
            known += 1
        else:
            obj.group_ids = UNSET
        if "custom1" in src_dict:
            obj.custom1 = src_dict["custom1"]
            known += 1
        else:
            obj.custom1 = UNSET
        if "custom2" in src_dict:
            obj.custom2 = src_dict["custom2"]
            known += 1
        else:
            obj.custom2 = UNSET
        if "custom3" in src_dict:
            obj.custom3 = src_dict["custom3"]
            known += 1
        else:
            obj.custom3 = UNSET
        if "custom4" in src_dict:
            obj.custom4 = src_dict["custom4"]
            known += 1
        else:
            obj.custom4 = UNSET
        if "custom5" in src_dict:
            obj.custom5 = src_dict["custom5"]
            known += 1
        else:
            obj.custom5 = UNSET
        if "custom6" in src_dict:
            obj.custom6 = src_dict["custom6"]
            known += 1
        else:
            obj.custom6 = UNSET
        if "custom7" in src_dict:
            obj.custom7 = src_dict["custom7"]
            known += 1
        else:
            obj.custom7 = UNSET
        if "custom8" in src_dict:
            obj.custom8 = src_dict["custom8"]
            known += 1
        else:
            obj.custom8 = UNSET
        if "custom9" in src_dict:
            obj.custom9 = src_dict["custom9"]
            known += 1
        else:
            obj.custom9 = UNSET
        if "custom10" in src_dict:
            obj.custom10 = src_dict["custom10"]
            known += 1
        else:
            obj.custom10 = UNSET
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
