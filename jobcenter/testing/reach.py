"""Reachability and raw-internals checks, reusable by every area's tests.

``crawl(client, start)`` starts at a landing page and follows, like a person clicking, every same-site link and
every form that uses GET (submitted with the values already on the page), breadth first and bounded
(``max_pages`` in all, ``per_view`` pages of one view so that 50 records do not eat the budget). For each page it
keeps the status and, for HTML, what a person would read that looks like a raw internal (``raw_internals``).

    from jobcenter.testing.reach import assert_clean_page, crawl

    result = crawl(client, "/staff/")                       # the client is signed in as the persona
    assert not result.server_errors
    assert not result.problems                               # raw internals, page by page
    assert "staff:referral-detail" in result.views           # the page is reachable by clicking

    assert_clean_page(client.get(url))                       # one page: no 5xx, nothing raw on screen
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

from django.urls import Resolver404, resolve

# What must never reach a page (docs: one presentation layer). Each finds text a person would read.
APP_PREFIXES = (
    "accounts|core|seekers|employers|joborders|cases|compliance|matching|occupations|referrals|reporting|"
    "wages|analytics|followup|dedupe|staff|portal|api"
)
RAW_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("dotted code", re.compile(rf"\b(?:{APP_PREFIXES})\.[a-z_]+(?:\.[a-z_]+)+\b")),
    ("E.164 phone", re.compile(r"\+1\d{10}\b")),
    ("Python value", re.compile(r"(?<![\w-])(?:True|False)(?![\w-])|^None$|\bNone\b(?= *[·|—,;)])")),
    ("Python repr", re.compile(r"<[A-Za-z_.]+ object at 0x|\{'[a-z_]+': |\[<[A-Z]\w+: |QuerySet \[|datetime\.date")),
    ("timedelta", re.compile(r"\b\d+:\d{2}:\d{2}\.\d{3,6}\b|\b\d+ days?, \d+:\d{2}:\d{2}\b")),
    ("snake_case value", re.compile(r"(?<![\w@./:-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w@.-]|\.\w)")),
]
SKIP_TAGS = {"script", "style", "head", "title", "template", "noscript", "code", "pre", "textarea", "option"}
DEFAULT_SKIP = ("/admin/", "/api/", "/static/", "/media/", "/accounts/logout/")


class _Page(HTMLParser):
    """Visible text nodes, links and GET forms of one HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.links: list[str] = []
        self.forms: list[dict] = []
        self.fragments: list[str] = []  # hx-get URLs: what the page asks for while a person types or clicks
        self._skip = 0
        self._form: dict | None = None
        self._select: str | None = None
        self.options: list[str] = []  # the visible words of every list choice
        self._option: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in SKIP_TAGS:
            self._skip += 1
        if tag == "option":
            self._option = []
        if a.get("hx-get"):
            self.fragments.append(a["hx-get"])
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self._form = {"method": (a.get("method") or "get").lower(), "action": a.get("action") or "", "fields": {}}
        elif self._form is not None and tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind not in ("submit", "button", "file", "password"):
                self._form["fields"].setdefault(a["name"], a.get("value") or "")
        elif self._form is not None and tag == "select" and a.get("name"):
            self._select = a["name"]
            self._form["fields"].setdefault(a["name"], None)
        elif (
            self._form is not None
            and tag == "option"
            and self._select
            and (self._form["fields"].get(self._select) is None or "selected" in a)
        ):
            self._form["fields"][self._select] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self._skip:
            self._skip -= 1
        if tag == "option" and self._option is not None:
            self.options.append(" ".join("".join(self._option).split()))
            self._option = None
        if tag == "select":
            self._select = None
        elif tag == "form" and self._form is not None:
            self.forms.append(self._form)
            self._form = None

    def handle_data(self, data):
        if self._option is not None:
            self._option.append(data)
        if not self._skip and data.strip():
            self.texts.append(" ".join(data.split()))


