"""Migrating an old Excel report register: headers recognised, bad rows rejected, nothing imported twice."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from db.errors import PermissionDenied
from db.importing.register_import import (
    InvalidRegisterFile,
    import_register,
    load_mapping,
    rejections_path,
    write_rejections,
)
from db.models import AuditEntry, Citizen, NumberCounter, Report, StatusChange
from db.rules.report_number import roman_month
from db.rules.timeutil import WIB, now_utc
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report
from db.storage.engine import read_session
from tests.builders import add_officer, fail_on_call

ADMIN_NRP = "85010123"
TAIL = "SPKT/POLRES SOLOK/POLDA SUMATERA BARAT"
NIK_L = "1302081505850001"  # Kabupaten Solok, man born 15-05-1985
NIK_P = "1302085505900002"  # woman born 15-05-1990
HEADERS = ("  no ", "TGL", "No. LP", "nama  PELAPOR", "nik", "Terlapor", "Jenis Kejadian", "PASAL",
           "kecamatan", "Nagari", "Uraian Singkat", "status", "Ket.", "Catatan Lain")  # fmt: skip


def lp(seq: int, month: str = "III", year: int = 2025) -> str:
    return f"LP/B/{seq}/{month}/{year}/{TAIL}"


def good(no: int, number: str, **over: object) -> dict[str, object]:
    row: dict[str, object] = {
        "no": no,
        "tgl": datetime(2025, 3, 4),
        "no. lp": number,
        "nama pelapor": "Andi Saputra",
        "nik": NIK_L,
        "terlapor": "Tidak dikenal",
        "jenis kejadian": "curanmor r2",
        "pasal": "363 KUHP",
        "kecamatan": "gunung  TALANG",
        "nagari": "Cupak",
        "uraian singkat": f"Sepeda motor hilang (baris {no}).",
        "status": "Proses",
        "ket.": "",
        "catatan lain": "diabaikan",
    }
    return row | over


def workbook(path: Path, rows: list[dict[str, object]], headers: tuple[str, ...] = HEADERS) -> Path:
    """A register as an officer kept it: a title row, the header row, then the rows (keys: header_words)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(("REGISTER LAPORAN POLISI POLRES SOLOK 2025",))
    ws.append(headers)
    keys = [" ".join(h.casefold().split()) for h in headers]
    for row in rows:
        ws.append([None] * len(headers))
        for col, key in enumerate(keys, start=1):
            value = row.get(key)
            cell = ws.cell(row=ws.max_row, column=col, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # typed as text in Excel: "=1+1" is a string, not a formula
    wb.save(path)
    return path


def count(sf, model) -> int:
    with read_session(sf) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def reports(sf) -> dict[str, SimpleNamespace]:
    """Every stored report's columns (and its citizen's name), keyed by number (or id when it has none)."""
    with read_session(sf) as s:
        return {
            r.number or r.id: SimpleNamespace(
                **{c.key: getattr(r, c.key) for c in Report.__table__.columns}, citizen_name=r.citizen.name
            )
            for r in s.scalars(select(Report))
        }


def test_usual_headers_good_rows_kept_with_their_numbers(session_factory, station, tmp_path):
    rows = [
        good(1, lp(12)),
        good(2, lp(15), **{"nik": NIK_P, "nama pelapor": "Sri Wahyuni", "status": "Selesai",
                           "ket.": "Damai"}),
        good(3, f"DUMAS/B/3/IV/2025/{TAIL}", **{"jenis kejadian": "Lain-lain", "status": "dilimpahkan",
                                                "ket.": "Propam", "kecamatan": "", "nagari": "cupak"}),
        good(4, "", **{"jenis kejadian": "Informasi", "uraian singkat": "Syarat SKCK", "tgl": "20/04/2025",
                       "status": "", "nik": "", "kecamatan": "", "nagari": ""}),
        good(5, "LP/B/7/2025/POLSEK LAMA", **{"tgl": 45700}),  # another layout; an Excel date serial
    ]  # fmt: skip
    path = workbook(tmp_path / "register.xlsx", rows)
    result = import_register(session_factory, path=path, officer_nrp=ADMIN_NRP)
    assert (result.added, result.skipped, result.rejected) == (5, (), ())
    assert result.unknown_columns == ("Catatan Lain",)
    stored = reports(session_factory)
    first = stored[lp(12)]
    assert (first.kind, first.number_year, first.number_seq, first.status) == (
        "LP_B",
        2025,
        12,
        "in_progress",
    )
    assert first.received_at == datetime(2025, 3, 4, tzinfo=WIB)
    assert (first.incident_kecamatan_code, first.incident_nagari_code) == ("13.02.07", "13.02.07.2001")
    assert first.reported_party == "Tidak dikenal" and first.article == "363 KUHP"
    assert stored[lp(15)].status == "closed" and stored[lp(15)].closing_reason == "Damai"
    # An open LP gets its SP2HP deadline like any other report; a closed one none.
    assert first.next_deadline_kind == "SP2HP" and first.next_deadline is not None
    assert stored[lp(15)].next_deadline is None
    dumas = stored[f"DUMAS/B/3/IV/2025/{TAIL}"]
    assert (dumas.kind, dumas.status, dumas.forwarded_to) == ("DUMAS", "forwarded", "Propam")
    assert dumas.incident_kecamatan_code == "13.02.07"  # the nagari alone is unique in the kabupaten
    info = next(r for r in stored.values() if r.kind == "INFO")
    assert info.number is None and info.received_at == datetime(2025, 4, 20, tzinfo=WIB)
    other = stored["LP/B/7/2025/POLSEK LAMA"]
    assert (other.number_year, other.number_seq) == (None, None)  # kept, but not the station's pattern
    assert other.received_at.astimezone(WIB).date().isoformat() == "2025-02-12"
    with read_session(session_factory) as s:
        citizens = {c.nik: c for c in s.scalars(select(Citizen))}
        assert citizens[NIK_P].sex == "P" and citizens[NIK_P].birth_date.isoformat() == "1990-05-15"
        history = s.scalars(select(StatusChange.to_status).where(StatusChange.report_id == first.id)).all()
        assert sorted(history) == ["in_progress", "received"]
        officer_ids = {r.receiving_officer_id for r in s.scalars(select(Report))}
        assert officer_ids == {station[1].id}
        actions = s.execute(select(AuditEntry.entity, AuditEntry.action, AuditEntry.after_json)).all()
    batches = [json.loads(j) for e, a, j in actions if (e, a) == ("register_import", "import_batch")]
    assert [b["batch"] for b in batches] == [1]
    lines = {line[2]: dict(zip(batches[0]["fields"], line, strict=True)) for line in batches[0]["reports"]}
    assert len(lines) == 5 and lines[lp(12)]["report_id"] == first.id and lines[lp(12)]["row"] == 3
    summary = [json.loads(j) for e, a, j in actions if (e, a) == ("register_import", "import")]
    assert summary == [
        {"file": "register.xlsx", "added": 5, "skipped": 0, "rejected_rows": 0,
         "counters": [["DUMAS", 2025, 3], ["LP_B", 2025, 15]]}
    ]  # fmt: skip
    # Rows 1, 3 and 5 share Andi's NIK: one citizen, reused; row 4 has no NIK and gets its own.
    assert count(session_factory, Citizen) == 3


def test_bad_rows_are_rejected_with_row_column_reason_and_written_to_ditolak(
    session_factory, station, tmp_path
):
    rows = [
        good(1, lp(1)),  # sheet row 3
        good(2, lp(2), nik="1302081505850000"),  # row 4: serial 0000
        good(3, lp(3), nagari="Nagari Entah"),  # row 5
        good(4, lp(4), tgl="31/02/2025"),  # row 6
        good(5, lp(1)),  # row 7: the number of row 3 again
        good(6, lp(6), **{"jenis kejadian": "Kejahatan Luar Angkasa", "status": "menunggu"}),  # row 8
        good(7, lp(7), nik="12345"),  # row 9
        good(8, lp(8, year=2099)),  # row 10: fine, but dated in the future below
    ]
    rows[-1]["tgl"] = (now_utc() + timedelta(days=30)).astimezone(WIB).replace(tzinfo=None)
    path = workbook(tmp_path / "register.xlsx", rows)
    result = import_register(session_factory, path=path, officer_nrp=ADMIN_NRP)
    assert result.added == 1
    found = {(r.row, r.column, r.reason) for r in result.rejected}
    assert found == {
        (4, "nik", "nomor urut NIK tidak boleh 0000"),
        (5, "Nagari", "nagari tidak ada di kecamatan ini"),
        (6, "TGL", "bukan tanggal (pakai DD/MM/YYYY)"),
        (7, "No. LP", "nomor ganda: sudah ada di baris 3"),
        (8, "Jenis Kejadian", "kategori tidak dikenal (lihat daftar kategori di Pengaturan)"),
        (8, "status", "status tidak dikenal (pakai misalnya Proses, Selesai, Dilimpahkan, SP3)"),
        (9, "nik", "NIK harus tepat 16 angka"),
        (10, "TGL", "tanggal di masa depan"),
    }
    assert result.rejected_rows == 7
    out = write_rejections(result, rejections_path(path))
    assert out == tmp_path / "register-ditolak.xlsx"
    ws = load_workbook(out)["Ditolak"]
    sheet = [tuple(c.value for c in row) for row in ws.iter_rows()]
    assert sheet[0] == ("Baris", "Kolom", "Alasan", "Isi sel")
    assert (5, "Nagari", "nagari tidak ada di kecamatan ini", "Nagari Entah") in sheet
    assert (9, "nik", "NIK harus tepat 16 angka", "12345") in sheet
    assert list(reports(session_factory)) == [lp(1)]


def test_reimport_adds_nothing_and_lists_rows_as_already_imported(session_factory, station, tmp_path):
    rows = [good(1, lp(1)), good(2, ""), good(3, "", **{"jenis kejadian": "Konsultasi", "nik": ""})]
    rows[1]["jenis kejadian"] = "informasi"
    path = workbook(tmp_path / "register.xlsx", rows)
    first = import_register(session_factory, path=path, officer_nrp=ADMIN_NRP)
    assert first.added == 3
    before = (count(session_factory, Report), count(session_factory, Citizen))
    # The same rows again, one with its uraian re-typed: the LP number still recognises it.
    rows[0]["uraian singkat"] = "Diketik ulang."
    again = import_register(
        session_factory, path=workbook(tmp_path / "salinan.xlsx", rows), officer_nrp=ADMIN_NRP
    )
    assert again.added == 0 and again.rejected == ()
    assert again.skipped == ((3, lp(1)), (4, ""), (5, ""))
    assert (count(session_factory, Report), count(session_factory, Citizen)) == before
    out = write_rejections(again, tmp_path / "hasil.xlsx")
    done = [tuple(c.value for c in row) for row in load_workbook(out)["Dilewati"].iter_rows(min_row=2)]
    assert done == [(3, lp(1), "sudah diimpor"), (4, None, "sudah diimpor"), (5, None, "sudah diimpor")]


def test_a_number_stored_for_another_report_is_a_reported_collision(session_factory, station, tmp_path):
    import_register(
        session_factory, path=workbook(tmp_path / "a.xlsx", [good(1, lp(1))]), officer_nrp=ADMIN_NRP
    )
    other = good(1, lp(1), tgl=datetime(2025, 3, 10), nik=NIK_P, **{"nama pelapor": "Rina Marlina"})
    same_day_other_citizen = good(2, lp(2), nik=NIK_P, **{"nama pelapor": "Rina Marlina"})
    import_register(
        session_factory, path=workbook(tmp_path / "b.xlsx", [good(2, lp(2))]), officer_nrp=ADMIN_NRP
    )
    result = import_register(
        session_factory,
        path=workbook(tmp_path / "c.xlsx", [other, same_day_other_citizen, good(3, lp(3))]),
        officer_nrp=ADMIN_NRP,
    )
    assert result.added == 1 and result.skipped == ()
    assert [(r.row, r.column, r.reason, r.value) for r in result.rejected] == [
        (3, "No. LP", "nomor sudah dipakai laporan lain (tanggal 04-03-2025, pelapor Andi Saputra)", lp(1)),
        (4, "No. LP", "nomor sudah dipakai laporan lain (tanggal 04-03-2025, pelapor Andi Saputra)", lp(2)),
    ]
    assert reports(session_factory)[lp(1)].citizen_name == "Andi Saputra"
    assert count(session_factory, Report) == 3


def test_dry_run_writes_nothing(session_factory, station, tmp_path):
    path = workbook(tmp_path / "register.xlsx", [good(1, lp(30)), good(2, lp(31), nik="1")])
    before = [count(session_factory, m) for m in (Report, Citizen, AuditEntry, NumberCounter)]
    result = import_register(session_factory, path=path, officer_nrp=ADMIN_NRP, dry_run=True)
    assert result.dry_run and result.added == 1 and result.rejected_rows == 1
    assert result.counters == (("LP_B", 2025, 30),)
    assert [count(session_factory, m) for m in (Report, Citizen, AuditEntry, NumberCounter)] == before


def test_formula_and_markup_text_stays_literal_in_the_database_and_in_exports(
    session_factory, station, tmp_path
):
    from db.services.exporting import export_reports_xlsx
    from exports.reports_xlsx import write_reports_xlsx

    risky = {"uraian singkat": "=1+1", "terlapor": "@SUM(A1:A9)", "pasal": "<b>363</b> KUHP"}
    path = workbook(
        tmp_path / "register.xlsx", [good(1, lp(1), **risky), good(2, lp(2), nik="=HYPERLINK(1)")]
    )
    result = import_register(session_factory, path=path, officer_nrp=ADMIN_NRP)
    assert result.added == 1
    stored = reports(session_factory)[lp(1)]
    assert (stored.chronology, stored.reported_party, stored.article) == (
        "=1+1",
        "@SUM(A1:A9)",
        "<b>363</b> KUHP",
    )
    # The rejected formula-looking NIK is shown in the rejection sheet as typed, not evaluated.
    ws = load_workbook(write_rejections(result, tmp_path / "ditolak.xlsx"))["Ditolak"]
    assert ws["D2"].value == "=HYPERLINK(1)" and ws["D2"].data_type == "s"
    out = tmp_path / "ekspor.xlsx"
    day = datetime(2025, 3, 4).date()
    export_reports_xlsx(
        session_factory,
        date_from=day,
        date_to=day,
        out=out,
        officer_id=station[1].id,
        write=write_reports_xlsx,
    )
    cells = [c for ws in load_workbook(out).worksheets for row in ws.iter_rows() for c in row]
    literal = {c.value: c.data_type for c in cells if c.value in ("=1+1", "@SUM(A1:A9)")}
    assert literal == {"=1+1": "s", "@SUM(A1:A9)": "s"}  # the export has no article column


def test_counter_is_raised_so_new_numbers_never_collide(session_factory, station, tmp_path):
    now = now_utc()
    today = now.astimezone(WIB)
    number = lp(40, roman_month(today.month), today.year)
    row = good(1, number, tgl=datetime.combine(today.date(), time.min))
    import_register(
        session_factory, path=workbook(tmp_path / "r.xlsx", [row]), officer_nrp=ADMIN_NRP, now=now
    )
    data = ReportInput(
        kind="LP_B", citizen=CitizenInput(name="Budi"), offense="Pencurian", chronology="Dompet hilang."
    )
    new = register_report(session_factory, data=data, officer_id=station[1].id, now=now)
    assert new.number == lp(41, roman_month(today.month), today.year)


def test_existing_citizen_with_the_nik_is_reused(session_factory, station, tmp_path):
    data = ReportInput(kind="INFO", citizen=CitizenInput(name="Andi S.", nik=NIK_L, phone="08123456789"))
    old = register_report(session_factory, data=data, officer_id=station[1].id)
    import_register(
        session_factory, path=workbook(tmp_path / "r.xlsx", [good(1, lp(1))]), officer_nrp=ADMIN_NRP
    )
    assert reports(session_factory)[lp(1)].citizen_id == old.citizen.id
    assert count(session_factory, Citizen) == 1


def test_a_failure_half_way_stores_nothing(session_factory, station, tmp_path, monkeypatch):
    import db.importing.register_import as module

    calls = fail_on_call(monkeypatch, module, "add_report", 3)
    path = workbook(tmp_path / "register.xlsx", [good(i, lp(i)) for i in range(1, 6)])
    before = [count(session_factory, m) for m in (Report, Citizen, AuditEntry, NumberCounter, StatusChange)]
    with pytest.raises(RuntimeError):
        import_register(session_factory, path=path, officer_nrp=ADMIN_NRP)
    assert len(calls) == 3
    assert [
        count(session_factory, m) for m in (Report, Citizen, AuditEntry, NumberCounter, StatusChange)
    ] == before


@pytest.mark.parametrize("suffix", [".json", ".toml"])
def test_mapping_file_names_other_headers(session_factory, station, tmp_path, suffix):
    headers = ("Waktu Kejadian Dilaporkan", "Reg. No", "Nama Korban", "NIK", "Uraian", "Kolom Aneh")
    mapping = {"Waktu Kejadian Dilaporkan": "tanggal", "Reg. No": "nomor", "Nama Korban": "pelapor"}
    file = tmp_path / f"peta{suffix}"
    if suffix == ".json":
        file.write_text(json.dumps(mapping), encoding="utf-8")
    else:
        file.write_text("".join(f'"{k}" = "{v}"\n' for k, v in mapping.items()), encoding="utf-8")
    row = {"waktu kejadian dilaporkan": "05/03/2025", "reg. no": lp(9), "nama korban": "Rina", "uraian": "x"}
    path = workbook(tmp_path / "lain.xlsx", [row], headers)
    with pytest.raises(InvalidRegisterFile, match="missing Tanggal, Nomor LP, Pelapor"):
        import_register(session_factory, path=path, officer_nrp=ADMIN_NRP)
    result = import_register(session_factory, path=path, officer_nrp=ADMIN_NRP, mapping=load_mapping(file))
    assert result.added == 1 and result.unknown_columns == ("Kolom Aneh",)
    assert reports(session_factory)[lp(9)].citizen_name == "Rina"


def test_bad_mapping_and_missing_column_and_role_are_refused(session_factory, station, tmp_path):
    bad = tmp_path / "peta.json"
    bad.write_text('{"Nama Korban": "korban"}', encoding="utf-8")
    with pytest.raises(InvalidRegisterFile, match="unknown field 'korban'"):
        load_mapping(bad)
    path = workbook(tmp_path / "r.xlsx", [good(1, lp(1))], HEADERS[:2] + HEADERS[3:])
    with pytest.raises(InvalidRegisterFile, match="missing Nomor LP"):
        import_register(session_factory, path=path, officer_nrp=ADMIN_NRP)
    add_officer(session_factory, station[1].id, name="Yoga", nrp="95060211", rank="BRIPDA")
    ok = workbook(tmp_path / "ok.xlsx", [good(1, lp(1))])
    with pytest.raises(PermissionDenied):
        import_register(session_factory, path=ok, officer_nrp="95060211")
    assert count(session_factory, Report) == 0
