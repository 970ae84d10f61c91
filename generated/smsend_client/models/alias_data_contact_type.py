from typing import Literal

AliasDataContactType = Literal["EMAIL", "FAX", "MAIN_PHONE", "PEC", "SERVICE_PHONE", "WEB"]

ALIAS_DATA_CONTACT_TYPE_VALUES: set[AliasDataContactType] = {
    "EMAIL",
    "FAX",
    "MAIN_PHONE",
    "PEC",
    "SERVICE_PHONE",
    "WEB",
}


def check_alias_data_contact_type(value: str) -> AliasDataContactType:
    if value in ALIAS_DATA_CONTACT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIAS_DATA_CONTACT_TYPE_VALUES!r}"
    )
