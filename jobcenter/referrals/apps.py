from django.apps import AppConfig


class ReferralsConfig(AppConfig):
    """Referrals of job seekers to job orders, Referrals Pending Review, and job notifications to seekers."""

    name = "jobcenter.referrals"
    label = "referrals"
    verbose_name = "Referrals and job notifications"
