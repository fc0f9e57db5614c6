"""The demo's police-report stories by category, with the category's weight (a rural Polres's mix).

Used by db/demo/station.py with db/demo/stories.py: motorbike theft, theft and fraud common, a killing rare.
"""

from __future__ import annotations

import random

from db.demo.stories import DAY, EVENING, NIGHT, Story

# Default category name -> (weight among police reports, stories).
LP_STORIES: dict[str, tuple[int, tuple[Story, ...]]] = {
    "Curat (pencurian dengan pemberatan)": (
        8,
        (
            Story(
                "Pencurian dengan pemberatan (rumah dibobol)",
                "Pelapor pulang dari ladang dan mendapati pintu belakang rumah rusak dicongkel. Televisi, "
                "cincin "
                "emas dan uang tunai di dalam lemari kamar hilang.",
                hours=(10, 11, 13, 14, 15, 1, 2, 3),
                losses=(4_500_000, 8_000_000, 12_500_000),
            ),
            Story(
                "Pencurian dengan pemberatan (kedai dibobol)",
                "Gembok rolling door kedai pelapor di pasar nagari dirusak pada malam hari. Rokok, pulsa "
                "dan uang "
                "di laci meja hilang; pelapor mengetahuinya saat membuka kedai pagi hari.",
                hours=NIGHT,
                losses=(2_000_000, 3_500_000),
            ),
        ),
    ),
    "Curas (pencurian dengan kekerasan)": (
        3,
        (
            Story(
                "Pencurian dengan kekerasan (begal)",
                "Pelapor dalam perjalanan pulang dengan sepeda motor dihadang dua orang berboncengan di "
                "jalan sepi. "
                "Pelapor ditodong pisau dan dipaksa menyerahkan tas berisi handphone dan uang.",
                hours=(20, 21, 22, 23, 0),
                losses=(2_500_000, 4_000_000),
            ),
        ),
    ),
    "Curanmor R2": (
        14,
        (
            Story(
                "Pencurian sepeda motor",
                "Pelapor memarkir sepeda motor Honda Beat di halaman rumah dalam keadaan terkunci stang. "
                "Pagi harinya "
                "sepeda motor sudah tidak ada; tetangga tidak melihat siapa pun.",
                hours=NIGHT,
                losses=(9_000_000, 12_000_000, 15_000_000),
            ),
            Story(
                "Pencurian sepeda motor di pasar",
                "Pelapor memarkir sepeda motor di depan los pasar pada hari pekan. Setelah berbelanja "
                "sekitar satu "
                "jam, sepeda motor sudah tidak ada di tempat parkir.",
                hours=(8, 9, 10, 11),
                losses=(8_000_000, 11_000_000),
            ),
        ),
    ),
    "Curanmor R4": (
        1,
        (
            Story(
                "Pencurian mobil",
                "Mobil pick-up milik pelapor yang diparkir di depan gudang hasil panen hilang pada malam "
                "hari. Kunci "
                "cadangan masih ada pada pelapor.",
                hours=NIGHT,
                losses=(85_000_000, 120_000_000),
            ),
        ),
    ),
    "Curwan (pencurian hewan/ternak)": (
        5,
        (
            Story(
                "Pencurian ternak sapi",
                "Seekor sapi milik pelapor yang ditambatkan di ladang dekat rumah hilang. Tali tambatan "
                "ditemukan "
                "terpotong dan ada bekas ban mobil di jalan ladang.",
                hours=NIGHT,
                losses=(15_000_000, 18_000_000),
            ),
            Story(
                "Pencurian ternak kambing",
                "Tiga ekor kambing pelapor hilang dari kandang di belakang rumah; pintu kandang ditemukan "
                "terbuka.",
                hours=NIGHT,
                losses=(4_500_000, 6_000_000),
            ),
        ),
    ),
    "Pencurian biasa": (
        9,
        (
            Story(
                "Pencurian handphone",
                "Handphone pelapor yang diletakkan di meja lapau hilang saat pelapor membayar minuman. "
                "Pelapor curiga "
                "pada seorang pria yang segera pergi.",
                hours=DAY + EVENING,
                losses=(1_500_000, 2_500_000),
            ),
            Story(
                "Pencurian hasil kebun",
                "Sekitar dua karung cabai yang siap panen di kebun pelapor dipetik orang tak dikenal.",
                hours=NIGHT + (5,),
                losses=(1_200_000, 2_000_000),
            ),
        ),
    ),
    "Anirat (penganiayaan berat)": (
        2,
        (
            Story(
                "Penganiayaan berat",
                "Terjadi cekcok soal batas sawah; terlapor memukul kepala pelapor dengan kayu. Pelapor "
                "dirawat di "
                "RSUD dengan luka robek dan dijahit.",
                reported_party="Seorang laki-laki, tetangga sawah pelapor",
                hours=(7, 8, 16, 17),
            ),
        ),
    ),
    "Penganiayaan ringan": (
        6,
        (
            Story(
                "Penganiayaan",
                "Pelapor dan terlapor bertengkar di lapau karena utang; terlapor menampar dan mendorong "
                "pelapor hingga "
                "terjatuh. Pelapor mengalami memar di pipi.",
                reported_party="Seorang laki-laki, warga jorong yang sama",
                hours=EVENING + DAY,
            ),
        ),
    ),
    "Pengeroyokan": (
        3,
        (
            Story(
                "Pengeroyokan",
                "Usai acara organ tunggal di jorong, pelapor dipukuli beberapa pemuda karena salah paham. "
                "Pelapor "
                "memar di wajah dan punggung dan sudah berobat ke puskesmas.",
                reported_party="Beberapa pemuda, sebagian dikenal pelapor",
                hours=(22, 23, 0, 1),
            ),
        ),
    ),
    "Pembunuhan": (
        1,
        (
            Story(
                "Dugaan pembunuhan",
                "Pelapor menemukan kerabatnya tidak bernyawa dengan luka senjata tajam di pondok ladang. "
                "Lokasi telah "
                "diamankan oleh Bhabinkamtibmas sampai petugas datang.",
                hours=(5, 6, 17, 18),
            ),
        ),
    ),
    "Perkosaan": (
        1,
        (
            Story(
                "Dugaan perkosaan",
                "Pelapor melaporkan dugaan kekerasan seksual yang dialaminya. Pelapor didampingi keluarga "
                "dan "
                "diarahkan ke layanan pendampingan korban.",
                hours=EVENING,
            ),
        ),
    ),
    "Pencabulan / kejahatan seksual terhadap anak": (
        1,
        (
            Story(
                "Dugaan pencabulan terhadap anak",
                "Pelapor (orang tua korban) melaporkan dugaan perbuatan cabul terhadap anaknya oleh seorang "
                "kenalan. "
                "Korban telah didampingi petugas perlindungan anak.",
                hours=DAY,
            ),
        ),
    ),
    "KDRT": (
        4,
        (
            Story(
                "Kekerasan dalam rumah tangga",
                "Pelapor dipukul suaminya saat bertengkar di rumah; terdapat memar di lengan. Pelapor datang "
                "didampingi orang tuanya.",
                reported_party="Suami pelapor",
                hours=EVENING,
            ),
        ),
    ),
    "Penipuan": (
        10,
        (
            Story(
                "Penipuan mengaku pihak bank",
                "Pelapor menerima pesan WhatsApp yang mengaku dari pihak bank dan diminta mentransfer uang "
                "untuk "
                "pembaruan data. Setelah uang ditransfer, nomor tersebut tidak dapat dihubungi lagi.",
                hours=DAY + EVENING,
                losses=(1_000_000, 2_750_000, 5_000_000),
            ),
            Story(
                "Penipuan jual beli daring",
                "Pelapor membeli sepeda motor bekas melalui media sosial dan mentransfer uang muka. Barang "
                "tidak "
                "pernah dikirim dan akun penjual menghilang.",
                hours=DAY + EVENING,
                losses=(3_000_000, 4_500_000),
            ),
        ),
    ),
    "Penggelapan": (
        5,
        (
            Story(
                "Penggelapan sepeda motor",
                "Sepeda motor pelapor dipinjam terlapor untuk ke pasar dan tidak dikembalikan. Belakangan "
                "pelapor "
                "mengetahui motor itu digadaikan.",
                reported_party="Seorang kenalan pelapor",
                hours=DAY,
                losses=(7_000_000, 10_000_000),
            ),
        ),
    ),
    "Pemerasan / pengancaman": (
        2,
        (
            Story(
                "Pengancaman",
                "Terlapor mengancam akan menyebarkan foto pribadi pelapor kecuali pelapor mengirim sejumlah "
                "uang.",
                reported_party="Pemilik akun media sosial yang dikenal pelapor",
                hours=EVENING + DAY,
            ),
        ),
    ),
    "Pengrusakan": (
        3,
        (
            Story(
                "Perusakan",
                "Setelah bertengkar dengan pelapor, terlapor melempari kaca jendela rumah pelapor dengan "
                "batu hingga "
                "pecah.",
                reported_party="Seorang laki-laki, tetangga pelapor",
                hours=EVENING,
                losses=(750_000,),
            ),
        ),
    ),
    "Perjudian": (
        2,
        (
            Story(
                "Perjudian",
                "Pelapor (tokoh masyarakat) melaporkan permainan judi kartu di sebuah pondok ladang yang "
                "meresahkan warga.",
                reported_party="Beberapa warga",
                hours=EVENING + (23, 0),
            ),
        ),
    ),
    "Narkoba": (
        3,
        (
            Story(
                "Dugaan peredaran narkotika",
                "Pelapor melaporkan beberapa pemuda yang sering berkumpul di pondok kosong dan diduga "
                "mengedarkan sabu.",
                reported_party="Beberapa pemuda",
                hours=EVENING + (23, 0),
            ),
        ),
    ),
    "Kebakaran / pembakaran": (
        2,
        (
            Story(
                "Dugaan pembakaran",
                "Pondok ladang pelapor terbakar pada dini hari. Pelapor menduga sengaja dibakar karena "
                "sengketa "
                "lahan.",
                hours=(1, 2, 3, 4),
                losses=(5_000_000, 9_000_000),
            ),
        ),
    ),
    "Kenakalan remaja / tawuran": (
        3,
        (
            Story(
                "Tawuran pelajar",
                "Dua kelompok pelajar terlibat tawuran di simpang nagari seusai pulang sekolah; anak "
                "pelapor luka "
                "di tangan.",
                reported_party="Sekelompok pelajar",
                hours=(13, 14, 15),
            ),
        ),
    ),
    "PETI (penambangan emas tanpa izin)": (
        2,
        (
            Story(
                "Penambangan emas tanpa izin",
                "Warga melaporkan penambangan emas dengan alat berat di aliran sungai yang membuat air "
                "keruh dan "
                "sawah tidak dapat diairi.",
                reported_party="Pengelola tambang, belum diketahui",
                hours=DAY,
            ),
        ),
    ),
    "Illegal logging": (
        1,
        (
            Story(
                "Penebangan liar",
                "Warga melaporkan penebangan kayu di hutan nagari tanpa izin; kayu diangkut truk pada malam "
                "hari.",
                hours=NIGHT,
            ),
        ),
    ),
    "ITE / siber": (
        3,
        (
            Story(
                "Akun media sosial palsu",
                "Akun Facebook palsu atas nama pelapor dipakai untuk meminjam uang kepada kerabat pelapor.",
                hours=DAY + EVENING,
                losses=(0, 1_500_000),
            ),
        ),
    ),
    "Laka lantas": (
        4,
        (
            Story(
                "Kecelakaan lalu lintas",
                "Sepeda motor pelapor ditabrak mobil dari arah berlawanan di jalan lintas Solok–Padang. "
                "Pelapor luka "
                "ringan; kendaraan rusak.",
                reported_party="Pengemudi mobil",
                hours=DAY + EVENING,
                losses=(2_000_000, 3_500_000),
            ),
        ),
    ),
    "Lain-lain": (
        2,
        (
            Story(
                "Penutupan akses jalan",
                "Tetangga pelapor memagar jalan satu-satunya menuju rumah pelapor sehingga pelapor tidak "
                "dapat lewat.",
                reported_party="Tetangga pelapor",
                hours=DAY,
            ),
        ),
    ),
}


def pick_category(rng: random.Random, categories: dict[str, str]) -> str:
    """A police report's category name, weighted (only names the station still has)."""
    names = [n for n in LP_STORIES if n in categories]
    return rng.choices(names, weights=[LP_STORIES[n][0] for n in names])[0]


def lp_story(rng: random.Random, category: str) -> Story:
    return rng.choice(LP_STORIES[category][1])
