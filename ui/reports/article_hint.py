"""The report form's article suggestion: the category's article in the code in force on the incident date."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLineEdit

from db.rules.kuhp_articles import article_for_print
from db.rules.timeutil import to_wib, today_wib
from db.services.articles import article_suggestions
from ui.widgets.wib_datetime import OptionalWibDateTime


class ArticleHint(QObject):
    """Shows the suggestion as the article field's placeholder; left empty, the receipt prints exactly it."""

    def __init__(
        self, session_factory: object, category: QComboBox, incident: OptionalWibDateTime, article: QLineEdit
    ):
        super().__init__(article)
        self._articles = article_suggestions(session_factory)  # type: ignore[arg-type]
        self._category, self._incident, self._article = category, incident, article
        category.currentIndexChanged.connect(lambda _i: self.update())
        incident.edited.connect(self.update)  # as the officer types: the code in force follows the date
        incident.edit.editingFinished.connect(self.update)
        incident.unknown.toggled.connect(lambda _on: self.update())
        self.update()

    def suggestion(self) -> str:
        new, old = self._articles.get(self._category.currentData() or "", ("", ""))
        moment = self._incident.value()
        return article_for_print("", to_wib(moment).date() if moment else today_wib(), new=new, old=old)

    def update(self) -> None:
        text = self.suggestion()
        self._article.setPlaceholderText(
            self.tr("Suggested: %1").replace("%1", text) if text else self.tr("e.g. Pasal 476 (UU 1/2023)")
        )
