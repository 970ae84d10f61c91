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
        get = src_dict.get
        obj = object.__new__(cls)
        obj.title = get("title", UNSET)
        obj.id_language = get("id_language", UNSET)
        obj.email_sender = get("email_sender", UNSET)
        obj.reply_to = get("reply_to", UNSET)
        obj.company_name = get("company_name", UNSET)
        obj.company_address = get("company_address", UNSET)
        obj.company_url = get("company_url", UNSET)
        obj.company_phone = get("company_phone", UNSET)
        obj.company_fax = get("company_fax", UNSET)
        _status = get("status", UNSET)
        if _status is UNSET:
            obj.status = UNSET
        else:
            obj.status = check_email_list_update_status(_status)
        return obj
