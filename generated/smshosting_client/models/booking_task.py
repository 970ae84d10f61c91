from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BookingTask")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "description",
        "duration",
        "intervalBetweenTasks",
    )
)


@_attrs_define
class BookingTask:
    """A bookable service (task) of a calendar."""

    id: int
    """ Task id. """
    name: str
    """ Task name. """
    description: str | Unset = UNSET
    """ Task description; may be empty. """
    duration: int | Unset = UNSET
    """ Length of one booking, in minutes. """
    interval_between_tasks: int | Unset = UNSET
    """ Pause kept free after each booking, in minutes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "name": self.name,
        }
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.duration is not UNSET:
            field_dict["duration"] = self.duration
        if self.interval_between_tasks is not UNSET:
            field_dict["intervalBetweenTasks"] = self.interval_between_tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.id = src_dict["id"]
        obj.name = src_dict["name"]
        if "description" in src_dict:
            obj.description = src_dict["description"]
            known += 1
        else:
            obj.description = UNSET
        if "duration" in src_dict:
            obj.duration = src_dict["duration"]
            known += 1
        else:
            obj.duration = UNSET
        if "intervalBetweenTasks" in src_dict:
            obj.interval_between_tasks = src_dict["intervalBetweenTasks"]
            known += 1
        else:
            obj.interval_between_tasks = UNSET
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
