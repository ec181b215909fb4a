"""Several authorities on one assessment: contributions split off the document and merged back field by field.

``split`` writes a contribution (a copy of the document that names its contributor and the indicators it
may change); ``plan`` compares this document with a contribution or any other copy of the same assessment
as a three-way merge of field versions (model.document.tracking); ``apply`` writes the chosen outcome in one
transaction.
"""

from model.merge.apply import apply
from model.merge.plan import FieldChange, MergePlan, plan, read
from model.merge.split import split

__all__ = ["FieldChange", "MergePlan", "apply", "plan", "read", "split"]
