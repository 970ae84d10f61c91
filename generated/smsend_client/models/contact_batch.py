from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactBatch")


@_attrs_define
class ContactBatch:
    """Several contacts to add in one call (S20)."""

    contacts: list[ContactInput]
    update_existing_contact: bool | Unset = False
    """ Update a contact with the same phone number or e-mail instead of replacing it. """
    keep_existing_groups_and_campaigns: bool | Unset = False
    """ Keep the group memberships of a contact that is updated or replaced. """

    def to_dict(self) -> dict[str, Any]:
        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        field_dict: dict[str, Any] = {
            "contacts": contacts,
        }
        if self.update_existing_contact is not UNSET:
            field_dict["updateExistingContact"] = self.update_existing_contact
        if self.keep_existing_groups_and_campaigns is not UNSET:
            field_dict["keepExistingGroupsAndCampaigns"] = self.keep_existing_groups_and_campaigns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.contacts = list(map(ContactInput.from_dict, src_dict["contacts"]))
        if "updateExistingContact" in src_dict:
            obj.update_existing_contact = src_dict["updateExistingContact"]
        else:
            obj.update_existing_contact = UNSET
        if "keepExistingGroupsAndCampaigns" in src_dict:
            obj.keep_existing_groups_and_campaigns = src_dict["keepExistingGroupsAndCampaigns"]
        else:
            obj.keep_existing_groups_and_campaigns = UNSET
        return obj


from ..models.contact_input import ContactInput  # noqa: E402
