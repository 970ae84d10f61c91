from typing import Literal

SmsInsertResultStatus = Literal["INSERTED", "NOT_INSERTED"]

SMS_INSERT_RESULT_STATUS_VALUES: set[SmsInsertResultStatus] = {
    "INSERTED",
    "NOT_INSERTED",
}


def check_sms_insert_result_status(value: str) -> SmsInsertResultStatus:
    if value in SMS_INSERT_RESULT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMS_INSERT_RESULT_STATUS_VALUES!r}"
    )
