from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BookingTask")


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
        id = self.id

        name = self.name

        description = self.description

        duration = self.duration

        interval_between_tasks = self.interval_between_tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if duration is not UNSET:
            field_dict["duration"] = duration
        if interval_between_tasks is not UNSET:
            field_dict["intervalBetweenTasks"] = interval_between_tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        duration = d.pop("duration", UNSET)

        interval_between_tasks = d.pop("intervalBetweenTasks", UNSET)

        booking_task = cls(
            id=id,
            name=name,
            description=description,
            duration=duration,
            interval_between_tasks=interval_between_tasks,
        )

        booking_task.additional_properties = d
        return booking_task

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
