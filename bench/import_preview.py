"""The admin's import preview for each seed file: parse, flags, dry run, page rendering; seconds, nodes, flags,
page size and queries.

.venv/bin/python bench/import_preview.py            # throwaway SQLite
DATABASE_URL=postgres://postgres@127.0.0.1:5432/taizhang_bench .venv/bin/python bench/import_preview.py
"""

import time

from _django import ROOT, setup


def main():
    setup()
    from django.db import connection
    from django.template.loader import render_to_string
    from django.test.utils import CaptureQueriesContext

    from imports.parsing import parse_file
    from imports.review import visits
    from imports.review_page import preview_context

    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    if not seeds:
        raise SystemExit("no seed documents under ../shared/seeds")
    print(
        f"{'file':<28}{'nodes':>7}{'flags':>7}{'parse s':>9}{'flags s':>9}{'dry run s':>11}{'render s':>10}"
        f"{'page KB':>9}{'queries':>9}"
    )
    for path in seeds:
        started = time.perf_counter()
        results = [parse_file(path)]
        parse_s = time.perf_counter() - started
        started = time.perf_counter()
        tree = visits(results)
        flags_s = time.perf_counter() - started
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            context = preview_context(results, user=None)
        dry_s = time.perf_counter() - started
        started = time.perf_counter()
        page = render_to_string("admin/imports/preview.html", {**context, "token": "x"})
        render_s = time.perf_counter() - started
        nodes = sum(len(v.nodes) for v in tree)
        print(
            f"{path.name[:26]:<28}{nodes:>7}{context['flag_total']:>7}{parse_s:>9.2f}{flags_s:>9.2f}{dry_s:>11.2f}"
            f"{render_s:>10.2f}{len(page.encode()) / 1024:>9.0f}{len(queries):>9}"
        )


if __name__ == "__main__":
    main()
