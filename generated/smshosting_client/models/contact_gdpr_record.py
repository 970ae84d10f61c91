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

        consent_id = self.consent_id

        granted = self.granted

        insert_date = self.insert_date

        ip = self.ip

        source = self.source

        consent_title = self.consent_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "consent_type": consent_type,
                "consent_id": consent_id,
                "granted": granted,
                "insert_date": insert_date,
            }
        )
        if ip is not UNSET:
            field_dict["ip"] = ip
        if source is not UNSET:
            field_dict["source"] = source
        if consent_title is not UNSET:
            field_dict["consent_title"] = consent_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        consent_type = check_contact_gdpr_record_consent_type(d.pop("consent_type"))

        consent_id = d.pop("consent_id")

        granted = d.pop("granted")

        insert_date = d.pop("insert_date")

        ip = d.pop("ip", UNSET)

        source = d.pop("source", UNSET)

        consent_title = d.pop("consent_title", UNSET)

        contact_gdpr_record = cls(
            consent_type=consent_type,
            consent_id=consent_id,
            granted=granted,
            insert_date=insert_date,
            ip=ip,
            source=source,
            consent_title=consent_title,
        )

        contact_gdpr_record.additional_properties = d
        return contact_gdpr_record

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
