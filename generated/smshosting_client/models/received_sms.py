from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceivedSms")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "from",
        "text",
        "receiveDate",
        "simId",
    )
)


@_attrs_define
class ReceivedSms:
    """One SMS received on an inbound service."""

    from_: str | Unset = UNSET
    """ Sender number (may carry a leading `+`). """
    text: str | Unset = UNSET
    """ Message text. """
    receive_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    sim_id: int | str | Unset = UNSET
    """ A numeric id that the gateway may send either as a JSON number or as a string of digits. The saved examples
    and the official clients disagree on the JSON type of several ids (decision S24), so responses accept both;
    compare ids as text (`str(value)`). Request parameters that take such an id back accept both forms too (on the
    wire they are the same text). Ids are never negative (S23). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.from_ is not UNSET:
            field_dict["from"] = self.from_
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.receive_date is not UNSET:
            field_dict["receiveDate"] = self.receive_date
        if self.sim_id is not UNSET:
            field_dict["simId"] = self.sim_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 0  # declared keys present
        if "from" in src_dict:
            obj.from_ = src_dict["from"]
            known += 1
        else:
            obj.from_ = UNSET
        if "text" in src_dict:
            obj.text = src_dict["text"]
            known += 1
        else:
            obj.text = UNSET
        if "receiveDate" in src_dict:
            obj.receive_date = src_dict["receiveDate"]
            known += 1
        else:
            obj.receive_date = UNSET
        if "simId" in src_dict:
            obj.sim_id = src_dict["simId"]
            known += 1
        else:
            obj.sim_id = UNSET
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
