"""Administrators edit the note templates and the wage-survey message here (editable data). Notes, services
and enrollments are not editable in the admin: they change only through ``cases.services``."""

from django.contrib import admin

from jobcenter.cases.models import NoteTemplate, SurveyMessageTemplate


@admin.register(SurveyMessageTemplate)
class SurveyMessageTemplateAdmin(admin.ModelAdmin):
    """The policy A.1 message; the model refuses a blank expectations, documentation or timeframe part."""

    list_display = ("name", "is_active")


@admin.register(NoteTemplate)
class NoteTemplateAdmin(admin.ModelAdmin):
    """Case-note wording staff can start from."""

    list_display = ("name", "kind", "for_employers", "is_active")
    list_filter = ("kind", "for_employers", "is_active")
