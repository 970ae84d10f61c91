from typing import Literal

ContactGdprRecordConsentType = Literal["CONSENT", "PRIVACY"]

CONTACT_GDPR_RECORD_CONSENT_TYPE_VALUES: set[ContactGdprRecordConsentType] = {
    "CONSENT",
    "PRIVACY",
}


def check_contact_gdpr_record_consent_type(value: str) -> ContactGdprRecordConsentType:
    if value in CONTACT_GDPR_RECORD_CONSENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTACT_GDPR_RECORD_CONSENT_TYPE_VALUES!r}"
    )
