"""Context help of the indicator page: a tooltip and a "What's this?" text (Shift+F1) for each level of the
scale and each field, in the interface language. Catalogue texts inside them are escaped (tooltips and
What's-this texts are always rich-text capable)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from gui.widgets.shared import plain_tooltip


class IndicatorHelp(QObject):
    """Fills the tooltips and What's-this texts of an IndicatorPage; called whenever the page is (re)filled."""

    def apply(self, page) -> None:
        from gui.pages.indicator import NA_ID, shown  # the page's own rule for "not applicable" and fallbacks

        more = self.tr("Press F1 for the chapter of the user guide on rating an indicator.")
        for check in page.criteria_checks:
            check.setToolTip(self.tr("Tick it when the criterion is met today."))
            check.setWhatsThis(self.tr(
                "A criterion is one concrete condition behind the indicator's statement. Tick it only when it is "
                "met today, and name the proof under Evidence. The ticked criteria suggest a level; a level that "
                "contradicts them is marked on the page and in the navigator.") + "\n\n" + more)
        if page.indicator is not None:
            scale = page.indicator.scale
            levels = {lvl.value: lvl for lvl in scale.levels}
            for button in page.level_group.buttons():
                value = page.level_group.id(button)
                level = scale.not_applicable if value == NA_ID else levels.get(value)
                if level is None:
                    continue
                label, descriptor = shown(level.label, page.lang), shown(level.descriptor, page.lang)
                name = self.tr("Not applicable") if value == NA_ID else self.tr("Level {0}").format(value)
                button.setToolTip(plain_tooltip(f"{name} — {label}: {descriptor}"))
                explain = (self.tr("Choose it when the indicator does not apply to the country, and say why in "
                                   "the description.") if value == NA_ID else self.tr(
                    "Choose the level that fits today's situation best. The arrow keys move between levels, a "
                    "digit chooses that level and N chooses not applicable."))
                button.setWhatsThis(plain_tooltip(f"{name} — {label}\n\n{descriptor}\n\n{explain}\n\n{more}"))
        fields = {
            "description": (self.tr("What exists today, in a few sentences."), self.tr(
                "Describe what is in place today and where: the arrangements, who runs them, how far they "
                "reach. Keep opinions for the gaps.")),
            "evidence": (self.tr("The documents that prove it, with numbers and dates."), self.tr(
                "List the laws, decrees, procedures, reports and records that show what you describe, each with "
                "its number and date, so that a colleague or a reviewer abroad can check it. Attach the files "
                "below when you can.")),
            "gaps": (self.tr("What is missing or does not work yet."), self.tr(
                "Each gap should lead to an action of the plan: write it so that the action can say what will "
                "close it. 'Add an action for this gap' creates one from it.")),
            "authority": (self.tr("Who is in charge of this subject today."), self.tr(
                "The ministry, agency or service responsible today. It is proposed as the lead of an action "
                "added for this gap.")),
        }
        for field, (tip, what) in fields.items():
            edit = page.text_edits[field]
            edit.setToolTip(tip)
            edit.setWhatsThis(what + "\n\n" + more)
        page.complete_check.setToolTip(self.tr("Tick it when the agencies concerned agree with this page."))
        page.complete_check.setWhatsThis(self.tr(
            "Complete means that the answer is checked and agreed. An indicator marked complete without evidence "
            "is marked as needing attention.") + "\n\n" + more)
        page.attach_list.setToolTip(self.tr("Files kept inside the assessment file; Enter opens one."))
        page.attach_list.setWhatsThis(self.tr(
            "Attached files travel with the assessment when it is copied or sent. Each file may be up to the "
            "size shown; they are listed in the Word report and its annex.") + "\n\n" + more)
        page.actions_list.setToolTip(self.tr("Actions of the plan linked to this indicator."))
        page.actions_list.setWhatsThis(self.tr(
            "The actions of the national action plan that address this indicator. Double-click one to edit it; "
            "'Add an action for this gap' adds one pre-filled from the gap.") + "\n\n" + more)
