from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_gdpr_record_consent_type import (
    ContactGdprRecordConsentType,
    check_contact_gdpr_record_consent_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactGdprRecord")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "consent_type",
        "consent_id",
        "granted",
        "insert_date",
        "ip",
        "source",
        "consent_title",
    )
)


@_attrs_define
class ContactGdprRecord:
    """One grant or refusal of a privacy notice or consent by a contact."""

    consent_type: ContactGdprRecordConsentType
    """ `PRIVACY` for a privacy notice, `CONSENT` for a consent. """
    consent_id: int
    """ Id of the privacy notice or consent. """
    granted: bool
    """ True when granted, false when refused or withdrawn. """
    insert_date: str
    """ Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822 offset and no colon in it, e.g.
    `2014-12-25T08:00:00+0200`. Not RFC 3339. """
    ip: str | Unset = UNSET
    """ IP address (v4 or v6) the grant or refusal came from. """
    source: str | Unset = UNSET
    """ Channel that recorded it, e.g. `api` or `form`. """
    consent_title: str | Unset = UNSET
    """ For `PRIVACY` rows the version label of the notice, for `CONSENT` rows the consent wording. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consent_type: str = self.consent_type

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "consent_type": consent_type,
            "consent_id": self.consent_id,
            "granted": self.granted,
            "insert_date": self.insert_date,
        }
        if self.ip is not UNSET:
            field_dict["ip"] = self.ip
        if self.source is not UNSET:
            field_dict["source"] = self.source
        if self.consent_title is not UNSET:
            field_dict["consent_title"] = self.consent_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 4  # declared keys present
        obj.consent_type = check_contact_gdpr_record_consent_type(src_dict["consent_type"])
        obj.consent_id = src_dict["consent_id"]
        obj.granted = src_dict["granted"]
        obj.insert_date = src_dict["insert_date"]
        if "ip" in src_dict:
            obj.ip = src_dict["ip"]
            known += 1
        else:
            obj.ip = UNSET
        if "source" in src_dict:
            obj.source = src_dict["source"]
            known += 1
        else:
            obj.source = UNSET
        if "consent_title" in src_dict:
            obj.consent_title = src_dict["consent_title"]
            known += 1
        else:
            obj.consent_title = UNSET
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
