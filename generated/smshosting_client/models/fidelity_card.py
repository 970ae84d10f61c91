from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fidelity_card_contact import FidelityCardContact


T = TypeVar("T", bound="FidelityCard")


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
        fidelity_id = self.fidelity_id

        fidelity_card_id = self.fidelity_card_id

        fidelity_code = self.fidelity_code

        active = self.active

        points = self.points

        fidelity_name = self.fidelity_name

        contact_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_detail, Unset):
            contact_detail = self.contact_detail.to_dict()

        activation_date = self.activation_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fidelityId": fidelity_id,
                "fidelityCardId": fidelity_card_id,
                "fidelityCode": fidelity_code,
                "active": active,
                "points": points,
            }
        )
        if fidelity_name is not UNSET:
            field_dict["fidelityName"] = fidelity_name
        if contact_detail is not UNSET:
            field_dict["contactDetail"] = contact_detail
        if activation_date is not UNSET:
            field_dict["activationDate"] = activation_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fidelity_card_contact import FidelityCardContact  # noqa: PLC0415

        d = dict(src_dict)
        fidelity_id = d.pop("fidelityId")

        fidelity_card_id = d.pop("fidelityCardId")

        fidelity_code = d.pop("fidelityCode")

        active = d.pop("active")

        points = d.pop("points")

        fidelity_name = d.pop("fidelityName", UNSET)

        _contact_detail = d.pop("contactDetail", UNSET)
        contact_detail: FidelityCardContact | Unset
        if isinstance(_contact_detail, Unset):
            contact_detail = UNSET
        else:
            contact_detail = FidelityCardContact.from_dict(_contact_detail)

        activation_date = d.pop("activationDate", UNSET)

        fidelity_card = cls(
            fidelity_id=fidelity_id,
            fidelity_card_id=fidelity_card_id,
            fidelity_code=fidelity_code,
            active=active,
            points=points,
            fidelity_name=fidelity_name,
            contact_detail=contact_detail,
            activation_date=activation_date,
        )

        fidelity_card.additional_properties = d
        return fidelity_card

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
