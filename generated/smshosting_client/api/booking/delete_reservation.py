from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    calendar_id: int,
    reservation_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/booking/calendar/{calendar_id}/reservation/{reservation_id}".format(
            calendar_id=quote(str(calendar_id), safe=""),
            reservation_id=quote(str(reservation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
    calendar_id: int,
    reservation_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Delete a reservation (beta)

     **Beta:** the vendor marks the booking calls as beta; shapes and behaviour may change.

    Deletes a reservation from the calendar.

    Success: the vendor table says 200, the saved sample answers 204; both are declared,
    neither with a body.

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED`, `BAD_STATUS` (already deleted),
    `BAD_CALENDAR_ID`, `BAD_TASK_ID` (malformed ids); 404 `RESERVATION_NOT_FOUND`.

    Args:
        calendar_id (int):
        reservation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        calendar_id=calendar_id,
        reservation_id=reservation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    calendar_id: int,
    reservation_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Delete a reservation (beta)

     **Beta:** the vendor marks the booking calls as beta; shapes and behaviour may change.

    Deletes a reservation from the calendar.

    Success: the vendor table says 200, the saved sample answers 204; both are declared,
    neither with a body.

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED`, `BAD_STATUS` (already deleted),
    `BAD_CALENDAR_ID`, `BAD_TASK_ID` (malformed ids); 404 `RESERVATION_NOT_FOUND`.

    Args:
        calendar_id (int):
        reservation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        calendar_id=calendar_id,
        reservation_id=reservation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    calendar_id: int,
    reservation_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Delete a reservation (beta)

     **Beta:** the vendor marks the booking calls as beta; shapes and behaviour may change.

    Deletes a reservation from the calendar.

    Success: the vendor table says 200, the saved sample answers 204; both are declared,
    neither with a body.

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED`, `BAD_STATUS` (already deleted),
    `BAD_CALENDAR_ID`, `BAD_TASK_ID` (malformed ids); 404 `RESERVATION_NOT_FOUND`.

    Args:
        calendar_id (int):
        reservation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        calendar_id=calendar_id,
        reservation_id=reservation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    calendar_id: int,
    reservation_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Delete a reservation (beta)

     **Beta:** the vendor marks the booking calls as beta; shapes and behaviour may change.

    Deletes a reservation from the calendar.

    Success: the vendor table says 200, the saved sample answers 204; both are declared,
    neither with a body.

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED`, `BAD_STATUS` (already deleted),
    `BAD_CALENDAR_ID`, `BAD_TASK_ID` (malformed ids); 404 `RESERVATION_NOT_FOUND`.

    Args:
        calendar_id (int):
        reservation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            calendar_id=calendar_id,
            reservation_id=reservation_id,
            client=client,
        )
    ).parsed
