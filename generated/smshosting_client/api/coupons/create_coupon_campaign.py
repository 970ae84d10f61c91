from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coupon_campaign import CouponCampaign
from ...models.coupon_campaign_input import CouponCampaignInput
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: CouponCampaignInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/digitalcoupon/campaign",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CouponCampaign | Error | None:
    if response.status_code == 200:
        response_200 = CouponCampaign.from_dict(response.json())

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
) -> Response[CouponCampaign | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CouponCampaignInput,
) -> Response[CouponCampaign | Error]:
    """Create a coupon campaign

     Creates a coupon campaign. A fixed campaign (`couponType` = `F`) has one code shared by all
    customers, given in `couponCode`; a dynamic campaign (`D`) gets its codes later from
    `createCoupon`. Note the naming gap: the request says `title`/`couponType`, the answer
    says `name`/`type`, and the answer does not repeat the code.

    `startDate` and `endDate` are marked optional by the vendor, yet the error list has
    `MISSING_START_DATE` and `MISSING_END_DATE`; they are kept optional here, and a server may
    reject a request without them.

    Errors (`errorMsg`): 400 `BAD_NAME` (title missing or longer than 100 characters),
    `MISSING_TYPE`, `BAD_TYPE` (campaign kind missing or not `F`/`D`), `BAD_CODE` (fixed code
    not 6-32 characters long), `MISSING_START_DATE`, `MISSING_END_DATE`, `BAD_DATE` (date
    malformed), `DUPLICATE_CODE` (fixed code already used), `PLAN_NOT_ENABLED`.

    Args:
        body (CouponCampaignInput): Form fields of `createCouponCampaign`. A fixed (`F`) campaign
            needs its `couponCode` (stated as `anyOf`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CouponCampaign | Error]
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
    body: CouponCampaignInput,
) -> CouponCampaign | Error | None:
    """Create a coupon campaign

     Creates a coupon campaign. A fixed campaign (`couponType` = `F`) has one code shared by all
    customers, given in `couponCode`; a dynamic campaign (`D`) gets its codes later from
    `createCoupon`. Note the naming gap: the request says `title`/`couponType`, the answer
    says `name`/`type`, and the answer does not repeat the code.

    `startDate` and `endDate` are marked optional by the vendor, yet the error list has
    `MISSING_START_DATE` and `MISSING_END_DATE`; they are kept optional here, and a server may
    reject a request without them.

    Errors (`errorMsg`): 400 `BAD_NAME` (title missing or longer than 100 characters),
    `MISSING_TYPE`, `BAD_TYPE` (campaign kind missing or not `F`/`D`), `BAD_CODE` (fixed code
    not 6-32 characters long), `MISSING_START_DATE`, `MISSING_END_DATE`, `BAD_DATE` (date
    malformed), `DUPLICATE_CODE` (fixed code already used), `PLAN_NOT_ENABLED`.

    Args:
        body (CouponCampaignInput): Form fields of `createCouponCampaign`. A fixed (`F`) campaign
            needs its `couponCode` (stated as `anyOf`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CouponCampaign | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CouponCampaignInput,
) -> Response[CouponCampaign | Error]:
    """Create a coupon campaign

     Creates a coupon campaign. A fixed campaign (`couponType` = `F`) has one code shared by all
    customers, given in `couponCode`; a dynamic campaign (`D`) gets its codes later from
    `createCoupon`. Note the naming gap: the request says `title`/`couponType`, the answer
    says `name`/`type`, and the answer does not repeat the code.

    `startDate` and `endDate` are marked optional by the vendor, yet the error list has
    `MISSING_START_DATE` and `MISSING_END_DATE`; they are kept optional here, and a server may
    reject a request without them.

    Errors (`errorMsg`): 400 `BAD_NAME` (title missing or longer than 100 characters),
    `MISSING_TYPE`, `BAD_TYPE` (campaign kind missing or not `F`/`D`), `BAD_CODE` (fixed code
    not 6-32 characters long), `MISSING_START_DATE`, `MISSING_END_DATE`, `BAD_DATE` (date
    malformed), `DUPLICATE_CODE` (fixed code already used), `PLAN_NOT_ENABLED`.

    Args:
        body (CouponCampaignInput): Form fields of `createCouponCampaign`. A fixed (`F`) campaign
            needs its `couponCode` (stated as `anyOf`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CouponCampaign | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CouponCampaignInput,
) -> CouponCampaign | Error | None:
    """Create a coupon campaign

     Creates a coupon campaign. A fixed campaign (`couponType` = `F`) has one code shared by all
    customers, given in `couponCode`; a dynamic campaign (`D`) gets its codes later from
    `createCoupon`. Note the naming gap: the request says `title`/`couponType`, the answer
    says `name`/`type`, and the answer does not repeat the code.

    `startDate` and `endDate` are marked optional by the vendor, yet the error list has
    `MISSING_START_DATE` and `MISSING_END_DATE`; they are kept optional here, and a server may
    reject a request without them.

    Errors (`errorMsg`): 400 `BAD_NAME` (title missing or longer than 100 characters),
    `MISSING_TYPE`, `BAD_TYPE` (campaign kind missing or not `F`/`D`), `BAD_CODE` (fixed code
    not 6-32 characters long), `MISSING_START_DATE`, `MISSING_END_DATE`, `BAD_DATE` (date
    malformed), `DUPLICATE_CODE` (fixed code already used), `PLAN_NOT_ENABLED`.

    Args:
        body (CouponCampaignInput): Form fields of `createCouponCampaign`. A fixed (`F`) campaign
            needs its `couponCode` (stated as `anyOf`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CouponCampaign | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
