"""The progress report draft: its text read back with python-docx, its numbers against the ledger, and who may
generate it (command, admin button, API)."""

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from io import BytesIO

import docx
import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count, Q
from django.urls import reverse
from docx.oxml.ns import qn

from jobs.models import Job
from ledger.choices import Metric, Status
from ledger.models import FeedbackItem, InspectionRound, Measure, ReportedFigure
from ledger.reports.progress import progress_report_docx
from ledger.reports.responses import DOCX_MIME
from ledger.services import save_tracked
from tests.ledger.conftest import make_inspection, make_item, make_measure

S = Status
ON = date(2024, 6, 1)


@pytest.fixture
def inspection(ledger):
    """（一） 1.问题一 (done; in progress until 6-30) and 2.问题二 split into (1) (not started, overdue) and (2)
    (long-term); （二） 3.问题三 (basically done, overdue), 4.问题四 (done), 5.问题五 (no measures yet)."""
    rnd = InspectionRound(inspecting_body="示范省委", level="xunshi", term=13, round_no=5)
    save_tracked(rnd)
    insp = make_inspection(
        ledger.west, rnd, group="省委第二巡视组", onsite_start=date(2024, 3, 1), onsite_end=date(2024, 4, 30),
        feedback_date=date(2024, 6, 15),
    )
    a1 = make_item(insp, "贯彻落实党中央决策部署方面", label="（一）")
    p1 = make_item(insp, "关于学习贯彻不够深入的问题", parent=a1, label="1.")
    make_measure(p1, "制定专题学习计划。", S.DONE)
    make_measure(p1, "开展专题培训", S.IN_PROGRESS, date(2024, 6, 30))
    p2 = make_item(insp, "关于工作落实不够到位的问题", parent=a1, label="2.")
    s1 = make_item(insp, "关于督办机制不健全的问题", parent=p2)
    make_measure(s1, "建立督办台账", S.NOT_STARTED, date(2024, 5, 31))
    s2 = make_item(insp, "关于考核导向不鲜明的问题", parent=p2)
    make_measure(s2, "完善考核办法", S.LONG_TERM)
    a2 = make_item(insp, "全面从严治党方面", label="（二）")
    p3 = make_item(insp, "关于监督检查不够有力的问题", parent=a2, label="3.")
    make_measure(p3, "开展专项检查", S.BASICALLY_DONE, date(2024, 5, 20))
    p4 = make_item(insp, "关于制度执行不够严格的问题", parent=a2, label="4.")
    make_measure(p4, "修订制度汇编", S.DONE)
    make_item(insp, "关于廉政教育不够经常的问题", parent=a2, label="5.")
    # A stated figure that disagrees with the ledger must not leak into the draft's numbers.
    ReportedFigure.objects.create(inspection=insp, metric=Metric.MEASURES, value=99, quantity_unit="条",
                                  sentence="巡视反馈问题制定整改措施99条。")
    return insp


def generate(inspection, on=ON):
    out = BytesIO()
    progress_report_docx(inspection=inspection, out=out, on=on)
    out.seek(0)
    return docx.Document(out)


def texts(document):
    return [p.text for p in document.paragraphs]


def test_title_opening_and_sections(inspection):
    document = generate(inspection)
    paragraphs = texts(document)
    assert paragraphs[0] == "中共示范市西城区委关于十三届示范省委第五轮巡视整改进展情况的通报"
    assert paragraphs[1] == (
        "根据示范省委统一部署，2024年3月1日至4月30日，省委第二巡视组对中共示范市西城区委进行了常规巡视。"
        "2024年6月15日，省委第二巡视组向中共示范市西城区委反馈了巡视意见。"
        "按照巡视工作有关要求，现将巡视整改进展情况予以公布。"
    )
    headings = [p.text for p in document.paragraphs if p.style.name == "通报一级标题"]
    assert headings == ["一、整改工作组织情况", "二、反馈问题整改落实情况", "三、整改成效", "四、下一步工作打算"]
    assert [p.text for p in document.paragraphs if p.style.name == "通报二级标题"] == [
        "（一）贯彻落实党中央决策部署方面",
        "（二）全面从严治党方面",
    ]
    for label in ("联系电话：", "电子邮箱：", "通信地址："):
        assert any(t.startswith(label) for t in paragraphs), label
    assert paragraphs[-2:] == ["中共示范市西城区委", "××××年××月××日"]


def test_problems_and_measure_sentences(inspection):
    paragraphs = texts(generate(inspection))
    start = paragraphs.index("二、反馈问题整改落实情况")
    assert paragraphs[start + 1 : start + 10] == [
        "（一）贯彻落实党中央决策部署方面",
        "1.关于学习贯彻不够深入的问题。一是制定专题学习计划，已完成。"
        "二是开展专题培训，目前正在推进，计划2024年6月底前完成。",
        "2.关于工作落实不够到位的问题",
        "（1）关于督办机制不健全的问题。建立督办台账，尚未启动，原定2024年5月底前完成，已超期。",
        "（2）关于考核导向不鲜明的问题。完善考核办法，需长期坚持。",
        "（二）全面从严治党方面",
        "3.关于监督检查不够有力的问题。开展专项检查，基本完成，原定2024年5月20日前完成，已超期。",
        "4.关于制度执行不够严格的问题。修订制度汇编，已完成。",
        "5.关于廉政教育不够经常的问题。（尚未录入整改措施）",
    ]


