from jobcenter.employers.models.discontinuation import DiscontinuationCase, ReinstatementRequest
from jobcenter.employers.models.employer import Employer, EmployerMembership
from jobcenter.employers.models.terms import TermsAcceptance, TermsVersion
from jobcenter.employers.models.worksite import EmployerContact, Worksite

__all__ = [
    "DiscontinuationCase",
    "Employer",
    "EmployerContact",
    "EmployerMembership",
    "ReinstatementRequest",
    "TermsAcceptance",
    "TermsVersion",
    "Worksite",
]
