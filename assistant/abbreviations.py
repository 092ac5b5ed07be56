"""Short forms officials type in questions ("nv Sở TP chủ trì", "NĐ 302: BTC và BNV …", "CT 09") read as
the words the documents print ("nhiệm vụ Sở Tư pháp chủ trì", "nghị định 302: Bộ Tài chính và Bộ Nội vụ …",
"chỉ thị 09"). The table is assistant/data/abbreviations.tsv; its head says how each context is read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from assistant.glossary import detect_language, is_vietnamese_syllable
from indexer.clean import strip_diacritics

CONTEXTS = ("head", "name", "number", "word")  # read in this order: "Sở NV" (Nội vụ) before "NV" (nhiệm vụ)
# around a short form: no letter, digit, "&", "/" or "-" of a longer form or a document's number ("KH&CN",
# "3531/QĐ-BTC", "617/KH-UBND")
_BEFORE = r"(?<![\w&/.-])"
_AFTER = r"(?![\w&/-])"
# "Sở TP", "bộ TC", "phòng TP", "so xd" (not after "các"/"những": "các sở TP HP" are the city's departments)
_BODY = r"(?<!\w)(?<!các )(?<!cac )(?<!những )(?<!nhung )((?:sở|bộ|phòng|so|bo|phong)\s+)"
# "so", "bo" typed without marks are also "số", "bỏ": after the words that make them a number ("tong so nv",
# "mot so", "chi so") they are no body
_UNMARKED_HEAD = re.compile(r"(?i)^(?:so|bo)\s+$")
_NUMBER_BEFORE = re.compile(r"(?i)\b(?:tong|mot|con|chi|toan|nhieu|it|danh|ghi|vao|theo|ca|cac)\s+$")
_ENGLISH_FRAME = re.compile(
    r"(?i)\b(?:the|which|what|who|whom|when|where|how|does|did|is|are|of|under|and)\b"
)
_NUMBER_NEXT = r"(?=\s*(?:số\s*|so\s*)?\d)"  # "CT 09", "cv số 6225"


@dataclass(frozen=True)
class ShortForm:
    context: str  # one of CONTEXTS
    form: str  # as the table writes it: "NV", "KH&ĐT", "TTg"
    full: str  # "nhiệm vụ", "Kế hoạch và Đầu tư", "Thủ tướng Chính phủ"
    unless_next: str = ""  # a pattern of what, right after it, makes it no short form of the table's
    unless_before: str = ""  # … and of what, right before it, does ("trong PL": an appendix, "phụ lục")
    otherwise: str = ""  # the full form then ("phụ lục"); none: the short form stays as typed

    def __post_init__(self) -> None:
        if self.context not in CONTEXTS:
            raise ValueError(f"abbreviations.tsv: unknown context {self.context!r} for {self.form!r}")
        if not self.form or not self.full:
            raise ValueError(f"abbreviations.tsv: empty short form or full form in context {self.context!r}")
        for pattern in (self.unless_next, self.unless_before):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"abbreviations.tsv: bad pattern for {self.form!r}: {exc}") from exc

    @property
    def capitals_only(self) -> bool:
        """A form that is also a Vietnamese syllable in lower case ("tp") is read only as written (but after
        "Sở", "Bộ")."""
        return is_vietnamese_syllable(self.form)


@lru_cache(maxsize=1)
def short_forms() -> tuple[ShortForm, ...]:
    text = files("assistant").joinpath("data/abbreviations.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, forms, full, unless, before, otherwise = (line.split("\t") + [""] * 5)[:6]
        out += [
            ShortForm(
                context.strip(), form.strip(), full.strip(), unless.strip(), before.strip(), otherwise.strip()
            )
            for form in forms.split("|")
        ]
    return tuple(out)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str], dict[str, ShortForm]], ...]:
    """(context, pattern, short form by its lower-case form) of each context, longer forms tried first."""
    out = []
    for context in CONTEXTS:
        forms = {f.form.lower(): f for f in short_forms() if f.context == context}
        if not forms:
            continue
        alternatives = "|".join(re.escape(k) for k in sorted(forms, key=len, reverse=True))
        body = _BODY if context == "head" else ""
        after = _NUMBER_NEXT if context == "number" else _AFTER  # ("NQ66": the number may touch it)
        if context == "head":
            after += r"(?!\s*\d)"  # ("so CT 09": a number, "số Chỉ thị 09")
        if context == "word":
            after += (
                r"(?!\s*(?:số\s*|so\s*)?\d)"  # ("KH 144" is a document's name: read as a kind, or not at all)
            )
        pattern = re.compile(rf"{body}{_BEFORE}({alternatives}){after}", re.IGNORECASE)
        out.append((context, pattern, forms))
    return tuple(out)


@lru_cache(maxsize=1)
def short_form_words() -> frozenset[str]:
    """The table's short forms in lower case: words a question may use that no passage need print."""
    return frozenset(f.form.lower() for f in short_forms())


