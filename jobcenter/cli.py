"""The ``jobcenter`` console script.

``jobcenter <area> <verb> [options]`` runs the management command ``<area>_<verb>`` (for example
``jobcenter people dedupe --input people.csv``). ``jobcenter --help`` lists the areas and verbs.
Anything else is passed to Django unchanged (``jobcenter migrate``, ``jobcenter runserver``).
"""

from __future__ import annotations

import os
import sys


def _area_commands() -> dict[str, dict[str, str]]:
    from django.core.management import get_commands

    areas: dict[str, dict[str, str]] = {}
    for name, app in get_commands().items():
        if "_" in name and app.startswith("jobcenter"):
            area, verb = name.split("_", 1)
            areas.setdefault(area, {})[verb] = name
    return areas


def _print_help(areas: dict[str, dict[str, str]]) -> None:
    from django.core.management import load_command_class

    print("usage: jobcenter <area> <verb> [options]   (or any Django command, e.g. jobcenter migrate)\n")
    for area in sorted(areas):
        print(f"{area}:")
        for verb, name in sorted(areas[area].items()):
            app = __import__("django.core.management", fromlist=["get_commands"]).get_commands()[name]
            helptext = (load_command_class(app, name).help or "").strip().splitlines()
            print(f"  {verb:<16} {helptext[0] if helptext else ''}")
    print("\nRun `jobcenter <area> <verb> --help` for a command's options.")


def main(argv: list[str] | None = None) -> None:
    """Dispatch ``jobcenter`` arguments to Django management commands."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobcenter.config.settings")
    argv = list(sys.argv if argv is None else argv)
    import django
    from django.core.management import execute_from_command_line

    django.setup()
    areas = _area_commands()
    if len(argv) == 1 or argv[1] in {"-h", "--help", "help"} and len(argv) == 2:
        _print_help(areas)
        return
    if len(argv) >= 2 and argv[1] in areas:
        area = argv[1]
        if len(argv) == 2 or argv[2] in {"-h", "--help"}:
            print(f"usage: jobcenter {area} <verb> [options]\nverbs: {', '.join(sorted(areas[area]))}")
            return
        verb = argv[2].replace("-", "_")  # `accounts otp-code` as printed by `demo logins` runs accounts_otp_code
        if verb not in areas[area]:
            print(
                f"jobcenter: unknown verb {argv[2]!r} for {area!r}; choose from {', '.join(sorted(areas[area]))}",
                file=sys.stderr,
            )
            sys.exit(2)
        argv = [argv[0], areas[area][verb], *argv[3:]]
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
