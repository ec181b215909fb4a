"""The main window's pages: the start page, the navigator beside the overview, indicator and plan pages, and
moving between them. The indicator page and the action plan are built the first time they are shown (the
start with the last document paints the overview only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from gui.pages.overview import OverviewPage
from gui.pages.start import StartPage
from gui.widgets.navigator import Navigator, NavigatorPanel
from gui.widgets.read_only_banner import ReadOnlyBanner
from gui.window.base import WindowPart
from model.document import actionplan
from model.document import search as indicator_filter
from model.document.assessment import Response


class WindowPages(WindowPart):
    """Part of gui.main_window.MainWindow (a mixin): its central widget and navigation."""

    def _build_pages(self) -> None:
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start_page = StartPage()
        self.start_page.newRequested.connect(self.new_assessment)
        self.start_page.openRequested.connect(self.open_dialog)
        self.start_page.exampleRequested.connect(self.open_example)
        self.start_page.recentRequested.connect(self.open_recent)
        self.stack.addWidget(self.start_page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.navigator = Navigator()
        self.navigator.indicatorActivated.connect(self.show_indicator)
        self.navigator.areaActivated.connect(lambda _area: self.show_overview())
        self.pages = QStackedWidget()
        self.overview = OverviewPage()
        self.overview.areaRequested.connect(self._open_area)
        self.overview.actionsRequested.connect(lambda values: self.show_plan(**values))
        self.overview.indicatorsRequested.connect(self.show_indicator_list)
        self._indicator_page = None  # built the first time an indicator is shown
        self._plan_view = None  # built the first time the plan is shown
        self.pages.addWidget(self.overview)
        self.navigator_panel = NavigatorPanel(self.navigator)  # search and filter above the tree
        self.navigator_panel.gap_source = lambda: set(actionplan.gaps_without_actions(
            self.session.doc, self.navigator.nav_model.responses)) if self.session else set()
        self.splitter.addWidget(self.navigator_panel)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.contributions.banner)  # a contribution's banner sits above the pages
        right_layout.addWidget(self.pages, 1)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 760])
        self.read_only_banner = ReadOnlyBanner()
        self.read_only_banner.saveCopyRequested.connect(self.save_copy_to_edit)
        self.document_view = QWidget()
        document_layout = QVBoxLayout(self.document_view)
        document_layout.setContentsMargins(0, 0, 0, 0)
        document_layout.addWidget(self.read_only_banner)
        document_layout.addWidget(self.splitter, 1)
        self.stack.addWidget(self.document_view)

    @property
    def indicator_page(self):
        """The page of one indicator, built on first use."""
        if self._indicator_page is None:
            from gui.pages.indicator import IndicatorPage

            page = IndicatorPage()
            page.previousRequested.connect(self.previous_indicator)
            page.nextRequested.connect(self.next_indicator)
            page.actionRequested.connect(self.show_action)
            page.addActionRequested.connect(self.add_action_for_gap)
            self.pages.addWidget(page)
            self._indicator_page = page
            self.cycle.sync()  # a final assessment's editors are read-only from the start
        return self._indicator_page

    def built_indicator_page(self):
        """The indicator page if it has been built, else None (nothing to update on it yet)."""
        return self._indicator_page

    @property
    def plan_view(self):
        """The action plan page, built on first use."""
        if self._plan_view is None:
            from gui.pages.actionplan import ActionPlanView

            self._plan_view = ActionPlanView()
            self._plan_view.indicatorRequested.connect(self.show_indicator)
            self.pages.addWidget(self._plan_view)
            if self.session is not None:
                self._plan_view.show_session(self.session, self.content_lang)
        return self._plan_view

    def current_screen(self) -> str:
        """Which screen is shown, as the user guide names it (F1 opens its chapter)."""
        if self.stack.currentWidget() is self.start_page:
            return "start"
        page = self.pages.currentWidget()
        if page is not None and page is self._indicator_page:
            return "indicator"
        if page is not None and page is self._plan_view:
            return "plan"
        return "overview"

    def show_overview(self) -> None:
        if self.session is None:
            return
        self.session.flush()
        self.overview.show_session(self.session, self.content_lang)
        self.pages.setCurrentWidget(self.overview)

    def show_indicator(self, indicator_id: str) -> None:
        if self.session is None:
            return
        self.session.flush()
        self.indicator_page.show_indicator(self.session, indicator_id, self.content_lang)
        self.contributions.indicator_shown(indicator_id)
        self.pages.setCurrentWidget(self.indicator_page)
        self.navigator.select(indicator_id)

    def show_plan(self, **filters) -> None:
        if self.session is None:
            return
        self.session.flush()
        self.plan_view.set_filter(**filters)
        self.pages.setCurrentWidget(self.plan_view)
        self.navigator.clearSelection()

    def show_action(self, action_id: int) -> None:
        """Open one action with all its fields (from an indicator page's list of actions)."""
        if self.session is None:
            return
        from gui.dialogs.action_editor import open_editor

        open_editor(self, self.session, self.content_lang, action_id)

    def add_action_for_gap(self, indicator_id: str) -> None:
        """A new action for an indicator's gap, pre-filled (gap, authority, one level up); added on OK."""
        if self.session is None:
            return
        from gui.dialogs.action_editor import open_editor

        self.session.flush()
        open_editor(self, self.session, self.content_lang,
                    initial=actionplan.draft_for_gap(self.session.doc, indicator_id))

    def show_indicator_list(self, title: str, indicator_ids: list) -> None:
        from gui.dialogs.indicator_list import IndicatorListDialog

        if self.session is None:
            return
        dialog = IndicatorListDialog(self, title, self.session.catalogue, list(indicator_ids), self.content_lang)
        dialog.indicatorChosen.connect(self.show_indicator)
        dialog.show()

    def _actions_changed(self) -> None:
        if self._indicator_page is not None:
            self._indicator_page.fill_actions()
        self.navigator_panel.actions_changed()
        if self.pages.currentWidget() is self.overview:
            self.overview.refresh()

    def _open_area(self, area_id: str) -> None:
        area = self.session.catalogue.area(area_id) if self.session else None
        if area and area.indicators:
            self.show_indicator(area.indicators[0].id)

    def current_indicator(self) -> str | None:
        page = self._indicator_page
        if page is not None and self.pages.currentWidget() is page and page.indicator:
            return page.indicator.id
        return None

    def _step(self, delta: int) -> None:
        if self.session is None:
            return
        # With a search or filter on, next and previous walk through the indicators it shows.
        shown = self.navigator_panel.shown_ids() if self.navigator_panel.rule().active else None
        target = indicator_filter.step(self.session.catalogue.indicator_ids(), shown, self.current_indicator(),
                                       delta)
        if target is not None:
            self.show_indicator(target)

    def next_indicator(self) -> None:
        self._step(1)

    def previous_indicator(self) -> None:
        self._step(-1)

    def _response_changed(self, indicator_id: str, response: Response) -> None:
        """One response stored: its row and its area in the navigator, and the page if it shows another field
        of it (an undo); nothing is read back from the file."""
        indicator = None if self.session is None else self.session.catalogue.indicator(indicator_id)
        if indicator is None:  # a signal of a session already closed, or of an id outside its catalogue
            return
        area_id = indicator.area_id
        nav_model = self.navigator.nav_model
        nav_model.responses[indicator_id] = response
        nav_model.refresh_area(area_id, nav_model.responses)
        if self._indicator_page is not None:
            self._indicator_page.refresh(indicator_id, response)

    def _clear_pages(self) -> None:
        """After the document was closed: no page keeps it."""
        if self._indicator_page is not None:
            self._indicator_page.session = None
            self._indicator_page.indicator = None
        self.overview.session = None
        if self._plan_view is not None:
            self._plan_view.clear()
        self.stack.setCurrentWidget(self.start_page)