@pytest.mark.parametrize(
    ("text", "status", "deadline", "sentence"),
    [
        ("对全区宣传栏开展全面排查，已全部完成。", S.DONE, None, "对全区宣传栏开展全面排查，已完成。"),
        ("完成档案审核86卷，已整改到位。", S.DONE, None, "完成档案审核86卷，已完成。"),
        ("建立网络舆情研判机制，长期坚持。", S.LONG_TERM, None, "建立网络舆情研判机制，需长期坚持。"),
        (
            "开展档案专项审核，正在推进，2024年12月底前完成。",
            S.IN_PROGRESS,
            date(2024, 12, 31),
            "开展档案专项审核，目前正在推进，计划2024年12月底前完成。",
        ),
        (
            "开展阵地排查，正在推进，计划2024年5月底前完成。",
            S.IN_PROGRESS,
            date(2024, 5, 31),
            "开展阵地排查，目前正在推进，原定2024年5月底前完成，已超期。",
        ),
        ("建立督办机制，基本完成。", S.BASICALLY_DONE, None, "建立督办机制，基本完成。"),
        ("完成建设任务的80%，持续推进。", S.IN_PROGRESS, None, "完成建设任务的80%，目前正在推进。"),
        # A status inside the text (not a trailing clause of its own) is the measure's content, kept.
        ("年内完成12个小区改造", S.IN_PROGRESS, None, "年内完成12个小区改造，目前正在推进。"),
    ],
)
def test_each_measure_states_its_status_once(ledger, text, status, deadline, sentence):
    rnd = InspectionRound(inspecting_body="示范省委", level="xunshi", term=13, round_no=6)
    save_tracked(rnd)
    problem = make_item(make_inspection(ledger.west, rnd), "关于档案管理不规范的问题", label="1.")
    make_measure(problem, text, status, deadline)
    paragraphs = texts(generate(problem.inspection))
    assert f"1.关于档案管理不规范的问题。{sentence}" in paragraphs


def expected_figures(inspection, on):
    """The ledger's numbers, counted here with the ORM rather than through ledger.tallies."""
    measures = Measure.objects.filter(item__inspection=inspection)
    by_status = dict(measures.values_list("status").annotate(n=Count("id")))
    problems = FeedbackItem.objects.filter(inspection=inspection, parent__isnull=False, parent__parent__isnull=True)

    def subtree_statuses(problem):
        return set(measures.filter(Q(item=problem) | Q(item__parent=problem)).values_list("status", flat=True))

    rolled = [subtree_statuses(p) for p in problems]
    done = sum(1 for s in rolled if s == {S.DONE})
    basically = sum(1 for s in rolled if s == {S.BASICALLY_DONE})
    no_measures = sum(1 for s in rolled if not s)
    in_progress = len(rolled) - done - basically - no_measures  # no long-term-only or not-started-only problem here
    overdue = measures.filter(deadline__lt=on).exclude(status__in=[S.DONE, S.LONG_TERM]).count()

    def pct(a, b):
        return (Decimal(100 * a) / b).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP).normalize()

    problems_part = {
        "省委第二巡视组反馈的": (len(rolled), "个"),
        "已完成整改": (done, "个"),
        "基本完成": (basically, "个"),
        "正在推进": (in_progress, "个"),
        "尚未制定整改措施": (no_measures, "个"),
    }
    measures_part = {
        "共制定整改措施": (measures.count(), "条"),
        "已完成": (by_status[S.DONE], "条"),
        "基本完成": (by_status[S.BASICALLY_DONE], "条"),
        "正在推进": (by_status[S.IN_PROGRESS], "条"),
        "尚未启动": (by_status[S.NOT_STARTED], "条"),
        "长期坚持": (by_status[S.LONG_TERM], "条"),
        "整改措施完成率": (pct(by_status[S.DONE], measures.count()), "%"),
        "问题整改完成率": (pct(done, len(rolled)), "%"),
        "另有": (overdue, "条"),
    }
    return problems_part, measures_part


NUMBER = re.compile(r"([^，。\d]*)(\d+(?:\.\d+)?)([个条%])")


def numbers_by_label(text):
    found = NUMBER.findall(text)
    assert len(found) == len(re.findall(r"\d+(?:\.\d+)?", text))  # every number has its label and unit
    return {label: (Decimal(value), unit) for label, value, unit in found}


