from jobcenter.joborders.models.cases import FraudInvestigation, LaborDispute, SelfEmploymentPosting, ViolationCase
from jobcenter.joborders.models.job_order import JobOrder, ScreeningRecord

__all__ = [
    "FraudInvestigation",
    "JobOrder",
    "LaborDispute",
    "ScreeningRecord",
    "SelfEmploymentPosting",
    "ViolationCase",
]
