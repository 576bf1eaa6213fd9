from django.apps import AppConfig


class SavedSearchesConfig(AppConfig):
    """A job seeker's saved job searches and the notices of new jobs that match them (docs/adr/0044)."""

    name = "jobcenter.savedsearches"
    label = "savedsearches"
    verbose_name = "Saved job searches"
