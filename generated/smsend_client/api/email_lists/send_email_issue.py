from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_issue_send import EmailIssueSend
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    list_id: int,
    issue_id: int,
    *,
    body: EmailIssueSend,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/list/{list_id}/issue/{issue_id}".format(
            list_id=quote(str(list_id), safe=""),
            issue_id=quote(str(issue_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_id: int,
    issue_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EmailIssueSend,
) -> Response[Any | Error]:
    """Schedule an e-mail issue for some subscribers

     Schedules the issue for the given contacts, who must all be subscribers of the list
    (all or nothing, `400`). Empty body (S38).

    Args:
        list_id (int):
        issue_id (int):
        body (EmailIssueSend): Body of sendEmailIssue (S38).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        issue_id=issue_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    issue_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EmailIssueSend,
) -> Any | Error | None:
    """Schedule an e-mail issue for some subscribers

     Schedules the issue for the given contacts, who must all be subscribers of the list
    (all or nothing, `400`). Empty body (S38).

    Args:
        list_id (int):
        issue_id (int):
        body (EmailIssueSend): Body of sendEmailIssue (S38).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        list_id=list_id,
        issue_id=issue_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    list_id: int,
    issue_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EmailIssueSend,
) -> Response[Any | Error]:
    """Schedule an e-mail issue for some subscribers

     Schedules the issue for the given contacts, who must all be subscribers of the list
    (all or nothing, `400`). Empty body (S38).

    Args:
        list_id (int):
        issue_id (int):
        body (EmailIssueSend): Body of sendEmailIssue (S38).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        issue_id=issue_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    issue_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EmailIssueSend,
) -> Any | Error | None:
    """Schedule an e-mail issue for some subscribers

     Schedules the issue for the given contacts, who must all be subscribers of the list
    (all or nothing, `400`). Empty body (S38).

    Args:
        list_id (int):
        issue_id (int):
        body (EmailIssueSend): Body of sendEmailIssue (S38).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            issue_id=issue_id,
            client=client,
            body=body,
        )
    ).parsed
