"""Import review: flags on the real seed reports, the preview tree, decisions that stick, the run's page."""

import functools
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.roles import Role
from accounts.services import user_create
from imports.models import Action, ImportedRecord, ImportRun
from imports.parsing import model as p
from imports.parsing import parse_file
from imports.review import Decisions, measure_flags, visits
from jobs.models import Job
from ledger.choices import Channel, Status
from ledger.models import FeedbackItem, Inspection, Measure

SEEDS = Path(__file__).resolve().parents[2] / "../shared/seeds"
UPLOAD = "admin:imports_importrun_upload"
SAMPLE = "示范市东城区委整改进展情况的通报.txt"


def seed(prefix: str) -> Path:
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip(f"seed {prefix} not found under {SEEDS}")
    return found[0]


@functools.cache
def parsed_seed(prefix: str):
    return parse_file(seed(prefix))


@functools.cache
def flags_by_line(prefix: str) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for visit in visits([parsed_seed(prefix)]):
        for node in visit.nodes:
            out.setdefault(node.obj.line, set()).update(f.code for f in node.flags)
    return out


# --- one test per flag, on the seed text -----------------------------------------------------------------------


def test_problem_title_holding_its_measures_is_flagged():
    flags = flags_by_line("003")
    # 26、关于“…正在办理。”问题的整改整改措施：建立健全… (the measures ran into the title)
    assert "measure_wording" in flags[195] and "measure_wording" in flags[203]
    # 1、关于“围绕优化营商环境…”问题的整改: a clean title
    assert "measure_wording" not in flags[25]
    # 004 line 233 “关于市委土地专项巡视问题整改成效不佳问题” is a problem, not a measure
    assert "measure_wording" not in flags_by_line("004")[233]


def test_item_without_measures_in_a_progress_report_is_flagged():
    flags = flags_by_line("003")
    assert "no_measures" in flags[231] and "no_measures" in flags[237]  # 31、 32、 measures merged into titles
    assert "no_measures" not in flags[25]


def test_advice_is_flagged_as_not_a_problem():
    flags = flags_by_line("003")
    # （二）意见建议的落实情况 1、关于对“切实加强…”建议的落实
    assert "advice" in flags[253] and "advice" in flags[261]
    assert not any("advice" in f for line, f in flags.items() if line < 250)


def test_renumbered_part_is_flagged_canteen_lines_among_them():
    flags = flags_by_line("003")
    # （三）立行立改问题的整改情况 1、关于“未设置专职采购人员，由食堂管理员负责…” after 1、2、 of the advice
    assert "renumbered" in flags[269] and "renumbered" in flags[253]
    assert "renumbered" not in flags[277]
    # the special inspection's own part (营商环境专项巡视整改落实情况) restarting at （一） is expected
    assert not any("renumbered" in f for f in flags_by_line("000").values())


def test_status_stated_differently_from_the_inferred_one_is_flagged():
    flags = flags_by_line("002")
    # 二是推进重大项目方面。已完成棕树营项目…；推动…项目重启 → inferred 正在推进 while the text says 已完成
    assert "status_mismatch" in flags[186]
    m = p.Measure(label="一是", text="一是修订制度，已完成。", line=1, status=p.DONE)
    assert measure_flags(m) == []
    m.status = p.IN_PROGRESS
    assert [f.message for f in measure_flags(m)] == ["原文写有“已完成”，识别的状态为“正在推进”"]


def test_long_title_is_flagged():
    flags = flags_by_line("004")
    assert "long_title" in flags[229]  # 340 characters: a whole paragraph taken as the title
    assert "long_title" not in flags_by_line("003")[25]


def test_duplicate_items_are_flagged():
    flags = flags_by_line("002")
    # “按计划持续推进的整改事项” lists 1. 关于“学深悟透有差距”问题的整改 a second time (first at line 297)
    assert "duplicate" in flags[332] and "duplicate" not in flags[297]


def test_preview_tree_levels_and_counts_for_seed_003():
    (visit,) = visits([parsed_seed("003")])
    assert visit.inspection.unit == "抚顺高新区党工委"
    assert visit.counts["problem"] == 45 and visit.counts["aspect"] == 0
    assert visit.counts["measure"] == sum(1 for n in visit.nodes if n.kind == "measure")
    first_measure = next(n for n in visit.nodes if n.kind == "measure")
    assert first_measure.ancestors == (visit.nodes[0].id,)


