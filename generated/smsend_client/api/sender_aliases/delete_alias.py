from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.result_ok import ResultOk
from ...types import Response


def _get_kwargs(
    alias_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/alias/{alias_id}".format(
            alias_id=quote(str(alias_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ResultOk | None:
    if response.status_code == 200:
        response_200 = ResultOk.from_dict(response.json())

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
) -> Response[Error | ResultOk]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    alias_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ResultOk]:
    """Remove a sender alias

     The alias can no longer be used as a sender. Plain success answer (S28).

    Args:
        alias_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ResultOk]
    """

    kwargs = _get_kwargs(
        alias_id=alias_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    alias_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ResultOk | None:
    """Remove a sender alias

     The alias can no longer be used as a sender. Plain success answer (S28).

    Args:
        alias_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ResultOk
    """

    return sync_detailed(
        alias_id=alias_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    alias_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ResultOk]:
    """Remove a sender alias

     The alias can no longer be used as a sender. Plain success answer (S28).

    Args:
        alias_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ResultOk]
    """

    kwargs = _get_kwargs(
        alias_id=alias_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    alias_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ResultOk | None:
    """Remove a sender alias

     The alias can no longer be used as a sender. Plain success answer (S28).

    Args:
        alias_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ResultOk
    """

    return (
        await asyncio_detailed(
            alias_id=alias_id,
            client=client,
        )
    ).parsed
