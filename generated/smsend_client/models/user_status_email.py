from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserStatusEmail")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "bandwidth",
        "purchased",
        "billing",
        "expiry",
    )
)


@_attrs_define
class UserStatusEmail:
    """The e-mail service of the account (S15)."""

    bandwidth: float | Unset = UNSET
    """ E-mail sending allowance. """
    purchased: None | str | Unset = UNSET
    """ When the allowance was bought. """
    billing: str | Unset = UNSET
    """ Billing mode. """
    expiry: None | str | Unset = UNSET
    """ When the allowance expires. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.bandwidth is not UNSET:
            field_dict["bandwidth"] = self.bandwidth
        if self.purchased is not UNSET:
            field_dict["purchased"] = self.purchased
        if self.billing is not UNSET:
            field_dict["billing"] = self.billing
        if self.expiry is not UNSET:
            field_dict["expiry"] = self.expiry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 0  # declared keys present
        if "bandwidth" in src_dict:
            obj.bandwidth = src_dict["bandwidth"]
            known += 1
        else:
            obj.bandwidth = UNSET
        if "purchased" in src_dict:
            obj.purchased = src_dict["purchased"]
            known += 1
        else:
            obj.purchased = UNSET
        if "billing" in src_dict:
            obj.billing = src_dict["billing"]
            known += 1
        else:
            obj.billing = UNSET
        if "expiry" in src_dict:
            obj.expiry = src_dict["expiry"]
            known += 1
        else:
            obj.expiry = UNSET
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
