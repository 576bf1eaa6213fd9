from django.apps import AppConfig


class MatchingConfig(AppConfig):
    """Matching job seekers to job orders (the engine referrals and notifications call)."""

    name = "jobcenter.matching"
    label = "matching"

    def ready(self):
        """Keep the match index current as seekers, résumés and orders change."""
        from jobcenter.matching import index

        index.connect()
