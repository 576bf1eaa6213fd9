"""jobcenter wages import FILE... --source ui|swis|federal|military [--format csv|icesa|parquet]."""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from jobcenter.wages.choices import WageFormat, WageSource
from jobcenter.wages.services import WageImportError, wage_file_import


class Command(BaseCommand):
    help = "Import quarterly wage record files (CSV, ICESA fixed-width, Parquet) into the wage store."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="wage files; each is imported all-or-nothing")
        parser.add_argument("--source", required=True, choices=WageSource.values, help="where the records come from")
        parser.add_argument("--format", choices=WageFormat.values, default=None, help="default: from the file name")

    def handle(self, *args, **options):
        failed = 0
        for name in options["files"]:
            bar = tqdm(total=0, desc=name[-40:], unit="row", disable=None)

            def progress(done, total, bar=bar):
                bar.total = total
                bar.n = done
                bar.refresh()

            try:
                result = wage_file_import(path=name, source=options["source"], fmt=options["format"], progress=progress)
            except FileNotFoundError:
                bar.close()
                failed += 1
                self.stderr.write(f"{name}: no such file")
                continue
            except WageImportError as exc:
                bar.close()
                failed += 1
                self.stderr.write(f"{name}: rejected, nothing imported\n{exc.summary()}")
                continue
            bar.close()
            if result.already_imported:
                self.stdout.write(f"{name}: already imported on {result.imported_at}; nothing added.")
            else:
                quarters = ", ".join(result.quarters)
                self.stdout.write(self.style.SUCCESS(f"{name}: imported {result.rows} wage records ({quarters})."))
        if failed:
            raise CommandError(f"{failed} file(s) rejected.")
