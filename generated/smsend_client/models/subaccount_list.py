from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubaccountList")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "result",
        "pageNumber",
        "pageSize",
        "total",
        "subaccount",
    )
)


@_attrs_define
class SubaccountList:
    """One page of sub-accounts (D13, D14)."""

    result: str
    """ `OK` on success. """
    page_number: int
    page_size: int
    total: int
    """ Total number of sub-accounts over all pages. """
    subaccount: list[Subaccount]
    """ The sub-accounts of this page (singular key, D13). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount = []
        for subaccount_item_data in self.subaccount:
            subaccount_item = subaccount_item_data.to_dict()
            subaccount.append(subaccount_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "result": self.result,
            "pageNumber": self.page_number,
            "pageSize": self.page_size,
            "total": self.total,
            "subaccount": subaccount,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.result = src_dict["result"]
        obj.page_number = src_dict["pageNumber"]
        obj.page_size = src_dict["pageSize"]
        obj.total = src_dict["total"]
        obj.subaccount = list(map(Subaccount.from_dict, src_dict["subaccount"]))
        if len(src_dict) == 5:
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


from ..models.subaccount import Subaccount  # noqa: E402
