"""Hostile files, generated on the spot (nothing large is committed): zip bombs, entity expansion, deep markup."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import docx
from openpyxl.utils import get_column_letter


def docx_bytes(text: str = "中共示范市东城区委关于巡视整改进展情况的通报") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def with_members(container: bytes, members: dict[str, bytes], *, replace: bool = True) -> bytes:
    """`container` with members added or replaced (deflated at the fastest level)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(container)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if replace and info.filename in members:
                continue
            dst.writestr(info, src.read(info))
        for name, data in members.items():
            dst.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return out.getvalue()


def docx_bomb(expanded_mb: int = 40) -> bytes:
    """A .docx whose document part is valid XML padded with spaces: about 1000:1, `expanded_mb` MB unpacked."""
    body = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + b" " * (expanded_mb * 1024 * 1024)
        + b"<w:p><w:r><w:t>\xe9\x80\x9a\xe6\x8a\xa5</w:t></w:r></w:p></w:body></w:document>"
    )
    return with_members(docx_bytes(), {"word/document.xml": body})


# --- Workbooks ------------------------------------------------------------------------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="xl/workbook.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
    '<Relationship Id="rId2" Target="sharedStrings.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
    "</Relationships>"
)
SHEET_HEAD = b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def workbook(sheet: bytes, shared_strings: bytes | None = None, *, workbook_xml: str = _WORKBOOK) -> bytes:
    """A minimal .xlsx with one sheet “台账”; `sheet` is the worksheet part, `shared_strings` the string table."""
    if shared_strings is None:
        shared_strings = (
            b'<?xml version="1.0" encoding="UTF-8"?>'
            b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>'
        )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("xl/workbook.xml", workbook_xml)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", shared_strings)
    return out.getvalue()


def sheet(rows: bytes, dimension: str | None = None) -> bytes:
    dim = f'<dimension ref="{dimension}"/>'.encode() if dimension else b""
    return SHEET_HEAD + dim + b"<sheetData>" + rows + b"</sheetData></worksheet>"


def row(number: int, values: dict[str, object]) -> bytes:
    """A worksheet row: {column letters: value}; text as inline strings (no shared-strings table needed)."""
    cells = []
    for column, value in values.items():
        ref = f"{column}{number}"
        if isinstance(value, str):
            cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        else:
            cells.append(f'<c r="{ref}"><v>{value}</v></c>')
    return f'<row r="{number}">{"".join(cells)}</row>'.encode()


def header_row(number: int = 1) -> bytes:
    """The exported ledger's headers, so the reader takes the sheet for a ledger and reads on past them."""
    from excel.layout import BY_KEY

    return row(number, {get_column_letter(n): c.header for n, c in enumerate(BY_KEY.values(), 1)})


def billion_laughs_workbook() -> bytes:
    """The workbook part declares nine levels of entities, each ten of the one before (10^9 “lol”s)."""
    entities = ['<!ENTITY lol "lol">']
    for n in range(1, 10):
        previous = "lol" if n == 1 else f"lol{n - 1}"
        entities.append(f'<!ENTITY lol{n} "{f"&{previous};" * 10}">')
    dtd = "<!DOCTYPE workbook [" + "".join(entities) + "]>"
    bomb = _WORKBOOK.replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="UTF-8"?>' + dtd)
    bomb = bomb.replace('name="台账"', 'name="&lol9;"')
    return workbook(sheet(row(1, {"A": 1})), workbook_xml=bomb)


def shared_strings(count: int) -> bytes:
    items = b"".join(b"<si><t>%d</t></si>" % n for n in range(count))
    return (
        b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + items
        + b"</sst>"
    )


def deep_html(depth: int = 100_000) -> str:
    """About 1.1 MB: a page whose body is `depth` nested <div>s around one sentence."""
    return (
        "<!DOCTYPE html><html><head><title>通报</title></head><body>"
        + '<div class="c">' * depth
        + "中共示范市东城区委关于巡视整改进展情况的通报"
        + "</div>" * depth
        + "</body></html>"
    )
