from django.core.files.storage import FileSystemStorage
from django.urls import reverse


class EvidenceStorage(FileSystemStorage):
    """Evidence is never served from a public media URL: every link goes through the scoped download view."""

    def url(self, name):
        return reverse("ledger:evidence-file", kwargs={"name": name})


def evidence_storage():
    return EvidenceStorage()
