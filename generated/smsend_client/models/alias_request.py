from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AliasRequest")


@_attrs_define
class AliasRequest:
    """Body of createAlias; the data sits in a field named `alias` (S27)."""

    alias: AliasData
    """ The alias and the company behind it, as the vendor's field table lists them (S27). """

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias.to_dict()

        field_dict: dict[str, Any] = {
            "alias": alias,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.alias = AliasData.from_dict(src_dict["alias"])
        return obj


from ..models.alias_data import AliasData  # noqa: E402
