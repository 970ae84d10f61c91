from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contacts_bulk_upload_input import ContactsBulkUploadInput
from ...models.contacts_bulk_upload_result import ContactsBulkUploadResult
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: ContactsBulkUploadInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/phonebook/contact/addContactBulk",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactsBulkUploadResult | Error | None:
    if response.status_code == 200:
        response_200 = ContactsBulkUploadResult.from_dict(response.json())

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
) -> Response[ContactsBulkUploadResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsBulkUploadInput,
) -> Response[ContactsBulkUploadResult | Error]:
    """Upload a contacts file for bulk import

     Starts an asynchronous import of many contacts from one file sent as `multipart/form-data`
    (the only call of the API that is not form-urlencoded). Only one import can run at a time;
    follow it with `getContactsBulkStatus`.

    The vendor does not document the file layout; the collection only shows a `.csv` file.
    This specification assumes a UTF-8 CSV file with a header row whose column names are
    contact form keys (`msisdn`, `name`, `lastname`, `email`, custom keys `f_...`), one contact
    per following row. Row numbers in `last_error` of the status call presumably count the
    header as row 1.

    The outcome is reported in the body with HTTP 200: `status` is `SUBMITTED` (file accepted,
    import running), `REJECT` (file not valid, nothing imported; see `error`) or `BUSY`
    (another import is still running). The official Java client also knows the errorMsg
    `BAD_FILE`, which may come back as a 400.

    Args:
        body (ContactsBulkUploadInput): Multipart body of `uploadContactsBulk`. The vendor
            documents only the `file` part. Assumed layout (not documented by the vendor): UTF-8 CSV,
            comma separated, a header row naming the columns with contact form keys (`msisdn`, `name`,
            `lastname`, `email`, custom keys `f_...`), then one contact per row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactsBulkUploadResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsBulkUploadInput,
) -> ContactsBulkUploadResult | Error | None:
    """Upload a contacts file for bulk import

     Starts an asynchronous import of many contacts from one file sent as `multipart/form-data`
    (the only call of the API that is not form-urlencoded). Only one import can run at a time;
    follow it with `getContactsBulkStatus`.

    The vendor does not document the file layout; the collection only shows a `.csv` file.
    This specification assumes a UTF-8 CSV file with a header row whose column names are
    contact form keys (`msisdn`, `name`, `lastname`, `email`, custom keys `f_...`), one contact
    per following row. Row numbers in `last_error` of the status call presumably count the
    header as row 1.

    The outcome is reported in the body with HTTP 200: `status` is `SUBMITTED` (file accepted,
    import running), `REJECT` (file not valid, nothing imported; see `error`) or `BUSY`
    (another import is still running). The official Java client also knows the errorMsg
    `BAD_FILE`, which may come back as a 400.

    Args:
        body (ContactsBulkUploadInput): Multipart body of `uploadContactsBulk`. The vendor
            documents only the `file` part. Assumed layout (not documented by the vendor): UTF-8 CSV,
            comma separated, a header row naming the columns with contact form keys (`msisdn`, `name`,
            `lastname`, `email`, custom keys `f_...`), then one contact per row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactsBulkUploadResult | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsBulkUploadInput,
) -> Response[ContactsBulkUploadResult | Error]:
    """Upload a contacts file for bulk import

     Starts an asynchronous import of many contacts from one file sent as `multipart/form-data`
    (the only call of the API that is not form-urlencoded). Only one import can run at a time;
    follow it with `getContactsBulkStatus`.

    The vendor does not document the file layout; the collection only shows a `.csv` file.
    This specification assumes a UTF-8 CSV file with a header row whose column names are
    contact form keys (`msisdn`, `name`, `lastname`, `email`, custom keys `f_...`), one contact
    per following row. Row numbers in `last_error` of the status call presumably count the
    header as row 1.

    The outcome is reported in the body with HTTP 200: `status` is `SUBMITTED` (file accepted,
    import running), `REJECT` (file not valid, nothing imported; see `error`) or `BUSY`
    (another import is still running). The official Java client also knows the errorMsg
    `BAD_FILE`, which may come back as a 400.

    Args:
        body (ContactsBulkUploadInput): Multipart body of `uploadContactsBulk`. The vendor
            documents only the `file` part. Assumed layout (not documented by the vendor): UTF-8 CSV,
            comma separated, a header row naming the columns with contact form keys (`msisdn`, `name`,
            `lastname`, `email`, custom keys `f_...`), then one contact per row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactsBulkUploadResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsBulkUploadInput,
) -> ContactsBulkUploadResult | Error | None:
    """Upload a contacts file for bulk import

     Starts an asynchronous import of many contacts from one file sent as `multipart/form-data`
    (the only call of the API that is not form-urlencoded). Only one import can run at a time;
    follow it with `getContactsBulkStatus`.

    The vendor does not document the file layout; the collection only shows a `.csv` file.
    This specification assumes a UTF-8 CSV file with a header row whose column names are
    contact form keys (`msisdn`, `name`, `lastname`, `email`, custom keys `f_...`), one contact
    per following row. Row numbers in `last_error` of the status call presumably count the
    header as row 1.

    The outcome is reported in the body with HTTP 200: `status` is `SUBMITTED` (file accepted,
    import running), `REJECT` (file not valid, nothing imported; see `error`) or `BUSY`
    (another import is still running). The official Java client also knows the errorMsg
    `BAD_FILE`, which may come back as a 400.

    Args:
        body (ContactsBulkUploadInput): Multipart body of `uploadContactsBulk`. The vendor
            documents only the `file` part. Assumed layout (not documented by the vendor): UTF-8 CSV,
            comma separated, a header row naming the columns with contact form keys (`msisdn`, `name`,
            `lastname`, `email`, custom keys `f_...`), then one contact per row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactsBulkUploadResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
