from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_gdpr_info import ContactGdprInfo
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    contact_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gdpr/history/contact/{contact_id}".format(
            contact_id=quote(str(contact_id), safe=""),
        ),
    }

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
    contact_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactGdprInfo | Error]:
    """Consents of a contact (history and current state)

     Returns the privacy-notice and consent records of one contact: for each record, whether
    it was granted or refused, when, from which IP address and through which channel.

    The vendor documents two operations on this same URL, `getContactGdprConsents` (current
    state of the consents) and `getContactGdprHistory` (full history). OpenAPI allows one
    operation per method and path and no parameter telling them apart is documented, so they
    are merged into this single operation; both saved samples are attached. To obtain the
    current state (`getContactGdprConsents`), keep the newest record (`insert_date`) for each
    pair of `consent_type` and `consent_id`.

    Errors (`errorMsg`): 400 `CONTACT_NOT_EXISTS` (no contact has this id; this area answers
    400, not 404, for an unknown contact).

    Args:
        contact_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactGdprInfo | Error]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ContactGdprInfo | Error | None:
    """Consents of a contact (history and current state)

     Returns the privacy-notice and consent records of one contact: for each record, whether
    it was granted or refused, when, from which IP address and through which channel.

    The vendor documents two operations on this same URL, `getContactGdprConsents` (current
    state of the consents) and `getContactGdprHistory` (full history). OpenAPI allows one
    operation per method and path and no parameter telling them apart is documented, so they
    are merged into this single operation; both saved samples are attached. To obtain the
    current state (`getContactGdprConsents`), keep the newest record (`insert_date`) for each
    pair of `consent_type` and `consent_id`.

    Errors (`errorMsg`): 400 `CONTACT_NOT_EXISTS` (no contact has this id; this area answers
    400, not 404, for an unknown contact).

    Args:
        contact_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactGdprInfo | Error
    """

    return sync_detailed(
        contact_id=contact_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    contact_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactGdprInfo | Error]:
    """Consents of a contact (history and current state)

     Returns the privacy-notice and consent records of one contact: for each record, whether
    it was granted or refused, when, from which IP address and through which channel.

    The vendor documents two operations on this same URL, `getContactGdprConsents` (current
    state of the consents) and `getContactGdprHistory` (full history). OpenAPI allows one
    operation per method and path and no parameter telling them apart is documented, so they
    are merged into this single operation; both saved samples are attached. To obtain the
    current state (`getContactGdprConsents`), keep the newest record (`insert_date`) for each
    pair of `consent_type` and `consent_id`.

    Errors (`errorMsg`): 400 `CONTACT_NOT_EXISTS` (no contact has this id; this area answers
    400, not 404, for an unknown contact).

    Args:
        contact_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactGdprInfo | Error]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ContactGdprInfo | Error | None:
    """Consents of a contact (history and current state)

     Returns the privacy-notice and consent records of one contact: for each record, whether
    it was granted or refused, when, from which IP address and through which channel.

    The vendor documents two operations on this same URL, `getContactGdprConsents` (current
    state of the consents) and `getContactGdprHistory` (full history). OpenAPI allows one
    operation per method and path and no parameter telling them apart is documented, so they
    are merged into this single operation; both saved samples are attached. To obtain the
    current state (`getContactGdprConsents`), keep the newest record (`insert_date`) for each
    pair of `consent_type` and `consent_id`.

    Errors (`errorMsg`): 400 `CONTACT_NOT_EXISTS` (no contact has this id; this area answers
    400, not 404, for an unknown contact).

    Args:
        contact_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactGdprInfo | Error
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
        )
    ).parsed
