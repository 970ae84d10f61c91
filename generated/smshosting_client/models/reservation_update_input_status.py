from typing import Literal

ReservationUpdateInputStatus = Literal["CONFIRMED", "DELETED", "REFUSED", "UNCONFIRMED"]

RESERVATION_UPDATE_INPUT_STATUS_VALUES: set[ReservationUpdateInputStatus] = {
    "CONFIRMED",
    "DELETED",
    "REFUSED",
    "UNCONFIRMED",
}


def check_reservation_update_input_status(value: str) -> ReservationUpdateInputStatus:
    if value in RESERVATION_UPDATE_INPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESERVATION_UPDATE_INPUT_STATUS_VALUES!r}"
    )
