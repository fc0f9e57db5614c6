<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
  <context>
    <name>CitizenSection</name>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="58" />
      <source>Reporter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="72" />
      <source>16 digits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="95" />
      <source>&amp;Use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="97" />
      <source>Fill the reporter's fields from the citizen on file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="121" />
      <source>Unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="134" />
      <source>Male (L)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="135" />
      <source>Female (P)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="155" />
      <source>08… or +62…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="160" />
      <source>&amp;NIK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="162" />
      <source>Na&amp;me *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="163" />
      <source>Place of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="165" />
      <source>Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="167" />
      <source>Sex</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="168" />
      <source>Religion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="169" />
      <source>Nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="170" />
      <source>Occupation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="171" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="172" />
      <source>Phone / WhatsApp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="298" />
      <source>female</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="298" />
      <source>male</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="300" />
      <source>Valid NIK: {sex}, born {date}, {region}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="309" />
      <source>Taken from the NIK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/citizen_section.py" line="320" />
      <source>Citizen on file: {details}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../ui/login_dialog.py" line="48" />
      <source>Sentra Desk — log in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="61" />
      <source>Sentra Desk · front desk (SPKT)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="79" />
      <source>8 digits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="83" />
      <source>NRP:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="84" />
      <source>Password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="94" />
      <source>Log in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="107" />
      <source>Enter your NRP.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="110" />
      <source>Enter your password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="135" />
      <source>Too many failed attempts: this account is locked until {time} WIB.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="138" />
      <source>Wrong NRP or password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/login_dialog.py" line="141" />
      <source>Could not log in: {error}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LostItemsEditor</name>
    <message>
      <location filename="../../ui/reports/lost_items_editor.py" line="37" />
      <source>Qty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/lost_items_editor.py" line="37" />
      <source>Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/lost_items_editor.py" line="37" />
      <source>Identifying numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/lost_items_editor.py" line="54" />
      <source>Insert: add a row · Ctrl+Delete: remove the current row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/lost_items_editor.py" line="57" />
      <source>&amp;Add item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/lost_items_editor.py" line="60" />
      <source>Re&amp;move item</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="36" />
      <source>Sentra Desk — %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="55" />
      <source>New report (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="95" />
      <source>Signed in: %1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="100" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="101" />
      <source>&amp;New report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="102" />
      <source>&amp;Print receipt…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="104" />
      <source>&amp;Open receipt PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="105" />
      <source>&amp;Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="106" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="112" />
      <source>&amp;Admin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="115" />
      <source>&amp;Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="116" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="120" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="121" />
      <source>&amp;About Sentra Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="145" />
      <source>Today, %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/main_window.py" line="146" />
      <source>%n report(s) received</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="218" />
      <source>Saved: %1 — press Ctrl+P to print the receipt, Ctrl+O to open the PDF.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="221" />
      <source>Saved (information, no number).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="227" />
      <source>About Sentra Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="228" />
      <source>Sentra Desk 0.1 — front desk (SPKT) application for police stations.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="232" />
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="233" />
      <source>The open form has unsaved changes. Quit anyway?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/app.py" line="141" />
      <source>&amp;Officers…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/app.py" line="142" />
      <source>&amp;Categories…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReceiptActions</name>
    <message>
      <location filename="../../ui/reports/receipt_actions.py" line="81" />
      <source>Receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/receipt_actions.py" line="81" />
      <source>The receipt could not be made: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/receipt_actions.py" line="98" />
      <source>Print receipt</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportDetail</name>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="41" />
      <source>Print receipt (Ctrl+P)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="42" />
      <source>Open PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="43" />
      <source>Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="69" />
      <source>Select a report to see it here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="72" />
      <source>Information (no number)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="81" />
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="82" />
      <source>Received by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="83" />
      <source>Reporter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="84" />
      <source>NIK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="85" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="86" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="87" />
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="88" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="89" />
      <source>Incident time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="91" />
      <source>Incident place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="92" />
      <source>Reported party</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="93" />
      <source>Witnesses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="94" />
      <source>Article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/detail_view.py" line="95" />
      <source>Estimated loss</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportForm</name>
    <message>
      <location filename="../../ui/reports/report_form.py" line="79" />
      <source>New report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="81" />
      <source>Edit report {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="98" />
      <source>Police report (LP model B)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="99" />
      <source>Complaint (Dumas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="100" />
      <source>Lost item (SKTLK)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="101" />
      <source>Information / consultation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="108" />
      <source>Walk-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="109" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="110" />
      <source>Online</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="111" />
      <source>Social media</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="114" />
      <source>Report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="116" />
      <source>&amp;Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="118" />
      <source>C&amp;hannel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="145" />
      <source>Unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="165" />
      <source>Jorong, street, landmark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="172" />
      <source>e.g. Pasal 362 KUHP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="184" />
      <source>Incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="187" />
      <source>What happened *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="189" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="190" />
      <source>Time of incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="191" />
      <source>Kecamatan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="192" />
      <source>Nagari</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="193" />
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="194" />
      <source>Terlapor (reported party)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="195" />
      <source>Witnesses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="196" />
      <source>Article (pasal)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="197" />
      <source>Estimated loss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="216" />
      <source>Lost items *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="237" />
      <location filename="../../ui/reports/report_form.py" line="473" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="240" />
      <source>Ctrl+S or Ctrl+Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="242" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="244" />
      <source>Esc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="246" />
      <source>* required · Ctrl+S saves · Esc cancels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="322" />
      <source>Offense (tindak pidana) *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="323" />
      <source>Subject of the complaint *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="324" />
      <source>Subject</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="326" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="326" />
      <source>Chronology *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="421" />
      <location filename="../../ui/reports/report_form.py" line="468" />
      <source>Save report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="421" />
      <source>Nobody is logged in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="464" />
      <source>You may not edit this report.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="467" />
      <source>The report could not be saved: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="473" />
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="485" />
      <source>Discard report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/report_form.py" line="486" />
      <source>Discard what you typed in this report?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../../ui/setup/wizard.py" line="343" />
      <source>Sentra Desk — station set-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="412" />
      <source>The passwords do not match.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="454" />
      <source>Set-up failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="455" />
      <source>The station could not be set up:
{error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="473" />
      <source>Check the set-up</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TodayModel</name>
    <message>
      <location filename="../../ui/reports/today_model.py" line="28" />
      <source>Number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="28" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="28" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="28" />
      <source>Citizen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="28" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="29" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="32" />
      <source>LP model B</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="32" />
      <source>Dumas complaint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="33" />
      <source>Lost item (SKTLK)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="33" />
      <source>Information</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="36" />
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="36" />
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="37" />
      <source>Forwarded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="37" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="37" />
      <source>Stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/today_model.py" line="38" />
      <source>Rejected</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>_AdminPage</name>
    <message>
      <location filename="../../ui/setup/wizard.py" line="311" />
      <source>First administrator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="312" />
      <source>This account manages officers and settings. You log in with it next.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="315" />
      <source>Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="317" />
      <source>8 digits, used to log in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="318" />
      <source>NRP:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="320" />
      <source>Rank:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="324" />
      <source>At least {count} characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="326" />
      <source>Password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="329" />
      <source>Repeat password:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>_IdentityPage</name>
    <message>
      <location filename="../../ui/setup/wizard.py" line="166" />
      <source>Station identity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="167" />
      <source>Which station is this? These details appear on every printed document.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="172" />
      <source>Polres (district)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="173" />
      <source>Polsek (sub-district)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="180" />
      <source>Level:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="182" />
      <source>Polda (province):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="184" />
      <source>Resor (district):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="186" />
      <source>e.g. Gunung Talang</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="187" />
      <source>Sector (Polsek only):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="190" />
      <source>Station code:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="192" />
      <source>Street, kabupaten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="193" />
      <source>Address:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="196" />
      <source>Written before the date above signatures, e.g. "Arosuka, 3 March 2026".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="198" />
      <source>Place for signatures:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="200" />
      <source>Phone:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>_NumbersPage</name>
    <message>
      <location filename="../../ui/setup/wizard.py" line="217" />
      <source>Letterhead and document numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="218" />
      <source>Check the letterhead lines and how receipts are numbered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="223" />
      <source>Letterhead:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="224" />
      <source>Number patterns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="227" />
      <source>{n} is the running number (it restarts every year), {month} the month in Roman numerals and {year} the year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="239" />
      <source>Police report (LP/B):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="240" />
      <source>Complaint (Dumas):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="241" />
      <source>Lost items (SKTLK):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="262" />
      <source>First number: {number}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>_SignatoryPage</name>
    <message>
      <location filename="../../ui/setup/wizard.py" line="271" />
      <source>Signatory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="272" />
      <source>Who signs receipts and letters on behalf of the head of the station?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="275" />
      <source>On behalf of:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="280" />
      <source>Title:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="282" />
      <source>Full name with degrees, e.g. Hendra Saputra, S.H.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="283" />
      <source>Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="285" />
      <source>Rank:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="287" />
      <source>8 digits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="288" />
      <source>NRP:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/setup/wizard.py" line="292" />
      <source>Preview:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <location filename="../../desktop/app.py" line="63" />
      <source>Unexpected error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/app.py" line="64" />
      <source>Something went wrong. Your saved records are safe. Copy the details below for the station IT officer.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <location filename="../../desktop/app.py" line="124" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/app.py" line="125" />
      <source>The language changes the next time Sentra Desk starts.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <source>NIK must be exactly 16 digits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The NIK's region code (digits 1-4) is unknown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The NIK's birth date (digits 7-12) is not a real date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The NIK's serial number (last 4 digits) cannot be 0000.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is not a valid NIK.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The NIK's kabupaten/kota code (digits 3-4) is unknown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The NIK's birth date is in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown placeholder; use only {n}, {month} and {year}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The pattern must contain {n} and {year}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The pattern has empty or doubled spaces.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unbalanced braces in the pattern.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An inactive category has this name; activate it instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A category with this name already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NRP must be 8 digits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rank is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown role.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unit is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An officer with this NRP already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You cannot deactivate your own account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is the last active admin; it cannot be deactivated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The reporter's name is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose L or P.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birth date is in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone: 8 to 15 digits, optionally starting with +.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown kind of report.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown channel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say what happened (offense / subject).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The chronology is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The loss must be a positive amount in rupiah.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incident time has no time zone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>List at least one lost item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown kecamatan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the kecamatan of the nagari.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sex does not match the NIK (women's NIK day is +40).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birth date does not match the NIK.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The incident time cannot be in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every lost item row needs the item's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This nagari is not in the chosen kecamatan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A lost item's quantity must be 1 to 100000.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The kind of a numbered report cannot change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Station code: letters, digits, - or _, at most 32 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose Polres or Polsek.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The resor's name is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The Polda's name is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A Polsek needs its sector's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The letterhead needs at least one line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The place written before the date on documents is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The signatory's name is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This database already has a station.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>