from typing import Literal

GdprItemType = Literal["consent", "privacy"]

GDPR_ITEM_TYPE_VALUES: set[GdprItemType] = {
    "consent",
    "privacy",
}


def check_gdpr_item_type(value: str) -> GdprItemType:
    if value in GDPR_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GDPR_ITEM_TYPE_VALUES!r}")
