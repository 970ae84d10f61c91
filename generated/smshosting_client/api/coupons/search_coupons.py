from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coupon_page import CouponPage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    campaign_id: int | Unset = UNSET,
    coupon_code: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["campaignId"] = campaign_id

    params["couponCode"] = coupon_code

    params["offset"] = offset

    params["limit"] = limit

    params["fromDate"] = from_date

    params["toDate"] = to_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/digitalcoupon/coupon/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CouponPage | Error | None:
    if response.status_code == 200:
        response_200 = CouponPage.from_dict(response.json())

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
) -> Response[CouponPage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int | Unset = UNSET,
    coupon_code: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
) -> Response[CouponPage | Error]:
    """Search coupons

     Finds coupons by campaign, by code or by creation date, paged with `offset`/`limit` (with
    `metadata`). All filters are optional.

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED` (plan does not include digital coupons).

    Args:
        campaign_id (int | Unset):
        coupon_code (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        from_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        to_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CouponPage | Error]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        coupon_code=coupon_code,
        offset=offset,
        limit=limit,
        from_date=from_date,
        to_date=to_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int | Unset = UNSET,
    coupon_code: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
) -> CouponPage | Error | None:
    """Search coupons

     Finds coupons by campaign, by code or by creation date, paged with `offset`/`limit` (with
    `metadata`). All filters are optional.

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED` (plan does not include digital coupons).

    Args:
        campaign_id (int | Unset):
        coupon_code (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        from_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        to_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CouponPage | Error
    """

    return sync_detailed(
        client=client,
        campaign_id=campaign_id,
        coupon_code=coupon_code,
        offset=offset,
        limit=limit,
        from_date=from_date,
        to_date=to_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int | Unset = UNSET,
    coupon_code: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
) -> Response[CouponPage | Error]:
    """Search coupons

     Finds coupons by campaign, by code or by creation date, paged with `offset`/`limit` (with
    `metadata`). All filters are optional.

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED` (plan does not include digital coupons).

    Args:
        campaign_id (int | Unset):
        coupon_code (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        from_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        to_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CouponPage | Error]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        coupon_code=coupon_code,
        offset=offset,
        limit=limit,
        from_date=from_date,
        to_date=to_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int | Unset = UNSET,
    coupon_code: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
) -> CouponPage | Error | None:
    """Search coupons

     Finds coupons by campaign, by code or by creation date, paged with `offset`/`limit` (with
    `metadata`). All filters are optional.

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED` (plan does not include digital coupons).

    Args:
        campaign_id (int | Unset):
        coupon_code (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        from_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        to_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CouponPage | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign_id=campaign_id,
            coupon_code=coupon_code,
            offset=offset,
            limit=limit,
            from_date=from_date,
            to_date=to_date,
        )
    ).parsed