def raw_internals(html: str) -> list[str]:
    """What a person would read on this page that is an internal code or a Python value (empty: clean)."""
    parser = _Page()
    parser.feed(html)
    found = []
    for text in parser.texts:
        if "@" in text and "_" in text:  # an email address may hold underscores
            text = re.sub(r"\S+@\S+", "", text)
        for name, pattern in RAW_PATTERNS:
            match = pattern.search(text)
            if match:
                found.append(f"{name}: {match.group(0)!r} in {text[:120]!r}")
    for option in parser.options:
        if re.fullmatch(r"-{3,}", option):
            found.append(f"Django's empty choice: {option!r} in a list (say '- Select -')")
    return found


def assert_clean_page(response) -> None:
    """One page: not a server error, and nothing raw on the screen."""
    assert response.status_code < 500, f"{response.status_code} for {response.request.get('PATH_INFO')}"
    if "text/html" in response.get("Content-Type", ""):
        problems = raw_internals(response.content.decode())
        assert not problems, "\n".join(problems)


@dataclass
class CrawlResult:
    """What a crawl saw: status per URL, view names reached, server errors and raw internals per page."""

    statuses: dict[str, int] = field(default_factory=dict)
    views: set[str] = field(default_factory=set)
    fragments: set[str] = field(default_factory=set)  # view names of hx-get URLs on reached pages that answered 200
    server_errors: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _view_name(path: str) -> str | None:
    try:
        return resolve(path).view_name
    except Resolver404:
        return None


def crawl(
    client,
    start: str,
    *,
    max_pages: int = 80,
    per_view: int = 2,
    skip: tuple[str, ...] = DEFAULT_SKIP,
    ignore: tuple[str, ...] = (),
) -> CrawlResult:
    """Follow links and GET forms from ``start`` as the client's user (bounded; see the module docstring).
    ``ignore`` lists substrings of raw-internal findings that a caller accepts (keep it empty if you can)."""
    result = CrawlResult()
    queue: deque[str] = deque([start])
    seen: set[str] = {start}
    per_view_count: dict[str, int] = {}
    while queue and len(result.statuses) < max_pages:
        url = queue.popleft()
        view = _view_name(urlsplit(url).path)
        key = view or urlsplit(url).path
        if per_view_count.get(key, 0) >= per_view:
            continue
        per_view_count[key] = per_view_count.get(key, 0) + 1
        response = client.get(url)
        result.statuses[url] = response.status_code
        if response.status_code >= 500:
            result.server_errors.append(f"{response.status_code} {url}")
            continue
        if response.status_code in (301, 302, 303, 307, 308):
            target = urljoin(url, response["Location"])
            if _internal(target, skip) and target not in seen:
                seen.add(target)
                queue.appendleft(target)
            continue
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        if view:
            result.views.add(view)
        html = response.content.decode()
        for problem in raw_internals(html):
            if not any(s in problem for s in ignore):
                result.problems.append(f"{url}: {problem}")
        parser = _Page()
        parser.feed(html)
        for hx in parser.fragments:  # asked for once each, outside the page budget (a person does not click them)
            path = urlsplit(urljoin(url, hx)).path
            fragment_view = _view_name(path)
            if fragment_view and fragment_view not in result.fragments and _internal(path, skip):
                answer = client.get(path, {"q": "a"})
                if answer.status_code >= 500:
                    result.server_errors.append(f"{answer.status_code} {path}")
                elif answer.status_code == 200:
                    result.fragments.add(fragment_view)
        targets = [urljoin(url, href) for href in parser.links]
        for form in parser.forms:
            if form["method"] == "get":
                fields = {k: v for k, v in form["fields"].items() if v}
                action = urljoin(url, form["action"] or urlsplit(url).path)
                targets.append(f"{urlsplit(action).path}?{urlencode(fields)}" if fields else action)
        for target in targets:
            target = target.split("#", 1)[0]
            parts = urlsplit(target)
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            if target and _internal(target, skip) and target not in seen:
                seen.add(target)
                queue.append(target)
    return result


def _internal(url: str, skip: tuple[str, ...]) -> bool:
    parts = urlsplit(url)
    if parts.scheme and parts.scheme not in ("http", "https"):
        return False
    if parts.netloc and parts.netloc not in ("testserver", "localhost", "127.0.0.1"):
        return False
    return parts.path.startswith("/") and not any(parts.path.startswith(s) for s in skip)
