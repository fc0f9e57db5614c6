"""Which criminal code an article is printed under (by incident date) and the offence table's checked seed.

Pure rules, no database. Since 2 January 2026 the new KUHP (UU No. 1 Tahun 2023, Pasal 624) applies; an
incident before that day is still judged under the old KUHP, so a receipt names the code in force for the
incident. Every seed number was checked against a public copy of the text; where it is cited is in
docs/articles-kuhp-2023.md. A category without a checked article is left empty (an admin fills it in).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

NEW_KUHP_FROM = date(2026, 1, 2)
NEW_KUHP_NAME = "UU No. 1 Tahun 2023 tentang KUHP"
OLD_KUHP_NAME = "KUHP lama (kejadian sebelum 2 Januari 2026)"

# The fixed warning on the STTLP and SKTLK: a false statement. Keterangan palsu di atas sumpah is Pasal 373
# UU 1/2023 (formerly Pasal 242 KUHP); the statement is made when the report is received.
FALSE_STATEMENT_NEW = "Pasal 373 Undang-Undang Nomor 1 Tahun 2023 tentang Kitab Undang-Undang Hukum Pidana"
FALSE_STATEMENT_OLD = "Pasal 242 Kitab Undang-Undang Hukum Pidana"

# A typed article that already names its law is printed as typed.
_NAMES_A_LAW = re.compile(r"\b(KUHP|UU|Undang|Perppu|Perpu|PP|Perda)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SeedArticle:
    new: str  # "Pasal 476" (UU 1/2023), "" when not checked
    old: str  # "Pasal 362" (old KUHP), "" when not checked
    source: str  # where the numbers were checked (short; the doc has the full list)


# Default category name (db/services/station.py) -> checked articles. Categories absent here (special laws:
# narkotika, ITE, KDRT, minerba, kehutanan, lalu lintas; or no article could be checked) start empty.
SEED: dict[str, SeedArticle] = {
    "Curat (pencurian dengan pemberatan)": SeedArticle(
        "Pasal 477", "Pasal 363", "UU 1/2023 Pasal 477 (sukabumiheadline.com 25-01-2026; ijler.umsida.ac.id)"
    ),
    "Curwan (pencurian hewan/ternak)": SeedArticle(
        "Pasal 477", "Pasal 363", "UU 1/2023 Pasal 477 huruf a pencurian ternak (sukabumiheadline.com)"
    ),
    "Pencurian biasa": SeedArticle(
        "Pasal 476", "Pasal 362", "UU 1/2023 Pasal 476 (jursidnusantara.com; cekricek.id Pasal 478)"
    ),
    "Anirat (penganiayaan berat)": SeedArticle(
        "Pasal 468", "", "UU 1/2023 Pasal 468 (kantorpengacara-ram.com)"
    ),
    "Pengeroyokan": SeedArticle(
        "Pasal 262", "Pasal 170", "UU 1/2023 Pasal 262 (kompas.com 08-12-2022; tribunnewswiki.com Pasal 170)"
    ),
    "Pembunuhan": SeedArticle("Pasal 458", "", "UU 1/2023 Pasal 458 (jursidnusantara.com)"),
    "Perkosaan": SeedArticle("Pasal 473", "", "UU 1/2023 Pasal 473 (wiki.javasatu.com, BAB XXII)"),
    "Penipuan": SeedArticle(
        "Pasal 492", "Pasal 378", "UU 1/2023 Pasal 492 (gardajatim.com; lawyerpontianak.com)"
    ),
    "Penggelapan": SeedArticle("Pasal 486", "", "UU 1/2023 Pasal 486 (jursidnusantara.com)"),
    "Pemerasan / pengancaman": SeedArticle("Pasal 482", "", "UU 1/2023 Pasal 482 (jursidnusantara.com)"),
    "Pengrusakan": SeedArticle(
        "Pasal 521", "Pasal 406", "UU 1/2023 Pasal 521 (basishukum.com BAB XXIX; pasalkuhp.blogspot.com)"
    ),
    "Perjudian": SeedArticle("Pasal 426", "", "UU 1/2023 Pasal 426 (jursidnusantara.com)"),
    "Kenakalan remaja / tawuran": SeedArticle(
        "Pasal 472", "Pasal 358", "UU 1/2023 Pasal 472 (cekhukum.com; kompas.com 08-12-2022)"
    ),
}


def new_code_applies(day: date) -> bool:
    """UU 1/2023 for a day on or after 2 January 2026, the old KUHP before."""
    return day >= NEW_KUHP_FROM


def suggested_article(day: date, *, new: str, old: str) -> str:
    """The category's article for an incident on `day` ("" when the table has none for that code)."""
    return new if new_code_applies(day) else old


def article_for_print(typed: str, day: date, *, new: str = "", old: str = "") -> str:
    """The "Pasal" line of a receipt for an incident on `day`.

    The officer's text is kept; when it names no law the code in force is added ("Pasal 476 UU No. 1
    Tahun 2023 tentang KUHP", or the old KUHP, saying so). With nothing typed the category's article for that
    code is used; "" when there is none.
    """
    text = " ".join(typed.split()) or suggested_article(day, new=new, old=old)
    if not text or _NAMES_A_LAW.search(text):
        return text
    return f"{text} {NEW_KUHP_NAME if new_code_applies(day) else OLD_KUHP_NAME}"


def false_statement_article(received: date) -> str:
    """The article the receipt's false-statement warning cites: the one in force when the report was made."""
    return FALSE_STATEMENT_NEW if new_code_applies(received) else FALSE_STATEMENT_OLD
