from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SendParametricSmsRequestRecipients")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(())


@_attrs_define
class SendParametricSmsRequestRecipients:
    """The recipients, each under a key of the caller's choice (the vendor types this
    field as a map; clients of the platform key it by position, S11).

    """

    additional_properties: dict[str, ParametricRecipient] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()
        field_dict.update({})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        if len(src_dict) == 0:
            obj.additional_properties = {}
        else:
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _KEYS:
                    continue
                additional_property = ParametricRecipient.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property
            obj.additional_properties = additional_properties
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ParametricRecipient:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ParametricRecipient) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.parametric_recipient import ParametricRecipient  # noqa: E402
