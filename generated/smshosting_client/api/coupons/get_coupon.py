from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coupon import Coupon
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    coupon_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/digitalcoupon/coupon/{coupon_code}".format(
            coupon_code=quote(str(coupon_code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Coupon | Error | None:
    if response.status_code == 200:
        response_200 = Coupon.from_dict(response.json())

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
) -> Response[Coupon | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    coupon_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Coupon | Error]:
    """Get a coupon

     Returns one coupon with the number of times it has been used.

    Success: the saved sample has no status code; 200 is assumed.

    Errors: 404 when no coupon has this code; 400 `PLAN_NOT_ENABLED`.

    Args:
        coupon_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Coupon | Error]
    """

    kwargs = _get_kwargs(
        coupon_code=coupon_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    coupon_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Coupon | Error | None:
    """Get a coupon

     Returns one coupon with the number of times it has been used.

    Success: the saved sample has no status code; 200 is assumed.

    Errors: 404 when no coupon has this code; 400 `PLAN_NOT_ENABLED`.

    Args:
        coupon_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Coupon | Error
    """

    return sync_detailed(
        coupon_code=coupon_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    coupon_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Coupon | Error]:
    """Get a coupon

     Returns one coupon with the number of times it has been used.

    Success: the saved sample has no status code; 200 is assumed.

    Errors: 404 when no coupon has this code; 400 `PLAN_NOT_ENABLED`.

    Args:
        coupon_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Coupon | Error]
    """

    kwargs = _get_kwargs(
        coupon_code=coupon_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    coupon_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Coupon | Error | None:
    """Get a coupon

     Returns one coupon with the number of times it has been used.

    Success: the saved sample has no status code; 200 is assumed.

    Errors: 404 when no coupon has this code; 400 `PLAN_NOT_ENABLED`.

    Args:
        coupon_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Coupon | Error
    """

    return (
        await asyncio_detailed(
            coupon_code=coupon_code,
            client=client,
        )
    ).parsed
