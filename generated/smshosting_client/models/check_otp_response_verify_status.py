from typing import Literal

CheckOtpResponseVerifyStatus = Literal[
    "CANCELLED", "EXPIRED", "FAILED", "REUSED", "VERIFIED", "VERIFY ID ERROR"
]

CHECK_OTP_RESPONSE_VERIFY_STATUS_VALUES: set[CheckOtpResponseVerifyStatus] = {
    "CANCELLED",
    "EXPIRED",
    "FAILED",
    "REUSED",
    "VERIFIED",
    "VERIFY ID ERROR",
}


def check_check_otp_response_verify_status(value: str) -> CheckOtpResponseVerifyStatus:
    if value in CHECK_OTP_RESPONSE_VERIFY_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECK_OTP_RESPONSE_VERIFY_STATUS_VALUES!r}"
    )
