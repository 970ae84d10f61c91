from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_move_request import CreditMoveRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    subaccount_id: str,
    *,
    body: CreditMoveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subaccount/{subaccount_id}/credit".format(
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
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

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
    body: CreditMoveRequest,
) -> Response[Any | Error]:
    """Move credits between the superaccount and a sub-account

     Transfers credits of one or more message types between the superaccount and a
    sub-account; `super-to-sub` gives the direction of each entry. The sub-account
    must hold its own credits, i.e. have `credit-eat-mode` 0 or 2; otherwise, or when
    the giving side lacks credits, the answer is `400` (D15, seed line 2989).
    Message types in requests are `N`, `L` or `LL` (D10, seed line 3012); `amount` is
    required and at least 1, and the list must not be empty (D28, seed line 3013).
    Success is `201` with an empty body and a `Location` header pointing to the
    credit URL of the sub-account (D8, seed lines 3019/3063). The documentation types
    the id as Int; this spec also accepts the login (D7, seed line 3006).

    Args:
        subaccount_id (str):
        body (CreditMoveRequest): Body of moveSubaccountCredits; the list must not be empty (D28).

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
    body: CreditMoveRequest,
) -> Any | Error | None:
    """Move credits between the superaccount and a sub-account

     Transfers credits of one or more message types between the superaccount and a
    sub-account; `super-to-sub` gives the direction of each entry. The sub-account
    must hold its own credits, i.e. have `credit-eat-mode` 0 or 2; otherwise, or when
    the giving side lacks credits, the answer is `400` (D15, seed line 2989).
    Message types in requests are `N`, `L` or `LL` (D10, seed line 3012); `amount` is
    required and at least 1, and the list must not be empty (D28, seed line 3013).
    Success is `201` with an empty body and a `Location` header pointing to the
    credit URL of the sub-account (D8, seed lines 3019/3063). The documentation types
    the id as Int; this spec also accepts the login (D7, seed line 3006).

    Args:
        subaccount_id (str):
        body (CreditMoveRequest): Body of moveSubaccountCredits; the list must not be empty (D28).

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
    body: CreditMoveRequest,
) -> Response[Any | Error]:
    """Move credits between the superaccount and a sub-account

     Transfers credits of one or more message types between the superaccount and a
    sub-account; `super-to-sub` gives the direction of each entry. The sub-account
    must hold its own credits, i.e. have `credit-eat-mode` 0 or 2; otherwise, or when
    the giving side lacks credits, the answer is `400` (D15, seed line 2989).
    Message types in requests are `N`, `L` or `LL` (D10, seed line 3012); `amount` is
    required and at least 1, and the list must not be empty (D28, seed line 3013).
    Success is `201` with an empty body and a `Location` header pointing to the
    credit URL of the sub-account (D8, seed lines 3019/3063). The documentation types
    the id as Int; this spec also accepts the login (D7, seed line 3006).

    Args:
        subaccount_id (str):
        body (CreditMoveRequest): Body of moveSubaccountCredits; the list must not be empty (D28).

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
    body: CreditMoveRequest,
) -> Any | Error | None:
    """Move credits between the superaccount and a sub-account

     Transfers credits of one or more message types between the superaccount and a
    sub-account; `super-to-sub` gives the direction of each entry. The sub-account
    must hold its own credits, i.e. have `credit-eat-mode` 0 or 2; otherwise, or when
    the giving side lacks credits, the answer is `400` (D15, seed line 2989).
    Message types in requests are `N`, `L` or `LL` (D10, seed line 3012); `amount` is
    required and at least 1, and the list must not be empty (D28, seed line 3013).
    Success is `201` with an empty body and a `Location` header pointing to the
    credit URL of the sub-account (D8, seed lines 3019/3063). The documentation types
    the id as Int; this spec also accepts the login (D7, seed line 3006).

    Args:
        subaccount_id (str):
        body (CreditMoveRequest): Body of moveSubaccountCredits; the list must not be empty (D28).

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
