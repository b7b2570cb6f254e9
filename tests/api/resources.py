"""The API's list resources, named once for the tests that walk all of them."""

LEDGER = [
    "units",
    "inspection-rounds",
    "inspections",
    "feedback-items",
    "measures",
    "progress-notes",
    "evidence",
    "reported-figures",
]
ADMIN_ONLY = ["documents", "import-runs"]
ALL = LEDGER + ADMIN_ONLY
