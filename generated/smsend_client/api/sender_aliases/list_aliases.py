from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alias_list import AliasList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    hide_not_approved: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params["hide-not-approved"] = hide_not_approved

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/alias",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AliasList | Error | None:
    if response.status_code == 200:
        response_200 = AliasList.from_dict(response.json())

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
) -> Response[AliasList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    hide_not_approved: bool | Unset = False,
) -> Response[AliasList | Error]:
    """List the sender aliases

     One page of the caller's aliases, oldest first; `hide-not-approved` keeps only those
    usable as a sender (S29).

    Args:
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        hide_not_approved (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AliasList | Error]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        hide_not_approved=hide_not_approved,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    hide_not_approved: bool | Unset = False,
) -> AliasList | Error | None:
    """List the sender aliases

     One page of the caller's aliases, oldest first; `hide-not-approved` keeps only those
    usable as a sender (S29).

    Args:
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        hide_not_approved (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AliasList | Error
    """

    return sync_detailed(
        client=client,
        page_number=page_number,
        page_size=page_size,
        hide_not_approved=hide_not_approved,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    hide_not_approved: bool | Unset = False,
) -> Response[AliasList | Error]:
    """List the sender aliases

     One page of the caller's aliases, oldest first; `hide-not-approved` keeps only those
    usable as a sender (S29).

    Args:
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        hide_not_approved (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AliasList | Error]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        hide_not_approved=hide_not_approved,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    hide_not_approved: bool | Unset = False,
) -> AliasList | Error | None:
    """List the sender aliases

     One page of the caller's aliases, oldest first; `hide-not-approved` keeps only those
    usable as a sender (S29).

    Args:
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        hide_not_approved (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AliasList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            hide_not_approved=hide_not_approved,
        )
    ).parsed
