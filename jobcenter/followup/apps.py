from django.apps import AppConfig


class FollowupConfig(AppConfig):
    """Supplemental wage data collection (post-exit follow-up survey), issue #14."""

    name = "jobcenter.followup"
    label = "followup"
    verbose_name = "Supplemental wage follow-up"
