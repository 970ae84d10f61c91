from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PasswordChange")


@_attrs_define
class PasswordChange:
    """Body of changeSubaccountPassword (field `passwd`, D9)."""

    passwd: str = _attrs_field(repr=False)
    """ The new password, 8 to 16 characters. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "passwd": self.passwd,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.passwd = src_dict["passwd"]
        return obj
