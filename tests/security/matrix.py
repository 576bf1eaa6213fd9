"""The authorization matrix: every URL and API operation, who may use it, and on whose record (issue #10).

HOW TO ADD YOUR URL (the test ``test_every_url_is_in_the_matrix`` fails until you do):
add one ``E(...)`` line to ``MATRIX`` below, keyed by the URL name (``namespace:name``; API operations are
``api-v1:<operation name>``):

    E("staff:referral-detail", cap="matching.refer", obj=lambda w: {"pk": w.referral_a.pk}, scope=A, post=True)

* ``cap``: the capability a persona's role needs (``None``: any signed-in user of ``fronts``).
* ``obj``: URL kwargs naming a record that belongs to side A (job center A, ``seeker_user``, ``employer_user``);
  add the record to ``World`` if it is new. ``None`` for pages without ids.
* ``scope``: who may see that record: ``A`` (staff of job center A or region A, and statewide roles), ``ANY``
  (anyone with the capability: list pages, search), ``OWN_SEEKER``/``OWN_EMPLOYER`` (the portal user it belongs
  to), ``SELF`` (each signed-in user, their own page).
* ``post``: also POST an empty form as every persona: refused personas must get 403/404/405 and write nothing.
* ``public``: anonymous visitors may GET it (200) as well; the public job search (ADR 0032).
* ``missing_ids``: the record cannot be built here yet, so the id does not exist; only "nobody gets a page or a
  500" is checked. Replace with a real ``obj`` when you can.
* ``consumes``: an allowed POST removes the record (a "Remove" button): after the first allowed persona's POST,
  the others may find it gone (404); refused personas are still checked to be refused and write nothing.

Personas are those of ``jobcenter.testing.personas`` (side A: staff_a, supervisor_a, regional_a, interviewer_a,
dcsupervisor_a, seeker_user, employer_user; side B: staff_b, supervisor_b, regional_b, other_seeker_user, other_employer_user;
statewide: csu, flc, wpc, sma, analyst, admin). Anonymous must be sent to sign-in (302) or refused (401/403).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

A = "a"
ANY = "any"
OWN_SEEKER = "own_seeker"
OWN_EMPLOYER = "own_employer"
SELF = "self"
A_OR_OWN = "a_or_own"  # side-A staff, statewide roles and the portal seeker it belongs to
STAFF_OR_OWN_EMPLOYER = "staff_or_own_employer"  # any staff with the capability, and the employer it belongs to

STATEWIDE = {"csu", "flc", "wpc", "sma", "analyst", "admin"}
SIDE_A_STAFF = {"staff_a", "supervisor_a", "regional_a", "interviewer_a", "dcsupervisor_a"}
MISSING = 987654


@dataclass(frozen=True)
class E:
    """One URL or API operation of the matrix."""

    name: str
    cap: str | None = None
    obj: Callable | None = None
    scope: str = ANY
    post: bool = False
    get: bool = True
    missing_ids: bool = False
    fronts: tuple[str, ...] = field(default=("staff", "portal"))
    all_caps: bool = False  # ``cap`` is a tuple that must ALL be held (default: any one)
    consumes: bool = False
    cap_note: str = ""
    public: bool = False  # anonymous visitors may GET it too (200): public job search (issue #12, ADR 0032)


def _pk(attr):
    return lambda w: {"pk": getattr(w, attr).pk}


def _missing(key="pk"):
    return lambda w: {key: MISSING}


def _with_occupation(path: str) -> str:
    """``path``, after making sure one occupation is imported (the coder answers 503 with none)."""
    from jobcenter.occupations.models import Occupation

    Occupation.objects.get_or_create(code="35-2014.00", defaults={"title": "Cooks, Restaurant"})
    return path


def _occupation_row(w):
    """A coder-suggested occupation of seeker A."""
    from jobcenter.seekers.models import SeekerOccupation

    row, _ = SeekerOccupation.objects.get_or_create(
        seeker=w.seeker_a, code="35-2014.00", defaults={"title": "Cooks, Restaurant", "confidence": 0.8}
    )
    return row


def _state_id(w):
    return {"state_id": w.seeker_a.state_id}


def _case(w):
    return {"pk": w.followup_case_a.pk}


def _site(w):
    return {"pk": w.employer_a.pk, "site": w.worksite_a.pk}


def _contact(w):
    return {"pk": w.employer_a.pk, "contact": w.contact_a.pk}


def _saved_search(w):
    """Seeker A's saved search (docs/adr/0044), made on first use."""
    from jobcenter.savedsearches.models import SavedSearch
    from jobcenter.savedsearches.services import saved_search_create

    found = SavedSearch.objects.filter(seeker=w.seeker_a).first()
    return found or saved_search_create(seeker=w.seeker_a, criteria={"q": "forklift"}, actor=None)


