"""The import graph: domain apps never import a front; shared test support never imports a ``tests`` package.

Fronts sit over the domain core (docs/architecture.md); a domain module that imports a front would make the
core depend on one audience's pages. Every import in every non-test module of a domain app is checked,
including imports inside functions.

``jobcenter.testing`` is shipped test support that every app's tests and the journeys use; if it imported an
app's ``tests`` package (``jobcenter.joborders.tests.factories``) or the top-level ``tests`` package, shared code
would depend on one app's private test files. Its builders live in ``jobcenter.testing`` itself. Relative imports
and ``importlib.import_module("...")`` with a literal name are resolved and checked too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import jobcenter

PACKAGE = Path(jobcenter.__file__).resolve().parent
FRONTS = ("jobcenter.staff", "jobcenter.portal", "jobcenter.api")
NOT_DOMAIN = {"staff", "portal", "api", "config", "testing", "templates", "static", "__pycache__"}


def domain_apps() -> list[Path]:
    return sorted(
        p for p in PACKAGE.iterdir() if p.is_dir() and p.name not in NOT_DOMAIN and (p / "__init__.py").exists()
    )


TESTING = PACKAGE / "testing"


def module_package(path: Path) -> str:
    """The dotted package a file under jobcenter/ belongs to (``jobcenter.testing`` for testing/journeys.py)."""
    parts = path.resolve().relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts if path.name == "__init__.py" else parts[:-1]).removesuffix(".__init__")


def imported_modules(path: Path, *, package: str | None = None) -> list[tuple[int, str]]:
    """Every module ``path`` imports, with its line. Relative imports are resolved against ``package`` (skipped
    without it); ``importlib.import_module``/``__import__`` calls with a literal name count as imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                base = node.module
            elif package is not None:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            else:
                continue
            if not base:
                continue
            if node.module:
                found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            if name in {"import_module", "__import__"} and isinstance(node.args[0].value, str):
                found.append((node.lineno, node.args[0].value))
    return found


def is_tests_module(module: str) -> bool:
    """A module inside a ``tests`` package: ``jobcenter.<app>.tests…`` or the top-level ``tests…``."""
    return "tests" in module.split(".")


def imports_of_tests_packages(folder: Path) -> list[str]:
    out = []
    for path in sorted(folder.rglob("*.py")):
        for line, module in imported_modules(path, package=module_package(path)):
            if is_tests_module(module):
                out.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}")
    return out


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


def test_the_shared_testing_package_imports_no_tests_package():
    problems = imports_of_tests_packages(TESTING)
    assert not problems, "jobcenter.testing must not import a tests package:\n" + "\n".join(problems)


def test_the_testing_check_is_looking_at_the_real_package():
    assert (TESTING / "journeys.py").exists()
    assert module_package(TESTING / "journeys.py") == "jobcenter.testing"
    assert any(
        module == "jobcenter.testing.joborders.make_employer"
        for _, module in imported_modules(TESTING / "journeys.py", package="jobcenter.testing")
    )


@pytest.mark.parametrize(
    "source",
    [
        "from jobcenter.joborders.tests.factories import make_employer\n",
        "def f():\n    from jobcenter.joborders.tests import factories\n",
        "import jobcenter.matching.tests.factories\n",
        "from tests.security.matrix import cases\n",
        "from ..joborders.tests.factories import make_order\n",
        "from ..joborders import tests\n",
        "import importlib\nfactories = importlib.import_module('jobcenter.seekers.tests.factories')\n",
    ],
)
def test_the_testing_check_fails_on_an_import_of_a_tests_package(tmp_path, source):
    folder = tmp_path / "testing"
    folder.mkdir()
    (folder / "helpers.py").write_text(source, encoding="utf-8")
    found = [m for _, m in imported_modules(folder / "helpers.py", package="jobcenter.testing")]
    assert any(is_tests_module(m) for m in found), found


@pytest.mark.parametrize(
    "source",
    [
        "from jobcenter.testing.joborders import make_employer\n",
        "from .joborders import make_order\n",
        "from jobcenter.core import testing_clock\n",
        "import pytest\n",
    ],
)
def test_the_testing_check_passes_other_imports(tmp_path, source):
    (tmp_path / "helpers.py").write_text(source, encoding="utf-8")
    found = [m for _, m in imported_modules(tmp_path / "helpers.py", package="jobcenter.testing")]
    assert found and not any(is_tests_module(m) for m in found), found
