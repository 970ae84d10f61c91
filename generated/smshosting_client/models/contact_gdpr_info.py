from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_gdpr_record import ContactGdprRecord


T = TypeVar("T", bound="ContactGdprInfo")


@_attrs_define
class ContactGdprInfo:
    """Consent records of one contact, answered by `getContactGdprHistory` (which also stands for
    `getContactGdprConsents`), `addContactGdprConsent` and `removeContactGdprConsent`.

    """

    gdpr_contact_info: list[ContactGdprRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gdpr_contact_info = []
        for gdpr_contact_info_item_data in self.gdpr_contact_info:
            gdpr_contact_info_item = gdpr_contact_info_item_data.to_dict()
            gdpr_contact_info.append(gdpr_contact_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gdprContactInfo": gdpr_contact_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_gdpr_record import ContactGdprRecord  # noqa: PLC0415

        d = dict(src_dict)
        gdpr_contact_info = []
        _gdpr_contact_info = d.pop("gdprContactInfo")
        for gdpr_contact_info_item_data in _gdpr_contact_info:
            gdpr_contact_info_item = ContactGdprRecord.from_dict(gdpr_contact_info_item_data)

            gdpr_contact_info.append(gdpr_contact_info_item)

        contact_gdpr_info = cls(
            gdpr_contact_info=gdpr_contact_info,
        )

        contact_gdpr_info.additional_properties = d
        return contact_gdpr_info

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
