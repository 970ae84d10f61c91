"""Smshosting error bodies: ``{"errorCode": <HTTP status>, "errorMsg": "<CODE>"}``."""

from __future__ import annotations

from ...kernel import SimResponse, json_response
from ...openapi import RequestValidationError

# Validation problems on these fields answer with the field's documented code (spec x-error-codes)
# rather than a generic one; any other field gives BAD_PARAMS.
FIELD_CODES = {
    "text": "BAD_TEXT",
    "to": "NO_VALID_RECIPIENT",
    "from": "BAD_FROM",
    "date": "BAD_DATE",
    "fromDate": "BAD_DATE",
    "toDate": "BAD_DATE",
    "transactionId": "BAD_TRANSACTIONID",
    "statusCallback": "BAD_CALLBACK",
    "transactionCallback": "BAD_CALLBACK",
    "encoding": "BAD_ENCODING",
    "group": "BAD_GROUP",
    "id": "BAD_ID",
    "msisdn": "BAD_MSISDN",
    "status": "BAD_STATUS",
    "udh": "BAD_UDH_HEX",
    "pid": "BAD_PID",
    "email": "BAD_EMAIL",
    "businessname": "BAD_BUSINESSNAME",
}


# Where one operation documents its own code for a field, it wins over FIELD_CODES.
OPERATION_FIELD_CODES: dict[str, dict[str, str]] = {
    "createContact": {"msisdn": "BAD_CONTACT_MSISDN", "name": "BAD_CONTACT_NAME"},
    "updateContact": {"msisdn": "BAD_CONTACT_MSISDN", "name": "BAD_CONTACT_NAME"},
    "createGroup": {"name": "BAD_GROUP_NAME"},
    "updateGroup": {"name": "BAD_GROUP_NAME"},
    "addContactGdprConsent": {"type": "BAD_TYPE", "insert_date": "BAD_DATE"},
    "removeContactGdprConsent": {"type": "BAD_TYPE"},
    "createFidelityCard": {"cardCode": "BAD_CARD_CODE", "startingPoints": "BAD_POINTS", "startingAmount": "BAD_AMOUNT"},
    "addFidelityCardRecord": {
        "points": "BAD_POINTS",
        "amount": "BAD_AMOUNT",
        "action": "BAD_ACTION",
        "rewardId": "BAD_ACTION",
    },
    "createCouponCampaign": {
        "title": "BAD_NAME",
        "couponType": "BAD_TYPE",
        "startDate": "BAD_DATE",
        "endDate": "BAD_DATE",
        "couponCode": "BAD_CODE",
    },
    "createCoupon": {"couponCode": "BAD_CODE"},
    "getCoupon": {"couponCode": "BAD_CODE"},
    "redeemCoupon": {"couponCode": "BAD_CODE"},
    "sendOtp": {"to": "BAD_TO", "code_len": "BAD_COD_LEN", "max_retry": "BAD_RETRY", "ttl": "BAD_TTL"},
    "cancelOtp": {"command": "BAD_COMMAND"},
    "createAlias": {
        "alias": "BAD_ALIAS",
        "country": "BAD_COUNTRY",
        "address": "BAD_ADDRESS",
        "city": "BAD_CITY",
        "postcode": "BAD_POSTCODE",
        "province": "BAD_PROVINCE",
        "vatnumber": "BAD_VATNUMBER",
        "phone": "BAD_PHONE",
        "taxcode": "BAD_TAXCODE",
        "pec": "BAD_PEC",
    },
    "createSubaccount": {
        "username": "BAD_USERNAME",
        "password": "BAD_PASSWORD",
        "name": "BAD_NAME",
        "lastname": "BAD_LASTNAME",
    },
    # The same fields of the update answer the same documented codes (its 400 lists them).
    "updateSubaccount": {"username": "BAD_USERNAME", "name": "BAD_NAME", "lastname": "BAD_LASTNAME"},
    "sendEmail": {"templateId": "BAD_TEMPLATEID", "subject": "BAD_SUBJECT"},
    "sendEmailCampaign": {
        "templateId": "BAD_TEMPLATEID",
        "subject": "BAD_SUBJECT",
        "campaignTitle": "BAD_CAMPAIGN_TITLE",
    },
    "createSubaccountOrder": {
        "packId": "BAD_PACKID",
        "newPackSmsItaly": "BAD_SMS",
        "newPackUnitCostItaly": "BAD_UNITCOST",
    },
}
# A field whose pattern carries a rule of its own: a pattern mismatch gets that rule's code.
PATTERN_CODES: dict[str, dict[str, str]] = {"sendOtp": {"text": "BAD_TEXT_PLACEHOLDER"}}
# The code for a missing group of alternatives (the spec's x-one-of-required), per operation.
ONE_OF_CODES = {
    "sendSms": "NO_VALID_RECIPIENT",
    "sendSmsBulk": "NO_VALID_RECIPIENT",
    "estimateSms": "NO_VALID_RECIPIENT",
}
ONE_OF_MESSAGE = "one of these field groups is required"
NO_BODY_MESSAGE = "request body is required"


def error_response(status: int, code: str, detail: str = "") -> SimResponse:
    # The documented body has only the two fields; ``detail`` stays in the simulator's log.
    return json_response(status, {"errorCode": status, "errorMsg": code})


def validation_error_response(
    error: RequestValidationError, operation_id: str | None = None, path_not_found: bool = False
) -> SimResponse:
    if error.status in (404, 405):
        response = error_response(error.status, "NOT_FOUND" if error.status == 404 else "METHOD_NOT_ALLOWED")
        if error.status == 405 and error.allow:
            response.headers.append(("allow", ", ".join(error.allow)))
        return response
    own = OPERATION_FIELD_CODES.get(operation_id or "", {})
    fields = [issue.name.split("[", 1)[0].split(".", 1)[0] for issue in error.issues]
    if path_not_found and all(issue.location == "path" for issue in error.issues) and not set(fields) & set(own):
        # A path id that cannot exist (not a number, out of range) names no resource.
        return error_response(404, "NOT_FOUND")
    if error.status == 413:
        return error_response(413, "BODY_TOO_LARGE")
    patterns = PATTERN_CODES.get(operation_id or "", {})
    for issue, field in zip(error.issues, fields, strict=True):  # a field with a documented code comes first
        if field in patterns and "pattern" in issue.message:
            return error_response(400, patterns[field])
        if field in own:
            return error_response(400, own[field])
        if field in FIELD_CODES:
            return error_response(400, FIELD_CODES[field])
    if any(issue.message.startswith(ONE_OF_MESSAGE) or issue.message == NO_BODY_MESSAGE for issue in error.issues):
        return error_response(400, ONE_OF_CODES.get(operation_id or "", "NO_PARAMS"))
    if any(issue.location == "query" and "required" in issue.message for issue in error.issues):
        return error_response(400, "NO_PARAMS")
    return error_response(400, "BAD_PARAMS")
