from typing import Literal

MessageType = Literal["L", "LL", "N"]

MESSAGE_TYPE_VALUES: set[MessageType] = {
    "L",
    "LL",
    "N",
}


def check_message_type(value: str) -> MessageType:
    if value in MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_TYPE_VALUES!r}")
