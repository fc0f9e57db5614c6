"""`sentra ikm --from --to [--pdf] [--xlsx]`: NRR per element, index, grade, sample check, files."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from tests.pdf_text import flat, pdf_text

ANSWERS = ((4, 4, 3, 4, 3, 4, 4, 3, 3), (3, 3, 3, 4, 2, 3, 4, 3, 2), (4, 3, 4, 4, 3, 4, 4, 4, 3))


@pytest.fixture(scope="module")
def demo(make_demo_dir):
    """A demo station with 30 reports and three survey answers from the last days, made once."""
    from db.rules.timeutil import WIB, now_utc
    from db.services.survey import SurveyInput, record_response
    from db.storage.engine import make_engine, make_session_factory

    folder = make_demo_dir(30)
    engine = make_engine(folder / "sentra.sqlite")
    today = now_utc().astimezone(WIB).date()
    try:
        sf = make_session_factory(engine)
        with engine.begin() as conn:  # the demo's own survey answers would blur the hand-computed figures
            conn.exec_driver_sql("DELETE FROM survey_response")
        for i, answers in enumerate(ANSWERS):
            when = datetime.combine(today - timedelta(days=i + 1), time(10), tzinfo=WIB)
            comment = "Petugas <b>ramah</b>" if i == 0 else ""
            sex = "LP"[i % 2]
            data = SurveyInput(answers=answers, sex=sex, service="LP_B", comment=comment, answered_at=when)
            record_response(sf, data=data, source="form")
    finally:
        engine.dispose()
    return folder, today


@pytest.fixture
def data_dir(demo, monkeypatch):
    monkeypatch.setenv("SENTRA_DATA_DIR", str(demo[0]))
    return demo


def test_prints_nrr_index_grade_and_sample_warning(data_dir, capsys):
    _, today = data_dir
    capsys.readouterr()
    assert main(["ikm", "--from", "2000-01-01", "--to", today.isoformat()]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    # U1: (4 + 3 + 4) / 3 = 3.67; IKM = 92/27 = 3.4074 (4 decimals, as the grade table), index 85.19, grade B.
    assert "  U1  Persyaratan" in out and "NRR 3.67" in lines[1]
    assert sum(1 for line in lines if "NRR" in line) == 9
    assert "IKM 3.4074  index 85.19  grade B (Baik)" in out
    # 30 reports need a sample of 28; 3 respondents are too few.
    assert "Respondents 3, Krejcie-Morgan sample 28 for 30 services" in out
    assert "warning" in err and "not representative" in err


def test_writes_pdf_and_excel(data_dir, tmp_path, capsys):
    _, today = data_dir
    pdf, xlsx = tmp_path / "ikm.pdf", tmp_path / "ikm.xlsx"
    assert main(["ikm", "--from", "2000-01-01", "--to", today.isoformat(), "--pdf", str(pdf),
                 "--xlsx", str(xlsx)]) == 0  # fmt: skip
    text = flat(pdf_text(pdf))
    assert "85,19" in text and "Petugas <b>ramah</b>" in text and "Persyaratan" in text
    assert load_workbook(xlsx).sheetnames == ["Ringkasan", "Profil", "Komentar", "Jawaban"]


def test_no_responses_in_the_period(data_dir, capsys):
    assert main(["ikm", "--from", "2001-01-01", "--to", "2001-03-31"]) == 1
    assert "no survey responses" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["ikm", "--from", "2026-13-01", "--to", "2026-12-31"],
            "not a date in the form YYYY-MM-DD: '2026-13-01'",
        ),
        (["ikm", "--from", "1-1-2026", "--to", "2026-12-31"], "not a date in the form YYYY-MM-DD"),
        (["ikm", "--from", "2026-12-31", "--to", "2026-01-01"], "the end of the period is before its start"),
        (["ikm", "--to", "2026-12-31"], "--from"),
    ],
)
def test_bad_dates_are_argparse_errors(argv, message, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_missing_output_folder(data_dir, tmp_path, capsys):
    assert (
        main(["ikm", "--from", "2026-01-01", "--to", "2026-01-31", "--pdf", str(tmp_path / "no" / "x.pdf")])
        == 2
    )
    assert "does not exist" in capsys.readouterr().err
