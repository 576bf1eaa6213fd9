from jobcenter.referrals.models.notifications import NotificationDelivery, NotificationRun
from jobcenter.referrals.models.referral import Referral

__all__ = ["NotificationDelivery", "NotificationRun", "Referral"]
