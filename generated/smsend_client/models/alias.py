from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Alias")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "alias",
        "alias-state",
        "company-name",
    )
)


@_attrs_define
class Alias:
    """A registered alias (S28) with its approval state (S29)."""

    id: int
    alias: str
    alias_state: int
    """ 0 unconfirmed, 1 confirmed by smsend, 2 confirmed by AGCOM (usable), 3 blocked by
    smsend, 4 blocked by AGCOM, 9 pre-confirmed by smsend (S29). A plain integer so
    that new states do not break clients.
     """
    company_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "alias": self.alias,
            "alias-state": self.alias_state,
        }
        if self.company_name is not UNSET:
            field_dict["company-name"] = self.company_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 3  # declared keys present
        obj.id = src_dict["id"]
        obj.alias = src_dict["alias"]
        obj.alias_state = src_dict["alias-state"]
        if "company-name" in src_dict:
            obj.company_name = src_dict["company-name"]
            known += 1
        else:
            obj.company_name = UNSET
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
