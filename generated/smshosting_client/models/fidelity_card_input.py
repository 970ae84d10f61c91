from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FidelityCardInput")


@_attrs_define
class FidelityCardInput:
    """Form fields of `createFidelityCard`."""

    msisdn: str
    """ Mobile number (international prefix, digits only) of the existing contact who gets the card. """
    card_code: str | Unset = UNSET
    """ Card code, 6 to 30 characters from `0-9`, `A-Z`, `a-z` and `_`. A 15-character code is generated when
    omitted. """
    starting_points: int | Unset = UNSET
    """ Points loaded on the card when it is issued. """
    starting_amount: float | Unset = UNSET
    """ Spent amount recorded on the card when it is issued (decimal, e.g. 7.15). """
    send_sms: bool | Unset = True
    """ When true (default) the contact gets an SMS with a link for adding the card to Google Pay or Apple Wallet;
    false sends nothing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        card_code = self.card_code

        starting_points = self.starting_points

        starting_amount = self.starting_amount

        send_sms = self.send_sms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msisdn": msisdn,
            }
        )
        if card_code is not UNSET:
            field_dict["cardCode"] = card_code
        if starting_points is not UNSET:
            field_dict["startingPoints"] = starting_points
        if starting_amount is not UNSET:
            field_dict["startingAmount"] = starting_amount
        if send_sms is not UNSET:
            field_dict["sendSms"] = send_sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msisdn = d.pop("msisdn")

        card_code = d.pop("cardCode", UNSET)

        starting_points = d.pop("startingPoints", UNSET)

        starting_amount = d.pop("startingAmount", UNSET)

        send_sms = d.pop("sendSms", UNSET)

        fidelity_card_input = cls(
            msisdn=msisdn,
            card_code=card_code,
            starting_points=starting_points,
            starting_amount=starting_amount,
            send_sms=send_sms,
        )

        fidelity_card_input.additional_properties = d
        return fidelity_card_input

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
