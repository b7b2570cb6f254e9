from django.db import transaction
from rest_framework import serializers

from accounts.roles import Role
from ledger.alerts import measure_flag
from ledger.api.fields import ScopedSerializerMixin
from ledger.choices import CategorySource, Channel, Status
from ledger.models import (
    Evidence,
    FeedbackItem,
    Inspection,
    InspectionRound,
    Measure,
    ProblemCategory,
    ProgressNote,
    ReportedFigure,
    Unit,
)
from ledger.selectors import measure_is_overdue, today
from ledger.services import (
    evidence_create,
    measure_set_status,
    measure_update,
    progress_note_add,
    save_tracked,
    unit_create,
    unit_save,
)

TRACKED_READ_ONLY = ("id", "version", "created_at", "updated_at")


class TrackedSerializer(ScopedSerializerMixin, serializers.ModelSerializer):
    """Writes go through save_tracked with the If-Match version and the requesting user."""

    def _user(self):
        return self.context["request"].user

    def create(self, validated_data):
        obj = self.Meta.model(**validated_data)
        save_tracked(obj, user=self._user())
        return obj

    def update(self, instance, validated_data):
        for name, value in validated_data.items():
            setattr(instance, name, value)
        save_tracked(instance, expected_version=self.context.get("expected_version"), user=self._user())
        return instance


class UnitSerializer(TrackedSerializer):
    class Meta:
        model = Unit
        fields = [*TRACKED_READ_ONLY, "name", "full_name", "parent", "kind"]
        read_only_fields = TRACKED_READ_ONLY

    def create(self, validated_data):
        return unit_create(**validated_data, user=self._user())

    def update(self, instance, validated_data):
        for name, value in validated_data.items():
            setattr(instance, name, value)
        return unit_save(unit=instance, expected_version=self.context.get("expected_version"), user=self._user())


class InspectionRoundSerializer(TrackedSerializer):
    title = serializers.CharField(source="__str__", read_only=True)

    class Meta:
        model = InspectionRound
        fields = [*TRACKED_READ_ONLY, "title", "inspecting_body", "level", "term", "round_no", "batch"]
        read_only_fields = TRACKED_READ_ONLY


class InspectionSerializer(TrackedSerializer):
    class Meta:
        model = Inspection
        fields = [
            *TRACKED_READ_ONLY,
            "unit",
            "round",
            "group",
            "kind",
            "topic",
            "onsite_start",
            "onsite_end",
            "feedback_date",
            "rectification_deadline",
            "source_document",
        ]
        read_only_fields = (*TRACKED_READ_ONLY, "source_document")


class RollupSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=Status.choices, allow_null=True)
    measures = serializers.IntegerField(source="total")
    overdue = serializers.IntegerField()


class FeedbackItemSerializer(TrackedSerializer):
    rollup = serializers.SerializerMethodField(help_text="由整改措施汇总得出的状态（含下级条目）")

    class Meta:
        model = FeedbackItem
        fields = [
            *TRACKED_READ_ONLY,
            "inspection",
            "parent",
            "position",
            "label",
            "title",
            "text",
            "source_line",
            "category",
            "category_source",
            "repeat_of",
            "repeat_similarity",
            "rollup",
        ]
        read_only_fields = (*TRACKED_READ_ONLY, "source_line", "category_source", "repeat_of", "repeat_similarity")

    def get_rollup(self, obj) -> RollupSerializer:
        rollup = self.context.get("rollups", {}).get(obj.pk)
        return RollupSerializer(rollup).data if rollup else None

    def validate(self, attrs):
        if "category" in attrs:  # a person's choice: automatic categorisation leaves it alone from now on
            attrs["category_source"] = CategorySource.MANUAL if attrs["category"] else CategorySource.NONE
        parent, inspection = attrs.get("parent"), attrs.get("inspection") or getattr(self.instance, "inspection", None)
        if parent and inspection and parent.inspection_id != inspection.pk:
            raise serializers.ValidationError({"parent": ["上级条目必须属于同一巡视巡察。"]})
        return attrs


EDITOR_FIXED = ("item", "position", "label", "text")
WORKFLOW_DATES = ("completed_on", "next_review_on")


