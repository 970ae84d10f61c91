from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelSmsRequest")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "transactionId",
    )
)


@_attrs_define
class CancelSmsRequest:
    """Form body of `cancelSms`. At least one of `id` and `transactionId` must be present (`x-one-of-required`, also stated
    as `anyOf`).

    """

    id: str | Unset = UNSET
    """ Internal SMS id, or several separated by commas. """
    transaction_id: str | Unset = UNSET
    """ Cancel every still-pending SMS of this send. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.transaction_id is not UNSET:
            field_dict["transactionId"] = self.transaction_id

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
        if "transactionId" in src_dict:
            obj.transaction_id = src_dict["transactionId"]
            known += 1
        else:
            obj.transaction_id = UNSET
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
