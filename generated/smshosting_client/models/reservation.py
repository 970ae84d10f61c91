from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Reservation")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "contactId",
        "task",
        "start",
        "end",
        "insertDate",
        "confirmationDate",
        "cancelDate",
        "uuid",
        "note",
        "gSyncData",
    )
)


@_attrs_define
class Reservation:
    """A reservation. The create answer has no `note`, confirmation or cancellation times; `confirmationDate` and
    `cancelDate` appear once set.

    """

    id: int
    """ Reservation id. """
    contact_id: int
    """ Contact the reservation is for. """
    task: int
    """ Id of the booked service (the `taskId` of the request). """
    start: str
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    end: str
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    insert_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    confirmation_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    cancel_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    uuid: str | Unset = UNSET
    """ Opaque unique reference of the reservation. """
    note: str | Unset = UNSET
    """ Free-text note. """
    g_sync_data: ReservationSyncData | Unset = UNSET
    """ Calendar-synchronisation data of a reservation. Undocumented; an empty object in the samples. Any members
    are accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        g_sync_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.g_sync_data, Unset):
            g_sync_data = self.g_sync_data.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "contactId": self.contact_id,
            "task": self.task,
            "start": self.start,
            "end": self.end,
        }
        if self.insert_date is not UNSET:
            field_dict["insertDate"] = self.insert_date
        if self.confirmation_date is not UNSET:
            field_dict["confirmationDate"] = self.confirmation_date
        if self.cancel_date is not UNSET:
            field_dict["cancelDate"] = self.cancel_date
        if self.uuid is not UNSET:
            field_dict["uuid"] = self.uuid
        if self.note is not UNSET:
            field_dict["note"] = self.note
        if g_sync_data is not UNSET:
            field_dict["gSyncData"] = g_sync_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 5  # declared keys present
        obj.id = src_dict["id"]
        obj.contact_id = src_dict["contactId"]
        obj.task = src_dict["task"]
        obj.start = src_dict["start"]
        obj.end = src_dict["end"]
        if "insertDate" in src_dict:
            obj.insert_date = src_dict["insertDate"]
            known += 1
        else:
            obj.insert_date = UNSET
        if "confirmationDate" in src_dict:
            obj.confirmation_date = src_dict["confirmationDate"]
            known += 1
        else:
            obj.confirmation_date = UNSET
        if "cancelDate" in src_dict:
            obj.cancel_date = src_dict["cancelDate"]
            known += 1
        else:
            obj.cancel_date = UNSET
        if "uuid" in src_dict:
            obj.uuid = src_dict["uuid"]
            known += 1
        else:
            obj.uuid = UNSET
        if "note" in src_dict:
            obj.note = src_dict["note"]
            known += 1
        else:
            obj.note = UNSET
        if "gSyncData" in src_dict:
            obj.g_sync_data = ReservationSyncData.from_dict(src_dict["gSyncData"])
            known += 1
        else:
            obj.g_sync_data = UNSET
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


from ..models.reservation_sync_data import ReservationSyncData  # noqa: E402
