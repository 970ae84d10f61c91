from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GdprConsent")


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
        id = self.id

        title = self.title

        category = self.category

        description = self.description

        insert_date = self.insert_date

        visible = self.visible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description
        if insert_date is not UNSET:
            field_dict["insertDate"] = insert_date
        if visible is not UNSET:
            field_dict["visible"] = visible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        category = d.pop("category", UNSET)

        description = d.pop("description", UNSET)

        insert_date = d.pop("insertDate", UNSET)

        visible = d.pop("visible", UNSET)

        gdpr_consent = cls(
            id=id,
            title=title,
            category=category,
            description=description,
            insert_date=insert_date,
            visible=visible,
        )

        gdpr_consent.additional_properties = d
        return gdpr_consent

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
