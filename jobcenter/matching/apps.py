from django.apps import AppConfig


class MatchingConfig(AppConfig):
    """Matching job seekers to job orders, referrals and notifications."""

    name = "jobcenter.matching"
    label = "matching"
