from typing import Literal

SmsStatusCallbackStatus = Literal["DELIVERED", "NOTDELIVERED"]

SMS_STATUS_CALLBACK_STATUS_VALUES: set[SmsStatusCallbackStatus] = {
    "DELIVERED",
    "NOTDELIVERED",
}


def check_sms_status_callback_status(value: str) -> SmsStatusCallbackStatus:
    if value in SMS_STATUS_CALLBACK_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMS_STATUS_CALLBACK_STATUS_VALUES!r}"
    )
