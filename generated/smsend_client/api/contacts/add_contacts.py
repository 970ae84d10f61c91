from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_batch import ContactBatch
from ...models.contact_input import ContactInput
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: ContactBatch | ContactInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact",
    }

    if isinstance(body, ContactInput):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | int | None:
    if response.status_code == 200:
        response_200 = cast(int, response.json())
        return response_200

    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | int]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatch | ContactInput,
) -> Response[Any | Error | int]:
    """Add one contact, or several in one call

     The vendor documents two calls on this one URL (S19). With one contact as the body
    the answer is `201`, an empty body and a `Location` header `/contact/{id}`. With
    `contacts` (a list) the answer is `200` and the number of contacts saved; the batch
    is all or nothing, and `updateExistingContact` / `keepExistingGroupsAndCampaigns`
    say what happens to contacts with the same phone number or e-mail (S20). A contact
    needs an e-mail or a phone number (`400` otherwise); `groupIds` must be groups of
    the caller.

    Args:
        body (ContactBatch | ContactInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | int]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatch | ContactInput,
) -> Any | Error | int | None:
    """Add one contact, or several in one call

     The vendor documents two calls on this one URL (S19). With one contact as the body
    the answer is `201`, an empty body and a `Location` header `/contact/{id}`. With
    `contacts` (a list) the answer is `200` and the number of contacts saved; the batch
    is all or nothing, and `updateExistingContact` / `keepExistingGroupsAndCampaigns`
    say what happens to contacts with the same phone number or e-mail (S20). A contact
    needs an e-mail or a phone number (`400` otherwise); `groupIds` must be groups of
    the caller.

    Args:
        body (ContactBatch | ContactInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | int
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatch | ContactInput,
) -> Response[Any | Error | int]:
    """Add one contact, or several in one call

     The vendor documents two calls on this one URL (S19). With one contact as the body
    the answer is `201`, an empty body and a `Location` header `/contact/{id}`. With
    `contacts` (a list) the answer is `200` and the number of contacts saved; the batch
    is all or nothing, and `updateExistingContact` / `keepExistingGroupsAndCampaigns`
    say what happens to contacts with the same phone number or e-mail (S20). A contact
    needs an e-mail or a phone number (`400` otherwise); `groupIds` must be groups of
    the caller.

    Args:
        body (ContactBatch | ContactInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | int]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatch | ContactInput,
) -> Any | Error | int | None:
    """Add one contact, or several in one call

     The vendor documents two calls on this one URL (S19). With one contact as the body
    the answer is `201`, an empty body and a `Location` header `/contact/{id}`. With
    `contacts` (a list) the answer is `200` and the number of contacts saved; the batch
    is all or nothing, and `updateExistingContact` / `keepExistingGroupsAndCampaigns`
    say what happens to contacts with the same phone number or e-mail (S20). A contact
    needs an e-mail or a phone number (`400` otherwise); `groupIds` must be groups of
    the caller.

    Args:
        body (ContactBatch | ContactInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | int
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
