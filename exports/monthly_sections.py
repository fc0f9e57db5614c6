"""Sections of the monthly PDF (exports/monthly_pdf.py): hotspots and patrol targets, follow-up speed."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from db.rules.numbers import decimal_text, p_value_text
from db.views import MonthlyFigures, MonthlyReportData
from exports.pdf_common import grid_table, markup

HOTSPOT_TEST = (
    "Uji yang dipakai: uji dua-laju binomial bersyarat terhadap 12 bulan sebelumnya pada nagari itu "
    "sendiri, dengan koreksi Benjamini-Hochberg atas semua nagari yang diuji bulan ini (q = 0,05), sehingga "
    "bulan tanpa perubahan hampir tidak pernah menandai nagari rawan palsu; nagari rawan juga harus punya "
    "sedikitnya 3 laporan polisi (LP/B) pada bulan ini (perkiraan = jumlah 12 bulan itu disesuaikan dengan "
    "panjang periode)."
)
PATROL_NOTE = "Waktu patroli: rentang 6 jam dengan laporan terbanyak (waktu kejadian, WIB)."


def hours_text(hours: float | None) -> str:
    """A delay in hours as the officer reads it: '5,5 jam', '3,2 hari' from two days up, '-' when none."""
    if hours is None:
        return "-"
    if hours >= 48:
        return f"{decimal_text(hours / 24, 1)} hari"
    return f"{decimal_text(hours, 1)} jam"


def hotspot_section(
    data: MonthlyReportData, styles: dict[str, ParagraphStyle], *, public: bool = False
) -> list[Flowable]:
    """The hotspot table, the test's sentence and (internal report only) the patrol targets.

    The public release lists the nagari, their counts and the expectation (aggregates, no personal data);
    the p-value, the categories, the hours and the patrol targets stay internal (patrol plans are not
    published).
    """
    story: list[Flowable] = []
    hotspots = data.hotspots
    if not hotspots:
        story.append(Paragraph("Tidak ada nagari yang tergolong titik rawan pada bulan ini.", styles["body"]))
    elif public:
        rows = [
            [str(i), h.nagari_name, h.kecamatan_name, str(h.count), decimal_text(h.expected, 1)]
            for i, h in enumerate(hotspots, 1)
        ]
        header = ["No", "Nagari", "Kecamatan", "Laporan", "Rata-rata biasanya"]
        story.append(grid_table(header, rows, [10 * mm, 50 * mm, 45 * mm, 22 * mm, 32 * mm], styles))
    else:
        rows = [
            [
                str(i),
                f"{h.nagari_name}, Kec. {h.kecamatan_name}",
                str(h.count),
                decimal_text(h.expected, 1),
                p_value_text(h.p_value),
                ", ".join(f"{c.category_name} ({c.count})" for c in h.categories) or "-",
                f"{h.peak_hours or '-'}; malam {decimal_text(h.night_share * 100, 0)}%",
            ]
            for i, h in enumerate(hotspots, 1)
        ]
        header = ["No", "Nagari", "Laporan", "Perkiraan", "p", "Kategori menonjol", "Jam rawan"]
        widths = [9 * mm, 36 * mm, 19 * mm, 22 * mm, 17 * mm, 34 * mm, 37 * mm]
        story.append(grid_table(header, rows, widths, styles))
    story += [Spacer(1, 1.5 * mm), Paragraph(markup(HOTSPOT_TEST), styles["small"])]
    if public or not data.patrol_targets:
        return story
    story += [
        Spacer(1, 3 * mm),
        Paragraph(markup(f"Sasaran patroli ({len(data.patrol_targets)} teratas)"), styles["bold"]),
        Spacer(1, 1.5 * mm),
    ]
    rows = [
        [str(i), t.nagari_name, t.kecamatan_name, t.hours or "-", t.reason]
        for i, t in enumerate(data.patrol_targets, 1)
    ]
    header = ["No", "Nagari", "Kecamatan", "Waktu patroli", "Alasan"]
    story.append(grid_table(header, rows, [9 * mm, 36 * mm, 32 * mm, 30 * mm, 67 * mm], styles))
    story += [Spacer(1, 1.5 * mm), Paragraph(markup(PATROL_NOTE), styles["small"])]
    return story


def follow_up_rows(f: MonthlyFigures) -> list[list[str]]:
    """The rows of the internal follow-up table: open, overdue, closed, time to first action, letters."""
    r = f.response
    rate = r.on_time_rate
    letters = "-" if rate is None else f"{decimal_text(rate, 1)}% ({r.letters_on_time} dari {r.letters})"
    return [
        ["Masih berjalan pada akhir bulan", str(f.open_cases)],
        ["Melewati tenggat SP2HP/SP3D", str(f.overdue)],
        ["Selesai pada bulan ini", str(f.closed_in_month)],
        ["LP/B dan Dumas diterima bulan ini / sudah ditindaklanjuti", f"{r.cases} / {r.acted}"],
        ["Waktu sampai tindakan pertama: median", hours_text(r.median_hours)],
        ["Waktu sampai tindakan pertama: rata-rata", hours_text(r.mean_hours)],
        ["SP2HP/SP3D terbit tepat waktu", letters],
    ]


FOLLOW_UP_NOTE = (
    "Tindakan pertama: perubahan status pertama dari \u201cditerima\u201d atau catatan kontak pertama dengan "
    "pelapor, mana yang lebih dahulu. Tepat waktu: surat terbit pada atau sebelum tenggatnya."
)
