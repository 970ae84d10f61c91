from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GroupInput")


@_attrs_define
class GroupInput:
    """Body of createGroup and updateGroup (S25)."""

    name: str
    """ The group name, not blank (D40), unique among the caller's groups. """
    description: str

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "name": self.name,
            "description": self.description,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.name = src_dict["name"]
        obj.description = src_dict["description"]
        return obj
