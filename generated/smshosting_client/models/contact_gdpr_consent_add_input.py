from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactGdprConsentAddInput")


@_attrs_define
class ContactGdprConsentAddInput:
    """Form fields of `addContactGdprConsent`."""

    id: int
    """ Id of the privacy notice or consent being granted. """
    insert_date: str | Unset = UNSET
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        insert_date = self.insert_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if insert_date is not UNSET:
            field_dict["insert_date"] = insert_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        insert_date = d.pop("insert_date", UNSET)

        contact_gdpr_consent_add_input = cls(
            id=id,
            insert_date=insert_date,
        )

        contact_gdpr_consent_add_input.additional_properties = d
        return contact_gdpr_consent_add_input

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
