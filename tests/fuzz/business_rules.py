"""The only reasons a schema-valid request may be refused with 400, per operation.

Both APIs answer every failure with 400, whether the request broke its schema or a business
rule, so the HTTP status alone cannot tell a spec gap from a legitimate refusal. The strict
fuzz profile therefore accepts a 400 for a schema-valid (positive) request only when its error
code is listed here for that operation, each with the reason no schema can say it: a resource
that does not exist (reported as 400 by the vendor), a uniqueness or balance rule that depends
on stored state, a rule between two fields that OpenAPI 3.0 cannot state for query parameters,
or a limit that the vendor does not document and the simulator sets on its own.

A rule that OpenAPI 3.0 *can* state belongs in the spec instead (and is there: patterns,
lengths, ranges, ``anyOf`` for "one of these" and "if this then that" rules).
"""

from __future__ import annotations

# -- reasons shared by several operations ----------------------------------------------------
NOT_FOUND = "the referenced resource does not exist; the vendor reports this as 400 with this code"
TAKEN = "unique among stored resources: depends on state, not on the request"
QUERY_ONE_OF = (
    "at least one search filter must be given (x-one-of-required on query parameters): OpenAPI 3.0 "
    "cannot relate query parameters to each other"
)
DATE_ORDER = "fromDate must not be after toDate, or the date lies in the past: a comparison no schema states"
CUSTOM_FIELDS = (
    "extra form fields must be custom-field keys (f_...); OpenAPI 3.0 has no propertyNames or patternProperties"
)
SIM_CEILING = "a plausibility ceiling of the simulator; the vendor documents no maximum, so the spec states none"
PAST_DATE = "a scheduled send must lie in the future: depends on the clock"
RECIPIENTS = (
    "a JSON-array `to` must parse as a JSON array of objects with an msisdn, and a plain list must hold at most "
    "1000 numbers (x-max-recipients): JSON inside a form string is beyond a pattern"
)
PLACEHOLDERS = "every ${name} in the text needs a value in each JSON-array recipient: a rule between two fields"
ENCODING = "the text must be representable in the chosen encoding (7BIT: the GSM alphabet): a rule between two fields"
IMPOSSIBLE_DAY = (
    "a birthdate on a day its month lacks (1922-09-31); the pattern admits days 01-31 in every month, and the vendor "
    "answers such a birthdate with GENERIC_ERROR"
)
ITALIAN_TIME = (
    "a date-time whose written year is 1900 to 9000 (what the pattern checks) but whose moment, in Italian time, is "
    "not (1900-01-01T00:00:00+1100 is 1899 in Rome): the date is stored and answered in Italian time, and no schema "
    "can relate a year to an offset"
)
VERIFIED_SENDER = (
    "the sender must be one of the account's verified e-mail senders (GET /email/sender/list): depends on stored state"
)
FREE_SLOT = "the start must be a free slot of the task (no double booking): depends on state"
ITALIAN_FORMATS = (
    "Italian formats (VAT number, tax code, postcode, province) apply when country is IT; the simulator checks the "
    "formats the vendor names, which the spec describes rather than encodes"
)

