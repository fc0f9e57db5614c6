"""The progress letter to the reporter (SP2HP for an LP, SP3D for a Dumas) as an official A4 PDF."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from db.views import LetterData
from exports.pdf_common import (
    Letterhead,
    SignatureColumn,
    format_date_id,
    markup,
    or_dash,
    paragraph_styles,
    rank_nrp,
    signature_blocks,
    table_style,
    to_wib,
)
from exports.pdf_document import Margins, write_a4_pdf

__all__ = ["SUBJECTS", "write_letter"]

SUBJECTS = {
    "SP2HP": "Pemberitahuan Perkembangan Hasil Penyidikan (SP2HP)",
    "SP3D": "Pemberitahuan Perkembangan Hasil Penanganan Dumas (SP3D)",
}
_REFERENCE = {"LP_B": "Laporan Polisi", "DUMAS": "Pengaduan Masyarakat (Dumas)"}
_MATTER = {"LP_B": "perkara", "DUMAS": "pengaduan"}
_PARTS = {
    "SP2HP": (
        "Fakta perkara",
        "Tindakan yang telah dilakukan dan hasilnya",
        "Kendala yang dihadapi",
        "Rencana tindak lanjut",
    ),
    "SP3D": (
        "Fakta pengaduan",
        "Tindakan yang telah dilakukan dan hasilnya",
        "Kendala yang dihadapi",
        "Rencana tindak lanjut",
    ),
}

_MARGINS = Margins(left=25 * mm, right=20 * mm, top=15 * mm, bottom=20 * mm)
# SimpleDocTemplate's frame pads 6 pt on each side; wider tables would overflow the right margin.
_FRAME_WIDTH = _MARGINS.frame_width - 12
_NUMBER_INDENT = 7 * mm
_LETTER_INDENT = 6 * mm
_TIGHT = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0.6),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
]


def write_letter(data: LetterData, out: Path | str | BinaryIO) -> None:
    """Write the progress letter as an A4 PDF to a path or a binary file object."""
    if data.kind not in SUBJECTS:
        raise ValueError(f"unknown letter kind: {data.kind!r}")
    write_a4_pdf(
        out,
        lambda: build_story(data),
        margins=_MARGINS,
        title=f"{data.kind} {data.number}",
        subject=SUBJECTS[data.kind],
    )


def build_story(data: LetterData) -> list[Flowable]:
    """The flowables of the letter, top to bottom."""
    styles = paragraph_styles(size=10.5)
    right = ParagraphStyle("right_block", parent=styles["body"])
    story: list[Flowable] = [
        Letterhead(data.letterhead_lines),
        Spacer(1, 5 * mm),
        _place_date(data, styles),
        Spacer(1, 3 * mm),
        _heading_block(data, styles, right),
        Spacer(1, 6 * mm),
    ]
    story += _numbered(
        1, [Paragraph("Rujukan:", styles["body"]), _lettered([markup(_reference(data))], styles)], styles
    )
    intro = (
        "Sehubungan dengan rujukan tersebut di atas, bersama ini diberitahukan kepada Saudara perkembangan "
        f"penanganan {_MATTER.get(data.report_kind, 'perkara')}"
    )
    intro = markup(intro) + (f" {markup(data.offense.strip())}" if data.offense.strip() else "")
    intro += markup(" yang Saudara laporkan, sebagai berikut:")
    parts = [
        f"{markup(label)}:<br/>{markup(or_dash(text))}"
        for label, text in zip(
            _PARTS[data.kind], (data.facts, data.actions, data.obstacles, data.next_steps), strict=True
        )
    ]
    story += _numbered(2, [Paragraph(intro, styles["justify"]), _lettered(parts, styles)], styles)
    story += _numbered(3, [Paragraph(markup(_contact_sentence(data)), styles["justify"])], styles)
    closing = _numbered(4, [Paragraph("Demikian untuk menjadi maklum.", styles["justify"])], styles)
    signatory = SignatureColumn(
        tuple(line for line in (data.signatory_on_behalf, data.signatory_title) if line.strip()) or ("",),
        data.signatory.name,
        rank_nrp(data.signatory.rank, data.signatory.nrp),
    )
    story.append(
        signature_blocks(
            # The signature stands on the right; the left column stays blank (a zero-width name, not "-").
            [SignatureColumn((), "\u200b"), signatory],
            [_FRAME_WIDTH * 0.45, _FRAME_WIDTH * 0.55],
            styles,
            sign_space=20 * mm,
            lead_in=closing,
        )
    )
    return story


# --------------------------------------------------------------------------- header


def _place_date(data: LetterData, styles: dict[str, ParagraphStyle]) -> Table:
    issued = format_date_id(to_wib(data.issued_at).date())
    line = f"{data.city}, {issued}" if data.city.strip() else issued
    table = Table(
        [["", Paragraph(markup(line), styles["body"])]], colWidths=[_FRAME_WIDTH * 0.6, _FRAME_WIDTH * 0.4]
    )
    table.setStyle(table_style(_TIGHT))
    return table


def _heading_block(data: LetterData, styles: dict[str, ParagraphStyle], right: ParagraphStyle) -> Table:
    """Nomor / Klasifikasi / Lampiran / Perihal on the left, "Kepada Yth. … di tempat" on the right."""
    body = styles["body"]
    rows = [
        ("Nomor", markup(data.number)),
        ("Klasifikasi", "BIASA"),
        ("Lampiran", "-"),
        ("Perihal", f"<u>{markup(SUBJECTS[data.kind])}</u>"),
    ]
    left_width, right_width = _FRAME_WIDTH * 0.6, _FRAME_WIDTH * 0.4
    label_width = 22 * mm
    left = Table(
        [[Paragraph(label, body), ":", Paragraph(value, body)] for label, value in rows],
        colWidths=[label_width, 4 * mm, left_width - label_width - 4 * mm - 6 * mm],
        hAlign="LEFT",
    )
    left.setStyle(table_style([*_TIGHT, ("FONT", (1, 0), (1, -1), body.fontName, body.fontSize)]))
    lines = data.addressee.strip().replace("\r\n", "\n").split("\n")
    addressee = f"Yth. {markup(lines[0])}" + "".join(f"<br/>{markup(line)}" for line in lines[1:])
    to = [
        Paragraph("Kepada", right),
        Paragraph(addressee, ParagraphStyle("to", parent=right, leftIndent=8 * mm, firstLineIndent=-8 * mm)),
        Paragraph("di", right),
        Paragraph("<u>tempat</u>", ParagraphStyle("place", parent=right, leftIndent=8 * mm)),
    ]
    table = Table([[left, to]], colWidths=[left_width, right_width], hAlign="LEFT")
    table.setStyle(table_style(_TIGHT))
    return table


# --------------------------------------------------------------------------- body


def _reference(data: LetterData) -> str:
    received = format_date_id(to_wib(data.report_received_at).date())
    what = _REFERENCE.get(data.report_kind, "Laporan")
    return f"{what} Nomor: {or_dash(data.report_number)}, tanggal {received}, atas nama {data.reporter_name}."


def _contact_sentence(data: LetterData) -> str:
    who = " ".join(p for p in (data.handler.rank.strip(), data.handler.name.strip()) if p)
    sentence = "Apabila Saudara memerlukan keterangan lebih lanjut, dapat menghubungi"
    sentence += f" {who}" if who else " petugas yang menangani"
    if data.unit.strip():
        sentence += f" di {data.unit.strip()}"
    if data.station_phone.strip():
        sentence += f", telepon {data.station_phone.strip()}"
    return sentence + "."


def _numbered(n: int, content: list[Flowable], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """A top-level numbered point: the number in its own column, the content beside it."""
    table = Table(
        [[Paragraph(f"{n}.", styles["body"]), content]],
        colWidths=[_NUMBER_INDENT, _FRAME_WIDTH - _NUMBER_INDENT],
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(table_style(_TIGHT))
    return [table, Spacer(1, 2.5 * mm)]


def _lettered(items: list[str], styles: dict[str, ParagraphStyle]) -> Table:
    """Sub-points a., b., c. … of already escaped paragraph markup."""
    width = _FRAME_WIDTH - _NUMBER_INDENT
    table = Table(
        [
            [Paragraph(f"{chr(ord('a') + i)}.", styles["body"]), Paragraph(text, styles["justify"])]
            for i, text in enumerate(items)
        ],
        colWidths=[_LETTER_INDENT, width - _LETTER_INDENT],
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(table_style([*_TIGHT, ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
    return table
