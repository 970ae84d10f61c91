from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivacyPolicy")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "privacySource",
        "privacyValue",
        "vers",
        "insertDate",
        "visible",
    )
)


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
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "privacySource": self.privacy_source,
            "privacyValue": self.privacy_value,
        }
        if self.vers is not UNSET:
            field_dict["vers"] = self.vers
        if self.insert_date is not UNSET:
            field_dict["insertDate"] = self.insert_date
        if self.visible is not UNSET:
            field_dict["visible"] = self.visible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 3  # declared keys present
        obj.id = src_dict["id"]
        obj.privacy_source = src_dict["privacySource"]
        obj.privacy_value = src_dict["privacyValue"]
        if "vers" in src_dict:
            obj.vers = src_dict["vers"]
            known += 1
        else:
            obj.vers = UNSET
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
