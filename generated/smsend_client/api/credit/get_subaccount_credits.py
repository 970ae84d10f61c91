from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_balance_list import CreditBalanceList
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    subaccount_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subaccount/{subaccount_id}/credit".format(
            subaccount_id=quote(str(subaccount_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditBalanceList | Error | None:
    if response.status_code == 200:
        response_200 = CreditBalanceList.from_dict(response.json())

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
) -> Response[CreditBalanceList | Error]:
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
) -> Response[CreditBalanceList | Error]:
    """Get a sub-account's available credits

     Returns the credits available to a sub-account, one entry per message type, in
    the shape `{message-type, amount}` (which differs from the `{id, qty}` entries
    inside a sub-account object, D10, seed lines 3421-3428). The response may list
    more message types than the three accepted in requests, so `message-type` is a
    plain string here (D10). The id may be the numeric id or the login, as documented
    for this call (D7, seed line 3401). An unknown sub-account answers `404` (D16).

    Args:
        subaccount_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditBalanceList | Error]
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
) -> CreditBalanceList | Error | None:
    """Get a sub-account's available credits

     Returns the credits available to a sub-account, one entry per message type, in
    the shape `{message-type, amount}` (which differs from the `{id, qty}` entries
    inside a sub-account object, D10, seed lines 3421-3428). The response may list
    more message types than the three accepted in requests, so `message-type` is a
    plain string here (D10). The id may be the numeric id or the login, as documented
    for this call (D7, seed line 3401). An unknown sub-account answers `404` (D16).

    Args:
        subaccount_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditBalanceList | Error
    """

    return sync_detailed(
        subaccount_id=subaccount_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    subaccount_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CreditBalanceList | Error]:
    """Get a sub-account's available credits

     Returns the credits available to a sub-account, one entry per message type, in
    the shape `{message-type, amount}` (which differs from the `{id, qty}` entries
    inside a sub-account object, D10, seed lines 3421-3428). The response may list
    more message types than the three accepted in requests, so `message-type` is a
    plain string here (D10). The id may be the numeric id or the login, as documented
    for this call (D7, seed line 3401). An unknown sub-account answers `404` (D16).

    Args:
        subaccount_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditBalanceList | Error]
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
) -> CreditBalanceList | Error | None:
    """Get a sub-account's available credits

     Returns the credits available to a sub-account, one entry per message type, in
    the shape `{message-type, amount}` (which differs from the `{id, qty}` entries
    inside a sub-account object, D10, seed lines 3421-3428). The response may list
    more message types than the three accepted in requests, so `message-type` is a
    plain string here (D10). The id may be the numeric id or the login, as documented
    for this call (D7, seed line 3401). An unknown sub-account answers `404` (D16).

    Args:
        subaccount_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditBalanceList | Error
    """

    return (
        await asyncio_detailed(
            subaccount_id=subaccount_id,
            client=client,
        )
    ).parsed
