from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailInsertResult")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "to",
        "status",
        "statusDetail",
    )
)


@_attrs_define
class EmailInsertResult:
    """One e-mail created by `sendEmail`."""

    id: int
    """ E-mail id (for `getEmail`). """
    to: str
    """ Recipient address. """
    status: str | Unset = UNSET
    """ Whether the e-mail was accepted (e.g. `INSERTED`). """
    status_detail: str | Unset = UNSET
    """ Why the e-mail was not accepted (not in the vendor's field table; read by the Java client, S31). Open set.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "to": self.to,
        }
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.status_detail is not UNSET:
            field_dict["statusDetail"] = self.status_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.id = src_dict["id"]
        obj.to = src_dict["to"]
        if "status" in src_dict:
            obj.status = src_dict["status"]
            known += 1
        else:
            obj.status = UNSET
        if "statusDetail" in src_dict:
            obj.status_detail = src_dict["statusDetail"]
            known += 1
        else:
            obj.status_detail = UNSET
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
