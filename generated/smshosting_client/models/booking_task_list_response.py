from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.booking_task import BookingTask


T = TypeVar("T", bound="BookingTaskListResponse")


@_attrs_define
class BookingTaskListResponse:
    """Answer of `listCalendarTasks`."""

    task_list: list[BookingTask]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_list = []
        for task_list_item_data in self.task_list:
            task_list_item = task_list_item_data.to_dict()
            task_list.append(task_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskList": task_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.booking_task import BookingTask  # noqa: PLC0415

        d = dict(src_dict)
        task_list = []
        _task_list = d.pop("taskList")
        for task_list_item_data in _task_list:
            task_list_item = BookingTask.from_dict(task_list_item_data)

            task_list.append(task_list_item)

        booking_task_list_response = cls(
            task_list=task_list,
        )

        booking_task_list_response.additional_properties = d
        return booking_task_list_response

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
