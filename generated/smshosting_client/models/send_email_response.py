from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailResponse")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "campaignId",
        "emailInserted",
        "emailNotInserted",
        "email",
    )
)


@_attrs_define
class SendEmailResponse:
    """Answer of `sendEmail`."""

    campaign_id: int | Unset = UNSET
    """ Campaign the e-mails were filed under (not in the vendor's field table; read by the Java client, S31). """
    email_inserted: int | Unset = UNSET
    """ E-mails queued. """
    email_not_inserted: int | Unset = UNSET
    """ E-mails refused. """
    email: list[EmailInsertResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = []
            for email_item_data in self.email:
                email_item = email_item_data.to_dict()
                email.append(email_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.campaign_id is not UNSET:
            field_dict["campaignId"] = self.campaign_id
        if self.email_inserted is not UNSET:
            field_dict["emailInserted"] = self.email_inserted
        if self.email_not_inserted is not UNSET:
            field_dict["emailNotInserted"] = self.email_not_inserted
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 0  # declared keys present
        if "campaignId" in src_dict:
            obj.campaign_id = src_dict["campaignId"]
            known += 1
        else:
            obj.campaign_id = UNSET
        if "emailInserted" in src_dict:
            obj.email_inserted = src_dict["emailInserted"]
            known += 1
        else:
            obj.email_inserted = UNSET
        if "emailNotInserted" in src_dict:
            obj.email_not_inserted = src_dict["emailNotInserted"]
            known += 1
        else:
            obj.email_not_inserted = UNSET
        if "email" in src_dict:
            obj.email = list(map(EmailInsertResult.from_dict, src_dict["email"]))
            known += 1
        else:
            obj.email = UNSET
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


from ..models.email_insert_result import EmailInsertResult  # noqa: E402
