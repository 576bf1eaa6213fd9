"""The import graph: domain apps never import a front (staff workspace, portal, API).

Fronts sit over the domain core (docs/architecture.md); a domain module that imports a front would make the
core depend on one audience's pages. Every import in every non-test module of a domain app is checked,
including imports inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import jobcenter

PACKAGE = Path(jobcenter.__file__).resolve().parent
FRONTS = ("jobcenter.staff", "jobcenter.portal", "jobcenter.api")
NOT_DOMAIN = {"staff", "portal", "api", "config", "testing", "templates", "static", "__pycache__"}


def domain_apps() -> list[Path]:
    return sorted(
        p for p in PACKAGE.iterdir() if p.is_dir() and p.name not in NOT_DOMAIN and (p / "__init__.py").exists()
    )


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def front_imports(app: Path) -> list[str]:
    out = []
    for path in sorted(app.rglob("*.py")):
        if "tests" in path.relative_to(app).parts:
            continue  # tests of a domain app may drive its pages
        for line, module in imported_modules(path):
            if module.startswith(FRONTS):
                out.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}")
    return out


def test_the_domain_apps_are_found():
    names = {p.name for p in domain_apps()}
    assert {"core", "accounts", "seekers", "employers", "joborders", "cases", "compliance"} <= names


def test_no_domain_app_imports_a_front():
    problems = [problem for app in domain_apps() for problem in front_imports(app)]
    assert not problems, "Domain apps must not import the fronts:\n" + "\n".join(problems)


def test_the_check_sees_an_import_inside_a_function(tmp_path):
    app = tmp_path / "someapp"
    app.mkdir()
    (app / "mod.py").write_text("def f():\n    from jobcenter.staff.views import dashboard\n", encoding="utf-8")
    assert imported_modules(app / "mod.py") == [(2, "jobcenter.staff.views"), (2, "jobcenter.staff.views.dashboard")]
