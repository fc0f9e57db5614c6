"""The offence table: each category's article in the new KUHP and the old one, kept by the admin."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import ValidationFailed
from db.models import Category, OffenceArticle
from db.rules.kuhp_articles import SEED
from db.services.officers import require_admin
from db.services.writes import live_row
from db.storage import audit
from db.storage.engine import read_session

MAX_ARTICLE = 200  # spelled out in the "too long" message, which must stay a literal to be translated


@dataclass(frozen=True, slots=True)
class ArticleView:
    category_id: str
    category: str
    article_new: str  # UU 1/2023, e.g. "Pasal 476"
    article_old: str  # old KUHP, e.g. "Pasal 362"
    source: str


def seed_articles(session: Session, category: Category) -> OffenceArticle:
    """The checked articles for a category with a default name (empty otherwise); the caller flushed it."""
    seed = SEED.get(category.name)
    row = OffenceArticle(
        category_id=category.id,
        article_new=seed.new if seed else "",
        article_old=seed.old if seed else "",
        source=seed.source if seed else "",
    )
    session.add(row)
    return row


def articles_by_category(session: Session) -> dict[str, tuple[str, str]]:
    """category id -> (article in UU 1/2023, article in the old KUHP), for rows that have one."""
    rows = session.execute(
        select(OffenceArticle.category_id, OffenceArticle.article_new, OffenceArticle.article_old)
    )
    return {c: (new, old) for c, new, old in rows}


def article_suggestions(session_factory: sessionmaker[Session]) -> dict[str, tuple[str, str]]:
    """category id -> (article in UU 1/2023, in the old KUHP): what the report form suggests."""
    with read_session(session_factory) as s:
        return articles_by_category(s)


def list_articles(session_factory: sessionmaker[Session]) -> list[ArticleView]:
    """Every category (inactive too) in the admin's order, with its articles ("" where none is set)."""
    with read_session(session_factory) as s:
        q = (
            select(Category.id, Category.name, OffenceArticle)
            .outerjoin(OffenceArticle, OffenceArticle.category_id == Category.id)
            .where(Category.deleted_at.is_(None))
            .order_by(Category.sort_order, Category.name)
        )
        return [
            ArticleView(
                cid, name, a.article_new if a else "", a.article_old if a else "", a.source if a else ""
            )
            for cid, name, a in s.execute(q)
        ]


def _clean(field: str, text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_ARTICLE:
        raise ValidationFailed({field: "Article is too long (at most 200 characters)."})
    return text


def set_articles(
    session_factory: sessionmaker[Session],
    *,
    category_id: str,
    article_new: str,
    article_old: str,
    source: str,
    by_officer_id: str,
) -> ArticleView:
    """Set a category's articles and where they were checked; an article needs its source."""
    new, old = _clean("article_new", article_new), _clean("article_old", article_old)
    source = " ".join(source.split())
    if (new or old) and not source:
        raise ValidationFailed({"source": "Say where the article was checked (regulation text or page)."})
    with session_factory.begin() as s:
        admin = require_admin(s, by_officer_id)
        category = live_row(s, Category, category_id, "category")
        row = s.scalar(select(OffenceArticle).where(OffenceArticle.category_id == category_id))
        if row is None:
            row = OffenceArticle(category_id=category_id, article_new="", article_old="", source="")
            s.add(row)
        before = {"article_new": row.article_new, "article_old": row.article_old, "source": row.source}
        row.article_new, row.article_old, row.source, row.updated_by_id = new, old, source, admin.id
        s.flush()
        audit.record(
            s,
            officer_id=admin.id,
            entity="offence_article",
            entity_id=category_id,
            action="update",
            before=before,
            after={"article_new": new, "article_old": old, "source": source},
        )
        return ArticleView(category_id, category.name, new, old, source)