# --- the admin preview --------------------------------------------------------------------------------------


@pytest.fixture
def admin_client(db, client):
    client.force_login(user_create(username="root", password="pw-root-123", role=Role.ADMIN))
    return client


def upload(client, path: Path):
    return client.post(reverse(UPLOAD), {"files": [SimpleUploadedFile(path.name, path.read_bytes())]})


@pytest.mark.parametrize(
    "prefix, expected",
    [
        ("000", ["状态与原文不符", "标题过长"]),
        ("001", ["没有整改措施", "重复", "编号重新开始"]),
        ("002", ["重复：</strong>与第297行的问题重复", "状态与原文不符"]),
        ("003", ["整改措施：", "建议或意见", "编号在“2”之后重新从1开始", "立行立改问题的整改情况"]),
        ("004", ["标题含整改措施", "标题长340字"]),
    ],
)
def test_every_seed_preview_lists_its_warnings(admin_client, prefix, expected):
    response = upload(admin_client, seed(prefix))
    assert response.status_code == 200, response.context and response.context.get("form")
    body = response.content.decode()
    assert response.context["flag_total"] > 0 and "处需要核对" in body
    for text in expected:
        assert text in body
    assert not Measure.objects.exists()


def test_preview_shows_header_missing_fields_and_stated_figures(admin_client):
    body = upload(admin_client, seed("003")).content.decode()
    assert "抚顺高新区党工委" in body and "市委第一巡察组" in body
    assert "问题 45 个" in body  # counts per level
    assert "通报称" in body  # 33 个具体问题 stated next to what the ledger would hold
    assert "通报称反馈问题33个" in body and "不符，台账显示问题45个" in body


def review_upload(client):
    path = Path("samples") / SAMPLE
    response = client.post(reverse(UPLOAD), {"files": [SimpleUploadedFile(SAMPLE, path.read_bytes())]})
    assert response.status_code == 200
    return response


def test_confirmed_import_stores_exactly_what_was_approved_and_reimport_keeps_it(admin_client):
    preview = review_upload(admin_client)
    (visit,) = preview.context["visits"]
    items = [n for n in visit.nodes if n.kind == "item"]
    problems = [n for n in items if n.level == "problem"]
    dropped, renamed = problems[0], problems[1]
    measure = next(n for n in visit.nodes if n.kind == "measure" and n.parent_id == renamed.id)
    assert measure.status != Status.LONG_TERM
    n_dropped_measures = sum(1 for n in visit.nodes if n.kind == "measure" and dropped.id in n.ancestors)
    total_measures = visit.counts["measure"]
    done = admin_client.post(
        reverse(UPLOAD),
        {
            "token": preview.context["token"],
            "drop": [dropped.id],
            f"edit-title-{renamed.id}": "更正后的问题标题",
            f"edit-status-{measure.id}": Status.LONG_TERM,
        },
    )
    run, job = ImportRun.objects.get(), Job.objects.get()  # imported by a background job (inline in tests)
    assert done.status_code == 302 and done["Location"] == reverse("admin:jobs_job_change", args=[job.pk])
    assert job.outcome == {"import_run": run.pk}
    assert not FeedbackItem.objects.filter(title=dropped.obj.title).exists()
    assert Measure.objects.count() == total_measures - n_dropped_measures
    fixed = FeedbackItem.objects.get(title="更正后的问题标题")
    assert fixed.source_line == renamed.obj.line
    stored = Measure.objects.get(item=fixed, text=measure.obj.text)
    assert stored.status == Status.LONG_TERM
    assert "导入审核时改为“长期坚持”" in stored.notes.get().text
    history = fixed.history.get()
    assert (history.history_user.username, history.history_channel) == ("root", Channel.IMPORT)
    assert run.counts["feedbackitem"][Action.EXCLUDED] == 1
    # the baseline keeps the document's title: the correction is a person's edit
    assert ImportedRecord.objects.get(model="feedbackitem", object_id=fixed.pk).values["title"] == renamed.obj.title
    assert ImportedRecord.objects.filter(model="feedbackitem", object_id=0).count() == 1

    before = sorted(Measure.objects.values_list("id", "status", "version"))
    again = review_upload(admin_client)
    assert again.context["writes"] == 0
    body = again.content.decode()
    assert "已剔除（此前导入时剔除或已被人工删除）" in body and "台账现值：更正后的问题标题" in body
    admin_client.post(reverse(UPLOAD), {"token": again.context["token"]})
    assert sorted(Measure.objects.values_list("id", "status", "version")) == before
    assert FeedbackItem.objects.get(pk=fixed.pk).title == "更正后的问题标题"
    assert not FeedbackItem.objects.filter(title=dropped.obj.title).exists()


