from ledger.models.categories import ProblemCategory
from ledger.models.evidence import Evidence
from ledger.models.figures import ReportedFigure, RoundFigure
from ledger.models.inspections import Inspection, InspectionRound
from ledger.models.items import FeedbackItem
from ledger.models.measures import Measure, ProgressNote, ReminderLog
from ledger.models.overview import OverviewStaleUnit, OverviewTally, OverviewTallyState
from ledger.models.round_problems import RoundProblem
from ledger.models.units import Unit

__all__ = [
    "Evidence",
    "FeedbackItem",
    "Inspection",
    "InspectionRound",
    "Measure",
    "OverviewStaleUnit",
    "OverviewTally",
    "OverviewTallyState",
    "ProblemCategory",
    "ProgressNote",
    "ReminderLog",
    "ReportedFigure",
    "RoundFigure",
    "RoundProblem",
    "Unit",
]