SMSHOSTING: dict[str, dict[str, str]] = {
    "sendSms": {
        "BAD_GROUP": NOT_FOUND,
        "BAD_DATE": f"{PAST_DATE}; or {ITALIAN_TIME}",
        "NO_VALID_RECIPIENT": RECIPIENTS,
        "BAD_TEXT_PLACEHOLDER": PLACEHOLDERS,
        "BAD_ENCODING": ENCODING,
        "BAD_TEXT": "the text, once placeholders are filled, is longer than 7 concatenated SMS",
        "NO_CREDIT": "the account's credit does not cover the send: depends on state",
    },
    "sendSmsBulk": {
        "BAD_GROUP": NOT_FOUND,
        "BAD_DATE": f"{PAST_DATE}; or {ITALIAN_TIME}",
        "NO_VALID_RECIPIENT": RECIPIENTS,
        "BAD_TEXT_PLACEHOLDER": PLACEHOLDERS,
        "BAD_ENCODING": ENCODING,
        "BAD_TEXT": "the text, once placeholders are filled, is longer than 7 concatenated SMS",
        "BAD_TEXT_HEX": "a binary send (udh or pid present) needs a hexadecimal text (x-binary-variant)",
        "NO_CREDIT": "the account's credit does not cover the send: depends on state",
    },
    "estimateSms": {
        "BAD_GROUP": NOT_FOUND,
        "NO_VALID_RECIPIENT": RECIPIENTS,
        "BAD_ENCODING": ENCODING,
        "BAD_TEXT": "the text is longer than 7 concatenated SMS",
    },
    "cancelSms": {"NOT_FOUND": NOT_FOUND},
    "searchSms": {"NO_PARAMS": QUERY_ONE_OF, "BAD_DATE": DATE_ORDER},
    "searchReceivedSms": {"NO_PARAMS": QUERY_ONE_OF, "BAD_DATE": DATE_ORDER},
    "searchSubaccounts": {"BAD_DATE": DATE_ORDER},
    "searchContacts": {"NO_PARAMS": "fieldKey and fieldValue go together: a rule between two query parameters"},
    "sendOtp": {
        "ANTISPAM": "too many codes to one number in the last hour: depends on state",
        "BAD_APP_ID": NOT_FOUND,
        "BAD_ENCODING": ENCODING,
        "BAD_TEXT": "the text, with the code filled in, is longer than 7 concatenated SMS",
    },
    "checkOtp": {"VERIFY ID ERROR": NOT_FOUND},
    "getOtp": {"VERIFY ID ERROR": NOT_FOUND},
    "cancelOtp": {"VERIFY ID ERROR": NOT_FOUND, "BAD STATUS": "only a pending code can be cancelled: depends on state"},
    "sendEmail": {
        "BAD_TEMPLATEID": NOT_FOUND,
        "BAD_FROM": VERIFIED_SENDER,
        "BAD_DATE": f"{PAST_DATE}; or {ITALIAN_TIME}",
    },
    "sendEmailCampaign": {
        "BAD_TEMPLATEID": NOT_FOUND,
        "BAD_GROUP": NOT_FOUND,
        "BAD_FROM": VERIFIED_SENDER,
        "BAD_DATE": f"{PAST_DATE}; or {ITALIAN_TIME}",
    },
    "createAlias": {
        "DUPLICATE_ALIAS": TAKEN,
        "BAD_VATNUMBER": ITALIAN_FORMATS,
        "BAD_TAXCODE": ITALIAN_FORMATS,
        "BAD_POSTCODE": ITALIAN_FORMATS,
        "BAD_PROVINCE": ITALIAN_FORMATS,
        "BAD_PHONE": "a phone number of 6 to 15 digits, optionally with +: described, not encoded",
    },
    "createSubaccount": {"USERNAME_ALREADY_EXISTS": TAKEN, "GENERIC_ERROR": IMPOSSIBLE_DAY},
    "updateSubaccount": {
        "SUBUSER_NOT_EXISTS": NOT_FOUND,
        "BAD_USERNAME": "the new username is taken: " + TAKEN,
        "GENERIC_ERROR": IMPOSSIBLE_DAY,
    },
    "getSubaccount": {"SUBUSER_NOT_EXISTS": NOT_FOUND},
    "deleteSubaccount": {"SUBUSER_NOT_EXISTS": NOT_FOUND},
    "removeSubaccountCredit": {
        "SUBUSER_NOT_EXISTS": NOT_FOUND,
        "NO_CREDIT": "the sub-account's credit does not cover the move: depends on state",
    },
    "createSubaccountOrder": {
        "SUBUSER_NOT_EXISTS": NOT_FOUND,
        "BAD_PACKID": NOT_FOUND,
        "NO_CREDIT": "the reseller's credit does not cover the order: depends on state",
        "BAD_SMS": SIM_CEILING,
        "BAD_UNITCOST": SIM_CEILING,
    },
    "createContact": {
        "BAD_CONTACT_GROUP": NOT_FOUND,
        "CONTACT_ALREADY_EXISTS": TAKEN,
        "BAD_PARAMS": CUSTOM_FIELDS,
    },
    "updateContact": {
        "BAD_CONTACT_GROUP": NOT_FOUND,
        "CONTACT_ALREADY_EXISTS": TAKEN,
        "BAD_PARAMS": CUSTOM_FIELDS,
    },
    "uploadContactsBulk": {"BAD_CONTACT_GROUP": NOT_FOUND, "BAD_PARAMS": CUSTOM_FIELDS},
    "addContactToGroups": {"BAD_CONTACT_GROUP": NOT_FOUND},
    "removeContactFromGroups": {"BAD_CONTACT_GROUP": NOT_FOUND},
    "createGroup": {"GROUP_ALREADY_EXISTS": TAKEN},
    "updateGroup": {"GROUP_ALREADY_EXISTS": TAKEN},
    "getContactGdprHistory": {"CONTACT_NOT_EXISTS": NOT_FOUND},
    "addContactGdprConsent": {"CONTACT_NOT_EXISTS": NOT_FOUND, "BAD_ID": NOT_FOUND, "BAD_DATE": ITALIAN_TIME},
    "removeContactGdprConsent": {"CONTACT_NOT_EXISTS": NOT_FOUND, "BAD_ID": NOT_FOUND},
    "listFidelityCards": {"BAD_FIDELITY": NOT_FOUND, "BAD_DATE": DATE_ORDER},
    "createFidelityCard": {
        "BAD_FIDELITY": NOT_FOUND,
        "BAD_CONTACT": NOT_FOUND,
        "CONTACT_HAS_FIDELITY": TAKEN,
        "DUPLICATED_CARD_CODE": TAKEN,
        "BAD_POINTS": SIM_CEILING,
        "BAD_AMOUNT": SIM_CEILING,
    },
    "getFidelityCard": {"BAD_CARD_CODE": NOT_FOUND, "BAD_FIDELITY": NOT_FOUND},
    "listFidelityCardRecords": {"BAD_CARD_CODE": NOT_FOUND, "BAD_FIDELITY": NOT_FOUND, "BAD_DATE": DATE_ORDER},
    "addFidelityCardRecord": {
        "BAD_CARD_CODE": NOT_FOUND,
        "BAD_FIDELITY": NOT_FOUND,
        "BAD_ACTION": "the rewardId names no reward of the card's programme: " + NOT_FOUND,
        "BAD_POINTS": "the balance cannot go below zero, and a reward needs enough points: depends on state",
        "BAD_AMOUNT": SIM_CEILING,
    },
    "getFidelityCardRecord": {"RECORD_NOT_EXISTS": NOT_FOUND, "BAD_CARD_CODE": NOT_FOUND, "BAD_FIDELITY": NOT_FOUND},
    "deleteFidelityCardRecord": {
        "RECORD_NOT_EXISTS": NOT_FOUND,
        "BAD_CARD_CODE": NOT_FOUND,
        "BAD_FIDELITY": NOT_FOUND,
        "BAD_POINTS": "deleting this movement would make the balance negative: depends on state",
    },
    "createCouponCampaign": {
        "DUPLICATE_CODE": TAKEN,
        "BAD_DATE": f"the end of validity must not be before its start (no schema compares them); or {ITALIAN_TIME}",
    },
    "createCoupon": {
        "BAD_CAMPAIG": NOT_FOUND,
        "BAD_TYPE": "coupons are created only in dynamic (D) campaigns: depends on the stored campaign",
        "DUPLICATE_CODE": TAKEN,
    },
    "searchCoupons": {"BAD_DATE": DATE_ORDER},
    "listReservations": {"BAD_DATE": DATE_ORDER},
    "createReservation": {
        "BAD_CONTACT": NOT_FOUND,
        "BAD_DATE": f"{FREE_SLOT}; or {ITALIAN_TIME}",
    },
    "updateReservation": {
        "BAD_CONTACT": NOT_FOUND,
        "BAD_DATE": f"{FREE_SLOT}; or {ITALIAN_TIME}",
    },
}

