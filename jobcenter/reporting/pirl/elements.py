"""PIRL elements this system writes and checks, with their format, valid values and citation.

Numbers, names and code values are those of the DOL PIRL public-use record layout PY2022 Q4 (federal-specs
section 1, marked [V]). Columns are named ``p<element>`` as DOL's own analysis code does (``p100``, ``p1602``).
"""

from __future__ import annotations

from dataclasses import dataclass

YES_NO = frozenset({"1", "0"})
YES_NO_9 = frozenset({"1", "0", "9"})
SSI_SSDI = frozenset({"0", "1", "2", "3", "4", "5", "6"})
PROGRAM_FLAG = frozenset({"1", "2", "3", "4", "0"})
EMPLOYED = frozenset({"1", "2", "3", "0", "9"})
TYPE_OF_MATCH = frozenset({"1", "2", "3", "4", "5", "0"})
NOT_YET_AVAILABLE_WAGES = "999999.99"
# O*NET-SOC codes (PIRL 403, 1610, 1612, 1613) are written as their 8 digits ("15-1252.00" -> "15125200"); the
# first two are the SOC major group. NAICS codes (404-406, 1614-1617) are 4-6 digits (the wage store also holds
# sector-level codes of 2-3 digits, as the public-use file shows them), the first two the sector;
# 999999 = wages exist but the NAICS is not known (PIRL layout PY2022 Q4 404-406, 1614-1617).
OCCUPATION, INDUSTRY = "occupation", "industry"
SOC_MAJOR_GROUPS = frozenset(str(n) for n in range(11, 56, 2))
NAICS_SECTORS = frozenset(
    {"11", "21", "22", "23", "31", "32", "33", "42", "44", "45", "48", "49", "51", "52", "53", "54", "55", "56"}
    | {"61", "62", "71", "72", "81", "92"}
)
NAICS_UNKNOWN = "999999"
# Why an element is blank in every record this system writes: the DOL PIRL public-use layout PY2022 Q4 (federal-
# specs section 1, S2) marks which programs report each element, and these are not marked for Wagner-Peyser. A
# joint PIRL (ETA-9170) gets them from the system of the program that collects them. ADR 0041.
TITLE_I = "Title I only (not a Wagner-Peyser element); supplied by the Title I system in a joint PIRL"
TITLE_I_TRAINING = TITLE_I + ": the exchange records that training was received (1300), not its type or enrollment"
TITLE_I_YOUTH = "WIOA Youth only; supplied by the Title I Youth system in a joint PIRL"
DWG_ONLY = "Dislocated Worker Grant records only; supplied by the DWG grantee's system"
JOB_CORPS = "Job Corps and WIOA Youth only; the exchange does not record Job Corps enrollment"


@dataclass(frozen=True)
class Element:
    """One PIRL element: ``kind`` is AN (text), IN (code/integer), DT (YYYYMMDD), DEC (dollars, 2 decimals)."""

    number: str
    name: str
    kind: str
    width: int
    codes: frozenset[str] | None = None
    section: str = "1.1"
    classification: str = ""  # OCCUPATION or INDUSTRY: valid-value check on the code's first two digits
    blank_reason: str = ""  # set for elements the exchange never fills (see TITLE_I and ADR 0041)

    @property
    def column(self) -> str:
        return f"p{self.number}"

    @property
    def citation(self) -> str:
        return f"PIRL element {self.number.upper()} ({self.name}), ETA-9172; federal-specs {self.section}"


def _e(number, name, kind, width, codes=None, section="1.1", *, classification="", blank="") -> Element:
    frozen = frozenset(codes) if codes is not None else None
    return Element(str(number), name, kind, width, frozen, section, classification, blank)


def _occ(number, name, section) -> Element:
    return _e(number, name, "IN", 8, section=section, classification=OCCUPATION)


def _naics(number, name, section) -> Element:
    return _e(number, name, "IN", 6, section=section, classification=INDUSTRY)


TRAINING_TYPES = {str(i) for i in range(13)}
CREDENTIAL_TYPES = {str(i) for i in range(8)}


