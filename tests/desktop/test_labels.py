"""The app's translatable labels say the same as the store's English names."""

from __future__ import annotations

from commons_desktop import labels
from store import PlanSection, Question


def test_section_labels_match_the_store(qapp) -> None:
    for section in PlanSection:
        assert labels.section_title(section) == section.title
        assert labels.section_prompt(section) == section.prompt
        assert labels.section_response_label(section) == section.response_label
        assert labels.section_short_title(section)


def test_question_labels_match_the_store(qapp) -> None:
    for question in Question:
        assert labels.question_text(question) == question.text
    assert len(labels.answer_scale()) == 5
