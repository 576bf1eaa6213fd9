"""Charts are plain SVG (readable without JavaScript, drawn into the PDF) with the negotiated level marked."""

from decimal import Decimal
from xml.etree import ElementTree

from jobcenter.reporting import charts


def test_the_trend_chart_is_well_formed_svg_with_values_and_the_negotiated_level():
    svg = charts.trend_svg(
        title="Employment rate <Q2>",
        points=[("Jan-Mar 2025", Decimal("50.0")), ("Apr-Jun 2025", None), ("Jul-Sep 2025", Decimal("62.5"))],
        unit="percent",
        target=Decimal("57.6"),
    )
    root = ElementTree.fromstring(svg)
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "50.0%" in texts and "62.5%" in texts and "no data" in texts
    assert "Negotiated level 57.6%" in texts
    assert root.attrib["aria-label"] == "Employment rate <Q2>"


def test_the_bar_chart_has_one_bar_per_job_center_in_dollars_for_the_median():
    svg = charts.bars_svg(
        title="Median", bars=[("Kansas City", Decimal("7100.50")), ("St. Louis", None)], unit="USD", target=None
    )
    root = ElementTree.fromstring(svg)
    assert len(list(root.iter("{http://www.w3.org/2000/svg}rect"))) == 2  # background + one bar
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "$7,100" in texts and "no data" in texts
