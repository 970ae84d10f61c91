from typing import Literal

SmsEncoding = Literal["7BIT", "AUTO", "UCS2"]

SMS_ENCODING_VALUES: set[SmsEncoding] = {
    "7BIT",
    "AUTO",
    "UCS2",
}


def check_sms_encoding(value: str) -> SmsEncoding:
    if value in SMS_ENCODING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_ENCODING_VALUES!r}")
