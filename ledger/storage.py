from django.core.files.storage import Storage, storages
from django.urls import reverse


class EvidenceStorage(Storage):
    """Evidence lives in the default storage (`STORAGES["default"]`: media folder or S3-compatible storage) but is
    never served from its URL: every link goes through the scoped download view."""

    @property
    def backend(self) -> Storage:
        # Looked up on every use: settings (and tests) may swap the default storage.
        return storages["default"]

    def _open(self, name, mode="rb"):
        return self.backend.open(name, mode)

    def _save(self, name, content):
        return self.backend.save(name, content)

    def get_valid_name(self, name):
        return self.backend.get_valid_name(name)

    def get_available_name(self, name, max_length=None):
        return self.backend.get_available_name(name, max_length=max_length)

    def generate_filename(self, filename):
        return self.backend.generate_filename(filename)

    def delete(self, name):
        self.backend.delete(name)

    def exists(self, name):
        return self.backend.exists(name)

    def listdir(self, path):
        return self.backend.listdir(path)

    def size(self, name):
        return self.backend.size(name)

    def get_modified_time(self, name):
        return self.backend.get_modified_time(name)

    def url(self, name):
        return reverse("ledger:evidence-file", kwargs={"name": name})


def evidence_storage():
    return EvidenceStorage()
