from jobcenter.seekers.models.classification import OccupationSource, SeekerOccupation
from jobcenter.seekers.models.merge import MergedRow, MergeRequest
from jobcenter.seekers.models.resume import Credential, DesiredOccupation, Education, Skill, WorkHistory
from jobcenter.seekers.models.seeker import JobSeeker

__all__ = [
    "Credential",
    "DesiredOccupation",
    "Education",
    "JobSeeker",
    "MergeRequest",
    "MergedRow",
    "OccupationSource",
    "SeekerOccupation",
    "Skill",
    "WorkHistory",
]
