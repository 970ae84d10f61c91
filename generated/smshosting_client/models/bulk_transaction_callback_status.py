from typing import Literal

BulkTransactionCallbackStatus = Literal["COMPLETED", "ERROR"]

BULK_TRANSACTION_CALLBACK_STATUS_VALUES: set[BulkTransactionCallbackStatus] = {
    "COMPLETED",
    "ERROR",
}


def check_bulk_transaction_callback_status(value: str) -> BulkTransactionCallbackStatus:
    if value in BULK_TRANSACTION_CALLBACK_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_TRANSACTION_CALLBACK_STATUS_VALUES!r}"
    )
