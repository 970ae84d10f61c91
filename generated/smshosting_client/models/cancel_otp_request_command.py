from typing import Literal

CancelOtpRequestCommand = Literal["DELETE"]

CANCEL_OTP_REQUEST_COMMAND_VALUES: set[CancelOtpRequestCommand] = {
    "DELETE",
}


def check_cancel_otp_request_command(value: str) -> CancelOtpRequestCommand:
    if value in CANCEL_OTP_REQUEST_COMMAND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANCEL_OTP_REQUEST_COMMAND_VALUES!r}"
    )