def test_unticking_an_existing_item_on_reimport_removes_it_as_a_person_would(admin_client):
    first = review_upload(admin_client)
    admin_client.post(reverse(UPLOAD), {"token": first.context["token"]})
    again = review_upload(admin_client)
    (visit,) = again.context["visits"]
    problem = next(n for n in visit.nodes if n.level == "problem")
    item = FeedbackItem.objects.get(title=problem.obj.title)
    admin_client.post(reverse(UPLOAD), {"token": again.context["token"], "drop": [problem.id]})
    assert not FeedbackItem.objects.filter(pk=item.pk).exists()
    deleted = FeedbackItem.history.filter(id=item.pk, history_type="-").get()
    assert (deleted.history_user.username, deleted.history_channel) == ("root", Channel.IMPORT)
    third = review_upload(admin_client)
    assert third.context["writes"] == 0


def test_a_bad_correction_is_refused_and_nothing_is_written(admin_client):
    preview = review_upload(admin_client)
    (visit,) = preview.context["visits"]
    item = next(n for n in visit.nodes if n.kind == "item")
    measure = next(n for n in visit.nodes if n.kind == "measure")
    response = admin_client.post(
        reverse(UPLOAD),
        {"token": preview.context["token"], f"edit-title-{item.id}": " ", f"edit-status-{measure.id}": "finished"},
    )
    assert response.status_code == 200 and not Measure.objects.exists()
    errors = response.context["review_errors"]
    assert f"第{item.obj.line}行" in errors[0] and "标题不能为空" in errors[0]
    assert any("状态“finished”不存在" in e for e in errors)


def test_decisions_name_nodes_of_the_parse():
    result = parse_file(Path("samples") / SAMPLE)
    with pytest.raises(Exception, match="找不到"):
        Decisions(drop={"n9-9-9-1"}).bind([result])


# --- the run's page -----------------------------------------------------------------------------------------


def test_run_page_local_times_file_names_and_inspection_links(admin_client, settings):
    preview = review_upload(admin_client)
    admin_client.post(reverse(UPLOAD), {"token": preview.context["token"]})  # imported by a job
    run = ImportRun.objects.get()
    page = admin_client.get(reverse("admin:imports_importrun_change", args=[run.pk])).content.decode()
    from django.utils import timezone

    local = timezone.localtime(run.started_at)
    assert settings.TIME_ZONE == "Asia/Shanghai"
    assert f"{local:%Y-%m-%d %H:%M}" in page  # the title, in Shanghai time like the fields
    assert f"{run.started_at.astimezone(__import__('datetime').UTC):%Y-%m-%d %H:%M} 已导入" not in page
    assert f"<li>{SAMPLE}</li>" in page and "[&quot;" not in page
    inspection = Inspection.objects.get()
    assert reverse("admin:ledger_inspection_change", args=[inspection.pk]) in page
    assert str(inspection) in page


def test_run_page_queries_do_not_grow_with_the_inspections_it_touched(admin_client):
    import io

    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    call_command("import_documents", f"samples/{SAMPLE}", stdout=io.StringIO())
    small = ImportRun.objects.get()
    call_command("import_documents", "samples", stdout=io.StringIO())
    big = ImportRun.objects.exclude(pk=small.pk).get()

    def queries(run):
        with CaptureQueriesContext(connection) as captured:
            page = admin_client.get(reverse("admin:imports_importrun_change", args=[run.pk]))
        assert page.status_code == 200
        return len(captured)

    queries(small)  # warm the content-type cache
    assert queries(big) == queries(small)
    page = admin_client.get(reverse("admin:imports_importrun_change", args=[big.pk])).content.decode()
    created_items = big.actions.filter(model="feedbackitem", action=Action.CREATED).values("object_id")
    touched = Inspection.objects.filter(items__in=created_items).distinct()
    assert touched.count() > 3
    for inspection in touched:
        assert reverse("admin:ledger_inspection_change", args=[inspection.pk]) in page
    assert (
        reverse("admin:ledger_inspection_change", args=[Inspection.objects.get(unit__name="示范市东城区委").pk])
        not in page
    )
