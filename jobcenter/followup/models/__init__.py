"""Models of the supplemental wage follow-up: cases, contacts, interviews, source documents, upload links."""

from jobcenter.followup.models.case import AlternateContact, ContactAttempt, FollowupCase, PathDeclaration
from jobcenter.followup.models.document import SourceDocument, UploadAttempt, UploadLink
from jobcenter.followup.models.interview import Interview

__all__ = [
    "AlternateContact",
    "ContactAttempt",
    "FollowupCase",
    "Interview",
    "PathDeclaration",
    "SourceDocument",
    "UploadAttempt",
    "UploadLink",
]
