from jobcenter.joborders.models.cases import FraudInvestigation, LaborDispute, SelfEmploymentPosting, ViolationCase
from jobcenter.joborders.models.job_order import JobOrder, ScreeningRecord
from jobcenter.joborders.models.versions import JobOrderVersion

__all__ = [
    "FraudInvestigation",
    "JobOrder",
    "JobOrderVersion",
    "LaborDispute",
    "ScreeningRecord",
    "SelfEmploymentPosting",
    "ViolationCase",
]
