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

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "contactId",
        "date",
        "status",
        "note",
    )
)


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
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.contact_id is not UNSET:
            field_dict["contactId"] = self.contact_id
        if self.date is not UNSET:
            field_dict["date"] = self.date
        if status is not UNSET:
            field_dict["status"] = status
        if self.note is not UNSET:
            field_dict["note"] = self.note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 0  # declared keys present
        if "contactId" in src_dict:
            obj.contact_id = src_dict["contactId"]
            known += 1
        else:
            obj.contact_id = UNSET
        if "date" in src_dict:
            obj.date = src_dict["date"]
            known += 1
        else:
            obj.date = UNSET
        if "status" in src_dict:
            obj.status = check_reservation_update_input_status(src_dict["status"])
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
