from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_gdpr_consent_add_input import ContactGdprConsentAddInput
from ...models.contact_gdpr_info import ContactGdprInfo
from ...models.error import Error
from ...models.gdpr_item_type import GdprItemType
from ...types import Response


def _get_kwargs(
    type_: GdprItemType,
    contact_id: int,
    *,
    body: ContactGdprConsentAddInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/gdpr/contact/add/{type_}/{contact_id}".format(
            type_=quote(str(type_), safe=""),
            contact_id=quote(str(contact_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactGdprInfo | Error | None:
    if response.status_code == 200:
        response_200 = ContactGdprInfo.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 405:
        response_405 = Error.from_dict(response.json())

        return response_405

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactGdprInfo | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_: GdprItemType,
    contact_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactGdprConsentAddInput,
) -> Response[ContactGdprInfo | Error]:
    """Record a consent for a contact

     Records that a contact accepted a privacy notice (`type` = `privacy`) or granted a consent
    (`type` = `consent`). `id` is the id of the notice or consent, taken from
    `listPrivacyPolicies` or `listGdprConsents`. The moment of acceptance defaults to now.
    The answer lists the contact's consent records after the change.

    Errors (`errorMsg`): 400 `CONTACT_NOT_EXISTS` (no contact has this id), `BAD_TYPE`
    (`type` is neither `privacy` nor `consent`), `BAD_ID` (no such notice or consent),
    `BAD_DATE` (`insert_date` malformed).

    Args:
        type_ (GdprItemType): Path segment choosing the kind of item in the add/remove consent
            calls: `privacy` (a privacy notice) or `consent` (a consent definition).
        contact_id (int):
        body (ContactGdprConsentAddInput): Form fields of `addContactGdprConsent`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactGdprInfo | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        contact_id=contact_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    type_: GdprItemType,
    contact_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactGdprConsentAddInput,
) -> ContactGdprInfo | Error | None:
    """Record a consent for a contact

     Records that a contact accepted a privacy notice (`type` = `privacy`) or granted a consent
    (`type` = `consent`). `id` is the id of the notice or consent, taken from
    `listPrivacyPolicies` or `listGdprConsents`. The moment of acceptance defaults to now.
    The answer lists the contact's consent records after the change.

    Errors (`errorMsg`): 400 `CONTACT_NOT_EXISTS` (no contact has this id), `BAD_TYPE`
    (`type` is neither `privacy` nor `consent`), `BAD_ID` (no such notice or consent),
    `BAD_DATE` (`insert_date` malformed).

    Args:
        type_ (GdprItemType): Path segment choosing the kind of item in the add/remove consent
            calls: `privacy` (a privacy notice) or `consent` (a consent definition).
        contact_id (int):
        body (ContactGdprConsentAddInput): Form fields of `addContactGdprConsent`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactGdprInfo | Error
    """

    return sync_detailed(
        type_=type_,
        contact_id=contact_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    type_: GdprItemType,
    contact_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactGdprConsentAddInput,
) -> Response[ContactGdprInfo | Error]:
    """Record a consent for a contact

     Records that a contact accepted a privacy notice (`type` = `privacy`) or granted a consent
    (`type` = `consent`). `id` is the id of the notice or consent, taken from
    `listPrivacyPolicies` or `listGdprConsents`. The moment of acceptance defaults to now.
    The answer lists the contact's consent records after the change.

    Errors (`errorMsg`): 400 `CONTACT_NOT_EXISTS` (no contact has this id), `BAD_TYPE`
    (`type` is neither `privacy` nor `consent`), `BAD_ID` (no such notice or consent),
    `BAD_DATE` (`insert_date` malformed).

    Args:
        type_ (GdprItemType): Path segment choosing the kind of item in the add/remove consent
            calls: `privacy` (a privacy notice) or `consent` (a consent definition).
        contact_id (int):
        body (ContactGdprConsentAddInput): Form fields of `addContactGdprConsent`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactGdprInfo | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        contact_id=contact_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_: GdprItemType,
    contact_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactGdprConsentAddInput,
) -> ContactGdprInfo | Error | None:
    """Record a consent for a contact

     Records that a contact accepted a privacy notice (`type` = `privacy`) or granted a consent
    (`type` = `consent`). `id` is the id of the notice or consent, taken from
    `listPrivacyPolicies` or `listGdprConsents`. The moment of acceptance defaults to now.
    The answer lists the contact's consent records after the change.

    Errors (`errorMsg`): 400 `CONTACT_NOT_EXISTS` (no contact has this id), `BAD_TYPE`
    (`type` is neither `privacy` nor `consent`), `BAD_ID` (no such notice or consent),
    `BAD_DATE` (`insert_date` malformed).

    Args:
        type_ (GdprItemType): Path segment choosing the kind of item in the add/remove consent
            calls: `privacy` (a privacy notice) or `consent` (a consent definition).
        contact_id (int):
        body (ContactGdprConsentAddInput): Form fields of `addContactGdprConsent`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactGdprInfo | Error
    """

    return (
        await asyncio_detailed(
            type_=type_,
            contact_id=contact_id,
            client=client,
            body=body,
        )
    ).parsed
