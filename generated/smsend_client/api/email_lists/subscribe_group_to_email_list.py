from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    list_id: int,
    group_id: str,
    *,
    sendoptin: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sendoptin"] = sendoptin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/list/{list_id}/group/{group_id}".format(
            list_id=quote(str(list_id), safe=""),
            group_id=quote(str(group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_id: int,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    sendoptin: bool | Unset = False,
) -> Response[Any | Error]:
    """Subscribe a contact group to an e-mail list

     Subscribes every contact of the group that has an e-mail address (others are left
    out); `sendoptin` asks them for an opt-in first. Empty body (S39).

    Args:
        list_id (int):
        group_id (str):
        sendoptin (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        group_id=group_id,
        sendoptin=sendoptin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    sendoptin: bool | Unset = False,
) -> Any | Error | None:
    """Subscribe a contact group to an e-mail list

     Subscribes every contact of the group that has an e-mail address (others are left
    out); `sendoptin` asks them for an opt-in first. Empty body (S39).

    Args:
        list_id (int):
        group_id (str):
        sendoptin (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        list_id=list_id,
        group_id=group_id,
        client=client,
        sendoptin=sendoptin,
    ).parsed


async def asyncio_detailed(
    list_id: int,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    sendoptin: bool | Unset = False,
) -> Response[Any | Error]:
    """Subscribe a contact group to an e-mail list

     Subscribes every contact of the group that has an e-mail address (others are left
    out); `sendoptin` asks them for an opt-in first. Empty body (S39).

    Args:
        list_id (int):
        group_id (str):
        sendoptin (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        group_id=group_id,
        sendoptin=sendoptin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    sendoptin: bool | Unset = False,
) -> Any | Error | None:
    """Subscribe a contact group to an e-mail list

     Subscribes every contact of the group that has an e-mail address (others are left
    out); `sendoptin` asks them for an opt-in first. Empty body (S39).

    Args:
        list_id (int):
        group_id (str):
        sendoptin (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            group_id=group_id,
            client=client,
            sendoptin=sendoptin,
        )
    ).parsed
