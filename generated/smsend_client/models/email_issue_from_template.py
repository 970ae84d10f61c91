from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EmailIssueFromTemplate")


@_attrs_define
class EmailIssueFromTemplate:
    """Body of createEmailIssueFromTemplate (S37)."""

    name: str
    subject: str

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "name": self.name,
            "subject": self.subject,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.name = src_dict["name"]
        obj.subject = src_dict["subject"]
        return obj
