from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EmailAttachment")


@_attrs_define
class EmailAttachment:
    file_name: str
    file_content_base64: str

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "file_name": self.file_name,
            "file_content_base64": self.file_content_base64,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.file_name = src_dict["file_name"]
        obj.file_content_base64 = src_dict["file_content_base64"]
        return obj
