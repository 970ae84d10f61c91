from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactGdprInfo")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(("gdprContactInfo",))


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

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "gdprContactInfo": gdpr_contact_info,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.gdpr_contact_info = list(map(ContactGdprRecord.from_dict, src_dict["gdprContactInfo"]))
        if len(src_dict) == 1:
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


from ..models.contact_gdpr_record import ContactGdprRecord  # noqa: E402
