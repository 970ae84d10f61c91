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
        get = src_dict.get
        obj = object.__new__(cls)
        obj.count_email_inserted = get("countEmailInserted", UNSET)
        obj.count_email_status_pending = get("countEmailStatusPending", UNSET)
        obj.count_email_status_no_sent = get("countEmailStatusNoSent", UNSET)
        obj.count_email_tot_sent = get("countEmailTotSent", UNSET)
        obj.count_email_status_bounced = get("countEmailStatusBounced", UNSET)
        obj.count_email_opened_unique = get("countEmailOpenedUnique", UNSET)
        obj.count_email_click_unique = get("countEmailClickUnique", UNSET)
        obj.count_email_status_spam_report = get("countEmailStatusSpamReport", UNSET)
        obj.count_email_cause_unsubscribed = get("countEmailCauseUnsubscribed", UNSET)
        if _KEYS.issuperset(src_dict):
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
