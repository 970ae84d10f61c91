from typing import Literal

CouponCampaignType = Literal["D", "F"]

COUPON_CAMPAIGN_TYPE_VALUES: set[CouponCampaignType] = {
    "D",
    "F",
}


def check_coupon_campaign_type(value: str) -> CouponCampaignType:
    if value in COUPON_CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COUPON_CAMPAIGN_TYPE_VALUES!r}")
