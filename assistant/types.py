"""What the assistant returns: an answer with numbered citations. The JSON forms are the contract of
`kehoach ask --json` that the evaluation scripts and the web app rely on."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.messages import MESSAGES

INTENTS = (
    "lead_agency",
    "coordinating_agencies",
    "deadline",
    "output",
    "agency_tasks",  # "Sở Tài chính Phú Thọ chủ trì những nhiệm vụ nào?"
    "period_tasks",  # "nhiệm vụ nào hoàn thành năm 2026?"
    "fact",
    "compare",
    "general",
)

ABSTAIN_VI = MESSAGES["vi"]["abstain"]
ABSTAIN_EN = MESSAGES["en"]["abstain"]


@dataclass(frozen=True)
class Citation:
    n: int  # the [n] used in the answer text
    doc: str  # file name
    lines: tuple[int, int]  # 1-based inclusive lines of the original file
    section: str  # "Mục III, khoản 3" / "Phụ lục, nhóm VI, nhiệm vụ 2"
    title: str  # document title
    quote: str  # the cited text (repaired, normalised)
    number: str | None = None  # document number, e.g. "1218/QĐ-UBND"
    province: str | None = None
    kind: str = "clause"  # "clause" or "task"
    highlights: tuple[str, ...] = ()  # words of the question found in the quote, for highlighting

    def to_json(self) -> dict:
        return {
            "n": self.n,
            "doc": self.doc,
            "lines": list(self.lines),
            "section": self.section,
            "title": self.title,
            "quote": self.quote,
            "number": self.number,
            "province": self.province,
            "kind": self.kind,
        }


@dataclass(frozen=True)
class Answer:
    question: str
    text: str  # the answer, every claim carrying [n]
    abstained: bool
    intent: str
    citations: tuple[Citation, ...] = ()
    lang: str = "vi"
    mode: str = "extractive"  # "extractive" or "llm"
    notes: tuple[
        str, ...
    ] = ()  # visible notes: "LLM không phản hồi, trả lời trích xuất", flagged citations …
    closest: tuple[Citation, ...] = ()  # with an abstention: the nearest passages, for the reader to check
    latency_ms: float = 0.0
    meta: dict = field(
        default_factory=dict
    )  # understood province, agencies, year …, for display and debugging

    def to_json(self, id: object = None) -> dict:
        out = {
            "id": id,
            "question": self.question,
            "answer": self.text,
            "abstained": self.abstained,
            "intent": self.intent,
            "citations": [c.to_json() for c in self.citations],
            "latency_ms": round(self.latency_ms, 1),
            "lang": self.lang,
            "mode": self.mode,
            "notes": list(self.notes),
        }
        if self.closest:
            out["closest"] = [c.to_json() for c in self.closest]
        return out
