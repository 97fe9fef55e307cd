"""Passphrase strength, judged by zxcvbn (pattern- and dictionary-aware), with reasons a person can use."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import WeakPassphraseError

MIN_LENGTH = 10
MAX_LENGTH = 1024
MIN_SCORE = 3  # zxcvbn's "safely unguessable": about 10^8 guesses, each one a costly Argon2id derivation
# zxcvbn refuses more than 72 characters (and is quadratic in the length); a longer passphrase is scored by
# its first 72, which already decide the score: a long one that starts weak ("aaaa…") stays weak.
_SCORED_PREFIX = 72


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) … 4 (very strong)
    acceptable: bool
    reason: str
    suggestions: tuple[str, ...]

    @property
    def label(self) -> str:
        return ("Very weak", "Weak", "Fair", "Strong", "Very strong")[self.score]


def assess(passphrase: str, personal_words: tuple[str, ...] = ()) -> Strength:
    """How hard *passphrase* is to guess; *personal_words* (name, label) count against it."""
    if len(passphrase) < MIN_LENGTH:
        score = 0 if not passphrase else _score(passphrase, personal_words)[0]
        return Strength(
            min(score, 1),
            False,
            f"Use at least {MIN_LENGTH} characters.",
            ("A few unrelated words make a long passphrase that is easy to remember.",),
        )
    if len(passphrase) > MAX_LENGTH:
        return Strength(4, False, f"Use at most {MAX_LENGTH} characters.", ())
    score, warning, suggestions = _score(passphrase, personal_words)
    if score >= MIN_SCORE:
        return Strength(score, True, "", ())
    reason = warning or "This passphrase would be easy to guess."
    return Strength(
        score, False, reason, suggestions or ("Add another word or two. Uncommon words are better.",)
    )


def require_strong(passphrase: str, personal_words: tuple[str, ...] = ()) -> None:
    strength = assess(passphrase, personal_words)
    if not strength.acceptable:
        raise WeakPassphraseError(strength.reason, strength.suggestions)


def _score(passphrase: str, personal_words: tuple[str, ...]) -> tuple[int, str, tuple[str, ...]]:
    # Imported on first use: its word lists are about 11 MiB of Python objects, which the sync service (it
    # imports the store but never scores a passphrase) would otherwise carry for its whole life.
    from zxcvbn import zxcvbn

    words = [w for w in personal_words if w]
    result = zxcvbn(passphrase[:_SCORED_PREFIX], user_inputs=words)
    feedback = result.get("feedback", {})
    return int(result["score"]), str(feedback.get("warning") or ""), tuple(feedback.get("suggestions") or ())
