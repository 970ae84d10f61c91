from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sent_sms_search_response import SentSmsSearchResponse
from ...models.sms_status import SmsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    status: SmsStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["transactionId"] = transaction_id

    params["msisdn"] = msisdn

    params["fromDate"] = from_date

    params["toDate"] = to_date

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SentSmsSearchResponse | None:
    if response.status_code == 200:
        response_200 = SentSmsSearchResponse.from_dict(response.json())

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
) -> Response[Error | SentSmsSearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    status: SmsStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[Error | SentSmsSearchResponse]:
    """Search sent SMS

     Returns the sent SMS that match the filters, one page at a time (`offset`/`limit`,
    answer in `smsList` with `metadata`). At least one of the filters `id`,
    `transactionId`, `msisdn`, `fromDate` and `status` must be given (the vendor's
    "note 1"); paging parameters and `toDate` alone do not count and give `NO_PARAMS`.
    Several filters combine with AND.

    Args:
        id (str | Unset):
        transaction_id (str | Unset):
        msisdn (str | Unset):
        from_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        to_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        status (SmsStatus | Unset): State of a sent SMS: `PENDING` (queued), `SENT` (handed to the
            operator), `NOSENT` (not handed to the operator, e.g. cancelled), `DELIVERED` (reached the
            handset), `NOTDELIVERED` (did not reach the handset).
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SentSmsSearchResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        transaction_id=transaction_id,
        msisdn=msisdn,
        from_date=from_date,
        to_date=to_date,
        status=status,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    status: SmsStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Error | SentSmsSearchResponse | None:
    """Search sent SMS

     Returns the sent SMS that match the filters, one page at a time (`offset`/`limit`,
    answer in `smsList` with `metadata`). At least one of the filters `id`,
    `transactionId`, `msisdn`, `fromDate` and `status` must be given (the vendor's
    "note 1"); paging parameters and `toDate` alone do not count and give `NO_PARAMS`.
    Several filters combine with AND.

    Args:
        id (str | Unset):
        transaction_id (str | Unset):
        msisdn (str | Unset):
        from_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        to_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        status (SmsStatus | Unset): State of a sent SMS: `PENDING` (queued), `SENT` (handed to the
            operator), `NOSENT` (not handed to the operator, e.g. cancelled), `DELIVERED` (reached the
            handset), `NOTDELIVERED` (did not reach the handset).
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SentSmsSearchResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        transaction_id=transaction_id,
        msisdn=msisdn,
        from_date=from_date,
        to_date=to_date,
        status=status,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    status: SmsStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[Error | SentSmsSearchResponse]:
    """Search sent SMS

     Returns the sent SMS that match the filters, one page at a time (`offset`/`limit`,
    answer in `smsList` with `metadata`). At least one of the filters `id`,
    `transactionId`, `msisdn`, `fromDate` and `status` must be given (the vendor's
    "note 1"); paging parameters and `toDate` alone do not count and give `NO_PARAMS`.
    Several filters combine with AND.

    Args:
        id (str | Unset):
        transaction_id (str | Unset):
        msisdn (str | Unset):
        from_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        to_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        status (SmsStatus | Unset): State of a sent SMS: `PENDING` (queued), `SENT` (handed to the
            operator), `NOSENT` (not handed to the operator, e.g. cancelled), `DELIVERED` (reached the
            handset), `NOTDELIVERED` (did not reach the handset).
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SentSmsSearchResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        transaction_id=transaction_id,
        msisdn=msisdn,
        from_date=from_date,
        to_date=to_date,
        status=status,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    status: SmsStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Error | SentSmsSearchResponse | None:
    """Search sent SMS

     Returns the sent SMS that match the filters, one page at a time (`offset`/`limit`,
    answer in `smsList` with `metadata`). At least one of the filters `id`,
    `transactionId`, `msisdn`, `fromDate` and `status` must be given (the vendor's
    "note 1"); paging parameters and `toDate` alone do not count and give `NO_PARAMS`.
    Several filters combine with AND.

    Args:
        id (str | Unset):
        transaction_id (str | Unset):
        msisdn (str | Unset):
        from_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        to_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        status (SmsStatus | Unset): State of a sent SMS: `PENDING` (queued), `SENT` (handed to the
            operator), `NOSENT` (not handed to the operator, e.g. cancelled), `DELIVERED` (reached the
            handset), `NOTDELIVERED` (did not reach the handset).
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SentSmsSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            transaction_id=transaction_id,
            msisdn=msisdn,
            from_date=from_date,
            to_date=to_date,
            status=status,
            offset=offset,
            limit=limit,
        )
    ).parsed
