from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alias_status import AliasStatus, check_alias_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Alias")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "alias",
        "vatnumber",
        "taxcode",
        "businessname",
        "address",
        "city",
        "postcode",
        "province",
        "country",
        "email",
        "phone",
        "pec",
        "status",
        "ip",
    )
)


@_attrs_define
class Alias:
    """A registered sender alias."""

    id: int
    """ Alias id. """
    alias: str
    """ The sender text. """
    vatnumber: str | Unset = UNSET
    taxcode: str | Unset = UNSET
    businessname: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    postcode: str | Unset = UNSET
    province: str | Unset = UNSET
    country: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    pec: str | Unset = UNSET
    """ Certified e-mail address (PEC) or, outside Italy, an ordinary address. """
    status: AliasStatus | Unset = UNSET
    """ `VERIFIED`: usable as sender; `NOTVERIFIED`: not yet checked, not usable. """
    ip: str | Unset = UNSET
    """ Address the alias was registered from (not in the vendor's field table; read by the Java client, S31). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "alias": self.alias,
        }
        if self.vatnumber is not UNSET:
            field_dict["vatnumber"] = self.vatnumber
        if self.taxcode is not UNSET:
            field_dict["taxcode"] = self.taxcode
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
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.phone is not UNSET:
            field_dict["phone"] = self.phone
        if self.pec is not UNSET:
            field_dict["pec"] = self.pec
        if status is not UNSET:
            field_dict["status"] = status
        if self.ip is not UNSET:
            field_dict["ip"] = self.ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.id = src_dict["id"]
        obj.alias = src_dict["alias"]
        if "vatnumber" in src_dict:
            obj.vatnumber = src_dict["vatnumber"]
            known += 1
        else:
            obj.vatnumber = UNSET
        if "taxcode" in src_dict:
            obj.taxcode = src_dict["taxcode"]
            known += 1
        else:
            obj.taxcode = UNSET
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
        if "email" in src_dict:
            obj.email = src_dict["email"]
            known += 1
        else:
            obj.email = UNSET
        if "phone" in src_dict:
            obj.phone = src_dict["phone"]
            known += 1
        else:
            obj.phone = UNSET
        if "pec" in src_dict:
            obj.pec = src_dict["pec"]
            known += 1
        else:
            obj.pec = UNSET
        if "status" in src_dict:
            obj.status = check_alias_status(src_dict["status"])
            known += 1
        else:
            obj.status = UNSET
        if "ip" in src_dict:
            obj.ip = src_dict["ip"]
            known += 1
        else:
            obj.ip = UNSET
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
