from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.send_parametric_sms_request import SendParametricSmsRequest
from ...models.send_sms_result import SendSmsResult
from ...types import Response


def _get_kwargs(
    *,
    body: SendParametricSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/paramsms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SendSmsResult | None:
    if response.status_code == 200:
        response_200 = SendSmsResult.from_dict(response.json())

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
) -> Response[Error | SendSmsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendParametricSmsRequest,
) -> Response[Error | SendSmsResult]:
    """Send an SMS with per-recipient values

     Like sendSms, but the text may hold `${name}` placeholders and every recipient
    brings its own values. `recipients` is an object whose values are the recipients:
    each has `recipient` (the number) plus one string per placeholder (S11). A
    placeholder without a value for some recipient refuses the call (`400`). Each
    recipient's text is costed after its values are put in; no text may exceed the
    length limits (S4). Success is `200`, as documented (S3).

    Args:
        body (SendParametricSmsRequest): Body of sendParametricSms (S11).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendSmsResult]
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
    body: SendParametricSmsRequest,
) -> Error | SendSmsResult | None:
    """Send an SMS with per-recipient values

     Like sendSms, but the text may hold `${name}` placeholders and every recipient
    brings its own values. `recipients` is an object whose values are the recipients:
    each has `recipient` (the number) plus one string per placeholder (S11). A
    placeholder without a value for some recipient refuses the call (`400`). Each
    recipient's text is costed after its values are put in; no text may exceed the
    length limits (S4). Success is `200`, as documented (S3).

    Args:
        body (SendParametricSmsRequest): Body of sendParametricSms (S11).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendSmsResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendParametricSmsRequest,
) -> Response[Error | SendSmsResult]:
    """Send an SMS with per-recipient values

     Like sendSms, but the text may hold `${name}` placeholders and every recipient
    brings its own values. `recipients` is an object whose values are the recipients:
    each has `recipient` (the number) plus one string per placeholder (S11). A
    placeholder without a value for some recipient refuses the call (`400`). Each
    recipient's text is costed after its values are put in; no text may exceed the
    length limits (S4). Success is `200`, as documented (S3).

    Args:
        body (SendParametricSmsRequest): Body of sendParametricSms (S11).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendSmsResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendParametricSmsRequest,
) -> Error | SendSmsResult | None:
    """Send an SMS with per-recipient values

     Like sendSms, but the text may hold `${name}` placeholders and every recipient
    brings its own values. `recipients` is an object whose values are the recipients:
    each has `recipient` (the number) plus one string per placeholder (S11). A
    placeholder without a value for some recipient refuses the call (`400`). Each
    recipient's text is costed after its values are put in; no text may exceed the
    length limits (S4). Success is `200`, as documented (S3).

    Args:
        body (SendParametricSmsRequest): Body of sendParametricSms (S11).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendSmsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
