from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.purchase_request import PurchaseRequest
from ...types import Response


def _get_kwargs(
    subaccount_id: str,
    *,
    body: PurchaseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subaccount/{subaccount_id}/purchase".format(
            subaccount_id=quote(str(subaccount_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    subaccount_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseRequest,
) -> Response[Any | Error]:
    """Create purchases for a sub-account

     Creates one or more purchases for a sub-account whose `credit-eat-mode` is 2
    (otherwise `400`, D15, seed line 4351); the caller must be a superaccount.
    The documentation's URL template says `{subaccount}`; this spec names the
    parameter `subaccount_id` like everywhere else (D6, seed lines 4363/4368).

    `price` is documented as a decimal number but described as the quantity of
    purchased credits; the list call later reports the same value as `amount`
    (D12, seed lines 4375/3784-3787). `super-to-sub` is sent by every sample but is
    missing from the field table; this spec requires it so that clients always state
    it (D12, seed line 4393).
    Success is `200` (not 201) with an empty body and a `Location` header pointing to
    the purchase URL of the sub-account (D8, seed lines 4382/4462).

    Args:
        subaccount_id (str):
        body (PurchaseRequest): Body of createSubaccountPurchases; lists must not be empty (D28).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        subaccount_id=subaccount_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subaccount_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseRequest,
) -> Any | Error | None:
    """Create purchases for a sub-account

     Creates one or more purchases for a sub-account whose `credit-eat-mode` is 2
    (otherwise `400`, D15, seed line 4351); the caller must be a superaccount.
    The documentation's URL template says `{subaccount}`; this spec names the
    parameter `subaccount_id` like everywhere else (D6, seed lines 4363/4368).

    `price` is documented as a decimal number but described as the quantity of
    purchased credits; the list call later reports the same value as `amount`
    (D12, seed lines 4375/3784-3787). `super-to-sub` is sent by every sample but is
    missing from the field table; this spec requires it so that clients always state
    it (D12, seed line 4393).
    Success is `200` (not 201) with an empty body and a `Location` header pointing to
    the purchase URL of the sub-account (D8, seed lines 4382/4462).

    Args:
        subaccount_id (str):
        body (PurchaseRequest): Body of createSubaccountPurchases; lists must not be empty (D28).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        subaccount_id=subaccount_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    subaccount_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseRequest,
) -> Response[Any | Error]:
    """Create purchases for a sub-account

     Creates one or more purchases for a sub-account whose `credit-eat-mode` is 2
    (otherwise `400`, D15, seed line 4351); the caller must be a superaccount.
    The documentation's URL template says `{subaccount}`; this spec names the
    parameter `subaccount_id` like everywhere else (D6, seed lines 4363/4368).

    `price` is documented as a decimal number but described as the quantity of
    purchased credits; the list call later reports the same value as `amount`
    (D12, seed lines 4375/3784-3787). `super-to-sub` is sent by every sample but is
    missing from the field table; this spec requires it so that clients always state
    it (D12, seed line 4393).
    Success is `200` (not 201) with an empty body and a `Location` header pointing to
    the purchase URL of the sub-account (D8, seed lines 4382/4462).

    Args:
        subaccount_id (str):
        body (PurchaseRequest): Body of createSubaccountPurchases; lists must not be empty (D28).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        subaccount_id=subaccount_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subaccount_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseRequest,
) -> Any | Error | None:
    """Create purchases for a sub-account

     Creates one or more purchases for a sub-account whose `credit-eat-mode` is 2
    (otherwise `400`, D15, seed line 4351); the caller must be a superaccount.
    The documentation's URL template says `{subaccount}`; this spec names the
    parameter `subaccount_id` like everywhere else (D6, seed lines 4363/4368).

    `price` is documented as a decimal number but described as the quantity of
    purchased credits; the list call later reports the same value as `amount`
    (D12, seed lines 4375/3784-3787). `super-to-sub` is sent by every sample but is
    missing from the field table; this spec requires it so that clients always state
    it (D12, seed line 4393).
    Success is `200` (not 201) with an empty body and a `Location` header pointing to
    the purchase URL of the sub-account (D8, seed lines 4382/4462).

    Args:
        subaccount_id (str):
        body (PurchaseRequest): Body of createSubaccountPurchases; lists must not be empty (D28).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            subaccount_id=subaccount_id,
            client=client,
            body=body,
        )
    ).parsed
