from typing import Literal

ListReservationsStatus = Literal["CONFIRMED", "DELETED", "UNCONFIRMED"]

LIST_RESERVATIONS_STATUS_VALUES: set[ListReservationsStatus] = {
    "CONFIRMED",
    "DELETED",
    "UNCONFIRMED",
}


def check_list_reservations_status(value: str) -> ListReservationsStatus:
    if value in LIST_RESERVATIONS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RESERVATIONS_STATUS_VALUES!r}"
    )