_SERVICE_DATES = {
    1000: "Date of first basic career service (self-service or information-only)",
    1001: "Date of first basic career service (staff-assisted)",
    1002: "Most recent date received self-service or information-only",
    1003: "Most recent date received staff-assisted basic career service",
    1004: "Date of most recent career service",
    1005: "Most recent date received staff-assisted services (DVOP specialist)",
    1007: "Date of most recent reportable individual contact",
    1100: "Most recent date received information-only activity",
    1101: "Most recent date received self-service activity",
    1102: "Most recent date received staff-assisted career guidance",
    1103: "Most recent date received workforce information services",
    1104: "Most recent date received staff-assisted job search activities",
    1105: "Most recent date referred to employment",
    1106: "Most recent date referred to federal training",
    1107: "Most recent date placed in federal training",
    1108: "Most recent date referred to federal job",
    1109: "Most recent date referred to federal contractor job",
    1110: "Most recent date entered into federal job",
    1111: "Most recent date entered into federal contractor job",
    1112: "Most recent date received UI claim assistance",
    1113: "Most recent date referred to other federal or state assistance",
    1115: "Most recent date referred to VA services",
    1116: "Most recent date received other staff-assisted basic career services",
    1200: "Date of first individualized career service",
    1201: "Date of most recent individualized career service",
    1202: "Date individual employment plan created",
}
# Section C service elements that are codes, not dates.
_SERVICE_CODES = {
    1114: _e(
        1114, "Referred to Jobs for Veterans State Grants (JVSG) Services", "IN", 1, {"0", "1", "2", "3", "4"}, "1.4"
    ),
}

# Measurable skill gains and the education or training that leads to a credential (Title I; S2 1806-1811).
_MSG_DATES = {
    1806: "Date of Most Recent Measurable Skill Gains: Educational Functioning Level",
    1807: "Date of Most Recent Measurable Skill Gains: Postsecondary Transcript/Report Card",
    1808: "Date of Most Recent Measurable Skill Gains: Secondary Transcript/Report Card",
    1809: "Date of Most Recent Measurable Skill Gains: Training Milestone",
    1810: "Date of Most Recent Measurable Skill Gains: Skills Progression",
    1811: "Date Enrolled During Participation in an Education or Training Program Leading to a Credential or Employment",
}

