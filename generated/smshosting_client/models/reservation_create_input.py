from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reservation_create_input_status import (
    ReservationCreateInputStatus,
    check_reservation_create_input_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReservationCreateInput")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "taskId",
        "contactId",
        "date",
        "status",
        "note",
    )
)


@_attrs_define
class ReservationCreateInput:
    """Form fields of `createReservation`."""

    task_id: int
    """ Service (task) being booked. """
    contact_id: int
    """ Contact the reservation is for. """
    date: str
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    status: ReservationCreateInputStatus | Unset = UNSET
    """ `CONFIRMED` or `UNCONFIRMED`. When omitted, the confirmation policy of the calendar (set in the web panel)
    decides. """
    note: str | Unset = UNSET
    """ Free-text note (any Unicode, emoji included). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "taskId": self.task_id,
            "contactId": self.contact_id,
            "date": self.date,
        }
        if status is not UNSET:
            field_dict["status"] = status
        if self.note is not UNSET:
            field_dict["note"] = self.note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 3  # declared keys present
        obj.task_id = src_dict["taskId"]
        obj.contact_id = src_dict["contactId"]
        obj.date = src_dict["date"]
        if "status" in src_dict:
            obj.status = check_reservation_create_input_status(src_dict["status"])
            known += 1
        else:
            obj.status = UNSET
        if "note" in src_dict:
            obj.note = src_dict["note"]
            known += 1
        else:
            obj.note = UNSET
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
