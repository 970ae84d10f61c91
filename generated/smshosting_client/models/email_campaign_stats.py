from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaignStats")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "countEmailInserted",
        "countEmailStatusPending",
        "countEmailStatusNoSent",
        "countEmailTotSent",
        "countEmailStatusBounced",
        "countEmailOpenedUnique",
        "countEmailClickUnique",
        "countEmailStatusSpamReport",
        "countEmailCauseUnsubscribed",
    )
)


@_attrs_define
class EmailCampaignStats:
    """Delivery statistics of a campaign."""

    count_email_inserted: int | Unset = UNSET
    """ E-mails queued. """
    count_email_status_pending: int | Unset = UNSET
    """ E-mails still waiting to be sent. """
    count_email_status_no_sent: int | Unset = UNSET
    """ E-mails not sent. """
    count_email_tot_sent: int | Unset = UNSET
    """ E-mails sent. """
    count_email_status_bounced: int | Unset = UNSET
    """ E-mails bounced. """
    count_email_opened_unique: int | Unset = UNSET
    """ Recipients who opened the e-mail. """
    count_email_click_unique: int | Unset = UNSET
    """ Recipients who clicked a link. """
    count_email_status_spam_report: int | Unset = UNSET
    """ Recipients who reported the e-mail as spam. """
    count_email_cause_unsubscribed: int | Unset = UNSET
    """ Recipients who unsubscribed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.count_email_inserted is not UNSET:
            field_dict["countEmailInserted"] = self.count_email_inserted
        if self.count_email_status_pending is not UNSET:
            field_dict["countEmailStatusPending"] = self.count_email_status_pending
        if self.count_email_status_no_sent is not UNSET:
            field_dict["countEmailStatusNoSent"] = self.count_email_status_no_sent
        if self.count_email_tot_sent is not UNSET:
            field_dict["countEmailTotSent"] = self.count_email_tot_sent
        if self.count_email_status_bounced is not UNSET:
            field_dict["countEmailStatusBounced"] = self.count_email_status_bounced
        if self.count_email_opened_unique is not UNSET:
            field_dict["countEmailOpenedUnique"] = self.count_email_opened_unique
        if self.count_email_click_unique is not UNSET:
            field_dict["countEmailClickUnique"] = self.count_email_click_unique
        if self.count_email_status_spam_report is not UNSET:
            field_dict["countEmailStatusSpamReport"] = self.count_email_status_spam_report
        if self.count_email_cause_unsubscribed is not UNSET:
            field_dict["countEmailCauseUnsubscribed"] = self.count_email_cause_unsubscribed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 0  # declared keys present
        if "countEmailInserted" in src_dict:
            obj.count_email_inserted = src_dict["countEmailInserted"]
            known += 1
        else:
            obj.count_email_inserted = UNSET
        if "countEmailStatusPending" in src_dict:
            obj.count_email_status_pending = src_dict["countEmailStatusPending"]
            known += 1
        else:
            obj.count_email_status_pending = UNSET
        if "countEmailStatusNoSent" in src_dict:
            obj.count_email_status_no_sent = src_dict["countEmailStatusNoSent"]
            known += 1
        else:
            obj.count_email_status_no_sent = UNSET
        if "countEmailTotSent" in src_dict:
            obj.count_email_tot_sent = src_dict["countEmailTotSent"]
            known += 1
        else:
            obj.count_email_tot_sent = UNSET
        if "countEmailStatusBounced" in src_dict:
            obj.count_email_status_bounced = src_dict["countEmailStatusBounced"]
            known += 1
        else:
            obj.count_email_status_bounced = UNSET
        if "countEmailOpenedUnique" in src_dict:
            obj.count_email_opened_unique = src_dict["countEmailOpenedUnique"]
            known += 1
        else:
            obj.count_email_opened_unique = UNSET
        if "countEmailClickUnique" in src_dict:
            obj.count_email_click_unique = src_dict["countEmailClickUnique"]
            known += 1
        else:
            obj.count_email_click_unique = UNSET
        if "countEmailStatusSpamReport" in src_dict:
            obj.count_email_status_spam_report = src_dict["countEmailStatusSpamReport"]
            known += 1
        else:
            obj.count_email_status_spam_report = UNSET
        if "countEmailCauseUnsubscribed" in src_dict:
            obj.count_email_cause_unsubscribed = src_dict["countEmailCauseUnsubscribed"]
            known += 1
        else:
            obj.count_email_cause_unsubscribed = UNSET
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
