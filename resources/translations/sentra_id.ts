<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
  <context>
    <name>AddHolidayDialog</name>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="55" />
      <source>Add holiday</source>
      <translation>Tambah hari libur</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="63" />
      <source>e.g. Cuti bersama Idulfitri</source>
      <translation>mis. Cuti bersama Idulfitri</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="68" />
      <source>Day:</source>
      <translation>Tanggal:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="70" />
      <source>Name:</source>
      <translation>Nama:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="72" />
      <source>Kind:</source>
      <translation>Jenis:</translation>
    </message>
  </context>
  <context>
    <name>AdminLoginDialog</name>
    <message>
      <location filename="../../ui/backup/startup.py" line="33" />
      <source>Admin log-in</source>
      <translation>Login admin</translation>
    </message>
    <message>
      <location filename="../../ui/backup/startup.py" line="35" />
      <source>An admin of this station must confirm the restore.</source>
      <translation>Seorang admin stasiun ini harus menyetujui pemulihan.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/startup.py" line="38" />
      <source>NRP</source>
      <translation>NRP</translation>
    </message>
    <message>
      <location filename="../../ui/backup/startup.py" line="39" />
      <source>Password</source>
      <translation>Kata sandi</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <location filename="../../ui/setup/pages.py" line="281" />
      <source>First administrator</source>
      <translation>Administrator pertama</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="282" />
      <source>This account manages officers and settings. You log in with it next.</source>
      <translation>Akun ini mengelola data petugas dan pengaturan. Setelah ini Anda masuk dengan akun ini.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="285" />
      <source>Name:</source>
      <translation>Nama:</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="287" />
      <source>8 digits, used to log in</source>
      <translation>8 digit, dipakai untuk masuk</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="288" />
      <source>NRP:</source>
      <translation>NRP:</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="290" />
      <source>Rank:</source>
      <translation>Pangkat:</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="293" />
      <source>At least {count} characters</source>
      <translation>Minimal {count} karakter</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="295" />
      <source>Password:</source>
      <translation>Kata sandi:</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="297" />
      <source>Repeat password:</source>
      <translation>Ulangi kata sandi:</translation>
    </message>
  </context>
  <context>
    <name>AdminScreens</name>
    <message>
      <location filename="../../ui/admin/__init__.py" line="28" />
      <source>Not saved</source>
      <translation>Tidak tersimpan</translation>
    </message>
    <message>
      <location filename="../../ui/admin/__init__.py" line="20" />
      <source>Only an active admin may make this change.</source>
      <translation>Hanya admin aktif yang boleh melakukan perubahan ini.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/__init__.py" line="21" />
      <source>This entry no longer exists.</source>
      <translation>Data ini sudah tidak ada.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/__init__.py" line="22" />
      <source>The operation failed: {error}</source>
      <translation>Proses gagal: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/admin/__init__.py" line="35" />
      <source>Could not load</source>
      <translation>Gagal memuat</translation>
    </message>
  </context>
  <context>
    <name>AnalysisPage</name>
    <message>
      <location filename="../../ui/analysis/page.py" line="97" />
      <source>R&amp;efresh</source>
      <translation>Mua&amp;t ulang</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="107" />
      <source>Nothing was recorded in this period: no reports, outreach sessions or survey answers. Choose another period above.</source>
      <translation>Tidak ada yang tercatat pada periode ini: tidak ada laporan, kegiatan penyuluhan, maupun jawaban survei. Pilih periode lain di atas.</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="117" />
      <source>Other</source>
      <translation>Lainnya</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="118" />
      <source>Reports by category</source>
      <translation>Laporan menurut kategori</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="120" />
      <source>Reports by kecamatan</source>
      <translation>Laporan menurut kecamatan</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="125" />
      <source>Nagari</source>
      <translation>Nagari</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="125" />
      <source>Kecamatan</source>
      <translation>Kecamatan</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="125" />
      <source>Reports</source>
      <translation>Laporan</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="134" />
      <source>{day} {hour}.00 WIB: {count} police reports</source>
      <translation>{day} pukul {hour}.00 WIB: {count} laporan polisi</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="136" />
      <source>Last 12 months</source>
      <translation>12 bulan terakhir</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="136" />
      <source>Received</source>
      <translation>Diterima</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="136" />
      <source>CT</source>
      <translation>CT</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="136" />
      <source>CC</source>
      <translation>CC</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="145" />
      <source>Reports by nagari</source>
      <translation>Laporan menurut nagari</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="146" />
      <source>Police reports by weekday and hour of the incident (WIB)</source>
      <translation>Laporan polisi menurut hari dan jam kejadian (WIB)</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="185" />
      <location filename="../../ui/analysis/page.py" line="195" />
      <source>Loading…</source>
      <translation>Memuat…</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="202" />
      <source>As of {time} WIB</source>
      <translation>Per {time} WIB</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="207" />
      <source>(no category)</source>
      <translation>(tanpa kategori)</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="208" />
      <source>(not given)</source>
      <translation>(tidak diisi)</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="216" />
      <source>Counted at the incident time where known ({n} of {total}), otherwise at the time received.</source>
      <translation>Dihitung menurut waktu kejadian bila diketahui ({n} dari {total}), selain itu menurut waktu laporan diterima.</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="239" />
      <source>The figures could not be loaded.</source>
      <translation>Angka-angka tidak dapat dimuat.</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="277" />
      <location filename="../../ui/analysis/page.py" line="288" />
      <location filename="../../ui/analysis/page.py" line="306" />
      <source>Excel list for the Pemda</source>
      <translation>Daftar Excel untuk Pemda</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="277" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/page.py" line="300" />
      <source>Saved to %1</source>
      <translation>Disimpan ke %1</translation>
    </message>
  </context>
  <context>
    <name>ArticleHint</name>
    <message>
      <location filename="../../ui/reports/article_hint.py" line="37" />
      <source>Suggested: %1</source>
      <translation>Saran: %1</translation>
    </message>
    <message>
      <location filename="../../ui/reports/article_hint.py" line="37" />
      <source>e.g. Pasal 476 (UU 1/2023)</source>
      <translation>mis. Pasal 476 (UU 1/2023)</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="45" />
      <source>Audit trail</source>
      <translation>Jejak audit</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="52" />
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="63" />
      <source>Who</source>
      <translation>Siapa</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="64" />
      <location filename="../../ui/admin/audit_dialog.py" line="84" />
      <source>What</source>
      <translation>Apa</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="65" />
      <location filename="../../ui/admin/audit_dialog.py" line="85" />
      <source>Action</source>
      <translation>Tindakan</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="73" />
      <source>Show</source>
      <translation>Tampilkan</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="81" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="82" />
      <source>Time (WIB)</source>
      <translation>Waktu (WIB)</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="83" />
      <source>Officer</source>
      <translation>Petugas</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="86" />
      <source>Details</source>
      <translation>Rincian</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="97" />
      <source>Check the chain</source>
      <translation>Periksa rantai</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="111" />
      <source>All</source>
      <translation>Semua</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/admin/audit_dialog.py" line="144" />
      <source>%n matching entries</source>
      <translation>
        <numerusform>%n entri cocok</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="147" />
      <source>{shown} newest of {total} matching entries</source>
      <translation>{shown} terbaru dari {total} entri yang cocok</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="154" />
      <source>Checking the chain…</source>
      <translation>Memeriksa rantai…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="160" />
      <source>Could not check the chain</source>
      <translation>Rantai tidak dapat diperiksa</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="171" />
      <source>The chain is intact: {n} entries checked, none altered, inserted or removed.</source>
      <translation>Rantai utuh: {n} entri diperiksa, tidak ada yang diubah, disisipkan, atau dihapus.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="175" />
      <source>Entry {seq} was altered after it was written.</source>
      <translation>Entri {seq} diubah setelah ditulis.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="176" />
      <source>Entry {seq} was inserted into the chain.</source>
      <translation>Entri {seq} disisipkan ke dalam rantai.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="177" />
      <source>Entries were removed at entry {seq}.</source>
      <translation>Ada entri yang dihapus pada entri {seq}.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="178" />
      <source>From entry {seq} on, the key of the audit trail is not on this computer.</source>
      <translation>Mulai entri {seq}, kunci jejak audit tidak ada di komputer ini.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="181" />
      <source>The audit trail was rewritten without the station's key.</source>
      <translation>Jejak audit ditulis ulang tanpa kunci stasiun.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/audit_dialog.py" line="186" />
      <source>The chain is broken at entry {seq}.</source>
      <translation>Rantai terputus pada entri {seq}.</translation>
    </message>
  </context>
  <context>
    <name>BackupActions</name>
    <message>
      <location filename="../../ui/backup/actions.py" line="34" />
      <source>Backup written and verified ({rows} rows):
{path}</source>
      <translation>Cadangan ditulis dan diverifikasi ({rows} baris):
{path}</translation>
    </message>
    <message>
      <location filename="../../ui/backup/actions.py" line="38" />
      <source>Second copy:
{path}</source>
      <translation>Salinan kedua:
{path}</translation>
    </message>
    <message>
      <location filename="../../ui/backup/actions.py" line="42" />
      <source>The second folder could not be written: {error}</source>
      <translation>Folder kedua tidak dapat ditulisi: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/backup/actions.py" line="45" />
      <source>Backup</source>
      <translation>Cadangan</translation>
    </message>
    <message>
      <location filename="../../ui/backup/actions.py" line="54" />
      <source>Backup failed</source>
      <translation>Pencadangan gagal</translation>
    </message>
    <message>
      <location filename="../../ui/backup/actions.py" line="64" />
      <source>Second backup folder (USB drive, network share)</source>
      <translation>Folder cadangan kedua (flashdisk USB, folder jaringan)</translation>
    </message>
    <message>
      <location filename="../../ui/backup/actions.py" line="71" />
      <location filename="../../ui/backup/actions.py" line="82" />
      <location filename="../../ui/backup/actions.py" line="86" />
      <source>Second backup folder</source>
      <translation>Folder cadangan kedua</translation>
    </message>
    <message>
      <location filename="../../ui/backup/actions.py" line="72" />
      <source>Stop copying backups to {folder}?</source>
      <translation>Berhenti menyalin cadangan ke {folder}?</translation>
    </message>
    <message>
      <location filename="../../ui/backup/actions.py" line="87" />
      <source>Every backup is also copied to {folder}.</source>
      <translation>Setiap cadangan juga disalin ke {folder}.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/actions.py" line="105" />
      <location filename="../../ui/backup/actions.py" line="114" />
      <location filename="../../ui/backup/actions.py" line="142" />
      <source>Restore a backup</source>
      <translation>Pulihkan cadangan</translation>
    </message>
    <message>
      <location filename="../../ui/backup/actions.py" line="107" />
      <source>Sentra Desk backups (*.sqlite)</source>
      <translation>Cadangan Sentra Desk (*.sqlite)</translation>
    </message>
    <message>
      <location filename="../../ui/backup/actions.py" line="115" />
      <source>Put {file} in place of the current database?

The current database is not deleted: it is kept in the folder {aside}. Everything entered after this backup was made will not be in the restored data. Sentra Desk restarts on the restored data.</source>
      <translation>Pasang {file} menggantikan basis data saat ini?

