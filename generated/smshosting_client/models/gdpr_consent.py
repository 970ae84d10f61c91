from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GdprConsent")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "title",
        "category",
        "description",
        "insertDate",
        "visible",
    )
)


@_attrs_define
class GdprConsent:
    """A consent definition of the account (what contacts may agree to)."""

    id: int
    """ Consent id (used as `id` with `type` = `consent`). """
    title: str
    """ Short title of the consent. """
    category: str | Unset = UNSET
    """ Purpose of the consent. `MARKETING`, `PROFILING` and `THIRDPARTIES` appear in the sample; not restricted
    because the full set is undocumented. """
    description: str | Unset = UNSET
    """ Wording shown to the contact. """
    insert_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    visible: bool | Unset = UNSET
    """ True when the consent is currently shown to contacts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "title": self.title,
        }
        if self.category is not UNSET:
            field_dict["category"] = self.category
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.insert_date is not UNSET:
            field_dict["insertDate"] = self.insert_date
        if self.visible is not UNSET:
            field_dict["visible"] = self.visible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.id = src_dict["id"]
        obj.title = src_dict["title"]
        if "category" in src_dict:
            obj.category = src_dict["category"]
            known += 1
        else:
            obj.category = UNSET
        if "description" in src_dict:
            obj.description = src_dict["description"]
            known += 1
        else:
            obj.description = UNSET
        if "insertDate" in src_dict:
            obj.insert_date = src_dict["insertDate"]
            known += 1
        else:
            obj.insert_date = UNSET
        if "visible" in src_dict:
            obj.visible = src_dict["visible"]
            known += 1
        else:
            obj.visible = UNSET
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
