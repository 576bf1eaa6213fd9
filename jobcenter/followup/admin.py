from django.contrib import admin

from jobcenter.followup.models import FollowupCase


@admin.register(FollowupCase)
class FollowupCaseAdmin(admin.ModelAdmin):
    """Read-mostly view for administrators; work happens in the staff workspace."""

    list_display = ("id", "seeker", "q_after_exit", "status", "due_on")
    list_filter = ("status", "q_after_exit")
    readonly_fields = ("status",)