Basis data saat ini tidak dihapus: disimpan di folder {aside}. Semua yang dimasukkan setelah cadangan ini dibuat tidak ada dalam data yang dipulihkan. Sentra Desk dimulai ulang dengan data yang dipulihkan.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/actions.py" line="143" />
      <source>Restored from {file}. The previous database is kept in {aside}. Sentra Desk restarts now.</source>
      <translation>Dipulihkan dari {file}. Basis data sebelumnya disimpan di {aside}. Sentra Desk dimulai ulang sekarang.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/actions.py" line="154" />
      <source>Restore refused</source>
      <translation>Pemulihan ditolak</translation>
    </message>
  </context>
  <context>
    <name>BackupStatus</name>
    <message>
      <location filename="../../ui/backup/status.py" line="18" />
      <source>No backup yet: ask the admin to make one (Admin → Back up now).</source>
      <translation>Belum ada cadangan: minta admin membuatnya (Admin → Cadangkan sekarang).</translation>
    </message>
    <message>
      <location filename="../../ui/backup/status.py" line="23" />
      <source>less than an hour ago</source>
      <translation>kurang dari satu jam yang lalu</translation>
    </message>
    <message>
      <location filename="../../ui/backup/status.py" line="25" />
      <source>{n} hours ago</source>
      <translation>{n} jam yang lalu</translation>
    </message>
    <message>
      <location filename="../../ui/backup/status.py" line="27" />
      <source>{n} days ago</source>
      <translation>{n} hari yang lalu</translation>
    </message>
    <message>
      <location filename="../../ui/backup/status.py" line="28" />
      <source>Newest backup: {when}.</source>
      <translation>Cadangan terbaru: {when}.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/status.py" line="30" />
      <source>Older than 2 days: back up now (Admin → Back up now).</source>
      <translation>Lebih dari 2 hari: cadangkan sekarang (Admin → Cadangkan sekarang).</translation>
    </message>
  </context>
  <context>
    <name>CasePanel</name>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="71" />
      <source>Light</source>
      <translation>Ringan</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="71" />
      <source>Medium</source>
      <translation>Sedang</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="71" />
      <source>Difficult</source>
      <translation>Sulit</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="71" />
      <source>Very difficult</source>
      <translation>Sangat sulit</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="76" />
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="77" />
      <location filename="../../ui/cases/case_panel.py" line="253" />
      <source>Handled by:</source>
      <translation>Petugas penanganan:</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="78" />
      <source>Difficulty:</source>
      <translation>Tingkat kesulitan:</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="79" />
      <source>Next deadline:</source>
      <translation>Tenggat berikutnya:</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="84" />
      <source>Change status…</source>
      <translation>Ubah status…</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="85" />
      <location filename="../../ui/cases/case_panel.py" line="144" />
      <source>Assign…</source>
      <translation>Tunjuk petugas…</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="86" />
      <location filename="../../ui/cases/case_panel.py" line="147" />
      <source>Pause clock…</source>
      <translation>Jeda tenggat…</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="87" />
      <source>Void…</source>
      <translation>Batalkan laporan…</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="88" />
      <source>Restorative justice…</source>
      <translation>Keadilan restoratif…</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="132" />
      <source>VOID: {reason}</source>
      <translation>DIBATALKAN: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="134" />
      <source>nobody yet</source>
      <translation>belum ditunjuk</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="144" />
      <source>Take this report</source>
      <translation>Tangani laporan ini</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="147" />
      <source>Resume clock</source>
      <translation>Lanjutkan tenggat</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="154" />
      <source>{status} to {unit}</source>
      <translation>{status} ke {unit}</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="163" />
      <source>none</source>
      <translation>tidak ada</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="164" />
      <source>Clarification</source>
      <translation>Klarifikasi</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="167" />
      <source>{kind} due {date} — clock paused</source>
      <translation>{kind} jatuh tempo {date} — tenggat dijeda</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="172" />
      <source>{kind} due {date} — overdue by {n} working days</source>
      <translation>{kind} jatuh tempo {date} — terlambat {n} hari kerja</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="176" />
      <location filename="../../ui/cases/case_panel.py" line="185" />
      <source>{kind} due {date} — due today</source>
      <translation>{kind} jatuh tempo {date} — tenggat hari ini</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="177" />
      <source>{kind} due {date} — {n} working days left</source>
      <translation>{kind} jatuh tempo {date} — sisa {n} hari kerja</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="181" />
      <source>{kind} due {date} — overdue by {n} days</source>
      <translation>{kind} jatuh tempo {date} — terlambat {n} hari</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="186" />
      <source>{kind} due {date} — {n} days left</source>
      <translation>{kind} jatuh tempo {date} — sisa {n} hari</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="248" />
      <source>(nobody)</source>
      <translation>(tidak ada)</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="253" />
      <source>Assign</source>
      <translation>Tunjuk petugas</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="278" />
      <source>Pause clock</source>
      <translation>Jeda tenggat</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="279" />
      <source>Waiting on the citizen for:</source>
      <translation>Menunggu pelapor untuk:</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="289" />
      <source>Void report</source>
      <translation>Batalkan laporan</translation>
    </message>
    <message>
      <location filename="../../ui/cases/case_panel.py" line="290" />
      <source>The report stays on file, marked void. Reason:</source>
      <translation>Laporan tetap tersimpan dengan tanda dibatalkan. Alasan:</translation>
    </message>
  </context>
  <context>
    <name>CaseScreens</name>
    <message>
      <location filename="../../ui/cases/__init__.py" line="23" />
      <source>Not saved</source>
      <translation>Tidak tersimpan</translation>
    </message>
    <message>
      <location filename="../../ui/cases/__init__.py" line="14" />
      <source>Your role may not make this change.</source>
      <translation>Peran Anda tidak berwenang melakukan perubahan ini.</translation>
    </message>
    <message>
      <location filename="../../ui/cases/__init__.py" line="15" />
      <source>This report no longer exists.</source>
      <translation>Laporan ini sudah tidak ada.</translation>
    </message>
    <message>
      <location filename="../../ui/cases/__init__.py" line="16" />
      <source>The operation failed: {error}</source>
      <translation>Proses gagal: {error}</translation>
    </message>
  </context>
  <context>
    <name>CaseStatus</name>
    <message>
      <location filename="../../ui/labels.py" line="40" />
      <source>Received</source>
      <translation>Diterima</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="41" />
      <source>In progress</source>
      <translation>Diproses</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="42" />
      <source>Forwarded</source>
      <translation>Dilimpahkan</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="43" />
      <source>Closed</source>
      <translation>Selesai</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="44" />
      <source>Stopped</source>
      <translation>Dihentikan</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="45" />
      <source>Rejected</source>
      <translation>Ditolak</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="52" />
      <source>In process</source>
      <translation>Proses</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="53" />
      <source>Finished, complaint proven</source>
      <translation>Selesai benar</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="54" />
      <source>Finished, complaint not proven</source>
      <translation>Selesai tidak benar</translation>
    </message>
  </context>
  <context>
    <name>CaseTab</name>
    <message>
      <location filename="../../ui/reports/case_tab.py" line="24" />
      <source>Issue progress letter…</source>
      <translation>Terbitkan surat perkembangan…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/case_tab.py" line="47" />
      <source>Issue %1…</source>
      <translation>Terbitkan %1…</translation>
    </message>
  </context>
  <context>
    <name>CategoriesDialog</name>
    <message>
      <location filename="../../ui/admin/categories_dialog.py" line="45" />
      <source>Categories</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../ui/admin/categories_dialog.py" line="54" />
      <source>Offered in this order on a new report. Inactive categories stay on old reports.</source>
      <translation>Ditampilkan dengan urutan ini pada laporan baru. Kategori nonaktif tetap tercantum pada laporan lama.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/categories_dialog.py" line="65" />
      <source>&amp;Add…</source>
      <translation>&amp;Tambah…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/categories_dialog.py" line="66" />
      <source>&amp;Rename…</source>
      <translation>&amp;Ganti nama…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/categories_dialog.py" line="67" />
      <location filename="../../ui/admin/categories_dialog.py" line="112" />
      <source>&amp;Deactivate</source>
      <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
      <location filename="../../ui/admin/categories_dialog.py" line="68" />
      <source>Move &amp;up</source>
      <translation>Na&amp;ikkan</translation>
    </message>
    <message>
      <location filename="../../ui/admin/categories_dialog.py" line="69" />
      <source>Move do&amp;wn</source>
      <translation>T&amp;urunkan</translation>
    </message>
    <message>
      <location filename="../../ui/admin/categories_dialog.py" line="70" />
      <source>Ctrl+Up</source>
      <translation>Ctrl+Up</translation>
    </message>
    <message>
      <location filename="../../ui/admin/categories_dialog.py" line="71" />
      <source>Ctrl+Down</source>
      <translation>Ctrl+Down</translation>
    </message>
    <message>
      <location filename="../../ui/admin/categories_dialog.py" line="72" />
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <location filename="../../ui/admin/categories_dialog.py" line="94" />
      <source>{name} (inactive)</source>
      <translation>{name} (nonaktif)</translation>
    </message>
    <message>
      <location filename="../../ui/admin/categories_dialog.py" line="112" />
      <source>&amp;Activate</source>
      <translation>&amp;Aktifkan</translation>
    </message>
    <message>
      <location filename="../../ui/admin/categories_dialog.py" line="122" />
      <source>Name (at most {n} characters):</source>
      <translation>Nama (maksimal {n} karakter):</translation>
    </message>
    <message>
      <location filename="../../ui/admin/categories_dialog.py" line="136" />
      <source>Add category</source>
      <translation>Tambah kategori</translation>
    </message>
    <message>
      <location filename="../../ui/admin/categories_dialog.py" line="145" />
      <source>Rename category</source>
      <translation>Ganti nama kategori</translation>
    </message>
  </context>
  <context>
    <name>CentralSettingsDialog</name>
    <message>
      <location filename="../../ui/sync/settings_dialog.py" line="27" />
      <source>Central database</source>
      <translation>Basis data pusat</translation>
    </message>
    <message>
      <location filename="../../ui/sync/settings_dialog.py" line="31" />
      <source>The Polres central database receives this station's records and sends back assignments and online complaints. The address and role come from the Polres IT officer (sentra central add-station).</source>
      <translation>Basis data pusat Polres menerima catatan kantor ini dan mengirim kembali penugasan serta pengaduan daring. Alamat dan peran diberikan oleh petugas TI Polres (sentra central add-station).</translation>
    </message>
    <message>
      <location filename="../../ui/sync/settings_dialog.py" line="40" />
      <source>Leave empty to keep the stored password</source>
      <translation>Kosongkan untuk tetap memakai kata sandi tersimpan</translation>
    </message>
    <message>
      <location filename="../../ui/sync/settings_dialog.py" line="43" />
      <source>&amp;Address:</source>
      <translation>&amp;Alamat:</translation>
    </message>
    <message>
      <location filename="../../ui/sync/settings_dialog.py" line="45" />
      <source>Station &amp;role:</source>
      <translation>&amp;Peran kantor:</translation>
    </message>
    <message>
      <location filename="../../ui/sync/settings_dialog.py" line="47" />
      <source>&amp;Password:</source>
      <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
      <location filename="../../ui/sync/settings_dialog.py" line="51" />
      <source>The password is kept in the station's key folder, readable only by this desk's officers.</source>
      <translation>Kata sandi disimpan di folder kunci stasiun, hanya dapat dibaca oleh petugas meja ini.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/settings_dialog.py" line="54" />
      <source>The password is kept in the system keyring, never in a file.</source>
      <translation>Kata sandi disimpan di keyring sistem, tidak pernah di dalam berkas.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/settings_dialog.py" line="82" />
      <source>Enter the password for this address and role.</source>
      <translation>Masukkan kata sandi untuk alamat dan peran ini.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/settings_dialog.py" line="91" />
      <source>The password could not be stored: %1</source>
      <translation>Kata sandi tidak dapat disimpan: %1</translation>
    </message>
  </context>
  <context>
    <name>CitizenSection</name>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="48" />
      <source>Reporter</source>
      <translation>Pelapor</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="62" />
      <source>16 digits</source>
      <translation>16 digit</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="85" />
      <source>&amp;Use</source>
      <translation>&amp;Pakai</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="87" />
      <source>Fill the reporter's fields from the citizen on file</source>
      <translation>Isi data pelapor dari data warga yang sudah tersimpan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="111" />
      <source>Unknown</source>
      <translation>Tidak diketahui</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="124" />
      <source>Male (L)</source>
      <translation>Laki-laki (L)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="125" />
      <source>Female (P)</source>
      <translation>Perempuan (P)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="145" />
      <source>08… or +62…</source>
      <translation>08… atau +62…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="150" />
      <source>&amp;NIK</source>
      <translation>&amp;NIK</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="152" />
      <source>Na&amp;me *</source>
      <translation>Na&amp;ma *</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="153" />
      <source>Place of birth</source>
      <translation>Tempat lahir</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="155" />
      <source>Date of birth</source>
      <translation>Tanggal lahir</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="157" />
      <source>Sex</source>
      <translation>Jenis kelamin</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="158" />
      <source>Religion</source>
      <translation>Agama</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="159" />
      <source>Nationality</source>
      <translation>Kewarganegaraan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="160" />
      <source>Occupation</source>
      <translation>Pekerjaan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="161" />
      <source>Address</source>
      <translation>Alamat</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="162" />
      <source>Phone / WhatsApp</source>
      <translation>Telepon / WhatsApp</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="292" />
      <source>female</source>
      <translation>perempuan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="292" />
      <source>male</source>
      <translation>laki-laki</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="294" />
      <source>Valid NIK: {sex}, born {date}, {region}</source>
      <translation>NIK valid: {sex}, lahir {date}, {region}</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="303" />
      <source>Taken from the NIK</source>
      <translation>Diambil dari NIK</translation>
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="314" />
      <source>Citizen on file: {details}</source>
      <translation>Warga sudah terdaftar: {details}</translation>
    </message>
  </context>
  <context>
    <name>CommunityPages</name>
    <message>
      <location filename="../../ui/community/__init__.py" line="31" />
      <source>Not saved</source>
      <translation>Tidak tersimpan</translation>
    </message>
    <message>
      <location filename="../../ui/community/__init__.py" line="22" />
      <source>You may not make this change.</source>
      <translation>Anda tidak berwenang melakukan perubahan ini.</translation>
    </message>
    <message>
      <location filename="../../ui/community/__init__.py" line="23" />
      <source>This entry no longer exists.</source>
      <translation>Data ini sudah tidak ada.</translation>
    </message>
    <message>
      <location filename="../../ui/community/__init__.py" line="24" />
      <source>The operation failed: {error}</source>
      <translation>Operasi gagal: {error}</translation>
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="34" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="35" />
      <source>Assigned officer</source>
      <translation>Petugas yang ditunjuk</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="36" />
      <source>Difficulty</source>
      <translation>Tingkat kesulitan</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="37" />
      <source>Forwarded to</source>
      <translation>Dilimpahkan ke</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="38" />
      <source>Complaint outcome</source>
      <translation>Hasil pengaduan</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="39" />
      <source>Offense</source>
      <translation>Perkara</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="40" />
      <source>Chronology</source>
      <translation>Kronologi</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="41" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="42" />
      <source>Closing reason</source>
      <translation>Alasan penutupan</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="60" />
      <source>Sync conflicts</source>
      <translation>Konflik sinkronisasi</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="63" />
      <source>These fields were changed here and at the Polres before the two copies met. The owner of each field decided which value stays (the station: intake fields and status; the Polres: assignment and disposition). Check each one and keep it, or use the other value.</source>
      <translation>Isian berikut diubah di sini dan di Polres sebelum kedua salinan bertemu. Pemilik setiap isian menentukan nilai yang dipakai (kantor ini: isian penerimaan dan status; Polres: penugasan dan disposisi). Periksa satu per satu lalu pertahankan, atau pakai nilai yang lain.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="68" />
      <source>Record</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="69" />
      <source>Field</source>
      <translation>Isian</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="70" />
      <source>Kept value</source>
      <translation>Nilai yang dipakai</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="71" />
      <source>Other value</source>
      <translation>Nilai lain</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="72" />
      <source>Kept by</source>
      <translation>Dipakai oleh</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="73" />
      <source>When</source>
      <translation>Waktu</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="75" />
      <source>No open conflicts.</source>
      <translation>Tidak ada konflik terbuka.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="50" />
      <source>&amp;Keep this value</source>
      <translation>&amp;Pertahankan nilai ini</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="51" />
      <source>&amp;Use the other value</source>
      <translation>Pakai &amp;nilai lain</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="58" />
      <source>Only a unit head or admin settles conflicts.</source>
      <translation>Hanya kepala unit atau admin yang menyelesaikan konflik.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="91" />
      <source>Polres</source>
      <translation>Polres</translation>
    </message>
    <message>
      <location filename="../../ui/sync/conflicts_dialog.py" line="91" />
      <source>This station</source>
      <translation>Kantor ini</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="151" />
      <source>Add contact</source>
      <translation>Catat kontak</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="166" />
      <source>Call</source>
      <translation>Telepon</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="167" />
      <source>Visit</source>
      <translation>Kunjungan</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="168" />
      <source>WhatsApp</source>
      <translation>WhatsApp</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="169" />
      <source>Letter</source>
      <translation>Surat</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="175" />
      <source>What was said or done</source>
      <translation>Apa yang disampaikan atau dilakukan</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="181" />
      <source>Date and time</source>
      <translation>Tanggal dan jam</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="182" />
      <source>Channel</source>
      <translation>Saluran</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="183" />
      <source>What was said</source>
      <translation>Yang disampaikan</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="184" />
      <source>Next step</source>
      <translation>Langkah berikutnya</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="189" />
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="189" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="226" />
      <source>Your account may not record this contact.</source>
      <translation>Akun Anda tidak berwenang mencatat kontak ini.</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="227" />
      <source>This report no longer exists.</source>
      <translation>Laporan ini sudah tidak ada.</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="228" />
      <source>The contact could not be saved: %1</source>
      <translation>Kontak tidak dapat disimpan: %1</translation>
    </message>
  </context>
  <context>
    <name>ContactLogModel</name>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="57" />
      <source>Date (WIB)</source>
      <translation>Tanggal (WIB)</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="58" />
      <source>Channel</source>
      <translation>Saluran</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="60" />
      <source>What was said</source>
      <translation>Yang disampaikan</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="65" />
      <source>Next step</source>
      <translation>Langkah berikutnya</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="70" />
      <source>Officer</source>
      <translation>Petugas</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="40" />
      <source>Call</source>
      <translation>Telepon</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="41" />
      <source>Visit</source>
      <translation>Kunjungan</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="42" />
      <source>WhatsApp</source>
      <translation>WhatsApp</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="43" />
      <source>Letter</source>
      <translation>Surat</translation>
    </message>
  </context>
  <context>
    <name>ContactLogWidget</name>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="94" />
      <source>Contacts with the citizen</source>
      <translation>Kontak dengan pelapor</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="96" />
      <source>Add contact…</source>
      <translation>Catat kontak…</translation>
    </message>
    <message>
      <location filename="../../ui/cases/contact_log.py" line="105" />
      <source>No contact recorded yet.</source>
      <translation>Belum ada kontak yang dicatat.</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="../../ui/crash_dialog.py" line="77" />
      <source>The database file reported damage. Records saved before cannot be vouched for until the file is checked. Stop working at this desk and call the station IT officer: the newest backup can be restored.</source>
      <translation>Berkas database melaporkan kerusakan. Data yang tersimpan sebelumnya belum dapat dijamin sampai berkas diperiksa. Hentikan pekerjaan di meja ini dan hubungi petugas TI: cadangan terbaru dapat dipulihkan.</translation>
    </message>
    <message>
      <location filename="../../ui/crash_dialog.py" line="86" />
      <source>The database could not be written (it is busy, full or read-only): the last action was not saved. Records the app confirmed as saved before it are kept.</source>
      <translation>Database tidak dapat ditulisi (sedang sibuk, penuh, atau hanya-baca): tindakan terakhir tidak tersimpan. Data yang sebelumnya dinyatakan tersimpan oleh aplikasi tetap ada.</translation>
    </message>
    <message>
      <location filename="../../ui/crash_dialog.py" line="94" />
      <source>The action that failed was not completed. Records the app confirmed as saved (with their number, shown in the lists) are kept in the database.</source>
      <translation>Tindakan yang gagal tidak diselesaikan. Data yang dinyatakan tersimpan oleh aplikasi (bernomor, tampil di daftar) tetap ada di database.</translation>
    </message>
    <message>
      <location filename="../../ui/crash_dialog.py" line="102" />
      <source>Last confirmed save: %1.</source>
      <translation>Penyimpanan terakhir yang berhasil: %1.</translation>
    </message>
    <message>
      <location filename="../../ui/crash_dialog.py" line="108" />
      <source>Not saved: %1. It is still open: check it and save it again.</source>
      <translation>Belum tersimpan: %1. Masih terbuka: periksa lalu simpan lagi.</translation>
    </message>
    <message>
      <location filename="../../ui/crash_dialog.py" line="113" />
      <source>The details below were written to the log. Copy them for the station IT officer.</source>
      <translation>Rincian di bawah sudah dicatat di log. Salin untuk petugas TI.</translation>
    </message>
    <message>
      <location filename="../../ui/crash_dialog.py" line="136" />
      <source>Unexpected error</source>
      <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
      <location filename="../../ui/crash_dialog.py" line="146" />
      <source>&amp;Copy report</source>
      <translation>&amp;Salin laporan</translation>
    </message>
  </context>
  <context>
    <name>DatabaseProblem</name>
    <message>
      <location filename="../../ui/backup/startup.py" line="50" />
      <source>unknown (schema {revision})</source>
      <translation>tidak diketahui (skema {revision})</translation>
    </message>
    <message>
      <location filename="../../ui/backup/startup.py" line="51" />
      <source>This station database was made by a newer version of Sentra Desk, version {version}; install that version or newer. Nothing was changed and no backup was made.</source>
      <translation>Basis data stasiun ini dibuat oleh versi Sentra Desk yang lebih baru, versi {version}; pasang versi itu atau yang lebih baru. Tidak ada yang diubah dan tidak ada cadangan yang dibuat.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/startup.py" line="57" />
      <source>The file {path} is not a Sentra Desk database. It was not changed, and no new station was set up in its place. Move it away or start Sentra Desk with another data folder.</source>
      <translation>Berkas {path} bukan basis data Sentra Desk. Berkas itu tidak diubah, dan tidak ada stasiun baru yang dibuat menggantikannya. Pindahkan berkas itu atau jalankan Sentra Desk dengan folder data lain.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/startup.py" line="63" />
      <source>The station database {path} is damaged ({detail}). It is kept as it is, but Sentra Desk cannot work on it. Records saved after the newest good backup are only in the damaged file: ask the station IT officer before anything else is done with it.</source>
      <translation>Basis data stasiun {path} rusak ({detail}). Berkas itu dibiarkan apa adanya, tetapi Sentra Desk tidak dapat bekerja dengannya. Data yang disimpan setelah cadangan baik terbaru hanya ada di berkas yang rusak: hubungi petugas TI stasiun sebelum berkas itu diapa-apakan.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/startup.py" line="84" />
      <source>Sentra Desk cannot open the database</source>
      <translation>Sentra Desk tidak dapat membuka basis data</translation>
    </message>
    <message>
      <location filename="../../ui/backup/startup.py" line="90" />
      <source>There is no good backup in the backup folders.</source>
      <translation>Tidak ada cadangan yang baik di folder cadangan.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/startup.py" line="95" />
      <source>The newest good backup is from {when} WIB ({rows} rows):
{path}</source>
      <translation>Cadangan baik terbaru dari {when} WIB ({rows} baris):
{path}</translation>
    </message>
    <message>
      <location filename="../../ui/backup/startup.py" line="99" />
      <source>Restore this backup…</source>
      <translation>Pulihkan cadangan ini…</translation>
    </message>
    <message>
      <location filename="../../ui/backup/startup.py" line="103" />
      <source>Quit</source>
      <translation>Keluar</translation>
    </message>
    <message>
      <location filename="../../ui/backup/startup.py" line="115" />
      <source>Restore refused</source>
      <translation>Pemulihan ditolak</translation>
    </message>
    <message>
      <location filename="../../ui/backup/startup.py" line="126" />
      <source>Audit trail</source>
      <translation>Jejak audit</translation>
    </message>
    <message>
      <location filename="../../ui/backup/startup.py" line="129" />
      <source>Tell the station admin; the records themselves are not changed by this check.</source>
      <translation>Beri tahu admin stasiun; data itu sendiri tidak diubah oleh pemeriksaan ini.</translation>
    </message>
  </context>
  <context>
    <name>DeviceDialog</name>
    <message>
      <location filename="../../ui/community/devices_page.py" line="246" />
      <source>Edit device</source>
      <translation>Ubah perangkat</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="246" />
      <source>Add device</source>
      <translation>Tambah perangkat</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="257" />
      <source>e.g. CCTV Simpang Pasar Sumani</source>
      <translation>mis. CCTV Simpang Pasar Sumani</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="262" />
      <source>Working</source>
      <translation>Berfungsi</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="266" />
      <source>Not checked yet</source>
      <translation>Belum pernah diperiksa</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="279" />
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="280" />
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="281" />
      <source>Owner</source>
      <translation>Pemilik</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="282" />
      <source>Location</source>
      <translation>Lokasi</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="284" />
      <source>Kecamatan</source>
      <translation>Kecamatan</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="289" />
      <source>Nagari</source>
      <translation>Nagari</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="290" />
      <source>State</source>
      <translation>Kondisi</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="291" />
      <source>Last checked</source>
      <translation>Terakhir diperiksa</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="292" />
      <source>Notes</source>
      <translation>Catatan</translation>
    </message>
  </context>
  <context>
    <name>Devices</name>
    <message>
      <location filename="../../ui/community/devices_page.py" line="52" />
      <source>CCTV</source>
      <translation>CCTV</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="53" />
      <source>Drone</source>
      <translation>Drone</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="59" />
      <source>Polres</source>
      <translation>Polres</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="60" />
      <source>Pemda</source>
      <translation>Pemda</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="61" />
      <source>Private</source>
      <translation>Swasta</translation>
    </message>
  </context>
  <context>
    <name>DevicesModel</name>
    <message>
      <location filename="../../ui/community/devices_page.py" line="77" />
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="79" />
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="84" />
      <source>Location</source>
      <translation>Lokasi</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="87" />
      <source>Owner</source>
      <translation>Pemilik</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="89" />
      <source>State</source>
      <translation>Kondisi</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="96" />
      <source>Last checked</source>
      <translation>Terakhir diperiksa</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="91" />
      <source>Working</source>
      <translation>Berfungsi</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="91" />
      <source>Broken</source>
      <translation>Rusak</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="97" />
      <source>Never</source>
      <translation>Belum pernah</translation>
    </message>
  </context>
  <context>
    <name>DevicesPage</name>
    <message>
      <location filename="../../ui/community/devices_page.py" line="135" />
      <source>All kinds</source>
      <translation>Semua jenis</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="138" />
      <source>All owners</source>
      <translation>Semua pemilik</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="142" />
      <source>Working or broken</source>
      <translation>Semua kondisi</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="142" />
      <source>Working</source>
      <translation>Berfungsi</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="142" />
      <source>Broken</source>
      <translation>Rusak</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="146" />
      <source>All kecamatan</source>
      <translation>Semua kecamatan</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="148" />
      <source>Add…</source>
      <translation>Tambah…</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="149" />
      <source>Edit…</source>
      <translation>Ubah…</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="150" />
      <source>Checked today: working</source>
      <translation>Diperiksa hari ini: berfungsi</translation>
    </message>
    <message>
      <location filename="../../ui/community/devices_page.py" line="151" />
      <source>Checked today: broken</source>
      <translation>Diperiksa hari ini: rusak</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/community/devices_page.py" line="196" />
      <source>%n device(s)</source>
      <translation>
        <numerusform>%n perangkat</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/community/devices_page.py" line="196" />
      <source>%n broken</source>
      <translation>
        <numerusform>%n rusak</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExcelExportDialog</name>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="50" />
      <location filename="../../ui/exports/excel_dialog.py" line="149" />
      <location filename="../../ui/exports/excel_dialog.py" line="178" />
      <source>Export to Excel</source>
      <translation>Ekspor ke Excel</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="60" />
      <source>Include personal data (names, NIK, phone numbers, addresses, chronologies)</source>
      <translation>Sertakan data pribadi (nama, NIK, nomor telepon, alamat, kronologi)</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="66" />
      <source>Only a unit head or an admin may export personal data; your workbook will be anonymised.</source>
      <translation>Hanya kepala unit atau admin yang boleh mengekspor data pribadi; buku kerja Anda akan dianonimkan.</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="76" />
      <source>Save workbook</source>
      <translation>Simpan buku kerja</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="76" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="79" />
      <source>From</source>
      <translation>Dari</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="80" />
      <source>To</source>
      <translation>Sampai</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="81" />
      <source>Data</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="82" />
      <source>Save to</source>
      <translation>Simpan ke</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="83" />
      <source>Every export is recorded in the audit trail with your name.</source>
      <translation>Setiap ekspor dicatat dalam jejak audit dengan nama Anda.</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="87" />
      <source>Export</source>
      <translation>Ekspor</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="86" />
      <source>Open workbook</source>
      <translation>Buka buku kerja</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="118" />
      <source>The end of the period is before its start.</source>
      <translation>Akhir periode sebelum awalnya.</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="148" />
      <source>Exporting…</source>
      <translation>Mengekspor…</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="150" />
      <source>Writing the workbook…</source>
      <translation>Menulis buku kerja…</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="161" />
      <source>%1 reports with personal data saved to %2</source>
      <translation>%1 laporan dengan data pribadi disimpan ke %2</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="163" />
      <source>%1 reports, anonymised, saved to %2</source>
      <translation>%1 laporan, dianonimkan, disimpan ke %2</translation>
    </message>
    <message>
      <location filename="../../ui/exports/excel_dialog.py" line="173" />
      <source>Your account may not export personal data.</source>
      <translation>Akun Anda tidak boleh mengekspor data pribadi.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../ui/exports/output_file.py" line="207" />
      <source>Cancelled; no file was written.</source>
      <translation>Dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
  </context>
  <context>
    <name>HeadlineTiles</name>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="62" />
      <source>Reports received</source>
      <translation>Laporan diterima</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="63" />
      <source>CT (crime total)</source>
      <translation>CT (jumlah tindak pidana)</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="64" />
      <source>CC (crime clearance)</source>
      <translation>CC (penyelesaian tindak pidana)</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="65" />
      <source>Clearance rate</source>
      <translation>Persentase penyelesaian</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="66" />
      <source>Median time to first action</source>
      <translation>Median waktu sampai tindakan pertama</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="67" />
      <source>Deadlines met</source>
      <translation>Tenggat terpenuhi</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="68" />
      <source>Outreach sessions</source>
      <translation>Kegiatan penyuluhan</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="69" />
      <source>IKM (satisfaction)</source>
      <translation>IKM (kepuasan)</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="80" />
      <source>{n} days</source>
      <translation>{n} hari</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="81" />
      <source>{n} hours</source>
      <translation>{n} jam</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="86" />
      <source>every kind of report</source>
      <translation>semua jenis laporan</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="87" />
      <source>police reports (LP) received</source>
      <translation>laporan polisi (LP) diterima</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="88" />
      <source>police reports closed in the period</source>
      <translation>laporan polisi selesai dalam periode</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="91" />
      <source>CC ÷ CT</source>
      <translation>CC ÷ CT</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="96" />
      <source>mean {mean}; {acted} acted on, {waiting} waiting</source>
      <translation>rata-rata {mean}; {acted} ditindaklanjuti, {waiting} menunggu</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="106" />
      <source>{on_time} of {letters} letters on time; {unanswered} deadlines unanswered</source>
      <translation>{on_time} dari {letters} surat tepat waktu; {unanswered} tenggat belum dijawab</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="114" />
      <source>{people} attended ({men} men, {women} women)</source>
      <translation>{people} hadir ({men} laki-laki, {women} perempuan)</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="121" />
      <source>no survey answers in the period</source>
      <translation>tidak ada jawaban survei dalam periode</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/tiles.py" line="125" />
      <source>{label}; {n} respondents</source>
      <translation>{label}; {n} responden</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <location filename="../../ui/help_dialog.py" line="15" />
      <source>Shortcuts and how-to</source>
      <translation>Petunjuk dan pintasan</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="29" />
      <source>New report</source>
      <translation>Laporan baru</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="30" />
      <source>Save the report (in the form)</source>
      <translation>Simpan laporan (di formulir)</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="31" />
      <source>Leave the form (it asks first if something was typed)</source>
      <translation>Tinggalkan formulir (ditanya dulu bila ada yang sudah diketik)</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="32" />
      <source>Next / previous field</source>
      <translation>Isian berikutnya / sebelumnya</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="33" />
      <source>Print preview of the selected report's receipt</source>
      <translation>Pratinjau cetak tanda terima laporan yang dipilih</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="34" />
      <source>Print the receipt at once on the default printer</source>
      <translation>Cetak tanda terima langsung di printer bawaan</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="35" />
      <source>Open the receipt as PDF</source>
      <translation>Buka tanda terima sebagai PDF</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="36" />
      <source>Find a report (number, name, NIK, phone, chronology)</source>
      <translation>Cari laporan (nomor, nama, NIK, telepon, kronologi)</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="37" />
      <source>Refresh the lists</source>
      <translation>Muat ulang daftar</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="38" />
      <source>Outreach, IKM survey, patrols, CCTV and drones, training</source>
      <translation>Kegiatan binmas, survei IKM, patroli, CCTV dan drone, pelatihan</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="39" />
      <source>Crime analysis</source>
      <translation>Analisis kejahatan</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="40" />
      <source>Sync with the Polres now</source>
      <translation>Sinkronkan dengan Polres sekarang</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="41" />
      <source>This help</source>
      <translation>Bantuan ini</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="42" />
      <source>Quit</source>
      <translation>Keluar</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="47" />
      <source>Press Ctrl+N. The cursor is in the NIK field: type the 16 digits from the KTP.</source>
      <translation>Tekan Ctrl+N. Kursor ada di isian NIK: ketik 16 angka dari KTP.</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="49" />
      <source>The sex and birth date are filled in from the NIK; a citizen already on file is offered with "Use".</source>
      <translation>Jenis kelamin dan tanggal lahir terisi dari NIK; warga yang sudah terdaftar ditawarkan dengan tombol "Pakai".</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="52" />
      <source>Choose the kind of report at the top if it is not a police report (LP model B).</source>
      <translation>Pilih jenis laporan di atas bila bukan laporan polisi (LP model B).</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="54" />
      <source>Type what happened, and the time of the incident as 06/12/2026 20:30 (or 061220262030); leave it empty if it is not known.</source>
      <translation>Ketik kejadiannya, dan waktu kejadian sebagai 06/12/2026 20:30 (atau 061220262030); kosongkan bila tidak diketahui.</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="57" />
      <source>Write the chronology in the citizen's words; for a lost item, add each item.</source>
      <translation>Tulis kronologi dengan kata-kata pelapor; untuk barang hilang, tambahkan tiap barang.</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="59" />
      <source>Press Ctrl+S. A red message next to a field says what to fix; nothing is saved until the form is right.</source>
      <translation>Tekan Ctrl+S. Pesan merah di samping isian menyebut apa yang harus diperbaiki; tidak ada yang disimpan sampai formulir benar.</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="63" />
      <source>After saving, the number is shown. Press Ctrl+Shift+P to print the receipt at once, or Ctrl+P to see it first. Give it to the citizen to sign.</source>
      <translation>Setelah disimpan, nomornya tampil. Tekan Ctrl+Shift+P untuk langsung mencetak tanda terima, atau Ctrl+P untuk melihatnya dulu. Serahkan kepada pelapor untuk ditandatangani.</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="67" />
      <source>To follow a case up, open the report and use the Follow-up tab: status, letters, contacts.</source>
      <translation>Untuk menindaklanjuti perkara, buka laporannya dan pakai tab Penanganan: status, surat, kontak.</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="77" />
      <source>Keyboard shortcuts</source>
      <translation>Pintasan keyboard</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialog.py" line="78" />
      <source>Taking a report at the counter</source>
      <translation>Menerima laporan di loket</translation>
    </message>
  </context>
  <context>
    <name>HolidaysDialog</name>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="40" />
      <source>National holiday</source>
      <translation>Libur nasional</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="41" />
      <source>Cuti bersama</source>
      <translation>Cuti bersama</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="42" />
      <source>Local holiday</source>
      <translation>Libur daerah</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="105" />
      <source>Holidays</source>
      <translation>Hari libur</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="113" />
      <source>Year:</source>
      <translation>Tahun:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="119" />
      <source>Deadlines skip weekends and these days. Add cuti bersama when announced.</source>
      <translation>Tenggat tidak menghitung akhir pekan dan hari-hari ini. Tambahkan cuti bersama begitu diumumkan.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="124" />
      <source>Day</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="124" />
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="124" />
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="124" />
      <source>Source</source>
      <translation>Sumber</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="124" />
      <source>Active</source>
      <translation>Aktif</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="130" />
      <source>&amp;Add…</source>
      <translation>&amp;Tambah…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="131" />
      <source>&amp;Deactivate</source>
      <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="132" />
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="160" />
      <source>yes</source>
      <translation>ya</translation>
    </message>
    <message>
      <location filename="../../ui/admin/holidays_dialog.py" line="160" />
      <source>no</source>
      <translation>tidak</translation>
    </message>
  </context>
  <context>
    <name>HotspotPanel</name>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="53" />
      <source>Hotspots</source>
      <translation>Titik rawan</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="57" />
      <source>Two-rate test against each nagari's own 12-month baseline, Benjamini–Hochberg corrected across all nagari tested (q = 0.05), at least 3 reports</source>
      <translation>Uji dua-laju terhadap dasar 12 bulan tiap nagari sendiri, dikoreksi Benjamini–Hochberg atas semua nagari yang diuji (q = 0,05), minimal 3 laporan</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="67" />
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="68" />
      <location filename="../../ui/analysis/hotspot_panel.py" line="88" />
      <source>Nagari</source>
      <translation>Nagari</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="69" />
      <location filename="../../ui/analysis/hotspot_panel.py" line="88" />
      <source>Kecamatan</source>
      <translation>Kecamatan</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="70" />
      <source>Reports</source>
      <translation>Laporan</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="71" />
      <source>Expected</source>
      <translation>Perkiraan</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="72" />
      <source>p</source>
      <translation>p</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="73" />
      <source>Categories above baseline</source>
      <translation>Kategori di atas dasar</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="74" />
      <source>Peak hours</source>
      <translation>Jam rawan</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="75" />
      <source>At night</source>
      <translation>Malam hari</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="80" />
      <source>No nagari is significantly above its own baseline in this period.</source>
      <translation>Tidak ada nagari yang secara nyata di atas dasarnya sendiri pada periode ini.</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="83" />
      <source>Suggested patrol targets</source>
      <translation>Usulan sasaran patroli</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="88" />
      <source>When</source>
      <translation>Waktu</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="88" />
      <source>Why</source>
      <translation>Alasan</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="91" />
      <source>Plan patrol…</source>
      <translation>Rencanakan patroli…</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/hotspot_panel.py" line="98" />
      <source>Excel list for the Pemda…</source>
      <translation>Daftar Excel untuk Pemda…</translation>
    </message>
  </context>
  <context>
    <name>HoursModel</name>
    <message>
      <location filename="../../ui/community/training_page.py" line="60" />
      <source>Officer</source>
      <translation>Petugas</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="61" />
      <source>NRP</source>
      <translation>NRP</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="62" />
      <source>Rank</source>
      <translation>Pangkat</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="63" />
      <source>Courses</source>
      <translation>Pelatihan</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="64" />
      <source>Hours</source>
      <translation>Jam</translation>
    </message>
  </context>
  <context>
    <name>IdentityPage</name>
    <message>
      <location filename="../../ui/setup/pages.py" line="137" />
      <source>Station identity</source>
      <translation>Identitas kesatuan</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="138" />
      <source>Which station is this? These details appear on every printed document.</source>
      <translation>Kesatuan mana ini? Data ini tercantum pada setiap dokumen yang dicetak.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="143" />
      <source>Polres (district)</source>
      <translation>Polres (kabupaten/kota)</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="144" />
      <source>Polsek (sub-district)</source>
      <translation>Polsek (kecamatan)</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="151" />
      <source>Level:</source>
      <translation>Tingkat:</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="153" />
      <source>Polda (province):</source>
      <translation>Polda (provinsi):</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="155" />
      <source>Resor (district):</source>
      <translation>Resor (kabupaten/kota):</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="157" />
      <source>e.g. Gunung Talang</source>
      <translation>mis. Gunung Talang</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="158" />
      <source>Sector (Polsek only):</source>
      <translation>Sektor (khusus Polsek):</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="161" />
      <source>Station code:</source>
      <translation>Kode kesatuan:</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="163" />
      <source>Street, kabupaten</source>
      <translation>Jalan, kabupaten</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="164" />
      <source>Address:</source>
      <translation>Alamat:</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="167" />
      <source>Written before the date above signatures, e.g. "Arosuka, 3 March 2026".</source>
      <translation>Ditulis sebelum tanggal di atas tanda tangan, mis. "Arosuka, 3 Maret 2026".</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="169" />
      <source>Place for signatures:</source>
      <translation>Tempat penandatanganan:</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="171" />
      <source>Phone:</source>
      <translation>Telepon:</translation>
    </message>
  </context>
  <context>
    <name>IkmExport</name>
    <message>
      <location filename="../../ui/survey/ikm_export.py" line="54" />
      <source>IKM report</source>
      <translation>Laporan IKM</translation>
    </message>
    <message>
      <location filename="../../ui/survey/ikm_export.py" line="55" />
      <source>The report could not be written: %1</source>
      <translation>Laporan tidak dapat dibuat: %1</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="83" />
      <source>Import</source>
      <translation>Impor</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="87" />
      <source>Old report register (Excel)</source>
      <translation>Register laporan lama (Excel)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="88" />
      <source>Paper survey questionnaires (Excel)</source>
      <translation>Kuesioner survei kertas (Excel)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="90" />
      <source>&amp;What</source>
      <translation>&amp;Jenis</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="94" />
      <source>&amp;Browse…</source>
      <translation>&amp;Pilih…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="102" />
      <source>&amp;File</source>
      <translation>&amp;Berkas</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="107" />
      <source>The register import is recorded under your name: confirm it with your password.</source>
      <translation>Impor register dicatat atas nama Anda: konfirmasikan dengan kata sandi Anda.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="112" />
      <source>Your &amp;password</source>
      <translation>&amp;Kata sandi Anda</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="115" />
      <source>Allow numbers far above the &amp;highest stored (counter jump)</source>
      <translation>Izinkan &amp;lompatan nomor (jauh di atas nomor tertinggi)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="119" />
      <source>Check the file first: nothing is stored by a check.</source>
      <translation>Periksa berkasnya dulu: pemeriksaan tidak menyimpan apa pun.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="123" />
      <source>Chec&amp;k (dry run)</source>
      <translation>P&amp;eriksa (uji coba)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="125" />
      <source>&amp;Import</source>
      <translation>&amp;Impor</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="127" />
      <source>&amp;Cancel import</source>
      <translation>Ba&amp;talkan impor</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="151" />
      <source>Choose the workbook</source>
      <translation>Pilih buku kerja</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="151" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="160" />
      <source>Choose the workbook to import.</source>
      <translation>Pilih buku kerja yang akan diimpor.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="162" />
      <source>There is no such file.</source>
      <translation>Berkas itu tidak ada.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="164" />
      <source>Type your password: the import is recorded under your name.</source>
      <translation>Ketik kata sandi Anda: impor dicatat atas nama Anda.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="178" />
      <source>Only a unit head or an admin imports a register.</source>
      <translation>Hanya kepala unit atau admin yang dapat mengimpor register.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="195" />
      <source>Checking the file…</source>
      <translation>Memeriksa berkas…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="195" />
      <source>Importing…</source>
      <translation>Mengimpor…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="210" />
      <source>Cancelling after the current batch…</source>
      <translation>Membatalkan setelah kelompok baris yang sedang ditulis…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="242" />
      <source>checking</source>
      <translation>memeriksa</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="242" />
      <source>importing</source>
      <translation>mengimpor</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="244" />
      <source>%1: %2%3 rows, %4 rows/s</source>
      <translation>%1: %2%3 baris, %4 baris/detik</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="254" />
      <source>Check finished.</source>
      <translation>Pemeriksaan selesai.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="254" />
      <source>Import finished.</source>
      <translation>Impor selesai.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="265" />
      <source>Cancelled; nothing was written.</source>
      <translation>Dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_dialog.py" line="271" />
      <location filename="../../ui/importing/import_dialog.py" line="275" />
      <source>The import stopped: %1</source>
      <translation>Impor berhenti: %1</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_work.py" line="129" />
      <source>Check only (nothing stored): %1 rows would be added.</source>
      <translation>Hanya pemeriksaan (tidak ada yang disimpan): %1 baris akan ditambahkan.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_work.py" line="131" />
      <source>%1 rows added.</source>
      <translation>%1 baris ditambahkan.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_work.py" line="136" />
      <source>Cancelled between batches: importing the file again adds the rest.</source>
      <translation>Dibatalkan di antara kelompok baris: impor ulang berkas ini menambahkan sisanya.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_work.py" line="140" />
      <source>%1 rows imported before (skipped); %2 rows rejected.</source>
      <translation>%1 baris sudah diimpor sebelumnya (dilewati); %2 baris ditolak.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_work.py" line="146" />
      <source>%1 %2: the number counter would move from %3 to %4</source>
      <translation>%1 %2: penghitung nomor akan bergerak dari %3 ke %4</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_work.py" line="148" />
      <source>%1 %2: the number counter moved from %3 to %4</source>
      <translation>%1 %2: penghitung nomor bergerak dari %3 ke %4</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_work.py" line="153" />
      <source>(%1 numbers refused as jumps)</source>
      <translation>(%1 nomor ditolak karena melompat)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_work.py" line="159" />
      <source>Rejected rows:</source>
      <translation>Baris yang ditolak:</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_work.py" line="162" />
      <source>row %1: %2</source>
      <translation>baris %1: %2</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_work.py" line="169" />
      <source>… and %1 more in the rejection workbook.</source>
      <translation>… dan %1 lagi di buku kerja penolakan.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_work.py" line="176" />
      <source>Rejection workbook: %1</source>
      <translation>Buku kerja penolakan: %1</translation>
    </message>
    <message>
      <location filename="../../ui/importing/import_work.py" line="183" />
      <source>The rejection workbook could not be written: %1</source>
      <translation>Buku kerja penolakan tidak dapat ditulis: %1</translation>
    </message>
  </context>
  <context>
    <name>IncidentSection</name>
    <message>
      <location filename="../../ui/reports/incident_section.py" line="47" />
      <source>Jorong, street, landmark</source>
      <translation>Jorong, jalan, patokan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/incident_section.py" line="68" />
      <source>Incident</source>
      <translation>Kejadian</translation>
    </message>
    <message>
      <location filename="../../ui/reports/incident_section.py" line="71" />
      <source>What happened *</source>
      <translation>Peristiwa *</translation>
    </message>
    <message>
      <location filename="../../ui/reports/incident_section.py" line="73" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../ui/reports/incident_section.py" line="74" />
      <source>Time of incident</source>
      <translation>Waktu kejadian</translation>
    </message>
    <message>
      <location filename="../../ui/reports/incident_section.py" line="75" />
      <source>Kecamatan</source>
      <translation>Kecamatan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/incident_section.py" line="76" />
      <source>Nagari</source>
      <translation>Nagari</translation>
    </message>
    <message>
      <location filename="../../ui/reports/incident_section.py" line="77" />
      <source>Place</source>
      <translation>Tempat kejadian</translation>
    </message>
    <message>
      <location filename="../../ui/reports/incident_section.py" line="79" />
      <source>Terlapor (reported party)</source>
      <translation>Terlapor</translation>
    </message>
    <message>
      <location filename="../../ui/reports/incident_section.py" line="81" />
      <source>Witnesses</source>
      <translation>Saksi</translation>
    </message>
    <message>
      <location filename="../../ui/reports/incident_section.py" line="82" />
      <source>Article (pasal)</source>
      <translation>Pasal</translation>
    </message>
    <message>
      <location filename="../../ui/reports/incident_section.py" line="83" />
      <source>Estimated loss</source>
      <translation>Perkiraan kerugian</translation>
    </message>
    <message>
      <location filename="../../ui/reports/incident_section.py" line="116" />
      <source>Offense (tindak pidana) *</source>
      <translation>Tindak pidana *</translation>
    </message>
    <message>
      <location filename="../../ui/reports/incident_section.py" line="117" />
      <source>Subject of the complaint *</source>
      <translation>Perihal pengaduan *</translation>
    </message>
    <message>
      <location filename="../../ui/reports/incident_section.py" line="118" />
      <source>Subject</source>
      <translation>Perihal</translation>
    </message>
  </context>
  <context>
    <name>KioskWindow</name>
    <message>
      <location filename="../../ui/survey/kiosk.py" line="61" />
      <location filename="../../ui/survey/kiosk.py" line="79" />
      <source>Citizen satisfaction survey</source>
      <translation>Survei Kepuasan Masyarakat (IKM)</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk.py" line="100" />
      <source>Officer</source>
      <translation>Petugas</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk.py" line="137" />
      <location filename="../../ui/survey/kiosk.py" line="178" />
      <location filename="../../ui/survey/kiosk.py" line="197" />
      <source>Back</source>
      <translation>Kembali</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk.py" line="172" />
      <source>About you (optional)</source>
      <translation>Tentang Anda (boleh dikosongkan)</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk.py" line="173" />
      <source>Sex</source>
      <translation>Jenis kelamin</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk.py" line="174" />
      <source>Age</source>
      <translation>Usia</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk.py" line="175" />
      <source>Education</source>
      <translation>Pendidikan</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk.py" line="180" />
      <source>Next</source>
      <translation>Lanjut</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk.py" line="186" />
      <source>Occupation</source>
      <translation>Pekerjaan</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk.py" line="187" />
      <source>Service</source>
      <translation>Layanan</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk.py" line="188" />
      <source>Suggestions</source>
      <translation>Saran</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk.py" line="190" />
      <source>Your suggestions or complaints (optional)</source>
      <translation>Saran atau keluhan Anda (boleh dikosongkan)</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk.py" line="199" />
      <source>Send</source>
      <translation>Kirim</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk.py" line="208" />
      <source>Thank you! Your answers help us serve you better.</source>
      <translation>Terima kasih atas penilaian Anda! Jawaban Anda membantu kami melayani dengan lebih baik.</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk_unlock.py" line="52" />
      <source>Officer: enter your NRP and password to leave kiosk mode</source>
      <translation>Petugas: masukkan NRP dan kata sandi untuk keluar dari mode kios</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk_unlock.py" line="57" />
      <source>NRP</source>
      <translation>NRP</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk_unlock.py" line="59" />
      <source>Password</source>
      <translation>Kata sandi</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk_unlock.py" line="69" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk_unlock.py" line="72" />
      <source>Leave kiosk</source>
      <translation>Keluar dari mode kios</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk.py" line="243" />
      <source>Question %1 of %2 — %3</source>
      <translation>Pertanyaan %1 dari %2 — %3</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk.py" line="304" />
      <source>Your answers could not be saved. Please tell the officer at the desk.</source>
      <translation>Mohon maaf, jawaban Anda tidak dapat disimpan. Silakan sampaikan kepada petugas di meja SPKT.</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk_unlock.py" line="112" />
      <source>This account is locked for a while after wrong passwords.</source>
      <translation>Akun ini dikunci sementara karena kata sandi salah berulang kali.</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk_unlock.py" line="117" />
      <source>Wrong NRP or password.</source>
      <translation>NRP atau kata sandi salah.</translation>
    </message>
    <message>
      <location filename="../../ui/survey/kiosk_unlock.py" line="121" />
      <source>Could not check the password: %1</source>
      <translation>Kata sandi tidak dapat diperiksa: %1</translation>
    </message>
  </context>
  <context>
    <name>LetterDialog</name>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="69" />
      <source>Issue SP2HP</source>
      <translation>Terbitkan SP2HP</translation>
    </message>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="69" />
      <source>Issue SP3D</source>
      <translation>Terbitkan SP3D</translation>
    </message>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="82" />
      <source>Addressee (name and address)</source>
      <translation>Penerima surat (nama dan alamat)</translation>
    </message>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="83" />
      <source>Facts</source>
      <translation>Fakta</translation>
    </message>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="84" />
      <source>Actions taken and results</source>
      <translation>Tindakan yang telah dilakukan dan hasilnya</translation>
    </message>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="85" />
      <source>Obstacles</source>
      <translation>Kendala</translation>
    </message>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="86" />
      <source>Next steps</source>
      <translation>Rencana tindak lanjut</translation>
    </message>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="96" />
      <source>Issuing gives the letter its number, logs it as a contact and moves the deadline.</source>
      <translation>Saat diterbitkan, surat mendapat nomor, dicatat sebagai kontak, dan tenggat berikutnya digeser.</translation>
    </message>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="99" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="101" />
      <source>Issue letter</source>
      <translation>Terbitkan surat</translation>
    </message>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="155" />
      <source>Make PDF again</source>
      <translation>Buat ulang PDF</translation>
    </message>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="159" />
      <source>Letter</source>
      <translation>Surat</translation>
    </message>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="160" />
      <source>Letter %1 is issued, but its PDF could not be made: %2</source>
      <translation>Surat %1 sudah diterbitkan, tetapi PDF-nya tidak dapat dibuat: %2</translation>
    </message>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="167" />
      <source>Print letter</source>
      <translation>Cetak surat</translation>
    </message>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="175" />
      <source>Your account may not issue this letter.</source>
      <translation>Akun Anda tidak berwenang menerbitkan surat ini.</translation>
    </message>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="176" />
      <source>This report no longer exists.</source>
      <translation>Laporan ini sudah tidak ada.</translation>
    </message>
    <message>
      <location filename="../../ui/cases/letter_dialog.py" line="177" />
      <source>The letter could not be issued: %1</source>
      <translation>Surat tidak dapat diterbitkan: %1</translation>
    </message>
  </context>
  <context>
    <name>LockDialog</name>
    <message>
      <location filename="../../ui/screen_lock.py" line="97" />
      <source>Sentra Desk — locked</source>
      <translation>Sentra Desk — terkunci</translation>
    </message>
    <message>
      <location filename="../../ui/screen_lock.py" line="101" />
      <source>The desk is locked. The form in progress is kept as it was. Log in to carry on: you, or another officer of this desk.</source>
      <translation>Meja terkunci. Formulir yang sedang diisi tetap seperti semula. Masuk untuk melanjutkan: Anda, atau petugas lain di meja ini.</translation>
    </message>
    <message>
      <location filename="../../ui/screen_lock.py" line="108" />
      <source>Unlock</source>
      <translation>Buka kunci</translation>
    </message>
  </context>
  <context>
    <name>LogModel</name>
    <message>
      <location filename="../../ui/community/training_page.py" line="79" />
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="84" />
      <source>Officer</source>
      <translation>Petugas</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="87" />
      <source>Course</source>
      <translation>Pelatihan</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="88" />
      <source>Hours</source>
      <translation>Jam</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="89" />
      <source>Organiser</source>
      <translation>Penyelenggara</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../ui/login_dialog.py" line="55" />
      <source>Sentra Desk — log in</source>
      <translation>Sentra Desk — masuk</translation>
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="68" />
      <source>Sentra Desk · front desk (SPKT)</source>
      <translation>Sentra Desk · Sentra Pelayanan Kepolisian Terpadu (SPKT)</translation>
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="84" />
      <source>8 digits</source>
      <translation>8 digit</translation>
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="87" />
      <source>NRP:</source>
      <translation>NRP:</translation>
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="88" />
      <source>Password:</source>
      <translation>Kata sandi:</translation>
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="98" />
      <source>Log in</source>
      <translation>Masuk</translation>
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="111" />
      <source>Enter your NRP.</source>
      <translation>Masukkan NRP Anda.</translation>
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="114" />
      <source>Enter your password.</source>
      <translation>Masukkan kata sandi Anda.</translation>
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="139" />
      <source>Too many failed attempts: this account is locked until {time} WIB.</source>
      <translation>Terlalu banyak percobaan gagal: akun ini dikunci sampai pukul {time} WIB.</translation>
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="142" />
      <source>Wrong NRP or password.</source>
      <translation>NRP atau kata sandi salah.</translation>
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="145" />
      <source>Could not log in: {error}</source>
      <translation>Tidak dapat masuk: {error}</translation>
    </message>
  </context>
  <context>
    <name>LostItemsEditor</name>
    <message>
      <location filename="../../ui/reports/lost_items_editor.py" line="37" />
      <source>Qty</source>
      <translation>Jml</translation>
    </message>
    <message>
      <location filename="../../ui/reports/lost_items_editor.py" line="37" />
      <source>Item</source>
      <translation>Barang</translation>
    </message>
    <message>
      <location filename="../../ui/reports/lost_items_editor.py" line="37" />
      <source>Identifying numbers</source>
      <translation>Nomor identitas barang</translation>
    </message>
    <message>
      <location filename="../../ui/reports/lost_items_editor.py" line="54" />
      <source>Insert: add a row · Ctrl+Delete: remove the current row</source>
      <translation>Insert: tambah baris · Ctrl+Delete: hapus baris yang dipilih</translation>
    </message>
    <message>
      <location filename="../../ui/reports/lost_items_editor.py" line="57" />
      <source>Add i&amp;tem</source>
      <translation>&amp;Tambah barang</translation>
    </message>
    <message>
      <location filename="../../ui/reports/lost_items_editor.py" line="60" />
      <source>Remo&amp;ve item</source>
      <translation>&amp;Hapus barang</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="81" />
      <source>Sentra Desk — %1</source>
      <translation>Sentra Desk — %1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="101" />
      <source>New report (Ctrl+N)</source>
      <translation>Laporan baru (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../ui/desk_counts.py" line="33" />
      <source>My queue</source>
      <translation>Antrian saya</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="146" />
      <source>Report</source>
      <translation>Laporan</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="147" />
      <source>Follow-up</source>
      <translation>Penanganan</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="152" />
      <source>Today</source>
      <translation>Hari ini</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="153" />
      <source>All reports</source>
      <translation>Semua laporan</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="167" />
      <source>Signed in: %1 (%2)</source>
      <translation>Masuk sebagai: %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="20" />
      <source>&amp;File</source>
      <translation>&amp;Berkas</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="22" />
      <source>&amp;New report</source>
      <translation>&amp;Laporan baru</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="27" />
      <source>&amp;Print receipt…</source>
      <translation>&amp;Cetak tanda terima…</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="32" />
      <source>Print receipt &amp;directly</source>
      <translation>Cetak tanda terima lan&amp;gsung</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="37" />
      <source>&amp;Open receipt PDF</source>
      <translation>B&amp;uka PDF tanda terima</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="42" />
      <source>&amp;Find report…</source>
      <translation>Ca&amp;ri laporan…</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="47" />
      <source>&amp;Refresh</source>
      <translation>&amp;Muat ulang</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="52" />
      <source>&amp;Quit</source>
      <translation>&amp;Keluar</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="69" />
      <source>&amp;Admin</source>
      <translation>&amp;Admin</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="76" />
      <source>&amp;Community</source>
      <translation>&amp;Komunitas</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="85" />
      <source>Start survey &amp;kiosk…</source>
      <translation>Mulai mode &amp;kios survei…</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="91" />
      <source>&amp;Reports</source>
      <translation>&amp;Laporan</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="98" />
      <source>&amp;Settings</source>
      <translation>Pen&amp;gaturan</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="100" />
      <location filename="../../desktop/app.py" line="242" />
      <source>Language</source>
      <translation>Bahasa</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="105" />
      <source>&amp;Help</source>
      <translation>Bant&amp;uan</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="107" />
      <source>&amp;Shortcuts and how-to</source>
      <translation>&amp;Petunjuk dan pintasan</translation>
    </message>
    <message>
      <location filename="../../ui/main_menus.py" line="113" />
      <source>&amp;About Sentra Desk</source>
      <translation>&amp;Tentang Sentra Desk</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="194" />
      <source>Today, %1</source>
      <translation>Hari ini, %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main_window.py" line="195" />
      <source>%n report(s) received</source>
      <translation>
        <numerusform>%n laporan diterima</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main_window.py" line="242" />
      <source>%n online complaint(s) waiting</source>
      <translation>
        <numerusform>%n pengaduan daring menunggu</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main_window.py" line="245" />
      <source>%n overdue</source>
      <translation>
        <numerusform>%n terlambat</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main_window.py" line="247" />
      <source>%n due this week</source>
      <translation>
        <numerusform>%n jatuh tempo minggu ini</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/desk_form_flow.py" line="56" />
      <source>Saved: %1 — Ctrl+P print preview, Ctrl+Shift+P print at once, Ctrl+O open the PDF.</source>
      <translation>Tersimpan: %1 — Ctrl+P pratinjau cetak, Ctrl+Shift+P cetak langsung, Ctrl+O buka PDF.</translation>
    </message>
    <message>
      <location filename="../../ui/desk_form_flow.py" line="62" />
      <source>Saved (information, no number).</source>
      <translation>Tersimpan (informasi, tanpa nomor).</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="301" />
      <source>About Sentra Desk</source>
      <translation>Tentang Sentra Desk</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="302" />
      <source>Sentra Desk 0.1 — front desk (SPKT) application for police stations.</source>
      <translation>Sentra Desk 0.1 — aplikasi Sentra Pelayanan Kepolisian Terpadu (SPKT) untuk kantor kepolisian.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="308" />
      <source>Quit</source>
      <translation>Keluar</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="308" />
      <source>The open form has unsaved changes. Quit anyway?</source>
      <translation>Formulir yang terbuka memiliki perubahan yang belum disimpan. Tetap keluar?</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="243" />
      <source>The language changes the next time Sentra Desk starts.</source>
      <translation>Bahasa akan berganti saat Sentra Desk dibuka kembali.</translation>
    </message>
    <message>
      <location filename="../../desktop/main_window_wiring.py" line="30" />
      <source>&amp;Officers…</source>
      <translation>&amp;Petugas…</translation>
    </message>
    <message>
      <location filename="../../desktop/main_window_wiring.py" line="31" />
      <source>&amp;Categories…</source>
      <translation>&amp;Kategori…</translation>
    </message>
    <message>
      <location filename="../../desktop/main_window_wiring.py" line="32" />
      <source>&amp;Holidays…</source>
      <translation>&amp;Hari libur…</translation>
    </message>
    <message>
      <location filename="../../desktop/main_window_wiring.py" line="34" />
      <source>Outreach &amp;topics…</source>
      <translation>&amp;Topik penyuluhan…</translation>
    </message>
    <message>
      <location filename="../../desktop/main_window_wiring.py" line="38" />
      <source>&amp;Number patterns…</source>
      <translation>&amp;Format nomor…</translation>
    </message>
    <message>
      <location filename="../../desktop/main_window_wiring.py" line="42" />
      <source>Offence &amp;articles…</source>
      <translation>P&amp;asal tindak pidana…</translation>
    </message>
    <message>
      <location filename="../../desktop/main_window_wiring.py" line="46" />
      <source>S&amp;P2HP cadence…</source>
      <translation>&amp;Jadwal SP2HP…</translation>
    </message>
    <message>
      <location filename="../../desktop/main_window_wiring.py" line="85" />
      <source>&amp;Outreach sessions</source>
      <translation>Kegiatan &amp;binmas</translation>
    </message>
    <message>
      <location filename="../../desktop/main_window_wiring.py" line="88" />
      <source>Satisfaction &amp;survey (IKM)</source>
      <translation>&amp;Survei Kepuasan Masyarakat (IKM)</translation>
    </message>
    <message>
      <location filename="../../desktop/main_window_wiring.py" line="91" />
      <source>&amp;Patrols</source>
      <translation>&amp;Patroli</translation>
    </message>
    <message>
      <location filename="../../desktop/main_window_wiring.py" line="96" />
      <source>CCTV &amp;&amp; &amp;drones</source>
      <translation>CCTV &amp;&amp; &amp;drone</translation>
    </message>
    <message>
      <location filename="../../desktop/main_window_wiring.py" line="101" />
      <source>&amp;Training</source>
      <translation>Pe&amp;latihan</translation>
    </message>
    <message>
      <location filename="../../desktop/main_window_wiring.py" line="114" />
      <source>Crime &amp;analysis</source>
      <translation>&amp;Analisis kejahatan</translation>
    </message>
    <message>
      <location filename="../../desktop/main_window_wiring.py" line="121" />
      <source>&amp;Monthly report (PDF)…</source>
      <translation>Laporan &amp;bulanan (PDF)…</translation>
    </message>
    <message>
      <location filename="../../desktop/main_window_wiring.py" line="127" />
      <source>&amp;Export to Excel…</source>
      <translation>&amp;Ekspor ke Excel…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui_backup.py" line="111" />
      <source>&amp;Back up now</source>
      <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
      <location filename="../../desktop/gui_backup.py" line="115" />
      <source>Second backup fo&amp;lder…</source>
      <translation>Fol&amp;der cadangan kedua…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui_backup.py" line="119" />
      <source>&amp;Restore from a backup…</source>
      <translation>Pu&amp;lihkan dari cadangan…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui_backup.py" line="124" />
      <source>A&amp;udit trail…</source>
      <translation>Jejak a&amp;udit…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui_import.py" line="24" />
      <source>&amp;Import…</source>
      <translation>&amp;Impor…</translation>
    </message>
  </context>
  <context>
    <name>MonthlyReportDialog</name>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="103" />
      <location filename="../../ui/exports/monthly_dialog.py" line="203" />
      <location filename="../../ui/exports/monthly_dialog.py" line="222" />
      <source>Monthly report</source>
      <translation>Laporan bulanan</translation>
    </message>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="123" />
      <source>Internal report (signed by the unit head)</source>
      <translation>Laporan internal (ditandatangani kepala unit)</translation>
    </message>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="124" />
      <source>Public release (aggregate figures only)</source>
      <translation>Rilis publik (hanya angka agregat)</translation>
    </message>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="130" />
      <source>Only a unit head or an admin can make the internal report; you can make the public release.</source>
      <translation>Hanya kepala unit atau admin yang dapat membuat laporan internal; Anda dapat membuat rilis publik.</translation>
    </message>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="143" />
      <source>Save monthly report</source>
      <translation>Simpan laporan bulanan</translation>
    </message>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="143" />
      <source>PDF files (*.pdf)</source>
      <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="148" />
      <source>Month</source>
      <translation>Bulan</translation>
    </message>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="149" />
      <source>Version</source>
      <translation>Versi</translation>
    </message>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="150" />
      <source>Save to</source>
      <translation>Simpan ke</translation>
    </message>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="156" />
      <source>Make report</source>
      <translation>Buat laporan</translation>
    </message>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="153" />
      <source>Open PDF</source>
      <translation>Buka PDF</translation>
    </message>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="154" />
      <source>Print preview</source>
      <translation>Pratinjau cetak</translation>
    </message>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="189" />
      <source>This month has not started yet.</source>
      <translation>Bulan ini belum dimulai.</translation>
    </message>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="202" />
      <source>Making the report…</source>
      <translation>Membuat laporan…</translation>
    </message>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="204" />
      <source>Counting and writing the report…</source>
      <translation>Menghitung dan menulis laporan…</translation>
    </message>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="214" />
      <source>Saved to %1</source>
      <translation>Disimpan ke %1</translation>
    </message>
    <message>
      <location filename="../../ui/exports/monthly_dialog.py" line="232" />
      <source>Print monthly report</source>
      <translation>Cetak laporan bulanan</translation>
    </message>
  </context>
  <context>
    <name>NumberPatternsDialog</name>
    <message>
      <location filename="../../ui/admin/number_patterns_dialog.py" line="33" />
      <source>Number patterns</source>
      <translation>Format nomor</translation>
    </message>
    <message>
      <location filename="../../ui/admin/number_patterns_dialog.py" line="40" />
      <source>Police report (LP model B)</source>
      <translation>Laporan Polisi (LP model B)</translation>
    </message>
    <message>
      <location filename="../../ui/admin/number_patterns_dialog.py" line="41" />
      <source>Public complaint (Dumas)</source>
      <translation>Pengaduan Masyarakat (Dumas)</translation>
    </message>
    <message>
      <location filename="../../ui/admin/number_patterns_dialog.py" line="42" />
      <source>Lost-item report (SKTLK)</source>
      <translation>Laporan kehilangan (SKTLK)</translation>
    </message>
    <message>
      <location filename="../../ui/admin/number_patterns_dialog.py" line="43" />
      <source>Progress letter SP2HP</source>
      <translation>Surat perkembangan SP2HP</translation>
    </message>
    <message>
      <location filename="../../ui/admin/number_patterns_dialog.py" line="44" />
      <source>Progress letter SP3D</source>
      <translation>Surat perkembangan SP3D</translation>
    </message>
    <message>
      <location filename="../../ui/admin/number_patterns_dialog.py" line="48" />
      <source>Placeholders: {n} running number (restarts each year), {month} month in Roman numerals, {year} year. {n} and {year} are required.</source>
      <translation>Penanda: {n} nomor urut (dimulai ulang setiap tahun), {month} bulan dalam angka Romawi, {year} tahun. {n} dan {year} wajib ada.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/number_patterns_dialog.py" line="69" />
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <location filename="../../ui/admin/number_patterns_dialog.py" line="69" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../ui/admin/number_patterns_dialog.py" line="101" />
      <source>Next number: {number}</source>
      <translation>Nomor berikutnya: {number}</translation>
    </message>
  </context>
  <context>
    <name>NumbersPage</name>
    <message>
      <location filename="../../ui/setup/pages.py" line="188" />
      <source>Letterhead and document numbers</source>
      <translation>Kop surat dan nomor dokumen</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="189" />
      <source>Check the letterhead lines and how receipts are numbered.</source>
      <translation>Periksa baris kop surat dan format penomoran tanda terima.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="194" />
      <source>Letterhead:</source>
      <translation>Kop surat:</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="195" />
      <source>Number patterns</source>
      <translation>Format nomor</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="198" />
      <source>{n} is the running number (it restarts every year), {month} the month in Roman numerals and {year} the year.</source>
      <translation>{n} adalah nomor urut (dimulai ulang setiap tahun), {month} bulan dalam angka Romawi, dan {year} tahun.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="209" />
      <source>Police report (LP/B):</source>
      <translation>Laporan Polisi (LP/B):</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="210" />
      <source>Complaint (Dumas):</source>
      <translation>Pengaduan (Dumas):</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="211" />
      <source>Lost items (SKTLK):</source>
      <translation>Kehilangan (SKTLK):</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="232" />
      <source>First number: {number}</source>
      <translation>Nomor pertama: {number}</translation>
    </message>
  </context>
  <context>
    <name>OfficerForm</name>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="58" />
      <source>Add officer</source>
      <translation>Tambah petugas</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="58" />
      <source>Edit officer</source>
      <translation>Ubah data petugas</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="71" />
      <source>8 digits</source>
      <translation>8 digit</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="82" />
      <source>&amp;Name:</source>
      <translation>&amp;Nama:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="83" />
      <source>NR&amp;P:</source>
      <translation>NR&amp;P:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="84" />
      <source>&amp;Rank:</source>
      <translation>Pan&amp;gkat:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="85" />
      <source>&amp;Unit:</source>
      <translation>Sa&amp;tuan:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="86" />
      <source>R&amp;ole:</source>
      <translation>Pe&amp;ran:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="90" />
      <source>at least {n} characters</source>
      <translation>minimal {n} karakter</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="91" />
      <source>Pass&amp;word:</source>
      <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="92" />
      <source>Con&amp;firm password:</source>
      <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="98" />
      <source>&amp;Save</source>
      <translation>&amp;Simpan</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="98" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="111" />
      <source>The two passwords differ.</source>
      <translation>Kedua kata sandi tidak sama.</translation>
    </message>
  </context>
  <context>
    <name>Officers</name>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="43" />
      <source>SPKT officer</source>
      <translation>Petugas SPKT</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="44" />
      <source>Unit head</source>
      <translation>Kepala unit</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="45" />
      <source>Admin</source>
      <translation>Admin</translation>
    </message>
  </context>
  <context>
    <name>OfficersDialog</name>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="73" />
      <source>Officers</source>
      <translation>Petugas</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="95" />
      <source>&amp;Add…</source>
      <translation>&amp;Tambah…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="96" />
      <source>&amp;Edit…</source>
      <translation>&amp;Ubah…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="97" />
      <location filename="../../ui/admin/officers_dialog.py" line="149" />
      <source>&amp;Deactivate</source>
      <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="98" />
      <source>Reset &amp;password…</source>
      <translation>Atur ulang &amp;kata sandi…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="99" />
      <source>&amp;Unlock</source>
      <translation>&amp;Buka kunci</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="100" />
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="128" />
      <source>{n} accounts · {inactive} inactive · {locked} locked</source>
      <translation>{n} akun · {inactive} nonaktif · {locked} terkunci</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="149" />
      <source>&amp;Activate</source>
      <translation>&amp;Aktifkan</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="152" />
      <source>You cannot deactivate your own account.</source>
      <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="190" />
      <source>Deactivate officer</source>
      <translation>Nonaktifkan petugas</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="192" />
      <source>Deactivate {name}? The account can no longer log in; its reports stay as they are.</source>
      <translation>Nonaktifkan {name}? Akun ini tidak dapat masuk lagi; laporan yang dibuatnya tetap tersimpan apa adanya.</translation>
    </message>
  </context>
  <context>
    <name>OfficersModel</name>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="45" />
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="46" />
      <source>NRP</source>
      <translation>NRP</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="47" />
      <source>Rank</source>
      <translation>Pangkat</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="48" />
      <source>Unit</source>
      <translation>Satuan</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="49" />
      <source>Role</source>
      <translation>Peran</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="51" />
      <source>Active</source>
      <translation>Aktif</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="55" />
      <source>Locked</source>
      <translation>Terkunci</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="40" />
      <source>until {time}</source>
      <translation>sampai {time}</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="52" />
      <source>Yes</source>
      <translation>Ya</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officers_dialog.py" line="52" />
      <source>No</source>
      <translation>Tidak</translation>
    </message>
  </context>
  <context>
    <name>OptionalWibDateTime</name>
    <message>
      <location filename="../../ui/widgets/wib_datetime.py" line="28" />
      <source>dd/mm/yyyy hh:mm</source>
      <translation>hh/bb/tttt jj:mm</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/wib_datetime.py" line="29" />
      <source>For example 06/12/2026 20:30, 6-12-2026 20.30 or 061220262030</source>
      <translation>Misalnya 06/12/2026 20:30, 6-12-2026 20.30 atau 061220262030</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/wib_datetime.py" line="32" />
      <source>Unknown</source>
      <translation>Tidak diketahui</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/wib_datetime.py" line="59" />
      <source>There is no such date: type the day, month and year, e.g. 06/12/2026 20:30.</source>
      <translation>Tanggal itu tidak ada: ketik hari, bulan dan tahun, mis. 06/12/2026 20:30.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/wib_datetime.py" line="61" />
      <source>Type the time too, from 00:00 to 23:59, e.g. 06/12/2026 20:30.</source>
      <translation>Ketik juga jamnya, dari 00:00 sampai 23:59, mis. 06/12/2026 20:30.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/wib_datetime.py" line="63" />
      <source>Cannot read this date and time: type it as dd/mm/yyyy hh:mm, e.g. 06/12/2026 20:30.</source>
      <translation>Tanggal dan jam ini tidak terbaca: ketik sebagai hh/bb/tttt jj:mm, mis. 06/12/2026 20:30.</translation>
    </message>
  </context>
  <context>
    <name>OutputFileRow</name>
    <message>
      <location filename="../../ui/exports/output_file.py" line="50" />
      <source>Choose…</source>
      <translation>Pilih…</translation>
    </message>
    <message>
      <location filename="../../ui/exports/output_file.py" line="93" />
      <location filename="../../ui/exports/output_file.py" line="137" />
      <source>Choose where to save the file.</source>
      <translation>Pilih tempat menyimpan berkas.</translation>
    </message>
    <message>
      <location filename="../../ui/exports/output_file.py" line="95" />
      <location filename="../../ui/exports/output_file.py" line="127" />
      <source>This is a folder; choose a file name.</source>
      <translation>Ini sebuah folder; pilih nama berkas.</translation>
    </message>
    <message>
      <location filename="../../ui/exports/output_file.py" line="97" />
      <location filename="../../ui/exports/output_file.py" line="131" />
      <source>The folder %1 does not exist.</source>
      <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
      <location filename="../../ui/exports/output_file.py" line="113" />
      <source>Replace file</source>
      <translation>Ganti berkas</translation>
    </message>
    <message>
      <location filename="../../ui/exports/output_file.py" line="114" />
      <source>%1 already exists. Replace it?</source>
      <translation>%1 sudah ada. Ganti?</translation>
    </message>
    <message>
      <location filename="../../ui/exports/output_file.py" line="122" />
      <source>This is one of the station's own files (database, backups, logs); choose another place.</source>
      <translation>Ini salah satu berkas milik stasiun (basis data, cadangan, log); pilih tempat lain.</translation>
    </message>
    <message>
      <location filename="../../ui/exports/output_file.py" line="129" />
      <source>This is not a regular file; choose another name.</source>
      <translation>Ini bukan berkas biasa; pilih nama lain.</translation>
    </message>
    <message>
      <location filename="../../ui/exports/output_file.py" line="134" />
      <source>This folder cannot be written to; choose another one.</source>
      <translation>Folder ini tidak dapat ditulisi; pilih folder lain.</translation>
    </message>
  </context>
  <context>
    <name>Outreach</name>
    <message>
      <location filename="../../ui/outreach/__init__.py" line="11" />
      <source>Penyuluhan (talk)</source>
      <translation>Penyuluhan</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/__init__.py" line="12" />
      <source>Sambang / DDS (door to door)</source>
      <translation>Sambang / DDS</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/__init__.py" line="13" />
      <source>Problem solving / mediation</source>
      <translation>Problem solving</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/__init__.py" line="14" />
      <source>Deteksi dini (early detection)</source>
      <translation>Deteksi dini</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/__init__.py" line="15" />
      <source>Open dialogue (Jumat Curhat)</source>
      <translation>Dialog terbuka (Jumat Curhat)</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/__init__.py" line="22" />
      <source>Pemda</source>
      <translation>Pemda</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/__init__.py" line="23" />
      <source>LSM</source>
      <translation>LSM</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/__init__.py" line="24" />
      <source>Tokoh adat</source>
      <translation>Tokoh adat</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/__init__.py" line="25" />
      <source>Tokoh agama</source>
      <translation>Tokoh agama</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/__init__.py" line="26" />
      <source>Sekolah</source>
      <translation>Sekolah</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/__init__.py" line="27" />
      <source>Pemuda</source>
      <translation>Pemuda</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/__init__.py" line="28" />
      <source>Other</source>
      <translation>Lainnya</translation>
    </message>
  </context>
  <context>
    <name>OutreachPage</name>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="89" />
      <source>All dates</source>
      <translation>Semua tanggal</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="89" />
      <source>This month</source>
      <translation>Bulan ini</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="89" />
      <source>Last month</source>
      <translation>Bulan lalu</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="90" />
      <source>Last 90 days</source>
      <translation>90 hari terakhir</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="90" />
      <source>This year</source>
      <translation>Tahun ini</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="93" />
      <source>All kinds</source>
      <translation>Semua jenis</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="95" />
      <source>All kecamatan</source>
      <translation>Semua kecamatan</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="100" />
      <source>Search venue, concerns, notes…</source>
      <translation>Cari tempat, keluhan warga, catatan…</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="117" />
      <source>New session…</source>
      <translation>Kegiatan baru…</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="119" />
      <source>Edit…</source>
      <translation>Ubah…</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="121" />
      <source>Add photo…</source>
      <translation>Tambah foto…</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="165" />
      <source>New follow-up promised</source>
      <translation>Tindak lanjut baru yang dijanjikan</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="166" />
      <source>Add</source>
      <translation>Tambah</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="176" />
      <source>&lt;b&gt;Photos&lt;/b&gt; (double-click to enlarge)</source>
      <translation>&lt;b&gt;Foto&lt;/b&gt; (klik dua kali untuk memperbesar)</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="178" />
      <source>&lt;b&gt;Follow-ups promised&lt;/b&gt; (tick when done)</source>
      <translation>&lt;b&gt;Tindak lanjut yang dijanjikan&lt;/b&gt; (centang jika sudah selesai)</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="199" />
      <source>All topics</source>
      <translation>Semua topik</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="229" />
      <source>%1 sessions</source>
      <translation>%1 kegiatan</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="272" />
      <source>No session chosen.</source>
      <translation>Belum ada kegiatan yang dipilih.</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="285" />
      <source>due %1</source>
      <translation>jatuh tempo %1</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="287" />
      <source>done %1 by %2</source>
      <translation>selesai %1 oleh %2</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="299" />
      <source>When</source>
      <translation>Waktu</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="300" />
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="301" />
      <source>Place</source>
      <translation>Tempat</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="302" />
      <source>Target groups</source>
      <translation>Sasaran</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="304" />
      <source>Attendance</source>
      <translation>Peserta</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="305" />
      <source>%1 men, %2 women</source>
      <translation>%1 laki-laki, %2 perempuan</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="309" />
      <source>Topics</source>
      <translation>Topik</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="310" />
      <source>Officers who spoke</source>
      <translation>Petugas narasumber</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="312" />
      <source>Partners</source>
      <translation>Mitra</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="315" />
      <source>Residents' concerns</source>
      <translation>Keluhan warga</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="316" />
      <source>Notes</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_page.py" line="317" />
      <source>Recorded by</source>
      <translation>Dicatat oleh</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_actions.py" line="44" />
      <source>Something went wrong; see the log.</source>
      <translation>Terjadi kesalahan; lihat log.</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_actions.py" line="66" />
      <source>Add photo</source>
      <translation>Tambah foto</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_actions.py" line="68" />
      <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
      <translation>Foto (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
  </context>
  <context>
    <name>PageHost</name>
    <message>
      <location filename="../../ui/page_host.py" line="19" />
      <source>← Back to the desk (Esc)</source>
      <translation>← Kembali ke meja SPKT (Esc)</translation>
    </message>
  </context>
  <context>
    <name>PartnerDialog</name>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="332" />
      <source>Add partner</source>
      <translation>Tambah mitra</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="339" />
      <source>Phone or person to ask for</source>
      <translation>Telepon atau nama orang yang dapat dihubungi</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="341" />
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="342" />
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="343" />
      <source>Contact</source>
      <translation>Kontak</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="348" />
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="349" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="373" />
      <source>Not saved</source>
      <translation>Tidak tersimpan</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="373" />
      <source>The partner could not be saved.</source>
      <translation>Mitra tidak dapat disimpan.</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="147" />
      <source>Reset password</source>
      <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="150" />
      <source>New password for {name} (NRP {nrp}). Tell it to the officer in person.</source>
      <translation>Kata sandi baru untuk {name} (NRP {nrp}). Sampaikan langsung kepada petugas yang bersangkutan.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="156" />
      <source>at least {n} characters</source>
      <translation>minimal {n} karakter</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="158" />
      <source>New pass&amp;word:</source>
      <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="159" />
      <source>Con&amp;firm password:</source>
      <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="165" />
      <source>&amp;Set password</source>
      <translation>&amp;Tetapkan kata sandi</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="165" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../ui/admin/officer_form.py" line="172" />
      <source>The two passwords differ.</source>
      <translation>Kedua kata sandi tidak sama.</translation>
    </message>
  </context>
  <context>
    <name>PatrolDialog</name>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="194" />
      <source>Edit patrol</source>
      <translation>Ubah patroli</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="194" />
      <source>New patrol</source>
      <translation>Patroli baru</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="211" />
      <source>ends the next day</source>
      <translation>berakhir keesokan harinya</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="221" />
      <source>Add to route</source>
      <translation>Tambahkan ke rute</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="226" />
      <source>Up</source>
      <translation>Naikkan</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="227" />
      <source>Down</source>
      <translation>Turunkan</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="228" />
      <source>Remove</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="257" />
      <source>What was seen or done along the route</source>
      <translation>Apa yang ditemukan atau dilakukan di sepanjang rute</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="259" />
      <source>Date and time</source>
      <translation>Tanggal dan jam</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="263" />
      <source>Mode</source>
      <translation>Moda</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="264" />
      <source>Route</source>
      <translation>Rute</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="265" />
      <source>Officers</source>
      <translation>Petugas</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="266" />
      <source>Findings</source>
      <translation>Temuan</translation>
    </message>
  </context>
  <context>
    <name>Patrols</name>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="47" />
      <source>On foot</source>
      <translation>Jalan kaki</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="48" />
      <source>Motorbike</source>
      <translation>Sepeda motor</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="49" />
      <source>Car</source>
      <translation>Mobil</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="50" />
      <source>Drone</source>
      <translation>Drone</translation>
    </message>
  </context>
  <context>
    <name>PatrolsModel</name>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="66" />
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="71" />
      <source>Time (WIB)</source>
      <translation>Jam (WIB)</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="75" />
      <source>Route</source>
      <translation>Rute</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="76" />
      <source>Mode</source>
      <translation>Moda</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="78" />
      <source>Officers</source>
      <translation>Petugas</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="82" />
      <source>Findings</source>
      <translation>Temuan</translation>
    </message>
  </context>
  <context>
    <name>PatrolsPage</name>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="107" />
      <source>All modes</source>
      <translation>Semua moda</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="108" />
      <source>New patrol…</source>
      <translation>Patroli baru…</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="109" />
      <source>Edit…</source>
      <translation>Ubah…</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="114" />
      <source>Kecamatan</source>
      <translation>Kecamatan</translation>
    </message>
    <message>
      <location filename="../../ui/community/patrols_page.py" line="116" />
      <source>Nagari</source>
      <translation>Nagari</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/community/patrols_page.py" line="155" />
      <source>%n patrol(s)</source>
      <translation>
        <numerusform>%n patroli</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PeriodBar</name>
    <message>
      <location filename="../../ui/community/__init__.py" line="57" />
      <source>From</source>
      <translation>Dari</translation>
    </message>
    <message>
      <location filename="../../ui/community/__init__.py" line="59" />
      <source>to</source>
      <translation>sampai</translation>
    </message>
  </context>
  <context>
    <name>PeriodPicker</name>
    <message>
      <location filename="../../ui/analysis/period.py" line="47" />
      <source>This month</source>
      <translation>Bulan ini</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/period.py" line="48" />
      <source>Last month</source>
      <translation>Bulan lalu</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/period.py" line="49" />
      <source>This year</source>
      <translation>Tahun ini</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/period.py" line="50" />
      <source>Custom range</source>
      <translation>Rentang pilihan</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/period.py" line="57" />
      <source>&amp;Period</source>
      <translation>&amp;Periode</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/period.py" line="63" />
      <source>From</source>
      <translation>Dari</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/period.py" line="65" />
      <source>to</source>
      <translation>sampai</translation>
    </message>
    <message>
      <location filename="../../ui/analysis/period.py" line="126" />
      <source>The period ends before it starts.</source>
      <translation>Periode berakhir sebelum dimulai.</translation>
    </message>
  </context>
  <context>
    <name>PhotoDialog</name>
    <message>
      <location filename="../../ui/outreach/photos.py" line="29" />
      <source>Photo</source>
      <translation>Foto</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/photos.py" line="45" />
      <source>Open in photo viewer</source>
      <translation>Buka di penampil foto</translation>
    </message>
  </context>
  <context>
    <name>PolicyDialogs</name>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="35" />
      <source>First letter (A1)</source>
      <translation>Surat pertama (A1)</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="36" />
      <source>Light</source>
      <translation>Ringan</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="37" />
      <source>Medium</source>
      <translation>Sedang</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="38" />
      <source>Difficult</source>
      <translation>Sulit</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="39" />
      <source>Very difficult</source>
      <translation>Sangat sulit</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="104" />
      <source>&amp;Edit…</source>
      <translation>&amp;Ubah…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="107" />
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="162" />
      <source>Offence articles</source>
      <translation>Pasal tindak pidana</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="163" />
      <source>Receipts print the article of the code in force on the incident date: UU 1/2023 from 2 January 2026, the old KUHP before. Fill in only articles checked against the text, with where they were checked.</source>
      <translation>Tanda terima mencetak pasal dari KUHP yang berlaku pada tanggal kejadian: UU 1/2023 sejak 2 Januari 2026, KUHP lama sebelumnya. Isi hanya pasal yang sudah dicocokkan dengan teks undang-undang, beserta sumber pengecekannya.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="170" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="171" />
      <source>UU 1/2023</source>
      <translation>UU 1/2023</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="172" />
      <source>Old KUHP</source>
      <translation>KUHP lama</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="173" />
      <location filename="../../ui/admin/policy_dialogs.py" line="238" />
      <source>Source</source>
      <translation>Sumber</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="192" />
      <source>Article in UU 1/2023:</source>
      <translation>Pasal dalam UU 1/2023:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="197" />
      <source>Article in the old KUHP:</source>
      <translation>Pasal dalam KUHP lama:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="200" />
      <source>Checked at (source):</source>
      <translation>Dicek pada (sumber):</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="229" />
      <source>SP2HP cadence</source>
      <translation>Jadwal SP2HP</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="230" />
      <source>Calendar days after the report on which a progress letter (SP2HP) is due. A change recomputes every open case's deadline and is kept in the audit trail.</source>
      <translation>Hari kalender sejak laporan saat SP2HP jatuh tempo. Perubahan menghitung ulang tenggat setiap perkara yang masih terbuka dan dicatat di jejak audit.</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="236" />
      <source>Tier</source>
      <translation>Tingkat</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="237" />
      <source>Days</source>
      <translation>Hari</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="257" />
      <source>Calendar days (e.g. 10, 20, 30):</source>
      <translation>Hari kalender (mis. 10, 20, 30):</translation>
    </message>
    <message>
      <location filename="../../ui/admin/policy_dialogs.py" line="260" />
      <source>Regulation or page:</source>
      <translation>Peraturan atau halaman:</translation>
    </message>
  </context>
  <context>
    <name>ProblemsDialog</name>
    <message>
      <location filename="../../ui/sync/problems_dialog.py" line="24" />
      <source>Sync problems</source>
      <translation>Masalah sinkronisasi</translation>
    </message>
    <message>
      <location filename="../../ui/sync/problems_dialog.py" line="27" />
      <source>Received rows that clash with a record at this desk are kept and tried again at every sync until they fit (for example once the duplicate record is corrected). Renumbered reports need their receipt printed again; mark them when that is done.</source>
      <translation>Data diterima yang berbenturan dengan data di meja ini disimpan dan dicoba lagi pada setiap sinkronisasi sampai dapat diterapkan (misalnya setelah data gandanya diperbaiki). Laporan yang diberi nomor baru perlu dicetak ulang tanda terimanya; tandai setelah selesai.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/problems_dialog.py" line="32" />
      <source>What</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <location filename="../../ui/sync/problems_dialog.py" line="33" />
      <source>Record</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../ui/sync/problems_dialog.py" line="34" />
      <source>Reason</source>
      <translation>Alasan</translation>
    </message>
    <message>
      <location filename="../../ui/sync/problems_dialog.py" line="35" />
      <source>Tries</source>
      <translation>Percobaan</translation>
    </message>
    <message>
      <location filename="../../ui/sync/problems_dialog.py" line="36" />
      <source>Since</source>
      <translation>Sejak</translation>
    </message>
    <message>
      <location filename="../../ui/sync/problems_dialog.py" line="38" />
      <source>No open sync problems.</source>
      <translation>Tidak ada masalah sinkronisasi yang terbuka.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/problems_dialog.py" line="21" />
      <source>&amp;Receipt printed again</source>
      <translation>&amp;Tanda terima sudah dicetak ulang</translation>
    </message>
    <message>
      <location filename="../../ui/sync/problems_dialog.py" line="52" />
      <source>Renumbered</source>
      <translation>Nomor diganti</translation>
    </message>
    <message>
      <location filename="../../ui/sync/problems_dialog.py" line="56" />
      <source>Not applied</source>
      <translation>Belum diterapkan</translation>
    </message>
  </context>
  <context>
    <name>ProgressTask</name>
    <message>
      <location filename="../../ui/widgets/progress_task.py" line="56" />
      <source>It could not be finished: %1</source>
      <translation>Tidak dapat diselesaikan: %1</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/progress_task.py" line="86" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
  </context>
  <context>
    <name>ReceiptActions</name>
    <message>
      <location filename="../../ui/reports/receipt_actions.py" line="101" />
      <source>Receipt</source>
      <translation>Tanda terima</translation>
    </message>
    <message>
      <location filename="../../ui/reports/receipt_actions.py" line="102" />
      <source>The receipt could not be made: %1</source>
      <translation>Tanda terima tidak dapat dibuat: %1</translation>
    </message>
    <message>
      <location filename="../../ui/reports/receipt_actions.py" line="118" />
      <source>Open PDF</source>
      <translation>Buka PDF</translation>
    </message>
    <message>
      <location filename="../../ui/reports/receipt_actions.py" line="119" />
      <source>No PDF viewer opened the receipt. The file is saved here:
%1</source>
      <translation>Tidak ada penampil PDF yang membuka tanda terima. Berkasnya tersimpan di:
%1</translation>
    </message>
    <message>
      <location filename="../../ui/reports/receipt_actions.py" line="125" />
      <source>Install a PDF viewer, or open the file from the folder; Ctrl+P prints it from here.</source>
      <translation>Pasang penampil PDF, atau buka berkas dari foldernya; Ctrl+P mencetaknya dari sini.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/receipt_actions.py" line="138" />
      <source>No default printer is set up on this computer. The receipt is saved here:
%1</source>
      <translation>Komputer ini belum punya printer bawaan. Tanda terima tersimpan di:
%1</translation>
    </message>
    <message>
      <location filename="../../ui/reports/receipt_actions.py" line="140" />
      <location filename="../../ui/reports/receipt_actions.py" line="153" />
      <source>Print receipt</source>
      <translation>Cetak tanda terima</translation>
    </message>
    <message>
      <location filename="../../ui/reports/receipt_actions.py" line="144" />
      <source>Receipt sent to the printer %1.</source>
      <translation>Tanda terima dikirim ke printer %1.</translation>
    </message>
  </context>
  <context>
    <name>ReportChannel</name>
    <message>
      <location filename="../../ui/labels.py" line="22" />
      <source>Walk-in</source>
      <translation>Datang langsung</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="23" />
      <source>Phone</source>
      <translation>Telepon</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="24" />
      <source>Online</source>
      <translation>Daring</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="25" />
      <source>Social media</source>
      <translation>Media sosial</translation>
    </message>
  </context>
  <context>
    <name>ReportDetail</name>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="49" />
      <source>Print receipt (Ctrl+P)</source>
      <translation>Cetak tanda terima (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="50" />
      <source>Open PDF</source>
      <translation>Buka PDF</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="51" />
      <source>Edit</source>
      <translation>Ubah</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="53" />
      <source>Take up and number</source>
      <translation>Terima dan beri nomor</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="55" />
      <source>Give this complaint its official number so its receipt can be printed</source>
      <translation>Beri pengaduan ini nomor resmi agar tanda terimanya dapat dicetak</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="58" />
      <source>Show NIK and phone</source>
      <translation>Tampilkan NIK dan telepon</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="59" />
      <source>Shows the full NIK and phone number; this is recorded</source>
      <translation>Menampilkan NIK dan nomor telepon lengkap; tindakan ini dicatat</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="90" />
      <source>Take up</source>
      <translation>Terima pengaduan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="119" />
      <source>Select a report to see it here.</source>
      <translation>Pilih laporan untuk melihat rinciannya di sini.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="125" />
      <source>Information (no number)</source>
      <translation>Informasi (tanpa nomor)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="127" />
      <source>%1 — not numbered yet</source>
      <translation>%1 — belum bernomor</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="131" />
      <source>VOID — %1</source>
      <translation>DIBATALKAN — %1</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="148" />
      <source>Void</source>
      <translation>Dibatalkan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="149" />
      <source>Received</source>
      <translation>Diterima</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="150" />
      <source>Received by</source>
      <translation>Diterima oleh</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="151" />
      <source>Reporter</source>
      <translation>Pelapor</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="152" />
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="153" />
      <source>Address</source>
      <translation>Alamat</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="154" />
      <source>Phone</source>
      <translation>Telepon</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="155" />
      <source>What happened</source>
      <translation>Peristiwa</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="156" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="158" />
      <source>Incident time</source>
      <translation>Waktu kejadian</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="163" />
      <source>Incident place</source>
      <translation>Tempat kejadian</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="164" />
      <source>Reported party</source>
      <translation>Terlapor</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="165" />
      <source>Witnesses</source>
      <translation>Saksi</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="166" />
      <source>Article</source>
      <translation>Pasal</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="168" />
      <source>Estimated loss</source>
      <translation>Perkiraan kerugian</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="183" />
      <source>Lost items</source>
      <translation>Barang yang hilang</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="185" />
      <source>Chronology</source>
      <translation>Uraian singkat kejadian</translation>
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="200" />
      <source>History</source>
      <translation>Riwayat</translation>
    </message>
  </context>
  <context>
    <name>ReportForm</name>
    <message>
      <location filename="../../ui/reports/report_form.py" line="113" />
      <source>Lost items *</source>
      <translation>Barang yang hilang *</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="133" />
      <location filename="../../ui/reports/report_form.py" line="305" />
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="136" />
      <source>Ctrl+S or Ctrl+Enter</source>
      <translation>Ctrl+S atau Ctrl+Enter</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="138" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="140" />
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="142" />
      <source>* required · Ctrl+S saves · Esc cancels</source>
      <translation>* wajib diisi · Ctrl+S menyimpan · Esc membatalkan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="204" />
      <source>Notes</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="204" />
      <source>Chronology *</source>
      <translation>Uraian singkat kejadian *</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="257" />
      <location filename="../../ui/reports/report_form.py" line="300" />
      <source>Save report</source>
      <translation>Simpan laporan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="257" />
      <source>Nobody is logged in.</source>
      <translation>Tidak ada petugas yang masuk.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="296" />
      <source>You may not edit this report.</source>
      <translation>Anda tidak berwenang mengubah laporan ini.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="299" />
      <source>The report could not be saved: {error}</source>
      <translation>Laporan tidak dapat disimpan: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="305" />
      <source>Saving…</source>
      <translation>Menyimpan…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="315" />
      <source>Discard report</source>
      <translation>Buang laporan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="315" />
      <source>Discard what you typed in this report?</source>
      <translation>Buang semua isian yang sudah diketik pada laporan ini?</translation>
    </message>
  </context>
  <context>
    <name>ReportFormHeader</name>
    <message>
      <location filename="../../ui/reports/report_form_header.py" line="20" />
      <source>New report</source>
      <translation>Laporan baru</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form_header.py" line="22" />
      <source>Edit report {number}</source>
      <translation>Ubah laporan {number}</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form_header.py" line="28" />
      <source>Police report (LP model B)</source>
      <translation>Laporan Polisi (LP model B)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form_header.py" line="29" />
      <source>Complaint (Dumas)</source>
      <translation>Pengaduan Masyarakat (Dumas)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form_header.py" line="30" />
      <source>Lost item (SKTLK)</source>
      <translation>Kehilangan (SKTLK)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form_header.py" line="31" />
      <source>Information / consultation</source>
      <translation>Informasi / konsultasi</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form_header.py" line="36" />
      <source>Walk-in</source>
      <translation>Datang langsung</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form_header.py" line="37" />
      <source>Phone</source>
      <translation>Telepon</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form_header.py" line="38" />
      <source>Online</source>
      <translation>Daring</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form_header.py" line="39" />
      <source>Social media</source>
      <translation>Media sosial</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form_header.py" line="46" />
      <source>&amp;Kind</source>
      <translation>&amp;Jenis</translation>
    </message>
    <message>
      <location filename="../../ui/reports/report_form_header.py" line="48" />
      <source>Channe&amp;l</source>
      <translation>&amp;Saluran</translation>
    </message>
  </context>
  <context>
    <name>ReportHistory</name>
    <message>
      <location filename="../../ui/reports/history_text.py" line="20" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="21" />
      <source>Forwarded to</source>
      <translation>Dilimpahkan ke</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="22" />
      <source>Complaint outcome</source>
      <translation>Hasil pengaduan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="23" />
      <location filename="../../ui/reports/history_text.py" line="24" />
      <source>Reason</source>
      <translation>Alasan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="25" />
      <source>Next deadline</source>
      <translation>Batas waktu berikutnya</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="26" />
      <source>Next letter due</source>
      <translation>Surat berikutnya</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="27" />
      <source>Handled by</source>
      <translation>Ditangani oleh</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="28" />
      <source>Difficulty</source>
      <translation>Tingkat kesulitan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="29" />
      <source>Clock paused since</source>
      <translation>Jam dihentikan sejak</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="30" />
      <source>Working days paused</source>
      <translation>Hari kerja dihentikan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="31" />
      <source>Voided at</source>
      <translation>Dibatalkan pada</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="32" />
      <source>Voided by</source>
      <translation>Dibatalkan oleh</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="33" />
      <source>Reason for voiding</source>
      <translation>Alasan pembatalan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="34" />
      <source>Number</source>
      <translation>Nomor</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="35" />
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="36" />
      <source>Channel</source>
      <translation>Saluran</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="37" />
      <source>What happened</source>
      <translation>Kejadian</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="38" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="39" />
      <source>Incident time</source>
      <translation>Waktu kejadian</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="40" />
      <source>Kecamatan</source>
      <translation>Kecamatan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="41" />
      <source>Nagari</source>
      <translation>Nagari</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="42" />
      <source>Incident place</source>
      <translation>Tempat kejadian</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="43" />
      <source>Chronology</source>
      <translation>Kronologi</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="44" />
      <source>Reported party</source>
      <translation>Terlapor</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="45" />
      <source>Witnesses</source>
      <translation>Saksi</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="46" />
      <source>Article</source>
      <translation>Pasal</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="47" />
      <source>Estimated loss</source>
      <translation>Perkiraan kerugian</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="48" />
      <source>Lost items</source>
      <translation>Barang hilang</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="49" />
      <source>Reporter</source>
      <translation>Pelapor</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="50" />
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="51" />
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="52" />
      <source>Sex</source>
      <translation>Jenis kelamin</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="53" />
      <source>Birth date</source>
      <translation>Tanggal lahir</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="54" />
      <source>Address</source>
      <translation>Alamat</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="55" />
      <source>Phone</source>
      <translation>Telepon</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="56" />
      <source>Occupation</source>
      <translation>Pekerjaan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="57" />
      <source>Religion</source>
      <translation>Agama</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="58" />
      <source>Birth place</source>
      <translation>Tempat lahir</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="59" />
      <source>Nationality</source>
      <translation>Kewarganegaraan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="95" />
      <source>Light</source>
      <translation>Ringan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="96" />
      <source>Medium</source>
      <translation>Sedang</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="97" />
      <source>Difficult</source>
      <translation>Sulit</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="100" />
      <source>Clarification</source>
      <translation>Klarifikasi</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="103" />
      <source>Male</source>
      <translation>Laki-laki</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="104" />
      <source>Female</source>
      <translation>Perempuan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="115" />
      <source>reporter's data changed</source>
      <translation>data pelapor diubah</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="117" />
      <source>received</source>
      <translation>diterima</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="118" />
      <source>edited</source>
      <translation>diubah</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="119" />
      <source>status changed</source>
      <translation>status diubah</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="120" />
      <source>assigned</source>
      <translation>ditugaskan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="121" />
      <source>difficulty set</source>
      <translation>tingkat kesulitan ditetapkan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="122" />
      <source>deadline clock paused</source>
      <translation>jam batas waktu dihentikan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="123" />
      <source>deadline clock resumed</source>
      <translation>jam batas waktu dilanjutkan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="124" />
      <source>deadline moved by a letter</source>
      <translation>batas waktu bergeser karena surat</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="125" />
      <source>voided</source>
      <translation>dibatalkan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="126" />
      <source>taken up and numbered</source>
      <translation>diambil dan diberi nomor</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="127" />
      <source>changed</source>
      <translation>diubah</translation>
    </message>
    <message>
      <location filename="../../ui/reports/history_text.py" line="144" />
      <source>Note</source>
      <translation>Catatan</translation>
    </message>
  </context>
  <context>
    <name>ReportKind</name>
    <message>
      <location filename="../../ui/labels.py" line="12" />
      <source>LP model B</source>
      <translation>LP model B</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="13" />
      <source>Dumas complaint</source>
      <translation>Pengaduan (Dumas)</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="14" />
      <source>Lost item (SKTLK)</source>
      <translation>Kehilangan (SKTLK)</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="15" />
      <source>Information</source>
      <translation>Informasi</translation>
    </message>
  </context>
  <context>
    <name>ReportListModel</name>
    <message>
      <location filename="../../ui/reports/list_model.py" line="197" />
      <source>Number</source>
      <translation>Nomor</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_model.py" line="198" />
      <source>Received</source>
      <translation>Diterima</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_model.py" line="199" />
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_model.py" line="200" />
      <source>Citizen</source>
      <translation>Pelapor</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_model.py" line="201" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_model.py" line="202" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_model.py" line="203" />
      <source>Assigned to</source>
      <translation>Petugas penanganan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_model.py" line="204" />
      <source>Next deadline</source>
      <translation>Tenggat berikutnya</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_model.py" line="238" />
      <source>Void</source>
      <translation>Dibatalkan</translation>
    </message>
  </context>
  <context>
    <name>ReportListPage</name>
    <message>
      <location filename="../../ui/reports/list_page.py" line="103" />
      <source>Search number, name, NIK, phone, chronology…</source>
      <translation>Cari nomor, nama, NIK, telepon, uraian…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="113" />
      <source>All time</source>
      <translation>Semua waktu</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="114" />
      <source>Today</source>
      <translation>Hari ini</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="115" />
      <source>Last 7 days</source>
      <translation>7 hari terakhir</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="116" />
      <source>This month</source>
      <translation>Bulan ini</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="117" />
      <source>This year</source>
      <translation>Tahun ini</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="118" />
      <source>From – to</source>
      <translation>Dari – sampai</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="132" />
      <source>All kinds</source>
      <translation>Semua jenis</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="133" />
      <source>All statuses</source>
      <translation>Semua status</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="134" />
      <source>All channels</source>
      <translation>Semua saluran</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="136" />
      <source>All categories</source>
      <translation>Semua kategori</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="138" />
      <source>All officers</source>
      <translation>Semua petugas</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="140" />
      <source>All kecamatan</source>
      <translation>Semua kecamatan</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="143" />
      <source>Overdue</source>
      <translation>Terlambat</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="143" />
      <source>Due this week</source>
      <translation>Jatuh tempo minggu ini</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="145" />
      <source>Any deadline</source>
      <translation>Semua tenggat</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="147" />
      <source>Assigned to me</source>
      <translation>Ditugaskan kepada saya</translation>
    </message>
    <message>
      <location filename="../../ui/reports/list_page.py" line="326" />
      <source>Counting…</source>
      <translation>Menghitung…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/reports/list_page.py" line="328" />
      <source>%n report(s)</source>
      <translation>
        <numerusform>%n laporan</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RestorativeDialog</name>
    <message>
      <location filename="../../ui/cases/restorative_dialog.py" line="37" />
      <source>Closed by restorative justice</source>
      <translation>Selesai melalui keadilan restoratif</translation>
    </message>
    <message>
      <location filename="../../ui/cases/restorative_dialog.py" line="41" />
      <source>Selesai — keadilan restoratif (KUHAP 2025, Pasal 79-88): the parties reached an agreement. It counts as a cleared case (CC).</source>
      <translation>Selesai — keadilan restoratif (KUHAP 2025, Pasal 79-88): para pihak mencapai kesepakatan. Dihitung sebagai perkara selesai (CC).</translation>
    </message>
    <message>
      <location filename="../../ui/cases/restorative_dialog.py" line="53" />
      <source>What the parties agreed and stated (e.g. compensation paid, report withdrawn)</source>
      <translation>Apa yang disepakati dan dinyatakan para pihak (mis. ganti rugi dibayar, laporan dicabut)</translation>
    </message>
    <message>
      <location filename="../../ui/cases/restorative_dialog.py" line="55" />
      <source>Date of the agreement:</source>
      <translation>Tanggal kesepakatan:</translation>
    </message>
    <message>
      <location filename="../../ui/cases/restorative_dialog.py" line="57" />
      <source>Parties' statement:</source>
      <translation>Pernyataan para pihak:</translation>
    </message>
  </context>
  <context>
    <name>ScreenLock</name>
    <message>
      <location filename="../../ui/screen_lock.py" line="242" />
      <source>Lock after inactivity</source>
      <translation>Kunci bila tidak dipakai</translation>
    </message>
    <message>
      <location filename="../../ui/screen_lock.py" line="243" />
      <source>Lock the desk after this many minutes without use:</source>
      <translation>Kunci meja setelah sekian menit tidak dipakai:</translation>
    </message>
    <message>
      <location filename="../../ui/screen_lock.py" line="255" />
      <source>&amp;Log out / switch user</source>
      <translation>&amp;Keluar / ganti pengguna</translation>
    </message>
    <message>
      <location filename="../../ui/screen_lock.py" line="258" />
      <source>Lock after &amp;inactivity…</source>
      <translation>Kunci bila &amp;tidak dipakai…</translation>
    </message>
  </context>
  <context>
    <name>SessionDialog</name>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="95" />
      <source>Edit outreach session</source>
      <translation>Ubah kegiatan binmas</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="95" />
      <source>New outreach session</source>
      <translation>Kegiatan binmas baru</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="112" />
      <source>e.g. Aula Kantor Wali Nagari, Masjid Raya</source>
      <translation>mis. Aula Kantor Wali Nagari, Masjid Raya</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="115" />
      <source>e.g. pelajar, ibu-ibu PKK, pemuda</source>
      <translation>mis. pelajar, ibu-ibu PKK, pemuda</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="121" />
      <source>Men</source>
      <translation>Laki-laki</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="121" />
      <source>Women</source>
      <translation>Perempuan</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="138" />
      <source>Date and time</source>
      <translation>Tanggal dan jam</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="139" />
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="140" />
      <source>Kecamatan</source>
      <translation>Kecamatan</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="141" />
      <source>Nagari</source>
      <translation>Nagari</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="142" />
      <source>Jorong</source>
      <translation>Jorong</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="143" />
      <source>Venue</source>
      <translation>Tempat</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="144" />
      <source>Target groups</source>
      <translation>Sasaran</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="145" />
      <source>Attendance</source>
      <translation>Peserta</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="148" />
      <source>Residents' concerns</source>
      <translation>Keluhan warga</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="149" />
      <source>Notes</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="155" />
      <source>Add partner…</source>
      <translation>Tambah mitra…</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="157" />
      <source>Topics</source>
      <translation>Topik</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="158" />
      <source>Officers who spoke</source>
      <translation>Petugas narasumber</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="162" />
      <source>Partner organisations</source>
      <translation>Lembaga mitra</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="170" />
      <source>Follow-ups promised</source>
      <translation>Tindak lanjut yang dijanjikan</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="173" />
      <source>What was promised</source>
      <translation>Apa yang dijanjikan</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="174" />
      <source>Add follow-up</source>
      <translation>Tambah tindak lanjut</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="176" />
      <source>due</source>
      <translation>jatuh tempo</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="192" />
      <source>&amp;Save</source>
      <translation>&amp;Simpan</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="193" />
      <source>Save (Ctrl+Enter)</source>
      <translation>Simpan (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="194" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="260" />
      <source>new</source>
      <translation>baru</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="311" />
      <source>The session could not be saved: %1</source>
      <translation>Kegiatan tidak dapat disimpan: %1</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="315" />
      <source>Not saved</source>
      <translation>Tidak tersimpan</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/session_form.py" line="315" />
      <source>The session could not be saved.</source>
      <translation>Kegiatan tidak dapat disimpan.</translation>
    </message>
  </context>
  <context>
    <name>SessionsModel</name>
    <message>
      <location filename="../../ui/outreach/sessions_model.py" line="40" />
      <source>Date (WIB)</source>
      <translation>Tanggal (WIB)</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_model.py" line="41" />
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_model.py" line="42" />
      <source>Place</source>
      <translation>Tempat</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_model.py" line="43" />
      <source>Topics</source>
      <translation>Topik</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_model.py" line="45" />
      <source>Attendance</source>
      <translation>Peserta</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_model.py" line="48" />
      <source>Open follow-ups</source>
      <translation>Tindak lanjut belum selesai</translation>
    </message>
    <message>
      <location filename="../../ui/outreach/sessions_model.py" line="27" />
      <source>%1 men, %2 women</source>
      <translation>%1 laki-laki, %2 perempuan</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../../ui/setup/wizard.py" line="42" />
      <source>Sentra Desk — station set-up</source>
      <translation>Sentra Desk — pengaturan awal kesatuan</translation>
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="111" />
      <source>The passwords do not match.</source>
      <translation>Kata sandi tidak sama.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="135" />
      <source>Cancel set-up</source>
      <translation>Batalkan penyiapan</translation>
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="135" />
      <source>Close the set-up and discard what you typed?</source>
      <translation>Tutup penyiapan dan buang yang sudah diketik?</translation>
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="159" />
      <source>Set-up failed</source>
      <translation>Pengaturan awal gagal</translation>
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="160" />
      <source>The station could not be set up:
{error}</source>
      <translation>Pengaturan awal kesatuan tidak dapat diselesaikan:
{error}</translation>
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="178" />
      <source>Check the set-up</source>
      <translation>Periksa pengaturan</translation>
    </message>
  </context>
  <context>
    <name>SignatoryPage</name>
    <message>
      <location filename="../../ui/setup/pages.py" line="241" />
      <source>Signatory</source>
      <translation>Penanda tangan</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="242" />
      <source>Who signs receipts and letters on behalf of the head of the station?</source>
      <translation>Siapa yang menandatangani tanda terima dan surat atas nama kepala kesatuan?</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="245" />
      <source>On behalf of:</source>
      <translation>Atas nama (a.n.):</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="250" />
      <source>Title:</source>
      <translation>Jabatan:</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="252" />
      <source>Full name with degrees, e.g. Hendra Saputra, S.H.</source>
      <translation>Nama lengkap dengan gelar, mis. Hendra Saputra, S.H.</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="253" />
      <source>Name:</source>
      <translation>Nama:</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="255" />
      <source>Rank:</source>
      <translation>Pangkat:</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="257" />
      <source>8 digits</source>
      <translation>8 digit</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="258" />
      <source>NRP:</source>
      <translation>NRP:</translation>
    </message>
    <message>
      <location filename="../../ui/setup/pages.py" line="262" />
      <source>Preview:</source>
      <translation>Pratinjau:</translation>
    </message>
  </context>
  <context>
    <name>StatusDialog</name>
    <message>
      <location filename="../../ui/cases/status_dialog.py" line="36" />
      <source>Change status</source>
      <translation>Ubah status</translation>
    </message>
    <message>
      <location filename="../../ui/cases/status_dialog.py" line="45" />
      <source>Current status:</source>
      <translation>Status saat ini:</translation>
    </message>
    <message>
      <location filename="../../ui/cases/status_dialog.py" line="51" />
      <source>{status} (reopen)</source>
      <translation>{status} (buka kembali)</translation>
    </message>
    <message>
      <location filename="../../ui/cases/status_dialog.py" line="54" />
      <source>New status:</source>
      <translation>Status baru:</translation>
    </message>
    <message>
      <location filename="../../ui/cases/status_dialog.py" line="60" />
      <source>Unit, e.g. Satreskrim or Polsek Kubung</source>
      <translation>Satuan, mis. Satreskrim atau Polsek Kubung</translation>
    </message>
    <message>
      <location filename="../../ui/cases/status_dialog.py" line="61" />
      <source>Forwarded to:</source>
      <translation>Dilimpahkan ke:</translation>
    </message>
    <message>
      <location filename="../../ui/cases/status_dialog.py" line="66" />
      <source>— choose —</source>
      <translation>— pilih —</translation>
    </message>
    <message>
      <location filename="../../ui/cases/status_dialog.py" line="69" />
      <source>Dumas outcome:</source>
      <translation>Hasil Dumas:</translation>
    </message>
    <message>
      <location filename="../../ui/cases/status_dialog.py" line="75" />
      <location filename="../../ui/cases/status_dialog.py" line="106" />
      <source>Reason:</source>
      <translation>Alasan:</translation>
    </message>
    <message>
      <location filename="../../ui/cases/status_dialog.py" line="81" />
      <source>Kept in the report's history</source>
      <translation>Disimpan dalam riwayat laporan</translation>
    </message>
    <message>
      <location filename="../../ui/cases/status_dialog.py" line="82" />
      <source>Note:</source>
      <translation>Catatan:</translation>
    </message>
    <message>
      <location filename="../../ui/cases/status_dialog.py" line="88" />
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <location filename="../../ui/cases/status_dialog.py" line="106" />
      <source>Reason (required):</source>
      <translation>Alasan (wajib diisi):</translation>
    </message>
  </context>
  <context>
    <name>SurveyForm</name>
    <message>
      <location filename="../../ui/survey/survey_form.py" line="56" />
      <source>Service elements (1 = poor … 4 = very good)</source>
      <translation>Unsur pelayanan (1 = tidak baik … 4 = sangat baik)</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_form.py" line="74" />
      <source>Respondent</source>
      <translation>Responden</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_form.py" line="82" />
      <source>Suggestions or complaints (optional)</source>
      <translation>Saran atau pengaduan (opsional)</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_form.py" line="85" />
      <source>Sex</source>
      <translation>Jenis kelamin</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_form.py" line="86" />
      <source>Age group</source>
      <translation>Kelompok usia</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_form.py" line="87" />
      <source>Education</source>
      <translation>Pendidikan</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_form.py" line="88" />
      <source>Occupation</source>
      <translation>Pekerjaan</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_form.py" line="89" />
      <source>Service used</source>
      <translation>Jenis layanan</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_form.py" line="90" />
      <source>Comment</source>
      <translation>Komentar</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_form.py" line="97" />
      <source>The citizen agrees to link this answer to his report</source>
      <translation>Warga setuju jawaban ini dikaitkan dengan laporannya</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_form.py" line="99" />
      <source>Report number</source>
      <translation>Nomor laporan</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_form.py" line="111" />
      <source>Save response</source>
      <translation>Simpan jawaban</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_form.py" line="119" />
      <source>— not answered —</source>
      <translation>— tidak dijawab —</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_form.py" line="174" />
      <source>Enter the report number, or untick the consent box.</source>
      <translation>Isi nomor laporan, atau hapus centang pada kotak persetujuan.</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_form.py" line="195" />
      <source>The response could not be saved: %1</source>
      <translation>Jawaban tidak dapat disimpan: %1</translation>
    </message>
  </context>
  <context>
    <name>SurveyLabels</name>
    <message>
      <location filename="../../ui/survey/labels.py" line="13" />
      <source>Requirements</source>
      <translation>Persyaratan</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="14" />
      <source>Systems, mechanisms and procedures</source>
      <translation>Sistem, Mekanisme, dan Prosedur</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="15" />
      <source>Completion time</source>
      <translation>Waktu Penyelesaian</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="16" />
      <source>Cost/tariff</source>
      <translation>Biaya/Tarif</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="17" />
      <source>Service product specification</source>
      <translation>Produk Spesifikasi Jenis Pelayanan</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="18" />
      <source>Staff competence</source>
      <translation>Kompetensi Pelaksana</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="19" />
      <source>Staff conduct</source>
      <translation>Perilaku Pelaksana</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="20" />
      <source>Handling of complaints, suggestions and input</source>
      <translation>Penanganan Pengaduan, Saran dan Masukan</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="21" />
      <source>Facilities and infrastructure</source>
      <translation>Sarana dan Prasarana</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="28" />
      <source>How do you rate the requirements for this service?</source>
      <translation>Bagaimana pendapat Anda tentang persyaratan pelayanan ini?</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="29" />
      <source>How do you rate the procedure of this service?</source>
      <translation>Bagaimana pendapat Anda tentang prosedur pelayanan ini?</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="30" />
      <source>How do you rate the time it took to serve you?</source>
      <translation>Bagaimana pendapat Anda tentang lamanya waktu pelayanan untuk Anda?</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="31" />
      <source>How do you rate the cost of this service (it should be free)?</source>
      <translation>Bagaimana pendapat Anda tentang biaya pelayanan ini (seharusnya gratis)?</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="34" />
      <source>How do you rate what you received from this service?</source>
      <translation>Bagaimana pendapat Anda tentang hasil pelayanan yang Anda terima?</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="35" />
      <source>How do you rate the competence of the officers?</source>
      <translation>Bagaimana pendapat Anda tentang kemampuan petugas kami?</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="36" />
      <source>How do you rate the conduct and courtesy of the officers?</source>
      <translation>Bagaimana pendapat Anda tentang sikap dan kesopanan petugas kami?</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="39" />
      <source>How do you rate the handling of complaints and suggestions?</source>
      <translation>Bagaimana pendapat Anda tentang penanganan pengaduan dan saran?</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="42" />
      <source>How do you rate the facilities of the service room?</source>
      <translation>Bagaimana pendapat Anda tentang sarana dan prasarana ruang pelayanan?</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="48" />
      <source>Poor</source>
      <translation>Tidak baik</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="49" />
      <source>Fair</source>
      <translation>Kurang baik</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="50" />
      <source>Good</source>
      <translation>Baik</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="51" />
      <source>Very good</source>
      <translation>Sangat baik</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="57" />
      <source>Male</source>
      <translation>Laki-laki</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="58" />
      <source>Female</source>
      <translation>Perempuan</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="65" />
      <source>Under 20</source>
      <translation>Di bawah 20 tahun</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="66" />
      <source>20–29</source>
      <translation>20–29 tahun</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="67" />
      <source>30–39</source>
      <translation>30–39 tahun</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="68" />
      <source>40–49</source>
      <translation>40–49 tahun</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="69" />
      <source>50–59</source>
      <translation>50–59 tahun</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="70" />
      <source>60 and over</source>
      <translation>60 tahun ke atas</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="77" />
      <source>No schooling</source>
      <translation>Tidak sekolah</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="78" />
      <source>Primary school (SD)</source>
      <translation>SD</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="79" />
      <source>Junior high (SMP)</source>
      <translation>SMP</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="80" />
      <source>Senior high (SMA/SMK)</source>
      <translation>SMA/SMK</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="81" />
      <source>Diploma (D1–D3)</source>
      <translation>Diploma (D1–D3)</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="82" />
      <source>Bachelor (D4/S1)</source>
      <translation>Sarjana (D4/S1)</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="83" />
      <source>Master or doctorate (S2/S3)</source>
      <translation>Pascasarjana (S2/S3)</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="90" />
      <source>Civil servant</source>
      <translation>PNS/ASN</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="91" />
      <source>TNI/Polri</source>
      <translation>TNI/Polri</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="92" />
      <source>Private employee</source>
      <translation>Pegawai swasta</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="93" />
      <source>Self-employed</source>
      <translation>Wiraswasta</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="94" />
      <source>Farmer</source>
      <translation>Petani</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="95" />
      <source>Student</source>
      <translation>Pelajar/Mahasiswa</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="96" />
      <source>Homemaker</source>
      <translation>Ibu rumah tangga</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="97" />
      <source>Other</source>
      <translation>Lainnya</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="104" />
      <source>Police report (LP)</source>
      <translation>Laporan Polisi (LP)</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="105" />
      <source>Public complaint (Dumas)</source>
      <translation>Pengaduan masyarakat (Dumas)</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="106" />
      <source>Loss certificate (SKTLK)</source>
      <translation>Surat keterangan kehilangan (SKTLK)</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="107" />
      <source>Information</source>
      <translation>Informasi</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="108" />
      <source>Police record certificate (SKCK)</source>
      <translation>SKCK</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="109" />
      <source>Other service</source>
      <translation>Layanan lainnya</translation>
    </message>
    <message>
      <location filename="../../ui/survey/labels.py" line="117" />
      <source>Not answered</source>
      <translation>Tidak dijawab</translation>
    </message>
  </context>
  <context>
    <name>SurveyPage</name>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="72" />
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="77" />
      <source>This month</source>
      <translation>Bulan ini</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="78" />
      <source>This quarter</source>
      <translation>Triwulan ini</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="79" />
      <source>This semester</source>
      <translation>Semester ini</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="80" />
      <source>This year</source>
      <translation>Tahun ini</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="81" />
      <source>Custom</source>
      <translation>Atur sendiri</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="97" />
      <source>New response…</source>
      <translation>Jawaban baru…</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="101" />
      <source>IKM report (PDF)</source>
      <translation>Laporan IKM (PDF)</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="104" />
      <source>Excel</source>
      <translation>Excel</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="107" />
      <source>Start kiosk mode</source>
      <translation>Mulai mode kios</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="123" />
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="123" />
      <source>Element</source>
      <translation>Unsur</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="123" />
      <source>NRR</source>
      <translation>NRR</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="138" />
      <source>Index per element</source>
      <translation>Nilai per unsur</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="143" />
      <source>Respondents</source>
      <translation>Responden</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="143" />
      <source>Count</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="146" />
      <source>Respondent profile</source>
      <translation>Profil responden</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="151" />
      <source>Comments</source>
      <translation>Saran dan komentar</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="198" />
      <source>The end of the period is before its start.</source>
      <translation>Akhir periode tidak boleh sebelum awal periode.</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="215" />
      <source>No response in this period</source>
      <translation>Belum ada jawaban dalam periode ini</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="218" />
      <source>IKM %1 (interval value %2) — grade %3, %4</source>
      <translation>IKM %1 (nilai interval %2) — mutu pelayanan %3, %4</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="225" />
      <source>%1 respondents; %2 services in the period need at least %3 (Krejcie–Morgan)</source>
      <translation>%1 responden; %2 layanan dalam periode ini memerlukan minimal %3 responden (Krejcie–Morgan)</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="237" />
      <source>Too few respondents: %1 more are needed before the index is representative.</source>
      <translation>Responden belum cukup: perlu %1 responden lagi agar indeks representatif.</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="248" />
      <source>Sex</source>
      <translation>Jenis kelamin</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="249" />
      <source>Age group</source>
      <translation>Kelompok usia</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="250" />
      <source>Education</source>
      <translation>Pendidikan</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="251" />
      <source>Occupation</source>
      <translation>Pekerjaan</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="252" />
      <source>Service used</source>
      <translation>Jenis layanan</translation>
    </message>
    <message>
      <location filename="../../ui/survey/survey_page.py" line="268" />
      <source>New survey response</source>
      <translation>Jawaban survei baru</translation>
    </message>
  </context>
  <context>
    <name>SyncMenu</name>
    <message>
      <location filename="../../ui/sync/install.py" line="31" />
      <source>&amp;Central database…</source>
      <translation>Basis data &amp;pusat…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/install.py" line="36" />
      <source>Only an admin sets up the central database.</source>
      <translation>Hanya admin yang mengatur basis data pusat.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/install.py" line="38" />
      <source>&amp;Sync now</source>
      <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
      <location filename="../../ui/sync/install.py" line="45" />
      <source>Sync con&amp;flicts…</source>
      <translation>&amp;Konflik sinkronisasi…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/install.py" line="51" />
      <source>Sync &amp;problems…</source>
      <translation>&amp;Masalah sinkronisasi…</translation>
    </message>
  </context>
  <context>
    <name>SyncStatusWidget</name>
    <message>
      <location filename="../../ui/sync/status_widget.py" line="22" />
      <source>Sync now</source>
      <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
      <location filename="../../ui/sync/status_widget.py" line="23" />
      <source>Send and receive changes with the Polres central database</source>
      <translation>Kirim dan terima perubahan dengan basis data pusat Polres</translation>
    </message>
    <message>
      <location filename="../../ui/sync/status_widget.py" line="36" />
      <location filename="../../ui/sync/status_widget.py" line="54" />
      <source>Syncing…</source>
      <translation>Menyinkronkan…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/status_widget.py" line="48" />
      <source>Central database: not set up</source>
      <translation>Basis data pusat: belum diatur</translation>
    </message>
    <message>
      <location filename="../../ui/sync/status_widget.py" line="50" />
      <source>Settings → Central database…</source>
      <translation>Pengaturan → Basis data pusat…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/status_widget.py" line="56" />
      <source>Not synced yet this session</source>
      <translation>Belum disinkronkan pada sesi ini</translation>
    </message>
    <message>
      <location filename="../../ui/sync/status_widget.py" line="58" />
      <source>Online</source>
      <translation>Daring</translation>
    </message>
    <message>
      <location filename="../../ui/sync/status_widget.py" line="60" />
      <source>Offline</source>
      <translation>Luring</translation>
    </message>
    <message>
      <location filename="../../ui/sync/status_widget.py" line="64" />
      <source>%1 change(s) waiting</source>
      <translation>%1 perubahan menunggu</translation>
    </message>
    <message>
      <location filename="../../ui/sync/status_widget.py" line="67" />
      <source>last sync %1</source>
      <translation>sinkron terakhir %1</translation>
    </message>
    <message>
      <location filename="../../ui/sync/status_widget.py" line="70" />
      <source>never synced</source>
      <translation>belum pernah sinkron</translation>
    </message>
    <message>
      <location filename="../../ui/sync/status_widget.py" line="72" />
      <source>%1 conflict(s)</source>
      <translation>%1 konflik</translation>
    </message>
    <message>
      <location filename="../../ui/sync/status_widget.py" line="74" />
      <source>%1 received row(s) not applied</source>
      <translation>%1 data diterima belum diterapkan</translation>
    </message>
    <message>
      <location filename="../../ui/sync/status_widget.py" line="76" />
      <source>%1 renumbered report(s) to reprint</source>
      <translation>%1 laporan bernomor baru perlu dicetak ulang</translation>
    </message>
    <message>
      <location filename="../../ui/sync/status_widget.py" line="81" />
      <source>Last error (%1): %2</source>
      <translation>Galat terakhir (%1): %2</translation>
    </message>
    <message>
      <location filename="../../ui/sync/status_widget.py" line="83" />
      <source>%1 change(s) refused by the server</source>
      <translation>%1 perubahan ditolak server</translation>
    </message>
  </context>
  <context>
    <name>TaskDialog</name>
    <message>
      <location filename="../../ui/widgets/progress_task.py" line="221" />
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
  </context>
  <context>
    <name>TodayModel</name>
    <message>
      <location filename="../../ui/reports/today_model.py" line="26" />
      <source>Number</source>
      <translation>Nomor</translation>
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="31" />
      <source>Time</source>
      <translation>Jam</translation>
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="36" />
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="39" />
      <source>Citizen</source>
      <translation>Pelapor</translation>
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="40" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="41" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>TopicsDialog</name>
    <message>
      <location filename="../../ui/admin/topics_dialog.py" line="27" />
      <source>Outreach topics</source>
      <translation>Topik penyuluhan</translation>
    </message>
    <message>
      <location filename="../../ui/admin/topics_dialog.py" line="30" />
      <source>&amp;Add topic…</source>
      <translation>&amp;Tambah topik…</translation>
    </message>
    <message>
      <location filename="../../ui/admin/topics_dialog.py" line="35" />
      <source>Topics offered when recording an outreach session:</source>
      <translation>Topik yang dapat dipilih saat mencatat kegiatan binmas:</translation>
    </message>
    <message>
      <location filename="../../ui/admin/topics_dialog.py" line="54" />
      <source>Add topic</source>
      <translation>Tambah topik</translation>
    </message>
    <message>
      <location filename="../../ui/admin/topics_dialog.py" line="55" />
      <source>Topic:</source>
      <translation>Topik:</translation>
    </message>
  </context>
  <context>
    <name>TrainingDialog</name>
    <message>
      <location filename="../../ui/community/training_page.py" line="237" />
      <source>Add training</source>
      <translation>Tambah pelatihan</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="254" />
      <source>e.g. Pelatihan pelayanan prima SPKT</source>
      <translation>mis. Pelatihan pelayanan prima SPKT</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="267" />
      <source>e.g. SPN Polda Sumbar, Bag SDM Polres</source>
      <translation>mis. SPN Polda Sumbar, Bag SDM Polres</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="270" />
      <source>Officer</source>
      <translation>Petugas</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="271" />
      <source>Course</source>
      <translation>Nama pelatihan</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="272" />
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="273" />
      <source>Hours</source>
      <translation>Jam</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="274" />
      <source>Organiser</source>
      <translation>Penyelenggara</translation>
    </message>
  </context>
  <context>
    <name>TrainingPage</name>
    <message>
      <location filename="../../ui/community/training_page.py" line="119" />
      <source>Add training…</source>
      <translation>Tambah pelatihan…</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="120" />
      <source>Officer roster…</source>
      <translation>Daftar petugas…</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="139" />
      <source>Training hours per officer</source>
      <translation>Jam pelatihan per petugas</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="163" />
      <source>The end of the period is before its start.</source>
      <translation>Akhir periode tidak boleh sebelum awal periode.</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="186" />
      <source>{hours} hours in total; {trained} of {all} officers trained</source>
      <translation>Total {hours} jam; {trained} dari {all} petugas sudah mengikuti pelatihan</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="201" />
      <source>Courses of {name}</source>
      <translation>Pelatihan yang diikuti {name}</translation>
    </message>
    <message>
      <location filename="../../ui/community/training_page.py" line="201" />
      <source>All courses in the period</source>
      <translation>Semua pelatihan dalam periode ini</translation>
    </message>
  </context>
  <context>
    <name>Unsaved</name>
    <message>
      <location filename="../../ui/widgets/unsaved.py" line="48" />
      <source>Discard changes</source>
      <translation>Buang perubahan</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/unsaved.py" line="49" />
      <source>Close this form and discard what you typed?</source>
      <translation>Tutup formulir ini dan buang yang sudah diketik?</translation>
    </message>
  </context>
  <context>
    <name>_Cover</name>
    <message>
      <location filename="../../ui/screen_lock.py" line="126" />
      <source>Sentra Desk is locked</source>
      <translation>Sentra Desk terkunci</translation>
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <location filename="../../desktop/desk_session.py" line="74" />
      <source>the report form in progress</source>
      <translation>formulir laporan yang sedang diisi</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <source>The end of the period is before its start.</source>
      <translation>Akhir periode tidak boleh sebelum awal periode.</translation>
    </message>
    <message>
      <source>NIK must be exactly 16 digits.</source>
      <translation>NIK harus tepat 16 digit.</translation>
    </message>
    <message>
      <source>The NIK's region code (digits 1-4) is unknown.</source>
      <translation>Kode wilayah pada NIK (digit 1-4) tidak dikenal.</translation>
    </message>
    <message>
      <source>The NIK's birth date (digits 7-12) is not a real date.</source>
      <translation>Tanggal lahir pada NIK (digit 7-12) bukan tanggal yang valid.</translation>
    </message>
    <message>
      <source>The NIK's serial number (last 4 digits) cannot be 0000.</source>
      <translation>Nomor urut pada NIK (4 digit terakhir) tidak boleh 0000.</translation>
    </message>
    <message>
      <source>This is not a valid NIK.</source>
      <translation>NIK ini tidak valid.</translation>
    </message>
    <message>
      <source>The NIK's kabupaten/kota code (digits 3-4) is unknown.</source>
      <translation>Kode kabupaten/kota pada NIK (digit 3-4) tidak dikenal.</translation>
    </message>
    <message>
      <source>The NIK's birth date is in the future.</source>
      <translation>Tanggal lahir pada NIK tidak boleh di masa mendatang.</translation>
    </message>
    <message>
      <source>Unknown placeholder; use only {n}, {month} and {year}.</source>
      <translation>Penanda tidak dikenal; gunakan hanya {n}, {month}, dan {year}.</translation>
    </message>
    <message>
      <source>The pattern must contain {n} and {year}.</source>
      <translation>Format harus memuat {n} dan {year}.</translation>
    </message>
    <message>
      <source>The pattern has empty or doubled spaces.</source>
      <translation>Format kosong atau mengandung spasi ganda.</translation>
    </message>
    <message>
      <source>Unbalanced braces in the pattern.</source>
      <translation>Kurung kurawal pada format tidak berpasangan.</translation>
    </message>
    <message>
      <source>Remove the control characters (only tabs and line breaks are allowed).</source>
      <translation>Hapus karakter kontrol (hanya tab dan baris baru yang diperbolehkan).</translation>
    </message>
    <message>
      <source>This text is longer than the field allows.</source>
      <translation>Teks ini lebih panjang daripada yang diizinkan kolom ini.</translation>
    </message>
    <message>
      <source>Article is too long (at most 200 characters).</source>
      <translation>Pasal terlalu panjang (paling banyak 200 karakter).</translation>
    </message>
    <message>
      <source>Say where the article was checked (regulation text or page).</source>
      <translation>Sebutkan di mana pasal ini dicek (teks peraturan atau halaman).</translation>
    </message>
    <message>
      <source>Name the regulation or page this cadence comes from.</source>
      <translation>Sebutkan peraturan atau halaman asal jadwal ini.</translation>
    </message>
    <message>
      <source>The first letter has one day.</source>
      <translation>Surat pertama hanya punya satu hari.</translation>
    </message>
    <message>
      <source>Give calendar days, rising, separated by commas (e.g. 10, 20, 30), at most 365.</source>
      <translation>Isi hari kalender yang naik, dipisah koma (mis. 10, 20, 30), paling banyak 365.</translation>
    </message>
    <message>
      <source>A void report takes no more changes.</source>
      <translation>Laporan yang dibatalkan tidak dapat diubah lagi.</translation>
    </message>
    <message>
      <source>Say why the report is reopened.</source>
      <translation>Isi alasan laporan dibuka kembali.</translation>
    </message>
    <message>
      <source>Choose the unit the report goes to.</source>
      <translation>Pilih satuan tujuan pelimpahan laporan.</translation>
    </message>
    <message>
      <source>Give the reason.</source>
      <translation>Alasan wajib diisi.</translation>
    </message>
    <message>
      <source>Only a Dumas complaint has an outcome.</source>
      <translation>Hanya pengaduan Dumas yang memiliki hasil.</translation>
    </message>
    <message>
      <source>This report has no deadline clock.</source>
      <translation>Laporan ini tidak memiliki tenggat.</translation>
    </message>
    <message>
      <source>An information entry has no status workflow.</source>
      <translation>Catatan informasi tidak memiliki alur status.</translation>
    </message>
    <message>
      <source>This status change is not allowed.</source>
      <translation>Perubahan status ini tidak diizinkan.</translation>
    </message>
    <message>
      <source>The unit's name is too long (at most 80 characters).</source>
      <translation>Nama satuan terlalu panjang (maksimal 80 karakter).</translation>
    </message>
    <message>
      <source>Choose the outcome: selesai benar or selesai tidak benar.</source>
      <translation>Pilih hasil: selesai benar atau selesai tidak benar.</translation>
    </message>
    <message>
      <source>Only a police report has a difficulty.</source>
      <translation>Hanya Laporan Polisi yang memiliki tingkat kesulitan.</translation>
    </message>
    <message>
      <source>Choose light, medium, difficult or very difficult.</source>
      <translation>Pilih ringan, sedang, sulit atau sangat sulit.</translation>
    </message>
    <message>
      <source>The clock is already paused.</source>
      <translation>Tenggat sudah dijeda.</translation>
    </message>
    <message>
      <source>The clock is not paused.</source>
      <translation>Tenggat tidak sedang dijeda.</translation>
    </message>
    <message>
      <source>This report is already void.</source>
      <translation>Laporan ini sudah dibatalkan.</translation>
    </message>
    <message>
      <source>Unknown outcome.</source>
      <translation>Hasil tidak dikenal.</translation>
    </message>
    <message>
      <source>Choose an active officer.</source>
      <translation>Pilih petugas yang aktif.</translation>
    </message>
    <message>
      <source>Name is required.</source>
      <translation>Nama wajib diisi.</translation>
    </message>
    <message>
      <source>Name is too long (at most 120 characters).</source>
      <translation>Nama terlalu panjang (maksimal 120 karakter).</translation>
    </message>
    <message>
      <source>An inactive category has this name; activate it instead.</source>
      <translation>Sudah ada kategori nonaktif dengan nama ini; aktifkan kategori tersebut.</translation>
    </message>
    <message>
      <source>A category with this name already exists.</source>
      <translation>Kategori dengan nama ini sudah ada.</translation>
    </message>
    <message>
      <source>Choose call, visit, WhatsApp or letter.</source>
      <translation>Pilih telepon, kunjungan, WhatsApp, atau surat.</translation>
    </message>
    <message>
      <source>Write what was said.</source>
      <translation>Isi apa yang disampaikan.</translation>
    </message>
    <message>
      <source>The text is too long (at most 4000 characters).</source>
      <translation>Teks terlalu panjang (maksimal 4.000 karakter).</translation>
    </message>
    <message>
      <source>The contact time cannot be in the future.</source>
      <translation>Waktu kontak tidak boleh di masa mendatang.</translation>
    </message>
    <message>
      <source>This report is void; nothing more can be recorded on it.</source>
      <translation>Laporan ini sudah dibatalkan; tidak ada lagi yang dapat dicatat padanya.</translation>
    </message>
    <message>
      <source>The contact cannot be before the report was received.</source>
      <translation>Waktu kontak tidak boleh sebelum laporan diterima.</translation>
    </message>
    <message>
      <source>Choose CCTV or drone.</source>
      <translation>Pilih CCTV atau drone.</translation>
    </message>
    <message>
      <source>Choose Polres, Pemda or private.</source>
      <translation>Pilih Polres, Pemda, atau swasta.</translation>
    </message>
    <message>
      <source>The location is too long (at most 250 characters).</source>
      <translation>Lokasi terlalu panjang (maksimal 250 karakter).</translation>
    </message>
    <message>
      <source>This nagari is not in the chosen kecamatan.</source>
      <translation>Nagari ini tidak termasuk kecamatan yang dipilih.</translation>
    </message>
    <message>
      <source>The check date cannot be in the future.</source>
      <translation>Tanggal pemeriksaan tidak boleh di masa mendatang.</translation>
    </message>
    <message>
      <source>The name is too long (at most 120 characters).</source>
      <translation>Nama terlalu panjang (maksimal 120 karakter).</translation>
    </message>
    <message>
      <source>Unknown kecamatan.</source>
      <translation>Kecamatan tidak dikenal.</translation>
    </message>
    <message>
      <source>the end of the period is before its start</source>
      <translation>akhir periode sebelum awal periode</translation>
    </message>
    <message>
      <source>Choose national holiday, cuti bersama or local holiday.</source>
      <translation>Pilih libur nasional, cuti bersama, atau libur daerah.</translation>
    </message>
    <message>
      <source>Name is too long (at most 160 characters).</source>
      <translation>Nama terlalu panjang (maksimal 160 karakter).</translation>
    </message>
    <message>
      <source>This day is already a holiday.</source>
      <translation>Tanggal ini sudah menjadi hari libur.</translation>
    </message>
    <message>
      <source>This report already has a number.</source>
      <translation>Laporan ini sudah bernomor.</translation>
    </message>
    <message>
      <source>An information entry gets no number.</source>
      <translation>Informasi tidak diberi nomor.</translation>
    </message>
    <message>
      <source>A void report gets no number.</source>
      <translation>Laporan yang dibatalkan tidak diberi nomor.</translation>
    </message>
    <message>
      <source>The addressee is required.</source>
      <translation>Penerima surat wajib diisi.</translation>
    </message>
    <message>
      <source>Write the facts of the case.</source>
      <translation>Isi fakta perkara.</translation>
    </message>
    <message>
      <source>Write the actions taken and their results.</source>
      <translation>Isi tindakan yang telah dilakukan dan hasilnya.</translation>
    </message>
    <message>
      <source>Write the next steps.</source>
      <translation>Isi rencana tindak lanjut.</translation>
    </message>
    <message>
      <source>A progress letter is an SP2HP or an SP3D.</source>
      <translation>Surat perkembangan adalah SP2HP atau SP3D.</translation>
    </message>
    <message>
      <source>An SP2HP answers a police report (LP) and an SP3D a Dumas complaint.</source>
      <translation>SP2HP menjawab Laporan Polisi (LP), sedangkan SP3D menjawab pengaduan Dumas.</translation>
    </message>
    <message>
      <source>The report has no number yet.</source>
      <translation>Laporan ini belum bernomor.</translation>
    </message>
    <message>
      <source>This letter number is taken; change the number pattern.</source>
      <translation>Nomor surat ini sudah terpakai; ubah format nomor.</translation>
    </message>
    <message>
      <source>Unknown kind of document.</source>
      <translation>Jenis dokumen tidak dikenal.</translation>
    </message>
    <message>
      <source>Another kind of document already uses this pattern.</source>
      <translation>Format ini sudah dipakai jenis dokumen lain.</translation>
    </message>
    <message>
      <source>NRP must be 8 digits.</source>
      <translation>NRP harus 8 digit.</translation>
    </message>
    <message>
      <source>Rank is required.</source>
      <translation>Pangkat wajib diisi.</translation>
    </message>
    <message>
      <source>Unknown role.</source>
      <translation>Peran tidak dikenal.</translation>
    </message>
    <message>
      <source>Password must be at least 8 characters.</source>
      <translation>Kata sandi minimal 8 karakter.</translation>
    </message>
    <message>
      <source>Unit is required.</source>
      <translation>Satuan wajib diisi.</translation>
    </message>
    <message>
      <source>An officer with this NRP already exists.</source>
      <translation>Petugas dengan NRP ini sudah terdaftar.</translation>
    </message>
    <message>
      <source>You cannot deactivate your own account.</source>
      <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
      <source>This is the last active admin; it cannot be deactivated.</source>
      <translation>Ini admin aktif terakhir; akun ini tidak dapat dinonaktifkan.</translation>
    </message>
    <message>
      <source>Enter when the session was held.</source>
      <translation>Isi waktu pelaksanaan kegiatan.</translation>
    </message>
    <message>
      <source>Choose the kind of session.</source>
      <translation>Pilih jenis kegiatan.</translation>
    </message>
    <message>
      <source>Enter where the session was held.</source>
      <translation>Isi tempat pelaksanaan kegiatan.</translation>
    </message>
    <message>
      <source>The jorong is too long (at most 120 characters).</source>
      <translation>Nama jorong terlalu panjang (maksimal 120 karakter).</translation>
    </message>
    <message>
      <source>The venue is too long (at most 200 characters).</source>
      <translation>Nama tempat terlalu panjang (maksimal 200 karakter).</translation>
    </message>
    <message>
      <source>Enter a number between 0 and 100000.</source>
      <translation>Isi angka antara 0 dan 100.000.</translation>
    </message>
    <message>
      <source>Describe each follow-up (at most 4000 characters).</source>
      <translation>Isi uraian setiap tindak lanjut (maksimal 4.000 karakter).</translation>
    </message>
    <message>
      <source>The session cannot be in the future.</source>
      <translation>Waktu kegiatan tidak boleh di masa mendatang.</translation>
    </message>
    <message>
      <source>Enter the partner's name (at most 160 characters).</source>
      <translation>Isi nama mitra (maksimal 160 karakter).</translation>
    </message>
    <message>
      <source>Choose the kind of partner.</source>
      <translation>Pilih jenis mitra.</translation>
    </message>
    <message>
      <source>The contact is too long (at most 160 characters).</source>
      <translation>Kontak terlalu panjang (maksimal 160 karakter).</translation>
    </message>
    <message>
      <source>Enter the topic (at most 120 characters).</source>
      <translation>Isi topik (maksimal 120 karakter).</translation>
    </message>
    <message>
      <source>This topic is already on the list.</source>
      <translation>Topik ini sudah ada dalam daftar.</translation>
    </message>
    <message>
      <source>A partner with this name is already on the list.</source>
      <translation>Mitra dengan nama ini sudah ada dalam daftar.</translation>
    </message>
    <message>
      <source>Only JPEG and PNG photos can be added.</source>
      <translation>Hanya foto JPEG dan PNG yang dapat ditambahkan.</translation>
    </message>
    <message>
      <source>The photo is too large (at most 20 MB).</source>
      <translation>Ukuran foto terlalu besar (maksimal 20 MB).</translation>
    </message>
    <message>
      <source>The photo file is empty.</source>
      <translation>Berkas foto kosong.</translation>
    </message>
    <message>
      <source>Describe the follow-up (at most 4000 characters).</source>
      <translation>Isi uraian tindak lanjut (maksimal 4.000 karakter).</translation>
    </message>
    <message>
      <source>The caption is too long (at most 250 characters).</source>
      <translation>Keterangan foto terlalu panjang (maksimal 250 karakter).</translation>
    </message>
    <message>
      <source>The photo file cannot be read.</source>
      <translation>Berkas foto tidak dapat dibaca.</translation>
    </message>
    <message>
      <source>This photo is already attached to the session.</source>
      <translation>Foto ini sudah dilampirkan pada kegiatan ini.</translation>
    </message>
    <message>
      <source>This file is not a JPEG or PNG photo.</source>
      <translation>Berkas ini bukan foto JPEG atau PNG.</translation>
    </message>
    <message>
      <source>The patrol must end after it starts.</source>
      <translation>Waktu selesai patroli harus setelah waktu mulainya.</translation>
    </message>
    <message>
      <source>The patrol cannot start in the future.</source>
      <translation>Waktu mulai patroli tidak boleh di masa mendatang.</translation>
    </message>
    <message>
      <source>Add at least one nagari to the route.</source>
      <translation>Tambahkan minimal satu nagari ke rute.</translation>
    </message>
    <message>
      <source>Choose on foot, motorbike, car or drone.</source>
      <translation>Pilih jalan kaki, sepeda motor, mobil, atau drone.</translation>
    </message>
    <message>
      <source>Choose at least one officer.</source>
      <translation>Pilih minimal satu petugas.</translation>
    </message>
    <message>
      <source>A patrol cannot last more than 24 hours.</source>
      <translation>Patroli tidak boleh berlangsung lebih dari 24 jam.</translation>
    </message>
    <message>
      <source>The patrol cannot end in the future.</source>
      <translation>Waktu selesai patroli tidak boleh di masa mendatang.</translation>
    </message>
    <message>
      <source>The route holds an unknown nagari.</source>
      <translation>Rute memuat nagari yang tidak dikenal.</translation>
    </message>
    <message>
      <source>An officer on the patrol is unknown.</source>
      <translation>Salah satu petugas patroli tidak dikenal.</translation>
    </message>
    <message>
      <source>The reporter's name is required.</source>
      <translation>Nama pelapor wajib diisi.</translation>
    </message>
    <message>
      <source>Choose L or P.</source>
      <translation>Pilih L atau P.</translation>
    </message>
    <message>
      <source>Birth date is in the future.</source>
      <translation>Tanggal lahir tidak boleh di masa mendatang.</translation>
    </message>
    <message>
      <source>Phone: 8 to 15 digits, optionally starting with +.</source>
      <translation>Telepon: 8 sampai 15 digit, boleh diawali +.</translation>
    </message>
    <message>
      <source>Unknown kind of report.</source>
      <translation>Jenis laporan tidak dikenal.</translation>
    </message>
    <message>
      <source>Unknown channel.</source>
      <translation>Saluran tidak dikenal.</translation>
    </message>
    <message>
      <source>Say what happened (offense / subject).</source>
      <translation>Isi peristiwa yang terjadi (tindak pidana / perihal).</translation>
    </message>
    <message>
      <source>The chronology is required.</source>
      <translation>Uraian singkat kejadian wajib diisi.</translation>
    </message>
    <message>
      <source>The loss must be a positive amount in rupiah.</source>
      <translation>Nilai kerugian harus berupa jumlah rupiah yang tidak negatif.</translation>
    </message>
    <message>
      <source>Incident time has no time zone.</source>
      <translation>Waktu kejadian tidak memiliki zona waktu.</translation>
    </message>
    <message>
      <source>List at least one lost item.</source>
      <translation>Cantumkan minimal satu barang yang hilang.</translation>
    </message>
    <message>
      <source>Choose the kecamatan of the nagari.</source>
      <translation>Pilih kecamatan tempat nagari tersebut berada.</translation>
    </message>
    <message>
      <source>Sex does not match the NIK (women's NIK day is +40).</source>
      <translation>Jenis kelamin tidak sesuai dengan NIK (tanggal lahir perempuan pada NIK ditambah 40).</translation>
    </message>
    <message>
      <source>Birth date does not match the NIK.</source>
      <translation>Tanggal lahir tidak sesuai dengan NIK.</translation>
    </message>
    <message>
      <source>The incident time cannot be in the future.</source>
      <translation>Waktu kejadian tidak boleh di masa mendatang.</translation>
    </message>
    <message>
      <source>Every lost item row needs the item's name.</source>
      <translation>Setiap baris barang hilang harus berisi nama barang.</translation>
    </message>
    <message>
      <source>A lost item's quantity must be 1 to 100000.</source>
      <translation>Jumlah barang hilang harus 1 sampai 100.000.</translation>
    </message>
    <message>
      <source>The kind of a numbered report cannot change.</source>
      <translation>Jenis laporan yang sudah bernomor tidak dapat diubah.</translation>
    </message>
    <message>
      <source>The agreement cannot be dated in the future.</source>
      <translation>Tanggal kesepakatan tidak boleh di masa depan.</translation>
    </message>
    <message>
      <source>Note the parties' statement (what they agreed).</source>
      <translation>Catat pernyataan para pihak (apa yang disepakati).</translation>
    </message>
    <message>
      <source>Only a police report ends by restorative justice.</source>
      <translation>Hanya laporan polisi yang dapat selesai melalui keadilan restoratif.</translation>
    </message>
    <message>
      <source>The agreement cannot be dated before the report.</source>
      <translation>Tanggal kesepakatan tidak boleh sebelum tanggal laporan.</translation>
    </message>
    <message>
      <source>The statement is too long (at most 2000 characters).</source>
      <translation>Pernyataan terlalu panjang (paling banyak 2000 karakter).</translation>
    </message>
    <message>
      <source>Station code: letters, digits, - or _, at most 32 characters.</source>
      <translation>Kode kesatuan: huruf, angka, - atau _, maksimal 32 karakter.</translation>
    </message>
    <message>
      <source>Choose Polres or Polsek.</source>
      <translation>Pilih Polres atau Polsek.</translation>
    </message>
    <message>
      <source>The resor's name is required.</source>
      <translation>Nama resor wajib diisi.</translation>
    </message>
    <message>
      <source>The Polda's name is required.</source>
      <translation>Nama Polda wajib diisi.</translation>
    </message>
    <message>
      <source>A Polsek needs its sector's name.</source>
      <translation>Nama sektor wajib diisi untuk Polsek.</translation>
    </message>
    <message>
      <source>The letterhead needs at least one line.</source>
      <translation>Kop surat harus berisi minimal satu baris.</translation>
    </message>
    <message>
      <source>The place written before the date on documents is required.</source>
      <translation>Tempat yang ditulis sebelum tanggal pada dokumen wajib diisi.</translation>
    </message>
    <message>
      <source>The signatory's name is required.</source>
      <translation>Nama penanda tangan wajib diisi.</translation>
    </message>
    <message>
      <source>This database already has a station.</source>
      <translation>Basis data ini sudah memiliki data kesatuan.</translation>
    </message>
    <message>
      <source>Unknown sex.</source>
      <translation>Jenis kelamin tidak dikenal.</translation>
    </message>
    <message>
      <source>Unknown age group.</source>
      <translation>Kelompok usia tidak dikenal.</translation>
    </message>
    <message>
      <source>Unknown level of education.</source>
      <translation>Tingkat pendidikan tidak dikenal.</translation>
    </message>
    <message>
      <source>Occupation is too long (at most 80 characters).</source>
      <translation>Pekerjaan terlalu panjang (maksimal 80 karakter).</translation>
    </message>
    <message>
      <source>Unknown service.</source>
      <translation>Jenis layanan tidak dikenal.</translation>
    </message>
    <message>
      <source>Comment is too long (at most 2000 characters).</source>
      <translation>Komentar terlalu panjang (maksimal 2.000 karakter).</translation>
    </message>
    <message>
      <source>Choose an answer from 1 to 4.</source>
      <translation>Pilih jawaban 1 sampai 4.</translation>
    </message>
    <message>
      <source>The time of the answer has no time zone.</source>
      <translation>Waktu jawaban tidak memiliki zona waktu.</translation>
    </message>
    <message>
      <source>No report has this number.</source>
      <translation>Tidak ada laporan dengan nomor ini.</translation>
    </message>
    <message>
      <source>The time of the answer is in the future.</source>
      <translation>Waktu jawaban tidak boleh di masa mendatang.</translation>
    </message>
    <message>
      <source>Choose the officer.</source>
      <translation>Pilih petugas.</translation>
    </message>
    <message>
      <source>The course is required.</source>
      <translation>Nama pelatihan wajib diisi.</translation>
    </message>
    <message>
      <source>The date cannot be in the future.</source>
      <translation>Tanggal tidak boleh di masa mendatang.</translation>
    </message>
    <message>
      <source>Hours must be more than 0.</source>
      <translation>Jumlah jam harus lebih dari 0.</translation>
    </message>
    <message>
      <source>The organiser's name is too long (at most 160 characters).</source>
      <translation>Nama penyelenggara terlalu panjang (maksimal 160 karakter).</translation>
    </message>
    <message>
      <source>The course name is too long (at most 200 characters).</source>
      <translation>Nama pelatihan terlalu panjang (maksimal 200 karakter).</translation>
    </message>
    <message>
      <source>Hours cannot be more than 720 (30 days).</source>
      <translation>Jumlah jam tidak boleh lebih dari 720 (30 hari).</translation>
    </message>
    <message>
      <source>Unknown officer.</source>
      <translation>Petugas tidak dikenal.</translation>
    </message>
    <message>
      <source>Sentra Desk is open on this data folder (another window, or another account on this PC): close it there first (File → Quit), then restore; nothing was changed</source>
      <translation>Sentra Desk sedang terbuka pada folder data ini (jendela lain, atau akun lain di PC ini): tutup dulu di sana (Berkas → Keluar), lalu pulihkan; tidak ada yang diubah</translation>
    </message>
    <message>
      <source>Choose which value to keep.</source>
      <translation>Pilih nilai yang dipertahankan.</translation>
    </message>
    <message>
      <source>This conflict was already settled.</source>
      <translation>Konflik ini sudah diselesaikan.</translation>
    </message>
    <message>
      <source>No system keyring is available to keep the central database password (Windows Credential Manager, macOS Keychain or a Secret Service such as GNOME Keyring). Sentra Desk will not store the password in a file for a station of one account.</source>
      <translation>Tidak ada keyring sistem untuk menyimpan kata sandi database pusat (Windows Credential Manager, macOS Keychain, atau Secret Service seperti GNOME Keyring). Sentra Desk tidak menyimpan kata sandi dalam berkas untuk stasiun satu akun.</translation>
    </message>
    <message>
      <source>Connection to the Polres lost</source>
      <translation>Koneksi ke Polres terputus</translation>
    </message>
    <message>
      <source>This report's number had already been given to an earlier report of this station (the desk's data was restored from an older copy). It has a new number now: print its receipt again.</source>
      <translation>Nomor laporan ini sudah pernah diberikan kepada laporan lain yang lebih dulu di kesatuan ini (data meja dipulihkan dari salinan lama). Laporan ini kini mendapat nomor baru: cetak ulang tanda terimanya.</translation>
    </message>
    <message>
      <source>Enter the central database address.</source>
      <translation>Masukkan alamat basis data pusat.</translation>
    </message>
    <message>
      <source>Enter the station's login role (from sentra central add-station).</source>
      <translation>Masukkan peran login kantor (dari sentra central add-station).</translation>
    </message>
    <message>
      <source>This is not a PostgreSQL address (postgresql://host:5432/sentra).</source>
      <translation>Ini bukan alamat PostgreSQL (postgresql://host:5432/sentra).</translation>
    </message>
    <message>
      <source>No password for the central database is stored for this station.</source>
      <translation>Belum ada kata sandi database pusat yang tersimpan untuk stasiun ini.</translation>
    </message>
    <message>
      <source>The central database is not set up (Settings → Central database).</source>
      <translation>Basis data pusat belum diatur (Pengaturan → Basis data pusat).</translation>
    </message>
    <message>
      <source>Leave the password out of the address; it is kept in the system keyring.</source>
      <translation>Jangan tulis kata sandi di alamat; kata sandi disimpan di keyring sistem.</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ya</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Tidak</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>T&amp;idak untuk semua</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Batalkan</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Coba lagi</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Abaikan</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Buang</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Bantuan</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Terapkan</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Atur ulang</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Kembalikan bawaan</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Selesai</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Bantuan</translation>
    </message>
    <message>
      <source>Go Back</source>
      <translation>Kembali</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Lanjut</translation>
    </message>
    <message>
      <source>Commit</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Selesai</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Tampilkan rincian...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Sembunyikan rincian...</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Urungkan</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Ulangi</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Po&amp;tong</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Salin</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Tempel</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Pilih semua</translation>
    </message>
  </context>
  <context>
    <name>QPrintPreviewDialog</name>
    <message>
      <source>Page Setup</source>
      <translation>Pengaturan Halaman</translation>
    </message>
    <message>
      <source>Print Preview</source>
      <translation>Pratinjau Cetak</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Halaman berikutnya</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Halaman sebelumnya</translation>
    </message>
    <message>
      <source>First page</source>
      <translation>Halaman pertama</translation>
    </message>
    <message>
      <source>Last page</source>
      <translation>Halaman terakhir</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Sesuaikan lebar</translation>
    </message>
    <message>
      <source>Fit page</source>
      <translation>Sesuaikan halaman</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Perbesar</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Perkecil</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Tegak</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Mendatar</translation>
    </message>
    <message>
      <source>Show single page</source>
      <translation>Tampilkan satu halaman</translation>
    </message>
    <message>
      <source>Show facing pages</source>
      <translation>Tampilkan halaman berhadapan</translation>
    </message>
    <message>
      <source>Show overview of all pages</source>
      <translation>Tampilkan semua halaman</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Cetak</translation>
    </message>
    <message>
      <source>Page setup</source>
      <translation>Pengaturan halaman</translation>
    </message>
    <message>
      <source>Export to PDF</source>
      <translation>Ekspor ke PDF</translation>
    </message>
  </context>
  <context>
    <name>QPrintDialog</name>
    <message>
      <source>Print</source>
      <translation>Cetak</translation>
    </message>
    <message>
      <source>All Pages</source>
      <translation>Semua halaman</translation>
    </message>
    <message>
      <source>Odd Pages</source>
      <translation>Halaman ganjil</translation>
    </message>
    <message>
      <source>Even Pages</source>
      <translation>Halaman genap</translation>
    </message>
    <message>
      <source>&amp;Options &gt;&gt;</source>
      <translation>&amp;Opsi &gt;&gt;</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;Cetak</translation>
    </message>
    <message>
      <source>&amp;Options &lt;&lt;</source>
      <translation>&amp;Opsi &lt;&lt;</translation>
    </message>
    <message>
      <source>Invalid Pages Definition</source>
      <translation>Daftar halaman tidak valid</translation>
    </message>
    <message>
      <source>Print to File (PDF)</source>
      <translation>Cetak ke berkas (PDF)</translation>
    </message>
    <message>
      <source>Local file</source>
      <translation>Berkas lokal</translation>
    </message>
    <message>
      <source>Write PDF file</source>
      <translation>Tulis berkas PDF</translation>
    </message>
    <message>
      <source>Print To File ...</source>
      <translation>Cetak ke berkas ...</translation>
    </message>
    <message>
      <source>The 'From' value cannot be greater than the 'To' value.</source>
      <translation>Nilai 'Dari' tidak boleh lebih besar dari nilai 'Sampai'.</translation>
    </message>
  </context>
  <context>
    <name>QPrintWidget</name>
    <message>
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nama:</translation>
    </message>
    <message>
      <source>P&amp;roperties</source>
      <translation>P&amp;roperti</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Lokasi:</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Pratinjau</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Jenis:</translation>
    </message>
    <message>
      <source>Output &amp;file:</source>
      <translation>&amp;Berkas keluaran:</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>Copies</source>
      <translation>Salinan</translation>
    </message>
    <message>
      <source>Print range</source>
      <translation>Rentang cetak</translation>
    </message>
    <message>
      <source>Print all</source>
      <translation>Cetak semua</translation>
    </message>
    <message>
      <source>Pages from</source>
      <translation>Halaman dari</translation>
    </message>
    <message>
      <source>to</source>
      <translation>sampai</translation>
    </message>
    <message>
      <source>Current Page</source>
      <translation>Halaman ini</translation>
    </message>
    <message>
      <source>Selection</source>
      <translation>Pilihan</translation>
    </message>
    <message>
      <source>Output Settings</source>
      <translation>Pengaturan keluaran</translation>
    </message>
    <message>
      <source>Copies:</source>
      <translation>Salinan:</translation>
    </message>
    <message>
      <source>Collate</source>
      <translation>Susun</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>Urutan terbalik</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Opsi</translation>
    </message>
    <message>
      <source>Color Mode</source>
      <translation>Mode warna</translation>
    </message>
    <message>
      <source>Color</source>
      <translation>Berwarna</translation>
    </message>
    <message>
      <source>Grayscale</source>
      <translation>Hitam putih</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Halaman</translation>
    </message>
    <message>
      <source>Double Sided Printing</source>
      <translation>Cetak bolak-balik</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Mati</translation>
    </message>
    <message>
      <source>Long side binding</source>
      <translation>Jilid sisi panjang</translation>
    </message>
    <message>
      <source>Short side binding</source>
      <translation>Jilid sisi pendek</translation>
    </message>
  </context>
  <context>
    <name>QPageSetupWidget</name>
    <message>
      <source>Paper</source>
      <translation>Kertas</translation>
    </message>
    <message>
      <source>Page size:</source>
      <translation>Ukuran halaman:</translation>
    </message>
    <message>
      <source>Width:</source>
      <translation>Lebar:</translation>
    </message>
    <message>
      <source>Height:</source>
      <translation>Tinggi:</translation>
    </message>
    <message>
      <source>Paper source:</source>
      <translation>Sumber kertas:</translation>
    </message>
    <message>
      <source>Orientation</source>
      <translation>Orientasi</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Tegak</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Mendatar</translation>
    </message>
    <message>
      <source>Margins</source>
      <translation>Margin</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Khusus</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Urungkan</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Ulangi</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Po&amp;tong</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Salin</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Tempel</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Pilih semua</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Salin &amp;alamat tautan</translation>
    </message>
  </context>
</TS>