from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contacts_bulk_status import ContactsBulkStatus
from ...models.error import Error
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/phonebook/contact/addContactBulk_status",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactsBulkStatus | Error | None:
    if response.status_code == 200:
        response_200 = ContactsBulkStatus.from_dict(response.json())

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
) -> Response[ContactsBulkStatus | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactsBulkStatus | Error]:
    """Progress of the bulk contact import

     Reports how far the running (or last) bulk import has got: a percentage string, whether a
    new upload can be started (`free`), and the rows that could not be imported
    (`last_error`, not in the vendor's field table but present in the sample).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactsBulkStatus | Error]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ContactsBulkStatus | Error | None:
    """Progress of the bulk contact import

     Reports how far the running (or last) bulk import has got: a percentage string, whether a
    new upload can be started (`free`), and the rows that could not be imported
    (`last_error`, not in the vendor's field table but present in the sample).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactsBulkStatus | Error
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactsBulkStatus | Error]:
    """Progress of the bulk contact import

     Reports how far the running (or last) bulk import has got: a percentage string, whether a
    new upload can be started (`free`), and the rows that could not be imported
    (`last_error`, not in the vendor's field table but present in the sample).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactsBulkStatus | Error]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ContactsBulkStatus | Error | None:
    """Progress of the bulk contact import

     Reports how far the running (or last) bulk import has got: a percentage string, whether a
    new upload can be started (`free`), and the rows that could not be imported
    (`last_error`, not in the vendor's field table but present in the sample).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactsBulkStatus | Error
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
