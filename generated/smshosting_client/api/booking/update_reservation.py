from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.reservation import Reservation
from ...models.reservation_update_input import ReservationUpdateInput
from ...types import Response


def _get_kwargs(
    calendar_id: int,
    reservation_id: int,
    *,
    body: ReservationUpdateInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/booking/calendar/{calendar_id}/reservation/{reservation_id}".format(
            calendar_id=quote(str(calendar_id), safe=""),
            reservation_id=quote(str(reservation_id), safe=""),
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
    reservation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReservationUpdateInput,
) -> Response[Error | Reservation]:
    """Change a reservation (beta)

     **Beta:** the vendor marks the booking calls as beta; shapes and behaviour may change.

    Changes the contact, start, status or note of a reservation that has neither expired nor
    been deleted. According to the vendor's text a confirmed reservation can only move to
    `REFUSED` (the contact is notified as configured in the web panel) or `DELETED` (no
    notification). `REFUSED` is described in that text but missing from the vendor's list of
    status values; it is accepted here. Unlike most PUT calls of the API, success is a 200
    with the updated reservation as body.

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED`, `RESERVATION_EXPIRED` (reservation deleted or
    in the past); 404 when the reservation does not exist.

    Args:
        calendar_id (int):
        reservation_id (int):
        body (ReservationUpdateInput): Form fields of `updateReservation`; all optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Reservation]
    """

    kwargs = _get_kwargs(
        calendar_id=calendar_id,
        reservation_id=reservation_id,
        body=body,
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
    body: ReservationUpdateInput,
) -> Error | Reservation | None:
    """Change a reservation (beta)

     **Beta:** the vendor marks the booking calls as beta; shapes and behaviour may change.

    Changes the contact, start, status or note of a reservation that has neither expired nor
    been deleted. According to the vendor's text a confirmed reservation can only move to
    `REFUSED` (the contact is notified as configured in the web panel) or `DELETED` (no
    notification). `REFUSED` is described in that text but missing from the vendor's list of
    status values; it is accepted here. Unlike most PUT calls of the API, success is a 200
    with the updated reservation as body.

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED`, `RESERVATION_EXPIRED` (reservation deleted or
    in the past); 404 when the reservation does not exist.

    Args:
        calendar_id (int):
        reservation_id (int):
        body (ReservationUpdateInput): Form fields of `updateReservation`; all optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Reservation
    """

    return sync_detailed(
        calendar_id=calendar_id,
        reservation_id=reservation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    calendar_id: int,
    reservation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReservationUpdateInput,
) -> Response[Error | Reservation]:
    """Change a reservation (beta)

     **Beta:** the vendor marks the booking calls as beta; shapes and behaviour may change.

    Changes the contact, start, status or note of a reservation that has neither expired nor
    been deleted. According to the vendor's text a confirmed reservation can only move to
    `REFUSED` (the contact is notified as configured in the web panel) or `DELETED` (no
    notification). `REFUSED` is described in that text but missing from the vendor's list of
    status values; it is accepted here. Unlike most PUT calls of the API, success is a 200
    with the updated reservation as body.

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED`, `RESERVATION_EXPIRED` (reservation deleted or
    in the past); 404 when the reservation does not exist.

    Args:
        calendar_id (int):
        reservation_id (int):
        body (ReservationUpdateInput): Form fields of `updateReservation`; all optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Reservation]
    """

    kwargs = _get_kwargs(
        calendar_id=calendar_id,
        reservation_id=reservation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    calendar_id: int,
    reservation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReservationUpdateInput,
) -> Error | Reservation | None:
    """Change a reservation (beta)

     **Beta:** the vendor marks the booking calls as beta; shapes and behaviour may change.

    Changes the contact, start, status or note of a reservation that has neither expired nor
    been deleted. According to the vendor's text a confirmed reservation can only move to
    `REFUSED` (the contact is notified as configured in the web panel) or `DELETED` (no
    notification). `REFUSED` is described in that text but missing from the vendor's list of
    status values; it is accepted here. Unlike most PUT calls of the API, success is a 200
    with the updated reservation as body.

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED`, `RESERVATION_EXPIRED` (reservation deleted or
    in the past); 404 when the reservation does not exist.

    Args:
        calendar_id (int):
        reservation_id (int):
        body (ReservationUpdateInput): Form fields of `updateReservation`; all optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Reservation
    """

    return (
        await asyncio_detailed(
            calendar_id=calendar_id,
            reservation_id=reservation_id,
            client=client,
            body=body,
        )
    ).parsed
