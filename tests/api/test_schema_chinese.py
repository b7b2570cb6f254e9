"""Swagger UI lists operations by tag and summary: every operation of the schema has both, in Chinese."""

import re

from drf_spectacular.generators import SchemaGenerator

CHINESE = re.compile(r"[\u4e00-\u9fff]")
METHODS = {"get", "post", "put", "patch", "delete"}


def test_every_operation_has_a_chinese_summary_and_tag(db):
    schema = SchemaGenerator().get_schema(request=None, public=True)
    operations = [
        (path, method, op) for path, item in schema["paths"].items() for method, op in item.items() if method in METHODS
    ]
    assert len(operations) > 40  # every resource's list/detail plus the actions
    missing = [
        f"{method.upper()} {path}: {op.get('summary')!r} {op.get('tags')!r}"
        for path, method, op in operations
        if not CHINESE.search(op.get("summary") or "") or not op.get("tags") or not all(map(CHINESE.search, op["tags"]))
    ]
    assert not missing, "\n".join(missing)
    summaries = {(path, method): op["summary"] for path, method, op in operations}
    assert summaries[("/api/measures/", "get")] == "整改措施列表"
    assert summaries[("/api/measures/{id}/", "patch")] == "部分修改整改措施"
    assert summaries[("/api/measures/{id}/close-out/", "post")] == "销号"
    tags = {t for _, _, op in operations for t in op["tags"]}
    assert {"整改措施", "佐证材料", "整改统计"} <= tags
    assert not tags & {"documents", "evidence", "measures", "api"}
