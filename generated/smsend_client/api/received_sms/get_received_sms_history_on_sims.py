from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.received_sms_page import ReceivedSmsPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id_sim: str,
    *,
    from_: str,
    to: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["timezone"] = timezone

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/srsmshistory/{id_sim}".format(
            id_sim=quote(str(id_sim), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReceivedSmsPage | None:
    if response.status_code == 200:
        response_200 = ReceivedSmsPage.from_dict(response.json())

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
) -> Response[Error | ReceivedSmsPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id_sim: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[Error | ReceivedSmsPage]:
    """Page through the SMS received in a time range, given SIMs

     Like getReceivedSmsHistory, for the SIMs named in the path (S32).

    Args:
        id_sim (str):
        from_ (str):
        to (str | Unset):
        timezone (str | Unset):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReceivedSmsPage]
    """

    kwargs = _get_kwargs(
        id_sim=id_sim,
        from_=from_,
        to=to,
        timezone=timezone,
        page_number=page_number,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id_sim: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Error | ReceivedSmsPage | None:
    """Page through the SMS received in a time range, given SIMs

     Like getReceivedSmsHistory, for the SIMs named in the path (S32).

    Args:
        id_sim (str):
        from_ (str):
        to (str | Unset):
        timezone (str | Unset):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReceivedSmsPage
    """

    return sync_detailed(
        id_sim=id_sim,
        client=client,
        from_=from_,
        to=to,
        timezone=timezone,
        page_number=page_number,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    id_sim: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[Error | ReceivedSmsPage]:
    """Page through the SMS received in a time range, given SIMs

     Like getReceivedSmsHistory, for the SIMs named in the path (S32).

    Args:
        id_sim (str):
        from_ (str):
        to (str | Unset):
        timezone (str | Unset):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReceivedSmsPage]
    """

    kwargs = _get_kwargs(
        id_sim=id_sim,
        from_=from_,
        to=to,
        timezone=timezone,
        page_number=page_number,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id_sim: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Error | ReceivedSmsPage | None:
    """Page through the SMS received in a time range, given SIMs

     Like getReceivedSmsHistory, for the SIMs named in the path (S32).

    Args:
        id_sim (str):
        from_ (str):
        to (str | Unset):
        timezone (str | Unset):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReceivedSmsPage
    """

    return (
        await asyncio_detailed(
            id_sim=id_sim,
            client=client,
            from_=from_,
            to=to,
            timezone=timezone,
            page_number=page_number,
            page_size=page_size,
        )
    ).parsed
