"""Translated texts of the survey's elements, answers and profile options (English sources)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.services.survey import AGE_GROUPS, EDUCATION, OCCUPATIONS, SERVICES, SEXES


def element_names() -> tuple[str, ...]:
    """U1..U9 as PermenPANRB 14/2017 names them (the Indonesian translation gives the official names)."""
    return (
        QCoreApplication.translate("SurveyLabels", "Requirements"),
        QCoreApplication.translate("SurveyLabels", "Systems, mechanisms and procedures"),
        QCoreApplication.translate("SurveyLabels", "Completion time"),
        QCoreApplication.translate("SurveyLabels", "Cost/tariff"),
        QCoreApplication.translate("SurveyLabels", "Service product specification"),
        QCoreApplication.translate("SurveyLabels", "Staff competence"),
        QCoreApplication.translate("SurveyLabels", "Staff conduct"),
        QCoreApplication.translate("SurveyLabels", "Handling of complaints, suggestions and input"),
        QCoreApplication.translate("SurveyLabels", "Facilities and infrastructure"),
    )


def element_questions() -> tuple[str, ...]:
    """The question a citizen reads for each element, U1..U9."""
    return (
        QCoreApplication.translate("SurveyLabels", "How do you rate the requirements for this service?"),
        QCoreApplication.translate("SurveyLabels", "How do you rate the procedure of this service?"),
        QCoreApplication.translate("SurveyLabels", "How do you rate the time it took to serve you?"),
        QCoreApplication.translate(
            "SurveyLabels", "How do you rate the cost of this service (it should be free)?"
        ),
        QCoreApplication.translate("SurveyLabels", "How do you rate what you received from this service?"),
        QCoreApplication.translate("SurveyLabels", "How do you rate the competence of the officers?"),
        QCoreApplication.translate(
            "SurveyLabels", "How do you rate the conduct and courtesy of the officers?"
        ),
        QCoreApplication.translate(
            "SurveyLabels", "How do you rate the handling of complaints and suggestions?"
        ),
        QCoreApplication.translate("SurveyLabels", "How do you rate the facilities of the service room?"),
    )


def answer_labels() -> dict[int, str]:
    return {
        1: QCoreApplication.translate("SurveyLabels", "Poor"),
        2: QCoreApplication.translate("SurveyLabels", "Fair"),
        3: QCoreApplication.translate("SurveyLabels", "Good"),
        4: QCoreApplication.translate("SurveyLabels", "Very good"),
    }


def sex_labels() -> dict[str, str]:
    labels = {
        "L": QCoreApplication.translate("SurveyLabels", "Male"),
        "P": QCoreApplication.translate("SurveyLabels", "Female"),
    }
    return {code: labels[code] for code in SEXES}


def age_group_labels() -> dict[str, str]:
    labels = {
        "<20": QCoreApplication.translate("SurveyLabels", "Under 20"),
        "20-29": QCoreApplication.translate("SurveyLabels", "20–29"),
        "30-39": QCoreApplication.translate("SurveyLabels", "30–39"),
        "40-49": QCoreApplication.translate("SurveyLabels", "40–49"),
        "50-59": QCoreApplication.translate("SurveyLabels", "50–59"),
        "60+": QCoreApplication.translate("SurveyLabels", "60 and over"),
    }
    return {code: labels[code] for code in AGE_GROUPS}


def education_labels() -> dict[str, str]:
    labels = {
        "none": QCoreApplication.translate("SurveyLabels", "No schooling"),
        "SD": QCoreApplication.translate("SurveyLabels", "Primary school (SD)"),
        "SMP": QCoreApplication.translate("SurveyLabels", "Junior high (SMP)"),
        "SMA": QCoreApplication.translate("SurveyLabels", "Senior high (SMA/SMK)"),
        "D1-D3": QCoreApplication.translate("SurveyLabels", "Diploma (D1–D3)"),
        "D4-S1": QCoreApplication.translate("SurveyLabels", "Bachelor (D4/S1)"),
        "S2+": QCoreApplication.translate("SurveyLabels", "Master or doctorate (S2/S3)"),
    }
    return {code: labels[code] for code in EDUCATION}


def occupation_labels() -> dict[str, str]:
    labels = {
        "civil_servant": QCoreApplication.translate("SurveyLabels", "Civil servant"),
        "tni_polri": QCoreApplication.translate("SurveyLabels", "TNI/Polri"),
        "private": QCoreApplication.translate("SurveyLabels", "Private employee"),
        "self_employed": QCoreApplication.translate("SurveyLabels", "Self-employed"),
        "farmer": QCoreApplication.translate("SurveyLabels", "Farmer"),
        "student": QCoreApplication.translate("SurveyLabels", "Student"),
        "homemaker": QCoreApplication.translate("SurveyLabels", "Homemaker"),
        "other": QCoreApplication.translate("SurveyLabels", "Other"),
    }
    return {code: labels[code] for code in OCCUPATIONS}


def service_labels() -> dict[str, str]:
    labels = {
        "LP_B": QCoreApplication.translate("SurveyLabels", "Police report (LP)"),
        "DUMAS": QCoreApplication.translate("SurveyLabels", "Public complaint (Dumas)"),
        "SKTLK": QCoreApplication.translate("SurveyLabels", "Loss certificate (SKTLK)"),
        "INFO": QCoreApplication.translate("SurveyLabels", "Information"),
        "SKCK": QCoreApplication.translate("SurveyLabels", "Police record certificate (SKCK)"),
        "other": QCoreApplication.translate("SurveyLabels", "Other service"),
    }
    return {code: labels[code] for code in SERVICES}


def label_of(labels: dict[str, str], code: str) -> str:
    """The label of a code; "" reads "Not answered", an unknown code (an import's free text) stays as is."""
    if not code:
        return QCoreApplication.translate("SurveyLabels", "Not answered")
    return labels.get(code, code)