def _saved_search_pk(w):
    return {"pk": _saved_search(w).pk}


def _stop_token(w):
    from jobcenter.savedsearches.messages import stop_token

    return {"token": stop_token(_saved_search(w).pk)}


def _complaint(w):
    """A farmworker's complaint taken in job center A about seeker A (docs/adr/0045), made on first use."""
    from jobcenter.complaints.models import Complaint
    from jobcenter.complaints.services import complaint_take

    found = Complaint.objects.filter(seeker=w.seeker_a).first()
    if found:
        return {"pk": found.pk}
    staff = w.p.users["staff_a"]
    made = complaint_take(
        actor=staff,
        job_center=w.p.center_a,
        seeker=w.seeker_a,
        respondent_kind="employer",
        employer=w.employer_a,
        msfw=True,
        kind="employment_law",
        in_writing=True,
        description="Paid below the promised rate.",
    )
    return {"pk": made.pk}


FU_WORK = "followup.interview"
FU_READ = ("followup.interview", "followup.supervise")
FU_API = "/api/v1/followup"


MATRIX: list[E] = [
    # --- accounts ---------------------------------------------------------------------------------------------
    E("home", scope=SELF, public=True),  # anonymous: the public job search; signed in: their own front
    E("occupation-suggest"),  # public taxonomy: any signed-in user (staff and portal)
    E("occupation-hint"),  # the coder's suggestion for a typed job title: any signed-in user
    # NAICS industries for a typed word or code: public taxonomy, and anonymous too (employers pick an industry
    # while registering); nothing personal, at most 10 answers, rate-bounded per address (core.views)
    E("industry-suggest", public=True),
    E("logout", scope=SELF, get=False),
    E("api-tokens", scope=SELF, post=True),
    E("two-step", scope=SELF, get=False),  # redirects to set-up without a device: see test_two_factor.py
    E("two-step-setup", scope=SELF),
    # --- staff: seekers ---------------------------------------------------------------------------------------
    E("staff:dashboard", cap="staff.workspace"),
    E("staff:seeker-search", cap="seekers.search", post=True),
    E("staff:seeker-register", cap="seekers.register", post=True),
    E("staff:seeker-detail", cap="seekers.view", obj=_state_id, scope=A),
    E("staff:seeker-edit", cap="seekers.edit", obj=_state_id, scope=A, post=True),
    E(
        "staff:seeker-occupation-correct",
        cap=("seekers.view", "seekers.edit"),
        all_caps=True,
        obj=lambda w: {"state_id": w.seeker_a.state_id, "pk": _occupation_row(w).pk},
        scope=A,
        post=True,
    ),
    E(
        "staff:seeker-occupation-add",
        cap=("seekers.view", "seekers.edit"),
        all_caps=True,
        obj=_state_id,
        scope=A,
        post=True,
    ),
    E("staff:seeker-report-duplicate", cap="dedupe.request_merge", obj=_state_id, scope=A, post=True, get=False),
    E("staff:seeker-reveal-ssn", cap="seekers.ssn.view_full", obj=_state_id, scope=A, post=True, get=False),
    E("staff:seeker-resume", cap=("seekers.view", "seekers.edit"), obj=_state_id, scope=A, post=True, all_caps=True),
    E(
        "staff:seeker-ssn-change",
        cap=("seekers.view", "seekers.ssn.change"),
        obj=_state_id,
        scope=A,
        post=True,
        all_caps=True,
    ),
    E("staff:duplicates", cap="dedupe.review"),
    E("staff:merge-detail", cap="dedupe.review", obj=_pk("merge_a"), scope=A),
    # --- staff: cases -----------------------------------------------------------------------------------------
    E("staff:cases-caseload", cap="cases.view"),
    E("staff:case-events", cap="cases.view"),
    E("staff:case-event", cap="cases.view", obj=_missing(), missing_ids=True),
    E("staff:cases-supervision", cap="cases.supervise"),
    E("staff:case-detail", cap="cases.view", obj=_pk("seeker_a"), scope=A),
    E("staff:case-enroll", cap="cases.enroll", obj=_pk("seeker_a"), scope=A, post=True),
    E("staff:case-note-new", cap="cases.note", obj=_pk("seeker_a"), scope=A, post=True),
    E("staff:case-service-new", cap="cases.record_service", obj=_pk("seeker_a"), scope=A, post=True),
    E("staff:case-survey-notice", cap="cases.record_service", obj=_pk("seeker_a"), scope=A, post=True),
    E("staff:case-credential-new", cap="cases.record_service", obj=_pk("seeker_a"), scope=A, post=True),
    # Employers and job orders are served statewide (any job center may refer to any open order).
    E("staff:case-employer", cap=("cases.view", "employers.view"), obj=_pk("employer_a"), scope=ANY, all_caps=True),
    E("staff:case-exit-reason", cap="cases.record_service", obj=_missing(), missing_ids=True, post=True),
    E("staff:case-other-programs", cap="cases.enroll", obj=_missing(), missing_ids=True, post=True),
    E(
        "staff:case-service-change",
        cap="cases.record_service",
        obj=lambda w: {"pk": MISSING, "action": "complete"},
        missing_ids=True,
        post=True,
    ),
    # --- staff: employers -------------------------------------------------------------------------------------
    E("staff:employer-list", cap="employers.view"),
    E("staff:employer-suggest", cap="employers.view"),  # at most ten options, in the user's scope
    E("staff:employer-register", cap="employers.register", post=True),
    E("staff:employer-verification-queue", cap="employers.verify"),
    E("staff:employer-detail", cap="employers.view", obj=_pk("employer_a"), scope=ANY),
    E("staff:employer-edit", cap="employers.edit", obj=_pk("employer_a"), scope=ANY, post=True),
    E("staff:employer-verify", cap="employers.verify", obj=_pk("employer_a"), scope=A, post=True, get=False),
    E("staff:employer-deny", cap="employers.verify", obj=_pk("employer_a"), scope=A, post=True, get=False),
    E("staff:employer-contact-add", cap="employers.edit", obj=_pk("employer_a"), scope=ANY, post=True),
    E("staff:employer-worksite-add", cap="employers.edit", obj=_pk("employer_a"), scope=ANY, post=True),
    E("staff:employer-worksite-edit", cap="employers.edit", obj=_site, scope=ANY, post=True),
    E(
        "staff:employer-worksite-remove",
        cap="employers.edit",
        obj=_site,
        scope=ANY,
        post=True,
        get=False,
        consumes=True,
    ),
    E("staff:employer-contact-edit", cap="employers.edit", obj=_contact, scope=ANY, post=True),
    E(
        "staff:employer-contact-remove",
        cap="employers.edit",
        obj=_contact,
        scope=ANY,
        post=True,
        get=False,
        consumes=True,
    ),
    E(
        "staff:discontinuation-initiate",
        cap=("employers.edit", "employers.discontinue"),
        obj=_pk("employer_a"),
        scope=ANY,
        post=True,
    ),
    E("staff:discontinuation-list", cap="employers.discontinue"),
    E("staff:discontinuation-detail", cap="employers.discontinue", obj=_missing(), missing_ids=True),
    E("staff:discontinuation-decide", cap="employers.discontinue", obj=_missing(), missing_ids=True, post=True),
    E("staff:discontinuation-issue-notice", cap="employers.discontinue", obj=_missing(), missing_ids=True, post=True),
    E("staff:discontinuation-notice", cap="employers.discontinue", obj=_missing(), missing_ids=True),
    E("staff:discontinuation-response", cap="employers.discontinue", obj=_missing(), missing_ids=True, post=True),
    E("staff:reinstatement-request", cap="employers.discontinue", obj=_missing(), missing_ids=True, post=True),
    E("staff:reinstatement-decide", cap="employers.discontinue", obj=_missing(), missing_ids=True, post=True),
    # --- staff: complaints (20 CFR 658 Subpart E; ADR 0045) -------------------------------------------------
    E("staff:complaint-list", cap="complaints.take"),
    E("staff:complaint-export", cap="complaints.manage"),
    E("staff:complaint-new", cap="complaints.take", post=True),
    E("staff:complaint-detail", cap="complaints.take", obj=_complaint, scope=A),
    E("staff:complaint-action", cap="complaints.take", obj=_complaint, scope=A, post=True, get=False),
    E("staff:complaint-refer", cap="complaints.take", obj=_complaint, scope=A, post=True, get=False),
    E("staff:complaint-resolve", cap="complaints.manage", obj=_complaint, scope=A, post=True, get=False),
    E("staff:complaint-close", cap="complaints.manage", obj=_complaint, scope=A, post=True, get=False),
    # --- staff: job orders ------------------------------------------------------------------------------------
    E("staff:joborder-list", cap="joborders.view"),
    E("staff:joborder-new", cap="joborders.edit", post=True),
    E("staff:joborder-check", cap="joborders.edit", post=True, get=False),
    E("staff:joborder-overdue", cap="joborders.view"),
    E("staff:joborder-detail", cap="joborders.view", obj=_pk("order_a"), scope=ANY),
    E(
        "staff:joborder-action",
        cap="joborders.hold",
        obj=lambda w: {"pk": w.order_a.pk, "action": "hold"},
        scope=A,
        post=True,
        get=False,
        cap_note="the view needs joborders.view; putting an order on hold needs joborders.hold",
    ),
    # Only staff of the job center / region holding an order (and statewide roles) change it (ADR 0038).
    E("staff:joborder-edit", cap="joborders.edit", obj=_pk("order_a"), scope=A, post=True),
    # --- matching (issue #11): orders are statewide, their candidate lists scoped; a seeker's jobs need the seeker
    E("staff:match-order", cap=("joborders.view", "seekers.view"), obj=_pk("order_a"), scope=ANY, all_caps=True),
    E("staff:match-requirements", cap="joborders.edit", obj=_pk("order_a"), scope=A, post=True),
    E("staff:match-seeker", cap=("seekers.view", "joborders.view"), obj=_state_id, scope=A, all_caps=True),
    E("portal:my-matches", cap="portal.seeker", scope=SELF),
    E("portal:employer-joborder-correct", cap="portal.employer", obj=_pk("order_a"), scope=OWN_EMPLOYER, post=True),
    # --- staff: wage records and the performance report (statewide data; no record of side A or B) ------------
    E("staff:wage-files", cap="wages.import", post=True),
    E("staff:wage-import", cap="wages.import", obj=_missing("job_pk"), missing_ids=True),
    E("staff:reports", cap="reports.view"),
    E("staff:report-prepare", cap="reports.view", post=True, get=False),
    E("staff:report-progress", cap="reports.view", obj=_missing("job_pk"), missing_ids=True),
    E("staff:report-detail", cap="reports.view", obj=_missing(), missing_ids=True),
    E("staff:report-pdf", cap="reports.view", obj=_missing(), missing_ids=True),
    E(
        "staff:report-people",
        cap="reports.view",
        obj=lambda w: {"pk": MISSING, "indicator": "employment_rate_q2", "part": "denominator"},
        missing_ids=True,
    ),
    E(
        "staff:report-employers",
        cap="reports.view",
        obj=lambda w: {"pk": MISSING, "measure": "retention", "part": "numerator"},
        missing_ids=True,
    ),
    E("staff:joborder-fraud", cap="joborders.hold", obj=_pk("order_a"), scope=A, post=True, get=False),
    E("staff:fraud-queue", cap="joborders.investigate"),
    E("staff:fraud-close", cap="joborders.investigate", obj=_missing(), missing_ids=True, post=True),
    E("staff:violation-queue", cap="violations.review"),
    E("staff:violation-detail", cap="violations.review", obj=_missing(), missing_ids=True),
    E("staff:violation-letter", cap="violations.review", obj=_missing(), missing_ids=True),
    E("staff:dispute-list", cap="joborders.view"),
    E("staff:dispute-detail", cap="disputes.view", obj=_missing(), missing_ids=True),
    E("staff:selfemp-list", cap="joborders.view"),
    E("staff:selfemp-initial", cap="joborders.edit", obj=_missing(), missing_ids=True, post=True),
    E("staff:selfemp-interest", cap="joborders.edit", obj=_missing(), missing_ids=True, post=True),
    # --- staff: referrals (issue #12 A) -------------------------------------------------------------------------
    E(
        "staff:referral-new",
        cap="matching.refer",
        obj=lambda w: {"pk": w.order_a.pk, "state_id": w.seeker_a.state_id},
        scope=A,
        post=True,
    ),
    E("staff:seeker-refer", cap="matching.refer", obj=_state_id, scope=A),
    E("staff:referral-review", cap="matching.refer"),
    E("staff:referral-review-detail", cap="matching.refer", obj=_pk("referral_a"), scope=A, post=True),
    E("staff:referral-outcome", cap="matching.refer", obj=_pk("referral_a"), scope=A, post=True),
    # --- staff: other -----------------------------------------------------------------------------------------
    E("staff:inbox", cap="staff.workspace"),
    E("staff:inbox-read", cap="staff.workspace", obj=_missing(), missing_ids=True, post=True, get=False),
    E("staff:job-list", cap="staff.workspace"),
    E("staff:job-detail", cap="staff.workspace", obj=_missing(), missing_ids=True),
    E("staff:audit-log", cap="audit.view"),
    E("staff:parameters", cap="staff.workspace"),
    E("staff:screening-rules", cap="staff.workspace"),
    E("staff:screening-rules-try", cap=("staff.workspace", "joborders.screen"), all_caps=True, post=True),
    # --- portal -----------------------------------------------------------------------------------------------
    E("portal:seeker-home", cap="portal.seeker", scope=SELF),
    E("portal:seeker-profile", cap="portal.seeker", scope=SELF, post=True),
    E("portal:seeker-resume", cap="portal.seeker", scope=SELF),
    E("portal:seeker-jobs", cap="portal.seeker", scope=SELF),
    E("portal:seeker-job-detail", cap="portal.seeker", obj=_pk("order_a"), scope=SELF),
    E("portal:my-services", cap="portal.seeker", scope=SELF),
    E("portal:employer-home", cap="portal.employer", scope=SELF),
    E("portal:employer-company", cap="portal.employer", scope=SELF),
    E("portal:employer-company-edit", cap="portal.employer", scope=SELF, post=True),
    E("portal:employer-joborders", cap="portal.employer", scope=SELF),
    E("portal:employer-joborder-new", cap="portal.employer", scope=SELF, post=True),
    E("portal:employer-joborder-detail", cap="portal.employer", obj=_pk("order_a"), scope=OWN_EMPLOYER),
    E("portal:employer-joborder-fill", cap="portal.employer", obj=_pk("order_a"), scope=OWN_EMPLOYER, post=True),
    E("portal:employer-joborder-close", cap="portal.employer", obj=_pk("order_a"), scope=OWN_EMPLOYER, post=True),
    E("portal:employer-terms", cap="portal.employer", scope=SELF, post=True),
    E("portal:employer-candidates", cap="portal.employer", obj=_pk("order_a"), scope=OWN_EMPLOYER),
    E(
        "portal:employer-referral-outcome",
        cap="portal.employer",
        obj=_pk("referral_a"),
        scope=OWN_EMPLOYER,
        post=True,
        get=False,
    ),
    E("portal:employer-users", cap="portal.employer", scope=SELF, post=True),
    E("portal:employer-worksites", cap="portal.employer", scope=SELF, post=True),
    # --- portal: public job search, referrals and notifications (issue #12 part B) ------------------------------
    E("portal:job-search", public=True),
    E("portal:job-public", obj=_pk("order_a"), public=True),
    E("portal:job-refer", cap="portal.seeker", obj=_pk("order_a"), scope=SELF, post=True, get=False),
    E("portal:my-referrals", cap="portal.seeker", scope=SELF),
    E("portal:notification-preferences", cap="portal.seeker", scope=SELF, post=True),
    # --- portal: saved job searches (docs/adr/0044) ----------------------------------------------------------
    E("portal:saved-searches", cap="portal.seeker", scope=SELF),
    E("portal:saved-search-save", cap="portal.seeker", scope=SELF, post=True, get=False),
    E("portal:saved-search-edit", cap="portal.seeker", obj=_saved_search_pk, scope=OWN_SEEKER, post=True),
    E(
        "portal:saved-search-stop-now",
        cap="portal.seeker",
        obj=_saved_search_pk,
        scope=OWN_SEEKER,
        post=True,
        get=False,
    ),
    E(
        "portal:saved-search-delete",
        cap="portal.seeker",
        obj=_saved_search_pk,
        scope=OWN_SEEKER,
        post=True,
        consumes=True,
    ),
    E("portal:saved-search-stop", obj=_stop_token, public=True),  # a notice's signed stop link: whoever holds it
    E("portal:employer-worksite-edit", cap="portal.employer", obj=_pk("worksite_a"), scope=OWN_EMPLOYER, post=True),
    E(
        "portal:employer-worksite-remove",
        cap="portal.employer",
        obj=_pk("worksite_a"),
        scope=OWN_EMPLOYER,
        post=True,
        get=False,
    ),
    # --- forgot password (issue #8): public like the sign-in page; signed-in users may use it too ---------------
    E("password_reset", public=True),
    E("password_reset_done", public=True),
    E("password_reset_confirm", obj=lambda w: {"uidb64": "MQ", "token": "set-password"}, public=True),
    E("password_reset_complete", public=True),
    # --- staff: supplemental wage follow-up (issue #14) -------------------------------------------------------
    E("staff:followup-queue", cap=FU_WORK),
    E("staff:followup-case", cap=FU_READ, obj=_case, scope=A),
    E("staff:followup-take", cap=FU_WORK, obj=_case, scope=A, post=True, get=False),
    E("staff:followup-assign", cap="followup.supervise", obj=_case, scope=A, post=True),
    E("staff:followup-attempt", cap=FU_WORK, obj=_case, scope=A, post=True),
    E("staff:followup-identity", cap=FU_WORK, obj=_case, scope=A, post=True),
    E("staff:followup-introduction", cap=FU_WORK, obj=_case, scope=A, post=True),
    E("staff:followup-interview", cap=FU_WORK, obj=_case, scope=A, post=True),
    E("staff:followup-close", cap=FU_WORK, obj=_case, scope=A, post=True, get=False),
    E("staff:followup-alternate", cap=FU_WORK, obj=_case, scope=A, post=True),
    E("staff:followup-document", cap=FU_WORK, obj=_case, scope=A, post=True),
    E("staff:followup-link", cap=FU_WORK, obj=_case, scope=A, post=True),
    E("staff:followup-consent", cap=FU_WORK, obj=_case, scope=A, post=True),
    E("staff:followup-form-pdf", cap=FU_READ, obj=_case, scope=A),
    E("staff:followup-review", cap=FU_WORK, obj=_pk("followup_doc_a"), scope=A, post=True),
    E("staff:followup-document-file", cap=FU_WORK, obj=_pk("followup_doc_a"), scope=A),
    E("staff:followup-dashboard", cap="followup.supervise"),
    E("staff:followup-select", cap="followup.supervise", post=True),
    E("staff:followup-reports", cap=("followup.supervise", "reports.view")),
    E("staff:followup-path", cap="cases.note", obj=_pk("seeker_a"), scope=A, post=True),
]

