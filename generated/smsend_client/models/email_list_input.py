from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EmailListInput")


@_attrs_define
class EmailListInput:
    """Body of createEmailList; every field is required, as documented (S34)."""

    title: str
    id_language: str
    email_sender: str
    reply_to: str
    company_name: str
    company_address: str
    company_url: str
    company_phone: str
    company_fax: str

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "title": self.title,
            "id_language": self.id_language,
            "email_sender": self.email_sender,
            "reply_to": self.reply_to,
            "company_name": self.company_name,
            "company_address": self.company_address,
            "company_url": self.company_url,
            "company_phone": self.company_phone,
            "company_fax": self.company_fax,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.title = src_dict["title"]
        obj.id_language = src_dict["id_language"]
        obj.email_sender = src_dict["email_sender"]
        obj.reply_to = src_dict["reply_to"]
        obj.company_name = src_dict["company_name"]
        obj.company_address = src_dict["company_address"]
        obj.company_url = src_dict["company_url"]
        obj.company_phone = src_dict["company_phone"]
        obj.company_fax = src_dict["company_fax"]
        return obj
