"""Attachments that forgive mistakes (issue 19 item 10), in a real SQLCipher register: the kind is
guessed from the name and can be corrected (audited); a wrong file can be removed (audited, its
content kept) and purged for good only when asked; ``check`` verifies after each step.
"""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain.attachment_kinds import guess_kind
from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.domain.errors import InvalidInput

GUESSES = [
    ("算法安全自评估报告.pdf", AttachmentKind.SELF_ASSESSMENT),
    ("Self-Assessment v2.docx", AttachmentKind.SELF_ASSESSMENT),
    ("self_assessment.pdf", AttachmentKind.SELF_ASSESSMENT),
    ("营业执照副本.jpg", AttachmentKind.BUSINESS_LICENCE),
    ("Business License.png", AttachmentKind.BUSINESS_LICENCE),
    ("算法备案承诺书（盖章）.pdf", AttachmentKind.COMMITMENT_LETTER),
    ("承诺书-含自评估说明.pdf", AttachmentKind.COMMITMENT_LETTER),  # the more specific word wins
    ("标识相关材料.zip", AttachmentKind.LABELLING),
    ("法人身份证正反面.jpg", AttachmentKind.ID_COPY),
    ("passport.pdf", AttachmentKind.ID_COPY),
    ("落实算法安全主体责任基本情况.docx", AttachmentKind.RESPONSIBILITY_STATEMENT),
    ("拟公示内容.txt", AttachmentKind.PUBLIC_DISCLOSURE),
    ("页面截图.png", AttachmentKind.SCREENSHOT),
    ("ＳＣＲＥＥＮＳＨＯＴ.PNG", AttachmentKind.SCREENSHOT),  # full-width letters, any case
    ("scan0001.pdf", AttachmentKind.OTHER),
]


@pytest.mark.parametrize(("name", "kind"), GUESSES, ids=[g[0] for g in GUESSES])
def test_kind_is_guessed_from_the_file_name(name, kind):
    assert guess_kind(name) is kind


@pytest.fixture
def algorithm_id(register) -> int:
    entity = register.create_entity(name="北京示例科技有限公司", uscc="91110000600037341L")
    algo = register.create_algorithm(
        entity.id,
        name="示例推荐算法",
        algo_type="02",
        role="provider",
        launch_date=date(2026, 1, 5),
    )
    return int(algo.id)


def check_lines(register) -> dict[str, str]:
    report = register.check()
    assert report.exit_code == 0, [str(line) for line in report.lines]
    return {line.name: line.text for line in report.lines}


def events(register, action: str) -> list:
    return [e for e in register.audit_events() if e.action == action]


def test_change_kind_is_audited_for_every_version(register, algorithm_id):
    first = register.add_attachment(OwnerType.ALGORITHM, algorithm_id, "other", "a.pdf", b"one")
    second = register.replace_attachment(first.id, "a.pdf", b"two")
    register.set_attachment_kind(second.id, AttachmentKind.SELF_ASSESSMENT)
    listed = register.attachments(OwnerType.ALGORITHM, algorithm_id)
    assert {(a.version, a.kind) for a in listed} == {
        (1, AttachmentKind.SELF_ASSESSMENT),
        (2, AttachmentKind.SELF_ASSESSMENT),
    }
    changed = events(register, "attachment.update")
    assert {(e.object_id, e.before["kind"], e.after["kind"]) for e in changed} == {
        (first.id, "other", "self_assessment"),
        (second.id, "other", "self_assessment"),
    }
    assert AttachmentKind.SELF_ASSESSMENT not in register.missing_attachments(
        algorithm_id, (AttachmentKind.SELF_ASSESSMENT,)
    )
    check_lines(register)


def test_only_the_current_version_changes_and_nothing_is_written_when_refused(
    register, algorithm_id
):
    first = register.add_attachment(OwnerType.ALGORITHM, algorithm_id, "other", "a.pdf", b"one")
    register.replace_attachment(first.id, "a.pdf", b"two")
    before = len(register.audit_events())
    for attempt in (
        lambda: register.set_attachment_kind(first.id, "labelling"),
        lambda: register.remove_attachment(first.id),
    ):
        with pytest.raises(InvalidInput) as refused:
            attempt()
        assert refused.value.issues[0].code == "attachment.not_current"
    with pytest.raises(InvalidInput) as refused:
        register.remove_attachment(999)
    assert refused.value.issues[0].code == "attachment.not_found"
    assert len(register.audit_events()) == before


def test_remove_keeps_the_blob_until_purge_and_check_still_verifies(register, algorithm_id):
    keep = register.add_attachment(OwnerType.ALGORITHM, algorithm_id, "other", "keep.pdf", b"k")
    wrong = register.add_attachment(
        OwnerType.ALGORITHM, algorithm_id, "business_licence", "wrong.pdf", b"w1"
    )
    wrong2 = register.replace_attachment(wrong.id, "wrong.pdf", b"w2")
    register.remove_attachment(wrong2.id)

    listed = register.attachments(OwnerType.ALGORITHM, algorithm_id)
    assert [a.filename for a in listed] == ["keep.pdf"]  # both versions of the wrong file gone
    assert AttachmentKind.BUSINESS_LICENCE in register.missing_attachments(
        algorithm_id, (AttachmentKind.BUSINESS_LICENCE,)
    )
    removed = register.removed_attachments(OwnerType.ALGORITHM, algorithm_id)
    assert [(a.id, a.version) for a in removed] == [(wrong.id, 1), (wrong2.id, 2)]
    assert register.attachment_content(wrong2.id)[1] == b"w2"  # kept, as history
    assert [e.object_id for e in events(register, "attachment.remove")] == [wrong2.id]
    assert "ok (3 match" in check_lines(register)["attachments"]

    purged = register.purge_removed_attachments(OwnerType.ALGORITHM, algorithm_id)
    assert {a.id for a in purged} == {wrong.id, wrong2.id}
    for gone in (wrong.id, wrong2.id):
        with pytest.raises(InvalidInput):
            register.attachment_content(gone)
    assert register.attachment_content(keep.id)[1] == b"k"
    deleted = events(register, "attachment.delete")
    assert {e.object_id for e in deleted} == {wrong.id, wrong2.id}
    assert all(e.after is None and e.before["filename"] == "wrong.pdf" for e in deleted)
    assert register.removed_attachments(OwnerType.ALGORITHM, algorithm_id) == []
    lines = check_lines(register)  # no "deleted without an event", the chain intact
    assert "ok (1 match" in lines["attachments"]
    assert lines["records"].startswith("ok")


def test_purge_with_nothing_removed_deletes_nothing(register, algorithm_id):
    register.add_attachment(OwnerType.ALGORITHM, algorithm_id, "other", "a.pdf", b"a")
    before = len(register.audit_events())
    assert register.purge_removed_attachments(OwnerType.ALGORITHM, algorithm_id) == []
    assert len(register.attachments(OwnerType.ALGORITHM, algorithm_id)) == 1
    assert len(register.audit_events()) == before
