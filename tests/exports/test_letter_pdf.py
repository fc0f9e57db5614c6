"""The SP2HP / SP3D letter PDF: official parts, user text printed literally, page numbers (no Qt, no DB)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from db.views import LetterData, PersonBlock
from exports.letter_pdf import SUBJECTS, write_letter
from tests.pdf_text import flat, written_text

WIB = timezone(timedelta(hours=7))


def make_letter(**changes: object) -> LetterData:
    base = LetterData(
        kind="SP2HP",
        number="B/12/XII/2026/Reskrim",
        letterhead_lines=("KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH SUMATERA BARAT", "RESOR SOLOK"),
        city="Arosuka",
        unit="POLRES SOLOK",
        station_phone="(0755) 31110",
        issued_at=datetime(2026, 12, 10, 9, 0, tzinfo=WIB),
        addressee="Sdr. <b>Budi</b> & Sons\nJorong Koto Baru",
        report_kind="LP_B",
        report_number="LP/B/80/XII/2026/SPKT/POLRES SOLOK/POLDA SUMATERA BARAT",
        report_received_at=datetime(2026, 12, 1, 10, 0, tzinfo=WIB),
        offense="Pencurian dengan pemberatan",
        reporter_name="Budi Santoso",
        facts="Pintu belakang <i>dicongkel</i> &amp; televisi hilang.",
        actions="1. Saksi diperiksa.\n2. Olah TKP.",
        obstacles="",
        next_steps="Memeriksa rekaman CCTV.",
        handler=PersonBlock("Andi Saputra", "BRIPKA", "85071234"),
        signatory_on_behalf="a.n. KEPALA KEPOLISIAN RESOR SOLOK",
        signatory_title="KASAT RESKRIM",
        signatory=PersonBlock("Hendra Gunawan", "IPTU", "78050412"),
    )
    return replace(base, **changes)


def _text(data: LetterData) -> str:
    return written_text(write_letter, data)


def test_sp2hp_has_the_official_parts_and_prints_user_text_literally():
    text = flat(_text(make_letter()))
    for part in (
        "KEPOLISIAN NEGARA REPUBLIK INDONESIA",
        "Nomor : B/12/XII/2026/Reskrim",
        "Klasifikasi : BIASA",
        "Lampiran : -",
        SUBJECTS["SP2HP"],
        "Arosuka, 10 Desember 2026",
        "Kepada",
        "Yth. Sdr. <b>Budi</b> & Sons",
        "tempat",
        "Rujukan:",
        "LP/B/80/XII/2026/SPKT/POLRES SOLOK/POLDA SUMATERA BARAT",
        "tanggal 1 Desember 2026",
        "Pintu belakang <i>dicongkel</i> &amp; televisi hilang.",
        "Tindakan yang telah dilakukan dan hasilnya",
        "Kendala yang dihadapi",
        "Rencana tindak lanjut",
        "Demikian untuk menjadi maklum.",
        "a.n. KEPALA KEPOLISIAN RESOR SOLOK",
        "Hendra Gunawan",
        "IPTU NRP 78050412",
        "Halaman 1 dari 1",
    ):
        assert part in text, part


def test_sp3d_subject_and_reference():
    text = flat(_text(make_letter(kind="SP3D", report_kind="DUMAS", report_number="DUMAS/B/3/XII/2026")))
    assert "Pemberitahuan Perkembangan Hasil Penanganan Dumas (SP3D)" in text
    assert "Pengaduan Masyarakat (Dumas) Nomor: DUMAS/B/3/XII/2026" in text


def test_long_texts_flow_over_pages():
    text = _text(make_letter(facts="Keterangan saksi yang panjang sekali. " * 400))
    assert "Halaman 1 dari" in text and "Halaman 2 dari" in text
    assert "Hendra Gunawan" in text


def test_unknown_kind_refused():
    with pytest.raises(ValueError):
        write_letter(make_letter(kind="STTLP"), io.BytesIO())
