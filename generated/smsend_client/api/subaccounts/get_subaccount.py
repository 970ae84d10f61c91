from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.subaccount import Subaccount
from ...types import Response


def _get_kwargs(
    subaccount_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subaccount/{subaccount_id}".format(
            subaccount_id=quote(str(subaccount_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Subaccount | None:
    if response.status_code == 200:
        response_200 = Subaccount.from_dict(response.json())

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
) -> Response[Error | Subaccount]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subaccount_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Subaccount]:
    """Get one sub-account

     Returns the full data of one sub-account as a bare object, without the
    `result` envelope that the list uses (decision D14, seed line 2241).
    The documentation types the id as Int here, but this spec accepts the numeric id
    or the login on every path (D7, seed lines 2220/3401). An unknown sub-account, or
    one that belongs to another superaccount, is answered with `404` (D16).
    `credits` and `credits-sum` are only filled when `credit-eat-mode` is 2 and may
    otherwise be null or absent (D15, seed line 2230).

    Args:
        subaccount_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Subaccount]
    """

    kwargs = _get_kwargs(
        subaccount_id=subaccount_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subaccount_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Subaccount | None:
    """Get one sub-account

     Returns the full data of one sub-account as a bare object, without the
    `result` envelope that the list uses (decision D14, seed line 2241).
    The documentation types the id as Int here, but this spec accepts the numeric id
    or the login on every path (D7, seed lines 2220/3401). An unknown sub-account, or
    one that belongs to another superaccount, is answered with `404` (D16).
    `credits` and `credits-sum` are only filled when `credit-eat-mode` is 2 and may
    otherwise be null or absent (D15, seed line 2230).

    Args:
        subaccount_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Subaccount
    """

    return sync_detailed(
        subaccount_id=subaccount_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    subaccount_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Subaccount]:
    """Get one sub-account

     Returns the full data of one sub-account as a bare object, without the
    `result` envelope that the list uses (decision D14, seed line 2241).
    The documentation types the id as Int here, but this spec accepts the numeric id
    or the login on every path (D7, seed lines 2220/3401). An unknown sub-account, or
    one that belongs to another superaccount, is answered with `404` (D16).
    `credits` and `credits-sum` are only filled when `credit-eat-mode` is 2 and may
    otherwise be null or absent (D15, seed line 2230).

    Args:
        subaccount_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Subaccount]
    """

    kwargs = _get_kwargs(
        subaccount_id=subaccount_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subaccount_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Subaccount | None:
    """Get one sub-account

     Returns the full data of one sub-account as a bare object, without the
    `result` envelope that the list uses (decision D14, seed line 2241).
    The documentation types the id as Int here, but this spec accepts the numeric id
    or the login on every path (D7, seed lines 2220/3401). An unknown sub-account, or
    one that belongs to another superaccount, is answered with `404` (D16).
    `credits` and `credits-sum` are only filled when `credit-eat-mode` is 2 and may
    otherwise be null or absent (D15, seed line 2230).

    Args:
        subaccount_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Subaccount
    """

    return (
        await asyncio_detailed(
            subaccount_id=subaccount_id,
            client=client,
        )
    ).parsed
