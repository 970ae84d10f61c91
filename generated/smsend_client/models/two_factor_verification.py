from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TwoFactorVerification")


@_attrs_define
class TwoFactorVerification:
    """Body of verifyTwoFactorPin (S14)."""

    recipient: str
    """ The phone number the PIN was sent to. """
    pin: str = _attrs_field(repr=False)
    """ The PIN the user typed. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "recipient": self.recipient,
            "pin": self.pin,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.recipient = src_dict["recipient"]
        obj.pin = src_dict["pin"]
        return obj
