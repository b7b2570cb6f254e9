"""Fuzzing the parser (issue 14, item 7): arbitrary text and seed text mutated the ways real copies are broken
(lines shuffled, labels removed, punctuation swapped, lines cut) raise nothing but DocumentError, and a
DocumentError names its line unless the text has no readable line at all."""

from __future__ import annotations

import random
import re
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imports.parsing import DocumentError, parse_text
from imports.parsing.titles import LABEL_RE

from .seeds import SEEDS

# Messages of the two refusals that have no line to name: nothing readable in the file.
_NO_LINE = ("文件为空", "文件中没有可读的文字")
_FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parse_or_refuse(text: str) -> None:
    try:
        parse_text(text, "fuzz.txt")
    except DocumentError as error:
        if error.line is None:
            assert str(error).endswith(_NO_LINE), str(error)
        else:
            assert f"第{error.line}行" in str(error)


@cache
def _seed_lines() -> tuple[str, ...]:
    lines: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []:
        lines.extend(path.read_text(encoding="utf-8").splitlines())
    # Fallback when the seeds are absent: the genre's typical lines, so the test still runs.
    return tuple(lines) or (
        "中共某某县委关于县委第二轮巡察整改进展情况的通报",
        "根据县委统一部署，2023年3月6日至4月28日，县委第一巡察组对某某县委进行了常规巡察。",
        "（一）关于学习贯彻不够深入的问题",
        "1.建立第一议题制度。已完成。",
        "截至目前，反馈的30个问题已完成整改28个，问责5人。",
    )


_CHINESE = st.text(
    alphabet=st.sampled_from(list("巡视察组对关于整改进展情况的通报反馈问题一二三四五六七八九十是年月日至、，。；：（）()1234567890 \n\t根据部署已完成")),
    max_size=400,
)


@given(text=st.one_of(st.text(max_size=300), _CHINESE))
@_FUZZ
def test_arbitrary_text(text):
    _parse_or_refuse(text)


_SWAPS = [("，", ","), ("。", "."), ("：", ":"), ("；", ";"), ("（", "("), ("）", ")"), ("、", ","), ("年", ""), ("月", "")]


@given(
    start=st.integers(min_value=0, max_value=100_000),
    length=st.integers(min_value=1, max_value=80),
    seed=st.integers(min_value=0, max_value=2**32 - 1),
    shuffle=st.booleans(),
    unlabel=st.booleans(),
    swaps=st.lists(st.sampled_from(_SWAPS), max_size=4),
    cut=st.booleans(),
)
@_FUZZ
def test_mutated_seed_text(start, length, seed, shuffle, unlabel, swaps, cut):
    lines = _seed_lines()
    start %= len(lines)
    chosen = list(lines[start : start + length])
    rng = random.Random(seed)
    if shuffle:
        rng.shuffle(chosen)
    if unlabel:
        chosen = [LABEL_RE.sub("", line) for line in chosen]
    if cut:
        chosen = [line[: rng.randint(0, len(line))] for line in chosen]
    text = "\n".join(chosen)
    for old, new in swaps:
        text = text.replace(old, new)
    _parse_or_refuse(re.sub(r"\n{3,}", "\n\n", text))
