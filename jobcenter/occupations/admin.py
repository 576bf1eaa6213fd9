from django.contrib import admin

from jobcenter.occupations.models import Occupation


@admin.register(Occupation)
class OccupationAdmin(admin.ModelAdmin):
    """Read-mostly taxonomy."""

    list_display = ("code", "title", "job_zone")
    search_fields = ("code", "title")
