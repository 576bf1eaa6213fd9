"""Stable codes for roles and scope levels."""

from django.db import models


class Role(models.TextChoices):
    """What a user does; drives navigation, capabilities and data scope."""

    JOB_SEEKER = "job_seeker", "Job seeker"
    EMPLOYER = "employer", "Employer user"
    STAFF = "staff", "Job center staff"
    SUPERVISOR = "supervisor", "Supervisor / functional leader"
    REGIONAL_MANAGER = "regional_manager", "Regional manager"
    CSU = "csu", "Customer Support Unit"
    FLC_COORDINATOR = "flc_coordinator", "Foreign Labor Certification coordinator"
    WP_COORDINATOR = "wp_coordinator", "Wagner-Peyser coordinator"
    MONITOR_ADVOCATE = "monitor_advocate", "State Monitor Advocate"
    PERFORMANCE_ANALYST = "performance_analyst", "Performance analyst"
    FOLLOWUP_INTERVIEWER = "followup_interviewer", "Follow-up interviewer"
    FOLLOWUP_SUPERVISOR = "followup_supervisor", "Data-collection supervisor (wage follow-up)"
    ADMIN = "admin", "Administrator"


class ScopeLevel(models.TextChoices):
    """How much personal data a role may see."""

    SELF = "self", "Own record only"
    EMPLOYER = "employer", "Own company only"
    JOB_CENTER = "job_center", "Own job center"
    REGION = "region", "Own region"
    STATE = "state", "Statewide"
