from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_insert_result import EmailInsertResult


T = TypeVar("T", bound="SendEmailResponse")


@_attrs_define
class SendEmailResponse:
    """Answer of `sendEmail`."""

    email_inserted: int | Unset = UNSET
    """ E-mails queued. """
    email_not_inserted: int | Unset = UNSET
    """ E-mails refused. """
    email: list[EmailInsertResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_inserted = self.email_inserted

        email_not_inserted = self.email_not_inserted

        email: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = []
            for email_item_data in self.email:
                email_item = email_item_data.to_dict()
                email.append(email_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_inserted is not UNSET:
            field_dict["emailInserted"] = email_inserted
        if email_not_inserted is not UNSET:
            field_dict["emailNotInserted"] = email_not_inserted
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_insert_result import EmailInsertResult  # noqa: PLC0415

        d = dict(src_dict)
        email_inserted = d.pop("emailInserted", UNSET)

        email_not_inserted = d.pop("emailNotInserted", UNSET)

        _email = d.pop("email", UNSET)
        email: list[EmailInsertResult] | Unset = UNSET
        if _email is not UNSET:
            email = []
            for email_item_data in _email:
                email_item = EmailInsertResult.from_dict(email_item_data)

                email.append(email_item)

        send_email_response = cls(
            email_inserted=email_inserted,
            email_not_inserted=email_not_inserted,
            email=email,
        )

        send_email_response.additional_properties = d
        return send_email_response

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
