"""Tests of the citizen's receipt PDF: content, escaping, page numbers, metadata, fonts (no Qt, no DB)."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from db.views import LostItemRow, PersonBlock, ReceiptData
from exports import pdf_common
from exports.receipt_pdf import TITLES, write_receipt
from tests.pdf_text import flat

WIB = timezone(timedelta(hours=7))
MARKUP_NAME = "<b>Budi</b> & Sons"
CHRONOLOGY = (
    "Pada hari Kamis sekitar pukul 23.15 WIB pelapor mendapati pintu belakang rumah rusak dicongkel.\n"
    "Satu unit televisi dan uang tunai telah hilang."
)


NEW_WARNING = "Pasal 373 Undang-Undang Nomor 1 Tahun 2023 tentang Kitab Undang-Undang Hukum Pidana"


def make_receipt(**changes: object) -> ReceiptData:
    base = ReceiptData(
        kind="LP_B",
        number="LP/B/80/XI/2026/SPKT/POLRES SOLOK/POLDA SUMATERA BARAT",
        letterhead_lines=("KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH SUMATERA BARAT", "RESOR SOLOK"),
        city="Arosuka",
        received_at=datetime(2026, 11, 27, 14, 35, tzinfo=WIB),
        citizen_name="Budi Santoso",
        citizen_nik="1302011203850001",
        citizen_birth_place="Solok",
        citizen_birth_date=date(1985, 3, 12),
        citizen_sex="L",
        citizen_religion="Islam",
        citizen_nationality="Indonesia",
        citizen_occupation="Wiraswasta",
        citizen_address="Jorong Koto Baru, Nagari Koto Baru, Kecamatan Kubung",
        citizen_phone="081266123456",
        offense="Pencurian dengan pemberatan",
        category="Curat",
        incident_at=datetime(2026, 11, 26, 23, 15, tzinfo=WIB),
        incident_place="Rumah pelapor",
        chronology=CHRONOLOGY,
        reported_party="Dalam lidik",
        witnesses="1. Siti Aminah\n2. Rudi Hartono",
        article="Pasal 363 KUHP",
        false_statement_article=NEW_WARNING,
        estimated_loss=1_500_000,
        lost_items=(),
        receiving_officer=PersonBlock("Andi Saputra", "BRIPKA", "85071234"),
        signatory_on_behalf="a.n. KEPALA KEPOLISIAN RESOR SOLOK",
        signatory_title="KA SPKT",
        signatory=PersonBlock("Hendra Gunawan", "IPTU", "78050412"),
        unit="POLRES SOLOK",
    )
    return replace(base, **changes)


def render(data: ReceiptData, tmp_path: Path) -> tuple[PdfReader, list[str]]:
    out = tmp_path / "receipt.pdf"
    write_receipt(data, out)
    reader = PdfReader(out)
    return reader, [page.extract_text() for page in reader.pages]


def test_lp_b_receipt_content(tmp_path: Path) -> None:
    reader, pages = render(make_receipt(), tmp_path)
    text = flat(" ".join(pages))
    assert len(pages) == 1
    for expected in (
        "KEPOLISIAN NEGARA REPUBLIK INDONESIA",
        "RESOR SOLOK",
        "SURAT TANDA TERIMA LAPORAN POLISI",
        "Nomor: LP/B/80/XI/2026/SPKT/POLRES SOLOK/POLDA SUMATERA BARAT",
        "Pada hari Jumat tanggal 27 November 2026 pukul 14.35 WIB",
        "Budi Santoso",
        "1302011203850001",
        "Solok, 12 Maret 1985",
        "Laki-laki",
        "Kamis, 26 November 2026 pukul 23.15 WIB",
        "Rp 1.500.000",
        "Pasal 363 KUHP",
        flat(CHRONOLOGY),
        "1. Siti Aminah 2. Rudi Hartono",
        "Arosuka, 27 November 2026",
        "a.n. KEPALA KEPOLISIAN RESOR SOLOK",
        "KA SPKT",
        "Pelapor,",
        "Yang menerima,",
        "BRIPKA NRP 85071234",
        "IPTU NRP 78050412",
        "Halaman 1 dari 1",
    ):
        assert expected in text, expected
    assert reader.metadata is not None
    assert reader.metadata.title == f"{TITLES['LP_B']} {make_receipt().number}"
    assert reader.metadata.author == "Sentra Desk"


@pytest.mark.parametrize(
    ("changes", "parts"),
    [
        pytest.param(
            {
                "kind": "SKTLK",
                "number": "SKTLK/212/XI/2026/SPKT/POLRES SOLOK/POLDA SUMATERA BARAT",
                "citizen_sex": "P",
                "lost_items": (
                    LostItemRow(1, "KTP elektronik", "NIK 1302015506900002"),
                    LostItemRow(2, "Kartu ATM BRI", ""),
                ),
            },
            (
                "SURAT KETERANGAN TANDA LAPOR KEHILANGAN",
                "Perempuan",
                "Keterangan/Nomor identitas",
                "KTP elektronik",
                "NIK 1302015506900002",
                "Kartu ATM BRI",
                "14 (empat belas) hari",
                "bukan merupakan pengganti surat/dokumen yang hilang",
                "dapat dituntut sesuai Pasal 373 Undang-Undang Nomor 1 Tahun 2023",
                "Halaman 1 dari 1",
            ),
            id="sktlk-lists-lost-items-and-notes",
        ),
        pytest.param(
            {
                "kind": "DUMAS",
                "number": "DUMAS/B/14/XI/2026/SPKT/POLRES SOLOK/POLDA SUMATERA BARAT",
                "offense": "Pelayanan SKCK lambat",
                "reported_party": "Petugas loket SKCK",
            },
            ("TANDA TERIMA PENGADUAN MASYARAKAT", "Pelayanan SKCK lambat", "Petugas loket SKCK"),
            id="dumas",
        ),
    ],
)
def test_receipt_of_each_kind(tmp_path: Path, changes: dict[str, object], parts: tuple[str, ...]) -> None:
    data = make_receipt(**changes)
    _, pages = render(data, tmp_path)
    text = flat(" ".join(pages))
    for expected in (*parts, data.number, flat(CHRONOLOGY)):
        assert expected in text, expected


def test_user_text_is_printed_literally(tmp_path: Path) -> None:
    data = make_receipt(citizen_name=MARKUP_NAME, chronology="a < b && c > d <br/> <font size=40>x</font>")
    _, pages = render(data, tmp_path)
    text = flat(" ".join(pages))
    assert text.count(MARKUP_NAME) == 2  # identity table and signature
    assert "a < b && c > d <br/> <font size=40>x</font>" in text


def test_empty_values_print_a_dash_and_missing_parts_do_not_crash(tmp_path: Path) -> None:
    data = make_receipt(
        citizen_phone="",
        citizen_sex="",
        citizen_birth_place="",
        citizen_birth_date=None,
        incident_at=None,
        estimated_loss=0,
        chronology="",
    )
    _, pages = render(data, tmp_path)
    lines = [flat(line) for line in pages[0].splitlines()]
    phone = lines.index("No. Telp/WA")
    assert lines[phone + 1 : phone + 3] == [":", "-"]
    assert "seorang warga" in flat(pages[0])


def test_long_chronology_flows_over_pages_with_page_numbers(tmp_path: Path) -> None:
    chronology = ("Pelapor menerangkan kejadian secara rinci dan panjang. " * 120)[:6000]
    reader, pages = render(make_receipt(chronology=chronology), tmp_path)
    total = len(pages)
    assert total >= 2
    for number, page in enumerate(pages, 1):
        assert f"Halaman {number} dari {total}" in page
    body = [line for page in pages for line in page.splitlines() if not line.startswith("Halaman ")]
    assert flat(chronology) in flat(" ".join(body))
    # The signature block is never split: the signatory's name and NRP land on the same page.
    last = flat(pages[-1])
    assert "Hendra Gunawan" in last and "IPTU NRP 78050412" in last


def test_huge_field_values_split_instead_of_failing(tmp_path: Path) -> None:
    data = make_receipt(witnesses="\n".join(f"{i}. Saksi nomor {i}" for i in range(1, 200)))
    _, pages = render(data, tmp_path)
    assert len(pages) >= 2
    assert "199. Saksi nomor 199" in flat(" ".join(pages))


def test_same_officer_signs_once(tmp_path: Path) -> None:
    officer = PersonBlock("Hendra Gunawan", "IPTU", "78050412")
    _, pages = render(make_receipt(receiving_officer=officer), tmp_path)
    text = flat(pages[0])
    assert "Yang menerima," not in text
    assert text.count("IPTU NRP 78050412") == 1


def test_writes_to_a_binary_stream_and_unknown_kind_fails() -> None:
    buffer = io.BytesIO()
    write_receipt(make_receipt(), buffer)
    assert buffer.getvalue().startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(buffer.getvalue())).pages) == 1
    with pytest.raises(ValueError):
        write_receipt(make_receipt(kind="LP_A"), io.BytesIO())


def test_fonts_are_embedded_and_registration_is_idempotent(tmp_path: Path) -> None:
    pdf_common.register_fonts()
    pdf_common.register_fonts()
    reader, _ = render(make_receipt(), tmp_path)
    fonts = {str(font["/BaseFont"]) for font in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("DejaVuSans-Bold" in name for name in fonts)
    assert any(name.endswith("DejaVuSans") for name in fonts)
    assert not any("Helvetica" in name or "Times" in name for name in fonts)


def test_fonts_dir_prefers_the_pyinstaller_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "resources" / "fonts"
    bundled.mkdir(parents=True)
    shutil.copy(pdf_common.fonts_dir() / "DejaVuSans.ttf", bundled / "DejaVuSans.ttf")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert pdf_common.fonts_dir() == bundled
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "elsewhere"), raising=False)
    assert pdf_common.fonts_dir() == Path(pdf_common.__file__).resolve().parent.parent / "resources" / "fonts"


def test_rupiah_and_rank_formatting() -> None:
    assert pdf_common.format_rupiah(1_500_000) == "Rp 1.500.000"
    assert pdf_common.format_rupiah(-5_000) == "-Rp 5.000"
    assert pdf_common.rank_nrp("AIPTU", "78050412") == "AIPTU NRP 78050412"
    assert pdf_common.rank_nrp("", "") == ""
    # A UTC time converts to WIB for the printed date and time.
    utc = datetime(2026, 11, 30, 18, 30, tzinfo=UTC)
    assert pdf_common.format_time_wib(utc) == "01.30 WIB"


def test_qr_code_holds_the_number_and_is_drawn(tmp_path: Path) -> None:
    number = make_receipt().number
    drawing = pdf_common.qr_code(number)
    assert drawing.contents[0].value == number
    out = tmp_path / "receipt.pdf"
    write_receipt(make_receipt(), out)
    content = PdfReader(out).pages[0].get_contents()
    assert content is not None
    assert content.get_data().count(b" re") > 100  # the QR modules are drawn as filled rectangles


def test_qr_code_decodes(tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    image_module = pytest.importorskip("PIL.Image")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed")
    out = tmp_path / "receipt.pdf"
    write_receipt(make_receipt(), out)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")], check=True
    )
    image = image_module.open(next(tmp_path.glob("p*.png")))
    assert make_receipt().number in [result.text for result in zxingcpp.read_barcodes(image)]


def test_exports_do_not_import_qt() -> None:
    code = (
        "import sys, exports.receipt_pdf; "
        "print(any(m.split('.')[0] in ('PySide6', 'ui', 'desktop') for m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("kind", ["LP_B", "SKTLK", "DUMAS"])
def test_every_receipt_has_the_receiving_officers_block_beside_the_signatory_and_citizen(
    kind, tmp_path: Path
):
    text = flat(render(make_receipt(kind=kind), tmp_path)[1][-1])
    for expected in ("Pelapor,", "Budi Santoso", "Yang menerima,", "Andi Saputra", "BRIPKA NRP 85071234"):
        assert expected in text, (kind, expected)
    assert "KA SPKT" in text and "Hendra Gunawan" in text and "IPTU NRP 78050412" in text


@pytest.mark.parametrize("kind", ["LP_B", "SKTLK"])
def test_false_statement_warning_cites_the_article_given(kind, tmp_path: Path):
    text = flat(" ".join(render(make_receipt(kind=kind), tmp_path)[1]))
    assert "pelapor dapat dituntut sesuai Pasal 373 Undang-Undang Nomor 1 Tahun 2023" in text
    assert "242" not in text
    old = make_receipt(kind=kind, false_statement_article="Pasal 242 Kitab Undang-Undang Hukum Pidana")
    assert "dapat dituntut sesuai Pasal 242 Kitab Undang-Undang Hukum Pidana" in flat(
        " ".join(render(old, tmp_path)[1])
    )


def test_dumas_receipt_has_no_false_statement_warning(tmp_path: Path):
    assert "dapat dituntut" not in flat(" ".join(render(make_receipt(kind="DUMAS"), tmp_path)[1]))
