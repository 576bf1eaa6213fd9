from jobcenter.joborders.models.cases import FraudInvestigation, LaborDispute, SelfEmploymentPosting, ViolationCase
from jobcenter.joborders.models.job_order import EmployerNote, JobOrder, ScreeningRecord

__all__ = [
    "EmployerNote",
    "FraudInvestigation",
    "JobOrder",
    "LaborDispute",
    "ScreeningRecord",
    "SelfEmploymentPosting",
    "ViolationCase",
]
