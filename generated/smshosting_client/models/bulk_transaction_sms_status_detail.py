from typing import Literal

BulkTransactionSmsStatusDetail = Literal["BADNUMBERFORMAT", "BLACKLIST", "DUPLICATESMS"]

BULK_TRANSACTION_SMS_STATUS_DETAIL_VALUES: set[BulkTransactionSmsStatusDetail] = {
    "BADNUMBERFORMAT",
    "BLACKLIST",
    "DUPLICATESMS",
}


def check_bulk_transaction_sms_status_detail(value: str) -> BulkTransactionSmsStatusDetail:
    if value in BULK_TRANSACTION_SMS_STATUS_DETAIL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_TRANSACTION_SMS_STATUS_DETAIL_VALUES!r}"
    )
