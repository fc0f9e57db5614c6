"""A filled-in IkmReportData for the exporter tests (no database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from db.rules.ikm import ELEMENT_NAMES
from db.views import (
    IkmAnswerRow,
    IkmCommentRow,
    IkmCount,
    IkmElementRow,
    IkmProfileGroup,
    IkmReportData,
    PersonBlock,
)

WIB = timezone(timedelta(hours=7))
NAMES = ELEMENT_NAMES  # the nine elements of PermenPANRB 14/2017, as the app names them
MARKUP_COMMENT = "Petugas <b>ramah</b> & sigap"
FORMULA_COMMENT = "=SUM(A1)"


def sample_report(**changes: object) -> IkmReportData:
    nrr = (Decimal("3.50"), Decimal("3.25"), Decimal("3.00"), Decimal("3.75"), Decimal("3.25"),
           Decimal("3.50"), Decimal("3.50"), Decimal("3.00"), Decimal("2.75"))  # fmt: skip
    elements = tuple(
        IkmElementRow(
            code=f"U{i}",
            name=name,
            total=int(v * 4),
            nrr=v,
            nrr_weighted=(v / 9).quantize(Decimal("0.001")),
            converted=v * 25,
            grade="A" if v * 25 >= Decimal("88.31") else "B" if v * 25 >= Decimal("76.61") else "C",
            grade_label="",
        )
        for i, (name, v) in enumerate(zip(NAMES, nrr, strict=True), start=1)
    )
    when = datetime(2026, 11, 3, 10, 15, tzinfo=WIB)
    profile = ("L", "30-39", "SMA", "Petani", "Laporan Polisi", "import")
    answers = tuple(
        IkmAnswerRow(when, (4, 3, 3, 4, 3, 4, 4, 3, 3), *profile, c)
        for c in ("", MARKUP_COMMENT, FORMULA_COMMENT, "+62 812")
    )
    base = IkmReportData(
        letterhead_lines=("KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH SUMATERA BARAT", "RESOR SOLOK"),
        unit="POLRES SOLOK",
        city="Arosuka",
        date_from=date(2026, 11, 1),
        date_to=date(2026, 11, 30),
        period_label="November 2026",
        printed_on=date(2026, 12, 1),
        respondents=4,
        services=120,
        required_sample=92,
        enough=False,
        elements=elements,
        ikm=Decimal("3.28"),
        index=Decimal("81.94"),
        grade="B",
        grade_label="Baik",
        profile=(
            IkmProfileGroup("Jenis Kelamin", (IkmCount("Laki-laki", 3), IkmCount("Perempuan", 1))),
            IkmProfileGroup("Pendidikan", (IkmCount("SMA/sederajat", 4),)),
        ),
        comments=(
            IkmCommentRow(when, "Laporan Polisi", MARKUP_COMMENT),
            IkmCommentRow(when, "SKCK", FORMULA_COMMENT),
            IkmCommentRow(when, "SKCK", "@home -minus"),
        ),
        answers=answers,
        signatory_on_behalf="a.n. KEPALA KEPOLISIAN RESOR SOLOK",
        signatory_title="KA SPKT",
        signatory=PersonBlock("Hendra Gunawan", "IPTU", "78050412"),
    )
    return replace(base, **changes) if changes else base
