from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailTemplate")


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
        id = self.id

        title = self.title

        editor_type = self.editor_type

        content_type = self.content_type

        insert_date = self.insert_date

        update_date = self.update_date

        custom_fields_key: list[str] | Unset = UNSET
        if not isinstance(self.custom_fields_key, Unset):
            custom_fields_key = self.custom_fields_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if editor_type is not UNSET:
            field_dict["editorType"] = editor_type
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if insert_date is not UNSET:
            field_dict["insertDate"] = insert_date
        if update_date is not UNSET:
            field_dict["updateDate"] = update_date
        if custom_fields_key is not UNSET:
            field_dict["customFieldsKey"] = custom_fields_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        editor_type = d.pop("editorType", UNSET)

        content_type = d.pop("contentType", UNSET)

        insert_date = d.pop("insertDate", UNSET)

        update_date = d.pop("updateDate", UNSET)

        custom_fields_key = cast(list[str], d.pop("customFieldsKey", UNSET))

        email_template = cls(
            id=id,
            title=title,
            editor_type=editor_type,
            content_type=content_type,
            insert_date=insert_date,
            update_date=update_date,
            custom_fields_key=custom_fields_key,
        )

        email_template.additional_properties = d
        return email_template

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
