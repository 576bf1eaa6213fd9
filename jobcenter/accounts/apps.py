from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Users, roles, geography (state, region, job center), API tokens and data scoping."""

    name = "jobcenter.accounts"
    label = "accounts"

    def ready(self):
        """Connect the sign-in audit receivers."""
        from jobcenter.accounts import signals  # noqa: F401
