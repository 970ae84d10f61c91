from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceivingService")


@_attrs_define
class ReceivingService:
    """An inbound SMS service (number) bought by the account."""

    id: str
    """ Service id, a string of digits (the `simIdRef` filter of `searchReceivedSms`). """
    sim: str | Unset = UNSET
    """ Number on which the service receives. """
    key: str | Unset = UNSET
    """ Keyword configured for a shared number. """
    expiration_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    receive_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sim = self.sim

        key = self.key

        expiration_date = self.expiration_date

        receive_date = self.receive_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if sim is not UNSET:
            field_dict["sim"] = sim
        if key is not UNSET:
            field_dict["key"] = key
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if receive_date is not UNSET:
            field_dict["receiveDate"] = receive_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        sim = d.pop("sim", UNSET)

        key = d.pop("key", UNSET)

        expiration_date = d.pop("expirationDate", UNSET)

        receive_date = d.pop("receiveDate", UNSET)

        receiving_service = cls(
            id=id,
            sim=sim,
            key=key,
            expiration_date=expiration_date,
            receive_date=receive_date,
        )

        receiving_service.additional_properties = d
        return receiving_service

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
