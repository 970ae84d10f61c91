from typing import Literal

SmsInsertResultStatusDetail = Literal["BADNUMBERFORMAT", "BLACKLIST", "DUPLICATESMS"]

SMS_INSERT_RESULT_STATUS_DETAIL_VALUES: set[SmsInsertResultStatusDetail] = {
    "BADNUMBERFORMAT",
    "BLACKLIST",
    "DUPLICATESMS",
}


def check_sms_insert_result_status_detail(value: str) -> SmsInsertResultStatusDetail:
    if value in SMS_INSERT_RESULT_STATUS_DETAIL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMS_INSERT_RESULT_STATUS_DETAIL_VALUES!r}"
    )
