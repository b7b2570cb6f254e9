from rest_framework import serializers

from imports.models import ImportAction, ImportRun, SourceDocument


class SourceDocumentSerializer(serializers.ModelSerializer):
    class Meta:
        model = SourceDocument
        fields = [
            "id",
            "title",
            "kind",
            "file_name",
            "sha256",
            "title_line",
            "published_on",
            "imported_by",
            "imported_at",
        ]


class ImportActionSerializer(serializers.ModelSerializer):
    class Meta:
        model = ImportAction
        fields = ["model", "object_id", "key", "action", "label", "changes"]


class ImportRunSerializer(serializers.ModelSerializer):
    actions = ImportActionSerializer(many=True, read_only=True)

    class Meta:
        model = ImportRun
        fields = [
            "id",
            "user",
            "started_at",
            "finished_at",
            "outcome",
            "files",
            "counts",
            "warnings",
            "error",
            "actions",
        ]


class ImportUploadSerializer(serializers.Serializer):
    files = serializers.ListField(child=serializers.FileField(), allow_empty=False, help_text="一个或多个文档")


class ParsedDocumentSerializer(serializers.Serializer):
    title = serializers.CharField()
    kind = serializers.CharField()
    title_line = serializers.IntegerField()
    published = serializers.DateField(allow_null=True)
    inspections = serializers.ListField(child=serializers.DictField())


class ImportPreviewSerializer(serializers.Serializer):
    documents = ParsedDocumentSerializer(many=True)
    counts = serializers.DictField()
    actions = ImportActionSerializer(many=True)
    warnings = serializers.ListField(child=serializers.CharField())
