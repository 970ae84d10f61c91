from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Error")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "errorCode",
        "errorMsg",
    )
)


@_attrs_define
class Error:
    """Body of every error answer. `errorMsg` is an open set of codes: each operation lists the ones documented for it, and
    the service may return others.

    """

    error_code: int
    """ The HTTP status code, repeated. """
    error_msg: str
    """ Short machine-readable code, usually upper case with underscores (a few contain spaces, e.g. `VERIFY ID
    ERROR`, `BAD STATUS`). Besides the codes each operation documents, the official clients' error tables name
    `SENDING_DISABLED`, `DUPLICATE_SMS`, `BAD_FILE_EXPIRATION_DATE`, `BAD_QUALITY`, `GROUP_NOT_EXISTS`,
    `BAD_GROUP_DESCRIPTION`, `BAD_CONTACT_LASTNAME`, `BAD_MATCH_POLICY`, `BAD_CONTACT_EMAIL`,
    `BAD_FIELD_UNIQUE_KEY`, `BAD_FIELD_VALUE`, `FROM_NOT_VALIDATED` and `TEMPLATE_NOT_EXISTS`, with no documented
    meaning (decision S32). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "errorCode": self.error_code,
            "errorMsg": self.error_msg,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.error_code = src_dict["errorCode"]
        obj.error_msg = src_dict["errorMsg"]
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