class MeasureSerializer(TrackedSerializer):
    inspection = serializers.IntegerField(source="item.inspection_id", read_only=True)
    unit = serializers.IntegerField(source="item.inspection.unit_id", read_only=True)
    is_overdue = serializers.SerializerMethodField()
    warning = serializers.SerializerMethodField(
        help_text="red 逾期、yellow 进度滞后、blue 临期（见 ledger.alerts），done 已完成，或空"
    )
    note = serializers.CharField(
        write_only=True, required=False, allow_blank=True, help_text="进展说明；修改状态时必填"
    )

    class Meta:
        model = Measure
        fields = [
            *TRACKED_READ_ONLY,
            "item",
            "inspection",
            "unit",
            "position",
            "label",
            "text",
            "responsible_leader",
            "lead_unit",
            "responsible_units",
            "deadline",
            "status",
            "completed_on",
            "closed_at",
            "closed_by",
            "close_note",
            "next_review_on",
            "is_overdue",
            "warning",
            "note",
        ]
        # completed_on and next_review_on follow the status (ledger.services.measures); corrections go through
        # POST …/correct-dates/ with a note.
        read_only_fields = (
            *TRACKED_READ_ONLY,
            "closed_at",
            "closed_by",
            "close_note",
            "completed_on",
            "next_review_on",
        )

    def get_is_overdue(self, obj) -> bool:
        return measure_is_overdue(obj)

    def get_warning(self, obj) -> str:
        return measure_flag(obj, today())

    def validate(self, attrs):
        user = self.context["request"].user
        if self.instance is not None and user.effective_role == Role.EDITOR:
            fixed = [name for name in EDITOR_FIXED if name in attrs and attrs[name] != getattr(self.instance, name)]
            if fixed:
                raise serializers.ValidationError({name: ["填报用户不能修改此项。"] for name in fixed})
        self._refuse_workflow_dates()
        status_changed = self.instance is not None and "status" in attrs and attrs["status"] != self.instance.status
        if status_changed and not (attrs.get("note") or "").strip():
            raise serializers.ValidationError({"note": ["修改整改状态时，请填写进展说明。"]})
        return attrs

    def _refuse_workflow_dates(self):
        """Read-only fields are dropped silently by DRF; a changed workflow date says why it is refused."""
        sent = self.initial_data if isinstance(self.initial_data, dict) else {}
        errors = {}
        for name in WORKFLOW_DATES:
            if name in sent:
                current = getattr(self.instance, name, None)
                if str(sent[name] or "") != (current.isoformat() if current else ""):
                    errors[name] = ["此日期由整改流程自动设定，不能直接填写；如需更正，请督查人员通过“更正日期”并填写说明。"]
        if errors:
            raise serializers.ValidationError(errors)

    def create(self, validated_data):
        validated_data.pop("note", None)
        return super().create(validated_data)

    def update(self, instance, validated_data):
        note = validated_data.pop("note", "")
        for name, value in validated_data.items():
            setattr(instance, name, value)
        return measure_update(
            measure=instance,
            expected_version=self.context.get("expected_version"),
            user=self._user(),
            channel=Channel.API,
            note=note,
        )


class ProgressNoteSerializer(ScopedSerializerMixin, serializers.ModelSerializer):
    class Meta:
        model = ProgressNote
        fields = ["id", "measure", "date", "text", "status_after", "author", "channel", "created_at"]
        read_only_fields = ["id", "date", "author", "channel", "created_at"]

    def create(self, validated_data):
        measure, user = validated_data["measure"], self.context["request"].user
        with transaction.atomic():
            if validated_data["status_after"] != measure.status:
                measure_set_status(
                    measure=measure,
                    status=validated_data["status_after"],
                    note=validated_data["text"],
                    user=user,
                    channel=Channel.API,
                )
                return measure.notes.latest("id")
            return progress_note_add(
                measure=measure,
                text=validated_data["text"],
                status_after=measure.status,
                user=user,
                channel=Channel.API,
            )


class EvidenceSerializer(ScopedSerializerMixin, serializers.ModelSerializer):
    download = serializers.SerializerMethodField()

    class Meta:
        model = Evidence
        fields = [
            "id",
            "measure",
            "title",
            "file",
            "original_name",
            "size",
            "sha256",
            "uploaded_by",
            "uploaded_at",
            "download",
        ]
        read_only_fields = ["id", "original_name", "size", "sha256", "uploaded_by", "uploaded_at", "download"]
        # max_length None: a long upload name is shortened by the service (it keeps the extension), not refused.
        extra_kwargs = {"file": {"write_only": True, "max_length": None}, "title": {"required": False}}

    def get_download(self, obj) -> str:
        request = self.context.get("request")
        url = f"/api/evidence/{obj.pk}/download/"
        return request.build_absolute_uri(url) if request else url

    def create(self, validated_data):
        return evidence_create(
            measure=validated_data["measure"],
            upload=validated_data["file"],
            title=validated_data.get("title", ""),
            user=self.context["request"].user,
        )


class ReportedFigureSerializer(ScopedSerializerMixin, serializers.ModelSerializer):
    class Meta:
        model = ReportedFigure
        fields = ["id", "inspection", "metric", "value", "quantity_unit", "sentence", "source_line", "source_document"]
        read_only_fields = ["id", "source_document"]


class SetCategorySerializer(serializers.Serializer):
    category = serializers.PrimaryKeyRelatedField(
        queryset=ProblemCategory.objects.all(), allow_null=True, help_text="问题类别；为空时交回自动归类"
    )


class CloseOutSerializer(serializers.Serializer):
    note = serializers.CharField(help_text="销号审核意见")


class CorrectDatesSerializer(serializers.Serializer):
    completed_on = serializers.DateField(required=False, allow_null=True, help_text="更正后的完成日期")
    next_review_on = serializers.DateField(required=False, allow_null=True, help_text="更正后的下次复查日期")
    note = serializers.CharField(help_text="更正说明（必填，记入历史记录）")


class ReopenSerializer(serializers.Serializer):
    reason = serializers.CharField(help_text="重新打开原因")
    new_deadline = serializers.DateField(help_text="新的完成时限（今天或以后）")


MAX_ID = 2**63 - 1


class BulkMeasureRowSerializer(serializers.Serializer):
    id = serializers.IntegerField(min_value=1, max_value=MAX_ID)
    version = serializers.IntegerField(
        required=False, min_value=1, max_value=2**31 - 1, help_text="客户端所见版本；不符则该行报错"
    )
    status = serializers.ChoiceField(choices=Status.choices, required=False)
    deadline = serializers.DateField(required=False, allow_null=True)
    note = serializers.CharField(required=False, allow_blank=True)
