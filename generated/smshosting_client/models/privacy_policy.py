from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivacyPolicy")


@_attrs_define
class PrivacyPolicy:
    """A privacy notice defined in the account."""

    id: int
    """ Privacy notice id (used as `id` with `type` = `privacy`). """
    privacy_source: str
    """ How the notice is given: `URL` (privacyValue is a link) or `TEXT` (privacyValue is the text itself). Values
    seen in the sample only; not restricted. """
    privacy_value: str
    """ The link or the text of the notice. """
    vers: str | Unset = UNSET
    """ Free-form version label (e.g. `3` or `Privacy URL`), always a string. """
    insert_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    visible: bool | Unset = UNSET
    """ True when the notice is currently shown to contacts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        privacy_source = self.privacy_source

        privacy_value = self.privacy_value

        vers = self.vers

        insert_date = self.insert_date

        visible = self.visible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "privacySource": privacy_source,
                "privacyValue": privacy_value,
            }
        )
        if vers is not UNSET:
            field_dict["vers"] = vers
        if insert_date is not UNSET:
            field_dict["insertDate"] = insert_date
        if visible is not UNSET:
            field_dict["visible"] = visible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        privacy_source = d.pop("privacySource")

        privacy_value = d.pop("privacyValue")

        vers = d.pop("vers", UNSET)

        insert_date = d.pop("insertDate", UNSET)

        visible = d.pop("visible", UNSET)

        privacy_policy = cls(
            id=id,
            privacy_source=privacy_source,
            privacy_value=privacy_value,
            vers=vers,
            insert_date=insert_date,
            visible=visible,
        )

        privacy_policy.additional_properties = d
        return privacy_policy

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