ELEMENTS: tuple[Element, ...] = (
    _e(100, "Unique Individual Identifier", "AN", 12),
    _e(101, "State Code of Residence", "AN", 2),
    _e(102, "County Code of Residence", "IN", 3),
    _e(103, "ZIP Code of Residence", "IN", 5),
    _e("108a", "ETA-Assigned 1st Local Workforce Board Code", "IN", 5),
    _e("108b", "ETA-Assigned 2nd Local Workforce Board Code", "IN", 5),
    _e("108c", "ETA-Assigned 3rd Local Workforce Board Code", "IN", 5),
    _e(200, "Date of Birth", "DT", 8),
    _e(201, "Sex", "IN", 1, {"1", "2", "9"}),
    _e(202, "Individual with a Disability", "IN", 1, YES_NO_9),
    _e(210, "Ethnicity Hispanic/Latino", "IN", 1, YES_NO_9),
    _e(211, "American Indian / Alaska Native", "IN", 1, YES_NO_9),
    _e(212, "Asian", "IN", 1, YES_NO_9),
    _e(213, "Black / African American", "IN", 1, YES_NO_9),
    _e(214, "Native Hawaiian / Other Pacific Islander", "IN", 1, YES_NO_9),
    _e(215, "White", "IN", 1, YES_NO_9),
    _e(300, "Veteran Status", "IN", 1, YES_NO_9),
    _e(301, "Eligible Veteran Status", "IN", 1, {"0", "1", "2", "3"}),
    _e(302, "Campaign Veteran", "IN", 1, YES_NO),
    _e(303, "Disabled Veteran", "IN", 1, {"0", "1", "2"}),
    _e(304, "Date of Actual Military Separation", "DT", 8),
    _e(305, "Transitioning Service Member", "IN", 1, YES_NO),
    _e(316, "Active Duty Military Spouse", "IN", 1, YES_NO),
    _e(400, "Employment Status at Program Entry", "IN", 1, {"0", "1", "2", "3"}, "1.2"),
    _e(401, "UC Eligible Status", "IN", 1, {"0", "1", "2", "3", "4", "5"}, "1.2"),
    _e(402, "Long-Term Unemployed at Program Entry", "IN", 1, YES_NO, "1.2"),
    _occ(403, "Occupational Code of Most Recent Employment Prior to Participation", "1.2"),
    _naics(404, "Industry Code of Employment 1st Quarter Prior to Participation", "1.2"),
    _naics(405, "Industry Code of Employment 2nd Quarter Prior to Participation", "1.2"),
    _naics(406, "Industry Code of Employment 3rd Quarter Prior to Participation", "1.2"),
    _e(407, "Highest School Grade Completed", "IN", 2, {str(i) for i in range(13)}, "1.2"),
    _e(408, "Highest Educational Level Completed", "IN", 1, {str(i) for i in range(9)}, "1.2"),
    _e(409, "School Status at Program Entry", "IN", 1, {"1", "2", "3", "4", "5", "6"}, "1.2"),
    _e(410, "Date of Actual Dislocation", "DT", 8, section="1.2"),
    _e(413, "Migrant and Seasonal Farmworker Designation", "IN", 1, {"0", "1", "2"}, "1.2"),
    _e(600, "Temporary Assistance to Needy Families (TANF)", "IN", 1, YES_NO, "1.2"),
    _e(
        602,
        "Supplemental Security Income (SSI) / Social Security Disability Insurance (SSDI)",
        "IN",
        1,
        SSI_SSDI,
        "1.2",
    ),
    _e(603, "Supplemental Nutrition Assistance Program (SNAP)", "IN", 1, YES_NO, "1.2"),
    _e(604, "Other Public Assistance Recipient", "IN", 1, YES_NO, "1.2", blank=TITLE_I),
    _e(800, "Homeless", "IN", 1, YES_NO_9, "1.2"),
    _e(801, "Ex-Offender", "IN", 1, YES_NO_9, "1.2"),
    _e(802, "Low Income", "IN", 1, YES_NO_9, "1.2"),
    _e(803, "English Language Learner", "IN", 1, YES_NO_9, "1.2"),
    _e(804, "Basic Skills Deficient", "IN", 1, YES_NO_9, "1.2"),
    _e(805, "Cultural Barriers", "IN", 1, YES_NO_9, "1.2"),
    _e(806, "Single Parent", "IN", 1, YES_NO_9, "1.2"),
    _e(807, "Displaced Homemaker", "IN", 1, YES_NO_9, "1.2"),
    _e(808, "Eligible Migrant and Seasonal Farmworker (NFJP)", "IN", 1, {"0", "1", "2", "3", "4", "5"}, "1.2"),
    _e(900, "Date of Program Entry", "DT", 8, section="1.3"),
    _e(901, "Date of Program Exit", "DT", 8, section="1.3"),
    _e(903, "Adult (WIOA)", "IN", 1, PROGRAM_FLAG, "1.3"),
    _e(904, "Dislocated Worker (WIOA)", "IN", 1, PROGRAM_FLAG, "1.3"),
    _e(905, "Youth (WIOA)", "IN", 1, PROGRAM_FLAG, "1.3"),
    _e(907, "Recipient of Incumbent Worker Training", "IN", 1, {"0", "1", "2", "3", "4", "5", "6"}, "1.3"),
    _e(908, "Rapid Response", "IN", 1, YES_NO_9, "1.3"),
    _e(909, "Rapid Response (Additional Assistance)", "IN", 1, YES_NO_9, "1.3", blank=TITLE_I + " (Dislocated Worker)"),
    _e(910, "Adult Education (WIOA)", "IN", 1, YES_NO_9, "1.3"),
    _e(911, "Job Corps", "IN", 1, {"1", "2", "0", "9"}, "1.3", blank=JOB_CORPS),
    _e(913, "Indian and Native American Programs", "IN", 1, {"1", "2"}, "1.3"),
    _e(914, "Veterans' Programs (JVSG)", "IN", 1, {"0", "1", "2", "9"}, "1.3"),
    _e(917, "Vocational Rehabilitation (WIOA)", "IN", 1, {"0", "1", "2", "3", "9"}, "1.3"),
    # 918 = 2 also for a registrant with no service (1007 = registration day; pirl/reportable.py, ADR 0041).
    _e(918, "Wagner-Peyser Employment Service", "IN", 1, {"0", "1", "2", "9"}, "1.3"),
    _e(921, "Employment and Training Services Related to SNAP", "IN", 1, YES_NO, "1.3"),
    _e(923, "Other Reasons for Exit", "IN", 2, {"00", "01", "02", "03", "04", "05", "06", "07"}, "1.3"),
    _e(931, "Registered Apprenticeship Program", "IN", 1, YES_NO_9, "1.3"),
    _e(932, "National Dislocated Worker Grants (DWG)", "IN", 1, {"0", "1", "2", "9"}, "1.3"),
    _e(933, "Date of First DWG Service", "DT", 8, section="1.3", blank=DWG_ONLY),
    _e(935, "Accountability Exit Status", "IN", 1, {"0", "1", "2", "3"}, "1.3"),
    *(
        _SERVICE_CODES[n] if n in _SERVICE_CODES else _e(n, _SERVICE_DATES[n], "DT", 8, section="1.4")
        for n in sorted({*_SERVICE_DATES, *_SERVICE_CODES})
    ),
    _e(1300, "Received Training", "IN", 1, YES_NO, "1.4"),
    _e(1303, "Type of Training Service #1", "IN", 2, TRAINING_TYPES, "1.4", blank=TITLE_I_TRAINING),
    _e(1310, "Type of Training Service #2", "IN", 2, TRAINING_TYPES, "1.4", blank=TITLE_I_TRAINING),
    _e(1315, "Type of Training Service #3", "IN", 2, TRAINING_TYPES, "1.4", blank=TITLE_I_TRAINING),
    _e(
        1332,
        "Participated in Postsecondary Education During Program Participation",
        "IN",
        1,
        YES_NO,
        "1.4",
        blank=TITLE_I,
    ),
    _e(1401, "Enrolled in Secondary Education Program", "IN", 1, YES_NO, "1.4", blank=TITLE_I),
    _e(
        1406,
        "Date Enrolled in Post-Exit Education or Training Leading to a Postsecondary Credential",
        "DT",
        8,
        section="1.4",
        blank=TITLE_I,
    ),
    _e(1409, "Most Recent Date Received Supportive Services", "DT", 8, section="1.4", blank=TITLE_I),
    _e(1412, "Most Recent Date Received Youth Follow-up Services", "DT", 8, section="1.4", blank=TITLE_I_YOUTH),
    _e(1503, "Most Recent Date Received Follow-up Service", "DT", 8, section="1.4", blank=TITLE_I),
    _e(1600, "Employed in 1st Quarter After Exit Quarter", "IN", 1, EMPLOYED, "1.5"),
    _e(1601, "Type of Employment Match 1st Quarter After Exit Quarter", "IN", 1, TYPE_OF_MATCH, "1.5"),
    _e(1602, "Employed in 2nd Quarter After Exit Quarter", "IN", 1, EMPLOYED, "1.5"),
    _e(1603, "Type of Employment Match 2nd Quarter After Exit Quarter", "IN", 1, TYPE_OF_MATCH, "1.5"),
    _e(1604, "Employed in 3rd Quarter After Exit Quarter", "IN", 1, EMPLOYED, "1.5"),
    _e(1605, "Type of Employment Match 3rd Quarter After Exit Quarter", "IN", 1, TYPE_OF_MATCH, "1.5"),
    _e(1606, "Employed in 4th Quarter After Exit Quarter", "IN", 1, EMPLOYED, "1.5"),
    _e(1607, "Type of Employment Match 4th Quarter After Exit Quarter", "IN", 1, TYPE_OF_MATCH, "1.5"),
    # 1608: staff's judgement on the W-P enrollment ("Other programs"), written only with 1300 = 1 and 1602 = 1-3.
    _e(1608, "Employment Related to Training (2nd Quarter After Exit)", "IN", 1, YES_NO, "1.5"),
    _occ(1610, "Occupational Code", "1.5"),
    _e(1611, "Entered Non-Traditional Employment", "IN", 1, YES_NO_9, "1.5", blank=TITLE_I),
    _occ(1612, "Occupational Code of Employment 2nd Quarter After Exit Quarter", "1.5"),
    _occ(1613, "Occupational Code of Employment 4th Quarter After Exit Quarter", "1.5"),
    _naics(1614, "Industry Code of Employment 1st Quarter After Exit", "1.5"),
    _naics(1615, "Industry Code of Employment 2nd Quarter After Exit", "1.5"),
    _naics(1616, "Industry Code of Employment 3rd Quarter After Exit", "1.5"),
    _naics(1617, "Industry Code of Employment 4th Quarter After Exit", "1.5"),
    _e(1618, "Retention with the Same Employer in the 2nd and 4th Quarters After Exit", "IN", 1, YES_NO, "1.5"),
    _e(1700, "Wages 3rd Quarter Prior to Participation Quarter", "DEC", 9, section="1.5"),
    _e(1701, "Wages 2nd Quarter Prior to Participation Quarter", "DEC", 9, section="1.5"),
    _e(1702, "Wages 1st Quarter Prior to Participation Quarter", "DEC", 9, section="1.5"),
    _e(1703, "Wages 1st Quarter After Exit Quarter", "DEC", 9, section="1.5"),
    _e(1704, "Wages 2nd Quarter After Exit Quarter", "DEC", 9, section="1.5"),
    _e(1705, "Wages 3rd Quarter After Exit Quarter", "DEC", 9, section="1.5"),
    _e(1706, "Wages 4th Quarter After Exit Quarter", "DEC", 9, section="1.5"),
    _e(1800, "Type of Recognized Credential", "IN", 1, CREDENTIAL_TYPES, "1.5"),
    _e(1801, "Date Attained Recognized Credential", "DT", 8, section="1.5"),
    _e(1802, "Type of Recognized Credential #2", "IN", 1, CREDENTIAL_TYPES, "1.5", blank=TITLE_I),
    _e(1803, "Date Attained Recognized Credential #2", "DT", 8, section="1.5", blank=TITLE_I),
    _e(1804, "Type of Recognized Credential #3", "IN", 1, CREDENTIAL_TYPES, "1.5", blank=TITLE_I),
    _e(1805, "Date Attained Recognized Credential #3", "DT", 8, section="1.5", blank=TITLE_I),
    *(_e(n, name, "DT", 8, section="1.5", blank=TITLE_I) for n, name in _MSG_DATES.items()),
    _e(1812, "School Status at Exit", "IN", 1, {"1", "2", "3", "4", "5", "6"}, "1.5", blank=TITLE_I_YOUTH),
    _e(
        1813,
        "Date Completed an Education or Training Program Leading to a Credential or Employment",
        "DT",
        8,
        section="1.5",
        blank=TITLE_I,
    ),
    _e(1900, "Youth 2nd Quarter Placement", "IN", 1, {"1", "2", "3", "0"}, "1.5", blank=TITLE_I_YOUTH),
    _e(1901, "Youth 4th Quarter Placement", "IN", 1, {"1", "2", "3", "0"}, "1.5", blank=TITLE_I_YOUTH),
)

