from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.purchase_list import PurchaseList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    subaccount_id: str,
    *,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subaccount/{subaccount_id}/purchase".format(
            subaccount_id=quote(str(subaccount_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PurchaseList | None:
    if response.status_code == 200:
        response_200 = PurchaseList.from_dict(response.json())

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
) -> Response[Error | PurchaseList]:
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
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[Error | PurchaseList]:
    """List a sub-account's purchases

     Returns one page of the purchases made for a sub-account; the caller must be a
    superaccount. Here the paging fields follow the `purchases` array (D13, seed lines
    3819-3821). `create-time` is a `yyyyMMddHHmmss` string (D11, seed line 3785).
    In the documented sample both purchases carry `id_purchase` 20; the sample is kept
    as published, but real ids are unique (D19, seed lines 3786/3804). The id may be
    the numeric id or the login, as documented for this call (D7, seed line 3758).
    An unknown sub-account answers `404` (D16).

    Args:
        subaccount_id (str):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseList]
    """

    kwargs = _get_kwargs(
        subaccount_id=subaccount_id,
        page_number=page_number,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subaccount_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Error | PurchaseList | None:
    """List a sub-account's purchases

     Returns one page of the purchases made for a sub-account; the caller must be a
    superaccount. Here the paging fields follow the `purchases` array (D13, seed lines
    3819-3821). `create-time` is a `yyyyMMddHHmmss` string (D11, seed line 3785).
    In the documented sample both purchases carry `id_purchase` 20; the sample is kept
    as published, but real ids are unique (D19, seed lines 3786/3804). The id may be
    the numeric id or the login, as documented for this call (D7, seed line 3758).
    An unknown sub-account answers `404` (D16).

    Args:
        subaccount_id (str):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PurchaseList
    """

    return sync_detailed(
        subaccount_id=subaccount_id,
        client=client,
        page_number=page_number,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    subaccount_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[Error | PurchaseList]:
    """List a sub-account's purchases

     Returns one page of the purchases made for a sub-account; the caller must be a
    superaccount. Here the paging fields follow the `purchases` array (D13, seed lines
    3819-3821). `create-time` is a `yyyyMMddHHmmss` string (D11, seed line 3785).
    In the documented sample both purchases carry `id_purchase` 20; the sample is kept
    as published, but real ids are unique (D19, seed lines 3786/3804). The id may be
    the numeric id or the login, as documented for this call (D7, seed line 3758).
    An unknown sub-account answers `404` (D16).

    Args:
        subaccount_id (str):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseList]
    """

    kwargs = _get_kwargs(
        subaccount_id=subaccount_id,
        page_number=page_number,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subaccount_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Error | PurchaseList | None:
    """List a sub-account's purchases

     Returns one page of the purchases made for a sub-account; the caller must be a
    superaccount. Here the paging fields follow the `purchases` array (D13, seed lines
    3819-3821). `create-time` is a `yyyyMMddHHmmss` string (D11, seed line 3785).
    In the documented sample both purchases carry `id_purchase` 20; the sample is kept
    as published, but real ids are unique (D19, seed lines 3786/3804). The id may be
    the numeric id or the login, as documented for this call (D7, seed line 3758).
    An unknown sub-account answers `404` (D16).

    Args:
        subaccount_id (str):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PurchaseList
    """

    return (
        await asyncio_detailed(
            subaccount_id=subaccount_id,
            client=client,
            page_number=page_number,
            page_size=page_size,
        )
    ).parsed
