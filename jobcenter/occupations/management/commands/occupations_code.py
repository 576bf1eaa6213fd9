"""jobcenter occupations code "registered nurse" --top 5 | --input titles.txt --output codes.tsv

Codes job titles to O*NET-SOC occupations with the offline coder (ADR 0028). Output, one line per title (per input
line, in order): ``title<TAB>code<TAB>score`` plus one more ``code<TAB>score`` pair per extra ``--top`` rank. A blank
input line gives a blank title with empty codes; a title like nothing known gives the title with empty codes.
Exit status 2, with a message, on bad input (missing or non-UTF-8 file, output equal to input, no O*NET data).
"""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from jobcenter.occupations.coder import MAX_TITLE_CHARS
from jobcenter.occupations.coder_index import CoderUnavailable, get_coder

BATCH = 2000
MAX_TOP = 20


def _refuse(message: str) -> CommandError:
    return CommandError(message, returncode=2)


def read_titles(path: Path) -> list[str]:
    """The input file's lines (UTF-8, a byte-order mark tolerated), line ends removed, in order."""
    if not path.exists():
        raise _refuse(f"Input file {path} does not exist.")
    if not path.is_file():
        raise _refuse(f"Input {path} is not a file.")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _refuse(
            f"Input file {path} is not UTF-8 text (line {line}, byte {exc.start}). Save it as UTF-8 and try again."
        ) from None
    if "\x00" in text:
        raise _refuse(f"Input file {path} looks like a binary file, not one title per line.")
    return text.splitlines()


def format_line(title: str, suggestions, top: int) -> str:
    """``title<TAB>code<TAB>score`` (+ pairs); empty pairs when there is no suggestion."""
    cells = [" ".join(title.replace("\t", " ").split())]
    for rank in range(top):
        if rank < len(suggestions):
            cells += [suggestions[rank].code, f"{suggestions[rank].confidence:.3f}"]
        elif rank == 0:
            cells += ["", ""]
    return "\t".join(cells)


class Command(BaseCommand):
    help = "Code job titles to O*NET-SOC occupations (offline coder): one title, or a file of one title per line."

    def add_arguments(self, parser):
        parser.add_argument("title", nargs="?", help="A job title to code")
        parser.add_argument("--top", type=int, default=1, help=f"How many codes per title (1-{MAX_TOP}, default 1)")
        parser.add_argument("--input", help="A UTF-8 text file with one job title per line")
        parser.add_argument("--output", help="Where to write the tab-separated results (default: standard output)")
        parser.add_argument("--description", default="", help="Job description or tasks for a single title")

    def handle(self, *args, **opts):
        top = opts["top"]
        if not 1 <= top <= MAX_TOP:
            raise _refuse(f"--top must be between 1 and {MAX_TOP}.")
        title, source = opts["title"], opts["input"]
        if bool(title) == bool(source):
            raise _refuse('Give one job title (jobcenter occupations code "registered nurse") or --input FILE.')
        if title is not None and not title.strip():
            raise _refuse("The job title is empty.")
        titles = [title] if title else read_titles(Path(source))
        out_path = Path(opts["output"]) if opts["output"] else None
        if out_path and source and out_path.resolve() == Path(source).resolve():
            raise _refuse("--output is the input file; choose another file so the titles are not overwritten.")
        if out_path and out_path.is_dir():
            raise _refuse(f"--output {out_path} is a directory.")
        try:
            coder = get_coder()
        except CoderUnavailable as exc:
            raise _refuse(str(exc)) from None

        lines: list[str] = []
        bar = tqdm(total=len(titles), unit="title", desc="Coding", file=sys.stderr, disable=not source)
        try:
            for start in range(0, len(titles), BATCH):
                part = titles[start : start + BATCH]
                descriptions = [opts["description"]] if title and opts["description"] else None
                results = coder.code_many([t[:MAX_TITLE_CHARS] for t in part], top=top, descriptions=descriptions)
                lines += [format_line(t, r, top) for t, r in zip(part, results, strict=True)]
                bar.update(len(part))
        finally:
            bar.close()
        text = "\n".join(lines) + ("\n" if lines else "")
        if out_path:
            try:
                out_path.write_text(text, encoding="utf-8")
            except OSError as exc:
                raise _refuse(f"Cannot write {out_path}: {exc.strerror}.") from None
            coded = sum(1 for t, line in zip(titles, lines, strict=True) if t.strip() and line.split("\t")[1])
            self.stderr.write(f"Coded {coded} of {sum(1 for t in titles if t.strip())} titles into {out_path}.")
        else:
            self.stdout.write(text, ending="")
