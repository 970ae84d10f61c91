from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.reservation import Reservation
from ...models.reservation_create_input import ReservationCreateInput
from ...types import Response


def _get_kwargs(
    calendar_id: int,
    *,
    body: ReservationCreateInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/booking/calendar/{calendar_id}/reservation".format(
            calendar_id=quote(str(calendar_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Reservation | None:
    if response.status_code == 200:
        response_200 = Reservation.from_dict(response.json())

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
) -> Response[Error | Reservation]:
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
    body: ReservationCreateInput,
) -> Response[Error | Reservation]:
    """Book a service (beta)

     **Beta:** the vendor marks the booking calls as beta; shapes and behaviour may change.

    Books a service (task) of a calendar for a contact, starting at `date`. Without `status`
    the confirmation policy configured for the calendar in the web panel applies. Note the
    naming gap: the request says `taskId`/`date`, the answer says `task`/`start`/`end`.

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED`, `BAD_STATUS` (status not allowed),
    `BAD_DATE` (start malformed or inconsistent), `BAD_CONTACT` (unknown contact),
    `LIMIT_REACHED` (the plan's reservation allowance is used up); 404 `CALENDAR_NOT_FOUND`,
    `TASK_NOT_FOUND`.

    Args:
        calendar_id (int):
        body (ReservationCreateInput): Form fields of `createReservation`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Reservation]
    """

    kwargs = _get_kwargs(
        calendar_id=calendar_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    calendar_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReservationCreateInput,
) -> Error | Reservation | None:
    """Book a service (beta)

     **Beta:** the vendor marks the booking calls as beta; shapes and behaviour may change.

    Books a service (task) of a calendar for a contact, starting at `date`. Without `status`
    the confirmation policy configured for the calendar in the web panel applies. Note the
    naming gap: the request says `taskId`/`date`, the answer says `task`/`start`/`end`.

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED`, `BAD_STATUS` (status not allowed),
    `BAD_DATE` (start malformed or inconsistent), `BAD_CONTACT` (unknown contact),
    `LIMIT_REACHED` (the plan's reservation allowance is used up); 404 `CALENDAR_NOT_FOUND`,
    `TASK_NOT_FOUND`.

    Args:
        calendar_id (int):
        body (ReservationCreateInput): Form fields of `createReservation`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Reservation
    """

    return sync_detailed(
        calendar_id=calendar_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    calendar_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReservationCreateInput,
) -> Response[Error | Reservation]:
    """Book a service (beta)

     **Beta:** the vendor marks the booking calls as beta; shapes and behaviour may change.

    Books a service (task) of a calendar for a contact, starting at `date`. Without `status`
    the confirmation policy configured for the calendar in the web panel applies. Note the
    naming gap: the request says `taskId`/`date`, the answer says `task`/`start`/`end`.

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED`, `BAD_STATUS` (status not allowed),
    `BAD_DATE` (start malformed or inconsistent), `BAD_CONTACT` (unknown contact),
    `LIMIT_REACHED` (the plan's reservation allowance is used up); 404 `CALENDAR_NOT_FOUND`,
    `TASK_NOT_FOUND`.

    Args:
        calendar_id (int):
        body (ReservationCreateInput): Form fields of `createReservation`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Reservation]
    """

    kwargs = _get_kwargs(
        calendar_id=calendar_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    calendar_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReservationCreateInput,
) -> Error | Reservation | None:
    """Book a service (beta)

     **Beta:** the vendor marks the booking calls as beta; shapes and behaviour may change.

    Books a service (task) of a calendar for a contact, starting at `date`. Without `status`
    the confirmation policy configured for the calendar in the web panel applies. Note the
    naming gap: the request says `taskId`/`date`, the answer says `task`/`start`/`end`.

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED`, `BAD_STATUS` (status not allowed),
    `BAD_DATE` (start malformed or inconsistent), `BAD_CONTACT` (unknown contact),
    `LIMIT_REACHED` (the plan's reservation allowance is used up); 404 `CALENDAR_NOT_FOUND`,
    `TASK_NOT_FOUND`.

    Args:
        calendar_id (int):
        body (ReservationCreateInput): Form fields of `createReservation`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Reservation
    """

    return (
        await asyncio_detailed(
            calendar_id=calendar_id,
            client=client,
            body=body,
        )
    ).parsed
