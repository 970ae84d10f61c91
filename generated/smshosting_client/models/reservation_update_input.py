from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reservation_update_input_status import (
    ReservationUpdateInputStatus,
    check_reservation_update_input_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReservationUpdateInput")


@_attrs_define
class ReservationUpdateInput:
    """Form fields of `updateReservation`; all optional."""

    contact_id: int | Unset = UNSET
    """ New contact for the reservation. """
    date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    status: ReservationUpdateInputStatus | Unset = UNSET
    """ New state. `CONFIRMED`, `UNCONFIRMED` and `DELETED` are listed by the vendor; `REFUSED` is only mentioned in
    the operation text (refuse a confirmed reservation and notify the contact) and is accepted here as well. """
    note: str | Unset = UNSET
    """ New free-text note. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        date = self.date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if date is not UNSET:
            field_dict["date"] = date
        if status is not UNSET:
            field_dict["status"] = status
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_id = d.pop("contactId", UNSET)

        date = d.pop("date", UNSET)

        _status = d.pop("status", UNSET)
        status: ReservationUpdateInputStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_reservation_update_input_status(_status)

        note = d.pop("note", UNSET)

        reservation_update_input = cls(
            contact_id=contact_id,
            date=date,
            status=status,
            note=note,
        )

        reservation_update_input.additional_properties = d
        return reservation_update_input

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
