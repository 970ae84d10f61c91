from typing import Literal

ListContactInputGender = Literal["f", "m"]

LIST_CONTACT_INPUT_GENDER_VALUES: set[ListContactInputGender] = {
    "f",
    "m",
}


def check_list_contact_input_gender(value: str) -> ListContactInputGender:
    if value in LIST_CONTACT_INPUT_GENDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CONTACT_INPUT_GENDER_VALUES!r}"
    )
