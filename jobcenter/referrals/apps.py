from django.apps import AppConfig


class ReferralsConfig(AppConfig):
    """Referrals of job seekers to job orders, Referrals Pending Review, and job notifications to seekers."""

    name = "jobcenter.referrals"
    label = "referrals"
    verbose_name = "Referrals and job notifications"

    def ready(self):
        from jobcenter.joborders.signals import order_opened
        from jobcenter.referrals.notify import on_order_opened

        order_opened.connect(on_order_opened, dispatch_uid="referrals-job-notifications")
