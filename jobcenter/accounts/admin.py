"""Administrator pages for geography: regions, job centers and the ZIP/county service-area table."""

from django.contrib import admin

from jobcenter.accounts.models import JobCenter, Region, ServiceArea


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    """Workforce regions."""

    list_display = ("name", "code", "state", "lwdb_code")


@admin.register(JobCenter)
class JobCenterAdmin(admin.ModelAdmin):
    """American Job Center offices."""

    list_display = ("name", "code", "region", "city", "phone")
    list_filter = ("region",)


@admin.register(ServiceArea)
class ServiceAreaAdmin(admin.ModelAdmin):
    """Which job center serves each ZIP code or county (employers' job centers are proposed from it)."""

    list_display = ("state", "zip_code", "county", "job_center")
    list_filter = ("state", "job_center")
    search_fields = ("zip_code", "county", "job_center__name")
