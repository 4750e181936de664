"""resolve stage: near-duplicate articles, event matching, reconciliation (pure functions, no database)."""

from eventwire.resolve.blocking import BlockingIndex
from eventwire.resolve.ids import event_from_draft, source_from_article
from eventwire.resolve.matching import MERGE_THRESHOLD, Judgement, judge
from eventwire.resolve.neardup import NearDuplicateIndex, near_duplicate_groups
from eventwire.resolve.plan import MergeDecision, MergePlan, cluster_events, plan_merges
from eventwire.resolve.reconcile import reconcile, reconcile_fatalities
from eventwire.resolve.stream import StreamingResolver

__all__ = [
    "BlockingIndex",
    "Judgement",
    "MERGE_THRESHOLD",
    "MergeDecision",
    "MergePlan",
    "NearDuplicateIndex",
    "StreamingResolver",
    "cluster_events",
    "event_from_draft",
    "judge",
    "near_duplicate_groups",
    "plan_merges",
    "reconcile",
    "reconcile_fatalities",
    "source_from_article",
]
