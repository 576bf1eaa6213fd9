from jobcenter.cases.models.credential import RecognizedCredential
from jobcenter.cases.models.enrollment import Enrollment
from jobcenter.cases.models.note import CaseNote, EmployerCaseNote, NoteTemplate
from jobcenter.cases.models.service import EmployerService, Event, EventAttendance, Service
from jobcenter.cases.models.survey import SurveyMessageTemplate, SurveyNotice

__all__ = [
    "CaseNote",
    "EmployerCaseNote",
    "EmployerService",
    "Enrollment",
    "Event",
    "EventAttendance",
    "NoteTemplate",
    "RecognizedCredential",
    "Service",
    "SurveyMessageTemplate",
    "SurveyNotice",
]
