"""The report form's parts (header, incident box) as the form puts them together."""

from __future__ import annotations

from ui.reports.incident_section import IncidentSection
from ui.reports.report_form import SHOWS, ReportForm
from ui.reports.report_form_header import ReportFormHeader
from ui.widgets.field_errors import FieldErrors


def test_incident_section_empties_what_a_kind_hides(qtbot, ctx):
    section = IncidentSection(ctx, FieldErrors())
    qtbot.addWidget(section)
    section.offense_edit.setText("  Curanmor R2 ")
    section.reported_party_edit.setText("Budi")
    section.loss_edit.setValue(1_500_000)

    section.apply_kind("LP_B")
    lp = section.values("LP_B")
    assert (lp["offense"], lp["reported_party"], lp["estimated_loss"]) == ("Curanmor R2", "Budi", 1_500_000)
    assert all(section.form.isRowVisible(row) for row in range(section.form.rowCount()))

    section.apply_kind("SKTLK")
    lost = section.values("SKTLK")
    assert (lost["offense"], lost["reported_party"], lost["estimated_loss"]) == ("", "", 1_500_000)
    assert not section.form.isRowVisible(0)  # the offense row
    assert section.form.isRowVisible(9)  # the estimated loss


def test_header_and_incident_box_speak_indonesian(qtbot, ctx, indonesian):
    header = ReportFormHeader(FieldErrors())
    section = IncidentSection(ctx, FieldErrors())
    qtbot.addWidget(header)
    qtbot.addWidget(section)
    section.apply_kind("DUMAS")
    assert header.title_label.text() == "Laporan baru"
    assert header.kind_combo.itemText(header.kind_combo.findData("SKTLK")) == "Kehilangan (SKTLK)"
    assert (section.title(), section.offense_label.text()) == ("Kejadian", "Perihal pengaduan *")


def test_tab_walks_header_citizen_incident_then_the_bottom(qtbot, ctx):
    form = ReportForm(ctx)
    qtbot.addWidget(form)
    expected = [
        form.kind_combo,
        form.channel_combo,
        *form.citizen.focus_chain(),
        *form.incident_section.focus_chain(),
        form.chronology_edit,
        form.lost_items.table,
        form.lost_items.add_button,
        form.lost_items.remove_button,
        form.save_button,
        form.cancel_button,
    ]
    assert form.incident_section.focus_chain()[0] is form.offense_edit
    assert form.incident_section.focus_chain()[-1] is form.loss_edit
    walked, widget = [], form.kind_combo
    for _ in range(500):  # the whole chain, labels and error lines included
        if any(widget is w for w in expected) and not any(widget is w for w in walked):
            walked.append(widget)
        widget = widget.nextInFocusChain()
    assert [w.objectName() for w in walked] == [w.objectName() for w in expected]
    assert all(a is b for a, b in zip(walked, expected, strict=True))
    assert SHOWS["lost_items"] == ("SKTLK",)
