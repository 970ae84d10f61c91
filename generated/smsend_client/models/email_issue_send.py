from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="EmailIssueSend")


@_attrs_define
class EmailIssueSend:
    """Body of sendEmailIssue (S38)."""

    contact_ids: list[str]
    schedule_time: str
    """ When to send, `yyyy-MM-dd HH:mm:ss`. """

    def to_dict(self) -> dict[str, Any]:
        contact_ids = self.contact_ids

        field_dict: dict[str, Any] = {
            "contactIds": contact_ids,
            "scheduleTime": self.schedule_time,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        contact_ids = cast(list[str], src_dict["contactIds"])

        obj.contact_ids = contact_ids
        obj.schedule_time = src_dict["scheduleTime"]
        return obj
