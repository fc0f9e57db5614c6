"""The citizen's receipt PDF (STTLP, SKTLK or tanda terima pengaduan), always in Indonesian."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from db.views import PersonBlock, ReceiptData
from exports.pdf_common import (
    Letterhead,
    SignatureColumn,
    format_date_id,
    format_day_name_id,
    format_rupiah,
    format_time_wib,
    grid_table,
    label_value_table,
    markup,
    or_dash,
    paragraph_styles,
    qr_code,
    rank_nrp,
    signature_blocks,
    table_style,
    to_wib,
)
from exports.pdf_document import Margins, write_a4_pdf

__all__ = ["TITLES", "write_receipt"]

TITLES = {
    "LP_B": "SURAT TANDA TERIMA LAPORAN POLISI",
    "SKTLK": "SURAT KETERANGAN TANDA LAPOR KEHILANGAN",
    "DUMAS": "TANDA TERIMA PENGADUAN MASYARAKAT",
}

_SUBJECT_LINES = {
    "LP_B": "Melaporkan telah terjadi dugaan tindak pidana dengan keterangan sebagai berikut:",
    "SKTLK": "Melaporkan telah kehilangan barang/surat sebagai berikut:",
    "DUMAS": "Menyampaikan pengaduan masyarakat dengan keterangan sebagai berikut:",
}

_CLOSING = {
    "LP_B": "Demikian Surat Tanda Terima Laporan Polisi ini dibuat dengan sebenarnya untuk dapat "
    "dipergunakan sebagaimana mestinya.",
    "SKTLK": "Demikian Surat Keterangan Tanda Lapor Kehilangan ini dibuat dengan sebenarnya untuk dapat "
    "dipergunakan sebagaimana mestinya.",
    "DUMAS": "Demikian Tanda Terima Pengaduan Masyarakat ini dibuat dengan sebenarnya untuk dapat "
    "dipergunakan sebagaimana mestinya.",
}

SKTLK_VALIDITY = (
    "Surat keterangan ini berlaku selama 14 (empat belas) hari sejak tanggal dikeluarkan dan bukan "
    "merupakan pengganti surat/dokumen yang hilang."
)


def false_statement_note(article: str) -> str:
    """The fixed warning of the STTLP and SKTLK, citing the article in force when the report was made."""
    return (
        "Pelapor menyatakan bahwa keterangan yang diberikan adalah benar. Apabila di kemudian hari "
        f"keterangan tersebut ternyata tidak benar (palsu), pelapor dapat dituntut sesuai {article}."
    )


_SEX = {"L": "Laki-laki", "P": "Perempuan"}
_WHO = {"L": "seorang laki-laki", "P": "seorang perempuan"}

_MARGINS = Margins(left=25 * mm, right=20 * mm, top=15 * mm, bottom=17 * mm)
_FRAME_WIDTH = _MARGINS.frame_width
_QR_SIZE = 28 * mm
_QR_COLUMN = 44 * mm


def write_receipt(data: ReceiptData, out: Path | str | BinaryIO) -> None:
    """Write the receipt for data as an A4 PDF to a path or a binary file object."""
    if data.kind not in TITLES:
        raise ValueError(f"unknown receipt kind: {data.kind!r}")
    title = TITLES[data.kind]
    write_a4_pdf(
        out, lambda: build_story(data), margins=_MARGINS, title=f"{title} {data.number}", subject=title
    )


def build_story(data: ReceiptData) -> list[Flowable]:
    """The flowables of the receipt, top to bottom."""
    styles = paragraph_styles()
    story: list[Flowable] = [_header(data, styles), Spacer(1, 2 * mm)]
    story += [
        Paragraph(f"<u>{markup(TITLES[data.kind])}</u>", styles["title"]),
        Paragraph(f"Nomor: {markup(data.number)}", styles["center"]),
        Spacer(1, 4 * mm),
        Paragraph(markup(_opening_sentence(data)), styles["justify"]),
        Spacer(1, 2 * mm),
        label_value_table(_identity_rows(data), styles, _FRAME_WIDTH, indent=6 * mm),
        Spacer(1, 3 * mm),
        Paragraph(markup(_SUBJECT_LINES[data.kind]), styles["justify"]),
        Spacer(1, 2 * mm),
    ]
    if data.kind == "LP_B":
        story += _lp_b_body(data, styles)
    elif data.kind == "SKTLK":
        story += _sktlk_body(data, styles)
    else:
        story += _dumas_body(data, styles)
    closing = [Paragraph(markup(_CLOSING[data.kind]), styles["justify"])]
    story.append(Spacer(1, 2 * mm))
    story.append(signature_blocks(*_signature_layout(data), styles, sign_space=17 * mm, lead_in=closing))
    return story


# --------------------------------------------------------------------------- header and opening


def _header(data: ReceiptData, styles: dict[str, ParagraphStyle]) -> Table:
    """Letterhead at the top left, the QR code of the number with the number under it at the top right."""
    qr_cell = [qr_code(data.number, _QR_SIZE), Paragraph(markup(data.number), styles["small_center"])]
    table = Table(
        [[Letterhead(data.letterhead_lines), qr_cell]],
        colWidths=[_FRAME_WIDTH - _QR_COLUMN, _QR_COLUMN],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _opening_sentence(data: ReceiptData) -> str:
    received = to_wib(data.received_at)
    place = f"SPKT {data.unit}" if data.unit else "SPKT"
    who = _WHO.get(data.citizen_sex, "seorang warga")
    return (
        f"Pada hari {format_day_name_id(received)} tanggal {format_date_id(received)} pukul "
        f"{format_time_wib(received)} telah datang ke {place} {who} dengan identitas sebagai berikut:"
    )


def _identity_rows(data: ReceiptData) -> list[tuple[str, str]]:
    birth = [part for part in (data.citizen_birth_place.strip(),) if part]
    if data.citizen_birth_date is not None:
        birth.append(format_date_id(data.citizen_birth_date))
    return [
        ("Nama", data.citizen_name),
        ("NIK", data.citizen_nik),
        ("Tempat/Tgl. Lahir", ", ".join(birth)),
        ("Jenis Kelamin", _SEX.get(data.citizen_sex, "")),
        ("Agama", data.citizen_religion),
        ("Kewarganegaraan", data.citizen_nationality),
        ("Pekerjaan", data.citizen_occupation),
        ("Alamat", data.citizen_address),
        ("No. Telp/WA", data.citizen_phone),
    ]


def _incident_time(data: ReceiptData) -> str:
    if data.incident_at is None:
        return ""
    moment = to_wib(data.incident_at)
    return f"{format_day_name_id(moment)}, {format_date_id(moment)} pukul {format_time_wib(moment)}"


# --------------------------------------------------------------------------- bodies by kind


def _section(heading: str, text: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """A bold heading and a free-text paragraph that may flow over pages."""
    return [
        Spacer(1, 3 * mm),
        Paragraph(markup(heading), styles["bold"]),
        Spacer(1, 1 * mm),
        Paragraph(markup(or_dash(text)), styles["justify"]),
    ]


def _lp_b_body(data: ReceiptData, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    rows = [
        ("Tindak pidana", data.offense),
        ("Kategori", data.category),
        ("Waktu kejadian", _incident_time(data)),
        ("Tempat kejadian", data.incident_place),
        ("Terlapor", data.reported_party),
        ("Saksi-saksi", data.witnesses),
        ("Kerugian", format_rupiah(data.estimated_loss) if data.estimated_loss else ""),
        ("Pasal", data.article),
    ]
    return [
        label_value_table(rows, styles, _FRAME_WIDTH, indent=6 * mm),
        *_section("Uraian singkat kejadian:", data.chronology, styles),
        *_notes(
            [false_statement_note(data.false_statement_article)] if data.false_statement_article else [],
            styles,
        ),
    ]


def _notes(notes: list[str], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not notes:
        return []
    note_style = _hanging(styles["note"])
    out: list[Flowable] = [Spacer(1, 2 * mm), Paragraph("<b>Catatan:</b>", styles["note"])]
    return out + [Paragraph(f"{n}. {markup(note)}", note_style) for n, note in enumerate(notes, 1)]


def _sktlk_body(data: ReceiptData, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    items = [
        [str(i), str(row.quantity), row.item, or_dash(row.identifiers)]
        for i, row in enumerate(data.lost_items, 1)
    ]
    if not items:
        items = [["-", "-", "-", "-"]]
    widths = [10 * mm, 18 * mm, 60 * mm, _FRAME_WIDTH - 88 * mm]
    places = [("Waktu kejadian", _incident_time(data)), ("Tempat kejadian", data.incident_place)]
    notes = [SKTLK_VALIDITY]
    if data.false_statement_article:
        notes.append(false_statement_note(data.false_statement_article))
    return [
        grid_table(["No", "Jumlah", "Barang", "Keterangan/Nomor identitas"], items, widths, styles),
        Spacer(1, 3 * mm),
        label_value_table(places, styles, _FRAME_WIDTH, indent=6 * mm),
        *_section("Kronologi kehilangan:", data.chronology, styles),
        *_notes(notes, styles),
    ]


def _dumas_body(data: ReceiptData, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    rows = [
        ("Perihal pengaduan", data.offense),
        ("Terlapor", data.reported_party),
        ("Waktu kejadian", _incident_time(data)),
        ("Tempat kejadian", data.incident_place),
    ]
    return [
        label_value_table(rows, styles, _FRAME_WIDTH, indent=6 * mm),
        *_section("Uraian pengaduan:", data.chronology, styles),
    ]


def _hanging(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_hanging", parent=style, leftIndent=5 * mm, firstLineIndent=-5 * mm)


# --------------------------------------------------------------------------- signatures


def _signature_layout(data: ReceiptData) -> tuple[list[SignatureColumn], list[float]]:
    """Pelapor left, the receiving officer in the middle, the signatory (a.n. the chief) right.

    When the receiving officer is also the signatory the middle column is left out.
    """
    received = to_wib(data.received_at)
    date_line = f"{data.city}, {format_date_id(received)}" if data.city.strip() else format_date_id(received)
    citizen = SignatureColumn(("Pelapor,",), data.citizen_name)
    signatory = SignatureColumn(
        tuple(line for line in (data.signatory_on_behalf, data.signatory_title) if line.strip()) or ("",),
        data.signatory.name,
        _rank_nrp(data.signatory),
        date_line,
    )
    if _same_person(data.receiving_officer, data.signatory):
        return [citizen, signatory], [_FRAME_WIDTH * 0.45, _FRAME_WIDTH * 0.55]
    officer = SignatureColumn(
        ("Yang menerima,",), data.receiving_officer.name, _rank_nrp(data.receiving_officer)
    )
    return [citizen, officer, signatory], [38 * mm, 48 * mm, _FRAME_WIDTH - 86 * mm]


def _rank_nrp(person: PersonBlock) -> str:
    return rank_nrp(person.rank, person.nrp)


def _same_person(a: PersonBlock, b: PersonBlock) -> bool:
    if a.nrp.strip() and b.nrp.strip():
        return a.nrp.strip() == b.nrp.strip()
    return a == b
