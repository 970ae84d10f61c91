from typing import Literal

ContactInputGender = Literal["f", "m"]

CONTACT_INPUT_GENDER_VALUES: set[ContactInputGender] = {
    "f",
    "m",
}


def check_contact_input_gender(value: str) -> ContactInputGender:
    if value in CONTACT_INPUT_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_INPUT_GENDER_VALUES!r}")
