"""A round-level feedback text that lists problems naming no unit: its problems are kept on the round as
轮次共性问题 (read by a supervisor beside the round's figures), stored once per document as the round's figures are."""

from django.urls import reverse

from accounts.roles import Role
from accounts.services import user_create
from imports.parsing import parse_text
from imports.persistence import import_parsed
from ledger.models import Inspection, InspectionRound, RoundProblem

# A city's round of feedback (news from a 纪委监委 site; the stored copy carries no page address): 31 units, none
# named, four common problems told as 有的…；有的….
ROUND_FEEDBACK = """根据市委统一部署,9月2日至9月10日,市委6个巡察组分别向本轮常规巡察、巡察“回头看”、专项巡察涉及的31家党组织进行了反馈。
巡察组向各被巡察党组织主要负责人通报了本轮巡察发现的突出问题,向被巡察党组织领导班子反馈了巡察情况。分管市领导、市委巡察工作领导小组成员出席巡察反馈会,传达书记专题会议精神,对做好巡察整改工作提出明确要求。
反馈指出,近年来被巡察党组织能够认真贯彻上级决策部署,落实管党治党要求,干部队伍和基层党组织建设总体向好。但巡察也发现了一些问题和不足,有的贯彻落实新发展理念不够完整准确全面,全面深化改革、推动高质量发展不够有力;有的全面从严治党主体责任压得不实,重点领域风险防控存在短板弱项;有的落实新时代党的组织路线还有短板,党建工作与业务工作的融合度还需深化;有的巡察整改责任落得不实,整改成效还需进一步巩固提升。
"""


def test_the_parser_reads_each_some_of_them_clause_as_one_problem_of_no_unit():
    (document,) = parse_text(ROUND_FEEDBACK, "round.txt").documents
    (round_level,) = document.inspections
    assert round_level.unit == "" and round_level.figures == []
    assert [item.title[:12] for item in round_level.items] == [
        "有的贯彻落实新发展理念不",
        "有的全面从严治党主体责任",
        "有的落实新时代党的组织路",
        "有的巡察整改责任落得不实",
    ]


def test_round_problems_are_stored_on_the_round_and_a_reimport_changes_nothing(db):
    run, report = import_parsed([parse_text(ROUND_FEEDBACK, "round.txt")])
    assert not Inspection.objects.exists()
    rnd = InspectionRound.objects.get()
    problems = list(rnd.problems.order_by("position"))
    assert [p.position for p in problems] == [1, 2, 3, 4]
    assert problems[1].title.startswith("有的全面从严治党主体责任压得不实")
    assert all(p.source_line == 3 and p.source_document.title == "巡察情况（正文无标题）" for p in problems)
    assert "所列4个问题（作为轮次共性问题）记入轮次" in report.warnings[0]
    assert run.counts["roundproblem"]["created"] == 4
    again, _ = import_parsed([parse_text(ROUND_FEEDBACK, "round.txt")])
    assert again.counts["roundproblem"] == {"unchanged": 4} and RoundProblem.objects.count() == 4


def test_the_round_page_shows_its_problems_in_chinese(db, client):
    import_parsed([parse_text(ROUND_FEEDBACK, "round.txt")])
    rnd = InspectionRound.objects.get()
    client.force_login(user_create(username="admin", password="pw-admin-1", role=Role.ADMIN))
    page = client.get(reverse("admin:ledger_inspectionround_change", args=[rnd.pk])).content.decode()
    assert "轮次共性问题" in page and "有的落实新时代党的组织路线还有短板" in page
