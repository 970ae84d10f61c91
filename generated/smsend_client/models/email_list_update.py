from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.email_list_update_status import (
    EmailListUpdateStatus,
    check_email_list_update_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailListUpdate")


@_attrs_define
class EmailListUpdate:
    """Body of updateEmailList; only the fields sent change (S34)."""

    title: str | Unset = UNSET
    id_language: str | Unset = UNSET
    email_sender: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    company_name: str | Unset = UNSET
    company_address: str | Unset = UNSET
    company_url: str | Unset = UNSET
    company_phone: str | Unset = UNSET
    company_fax: str | Unset = UNSET
    status: EmailListUpdateStatus | Unset = UNSET
    """ 0 active, 1 archived, 2 to be activated. """

    def to_dict(self) -> dict[str, Any]:
        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
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
        if self.company_address is not UNSET:
            field_dict["company_address"] = self.company_address
        if self.company_url is not UNSET:
            field_dict["company_url"] = self.company_url
        if self.company_phone is not UNSET:
            field_dict["company_phone"] = self.company_phone
        if self.company_fax is not UNSET:
            field_dict["company_fax"] = self.company_fax
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        if "title" in src_dict:
            obj.title = src_dict["title"]
        else:
            obj.title = UNSET
        if "id_language" in src_dict:
            obj.id_language = src_dict["id_language"]
        else:
            obj.id_language = UNSET
        if "email_sender" in src_dict:
            obj.email_sender = src_dict["email_sender"]
        else:
            obj.email_sender = UNSET
        if "reply_to" in src_dict:
            obj.reply_to = src_dict["reply_to"]
        else:
            obj.reply_to = UNSET
        if "company_name" in src_dict:
            obj.company_name = src_dict["company_name"]
        else:
            obj.company_name = UNSET
        if "company_address" in src_dict:
            obj.company_address = src_dict["company_address"]
        else:
            obj.company_address = UNSET
        if "company_url" in src_dict:
            obj.company_url = src_dict["company_url"]
        else:
            obj.company_url = UNSET
        if "company_phone" in src_dict:
            obj.company_phone = src_dict["company_phone"]
        else:
            obj.company_phone = UNSET
        if "company_fax" in src_dict:
            obj.company_fax = src_dict["company_fax"]
        else:
            obj.company_fax = UNSET
        if "status" in src_dict:
            obj.status = check_email_list_update_status(src_dict["status"])
        else:
            obj.status = UNSET
        return obj
