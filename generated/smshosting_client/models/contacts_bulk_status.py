from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactsBulkStatus")


@_attrs_define
class ContactsBulkStatus:
    """Progress of the bulk contact import (`getContactsBulkStatus`)."""

    progress: str
    """ Completion as a percentage string, e.g. `100%`. """
    free: bool
    """ True when no import is running and a new file can be uploaded. """
    last_error: str | Unset = UNSET
    """ Not in the vendor's field table. Rows of the last import that failed, as `row:message` items each terminated
    by `|` (empty or absent when nothing failed). The messages are free text from the server (Italian in the
    sample). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        progress = self.progress

        free = self.free

        last_error = self.last_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "progress": progress,
                "free": free,
            }
        )
        if last_error is not UNSET:
            field_dict["last_error"] = last_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        progress = d.pop("progress")

        free = d.pop("free")

        last_error = d.pop("last_error", UNSET)

        contacts_bulk_status = cls(
            progress=progress,
            free=free,
            last_error=last_error,
        )

        contacts_bulk_status.additional_properties = d
        return contacts_bulk_status

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
