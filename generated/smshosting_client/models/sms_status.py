from typing import Literal

SmsStatus = Literal["DELIVERED", "NOSENT", "NOTDELIVERED", "PENDING", "SENT"]

SMS_STATUS_VALUES: set[SmsStatus] = {
    "DELIVERED",
    "NOSENT",
    "NOTDELIVERED",
    "PENDING",
    "SENT",
}


def check_sms_status(value: str) -> SmsStatus:
    if value in SMS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_STATUS_VALUES!r}")
