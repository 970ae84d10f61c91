from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contacts_bulk_upload_result_status import (
    ContactsBulkUploadResultStatus,
    check_contacts_bulk_upload_result_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactsBulkUploadResult")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "status",
        "error",
    )
)


@_attrs_define
class ContactsBulkUploadResult:
    """Answer of `uploadContactsBulk`."""

    status: ContactsBulkUploadResultStatus
    """ `SUBMITTED`: file accepted, import running. `REJECT`: file not valid, nothing imported. `BUSY`: another
    import is still running; wait for it (see `getContactsBulkStatus`). """
    error: str | Unset = UNSET
    """ Explanation of the problem, present when the file is rejected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "status": status,
        }
        if self.error is not UNSET:
            field_dict["error"] = self.error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 1  # declared keys present
        obj.status = check_contacts_bulk_upload_result_status(src_dict["status"])
        if "error" in src_dict:
            obj.error = src_dict["error"]
            known += 1
        else:
            obj.error = UNSET
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
