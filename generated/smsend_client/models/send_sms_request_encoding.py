from typing import Literal

SendSmsRequestEncoding = Literal["gsm", "ucs2"]

SEND_SMS_REQUEST_ENCODING_VALUES: set[SendSmsRequestEncoding] = {
    "gsm",
    "ucs2",
}


def check_send_sms_request_encoding(value: str) -> SendSmsRequestEncoding:
    if value in SEND_SMS_REQUEST_ENCODING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_SMS_REQUEST_ENCODING_VALUES!r}"
    )
