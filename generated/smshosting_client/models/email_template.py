from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailTemplate")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "title",
        "editorType",
        "contentType",
        "insertDate",
        "updateDate",
        "customFieldsKey",
    )
)


@_attrs_define
class EmailTemplate:
    """An e-mail template."""

    id: int
    """ Template id (the `templateId` of the sending calls). """
    title: str | Unset = UNSET
    editor_type: str | Unset = UNSET
    """ Editor the template was made with (a one-letter code, e.g. `B`). """
    content_type: str | Unset = UNSET
    """ MIME type of the template, e.g. `multipart/alternative`. """
    insert_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    update_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    custom_fields_key: list[str] | Unset = UNSET
    """ Keys of the dynamic fields used in the template (may be absent when none). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_fields_key: list[str] | Unset = UNSET
        if not isinstance(self.custom_fields_key, Unset):
            custom_fields_key = self.custom_fields_key

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
        }
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.editor_type is not UNSET:
            field_dict["editorType"] = self.editor_type
        if self.content_type is not UNSET:
            field_dict["contentType"] = self.content_type
        if self.insert_date is not UNSET:
            field_dict["insertDate"] = self.insert_date
        if self.update_date is not UNSET:
            field_dict["updateDate"] = self.update_date
        if custom_fields_key is not UNSET:
            field_dict["customFieldsKey"] = custom_fields_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 1  # declared keys present
        obj.id = src_dict["id"]
        if "title" in src_dict:
            obj.title = src_dict["title"]
            known += 1
        else:
            obj.title = UNSET
        if "editorType" in src_dict:
            obj.editor_type = src_dict["editorType"]
            known += 1
        else:
            obj.editor_type = UNSET
        if "contentType" in src_dict:
            obj.content_type = src_dict["contentType"]
            known += 1
        else:
            obj.content_type = UNSET
        if "insertDate" in src_dict:
            obj.insert_date = src_dict["insertDate"]
            known += 1
        else:
            obj.insert_date = UNSET
        if "updateDate" in src_dict:
            obj.update_date = src_dict["updateDate"]
            known += 1
        else:
            obj.update_date = UNSET
        if "customFieldsKey" in src_dict:
            _custom_fields_key_given = src_dict["customFieldsKey"]
            custom_fields_key = cast(list[str], _custom_fields_key_given)

            obj.custom_fields_key = custom_fields_key
            known += 1
        else:
            obj.custom_fields_key = UNSET
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
