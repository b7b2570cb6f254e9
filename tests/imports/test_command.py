"""import_documents: files and folders, dry run, JSON output, summary, and all-or-nothing on bad input."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from imports.models import ImportRun
from ledger.models import Inspection, Measure, Unit

SAMPLES = "samples"
DONGCHENG = Path(SAMPLES) / "示范市东城区委整改进展情况的通报.txt"


def run(*args):
    out = StringIO()
    call_command("import_documents", *args, stdout=out)
    return out.getvalue()


def test_folder_import_prints_progress_and_summary(db):
    out = run(SAMPLES)
    assert "[1/4]" in out and "[4/4]" in out
    assert "整改措施" in out and "新增" in out
    assert Measure.objects.count() == 20
    run_ = ImportRun.objects.get()
    assert run_.outcome == ImportRun.Outcome.APPLIED and len(run_.files) == 4
    assert run_.counts["measure"] == {"created": 20}


def test_dry_run_writes_nothing(db):
    out = run(SAMPLES, "--dry-run")
    assert "预览完成（未写入）" in out
    assert not Unit.objects.exists() and not ImportRun.objects.exists()


def test_json_output_follows_the_documented_schema(db, tmp_path):
    target = tmp_path / "parsed.json"
    run(f"{SAMPLES}/示范市东城区委整改进展情况的通报.txt", "--dry-run", "--json", str(target))
    (doc,) = json.loads(target.read_text(encoding="utf-8"))
    assert doc["title"] == "中共示范市东城区委关于十三届省委第四轮巡视整改进展情况的通报"
    assert (doc["kind"], doc["title_line"], doc["published"]) == ("progress_report", 1, "2024-04-30")
    (inspection,) = doc["inspections"]
    assert inspection["unit"] == "示范市东城区委" and inspection["group"] == "省委第三巡视组"
    assert (inspection["term"], inspection["round"]) == (13, 4)
    assert (inspection["start"], inspection["end"], inspection["feedback_date"]) == (
        "2023-09-21",
        "2023-11-30",
        "2024-01-10",
    )
    assert "lines" not in inspection
    first = inspection["items"][0]
    assert (first["label"], first["title"], first["line"]) == ("（一）", "学习贯彻党的创新理论不够深入方面", 11)
    measure = first["children"][1]["measures"][0]
    assert (measure["label"], measure["status"], measure["deadline"]) == ("一是", "in_progress", "2024-06-30")
    figures = {f["metric"]: f["value"] for f in inspection["figures"]}
    assert figures["measures"] == 9 and figures["funds_recovered"] == 326.5
    assert inspection["contact"]["email"] == "dcqw@example.org"


def test_one_bad_file_aborts_the_whole_run_naming_file_and_reason(db, tmp_path):
    (tmp_path / "a.txt").write_text(DONGCHENG.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("今天天气很好。\n我们去公园散步。\n", encoding="utf-8")
    with pytest.raises(CommandError) as exc:
        run(str(tmp_path))
    message = str(exc.value)
    assert "b.txt" in message and "第1行" in message and "未识别出任何巡视" in message and "未写入" in message
    assert not Inspection.objects.exists()
    failed = ImportRun.objects.get()
    assert failed.outcome == ImportRun.Outcome.FAILED and "b.txt" in failed.error


def test_binary_and_oversized_files_are_refused(db, tmp_path):
    (tmp_path / "c.txt").write_bytes(bytes(range(256)) * 10)
    with pytest.raises(CommandError, match="c.txt"):
        run(str(tmp_path / "c.txt"))
    assert not Unit.objects.exists()


def test_gbk_file_is_read(db, tmp_path):
    text = DONGCHENG.read_text(encoding="utf-8")
    (tmp_path / "gbk.txt").write_bytes(text.encode("gb18030"))
    run(str(tmp_path / "gbk.txt"))
    assert Measure.objects.count() == 9


def test_unknown_user_is_an_error(db):
    with pytest.raises(CommandError, match="用户“nobody”不存在"):
        run(SAMPLES, "--user", "nobody")
