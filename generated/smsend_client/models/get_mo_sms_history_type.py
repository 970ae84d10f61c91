from typing import Literal

GetMoSmsHistoryType = Literal["CONTACT", "OTHER", "STOP"]

GET_MO_SMS_HISTORY_TYPE_VALUES: set[GetMoSmsHistoryType] = {
    "CONTACT",
    "OTHER",
    "STOP",
}


def check_get_mo_sms_history_type(value: str) -> GetMoSmsHistoryType:
    if value in GET_MO_SMS_HISTORY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MO_SMS_HISTORY_TYPE_VALUES!r}"
    )
