from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_gdpr_consent_remove_input import ContactGdprConsentRemoveInput
from ...models.contact_gdpr_info import ContactGdprInfo
from ...models.error import Error
from ...models.gdpr_item_type import GdprItemType
from ...types import Response


def _get_kwargs(
    type_: GdprItemType,
    contact_id: int,
    *,
    body: ContactGdprConsentRemoveInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/gdpr/contact/remove/{type_}/{contact_id}".format(
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
    body: ContactGdprConsentRemoveInput,
) -> Response[ContactGdprInfo | Error]:
    """Withdraw a consent from a contact

     Withdraws a privacy notice (`type` = `privacy`) or a consent (`type` = `consent`) from a
    contact. Unusually, this DELETE carries a form-urlencoded body with the `id` of the notice
    or consent: that is how the vendor documents it, so the body is declared here. OpenAPI
    3.0 discourages bodies on DELETE and some HTTP stacks or proxies drop them; clients must
    send it anyway. Unlike most DELETE calls of the API, success is a 200 with a JSON body
    listing the contact's consent records after the change.

    Errors (`errorMsg`): 400 `CONTACT_NOT_EXISTS` (no contact has this id), `BAD_TYPE`
    (`type` is neither `privacy` nor `consent`), `BAD_ID` (no such notice or consent),
    `BAD_DATE` (listed by the vendor for this call too).

    Args:
        type_ (GdprItemType): Path segment choosing the kind of item in the add/remove consent
            calls: `privacy` (a privacy notice) or `consent` (a consent definition).
        contact_id (int):
        body (ContactGdprConsentRemoveInput): Form fields of `removeContactGdprConsent` (sent as
            the body of a DELETE).

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
    body: ContactGdprConsentRemoveInput,
) -> ContactGdprInfo | Error | None:
    """Withdraw a consent from a contact

     Withdraws a privacy notice (`type` = `privacy`) or a consent (`type` = `consent`) from a
    contact. Unusually, this DELETE carries a form-urlencoded body with the `id` of the notice
    or consent: that is how the vendor documents it, so the body is declared here. OpenAPI
    3.0 discourages bodies on DELETE and some HTTP stacks or proxies drop them; clients must
    send it anyway. Unlike most DELETE calls of the API, success is a 200 with a JSON body
    listing the contact's consent records after the change.

    Errors (`errorMsg`): 400 `CONTACT_NOT_EXISTS` (no contact has this id), `BAD_TYPE`
    (`type` is neither `privacy` nor `consent`), `BAD_ID` (no such notice or consent),
    `BAD_DATE` (listed by the vendor for this call too).

    Args:
        type_ (GdprItemType): Path segment choosing the kind of item in the add/remove consent
            calls: `privacy` (a privacy notice) or `consent` (a consent definition).
        contact_id (int):
        body (ContactGdprConsentRemoveInput): Form fields of `removeContactGdprConsent` (sent as
            the body of a DELETE).

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
    body: ContactGdprConsentRemoveInput,
) -> Response[ContactGdprInfo | Error]:
    """Withdraw a consent from a contact

     Withdraws a privacy notice (`type` = `privacy`) or a consent (`type` = `consent`) from a
    contact. Unusually, this DELETE carries a form-urlencoded body with the `id` of the notice
    or consent: that is how the vendor documents it, so the body is declared here. OpenAPI
    3.0 discourages bodies on DELETE and some HTTP stacks or proxies drop them; clients must
    send it anyway. Unlike most DELETE calls of the API, success is a 200 with a JSON body
    listing the contact's consent records after the change.

    Errors (`errorMsg`): 400 `CONTACT_NOT_EXISTS` (no contact has this id), `BAD_TYPE`
    (`type` is neither `privacy` nor `consent`), `BAD_ID` (no such notice or consent),
    `BAD_DATE` (listed by the vendor for this call too).

    Args:
        type_ (GdprItemType): Path segment choosing the kind of item in the add/remove consent
            calls: `privacy` (a privacy notice) or `consent` (a consent definition).
        contact_id (int):
        body (ContactGdprConsentRemoveInput): Form fields of `removeContactGdprConsent` (sent as
            the body of a DELETE).

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
    body: ContactGdprConsentRemoveInput,
) -> ContactGdprInfo | Error | None:
    """Withdraw a consent from a contact

     Withdraws a privacy notice (`type` = `privacy`) or a consent (`type` = `consent`) from a
    contact. Unusually, this DELETE carries a form-urlencoded body with the `id` of the notice
    or consent: that is how the vendor documents it, so the body is declared here. OpenAPI
    3.0 discourages bodies on DELETE and some HTTP stacks or proxies drop them; clients must
    send it anyway. Unlike most DELETE calls of the API, success is a 200 with a JSON body
    listing the contact's consent records after the change.

    Errors (`errorMsg`): 400 `CONTACT_NOT_EXISTS` (no contact has this id), `BAD_TYPE`
    (`type` is neither `privacy` nor `consent`), `BAD_ID` (no such notice or consent),
    `BAD_DATE` (listed by the vendor for this call too).

    Args:
        type_ (GdprItemType): Path segment choosing the kind of item in the add/remove consent
            calls: `privacy` (a privacy notice) or `consent` (a consent definition).
        contact_id (int):
        body (ContactGdprConsentRemoveInput): Form fields of `removeContactGdprConsent` (sent as
            the body of a DELETE).

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
