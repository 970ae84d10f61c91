from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.group_contact_page import GroupContactPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    list_id: int,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/phonebook/group/{list_id}/contacts".format(
            list_id=quote(str(list_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GroupContactPage | None:
    if response.status_code == 200:
        response_200 = GroupContactPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | GroupContactPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[Error | GroupContactPage]:
    """List the contacts of a contact list

     Returns the contacts that belong to one contact list, paged with `offset`/`limit` and
    wrapped with `metadata`. This view of a contact differs from `getContact`: it has no `id`
    and no `customFields`, but carries postal-address fields (see `GroupContact`).

    Errors: the vendor table lists 400 `NO_PARAMS` (text copied from another call; this call
    has no filter); an unknown list id is assumed to give 404, as `getGroup` does.

    Args:
        list_id (int):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GroupContactPage]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Error | GroupContactPage | None:
    """List the contacts of a contact list

     Returns the contacts that belong to one contact list, paged with `offset`/`limit` and
    wrapped with `metadata`. This view of a contact differs from `getContact`: it has no `id`
    and no `customFields`, but carries postal-address fields (see `GroupContact`).

    Errors: the vendor table lists 400 `NO_PARAMS` (text copied from another call; this call
    has no filter); an unknown list id is assumed to give 404, as `getGroup` does.

    Args:
        list_id (int):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GroupContactPage
    """

    return sync_detailed(
        list_id=list_id,
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[Error | GroupContactPage]:
    """List the contacts of a contact list

     Returns the contacts that belong to one contact list, paged with `offset`/`limit` and
    wrapped with `metadata`. This view of a contact differs from `getContact`: it has no `id`
    and no `customFields`, but carries postal-address fields (see `GroupContact`).

    Errors: the vendor table lists 400 `NO_PARAMS` (text copied from another call; this call
    has no filter); an unknown list id is assumed to give 404, as `getGroup` does.

    Args:
        list_id (int):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GroupContactPage]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Error | GroupContactPage | None:
    """List the contacts of a contact list

     Returns the contacts that belong to one contact list, paged with `offset`/`limit` and
    wrapped with `metadata`. This view of a contact differs from `getContact`: it has no `id`
    and no `customFields`, but carries postal-address fields (see `GroupContact`).

    Errors: the vendor table lists 400 `NO_PARAMS` (text copied from another call; this call
    has no filter); an unknown list id is assumed to give 404, as `getGroup` does.

    Args:
        list_id (int):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GroupContactPage
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
