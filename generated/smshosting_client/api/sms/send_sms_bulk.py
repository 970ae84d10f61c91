from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.send_sms_bulk_request import SendSmsBulkRequest
from ...models.send_sms_bulk_response import SendSmsBulkResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SendSmsBulkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/sendbulk",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SendSmsBulkResponse | None:
    if response.status_code == 200:
        response_200 = SendSmsBulkResponse.from_dict(response.json())

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
) -> Response[Error | SendSmsBulkResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsBulkRequest,
) -> Response[Error | SendSmsBulkResponse]:
    """Queue a bulk send (text or binary SMS)

     Asynchronous send meant for large recipient sets (more than 1000 per request). The
    call only queues the work and answers with the `transactionId`; the outcome is POSTed
    as JSON to `transactionCallback` when the send has been processed; when the send
    fails, the service also e-mails the error code to the account.
    Per-SMS delivery statuses go to `statusCallback`, as for `sendSms`.

    **This operation also stands for the vendor's `sendBinarySms`** ("binary SMS"), which
    the vendor documents on the same method and path. A request is a binary send when
    it carries `udh` or `pid` (see `x-binary-variant` on the body schema); then `text`
    must be the payload as hexadecimal digits, two per byte (e.g. `0fc24abf3413ba`),
    otherwise the call fails with `BAD_TEXT_HEX`. One binary SMS carries 140 bytes (280
    hex digits); longer payloads are split into concatenated parts of 134 bytes (268 hex
    digits) each. To send a binary payload without a User Data Header, pass `pid=0`
    (the GSM default protocol identifier). The vendor does not document how its server
    tells the two variants apart; the rule above is the contract of this description.

    Give at least one of `to` and `group`.

    Args:
        body (SendSmsBulkRequest): Form body of `sendSmsBulk`, covering both the bulk text send
            and the binary send. At least one of `to` and `group` must be present. The request is a
            binary send when `udh` or `pid` is present; then `text` must be hexadecimal (`x-binary-
            variant`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendSmsBulkResponse]
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
    body: SendSmsBulkRequest,
) -> Error | SendSmsBulkResponse | None:
    """Queue a bulk send (text or binary SMS)

     Asynchronous send meant for large recipient sets (more than 1000 per request). The
    call only queues the work and answers with the `transactionId`; the outcome is POSTed
    as JSON to `transactionCallback` when the send has been processed; when the send
    fails, the service also e-mails the error code to the account.
    Per-SMS delivery statuses go to `statusCallback`, as for `sendSms`.

    **This operation also stands for the vendor's `sendBinarySms`** ("binary SMS"), which
    the vendor documents on the same method and path. A request is a binary send when
    it carries `udh` or `pid` (see `x-binary-variant` on the body schema); then `text`
    must be the payload as hexadecimal digits, two per byte (e.g. `0fc24abf3413ba`),
    otherwise the call fails with `BAD_TEXT_HEX`. One binary SMS carries 140 bytes (280
    hex digits); longer payloads are split into concatenated parts of 134 bytes (268 hex
    digits) each. To send a binary payload without a User Data Header, pass `pid=0`
    (the GSM default protocol identifier). The vendor does not document how its server
    tells the two variants apart; the rule above is the contract of this description.

    Give at least one of `to` and `group`.

    Args:
        body (SendSmsBulkRequest): Form body of `sendSmsBulk`, covering both the bulk text send
            and the binary send. At least one of `to` and `group` must be present. The request is a
            binary send when `udh` or `pid` is present; then `text` must be hexadecimal (`x-binary-
            variant`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendSmsBulkResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsBulkRequest,
) -> Response[Error | SendSmsBulkResponse]:
    """Queue a bulk send (text or binary SMS)

     Asynchronous send meant for large recipient sets (more than 1000 per request). The
    call only queues the work and answers with the `transactionId`; the outcome is POSTed
    as JSON to `transactionCallback` when the send has been processed; when the send
    fails, the service also e-mails the error code to the account.
    Per-SMS delivery statuses go to `statusCallback`, as for `sendSms`.

    **This operation also stands for the vendor's `sendBinarySms`** ("binary SMS"), which
    the vendor documents on the same method and path. A request is a binary send when
    it carries `udh` or `pid` (see `x-binary-variant` on the body schema); then `text`
    must be the payload as hexadecimal digits, two per byte (e.g. `0fc24abf3413ba`),
    otherwise the call fails with `BAD_TEXT_HEX`. One binary SMS carries 140 bytes (280
    hex digits); longer payloads are split into concatenated parts of 134 bytes (268 hex
    digits) each. To send a binary payload without a User Data Header, pass `pid=0`
    (the GSM default protocol identifier). The vendor does not document how its server
    tells the two variants apart; the rule above is the contract of this description.

    Give at least one of `to` and `group`.

    Args:
        body (SendSmsBulkRequest): Form body of `sendSmsBulk`, covering both the bulk text send
            and the binary send. At least one of `to` and `group` must be present. The request is a
            binary send when `udh` or `pid` is present; then `text` must be hexadecimal (`x-binary-
            variant`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendSmsBulkResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsBulkRequest,
) -> Error | SendSmsBulkResponse | None:
    """Queue a bulk send (text or binary SMS)

     Asynchronous send meant for large recipient sets (more than 1000 per request). The
    call only queues the work and answers with the `transactionId`; the outcome is POSTed
    as JSON to `transactionCallback` when the send has been processed; when the send
    fails, the service also e-mails the error code to the account.
    Per-SMS delivery statuses go to `statusCallback`, as for `sendSms`.

    **This operation also stands for the vendor's `sendBinarySms`** ("binary SMS"), which
    the vendor documents on the same method and path. A request is a binary send when
    it carries `udh` or `pid` (see `x-binary-variant` on the body schema); then `text`
    must be the payload as hexadecimal digits, two per byte (e.g. `0fc24abf3413ba`),
    otherwise the call fails with `BAD_TEXT_HEX`. One binary SMS carries 140 bytes (280
    hex digits); longer payloads are split into concatenated parts of 134 bytes (268 hex
    digits) each. To send a binary payload without a User Data Header, pass `pid=0`
    (the GSM default protocol identifier). The vendor does not document how its server
    tells the two variants apart; the rule above is the contract of this description.

    Give at least one of `to` and `group`.

    Args:
        body (SendSmsBulkRequest): Form body of `sendSmsBulk`, covering both the bulk text send
            and the binary send. At least one of `to` and `group` must be present. The request is a
            binary send when `udh` or `pid` is present; then `text` must be hexadecimal (`x-binary-
            variant`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendSmsBulkResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
