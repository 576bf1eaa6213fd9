from django.apps import AppConfig


class StaffConfig(AppConfig):
    """The AJC back office: views, forms and templates for staff roles (no business rules here)."""

    name = "jobcenter.staff"
    label = "staff"

    def ready(self):
        """Register the person-record sections of the staff front."""
        from jobcenter.staff.views.people import occupations_context, record_section

        record_section(
            "staff/people/_occupations.html", capability="seekers.view", order=10, context=occupations_context
        )
