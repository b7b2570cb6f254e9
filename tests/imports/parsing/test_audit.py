"""Audit rectification reports are refused with an error saying so (issue 14, item 3)."""

from __future__ import annotations

import pytest

from imports.parsing import DocumentError, parse_text

# Shape of https://www.audit.gov.cn (国务院关于2022年度中央预算执行和其他财政收支审计查出问题整改情况的报告), shortened.
AUDIT = """国务院关于2022年度中央预算执行和其他财政收支审计查出问题整改情况的报告
全国人民代表大会常务委员会：
根据审计法规定，现将2022年度中央预算执行和其他财政收支审计查出问题整改情况报告如下。
一、审计整改工作的部署推进情况
截至2023年10月底，有关地区和单位已整改问题金额3856.11亿元，制定完善规章制度1730多项。
"""

UNTITLED_AUDIT = """根据县人大常委会审议意见，现将2022年度县级预算执行和其他财政收支审计查出问题的整改情况报告如下。
一、审计整改工作推进情况
"""


@pytest.mark.parametrize("text", [AUDIT, UNTITLED_AUDIT])
def test_audit_reports_are_refused_naming_the_reason_and_line(text):
    with pytest.raises(DocumentError) as error:
        parse_text(text, "audit.txt")
    message = str(error.value)
    assert message.startswith("audit.txt 第1行：这是审计整改报告，不是巡视、巡察整改文件")
    assert "审计整改报告不予导入" in message


def test_a_progress_report_mentioning_audit_findings_is_still_imported():
    text = (
        "中共某某县委关于县委第二轮巡察整改进展情况的通报\n"
        "根据县委统一部署，2023年3月6日至4月28日，县委第一巡察组对某某县委进行了常规巡察。\n"
        "结合审计查出问题整改，一并推进。\n"
    )
    [document] = parse_text(text, "mixed.txt").documents
    assert document.inspections[0].start is not None
