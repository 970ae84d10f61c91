from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TwoFactorResult")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "status",
        "error",
        "triesRemaining",
    )
)


@_attrs_define
class TwoFactorResult:
    """Answer of the 2FA calls: `status` `OK` or `ERROR`; a failed verification adds the
    tries left (S13, S14).

    """

    status: str
    """ `OK` or `ERROR`. """
    error: str | Unset = UNSET
    """ Why the verification failed. """
    tries_remaining: int | Unset = UNSET
    """ Verifications the PIN still allows. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "status": self.status,
        }
        if self.error is not UNSET:
            field_dict["error"] = self.error
        if self.tries_remaining is not UNSET:
            field_dict["triesRemaining"] = self.tries_remaining

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 1  # declared keys present
        obj.status = src_dict["status"]
        if "error" in src_dict:
            obj.error = src_dict["error"]
            known += 1
        else:
            obj.error = UNSET
        if "triesRemaining" in src_dict:
            obj.tries_remaining = src_dict["triesRemaining"]
            known += 1
        else:
            obj.tries_remaining = UNSET
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
