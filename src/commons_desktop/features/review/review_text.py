"""What needs review, in plain words: which field a conflict is about, each value as a person reads it, and a
sentence for each entry, vote, record or change set aside, and for a stored copy that did not load."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from commons_desktop.community_state import CommunityState
from commons_desktop.labels import clock, plain_date
from commons_desktop.service.values import CommunityReview, SetAside
from sync.community import Choice, Conflict, ConflictWrite, EntryKind, Role
from sync.community.ledger import format_amount
from sync.community.model import ProjectStatus

__all__ = [
    "conflict_title",
    "load_problem_details",
    "load_problem_text",
    "member_name",
    "refused_text",
    "set_aside_text",
    "write_text",
]


translate = QCoreApplication.translate  # lupdate reads only literal translate("ReviewText", "…") calls


def member_name(state: CommunityState | None, member_id: str, me: str = "") -> str:
    """The name a member gave themselves, else a short form of their id (never an empty string); "(you)"
    after it when *member_id* is *me*."""
    member = state.members.get(member_id) if state is not None else None
    if member is not None and member.name:
        name = member.name
    elif not member_id:
        return translate("ReviewText", "someone outside the community")
    else:
        name = translate("ReviewText", "a member ({id}…)").format(id=member_id[:6])
    return translate("ReviewText", "{name} (you)").format(name=name) if member_id == me else name


def _record_title(state: CommunityState | None, coll: str, key: str) -> str:
    records = getattr(state, coll, {}) if state is not None else {}
    record = records.get(key)
    title = getattr(record, "title", None) or getattr(record, "name", None)
    return str(title) if title else translate("ReviewText", "(not here yet)")


def conflict_title(state: CommunityState | None, conflict: Conflict) -> str:
    """ "Proposal ‘New benches’: amount", "Ana’s role"…"""
    parts = conflict.path.split("/")
    coll, key = parts[0], parts[1] if len(parts) > 1 else ""
    field = parts[2] if len(parts) > 2 else ""
    if coll == "credit_limits":
        return translate("ReviewText", "{name}’s credit limit").format(name=member_name(state, key))
    if coll == "members":
        return translate("ReviewText", "{name}’s role").format(name=member_name(state, key))
    title = _record_title(state, coll, key)
    kinds = {
        "projects": translate("ReviewText", "Project ‘{title}’"),
        "circles": translate("ReviewText", "Lending circle ‘{title}’"),
        "proposals": translate("ReviewText", "Proposal ‘{title}’"),
    }
    fields = {
        "stake_price_minor": translate("ReviewText", "stake price"),
        "stakes_offered": translate("ReviewText", "stakes offered"),
        "status": translate("ReviewText", "status"),
        "contribution_minor": translate("ReviewText", "contribution per round"),
        "amount_minor": translate("ReviewText", "amount"),
    }
    what = kinds.get(coll, "{title}").format(title=title)
    return translate("ReviewText", "{what}: {field}").format(what=what, field=fields.get(field, field))


def _currency(state: CommunityState | None, conflict: Conflict) -> str:
    parts = conflict.path.split("/")
    if len(parts) < 2 or state is None:
        return ""
    record = getattr(state, parts[0], {}).get(parts[1]) if parts[0] != "credit_limits" else None
    return str(getattr(record, "currency", "") or "")


def _value_text(state: CommunityState | None, conflict: Conflict, value: str) -> str:
    field = conflict.path.rsplit("/", 1)[-1]
    if conflict.path.startswith("credit_limits/") and value.isdigit():
        hours, minutes = divmod(int(value), 60)
        return translate("ReviewText", "{h} h {m} min of time credit").format(h=hours, m=minutes)
    if field.endswith("_minor") and value.lstrip("-").isdigit():
        currency = _currency(state, conflict)
        return format_amount(int(value), currency) if currency else value
    if field == "role":
        return {
            Role.ADMIN.value: translate("ReviewText", "admin"),
            Role.MEMBER.value: translate("ReviewText", "member"),
        }.get(value, value)
    if field == "status" and value in _STATUSES:
        return translate("ReviewText", str(_STATUSES[value]))
    return value


def _when(at: dt.datetime) -> str:
    local = at.astimezone()
    return translate("ReviewText", "{date}, {time}").format(date=plain_date(local.date()), time=clock(local))


def write_text(state: CommunityState | None, conflict: Conflict, write: ConflictWrite, me: str = "") -> str:
    """One value as a person reads it, who set it and when: "25.00 EUR, set by Ana on 07 Dec 2026, 14:35";
    "(shown now)" after the one every copy shows until the conflict is settled."""
    text = translate("ReviewText", "{value}, set by {name} on {when}").format(
        value=_value_text(state, conflict, write.value),
        name=member_name(state, write.by, me)
        if write.by
        else translate("ReviewText", "someone who did not sign it"),
        when=_when(write.at),
    )
    if conflict.writes and conflict.writes[0] == write:
        text = translate("ReviewText", "{value} (shown now)").format(value=text)
    return text


_KINDS = {
    EntryKind.STAKE_BOUGHT: QT_TRANSLATE_NOOP("ReviewText", "A stake bought"),
    EntryKind.REPAYMENT: QT_TRANSLATE_NOOP("ReviewText", "A repayment"),
    EntryKind.LENDING_CIRCLE_CONTRIBUTION: QT_TRANSLATE_NOOP("ReviewText", "A lending circle payment"),
    EntryKind.LENDING_CIRCLE_PAYOUT: QT_TRANSLATE_NOOP("ReviewText", "A lending circle payout"),
    EntryKind.PURSE_DEPOSIT: QT_TRANSLATE_NOOP("ReviewText", "A deposit into the common purse"),
    EntryKind.PURSE_WITHDRAWAL: QT_TRANSLATE_NOOP("ReviewText", "A withdrawal from the common purse"),
    EntryKind.CREDIT_TRANSFER: QT_TRANSLATE_NOOP("ReviewText", "A time credit transfer"),
    EntryKind.TARGET_CONFIRMED: QT_TRANSLATE_NOOP("ReviewText", "A project's target confirmed"),
    EntryKind.CREDIT_CONFIRMED: QT_TRANSLATE_NOOP("ReviewText", "A confirmation of time credits received"),
    EntryKind.CIRCLE_JOINED: QT_TRANSLATE_NOOP("ReviewText", "A lending circle join"),
    EntryKind.CIRCLE_RECEIVED: QT_TRANSLATE_NOOP(
        "ReviewText", "A confirmation of a lending circle payment received"
    ),
}
_CHOICES: dict[Choice | None, object] = {
    Choice.YES: QT_TRANSLATE_NOOP("ReviewText", "yes"),
    Choice.NO: QT_TRANSLATE_NOOP("ReviewText", "no"),
    Choice.ABSTAIN: QT_TRANSLATE_NOOP("ReviewText", "abstain"),
    None: QT_TRANSLATE_NOOP("ReviewText", "sealed"),  # a sealed vote: its choice is not readable yet
}
_STATUSES = {
    ProjectStatus.PROPOSED.value: QT_TRANSLATE_NOOP("ReviewText", "proposed"),
    ProjectStatus.FUNDING.value: QT_TRANSLATE_NOOP("ReviewText", "raising money"),
    ProjectStatus.ACTIVE.value: QT_TRANSLATE_NOOP("ReviewText", "under way"),
    ProjectStatus.TARGET_MET.value: QT_TRANSLATE_NOOP("ReviewText", "target met"),
    ProjectStatus.REPAID.value: QT_TRANSLATE_NOOP("ReviewText", "repaid"),
    ProjectStatus.CLOSED.value: QT_TRANSLATE_NOOP("ReviewText", "closed"),
}


def set_aside_text(state: CommunityState | None, item: SetAside, me: str = "") -> str:
    """One sentence: what was set aside, whose it is, and why."""
    if item.entry is not None:
        entry = item.entry
        return translate("ReviewText", "{kind} of {amount} by {name} ({when}) is not counted: {why}.").format(
            kind=translate("ReviewText", str(_KINDS[entry.kind])),
            amount=format_amount(entry.amount_minor, entry.unit),
            name=member_name(state, entry.author, me),
            when=_when(entry.at),
            why=item.reason,
        )
    if item.vote is not None:
        vote = item.vote
        return translate("ReviewText", "{name}’s vote ({choice}) on ‘{title}’ is not counted: {why}.").format(
            name=member_name(state, vote.member_id, me),
            choice=translate("ReviewText", str(_CHOICES[vote.choice])),
            title=_record_title(state, "proposals", vote.proposal_id),
            why=item.reason,
        )
    return translate("ReviewText", "A record could not be read and is left out ({path}): {why}.").format(
        path=item.path, why=item.reason
    )


def refused_text(state: CommunityState | None, member_id: str, reason: str, me: str = "") -> str:
    return translate(
        "ReviewText",
        "A change by {name} was refused: {why}. It was never applied, and everything else keeps syncing.",
    ).format(name=member_name(state, member_id, me), why=reason)


def ahead_text(state: CommunityState | None, member_id: str, reason: str, me: str = "") -> str:
    line = translate("ReviewText", "A change by {name} is {why}.")
    return line.format(name=member_name(state, member_id, me), why=reason)


def load_problem_text(review: CommunityReview, name: str) -> str:
    """What happened to a stored copy, and what to do (the technical reason is `load_problem_details`)."""
    if review.opened:
        return translate(
            "ReviewText",
            "The copy of {name} stored on this computer was damaged. The last good copy was used instead: "
            "anything newer comes back from the other members the next time you sync.",
        ).format(name=name)
    return translate(
        "ReviewText",
        "A community stored on this computer could not be opened. Nothing was deleted, and nothing from it is "
        "shown or sent until it opens again. Restart Commons; if it still does not open, keep this computer's "
        "data as it is and ask someone who helps with Commons in your neighbourhood.",
    )


def load_problem_details(review: CommunityReview) -> str:
    """The technical reason, for whoever helps."""
    return translate("ReviewText", "Details for whoever helps: {why}").format(why=review.load_problem)
