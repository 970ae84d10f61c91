from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactSearchResult")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "metadata",
        "contacts",
    )
)


@_attrs_define
class ContactSearchResult:
    """One page of `searchContacts` results."""

    metadata: Metadata
    """ Paging information returned next to a paged list. """
    contacts: list[Contact]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "metadata": metadata,
            "contacts": contacts,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.metadata = Metadata.from_dict(src_dict["metadata"])
        obj.contacts = list(map(Contact.from_dict, src_dict["contacts"]))
        if len(src_dict) == 2:
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


from ..models.contact import Contact  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
