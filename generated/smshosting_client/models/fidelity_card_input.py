from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FidelityCardInput")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "msisdn",
        "cardCode",
        "startingPoints",
        "startingAmount",
        "sendSms",
    )
)


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
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "msisdn": self.msisdn,
        }
        if self.card_code is not UNSET:
            field_dict["cardCode"] = self.card_code
        if self.starting_points is not UNSET:
            field_dict["startingPoints"] = self.starting_points
        if self.starting_amount is not UNSET:
            field_dict["startingAmount"] = self.starting_amount
        if self.send_sms is not UNSET:
            field_dict["sendSms"] = self.send_sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 1  # declared keys present
        obj.msisdn = src_dict["msisdn"]
        if "cardCode" in src_dict:
            obj.card_code = src_dict["cardCode"]
            known += 1
        else:
            obj.card_code = UNSET
        if "startingPoints" in src_dict:
            obj.starting_points = src_dict["startingPoints"]
            known += 1
        else:
            obj.starting_points = UNSET
        if "startingAmount" in src_dict:
            obj.starting_amount = src_dict["startingAmount"]
            known += 1
        else:
            obj.starting_amount = UNSET
        if "sendSms" in src_dict:
            obj.send_sms = src_dict["sendSms"]
            known += 1
        else:
            obj.send_sms = UNSET
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
