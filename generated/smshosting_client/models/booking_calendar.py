from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BookingCalendar")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "code",
        "taskList",
    )
)


@_attrs_define
class BookingCalendar:
    """A booking calendar. `taskList` is present in the detail view only."""

    id: int
    """ Calendar id. """
    name: str
    """ Calendar name. """
    code: str | Unset = UNSET
    """ Public code of the calendar (used by the booking web page). """
    task_list: list[BookingTask] | Unset = UNSET
    """ Services of the calendar (detail view only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_list, Unset):
            task_list = []
            for task_list_item_data in self.task_list:
                task_list_item = task_list_item_data.to_dict()
                task_list.append(task_list_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "name": self.name,
        }
        if self.code is not UNSET:
            field_dict["code"] = self.code
        if task_list is not UNSET:
            field_dict["taskList"] = task_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 2  # declared keys present
        obj.id = src_dict["id"]
        obj.name = src_dict["name"]
        if "code" in src_dict:
            obj.code = src_dict["code"]
            known += 1
        else:
            obj.code = UNSET
        if "taskList" in src_dict:
            obj.task_list = list(map(BookingTask.from_dict, src_dict["taskList"]))
            known += 1
        else:
            obj.task_list = UNSET
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


from ..models.booking_task import BookingTask  # noqa: E402
