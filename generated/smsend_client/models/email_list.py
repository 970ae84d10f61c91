from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailList")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "title",
        "id_language",
        "email_sender",
        "reply_to",
        "company_name",
    )
)


@_attrs_define
class EmailList:
    """An e-mail list (S35)."""

    id: int
    status: str
    """ `ACTIVE`, `ARCHIVED` or `TO_ACTIVATE`. """
    title: str | Unset = UNSET
    id_language: str | Unset = UNSET
    email_sender: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    company_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "status": self.status,
        }
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.id_language is not UNSET:
            field_dict["id_language"] = self.id_language
        if self.email_sender is not UNSET:
            field_dict["email_sender"] = self.email_sender
        if self.reply_to is not UNSET:
            field_dict["reply_to"] = self.reply_to
        if self.company_name is not UNSET:
            field_dict["company_name"] = self.company_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.id = src_dict["id"]
        obj.status = src_dict["status"]
        if "title" in src_dict:
            obj.title = src_dict["title"]
            known += 1
        else:
            obj.title = UNSET
        if "id_language" in src_dict:
            obj.id_language = src_dict["id_language"]
            known += 1
        else:
            obj.id_language = UNSET
        if "email_sender" in src_dict:
            obj.email_sender = src_dict["email_sender"]
            known += 1
        else:
            obj.email_sender = UNSET
        if "reply_to" in src_dict:
            obj.reply_to = src_dict["reply_to"]
            known += 1
        else:
            obj.reply_to = UNSET
        if "company_name" in src_dict:
            obj.company_name = src_dict["company_name"]
            known += 1
        else:
            obj.company_name = UNSET
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
