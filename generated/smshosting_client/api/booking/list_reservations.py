from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_reservations_status import (
    ListReservationsStatus,
)
from ...models.reservation_page import ReservationPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    calendar_id: int,
    *,
    task_id: int | Unset = UNSET,
    status: ListReservationsStatus | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["taskId"] = task_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["fromDate"] = from_date

    params["toDate"] = to_date

    params["offset"] = offset

    params["limit"] = limit

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/booking/calendar/{calendar_id}/reservation".format(
            calendar_id=quote(str(calendar_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReservationPage | None:
    if response.status_code == 200:
        response_200 = ReservationPage.from_dict(response.json())

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
) -> Response[Error | ReservationPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    calendar_id: int,
    *,
    client: AuthenticatedClient | Client,
    task_id: int | Unset = UNSET,
    status: ListReservationsStatus | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    query: str | Unset = UNSET,
) -> Response[Error | ReservationPage]:
    """List the reservations of a calendar (beta)

     **Beta:** the vendor marks the booking calls as beta; shapes and behaviour may change.

    Returns the reservations of one calendar, paged with `offset`/`limit` (with `metadata`),
    optionally filtered by task, status, start time and the contact's name.

    Errors (`errorMsg`): 404 `CALENDAR_NOT_FOUND`; 400 `PLAN_NOT_ENABLED`.

    Args:
        calendar_id (int):
        task_id (int | Unset):
        status (ListReservationsStatus | Unset):
        from_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        to_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReservationPage]
    """

    kwargs = _get_kwargs(
        calendar_id=calendar_id,
        task_id=task_id,
        status=status,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    calendar_id: int,
    *,
    client: AuthenticatedClient | Client,
    task_id: int | Unset = UNSET,
    status: ListReservationsStatus | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    query: str | Unset = UNSET,
) -> Error | ReservationPage | None:
    """List the reservations of a calendar (beta)

     **Beta:** the vendor marks the booking calls as beta; shapes and behaviour may change.

    Returns the reservations of one calendar, paged with `offset`/`limit` (with `metadata`),
    optionally filtered by task, status, start time and the contact's name.

    Errors (`errorMsg`): 404 `CALENDAR_NOT_FOUND`; 400 `PLAN_NOT_ENABLED`.

    Args:
        calendar_id (int):
        task_id (int | Unset):
        status (ListReservationsStatus | Unset):
        from_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        to_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReservationPage
    """

    return sync_detailed(
        calendar_id=calendar_id,
        client=client,
        task_id=task_id,
        status=status,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
        query=query,
    ).parsed


async def asyncio_detailed(
    calendar_id: int,
    *,
    client: AuthenticatedClient | Client,
    task_id: int | Unset = UNSET,
    status: ListReservationsStatus | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    query: str | Unset = UNSET,
) -> Response[Error | ReservationPage]:
    """List the reservations of a calendar (beta)

     **Beta:** the vendor marks the booking calls as beta; shapes and behaviour may change.

    Returns the reservations of one calendar, paged with `offset`/`limit` (with `metadata`),
    optionally filtered by task, status, start time and the contact's name.

    Errors (`errorMsg`): 404 `CALENDAR_NOT_FOUND`; 400 `PLAN_NOT_ENABLED`.

    Args:
        calendar_id (int):
        task_id (int | Unset):
        status (ListReservationsStatus | Unset):
        from_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        to_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReservationPage]
    """

    kwargs = _get_kwargs(
        calendar_id=calendar_id,
        task_id=task_id,
        status=status,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    calendar_id: int,
    *,
    client: AuthenticatedClient | Client,
    task_id: int | Unset = UNSET,
    status: ListReservationsStatus | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    query: str | Unset = UNSET,
) -> Error | ReservationPage | None:
    """List the reservations of a calendar (beta)

     **Beta:** the vendor marks the booking calls as beta; shapes and behaviour may change.

    Returns the reservations of one calendar, paged with `offset`/`limit` (with `metadata`),
    optionally filtered by task, status, start time and the contact's name.

    Errors (`errorMsg`): 404 `CALENDAR_NOT_FOUND`; 400 `PLAN_NOT_ENABLED`.

    Args:
        calendar_id (int):
        task_id (int | Unset):
        status (ListReservationsStatus | Unset):
        from_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        to_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReservationPage
    """

    return (
        await asyncio_detailed(
            calendar_id=calendar_id,
            client=client,
            task_id=task_id,
            status=status,
            from_date=from_date,
            to_date=to_date,
            offset=offset,
            limit=limit,
            query=query,
        )
    ).parsed
