from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_group_input import ContactGroupInput
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    list_id: int,
    *,
    body: ContactGroupInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/phonebook/group/{list_id}".format(
            list_id=quote(str(list_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Error]:
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
    body: ContactGroupInput,
) -> Response[Any | Error]:
    """Rename a contact list

     Gives a contact list a new name. The contacts in it are not touched.

    Success: the vendor table says 200, the saved sample answers 204; both are declared,
    neither with a body schema. The 2017-2020 Java client read the list from a 200 body; such
    a body is not declared, because an empty 200 must parse too (decision S30).

    Errors (`errorMsg`): 400 `BAD_GROUP_NAME` (name missing or not acceptable),
    `GROUP_ALREADY_EXISTS` (another list has this name); 404 when no list has this id.

    Args:
        list_id (int):
        body (ContactGroupInput): Form fields of `createGroup` and `updateGroup`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactGroupInput,
) -> Any | Error | None:
    """Rename a contact list

     Gives a contact list a new name. The contacts in it are not touched.

    Success: the vendor table says 200, the saved sample answers 204; both are declared,
    neither with a body schema. The 2017-2020 Java client read the list from a 200 body; such
    a body is not declared, because an empty 200 must parse too (decision S30).

    Errors (`errorMsg`): 400 `BAD_GROUP_NAME` (name missing or not acceptable),
    `GROUP_ALREADY_EXISTS` (another list has this name); 404 when no list has this id.

    Args:
        list_id (int):
        body (ContactGroupInput): Form fields of `createGroup` and `updateGroup`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        list_id=list_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactGroupInput,
) -> Response[Any | Error]:
    """Rename a contact list

     Gives a contact list a new name. The contacts in it are not touched.

    Success: the vendor table says 200, the saved sample answers 204; both are declared,
    neither with a body schema. The 2017-2020 Java client read the list from a 200 body; such
    a body is not declared, because an empty 200 must parse too (decision S30).

    Errors (`errorMsg`): 400 `BAD_GROUP_NAME` (name missing or not acceptable),
    `GROUP_ALREADY_EXISTS` (another list has this name); 404 when no list has this id.

    Args:
        list_id (int):
        body (ContactGroupInput): Form fields of `createGroup` and `updateGroup`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactGroupInput,
) -> Any | Error | None:
    """Rename a contact list

     Gives a contact list a new name. The contacts in it are not touched.

    Success: the vendor table says 200, the saved sample answers 204; both are declared,
    neither with a body schema. The 2017-2020 Java client read the list from a 200 body; such
    a body is not declared, because an empty 200 must parse too (decision S30).

    Errors (`errorMsg`): 400 `BAD_GROUP_NAME` (name missing or not acceptable),
    `GROUP_ALREADY_EXISTS` (another list has this name); 404 when no list has this id.

    Args:
        list_id (int):
        body (ContactGroupInput): Form fields of `createGroup` and `updateGroup`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            client=client,
            body=body,
        )
    ).parsed
