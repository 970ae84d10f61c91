from typing import Literal

ContactsBulkUploadResultStatus = Literal["BUSY", "REJECT", "SUBMITTED"]

CONTACTS_BULK_UPLOAD_RESULT_STATUS_VALUES: set[ContactsBulkUploadResultStatus] = {
    "BUSY",
    "REJECT",
    "SUBMITTED",
}


def check_contacts_bulk_upload_result_status(value: str) -> ContactsBulkUploadResultStatus:
    if value in CONTACTS_BULK_UPLOAD_RESULT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTACTS_BULK_UPLOAD_RESULT_STATUS_VALUES!r}"
    )
