"""PIRL elements this system writes and checks, with their format, valid values and citation.

Numbers, names and code values are those of the DOL PIRL public-use record layout PY2022 Q4 (federal-specs
section 1, marked [V]). Columns are named ``p<element>`` as DOL's own analysis code does (``p100``, ``p1602``).
"""

from __future__ import annotations

from dataclasses import dataclass

YES_NO = frozenset({"1", "0"})
YES_NO_9 = frozenset({"1", "0", "9"})
PROGRAM_FLAG = frozenset({"1", "2", "3", "4", "0"})
EMPLOYED = frozenset({"1", "2", "3", "0", "9"})
TYPE_OF_MATCH = frozenset({"1", "2", "3", "4", "5", "0"})
NOT_YET_AVAILABLE_WAGES = "999999.99"


@dataclass(frozen=True)
class Element:
    """One PIRL element: ``kind`` is AN (text), IN (code/integer), DT (YYYYMMDD), DEC (dollars, 2 decimals)."""

    number: str
    name: str
    kind: str
    width: int
    codes: frozenset[str] | None = None
    section: str = "1.1"

    @property
    def column(self) -> str:
        return f"p{self.number}"

    @property
    def citation(self) -> str:
        return f"PIRL element {self.number.upper()} ({self.name}), ETA-9172; federal-specs {self.section}"


def _e(number, name, kind, width, codes=None, section="1.1") -> Element:
    return Element(str(number), name, kind, width, frozenset(codes) if codes is not None else None, section)


_SERVICE_DATES = {
    1000: "Date of first basic career service (self-service or information-only)",
    1001: "Date of first basic career service (staff-assisted)",
    1002: "Most recent date received self-service or information-only",
    1003: "Most recent date received staff-assisted basic career service",
    1004: "Date of most recent career service",
    1100: "Most recent date received information-only activity",
    1101: "Most recent date received self-service activity",
    1102: "Most recent date received staff-assisted career guidance",
    1103: "Most recent date received workforce information services",
    1104: "Most recent date received staff-assisted job search activities",
    1105: "Most recent date referred to employment",
    1106: "Most recent date referred to federal training",
    1112: "Most recent date received UI claim assistance",
    1113: "Most recent date referred to other federal or state assistance",
    1115: "Most recent date referred to VA services",
    1116: "Most recent date received other staff-assisted basic career services",
    1200: "Date of first individualized career service",
    1201: "Date of most recent individualized career service",
}

ELEMENTS: tuple[Element, ...] = (
    _e(100, "Unique Individual Identifier", "AN", 12),
    _e(101, "State Code of Residence", "AN", 2),
    _e(102, "County Code of Residence", "IN", 3),
    _e(103, "ZIP Code of Residence", "IN", 5),
    _e("108a", "ETA-Assigned 1st Local Workforce Board Code", "IN", 5),
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
    _e(407, "Highest School Grade Completed", "IN", 2, {str(i) for i in range(13)}, "1.2"),
    _e(408, "Highest Educational Level Completed", "IN", 1, {str(i) for i in range(9)}, "1.2"),
    _e(409, "School Status at Program Entry", "IN", 1, {"1", "2", "3", "4", "5", "6"}, "1.2"),
    _e(413, "Migrant and Seasonal Farmworker Designation", "IN", 1, {"0", "1", "2"}, "1.2"),
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
    _e(914, "Veterans' Programs (JVSG)", "IN", 1, {"0", "1", "2", "9"}, "1.3"),
    _e(918, "Wagner-Peyser Employment Service", "IN", 1, {"0", "1", "2", "9"}, "1.3"),
    _e(923, "Other Reasons for Exit", "IN", 2, {"00", "01", "02", "03", "04", "05", "06", "07"}, "1.3"),
    *(_e(n, name, "DT", 8, section="1.4") for n, name in _SERVICE_DATES.items()),
    _e(1300, "Received Training", "IN", 1, YES_NO, "1.4"),
    _e(1600, "Employed in 1st Quarter After Exit Quarter", "IN", 1, EMPLOYED, "1.5"),
    _e(1601, "Type of Employment Match 1st Quarter After Exit Quarter", "IN", 1, TYPE_OF_MATCH, "1.5"),
    _e(1602, "Employed in 2nd Quarter After Exit Quarter", "IN", 1, EMPLOYED, "1.5"),
    _e(1603, "Type of Employment Match 2nd Quarter After Exit Quarter", "IN", 1, TYPE_OF_MATCH, "1.5"),
    _e(1604, "Employed in 3rd Quarter After Exit Quarter", "IN", 1, EMPLOYED, "1.5"),
    _e(1605, "Type of Employment Match 3rd Quarter After Exit Quarter", "IN", 1, TYPE_OF_MATCH, "1.5"),
    _e(1606, "Employed in 4th Quarter After Exit Quarter", "IN", 1, EMPLOYED, "1.5"),
    _e(1607, "Type of Employment Match 4th Quarter After Exit Quarter", "IN", 1, TYPE_OF_MATCH, "1.5"),
    _e(1614, "Industry Code of Employment 1st Quarter After Exit", "IN", 6, section="1.5"),
    _e(1615, "Industry Code of Employment 2nd Quarter After Exit", "IN", 6, section="1.5"),
    _e(1616, "Industry Code of Employment 3rd Quarter After Exit", "IN", 6, section="1.5"),
    _e(1617, "Industry Code of Employment 4th Quarter After Exit", "IN", 6, section="1.5"),
    _e(1618, "Retention with the Same Employer in the 2nd and 4th Quarters After Exit", "IN", 1, YES_NO, "1.5"),
    _e(1703, "Wages 1st Quarter After Exit Quarter", "DEC", 9, section="1.5"),
    _e(1704, "Wages 2nd Quarter After Exit Quarter", "DEC", 9, section="1.5"),
    _e(1705, "Wages 3rd Quarter After Exit Quarter", "DEC", 9, section="1.5"),
    _e(1706, "Wages 4th Quarter After Exit Quarter", "DEC", 9, section="1.5"),
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
