from typing import Literal

BulkTransactionSmsStatus = Literal["INSERTED", "NOT_INSERTED"]

BULK_TRANSACTION_SMS_STATUS_VALUES: set[BulkTransactionSmsStatus] = {
    "INSERTED",
    "NOT_INSERTED",
}


def check_bulk_transaction_sms_status(value: str) -> BulkTransactionSmsStatus:
    if value in BULK_TRANSACTION_SMS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_TRANSACTION_SMS_STATUS_VALUES!r}"
    )