CREDIT_EAT_MODE = "purchases exist only for sub-accounts with credit-eat-mode 2: depends on the stored sub-account"
LOGIN_FORMS = (
    "the credentials come as username and password query parameters or as HTTP Basic: a rule between query "
    "parameters and a header that OpenAPI 3.0 cannot state"
)
UNROUTABLE = (
    "a recipient the gateway cannot route (or a blacklisted one) refuses the send unless allowInvalidRecipients is "
    "true, which skips it: a rule between two fields and the stored blacklist"
)
SENDER = (
    "a custom sender needs a high-quality message type and a registered, approved alias: depends on the message "
    "type and the stored aliases"
)
TIME_ZONE = "the time zone must be an IANA name; the list changes with each tzdata release, so the spec names no enum"
SMSEND_DAY = (
    "a date on a day its month lacks (20260230...): the pattern admits days 01-31 in every month (D40); the server "
    "answers INVALID_DATE"
)
LIST_STATE = "the e-mail list must be active: depends on the stored list"
NO_ONE = "after blacklisted and invalid numbers are skipped, nobody is left to send to: depends on stored state"
# The rules every smsend send call shares (sendSms, sendParametricSms, sendSmsToGroups).
SMSEND_SEND = {
    "NO_VALID_RECIPIENTS": NO_ONE,
    "SENDER_NOT_ALLOWED": SENDER,
    "INVALID_DATE": SMSEND_DAY + "; or the scheduled time lies in the past (depends on the clock)",
    "INVALID_TIMEZONE": TIME_ZONE,
    "INVALID_CONTENTS": "the text must be representable in the chosen encoding (GSM-7): a rule between two fields",
    "MESSAGE_TOO_LONG": "the text, once placeholders and landing links are filled in, is too long for its encoding",
    "NOT_ENOUGH_CREDIT": "the account's credits do not cover the send: depends on state",
    "DUPLICATE_ORDER_ID": TAKEN,
    "LANDING_NOT_FOUND": NOT_FOUND,
}
SMSEND: dict[str, dict[str, str]] = {
    "loginSessionKey": {"MISSING_CREDENTIALS": LOGIN_FORMS},
    "loginAccessToken": {"MISSING_CREDENTIALS": LOGIN_FORMS},
    "sendSms": {"INVALID_RECIPIENT": UNROUTABLE, **SMSEND_SEND},
    "sendParametricSms": {
        "INVALID_RECIPIENT": UNROUTABLE,
        "MISSING_PARAMETER": "every ${name} in the text needs a value for each recipient: a rule between two fields",
        **SMSEND_SEND,
    },
    "sendSmsToGroups": {"GROUP_NOT_FOUND": NOT_FOUND, **SMSEND_SEND},
    "requestTwoFactorPin": {
        "INVALID_RECIPIENT": "the recipient is on the account's SMS blacklist: depends on state",
        "SENDER_NOT_ALLOWED": SENDER,
        "INVALID_CONTENTS": "the message must be representable in GSM-7 or UCS-2 as the PIN text is sent",
        "MESSAGE_TOO_LONG": "the message, with the PIN filled in, is too long for one send",
        "NOT_ENOUGH_CREDIT": "a PIN is charged as an SMS: the account's credits must cover it (depends on state)",
    },
    "getSmsHistory": {"INVALID_DATE": SMSEND_DAY, "INVALID_TIMEZONE": TIME_ZONE},
    "getReceivedSmsHistory": {"INVALID_DATE": SMSEND_DAY, "INVALID_TIMEZONE": TIME_ZONE},
    "getReceivedSmsHistoryOnSims": {"INVALID_DATE": SMSEND_DAY, "INVALID_TIMEZONE": TIME_ZONE},
    "getMoSmsHistory": {"INVALID_DATE": SMSEND_DAY, "INVALID_TIMEZONE": TIME_ZONE},
    "listBlacklist": {"INVALID_DATE": SMSEND_DAY, "INVALID_TIMEZONE": TIME_ZONE},
    "createGroup": {"INVALID_GROUP_NAME": "group names are unique among the caller's groups: " + TAKEN},
    "updateGroup": {"INVALID_GROUP_NAME": "group names are unique among the caller's groups: " + TAKEN},
    "addContacts": {"GROUP_NOT_FOUND": NOT_FOUND, "INVALID_DATE": SMSEND_DAY},
    "blacklistContacts": {"CONTACT_NOT_FOUND": NOT_FOUND, "CONTACT_WITHOUT_PHONE": "a stored contact has no number"},
    "blacklistContact": {"CONTACT_WITHOUT_PHONE": "the stored contact has no phone number: depends on state"},
    "createAlias": {"ALIAS_EXISTS": TAKEN},
    "subscribeGroupToEmailList": {"LIST_NOT_ACTIVE": LIST_STATE, "GROUP_NOT_FOUND": NOT_FOUND},
    "subscribeNewContact": {"LIST_NOT_ACTIVE": LIST_STATE, "GROUP_NOT_FOUND": NOT_FOUND},
    "createEmailIssue": {"LIST_NOT_ACTIVE": LIST_STATE},
    "createEmailIssueFromTemplate": {"LIST_NOT_ACTIVE": LIST_STATE},
    "sendEmailIssue": {
        "LIST_NOT_ACTIVE": LIST_STATE,
        "INVALID_DATE": SMSEND_DAY + "; or the scheduled time lies in the past (depends on the clock)",
        "NO_EMAIL": "a stored contact has no e-mail address: depends on state",
        "NOT_SUBSCRIBED": "the contacts must be subscribed to the list: depends on state",
        "CONTACT_NOT_FOUND": NOT_FOUND,
    },
    "createSubaccount": {"LOGIN_ALREADY_EXISTS": TAKEN},
    "updateSubaccount": {"LOGIN_ALREADY_EXISTS": TAKEN},
    "moveSubaccountCredits": {
        "NOT_ENOUGH_CREDIT": "the giving side's balance does not cover the move: depends on state",
        "CREDIT_EAT_MODE": "credits move only to sub-accounts with their own credits (credit-eat-mode 0 or 2)",
    },
    "listSubaccountPurchases": {"CREDIT_EAT_MODE": CREDIT_EAT_MODE},
    "createSubaccountPurchases": {"CREDIT_EAT_MODE": CREDIT_EAT_MODE},
    "deleteSubaccountPurchase": {"CREDIT_EAT_MODE": CREDIT_EAT_MODE},
}

BUSINESS_RULES: dict[str, dict[str, dict[str, str]]] = {"smshosting": SMSHOSTING, "smsend": SMSEND}
