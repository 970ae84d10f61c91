from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupList")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "pageNumber",
        "pageSize",
        "total",
        "groups",
    )
)


@_attrs_define
class GroupList:
    """One page of contact groups (S25)."""

    page_number: int
    page_size: int
    total: int
    groups: list[Group]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "pageNumber": self.page_number,
            "pageSize": self.page_size,
            "total": self.total,
            "groups": groups,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.page_number = src_dict["pageNumber"]
        obj.page_size = src_dict["pageSize"]
        obj.total = src_dict["total"]
        obj.groups = list(map(Group.from_dict, src_dict["groups"]))
        if len(src_dict) == 4:
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


from ..models.group import Group  # noqa: E402
