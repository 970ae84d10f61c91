from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reservation_sync_data import ReservationSyncData


T = TypeVar("T", bound="Reservation")


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
        id = self.id

        contact_id = self.contact_id

        task = self.task

        start = self.start

        end = self.end

        insert_date = self.insert_date

        confirmation_date = self.confirmation_date

        cancel_date = self.cancel_date

        uuid = self.uuid

        note = self.note

        g_sync_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.g_sync_data, Unset):
            g_sync_data = self.g_sync_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contactId": contact_id,
                "task": task,
                "start": start,
                "end": end,
            }
        )
        if insert_date is not UNSET:
            field_dict["insertDate"] = insert_date
        if confirmation_date is not UNSET:
            field_dict["confirmationDate"] = confirmation_date
        if cancel_date is not UNSET:
            field_dict["cancelDate"] = cancel_date
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if note is not UNSET:
            field_dict["note"] = note
        if g_sync_data is not UNSET:
            field_dict["gSyncData"] = g_sync_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reservation_sync_data import ReservationSyncData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        contact_id = d.pop("contactId")

        task = d.pop("task")

        start = d.pop("start")

        end = d.pop("end")

        insert_date = d.pop("insertDate", UNSET)

        confirmation_date = d.pop("confirmationDate", UNSET)

        cancel_date = d.pop("cancelDate", UNSET)

        uuid = d.pop("uuid", UNSET)

        note = d.pop("note", UNSET)

        _g_sync_data = d.pop("gSyncData", UNSET)
        g_sync_data: ReservationSyncData | Unset
        if isinstance(_g_sync_data, Unset):
            g_sync_data = UNSET
        else:
            g_sync_data = ReservationSyncData.from_dict(_g_sync_data)

        reservation = cls(
            id=id,
            contact_id=contact_id,
            task=task,
            start=start,
            end=end,
            insert_date=insert_date,
            confirmation_date=confirmation_date,
            cancel_date=cancel_date,
            uuid=uuid,
            note=note,
            g_sync_data=g_sync_data,
        )

        reservation.additional_properties = d
        return reservation

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
