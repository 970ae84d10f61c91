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
        task_id = self.task_id

        contact_id = self.contact_id

        date = self.date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
                "contactId": contact_id,
                "date": date,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("taskId")

        contact_id = d.pop("contactId")

        date = d.pop("date")

        _status = d.pop("status", UNSET)
        status: ReservationCreateInputStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_reservation_create_input_status(_status)

        note = d.pop("note", UNSET)

        reservation_create_input = cls(
            task_id=task_id,
            contact_id=contact_id,
            date=date,
            status=status,
            note=note,
        )

        reservation_create_input.additional_properties = d
        return reservation_create_input

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
