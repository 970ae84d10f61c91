from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserStatus")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "sms",
        "money",
        "email",
        "landing",
    )
)


@_attrs_define
class UserStatus:
    """Account status (S15)."""

    sms: list[UserStatusCredit]
    money: float | None | Unset = UNSET
    """ Money balance, with `getMoney=true`; null otherwise. """
    email: UserStatusEmail | Unset = UNSET
    """ The e-mail service of the account (S15). """
    landing: Any | Unset = UNSET
    """ Landing-page service state; its shape is not shown by any source (S15). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms = []
        for sms_item_data in self.sms:
            sms_item = sms_item_data.to_dict()
            sms.append(sms_item)

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "sms": sms,
        }
        if self.money is not UNSET:
            field_dict["money"] = self.money
        if email is not UNSET:
            field_dict["email"] = email
        if self.landing is not UNSET:
            field_dict["landing"] = self.landing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 1  # declared keys present
        obj.sms = list(map(UserStatusCredit.from_dict, src_dict["sms"]))
        if "money" in src_dict:
            obj.money = src_dict["money"]
            known += 1
        else:
            obj.money = UNSET
        if "email" in src_dict:
            obj.email = UserStatusEmail.from_dict(src_dict["email"])
            known += 1
        else:
            obj.email = UNSET
        if "landing" in src_dict:
            obj.landing = src_dict["landing"]
            known += 1
        else:
            obj.landing = UNSET
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


from ..models.user_status_credit import UserStatusCredit  # noqa: E402
from ..models.user_status_email import UserStatusEmail  # noqa: E402
