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

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_contacts_bulk_upload_result_status(d.pop("status"))

        error = d.pop("error", UNSET)

        contacts_bulk_upload_result = cls(
            status=status,
            error=error,
        )

        contacts_bulk_upload_result.additional_properties = d
        return contacts_bulk_upload_result

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
