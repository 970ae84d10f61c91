from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FidelityCard")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "fidelityId",
        "fidelityCardId",
        "fidelityCode",
        "active",
        "points",
        "fidelityName",
        "contactDetail",
        "activationDate",
    )
)


@_attrs_define
class FidelityCard:
    """A fidelity card. `fidelityName` and `contactDetail` are only present in the detail view (`getFidelityCard`)."""

    fidelity_id: int
    """ Id of the programme the card belongs to. """
    fidelity_card_id: int
    """ Internal id of the card (the API addresses cards by `fidelityCode`). """
    fidelity_code: str
    """ Card code, used in the URLs of the card. """
    active: bool
    """ True while the card is active. """
    points: int
    """ Current points balance. """
    fidelity_name: str | Unset = UNSET
    """ Programme name (detail view only). """
    contact_detail: FidelityCardContact | Unset = UNSET
    """ The holder of a fidelity card as embedded in `getFidelityCard`: a contact view without `id`. """
    activation_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_detail, Unset):
            contact_detail = self.contact_detail.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "fidelityId": self.fidelity_id,
            "fidelityCardId": self.fidelity_card_id,
            "fidelityCode": self.fidelity_code,
            "active": self.active,
            "points": self.points,
        }
        if self.fidelity_name is not UNSET:
            field_dict["fidelityName"] = self.fidelity_name
        if contact_detail is not UNSET:
            field_dict["contactDetail"] = contact_detail
        if self.activation_date is not UNSET:
            field_dict["activationDate"] = self.activation_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 5  # declared keys present
        obj.fidelity_id = src_dict["fidelityId"]
        obj.fidelity_card_id = src_dict["fidelityCardId"]
        obj.fidelity_code = src_dict["fidelityCode"]
        obj.active = src_dict["active"]
        obj.points = src_dict["points"]
        if "fidelityName" in src_dict:
            obj.fidelity_name = src_dict["fidelityName"]
            known += 1
        else:
            obj.fidelity_name = UNSET
        if "contactDetail" in src_dict:
            obj.contact_detail = FidelityCardContact.from_dict(src_dict["contactDetail"])
            known += 1
        else:
            obj.contact_detail = UNSET
        if "activationDate" in src_dict:
            obj.activation_date = src_dict["activationDate"]
            known += 1
        else:
            obj.activation_date = UNSET
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


from ..models.fidelity_card_contact import FidelityCardContact  # noqa: E402