def test_every_number_in_the_figures_paragraph_is_the_ledgers(inspection):
    paragraphs = texts(generate(inspection))
    figures = paragraphs[paragraphs.index("三、整改成效") + 1]
    assert figures.startswith("截至2024年6月1日，")
    problems_text, measures_text = figures.removeprefix("截至2024年6月1日，").split("。共制定整改措施", 1)
    expected_problems, expected_measures = expected_figures(inspection, ON)
    assert numbers_by_label(problems_text) == {k: (Decimal(v), u) for k, (v, u) in expected_problems.items()}
    assert numbers_by_label("共制定整改措施" + measures_text) == {
        k: (Decimal(v), u) for k, (v, u) in expected_measures.items()
    }
    # The same paragraph in full, for the reader: 5 problems, 6 measures (not the 99 a report stated), 2 overdue.
    assert figures == (
        "截至2024年6月1日，省委第二巡视组反馈的5个问题中，已完成整改1个，基本完成1个，正在推进2个，"
        "尚未制定整改措施1个。共制定整改措施6条，已完成2条，基本完成1条，正在推进1条，尚未启动1条，长期坚持1条。"
        "整改措施完成率33.3%，问题整改完成率20%。另有2条措施已超过完成时限尚未完成，需加快推进。"
    )


def test_fonts_are_set_for_chinese_text(inspection):
    document = generate(inspection)
    fonts = {
        name: document.styles[name].element.rPr.rFonts.get(qn("w:eastAsia"))
        for name in ("Normal", "通报标题", "通报一级标题", "通报二级标题", "通报正文")
    }
    assert fonts == {"Normal": "仿宋", "通报标题": "宋体", "通报一级标题": "黑体", "通报二级标题": "楷体", "通报正文": "仿宋"}


def test_flat_feedback_and_a_unit_named_with_its_party_prefix(ledger):
    rnd = InspectionRound(inspecting_body="示范区委", level="xuncha", term=2, round_no=1, batch=3)
    save_tracked(rnd)
    ledger.street.full_name = "中共东城区新华街道工作委员会"
    save_tracked(ledger.street)
    insp = make_inspection(ledger.street, rnd, group="")
    make_measure(make_item(insp, "关于议事规则不健全的问题"), "修订议事规则", S.DONE)
    paragraphs = texts(generate(insp))
    assert paragraphs[0] == "中共东城区新华街道工作委员会关于二届示范区委第一轮第三批巡察整改进展情况的通报"
    assert "××××年××月××日至××月××日，××巡察组对中共东城区新华街道工作委员会进行了常规巡察。" in paragraphs[1]
    start = paragraphs.index("二、反馈问题整改落实情况")
    assert paragraphs[start + 1 : start + 3] == ["1.关于议事规则不健全的问题。修订议事规则，已完成。", "三、整改成效"]


# --- Who may generate it ----------------------------------------------------------------------------------


def test_command_writes_the_docx(inspection, tmp_path):
    out = tmp_path / "通报.docx"
    call_command("progress_report", inspection.pk, "--out", str(out))
    assert docx.Document(out).paragraphs[0].text.endswith("整改进展情况的通报")
    with pytest.raises(CommandError, match="不存在"):
        call_command("progress_report", 999999, "--out", str(out))


def test_api_returns_the_docx_within_scope_only(ledger, users, api):
    own, other = ledger.east_inspection, ledger.west_inspection
    response = api(users.editor).get(f"/api/inspections/{own.pk}/progress-report/")
    assert response.status_code == 200
    assert response["Content-Type"] == DOCX_MIME
    assert "attachment" in response["Content-Disposition"]
    document = docx.Document(BytesIO(b"".join(response.streaming_content)))
    assert document.paragraphs[0].text == "中共示范市东城区委关于十三届示范省委第四轮巡视整改进展情况的通报"
    assert api(users.editor).get(f"/api/inspections/{other.pk}/progress-report/").status_code == 404
    assert api(users.viewer).get(f"/api/inspections/{own.pk}/progress-report/").status_code == 404  # parent unit
    assert api().get(f"/api/inspections/{own.pk}/progress-report/").status_code == 401


def test_admin_button_and_download_within_scope_only(ledger, users, login):
    client = login(users.editor)
    own, other = ledger.east_inspection, ledger.west_inspection
    url = reverse("admin:ledger_inspection_progress_report", args=[own.pk])
    page = client.get(reverse("admin:ledger_inspection_change", args=[own.pk])).content.decode()
    assert f'<form method="post" action="{url}">' in page and "生成整改进展通报" in page
    assert "导出Excel台账" in page  # the Excel button stays
    started = client.post(url)  # a job (run inline in tests): its page, then its result
    job = Job.objects.get()
    assert started["Location"] == reverse("admin:jobs_job_change", args=[job.pk])
    response = client.get(reverse("job-result", args=[job.pk]))
    assert response.status_code == 200
    assert docx.Document(BytesIO(b"".join(response.streaming_content))).paragraphs
    assert client.post(reverse("admin:ledger_inspection_progress_report", args=[other.pk])).status_code == 404
    assert client.get(f"/admin/ledger/inspection/{other.pk}/change/").status_code in (302, 404)
    assert client.get("/admin/ledger/inspection/abc/progress-report/").status_code == 404
