from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_lists import EmailLists
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    statuses: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["statuses"] = statuses

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailLists | Error | None:
    if response.status_code == 200:
        response_200 = EmailLists.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[EmailLists | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    statuses: str | Unset = UNSET,
) -> Response[EmailLists | Error]:
    """List the e-mail lists by status

     The caller's lists whose status is one of `statuses` (only `ACTIVE` when omitted).
    The vendor documents `204` for this answer, which cannot carry the list; this spec
    declares `200` with a body (S35).

    Args:
        statuses (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailLists | Error]
    """

    kwargs = _get_kwargs(
        statuses=statuses,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    statuses: str | Unset = UNSET,
) -> EmailLists | Error | None:
    """List the e-mail lists by status

     The caller's lists whose status is one of `statuses` (only `ACTIVE` when omitted).
    The vendor documents `204` for this answer, which cannot carry the list; this spec
    declares `200` with a body (S35).

    Args:
        statuses (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailLists | Error
    """

    return sync_detailed(
        client=client,
        statuses=statuses,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    statuses: str | Unset = UNSET,
) -> Response[EmailLists | Error]:
    """List the e-mail lists by status

     The caller's lists whose status is one of `statuses` (only `ACTIVE` when omitted).
    The vendor documents `204` for this answer, which cannot carry the list; this spec
    declares `200` with a body (S35).

    Args:
        statuses (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailLists | Error]
    """

    kwargs = _get_kwargs(
        statuses=statuses,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    statuses: str | Unset = UNSET,
) -> EmailLists | Error | None:
    """List the e-mail lists by status

     The caller's lists whose status is one of `statuses` (only `ACTIVE` when omitted).
    The vendor documents `204` for this answer, which cannot carry the list; this spec
    declares `200` with a body (S35).

    Args:
        statuses (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailLists | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            statuses=statuses,
        )
    ).parsed
