from django.apps import AppConfig


class LedgerConfig(AppConfig):
    name = "ledger"
    verbose_name = "整改台账"

    def ready(self):
        from simple_history.signals import pre_create_historical_record

        from ledger.history import stamp_channel

        pre_create_historical_record.connect(stamp_channel, dispatch_uid="ledger_stamp_channel")
