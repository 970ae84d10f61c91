from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_campaign import EmailCampaign
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    campaign_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/email/campaign/{campaign_id}".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailCampaign | Error | None:
    if response.status_code == 200:
        response_200 = EmailCampaign.from_dict(response.json())

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
) -> Response[EmailCampaign | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmailCampaign | Error]:
    """Get an e-mail campaign

     Returns one campaign with its settings and statistics (the same object as the items
    of `listEmailCampaigns`). The vendor's only saved example for this call shows a
    single e-mail record instead (the body of `getEmail`); it is kept below and still
    fits the schema, because every campaign field except `id` is optional and unknown
    keys are allowed. Clients should not rely on fields beyond `id` being present.

    Args:
        campaign_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailCampaign | Error]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> EmailCampaign | Error | None:
    """Get an e-mail campaign

     Returns one campaign with its settings and statistics (the same object as the items
    of `listEmailCampaigns`). The vendor's only saved example for this call shows a
    single e-mail record instead (the body of `getEmail`); it is kept below and still
    fits the schema, because every campaign field except `id` is optional and unknown
    keys are allowed. Clients should not rely on fields beyond `id` being present.

    Args:
        campaign_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailCampaign | Error
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmailCampaign | Error]:
    """Get an e-mail campaign

     Returns one campaign with its settings and statistics (the same object as the items
    of `listEmailCampaigns`). The vendor's only saved example for this call shows a
    single e-mail record instead (the body of `getEmail`); it is kept below and still
    fits the schema, because every campaign field except `id` is optional and unknown
    keys are allowed. Clients should not rely on fields beyond `id` being present.

    Args:
        campaign_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailCampaign | Error]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> EmailCampaign | Error | None:
    """Get an e-mail campaign

     Returns one campaign with its settings and statistics (the same object as the items
    of `listEmailCampaigns`). The vendor's only saved example for this call shows a
    single e-mail record instead (the body of `getEmail`); it is kept below and still
    fits the schema, because every campaign field except `id` is optional and unknown
    keys are allowed. Clients should not rely on fields beyond `id` being present.

    Args:
        campaign_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailCampaign | Error
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
        )
    ).parsed
