"""The citizen satisfaction index (IKM) exactly as PermenPANRB No. 14 Tahun 2017 computes it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

ELEMENTS = ("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9")
ELEMENT_NAMES = (
    "Persyaratan",
    "Sistem, Mekanisme, dan Prosedur",
    "Waktu Penyelesaian",
    "Biaya/Tarif",
    "Produk Spesifikasi Jenis Pelayanan",
    "Kompetensi Pelaksana",
    "Perilaku Pelaksana",
    "Penanganan Pengaduan, Saran dan Masukan",
    "Sarana dan Prasarana",
)
ANSWER_LABELS = {1: "Tidak baik", 2: "Kurang baik", 3: "Baik", 4: "Sangat baik"}
# The respondent profile's codes as the IKM report prints them (PermenPANRB 14/2017's profile table).
SEX_LABELS = {"L": "Laki-laki", "P": "Perempuan"}
AGE_GROUP_LABELS = {
    "<20": "Di bawah 20 tahun",
    "20-29": "20-29 tahun",
    "30-39": "30-39 tahun",
    "40-49": "40-49 tahun",
    "50-59": "50-59 tahun",
    "60+": "60 tahun ke atas",
}
EDUCATION_LABELS = {
    "none": "Tidak sekolah",
    "SD": "SD/sederajat",
    "SMP": "SMP/sederajat",
    "SMA": "SMA/sederajat",
    "D1-D3": "D1-D3",
    "D4-S1": "D4/S1",
    "S2+": "S2/S3",
}
OCCUPATION_LABELS = {
    "civil_servant": "PNS/ASN",
    "tni_polri": "TNI/Polri",
    "private": "Pegawai swasta",
    "self_employed": "Wiraswasta",
    "farmer": "Petani",
    "student": "Pelajar/Mahasiswa",
    "homemaker": "Ibu rumah tangga",
    "other": "Lainnya",
}
SERVICE_LABELS = {
    "LP_B": "Laporan Polisi",
    "DUMAS": "Pengaduan masyarakat",
    "SKTLK": "Surat keterangan kehilangan",
    "INFO": "Informasi/konsultasi",
    "SKCK": "SKCK",
    "other": "Lainnya",
}
# (lowest converted value, grade, Indonesian label), best first; values below 25 cannot occur.
GRADES = (
    (Decimal("88.31"), "A", "Sangat Baik"),
    (Decimal("76.61"), "B", "Baik"),
    (Decimal("65.00"), "C", "Kurang Baik"),
    (Decimal("25.00"), "D", "Tidak Baik"),
)
# Krejcie & Morgan (1970): population -> sample, as the regulation's annex tabulates it.
KREJCIE_MORGAN = (
    (10, 10),
    (15, 14),
    (20, 19),
    (25, 24),
    (30, 28),
    (35, 32),
    (40, 36),
    (45, 40),
    (50, 44),
    (55, 48),
    (60, 52),
    (65, 56),
    (70, 59),
    (75, 63),
    (80, 66),
    (85, 70),
    (90, 73),
    (95, 76),
    (100, 80),
    (110, 86),
    (120, 92),
    (130, 97),
    (140, 103),
    (150, 108),
    (160, 113),
    (170, 118),
    (180, 123),
    (190, 127),
    (200, 132),
    (210, 136),
    (220, 140),
    (230, 144),
    (240, 148),
    (250, 152),
    (260, 155),
    (270, 159),
    (280, 162),
    (290, 165),
    (300, 169),
    (320, 175),
    (340, 181),
    (360, 186),
    (380, 191),
    (400, 196),
    (420, 201),
    (440, 205),
    (460, 210),
    (480, 214),
    (500, 217),
    (550, 226),
    (600, 234),
    (650, 242),
    (700, 248),
    (750, 254),
    (800, 260),
    (850, 265),
    (900, 269),
    (950, 274),
    (1000, 278),
    (1100, 285),
    (1200, 291),
    (1300, 297),
    (1400, 302),
    (1500, 306),
    (1600, 310),
    (1700, 313),
    (1800, 317),
    (1900, 320),
    (2000, 322),
    (2200, 327),
    (2400, 331),
    (2600, 335),
    (2800, 338),
    (3000, 341),
    (3500, 346),
    (4000, 351),
    (4500, 354),
    (5000, 357),
    (6000, 361),
    (7000, 364),
    (8000, 367),
    (9000, 368),
    (10000, 370),
    (15000, 375),
    (20000, 377),
    (30000, 379),
    (40000, 380),
    (50000, 381),
    (75000, 382),
    (1000000, 384),
)

_TWO_PLACES = Decimal("0.01")
# Interval values (NRR, IKM 1-4) as the regulation's grade table writes them: 3.5324, 3.0644, 2.5996.
_FOUR_PLACES = Decimal("0.0001")


def _round(value: Fraction, places: Decimal = _TWO_PLACES) -> Decimal:
    """Half up to 2 decimals (or `places`), from the exact fraction (no float on the way)."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(places, rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class IkmResult:
    respondents: int
    # Per element, exact: sum of answers / respondents.
    nrr: tuple[Fraction, ...]
    # Σ NRR × 1/9, exact.
    ikm_exact: Fraction
    # The interval value (4 decimals, as the grade table's 3.5324) and the converted index (× 25, 2 decimals),
    # each rounded only here. The grade follows the index; see docs/ikm-rounding.md for the table's gaps.
    ikm: Decimal
    index: Decimal
    grade: str
    grade_label: str

    def nrr_rounded(self) -> tuple[Decimal, ...]:
        return tuple(_round(v, _FOUR_PLACES) for v in self.nrr)


def grade_of(index: Decimal) -> tuple[str, str]:
    for lowest, grade, label in GRADES:
        if index >= lowest:
            return grade, label
    return "D", "Tidak Baik"


def compute_ikm(answers: Iterable[Sequence[int]]) -> IkmResult | None:
    """The IKM of respondents' answers (each nine values 1-4, U1..U9); None when nobody answered.

    NRR per element = Σ answers / respondents; IKM = Σ (NRR × 1/9) with the exact 1/9; index = IKM × 25;
    only the final figures are rounded: the interval value to 4 decimals, the index to 2 (DOMAIN.md).
    """
    sums = [0] * 9
    count = 0
    for row in answers:
        if len(row) != 9 or any(a not in (1, 2, 3, 4) for a in row):
            raise ValueError("each respondent answers U1..U9 with 1, 2, 3 or 4")
        for i, a in enumerate(row):
            sums[i] += a
        count += 1
    if count == 0:
        return None
    nrr = tuple(Fraction(s, count) for s in sums)
    ikm_exact = sum((v * Fraction(1, 9) for v in nrr), Fraction(0))
    index = _round(ikm_exact * 25)
    grade, label = grade_of(index)
    return IkmResult(count, nrr, ikm_exact, _round(ikm_exact, _FOUR_PLACES), index, grade, label)


def sample_size(population: int) -> int:
    """The Krejcie–Morgan sample for a population (services in the period); the next row up when between."""
    if population <= 0:
        return 0
    for size, sample in KREJCIE_MORGAN:
        if population <= size:
            return min(sample, population)
    return KREJCIE_MORGAN[-1][1]