# API operations: (name, method, path builder, capability or None, scope).
API = [
    # (name, method, url, capability (any one; all of them when a sixth element is True), scope)
    (
        "api-v1:order_candidates",
        "get",
        lambda w: f"/api/v1/matching/orders/{w.order_a.pk}/candidates",
        ("joborders.view", "seekers.view"),
        ANY,
        True,
    ),
    ("api-v1:seeker_jobs", "get", lambda w: f"/api/v1/matching/seekers/{w.seeker_a.state_id}/jobs", "seekers.view", A),
    ("api-v1:my_jobs", "get", lambda w: "/api/v1/matching/me/jobs", "portal.seeker", SELF),
    ("api-v1:preferences", "get", lambda w: "/api/v1/jobs/notifications", "portal.seeker", SELF),
    ("api-v1:preferences_update", "put", lambda w: "/api/v1/jobs/notifications", "portal.seeker", SELF),
    ("api-v1:me", "get", lambda w: "/api/v1/me", None, SELF),
    ("api-v1:list_seekers", "get", lambda w: "/api/v1/seekers/", ("seekers.view", "portal.seeker"), ANY),
    ("api-v1:register", "post", lambda w: "/api/v1/seekers/", "seekers.register", ANY),
    (
        "api-v1:get_seeker",
        "get",
        lambda w: f"/api/v1/seekers/{w.seeker_a.state_id}",
        ("seekers.view", "portal.seeker"),
        A_OR_OWN,
    ),
    ("api-v1:list_employers", "get", lambda w: "/api/v1/employers/", ("employers.view", "portal.employer"), ANY),
    ("api-v1:create_employer", "post", lambda w: "/api/v1/employers/", "employers.register", ANY),
    (
        "api-v1:get_employer",
        "get",
        lambda w: f"/api/v1/employers/{w.employer_a.pk}",
        ("employers.view", "portal.employer"),
        STAFF_OR_OWN_EMPLOYER,
    ),
    (
        "api-v1:list_job_orders",
        "get",
        lambda w: "/api/v1/job-orders/",
        ("joborders.view", "portal.seeker", "portal.employer"),
        ANY,
    ),
    ("api-v1:create_job_order", "post", lambda w: "/api/v1/job-orders/", ("joborders.edit", "portal.employer"), ANY),
    (
        "api-v1:get_job_order",
        "get",
        lambda w: f"/api/v1/job-orders/{w.order_a.pk}",
        ("joborders.view", "portal.seeker", "portal.employer"),
        STAFF_OR_OWN_EMPLOYER,
    ),
    ("api-v1:screen", "post", lambda w: "/api/v1/job-orders/screen", "joborders.screen", ANY),
    ("api-v1:search", "get", lambda w: "/api/v1/occupations/?q=cook", None, ANY),
    ("api-v1:code_title", "get", lambda w: _with_occupation("/api/v1/occupations/code?title=cook"), None, ANY),
    ("api-v1:code_titles", "post", lambda w: _with_occupation("/api/v1/occupations/code"), None, ANY),
    ("api-v1:caseload", "get", lambda w: "/api/v1/cases/caseload", "cases.view", ANY),
    ("api-v1:service_catalogue", "get", lambda w: "/api/v1/cases/catalogue", "staff.workspace", ANY),
    ("api-v1:events", "get", lambda w: "/api/v1/cases/events", "cases.view", ANY),
    ("api-v1:event_attendance", "post", lambda w: f"/api/v1/cases/events/{MISSING}/attendance", "cases.view", ANY),
    ("api-v1:case_detail", "get", lambda w: f"/api/v1/cases/seekers/{w.seeker_a.pk}", "cases.view", A),
    (
        "api-v1:enrollment_create",
        "post",
        lambda w: f"/api/v1/cases/seekers/{w.seeker_a.pk}/enrollments",
        "cases.enroll",
        A,
    ),
    ("api-v1:note_create", "post", lambda w: f"/api/v1/cases/seekers/{w.seeker_a.pk}/notes", "cases.note", A),
    (
        "api-v1:service_create",
        "post",
        lambda w: f"/api/v1/cases/seekers/{w.seeker_a.pk}/services",
        "cases.record_service",
        A,
    ),
    ("api-v1:supervision", "get", lambda w: "/api/v1/cases/supervision", "cases.supervise", ANY),
    (
        "api-v1:list_referrals",
        "get",
        lambda w: "/api/v1/referrals/",
        ("matching.refer", "portal.seeker", "portal.employer"),
        ANY,
    ),
    ("api-v1:create_referral", "post", lambda w: "/api/v1/referrals/", ("matching.refer", "portal.seeker"), ANY),
    (
        "api-v1:approve_referral",
        "post",
        lambda w: f"/api/v1/referrals/{w.referral_a.pk}/approve",
        "matching.refer",
        A,
    ),
    ("api-v1:deny_referral", "post", lambda w: f"/api/v1/referrals/{w.referral_a.pk}/deny", "matching.refer", A),
    (
        "api-v1:record_outcome",
        "post",
        lambda w: f"/api/v1/referrals/{w.referral_a.pk}/outcome",
        ("matching.refer", "portal.employer"),
        A,
    ),
    # --- supplemental wage follow-up (issue #14) ------------------------------------------------------------
    ("api-v1:case_list", "get", lambda w: f"{FU_API}/cases", FU_READ, ANY),
    ("api-v1:followup_case_detail", "get", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}", FU_READ, A),
    ("api-v1:attempt_list", "get", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/attempts", FU_READ, A),
    ("api-v1:attempt_create", "post", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/attempts", FU_WORK, A),
    ("api-v1:identity", "post", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/identity", FU_WORK, A),
    ("api-v1:introduction", "post", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/introduction", FU_WORK, A),
    ("api-v1:interview", "post", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/interview", FU_WORK, A),
    ("api-v1:interview_detail", "get", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/interview", FU_READ, A),
    ("api-v1:close", "post", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/close", FU_WORK, A),
    ("api-v1:link_create", "post", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/links", FU_WORK, A),
    ("api-v1:link_list", "get", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/links", FU_READ, A),
    ("api-v1:document_list", "get", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/documents", FU_READ, A),
    ("api-v1:document_create", "post", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/documents", FU_WORK, A),
    ("api-v1:document_accept", "post", lambda w: f"{FU_API}/documents/{w.followup_doc_a.pk}/accept", FU_WORK, A),
    ("api-v1:document_reject", "post", lambda w: f"{FU_API}/documents/{w.followup_doc_a.pk}/reject", FU_WORK, A),
    ("api-v1:document_file", "get", lambda w: f"{FU_API}/documents/{w.followup_doc_a.pk}/file", FU_WORK, A),
    ("api-v1:case_take", "post", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/take", FU_WORK, A),
    (
        "api-v1:case_assignees",
        "get",
        lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/assignees",
        "followup.supervise",
        A,
    ),
    ("api-v1:case_assign", "post", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/assign", "followup.supervise", A),
    ("api-v1:contact_sources", "get", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/contacts", FU_READ, A),
    (
        "api-v1:alternate_contact_create",
        "post",
        lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/alternate-contacts",
        FU_WORK,
        A,
    ),
    ("api-v1:consent_create", "post", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/consent", FU_WORK, A),
    ("api-v1:form_pdf", "get", lambda w: f"{FU_API}/cases/{w.followup_case_a.pk}/form", FU_READ, A),
    ("api-v1:path_list", "get", lambda w: f"{FU_API}/seekers/{w.seeker_a.pk}/paths", "cases.note", A),
    ("api-v1:path_create", "post", lambda w: f"{FU_API}/seekers/{w.seeker_a.pk}/paths", "cases.note", A),
    ("api-v1:dashboard", "get", lambda w: f"{FU_API}/dashboard", "followup.supervise", ANY),
    ("api-v1:reports", "get", lambda w: f"{FU_API}/reports", ("followup.supervise", "reports.view"), ANY),
    ("api-v1:facts", "get", lambda w: f"{FU_API}/facts", ("followup.supervise", "reports.view"), ANY),
    ("api-v1:select", "post", lambda w: f"{FU_API}/select", "followup.supervise", ANY),
]
# Not part of the matrix: public by design (jobcenter/core/tests/test_url_walk.py PUBLIC_URL_NAMES) or the Django
# admin (its own staff-only login).
OUTSIDE = {
    "login",
    "healthz",
    "api-docs",
    "api-v1:openapi-json",
    "api-v1:openapi-view",
    "api-v1:api-root",
    "portal:seeker-register",
    "portal:employer-register",
    "portal:followup-upload",
    "api-v1:job_search",  # public job search through the API; tested in jobcenter/api/tests/test_jobsearch_api.py
}

# URLs that landed (issues #13, #14) before the matrix and still wait for their entries. Their owners: move each
# into MATRIX/API with the right capability and scope. Do NOT add new names here: a new URL goes into the matrix.
NOT_YET_PLACED: set[str] = set()