BY_NUMBER: dict[str, Element] = {e.number: e for e in ELEMENTS}
BY_COLUMN: dict[str, Element] = {e.column: e for e in ELEMENTS}
COLUMNS: tuple[str, ...] = tuple(e.column for e in ELEMENTS)
# State extension columns (not federal elements) used for breakdowns by job center and region.
EXTENSION_COLUMNS: tuple[str, ...] = ("job_center", "region")

# Per quarter after exit (1..4): employed element, type-of-match element, wages element, industry element.
OUTCOME_ELEMENTS = {
    1: ("p1600", "p1601", "p1703", "p1614"),
    2: ("p1602", "p1603", "p1704", "p1615"),
    3: ("p1604", "p1605", "p1705", "p1616"),
    4: ("p1606", "p1607", "p1706", "p1617"),
}
# Per quarter before the participation (entry) quarter (-1..-3): wages element, industry element (1700-1702, 404-406).
PRIOR_ELEMENTS = {-1: ("p1702", "p404"), -2: ("p1701", "p405"), -3: ("p1700", "p406")}
# Occupational code of employment after exit (1610, any quarter) and in the 2nd and 4th quarter after exit.
OCCUPATION_AFTER_EXIT = {None: "p1610", 2: "p1612", 4: "p1613"}
BLANK_COLUMNS: tuple[str, ...] = tuple(e.column for e in ELEMENTS if e.blank_reason)
