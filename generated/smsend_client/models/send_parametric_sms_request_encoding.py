from typing import Literal

SendParametricSmsRequestEncoding = Literal["gsm", "ucs2"]

SEND_PARAMETRIC_SMS_REQUEST_ENCODING_VALUES: set[SendParametricSmsRequestEncoding] = {
    "gsm",
    "ucs2",
}


def check_send_parametric_sms_request_encoding(value: str) -> SendParametricSmsRequestEncoding:
    if value in SEND_PARAMETRIC_SMS_REQUEST_ENCODING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_PARAMETRIC_SMS_REQUEST_ENCODING_VALUES!r}"
    )
