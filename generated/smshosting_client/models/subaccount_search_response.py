from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubaccountSearchResponse")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "metadata",
        "subUserList",
    )
)


@_attrs_define
class SubaccountSearchResponse:
    """One page of `searchSubaccounts` results."""

    metadata: Metadata
    """ Paging information returned next to a paged list. """
    sub_user_list: list[Subaccount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        sub_user_list = []
        for sub_user_list_item_data in self.sub_user_list:
            sub_user_list_item = sub_user_list_item_data.to_dict()
            sub_user_list.append(sub_user_list_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "metadata": metadata,
            "subUserList": sub_user_list,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.metadata = Metadata.from_dict(src_dict["metadata"])
        obj.sub_user_list = list(map(Subaccount.from_dict, src_dict["subUserList"]))
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


from ..models.metadata import Metadata  # noqa: E402
from ..models.subaccount import Subaccount  # noqa: E402
