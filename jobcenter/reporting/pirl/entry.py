"""Elements about the person before participation: PIRL 402, 403 (from the résumé) and 404-406, 1700-1702 (from
the UI wage store). DOL PIRL public-use record layout PY2022 Q4 (federal-specs 1.2 and 1.5), ADR 0041.

* 402 Long-term unemployed at program entry: 1 when the person was unemployed at entry (PIRL 400 = 0) and the last
  day worked at the most recent job begun before entry (résumé work history) is at least 27 weeks before entry:
  unemployed from the day after the last day worked, so the entry date is at least 190 days after it. 0 when
  employed or not in the labour force at entry (400 = 1, 2, 3), or unemployed for less. Blank when 400 is not
  recorded, or the person is unemployed with no job before entry on the résumé (how long is not known).
* 403 Occupational code of the most recent job held before participating: the work-history job begun before entry
  that ended last (a job still held, or ended on or after entry, counts as held at entry); several such jobs, the
  one with the highest gross wage. Its code is the O*NET-SOC code entered with the job, else the occupation coder's
  code for its title (``SeekerOccupation`` with basis "Work history: <title>"), following a staff correction of
  that code. Blank when the job has neither ("leave blank if ... not available or not known").
* 1700/1701/1702 Wages 3rd/2nd/1st quarter prior to the participation quarter: the total of the wage records
  (any employer, any source) in that calendar quarter, matched by ``jobcenter.analytics.match_wage_records``
  with the entry date in place of the exit date and quarters -1, -2, -3. 0.00 when the wage data for the quarter
  is final (past the two-quarter lag) with no wages; blank while it is not (no not-yet-available code is
  defined for these elements), without an SSN (no match possible) or without a wage engine.
* 404/405/406 Industry code of the 1st/2nd/3rd quarter prior: the NAICS of the employer that paid the most in the
  quarter; 999999 when wages exist and its NAICS is not known; blank without wages.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from jobcenter.core.parameters import param
from jobcenter.occupations.wages import PER_YEAR
from jobcenter.reporting import wage_sources
from jobcenter.reporting.pirl.elements import NAICS_UNKNOWN, PRIOR_ELEMENTS
from jobcenter.reporting.pirl.outcomes import DIRECT_SOURCES, NOT_YET_AVAILABLE, WageMatch, dollars
from jobcenter.reporting.quarters import Quarter
from jobcenter.seekers.choices import EmploymentStatus

LONG_TERM_DAYS = 27 * 7 + 1  # 27 weeks from the day after the last day worked
WORK_HISTORY_BASIS = "Work history: {title}"
_CORRECTED = re.compile(r"^Corrected from (\d{2}-\d{4}\.\d{2})\b")


def onet_digits(code: str) -> str:
    """O*NET-SOC ``15-1252.00`` as the PIRL's 8 digits ``15125200`` (blank stays blank)."""
    return re.sub(r"\D", "", code or "")


def _held_before(jobs, entry: dt.date) -> list:
    return [j for j in jobs if j.start_date < entry]


def _last_day(job, entry: dt.date) -> dt.date:
    """The last day worked before entry (a job still held at entry counts up to entry)."""
    return min(job.end_date, entry) if job.end_date else entry


def long_term_unemployed(employment_status: str, jobs, entry: dt.date) -> str:
    """PIRL 402 (see the module docstring)."""
    if not employment_status:
        return ""
    if employment_status != EmploymentStatus.UNEMPLOYED:
        return "0"
    before = _held_before(jobs, entry)
    if not before:
        return ""
    last_worked = max(_last_day(j, entry) for j in before)
    return "1" if (entry - last_worked).days >= LONG_TERM_DAYS else "0"


def _gross_per_year(job) -> Decimal:
    if job.wage is None:
        return Decimal(-1)
    return job.wage * PER_YEAR.get(job.wage_unit, 1)


def _coded(job, occupations) -> str:
    """The job's own code, else the coder's (or staff's correction of it) for its title."""
    if job.onet_soc_code:
        return job.onet_soc_code
    basis = WORK_HISTORY_BASIS.format(title=job.title)
    mine = [o for o in occupations if o.basis == basis]
    applying = [o for o in mine if o.applies]
    if applying:
        return max(applying, key=lambda o: (o.confidence or 0, o.code)).code
    for old in mine:  # a coder code staff corrected: the code staff put in its place
        for o in occupations:
            m = _CORRECTED.match(o.basis)
            if o.applies and m and m.group(1) == old.code:
                return o.code
    return ""


def prior_occupation(jobs, occupations, entry: dt.date) -> str:
    """PIRL 403 (see the module docstring): 8 digits, or blank."""
    before = _held_before(jobs, entry)
    if not before:
        return ""
    last = max(_last_day(j, entry) for j in before)
    latest = [j for j in before if _last_day(j, entry) == last]
    job = max(latest, key=lambda j: (_gross_per_year(j), j.start_date, j.pk or 0))
    return onet_digits(_coded(job, occupations))


def prior_quarter(matches: list[WageMatch], *, final: bool) -> tuple[str, str]:
    """(wages, NAICS) of one quarter before entry from the engine's rows for it."""
    paid = [m for m in matches if m.type_of_match in DIRECT_SOURCES and m.wages_cents > 0]
    if paid:
        top = max(paid, key=lambda m: m.wages_cents)
        return dollars(sum(m.wages_cents for m in paid)), top.naics or NAICS_UNKNOWN
    if matches and final and not any(m.type_of_match == NOT_YET_AVAILABLE for m in matches):
        return "0.00", ""
    return "", ""


def add_prior_wages(rows: list[dict], quarter: Quarter) -> None:
    """Fill 1700-1702 and 404-406 of the participants' records (918 = 1) from the wage store."""
    entrants = [
        {"person_id": str(r["_enrollment_id"]), "ssn_hash": r["_ssn_hash"], "exit_date": r["p900"]}
        for r in rows
        if r.get("_enrollment_id") and r.get("p900") and r.get("_ssn_hash")
    ]
    if not entrants:
        return
    direct = wage_sources.direct_matches(entrants, as_of=(quarter + 1).start, quarters_after_exit=tuple(PRIOR_ELEMENTS))
    if not direct.loaded:
        return
    lag = param("reporting.wage_lag_quarters", as_of=quarter.end)
    for row in rows:
        if not (row.get("_enrollment_id") and row.get("p900") and row.get("_ssn_hash")):
            continue
        entry_q = Quarter.of(dt.datetime.strptime(row["p900"], "%Y%m%d").date())
        for k, (wage_col, naics_col) in PRIOR_ELEMENTS.items():
            final = quarter - (entry_q + k) >= lag
            row[wage_col], row[naics_col] = prior_quarter(direct.get(str(row["_enrollment_id"]), k), final=final)
