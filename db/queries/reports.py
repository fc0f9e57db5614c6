"""Read-only queries over one report: the data of its printed receipt."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from db.errors import NotFound
from db.models import OffenceArticle, Report
from db.rules.kuhp_articles import article_for_print, false_statement_article
from db.rules.regions import region_name
from db.rules.station_identity import unit_label
from db.rules.timeutil import to_wib
from db.services.station import load_station
from db.storage.engine import read_session
from db.views import LostItemRow, PersonBlock, ReceiptData


def _incident_place(r: Report) -> str:
    parts = [r.incident_address.strip()]
    if r.incident_nagari_code:
        parts.append(f"Nagari {region_name(r.incident_nagari_code)}")
    if r.incident_kecamatan_code:
        parts.append(f"Kec. {region_name(r.incident_kecamatan_code)}")
    return ", ".join(p for p in parts if p)


def receipt_data(
    session_factory: sessionmaker[Session],
    *,
    report_id: str | None = None,
    number: str | None = None,
    last: bool = False,
) -> ReceiptData:
    """The receipt of one numbered report, found by id, by number, or the newest one."""
    with read_session(session_factory) as s:
        q = (
            select(Report)
            .where(Report.deleted_at.is_(None), Report.number.is_not(None))
            .options(
                selectinload(Report.lost_items),
                selectinload(Report.citizen),
                selectinload(Report.receiving_officer),
                selectinload(Report.category),
            )
        )
        if report_id is not None:
            q = q.where(Report.id == report_id)
        elif number is not None:
            q = q.where(Report.number == number.strip())
        elif last:
            q = q.order_by(Report.received_at.desc(), Report.number_seq.desc()).limit(1)
        else:
            raise ValueError("give report_id, number or last")
        r = s.scalar(q)
        if r is None:
            raise NotFound(number or report_id or "no numbered report yet")
        station = load_station(s)
        c, o = r.citizen, r.receiving_officer
        # The code in force for the incident (the receive day when the incident time is unknown).
        incident_day = to_wib(r.incident_at or r.received_at).date()
        suggested = ("", "")
        if r.category_id and r.kind == "LP_B":
            row = s.execute(
                select(OffenceArticle.article_new, OffenceArticle.article_old).where(
                    OffenceArticle.category_id == r.category_id
                )
            ).first()
            suggested = (row[0], row[1]) if row else ("", "")
        return ReceiptData(
            kind=r.kind,
            number=r.number or "",
            letterhead_lines=tuple(station.letterhead.splitlines()),
            city=station.city,
            received_at=to_wib(r.received_at),
            citizen_name=c.name,
            citizen_nik=c.nik or "",
            citizen_birth_place=c.birth_place,
            citizen_birth_date=c.birth_date,
            citizen_sex=c.sex,
            citizen_religion=c.religion,
            citizen_nationality=c.nationality,
            citizen_occupation=c.occupation,
            citizen_address=c.address,
            citizen_phone=c.phone,
            offense=r.offense,
            category=r.category.name if r.category else "",
            incident_at=to_wib(r.incident_at) if r.incident_at else None,
            incident_place=_incident_place(r),
            chronology=r.chronology,
            reported_party=r.reported_party,
            witnesses=r.witnesses,
            article=article_for_print(r.article, incident_day, new=suggested[0], old=suggested[1]),
            estimated_loss=r.estimated_loss,
            lost_items=tuple(
                LostItemRow(i.quantity, i.item, i.identifiers) for i in r.lost_items if i.deleted_at is None
            ),
            receiving_officer=PersonBlock(o.name, o.rank, o.nrp),
            signatory_on_behalf=station.signatory_on_behalf,
            signatory_title=station.signatory_title,
            signatory=PersonBlock(station.signatory_name, station.signatory_rank, station.signatory_nrp),
            unit=unit_label(station.level, station.resor_name, station.sector_name),
            false_statement_article=false_statement_article(to_wib(r.received_at).date()),
        )
