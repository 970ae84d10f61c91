from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactsBulkStatus")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "progress",
        "free",
        "last_error",
    )
)


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
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "progress": self.progress,
            "free": self.free,
        }
        if self.last_error is not UNSET:
            field_dict["last_error"] = self.last_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.progress = src_dict["progress"]
        obj.free = src_dict["free"]
        if "last_error" in src_dict:
            obj.last_error = src_dict["last_error"]
            known += 1
        else:
            obj.last_error = UNSET
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
