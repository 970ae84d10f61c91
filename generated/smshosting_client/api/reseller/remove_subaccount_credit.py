from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    account_id: int | str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/reseller/subuser/{account_id}/credit/remove".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

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
) -> Response[Any | Error]:
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
) -> Response[Any | Error]:
    """Take a sub-account's credit back

     Sets the credit of a sub-account to zero and moves it back to the reseller account.
    The call takes no body fields. The vendor documents no success body (no example,
    empty response table), so none is declared: read the raw body if you need it.

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
        Response[Any | Error]
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
) -> Any | Error | None:
    """Take a sub-account's credit back

     Sets the credit of a sub-account to zero and moves it back to the reseller account.
    The call takes no body fields. The vendor documents no success body (no example,
    empty response table), so none is declared: read the raw body if you need it.

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
        Any | Error
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: int | str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Take a sub-account's credit back

     Sets the credit of a sub-account to zero and moves it back to the reseller account.
    The call takes no body fields. The vendor documents no success body (no example,
    empty response table), so none is declared: read the raw body if you need it.

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
        Response[Any | Error]
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
) -> Any | Error | None:
    """Take a sub-account's credit back

     Sets the credit of a sub-account to zero and moves it back to the reseller account.
    The call takes no body fields. The vendor documents no success body (no example,
    empty response table), so none is declared: read the raw body if you need it.

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
        Any | Error
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
        )
    ).parsed
