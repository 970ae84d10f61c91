from typing import Literal

FidelityRecordInputAction = Literal["ADD", "AZZERA", "REWARD"]

FIDELITY_RECORD_INPUT_ACTION_VALUES: set[FidelityRecordInputAction] = {
    "ADD",
    "AZZERA",
    "REWARD",
}


def check_fidelity_record_input_action(value: str) -> FidelityRecordInputAction:
    if value in FIDELITY_RECORD_INPUT_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIDELITY_RECORD_INPUT_ACTION_VALUES!r}"
    )
