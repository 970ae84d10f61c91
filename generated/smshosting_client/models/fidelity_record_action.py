from typing import Literal

FidelityRecordAction = Literal["ADD", "AZZERA", "CREATE", "IMPORT", "REWARD"]

FIDELITY_RECORD_ACTION_VALUES: set[FidelityRecordAction] = {
    "ADD",
    "AZZERA",
    "CREATE",
    "IMPORT",
    "REWARD",
}


def check_fidelity_record_action(value: str) -> FidelityRecordAction:
    if value in FIDELITY_RECORD_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIDELITY_RECORD_ACTION_VALUES!r}"
    )
