import hashlib
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from accounts.roles import Role
from ledger.choices import Channel
from ledger.history import channel as history_channel
from ledger.models import Evidence, Measure

# Accepted types: extension -> leading bytes the content must start with.
_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "docx": (b"PK\x03\x04",),
    "xlsx": (b"PK\x03\x04",),
    "pptx": (b"PK\x03\x04",),
    "ofd": (b"PK\x03\x04",),
    "zip": (b"PK\x03\x04",),
    "doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    "xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
}
ACCEPTED = ", ".join(sorted(_SIGNATURES))


def check_upload(upload: UploadedFile) -> str:
    name = PurePath(upload.name or "").name
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext not in _SIGNATURES:
        raise ValidationError({"file": f"文件“{name}”的类型不受支持。可上传：{ACCEPTED}。"})
    if upload.size == 0:
        raise ValidationError({"file": f"文件“{name}”是空文件。"})
    limit = settings.EVIDENCE_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            {"file": f"文件“{name}”大小为{upload.size / 1048576:.1f} MB，超过上限{limit / 1048576:.0f} MB。"}
        )
    upload.seek(0)
    head = upload.read(16)
    if not head.startswith(_SIGNATURES[ext]):
        raise ValidationError({"file": f"文件“{name}”的内容与扩展名 .{ext} 不符，可能已损坏或被改名。"})
    return name


def shorten_file_name(name: str, limit: int) -> str:
    """`name` cut to `limit` characters, keeping its extension; an ellipsis marks where the stem was cut."""
    if len(name) <= limit:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) + 2 > limit:
        return name[: limit - 1] + "…"
    return f"{stem[: limit - len(ext) - 2]}….{ext}"


def _field_limit(name: str) -> int:
    return Evidence._meta.get_field(name).max_length


def _sha256(upload: UploadedFile) -> str:
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


@transaction.atomic
def evidence_create(*, measure: Measure, upload: UploadedFile, title: str = "", user=None) -> Evidence:
    if measure.closed_at and user is not None and user.effective_role == Role.EDITOR:
        raise PermissionDenied("该措施已销号，不能再上传佐证材料。")
    name = check_upload(upload)
    digest = _sha256(upload)
    evidence = Evidence(
        measure=measure,
        # The stored file is named by its hash; a long upload name only has to fit the title and name columns.
        title=title.strip() or shorten_file_name(name, _field_limit("title")),
        original_name=shorten_file_name(name, _field_limit("original_name")),
        size=upload.size,
        sha256=digest,
        uploaded_by=user,
    )
    evidence.file = upload
    evidence.full_clean(exclude=["file"])
    if user is not None:
        evidence._history_user = user
    evidence.save()
    return evidence


def evidence_removable(*, measure: Measure, user) -> bool:
    """A closed-out (销号) measure's evidence is part of the close-out record: only administrators remove it."""
    return not measure.closed_at or (user is not None and user.effective_role == Role.ADMIN)


@transaction.atomic
def evidence_delete(*, evidence: Evidence, user, channel: str = Channel.ADMIN) -> None:
    # Lock the measure so a close-out cannot slip in between the check and the delete.
    measure = Measure.objects.select_for_update().get(pk=evidence.measure_id)
    if not evidence_removable(measure=measure, user=user):
        raise PermissionDenied(f"措施“{measure}”已销号，佐证材料“{evidence}”是销号依据，只有管理员可以删除。")
    if user is not None:
        evidence._history_user = user
    with history_channel(channel):
        evidence.delete()
