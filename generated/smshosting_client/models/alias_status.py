from typing import Literal

AliasStatus = Literal["NOTVERIFIED", "VERIFIED"]

ALIAS_STATUS_VALUES: set[AliasStatus] = {
    "NOTVERIFIED",
    "VERIFIED",
}


def check_alias_status(value: str) -> AliasStatus:
    if value in ALIAS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALIAS_STATUS_VALUES!r}")