# the shape of a syllable: consonants, vowels, at most two consonants ("dien", "thong"; not "ubnd")
_SYLLABLE_SHAPE = re.compile(r"[^aeiouy]*[aeiouy]+[^aeiouy]{0,2}")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")
_WORD_AFTER = re.compile(r"\W*([^\W\d_]+)")


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the words beside a short form are Vietnamese syllables in capitals ("… DIEN TU (02 TTHC)")."""
    before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    after = _WORD_AFTER.match(text, end)
    return any(
        w is not None
        and len(w.group(1)) >= 2
        and w.group(1).isupper()
        and is_vietnamese_syllable(w.group(1))
        and _SYLLABLE_SHAPE.fullmatch(strip_diacritics(w.group(1)).lower()) is not None  # (not "UBND")
        and w.group(1).lower() not in short_form_words()  # ("BTV TU": two short forms)
        and not re.fullmatch(r"[IVXLC]+", w.group(1))  # ("PL II", "nhóm II PL": a number)
        for w in (before, after)
    )


def expand_short_forms(text: str, contexts: tuple[str, ...] = CONTEXTS, as_typed: bool = True) -> str:
    """`text` with each short form of the table in `contexts` written in full — without tone marks when the
    question has none and `as_typed`, so that it stays a question typed without them. In an English question
    only bodies' names are read ("BTC", "Sở TP"): "CV", "ND" or "PL" may be English there."""
    if not re.search(r"[A-Za-zĐđ]{2}", text):
        return text
    # (a short question typed without marks may look English to the detector: "so yt can tho")
    english = detect_language(text) == "en" and bool(_ENGLISH_FRAME.search(text))
    marked = english or not as_typed or strip_diacritics(text) != text  # (any mark: "gì" is typed with one)

    def full(written: str) -> str:
        return written if marked else strip_diacritics(written)

    for context, pattern, forms in _patterns():
        if context not in contexts or (english and context in ("word", "number")):
            continue

        def replace(m: re.Match[str], forms=forms, context=context) -> str:
            said = m.group(m.lastindex)
            form = forms[said.lower()]
            # (after "Sở", "Bộ" a syllable is no word of its own: "sở tp")
            if form.capitals_only and said != form.form and context != "head":
                return m.group(0)
            if context == "word" and _in_capitals(m.string, m.start(), m.end()):
                return m.group(
                    0
                )  # ("THONG TIN DIEN TU": a title in capitals, its syllables typed without marks)
            if (
                context == "head"
                and _UNMARKED_HEAD.match(m.group(1))
                and _NUMBER_BEFORE.search(m.string[: m.start()])
            ):
                return m.group(0)
            written = form.full
            if (form.unless_next and re.match(form.unless_next, m.string[m.end() :])) or (
                form.unless_before and re.search(form.unless_before + r"$", m.string[: m.start()])
            ):
                # ("TP HCM", "TP. Hải Phòng": a city's name, read by the places; "trong PL II": an appendix)
                if not form.otherwise:
                    return m.group(0)
                written = form.otherwise
            # ("NQ66" → "Nghị quyết 66")
            space = " " if context == "number" and m.string[m.end() : m.end() + 1].isdigit() else ""
            return (m.group(1) if context == "head" else "") + full(written) + space

        text = pattern.sub(replace, text)
    return text
