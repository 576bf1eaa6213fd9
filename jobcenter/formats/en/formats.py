"""English formats for jobcenter: 'Nov 28, 2026' and 'Nov 28, 2026, 3:05 PM' on every page."""

DATE_FORMAT = "M j, Y"
DATETIME_FORMAT = "M j, Y, g:i A"
SHORT_DATE_FORMAT = "M j, Y"
SHORT_DATETIME_FORMAT = "M j, Y, g:i A"
MONTH_YEAR_FORMAT = "M Y"
TIME_FORMAT = "g:i A"
