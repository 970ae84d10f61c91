from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.fidelity_card_page import FidelityCardPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    fidelity_id: int,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["fromDate"] = from_date

    params["toDate"] = to_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fidelity/{fidelity_id}/card/list".format(
            fidelity_id=quote(str(fidelity_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FidelityCardPage | None:
    if response.status_code == 200:
        response_200 = FidelityCardPage.from_dict(response.json())

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
) -> Response[Error | FidelityCardPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fidelity_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
) -> Response[Error | FidelityCardPage]:
    """List the cards of a fidelity programme

     Returns the cards issued in one programme, paged with `offset`/`limit` (with `metadata`),
    optionally limited to cards activated between `fromDate` and `toDate`.

    Errors (`errorMsg`): 400 `BAD_DATE` (a date filter is malformed), `PLAN_NOT_ENABLED`
    (plan does not include fidelity cards). An unknown programme id is not documented; it is
    assumed to give 400 `BAD_FIDELITY`, as the write calls of this area do.

    Args:
        fidelity_id (int):
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
        Response[Error | FidelityCardPage]
    """

    kwargs = _get_kwargs(
        fidelity_id=fidelity_id,
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
    fidelity_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
) -> Error | FidelityCardPage | None:
    """List the cards of a fidelity programme

     Returns the cards issued in one programme, paged with `offset`/`limit` (with `metadata`),
    optionally limited to cards activated between `fromDate` and `toDate`.

    Errors (`errorMsg`): 400 `BAD_DATE` (a date filter is malformed), `PLAN_NOT_ENABLED`
    (plan does not include fidelity cards). An unknown programme id is not documented; it is
    assumed to give 400 `BAD_FIDELITY`, as the write calls of this area do.

    Args:
        fidelity_id (int):
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
        Error | FidelityCardPage
    """

    return sync_detailed(
        fidelity_id=fidelity_id,
        client=client,
        offset=offset,
        limit=limit,
        from_date=from_date,
        to_date=to_date,
    ).parsed


async def asyncio_detailed(
    fidelity_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
) -> Response[Error | FidelityCardPage]:
    """List the cards of a fidelity programme

     Returns the cards issued in one programme, paged with `offset`/`limit` (with `metadata`),
    optionally limited to cards activated between `fromDate` and `toDate`.

    Errors (`errorMsg`): 400 `BAD_DATE` (a date filter is malformed), `PLAN_NOT_ENABLED`
    (plan does not include fidelity cards). An unknown programme id is not documented; it is
    assumed to give 400 `BAD_FIDELITY`, as the write calls of this area do.

    Args:
        fidelity_id (int):
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
        Response[Error | FidelityCardPage]
    """

    kwargs = _get_kwargs(
        fidelity_id=fidelity_id,
        offset=offset,
        limit=limit,
        from_date=from_date,
        to_date=to_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fidelity_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
) -> Error | FidelityCardPage | None:
    """List the cards of a fidelity programme

     Returns the cards issued in one programme, paged with `offset`/`limit` (with `metadata`),
    optionally limited to cards activated between `fromDate` and `toDate`.

    Errors (`errorMsg`): 400 `BAD_DATE` (a date filter is malformed), `PLAN_NOT_ENABLED`
    (plan does not include fidelity cards). An unknown programme id is not documented; it is
    assumed to give 400 `BAD_FIDELITY`, as the write calls of this area do.

    Args:
        fidelity_id (int):
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
        Error | FidelityCardPage
    """

    return (
        await asyncio_detailed(
            fidelity_id=fidelity_id,
            client=client,
            offset=offset,
            limit=limit,
            from_date=from_date,
            to_date=to_date,
        )
    ).parsed
