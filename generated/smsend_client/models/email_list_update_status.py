from typing import Literal

EmailListUpdateStatus = Literal[0, 1, 2]

EMAIL_LIST_UPDATE_STATUS_VALUES: set[EmailListUpdateStatus] = {
    0,
    1,
    2,
}


def check_email_list_update_status(value: int) -> EmailListUpdateStatus:
    if value in EMAIL_LIST_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMAIL_LIST_UPDATE_STATUS_VALUES!r}"
    )
