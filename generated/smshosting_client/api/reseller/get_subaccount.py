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
    account_id: int | str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reseller/subuser/{account_id}".format(
            account_id=quote(str(account_id), safe=""),
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
) -> Response[Error | Subaccount]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int | str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Subaccount]:
    """Get a sub-account

     Returns one sub-account of the calling reseller, including its API credentials. An
    unknown id is reported as `400 SUBUSER_NOT_EXISTS`, not as 404.

    Args:
        account_id (int | str): A numeric id that the gateway may send either as a JSON number or
            as a string of digits. The saved examples and the official clients disagree on the JSON
            type of several ids (decision S24), so responses accept both; compare ids as text
            (`str(value)`). Request parameters that take such an id back accept both forms too (on the
            wire they are the same text). Ids are never negative (S23). Example: 3119906.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Subaccount]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int | str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Subaccount | None:
    """Get a sub-account

     Returns one sub-account of the calling reseller, including its API credentials. An
    unknown id is reported as `400 SUBUSER_NOT_EXISTS`, not as 404.

    Args:
        account_id (int | str): A numeric id that the gateway may send either as a JSON number or
            as a string of digits. The saved examples and the official clients disagree on the JSON
            type of several ids (decision S24), so responses accept both; compare ids as text
            (`str(value)`). Request parameters that take such an id back accept both forms too (on the
            wire they are the same text). Ids are never negative (S23). Example: 3119906.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Subaccount
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: int | str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Subaccount]:
    """Get a sub-account

     Returns one sub-account of the calling reseller, including its API credentials. An
    unknown id is reported as `400 SUBUSER_NOT_EXISTS`, not as 404.

    Args:
        account_id (int | str): A numeric id that the gateway may send either as a JSON number or
            as a string of digits. The saved examples and the official clients disagree on the JSON
            type of several ids (decision S24), so responses accept both; compare ids as text
            (`str(value)`). Request parameters that take such an id back accept both forms too (on the
            wire they are the same text). Ids are never negative (S23). Example: 3119906.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Subaccount]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int | str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Subaccount | None:
    """Get a sub-account

     Returns one sub-account of the calling reseller, including its API credentials. An
    unknown id is reported as `400 SUBUSER_NOT_EXISTS`, not as 404.

    Args:
        account_id (int | str): A numeric id that the gateway may send either as a JSON number or
            as a string of digits. The saved examples and the official clients disagree on the JSON
            type of several ids (decision S24), so responses accept both; compare ids as text
            (`str(value)`). Request parameters that take such an id back accept both forms too (on the
            wire they are the same text). Ids are never negative (S23). Example: 3119906.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Subaccount
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
        )
    ).parsed
