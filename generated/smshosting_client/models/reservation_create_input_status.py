from typing import Literal

ReservationCreateInputStatus = Literal["CONFIRMED", "UNCONFIRMED"]

RESERVATION_CREATE_INPUT_STATUS_VALUES: set[ReservationCreateInputStatus] = {
    "CONFIRMED",
    "UNCONFIRMED",
}


def check_reservation_create_input_status(value: str) -> ReservationCreateInputStatus:
    if value in RESERVATION_CREATE_INPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESERVATION_CREATE_INPUT_STATUS_VALUES!r}"
    )
