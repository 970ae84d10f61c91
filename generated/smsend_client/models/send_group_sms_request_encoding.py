from typing import Literal

SendGroupSmsRequestEncoding = Literal["gsm", "ucs2"]

SEND_GROUP_SMS_REQUEST_ENCODING_VALUES: set[SendGroupSmsRequestEncoding] = {
    "gsm",
    "ucs2",
}


def check_send_group_sms_request_encoding(value: str) -> SendGroupSmsRequestEncoding:
    if value in SEND_GROUP_SMS_REQUEST_ENCODING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_GROUP_SMS_REQUEST_ENCODING_VALUES!r}"
    )
