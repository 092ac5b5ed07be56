"""Answer strategies behind one small protocol, and the planner that chooses among them.

A strategy is a pure function of (query, view, scope): it reads the index view and returns an Outcome, or
None when it has nothing to say (the planner then tries the next one). Families:

- `listing`: an agency's tasks by role, tasks of a period — complete structured queries (assistant.listing);
- `overview`: a question that only names a place (assistant.listing);
- `compare_items`: two things of one place or document ("nhiệm vụ A và nhiệm vụ B, nhiệm vụ nào có hạn
  sớm hơn?"), each asked on its own (assistant.compare_items);
- `compare`: the same question per province or per document (assistant.compare);
- `bodies_due`: which bodies have something due on a date, from task rows and the body text's
  paragraphs (assistant.due_bodies);
- `duties`: what an agency the question names must do, from its own part of the body text
  (assistant.duties);
- `evidence`: task fields (lead, coordinating, deadline, output), facts with their values (numbers, sums,
  percentages, dates, document numbers), legal bases, signers and document metadata — the best task row
  or sentence, with one abstention decision (assistant.abstain).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field, replace
from typing import Protocol

from assistant import abstain, special
from assistant.addressees import answer_addressees, asks_addressees
from assistant.cited_documents import answer_cited_documents, asks_cited_documents
from assistant.column_listing import answer_column_listing
from assistant.compare import ENGLISH_KINDS, answer_compare, sides
from assistant.compare_items import QUOTED_WHOLE, halves
from assistant.compose import time_in_name
from assistant.count_compare import answer_count_compare, asks_count_compare
from assistant.due_bodies import answer_due_bodies, asks_bodies_due, asks_tasks_due
from assistant.duties import (
    IMPLEMENTATION_PART,
    addressed,
    answer_duties,
    answer_role_in_own_passage,
    asks_duties,
    own_in_articles,
    own_passages,
)
from assistant.evidence import has_answer_type, terms
from assistant.index_view import IndexView
from assistant.lead_bodies import answer_lead_bodies, asks_lead_bodies
from assistant.listed_documents import answer_listed_documents, asks_listed_documents
from assistant.listing import (
    ASKS_DEADLINES,
    answer_blank_listing,
    answer_body_after_event,
    answer_cell_listing,
    answer_groups,
    answer_listing,
    answer_overview,
    answer_section_period,
    answer_section_times,
    answer_text_deadlines,
    answer_text_period,
    answer_topic_listing,
    asks_after_event,
    asks_groups,
    asks_steps,
    asks_tasks,
    asks_time_source,
    column_value,
    document_years,
    group_markers,
    group_rows,
    output_values,
    quoted_value,
    row_cells,
    stated_percents,
)
from assistant.matches import NAMES_APPENDIX, TASK_INTENTS, SentenceMatch, TaskMatch, prints_cited_number
from assistant.matching import (
    DATED_RATIO,
    articles_in_scope,
    asked_document_field,
    find,
    names_a_day,
    says_a_date,
    says_when,
    tone_mismatch,
    unsupported_terms,
    without_document_names,
)
from assistant.messages import lang_of, say
from assistant.question_rules import (
    A_KHAC_GI_B,
    ASKS_PLACES,
    COMPARE,
    any_match,
    blank_column,
    filled_column,
    without_duty_frame,
)
from assistant.reference_leads import answer_reference_leads, asks_reference_leads
from assistant.reporting import answer_reporting, asks_reporting
from assistant.row_lists import find_titled_rows, state_titled_rows
from assistant.row_number import answer_row, asked_row
from assistant.rows_not_of import answer_rows_not_of, asks_rows_not_of
from assistant.section_rows import answer_section_rows, asks_section_rows
from assistant.sections import (
    answer_part_of_collective,
    answer_section,
    answer_under,
    asks_part_of_collective,
    asks_section,
    heading_by_words,
    heading_for,
    named_documents,
)
from assistant.statement import citations, state, stated
from assistant.types import Citation
from assistant.understand import Query, understand, without_words
from assistant.whom import given_by_reference, under_its_owner, with_its_subject
from indexer.period import parse_period
from indexer.records import Hit, Task
from indexer.text import fold


@dataclass
class Outcome:
    text: str
    citations: list[Citation]
    abstained: bool
    strategy: str
    hits: list[Hit] = field(default_factory=list)
    score: float | None = None
    closest: list[Citation] = field(default_factory=list)
    meta: dict = field(default_factory=dict)


class Strategy(Protocol):
    name: str

    def applies(self, query: Query) -> bool: ...

    def run(
        self, query: Query, view: IndexView, scope: set[str] | None, threshold: float
    ) -> Outcome | None: ...


def _counted(done, name: str) -> Outcome | None:
    """The outcome of a strategy whose answer counts what it lists (rows, groups, passages); None when it
    has no answer. An answer abstains when it says so ("không có dòng số 9")."""
    if done is None:
        return None
    return Outcome(
        done.text, done.citations, getattr(done, "abstained", False), name, meta={"count": done.count}
    )


class RowByNumber:
    name = "row_number"

    def applies(self, query: Query) -> bool:
        return (
            query.intent not in ("agency_tasks", "period_tasks", "compare")
            and asked_row(query.question) is not None
        )

    def run(self, query, view, scope, threshold):
        done = answer_row(view, query, scope)
        out = _counted(done, self.name)
        if (
            out is not None
            and not out.abstained
            and _cell_blank(query, [TaskMatch(1.0, t) for t in done.rows])
        ):
            # "nhiệm vụ số 9 có cơ quan phối hợp nào?" of a row that leaves the cell empty: the document does
            # not say; the answer says so and cites the row
            out.abstained = True
            out.meta["abstain"] = "blank_cell"
        elif (
            out is not None
            and not out.abstained
            and query.answer_type in _PRINTED_BY_ROW
            and not any(
                has_answer_type(_row_text(t), query.answer_type, question=query.question) for t in done.rows
            )
        ):
            # "How much budget is allocated to task 5?" of a row that prints no sum: the document does not say
            return Outcome(say(query.lang, "abstain"), [], True, self.name, meta={"abstain": "answer_type"})
        return out


class LeadsByReference:
    name = "reference_leads"

    def applies(self, query: Query) -> bool:
        # "Những sở nào được giao chủ trì các nhiệm vụ tại mục IV?"
        return asks_reference_leads(query)

    def run(self, query, view, scope, threshold):
        return _counted(answer_reference_leads(view, query, scope), self.name)


class SectionTimes:
    name = "section"

    def applies(self, query: Query) -> bool:
        # "Theo phần tổ chức thực hiện …, các sở, ban, ngành phải đáp ứng những mốc thời gian nào?"
        return query.intent == "deadline" and query.plural and not query.has_period

    def run(self, query, view, scope, threshold):
        return _counted(answer_section_times(view, query, scope), self.name)


class TextDeadlines:
    name = "text_deadlines"

    def applies(self, query: Query) -> bool:
        # "Nghị quyết 394 có những mốc thời hạn nào?": every time limit a document of few task rows sets
        return (
            query.intent in ("deadline", "general", "fact")
            and query.plural
            and bool(ASKS_DEADLINES.search(fold(query.question)))
        )

    def run(self, query, view, scope, threshold):
        return _counted(answer_text_deadlines(view, query, scope), self.name)


class RowsNotNaming:
    name = "listing"

    def applies(self, query: Query) -> bool:
        # "Which tasks … are NOT led by the Ministry of Construction?"
        return asks_rows_not_of(query)

    def run(self, query, view, scope, threshold):
        return _counted(answer_rows_not_of(view, query, scope), self.name)


class ColumnRows:
    name = "column_listing"

    def applies(self, query: Query) -> bool:
        return len(query.agencies) == 1 and query.intent != "compare"

    def run(self, query, view, scope, threshold):
        return _counted(answer_column_listing(view, query, scope), self.name)


class Groups:
    name = "groups"

    def applies(self, query: Query) -> bool:
        return asks_groups(query)

    def run(self, query, view, scope, threshold):
        if scope is None:
            # "Phụ lục … của Đề án chuyển đổi số trong hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng xây
            # dựng được chia thành những nhóm nào?": the document its title words name
            scope = named_documents(view, terms(query.topic), None, one=True)
        return _counted(answer_groups(view, query, scope), self.name)


# a role the question names itself ("chủ trì", "phối hợp", "lead", "coordinate")
_ROLE_NAMED = re.compile(r"\b(?:chu tri|phoi hop|lead|leads|led|coordinat\w*|in charge)\b")


# the topic syllables with which a period question names what is done ("ban hành báo cáo")
_PERIOD_TOPIC_SYLLABLES = 4


def _prints_year(text: str, years) -> bool:
    return any(re.search(rf"(?<!\d){y}(?!\d)", text) for y in years)


def _says_years(view: IndexView, heading, years) -> bool:
    """Whether a section's title, or one of its items, prints a year asked: "2. Mục tiêu cụ thể đến năm 2030";
    "1.4. Mục tiêu 4: Trong lĩnh vực y tế" over "- Chỉ tiêu 1: … vào năm 2025"."""
    texts = [heading.text, *(item.text for item in special.sub_items(view, heading))]
    return any(_prints_year(t, years) for t in texts)


def _items_say_years(view: IndexView, heading, years) -> bool:
    """Whether every item of a section prints a year asked (a section of that year's targets)."""
    items = special.sub_items(view, heading)
    return bool(items) and all(_prints_year(item.text, years) for item in items)


# targets asked, several ("những chỉ tiêu nào", "health-sector targets"; not "mục tiêu gì cho năm 2028", one)
_TARGETS = re.compile(r"\b(?:(?:nhung|cac) (?:chi tieu|muc tieu)|targets|objectives|goals)\b")
# targets or aims to reach by a year ("những chỉ tiêu nào … đến năm 2025", "which targets … by 2030")
_TARGET_WORDS = r"\b(?:chi tieu|muc tieu|targets?|objectives?|goals?)\b"
_ASKS_TARGETS_BY = re.compile(
    rf"{_TARGET_WORDS}.*\b(?:den|toi)(?: het)? nam (?:19|20)\d\d\b"
    rf"|{_TARGET_WORDS}.*\b(?:by|to|until|for) (?:the end of )?(?:19|20)\d\d\b"
)


class Listing:
    name = "listing"

    def applies(self, query: Query) -> bool:
        return query.intent in ("agency_tasks", "period_tasks")

    def run(self, query, view, scope, threshold):
        if (
            query.intent == "agency_tasks"
            and (waits := answer_body_after_event(view, query, scope)) is not None
        ):
            # "Sở Tư pháp chủ trì những nhiệm vụ nào thực hiện sau khi Đề án được ban hành?": its rows that wait
            return Outcome(
                waits.text, waits.citations, waits.abstained, self.name, meta={"count": waits.count}
            )
        # "Theo phần Tổ chức thực hiện, những việc nào phải hoàn thành trong năm 2025?": that section's own
        if (
            query.intent == "period_tasks"
            or (
                query.intent == "agency_tasks"
                and query.years
                and IMPLEMENTATION_PART.search(fold(query.question))
            )
        ) and (named := answer_section_period(view, query, scope)) is not None:
            # ("Phần tổ chức thực hiện … yêu cầu các sở và UBND cấp xã làm xong những việc gì trong năm 2025?": the
            # sentences of that part addressed to them, not the rows they lead)
            return Outcome(named.text, named.citations, False, self.name, meta={"count": named.count})
        if (
            query.intent == "agency_tasks"
            and asks_duties(query)
            and len(addressed(query)) == 1  # (the duties strategy answers for one body)
            and re.search(r"\bto chuc thuc hien\b", fold(query.topic))
            # ("… (cả phần tổ chức thực hiện và phụ lục)": the rows too)
            and not NAMES_APPENDIX.search(fold(query.question))
        ):
            # "What does the plan ask the Department of Finance to do in its implementation section?": the
            # section addressed to it, not the appendix rows it leads
            return None
        if (
            query.intent == "agency_tasks"
            and (articles := articles_in_scope(view, query, scope))
            and not _ASKS_ROWS_OR_DATA.search(fold(query.question))
            and own_in_articles(view, list(query.agencies), scope, articles)
        ):
            # "Điều 18 QĐ 384 giao Văn phòng Trung ương Đảng chủ trì những việc gì?": what that article gives the
            # body, not the rows of the appendix it leads (not "… tại Phần III Điều 1 Quyết định 2597" of an
            # article that approves the plan whose parts hold the rows, naming no body)
            return None
        if (
            query.intent in ("period_tasks", "agency_tasks")
            and query.periods_set_aside == ("năm cụ thể",)
            and not (query.years or query.quarters or query.months or query.periods)
            and asks_time_source(query.question)
        ):
            # "… which tasks have no fixed date and are instead timed to some other event?": the rows whose time
            # waits on an event, not every row that prints no year ("Thường xuyên" too)
            return None
        if (
            query.intent == "period_tasks"
            and not asks_tasks(query)
            and not query.until  # (a day asked bounds rows: "… nhiệm vụ nào có hạn trước ngày 15/12/2025")
            and any(
                heading is not None and _says_years(view, heading, query.years)
                for heading in (heading_for(view, query, scope), heading_by_words(view, query, scope))
            )
        ):
            # "Liệt kê các mục tiêu cụ thể của Nghị quyết 394 đến năm 2030": the section titled with that year
            # ("2. Mục tiêu cụ thể đến năm 2030"), not the rows of 2030; "… những chỉ tiêu nào trong lĩnh vực y tế
            # đến năm 2025?": the section named whose items say that year ("- Chỉ tiêu 1: … vào năm 2025")
            return None
        if (
            query.intent == "period_tasks"
            and _ASKS_TARGETS_BY.search(folded := fold(query.question))
            and not re.search(r"\b(?:nhiem vu|viec|tasks?)\b", folded)
        ):
            # "Kế hoạch 174 đặt những chỉ tiêu nào trong lĩnh vực y tế đến năm 2025?": targets to reach by a year
            # are what the plan's aims say, not the rows due that year
            return None
        if scope is None and query.agencies:
            # "Trong Kế hoạch sửa đổi các luật, nghị quyết phục vụ sắp xếp bộ máy của Quốc hội, Ban Công tác đại
            # biểu là cơ quan soạn thảo những văn bản nào?": the one document the question names by its title,
            # whose words then name no rows
            scope = named_documents(view, terms(query.topic), None, one=True)
        listed = answer_listing(view, query, scope)
        if listed.abstained and query.within and len(query.years) == 1 and not query.span_asked:
            # "nhiệm vụ nào có thời gian thực hiện là năm 2028?" of rows none of which lies within 2028 alone
            # ("Năm 2028 đến 2029"): the rows that reach into it
            reaching = answer_listing(view, replace(query, within=False), scope)
            if not reaching.abstained:
                listed = reaching
        if listed.abstained and query.intent == "period_tasks":
            # a document with no task table sets its time limits in its sentences
            texts = answer_text_period(view, query, scope)
            if texts is not None:
                return Outcome(texts.text, texts.citations, False, self.name, meta={"count": texts.count})
            if not asks_tasks(query) and query.topic_words >= _PERIOD_TOPIC_SYLLABLES:
                # "Under Regulation 384, what must data custodians issue and report each year?": no row, and the
                # question asks for no tasks but for what is done in a period in words of its own: the passages
                # may say it
                return None
        if (
            query.soft_listing
            and query.topic_words >= 2
            and (listed.abstained or listed.off_topic >= 2)
            and not listed.own
        ) or (
            # "Sở Tài chính có nhiệm vụ gì về kinh phí thực hiện?": no row the agency leads (a role the
            # question does not name), its duties about that may stand in the text
            not listed.count
            and not listed.own
            and query.topic_words >= 2
            and asks_duties(query)
            and not _ROLE_NAMED.search(fold(query.question))
        ):
            # "Sở X phải làm gì để …": no row fits, or the question speaks of things no task row names
            # ("sau mỗi kỳ họp Quốc hội các sở phải làm gì"): the passages may say it
            return None
        return Outcome(
            listed.text, listed.citations, listed.abstained, self.name, meta={"count": listed.count}
        )


_WHICH_TASKS = re.compile(
    # ("Which Ha Tinh appendix tasks …": a place and a part said before the noun)
    r"\b(?:nhiem vu|viec|hoat dong) nao\b|\bwhich (?:\w+ ){0,3}(?:tasks?|activit(?:y|ies)|rows?)\b"
)


# the rows of a table or its data asked ("… trong phụ lục", "appendix tasks", "chủ quản những dữ liệu nào"): not an
# article's own text, whichever article the question cites
_ASKS_ROWS_OR_DATA = re.compile(r"\b(?:phu luc|appendix|annex|du lieu|data)\b")


# several things of any kind asked for: "những nghị quyết nào", "which resolutions", "list"
_WHICH_ANY = re.compile(r"\b(?:nhung|cac) (?:\w+ ){1,2}nao\b|\bwhich (?:\w+ )?\w+s\b|\blist\b|\bliet ke\b")


class CellListing:
    name = "cell_listing"

    def applies(self, query: Query) -> bool:
        # "Những nhiệm vụ nào có thời gian thực hiện “Theo quy định của trung ương”?"
        # ("những nghị quyết nào có tiến độ theo kết quả rà soát …": rows of documents to draft, by a cell)
        return (
            query.intent != "compare"
            # (a body named too, beside a value quoted: "Những nghị quyết nào do Ban Công tác đại biểu soạn thảo
            # mà tiến độ chỉ ghi “theo kết quả rà soát …”?": its rows that print the value)
            and (
                not query.agencies
                or quoted_value(query.question)
                # ("Sở Tư pháp chủ trì những nhiệm vụ nào thực hiện sau khi Đề án được ban hành?": its rows of them)
                or asks_time_source(query.question)
                or asks_after_event(query.question)
            )
            and (
                asks_tasks(query)
                or bool(column_value(query.question))
                # ("Những nghị quyết nào … mà tiến độ chỉ ghi “…”?": rows of any kind, by a value quoted)
                or (quoted_value(query.question) and bool(_WHICH_ANY.search(fold(query.question))))
                or bool(output_values(query.question))
                # ("nhiệm vụ nào không ghi cơ quan phối hợp?": the rows that leave a column empty)
                or (
                    bool(blank_column(query.question) or filled_column(query.question))
                    and bool(_WHICH_TASKS.search(fold(query.question)))
                )
                # ("nhiệm vụ nào có thời gian thực hiện phụ thuộc vào …": the rows whose time waits on what it names)
                or asks_time_source(query.question)
                # ("Nhiệm vụ nào … thực hiện sau khi có văn bản của Trung ương?": the rows that wait for that event)
                or asks_after_event(query.question)
            )
        )

    def run(self, query, view, scope, threshold):
        # "Những nhiệm vụ nào trong phụ lục không ghi cơ quan phối hợp?": the rows that leave that cell empty
        listed = answer_blank_listing(view, query, scope) or answer_cell_listing(view, query, scope)
        if listed is None:
            return None
        return Outcome(
            listed.text, listed.citations, listed.abstained, self.name, meta={"count": listed.count}
        )


class TopicListing:
    name = "topic_listing"

    def applies(self, query: Query) -> bool:
        return (
            # ("… gồm những dữ liệu nào và do cơ quan nào chủ quản?": the rows, each with its lead)
            query.intent in ("general", "fact", "lead_agency")
            # ("Phụ lục kế hoạch … có bao nhiêu nhiệm vụ?": the rows, counted; "những chỉ tiêu nào đạt mức 80%?":
            # the rows that print the percentage stated)
            and (
                query.answer_type is None
                # ("nhóm I gồm những văn bản nào?": rows that are documents, not a document's number)
                or (query.answer_type == "doc_number" and asks_tasks(query))
                or _counts_rows(query)
                or asks_steps(query)
                or (query.answer_type == "percent" and bool(stated_percents(query.question)))
            )
            and not query.agencies
            and not query.has_period
            and (asks_tasks(query) or _counts_rows(query) or asks_steps(query))
            # ("Which agencies lead tasks in the appendix?": the bodies, each with its rows)
            and not asks_lead_bodies(query)
        )

    def run(self, query, view, scope, threshold):
        listed = answer_topic_listing(view, query, scope)
        if listed is None:
            return None
        if asks_steps(query) and special.procedure_unlisted(query.question, listed.text):
            # "thủ tục cấp mới … gồm mấy bước?" of the steps of "Thủ tục cấp lại …": another procedure's steps
            return None
        return Outcome(listed.text, listed.citations, False, self.name, meta={"count": listed.count})


# the nouns a table's rows are counted by ("bao nhiêu nhiệm vụ", "how many tasks")
_ROW_NOUNS = frozenset({"nhiem vu", "de an", "chi tieu", "hoat dong", "dau viec"})


class CountCompare:
    name = "count_compare"

    def applies(self, query: Query) -> bool:
        # "Hà Tĩnh và Vĩnh Long, nơi nào giao Sở Tư pháp nhiều nhiệm vụ chủ trì hơn?"
        return asks_count_compare(query)

    def run(self, query, view, scope, threshold):
        counted = answer_count_compare(view, query, scope)
        if counted is None:
            return None
        return Outcome(counted.text, counted.citations, False, self.name, meta={"count": counted.count})


class ListedDocuments:
    name = "listed_documents"

    def applies(self, query: Query) -> bool:
        # "Bộ VHTTDL đã ban hành những kế hoạch nào được liệt kê trong danh mục kèm Công văn 6225?"
        return bool(asks_listed_documents(query))

    def run(self, query, view, scope, threshold):
        listed = answer_listed_documents(view, query)
        if listed is None:
            return None
        text, cites, count = listed
        return Outcome(text, cites, False, self.name, meta={"count": count})


class CitedDocuments:
    name = "cited_documents"

    def applies(self, query: Query) -> bool:
        # "Kế hoạch Hà Tĩnh yêu cầu thực hiện nghiêm những nghị định, quyết định nào?", "Which decrees does the
        # plan cite?"
        return asks_cited_documents(query) is not None

    def run(self, query, view, scope, threshold):
        cited = answer_cited_documents(view, query, scope)
        if cited is None:
            return None
        return Outcome(cited.text, cited.citations, False, self.name, meta={"count": cited.count})


class LeadBodies:
    name = "lead_bodies"

    def applies(self, query: Query) -> bool:
        # "Kế hoạch 174 giao những sở nào chủ trì các hoạt động trong mục Nội dung hoạt động?"
        return asks_lead_bodies(query)

    def run(self, query, view, scope, threshold):
        listed = answer_lead_bodies(view, query, scope)
        if listed is None:
            return None
        return Outcome(listed.text, listed.citations, False, self.name, meta={"count": listed.count})


def _counts_rows(query: Query) -> bool:
    return query.answer_type == "count" and fold(query.count_noun) in _ROW_NOUNS


class Overview:
    name = "overview"

    def applies(self, query: Query) -> bool:
        return not query.topic and not query.agencies and not query.has_period and bool(query.provinces)

    def run(self, query, view, scope, threshold):
        listed = answer_overview(view, query, scope)
        return Outcome(listed.text, listed.citations, False, self.name)


class Compare:
    name = "compare"

    def applies(self, query: Query) -> bool:
        return query.intent == "compare"

    def run(self, query, view, scope, threshold):
        merged = self._merged_row(query, view, scope)
        if merged is not None:
            return merged
        if (
            not query.provinces
            and len(query.docs) < 2
            and not any_match(ASKS_PLACES, fold(query.question))
            and not _NAMES_SIDES.search(fold(query.question))
            and len(sides(view, query, scope)) > 2
        ):
            # two things that name no place ("… nhóm 1, nhóm 2 khác gì so với nhóm 3, nhóm 4?") are not a
            # comparison of every place in the index: the passages answer
            return None
        f = fold(query.question)
        if (
            len(query.provinces) < 2
            and len(query.docs) < 2
            and any_match((A_KHAC_GI_B,), f)
            and not any_match(tuple(p for p in COMPARE if p is not A_KHAC_GI_B), f)
        ):
            # "Trách nhiệm của Bộ Xây dựng khác gì trách nhiệm của Bộ Tài chính theo Quyết định 2597?": two things
            # of one document, not its place's documents one against another; the passages answer
            return None
        if len(query.provinces) < 2 and len(query.docs) < 2 and _THE_TWO_TASKS.search(f):
            # "In Hải Phòng's financial-mechanism tasks, how do the two tasks differ in lead body and timing?":
            # the rows of the group the question names, each with its cells, set side by side
            kept = _COLUMN_ASKED.sub(" ", fold(query.topic)).split()
            # (the rows of a group: "nhóm" says so, as "the financial-mechanism group" would)
            group = " ".join(["nhóm", *(w for w in query.topic.split() if fold(w) in kept)])
            listed = answer_topic_listing(view, replace(query, intent="general", topic=group), scope)
            if listed is not None and 2 <= listed.count <= MAX_ROWS_SIDE_BY_SIDE:
                return Outcome(
                    listed.text, listed.citations, False, "topic_listing", meta={"count": listed.count}
                )
        done = answer_compare(view, query, scope, threshold)
        return Outcome(done.text, done.citations, done.abstained, self.name, hits=done.hits)

    @staticmethod
    def _merged_row(query: Query, view: IndexView, scope: set[str] | None) -> Outcome | None:
        """ "Đề án ưu tiên số 1 có hai cơ quan chủ trì; cơ quan phối hợp của mỗi bên khác nhau thế nào?": one
        row named by its number that holds two records (its lead cell and the cells after it merged over
        two lines of bodies), each answered; None when the question names no one such row."""
        if len(query.docs) > 1 or len(query.provinces) > 1 or halves(query.question) is not None:
            return None
        aspect = query.aspect if query.aspect in TASK_INTENTS else "lead_agency"
        done = answer_row(view, replace(query, intent=aspect), scope)
        if done is None or done.abstained or len(done.rows) < 2:
            return None
        return _counted(done, "row_number")


# "how do the two tasks differ", "hai nhiệm vụ này khác nhau thế nào": the rows of one group, compared
_THE_TWO_TASKS = re.compile(r"\b(?:the two|both|these two|those two|hai|2) (?:tasks|nhiem vu)\b")
MAX_ROWS_SIDE_BY_SIDE = 6
# (folded) what is compared of the rows, not the words that name their group
_COLUMN_ASKED = re.compile(
    r"\b(?:hai|thoi diem|thoi gian|thoi han|co quan|chu tri|phoi hop|ket qua|san pham|khac nhau|nhu the nao)\b"
)


def _two_documents(view: IndexView, scope: set[str] | None, parts) -> bool:
    """Whether the two things are two documents in scope named by their kinds ("Công văn của Tỉnh ủy Hà Tĩnh"
    and "Kế hoạch của UBND tỉnh Hà Tĩnh ghi số hiệu …"): a comparison of documents, the `compare` strategy's."""
    kinds = {fold(d.kind) for d in view.docs.values() if d.kind and (scope is None or d.name in scope)}
    said = []
    for thing in (parts.first, parts.second):
        f = fold(thing).strip()
        # (the kind and its issuer: "công văn của Tỉnh ủy"; not a law or a resolution a task drafts, "Luật sửa
        # đổi Luật Tổ chức Quốc hội")
        # ("Mặt trận … được giao làm gì trong kế hoạch của UBND tỉnh": the document the first thing is read in)
        kind = next(
            (k for k in kinds if re.search(rf"(?:^|\b(?:trong|theo) ){re.escape(k)} (?:cua|of|by) ", f)), None
        )
        # ("the Hà Tĩnh People's Committee plan", "the Provincial Party Committee letter": the kind after its
        # place or issuer)
        english = _ENGLISH_DOCUMENT.match(f)
        if kind is None and english and ENGLISH_KINDS[english.group(1)] in kinds:
            kind = ENGLISH_KINDS[english.group(1)]
        if kind is None:
            return False
        said.append(kind)
    return said[0] != said[1]


_ENGLISH_DOCUMENT = re.compile(r"^the (?:[\w'-]+ ){0,6}?(plan|letter|dispatch|directive|resolution)\b")


# a comparison of the documents or places themselves ("Các kế hoạch … khác nhau thế nào?")
_NAMES_SIDES = re.compile(
    r"\b(?:ke hoach|van ban|chuong trinh|cong van|chi thi|tinh|thanh pho|dia phuong|plans?|documents?"
    r"|provinces?|cities|localities)\b"
)


# the words two things asked alike open with ("hoạt động A và hoạt động B", "the task of A and the task of B")
_ALIKE_HEAD = re.compile(
    r"^(?:the )?(?:hoat dong|nhiem vu|viec|chi tieu|de an|du an|du thao|tasks?|activity|activities|project|indicator"
    r"|drafts?|buoc|steps?|quy trinh|thu tuc|procedures?)\b"
    # "… the amendment of Resolution 730/2004 (…) and of Resolution 44/2024 (…)": two rows of a table of
    # documents to draft, each named by the document it amends
    r"|^(?:of |cua )(?:the )?(?:resolution|nghi quyet|law|luat|decree|nghi dinh|circular|thong tu)\b"
)
ALIKE_WORDS = 3  # words of each of two things asked alike


def _two_alike(question: str) -> bool:
    """Whether a question asks one thing of two things named alike: "hoạt động lồng ghép … và hoạt động triển
    khai … do cơ quan nào chủ trì?" (not "nhiệm vụ xây dựng và vận hành Cổng pháp luật": one task)."""
    parts = halves(question)
    if parts is None:
        return False
    first, second = fold(parts.first), fold(parts.second)
    if QUOTED_WHOLE.fullmatch(parts.first) and QUOTED_WHOLE.fullmatch(parts.second):
        return True  # "… the 'discipline data' and the 'data on disciplinary decisions'?": two things named
    if _asked_alike(first.split(), second.split()):
        return True
    head = _ALIKE_HEAD.match(first)
    return (
        head is not None
        and second.startswith(head.group(0))
        and min(len(first.split()), len(second.split())) >= ALIKE_WORDS
    )


# "who is in charge of A and who of B", "ai phụ trách chỉ tiêu A và ai phụ trách chỉ tiêu B": the same ask
# said before each thing — an asking word and at least two more words alike, then words of each thing's own
# (not "who leads A and who coordinates it": two asks)
_ASKING_WORDS = frozenset("who which what ai".split())
ASKED_ALIKE_WORDS = 3  # the ask's words both things share, the asking word included


def _asked_alike(first: list[str], second: list[str]) -> bool:
    # ("ai …", "who …", "cơ quan nào …", "sở nào …")
    if not (first[:1] and first[0] in _ASKING_WORDS or "nao" in first[1:3]):
        return False
    shared = 0
    while shared < min(len(first), len(second)) and first[shared] == second[shared]:
        shared += 1
    # (not "cơ quan nào chủ trì nhiệm vụ X và cơ quan nào phối hợp nhiệm vụ X", "what is the deadline for X and
    # what is the lead agency for X": one thing, two asks — what follows the shared words ends alike)
    same_end = 0
    while same_end < min(len(first), len(second)) - shared and first[-1 - same_end] == second[-1 - same_end]:
        same_end += 1
    return (
        shared >= ASKED_ALIKE_WORDS
        and min(len(first), len(second)) - shared >= OWN_WORDS
        and same_end < ASKED_ALIKE_END
    )


ASKED_ALIKE_END = 2  # two things asked alike that end in this many words alike are one thing asked twice


class CompareItems:
    name = "compare_items"

    def applies(self, query: Query) -> bool:
        # comparisons of places or documents are the `compare` strategy's ("tỉnh nào …" too: see halves)
        if len(query.provinces) > 1 or len(query.docs) > 1:
            return False
        # "hoạt động A và hoạt động B do cơ quan nào chủ trì?": one field asked of two things alike
        # ("what must the Ministry of Finance do by 26/11 and what must the Ministry of Education do by 30/11?":
        # what two bodies are asked, that no listing of their rows answered)
        return query.intent == "compare" or (
            query.intent in (*TASK_INTENTS, "general", "agency_tasks") and _two_alike(query.question)
        )

    def run(self, query, view, scope, threshold):
        aspect = query.aspect if query.aspect != "compare" else "general"
        if query.intent == "agency_tasks":
            aspect = "agency_tasks"  # what each body is asked to do, not who leads
        folded = fold(query.question)
        if _TWO_OF_GROUP.search(folded) or (_TWO_ROWS.search(folded) and group_markers(query.question)):
            pair = group_rows(view, query, scope)
            if len(pair) == 2:
                return self._pair(query, view, scope, threshold, pair, aspect)
        parts = halves(query.question)
        if parts is None or _two_documents(view, scope, parts):
            return None
        if aspect in ("general", "fact") and (
            query.answer_type in ("date", "year")
            or all(_DUE_THING.match(fold(thing)) for thing in (parts.first, parts.second))
        ):
            # "việc nào có hạn sớm hơn?", "hạn A và hạn B chênh nhau thế nào?": two things' time limits
            aspect = "deadline"
        elif aspect in TASK_INTENTS and aspect != "deadline":
            asked = understand(f"{parts.context} {parts.after}".strip())
            if asked.answer_type in ("date", "year") and asked.aspect in ("general", "fact", "deadline"):
                # "which starts earlier: … (task 1) or the coordinated inspection … (task 4)?": the words
                # outside the two things ask a time; a role named inside one of them is that thing's name
                aspect = "deadline"
        outcomes = []
        for thing in (parts.first, parts.second):
            read = understand(
                f"{parts.context} {thing} {parts.after}".strip(),
                documents=view.docs.values(),
                agency_names=view.printed_agencies,
            )
            if len(read.provinces) > 1 or len(read.docs) > 1:
                return None
            sub = replace(
                query,
                question=read.question,  # this thing's own words ("… gửi Sở Tài chính": a recipient)
                intent=aspect,
                aspect=aspect,
                topic=read.topic,
                search_text=read.search_text,
                expansions=read.expansions,
                agencies=read.agencies,
                doc_hints=read.doc_hints,
                # the periods and documents this thing names, not the other's
                years=read.years,
                quarters=read.quarters,
                months=read.months,
                periods=read.periods,
                doc_numbers=read.doc_numbers,
                # a time limit is printed as a date, a month or a year: any of them answers; a field of a task
                # row is what is asked of it, not a kind of value another thing's words name ("tỷ lệ hồ sơ
                # trực tuyến thấp" of one task's name is no percentage asked of both)
                answer_type=None if aspect in TASK_INTENTS else query.answer_type,
            )
            sub = without_document_names(sub, view.docs, scope, naming_kind=True)
            outcome = _run(sub, view, scope, threshold)
            # (a row found that prints no value in the field asked, "không ghi cơ quan phối hợp", answers for
            # its side: that is the difference)
            if outcome.abstained and _row_at(view, _first_cited(outcome)) is None:
                return None  # one thing is not found: the comparison per place or document may still answer
            outcomes.append((thing, outcome))
        if _same_sources(outcomes[0][1], outcomes[1][1]):
            return None  # both things led to the same passage: one of them is not in the index as asked
        verdict = _due_first(view, outcomes, query.lang) if aspect == "deadline" else ""
        verdict = " ".join(v for v in (_same_or_not(view, outcomes, query), verdict) if v)
        return _compared(query.lang, outcomes, self.name, verdict)

    def _pair(self, query, view, scope, threshold, pair, aspect):
        """The two rows of a group, each read as the question asks ("Hai nhiệm vụ thuộc nhóm VII có cùng cơ
        quan chủ trì không?")."""
        outcomes = []
        for task in pair:
            sub = replace(
                query,
                question=f"“{task.name}”",
                intent=aspect,
                aspect=aspect,
                topic=task.name,
                search_text=task.name,
                expansions=(),
                agencies=(),
                answer_type=None if aspect == "deadline" else query.answer_type,
            )
            outcome = _run(sub, view, {task.doc}, threshold)
            if outcome.abstained or _row_at(view, _first_cited(outcome)) is not task:
                return None
            words = task.name.split()
            outcomes.append((" ".join(words[:8]) + (" …" if len(words) > 8 else ""), outcome))
        verdict = _due_first(view, outcomes, query.lang) if aspect == "deadline" else ""
        verdict = " ".join(v for v in (_same_or_not(view, outcomes, query), verdict) if v)
        return _compared(query.lang, outcomes, self.name, verdict)


# "Hai nhiệm vụ thuộc nhóm VII …", "the two tasks in group IV": the two rows of one group, compared
_TWO_OF_GROUP = re.compile(
    r"\b(?:hai|2) (?:nhiem vu|dau viec|chi tieu)(?: (?:thuoc|trong|cua|o))? (?:nhom|linh vuc|muc)\b"
    r"|\b(?:the )?two (?:tasks|rows|items|indicators)(?: (?:in|of|under))? (?:the )?(?:group|section)\b"
)
# "the two Hải Phòng appendix tasks under section VII", "mục VII …, hai nhiệm vụ khác nhau thế nào": two
# rows, with the group named by its marker anywhere in the question
_TWO_ROWS = re.compile(
    r"\b(?:hai|2) (?:nhiem vu|dau viec|chi tieu)\b|\b(?:the )?two (?:[\w-]+ ){0,3}(?:tasks|rows|items|indicators)\b"
)


# "có cùng cơ quan chủ trì và cùng thời hạn không?", "do they have the same lead agency?": the fields asked
_ASKS_SAME = re.compile(r"\b(?:cung(?! cap)|giong nhau|khac nhau|the same|same|different|differ)\b")
_SAME_FIELDS = (
    ("lead", re.compile(r"\b(?:chu tri|lead\w*|in charge)\b")),
    ("coordinating", re.compile(r"\b(?:phoi hop|coordinat\w*)\b")),
    ("output", re.compile(r"\b(?:ket qua|san pham|output\w*|result\w*|product\w*)\b")),
    ("deadline", re.compile(r"\b(?:thoi han|thoi gian|han|tien do|deadlines?|due|timeline|time ?frames?)\b")),
)


def _first_cited(outcome: Outcome) -> Citation | None:
    return min(outcome.citations, key=lambda c: c.n) if outcome.citations else None


def _row_at(view: IndexView, cited: Citation | None) -> Task | None:
    """The task row a citation points at, or None when it cites a passage."""
    if cited is None:
        return None
    return next((t for t in view.tasks if t.doc == cited.doc and tuple(t.lines) == tuple(cited.lines)), None)


def _same_or_not(view: IndexView, outcomes: list[tuple[str, Outcome]], query: Query) -> str:
    """Whether two compared task rows have the same value in each field the question asks "the same?" of
    (lead, coordinating agencies, output, time), as printed; "" when it asks no such thing or a side is
    no task row."""
    f = fold(query.question)
    if not _ASKS_SAME.search(f):
        return ""
    rows = [_row_at(view, _first_cited(o)) for _, o in outcomes]
    if any(r is None for r in rows):
        return ""
    a, b = rows
    lines = []
    for part, asked in _SAME_FIELDS:
        if not asked.search(f):
            continue
        if part in ("lead", "coordinating"):
            va, vb = ((r.lead_text if part == "lead" else r.coordinating_text).strip() for r in (a, b))
            ids_a, ids_b = (set(r.lead_ids if part == "lead" else r.coordinating_ids) for r in (a, b))
            same = (ids_a == ids_b and bool(ids_a)) or (bool(va) and fold(va) == fold(vb))
        elif part == "output":
            va, vb = (r.output or "" for r in (a, b))
            same = bool(va) and fold(va) == fold(vb)
        else:
            va, vb = (r.deadline or "" for r in (a, b))
            pa, pb = parse_period(va), parse_period(vb)
            same = bool(va) and (
                fold(va) == fold(vb)
                or (pa.start is not None and (pa.kind, pa.start, pa.end) == (pb.kind, pb.start, pb.end))
            )
        if not va or not vb:
            continue
        name = say(query.lang, f"field_{part}")
        if same:
            value = (
                va if fold(va) == fold(vb) else f"{va}; {vb}"
            )  # (printed alike or not: "2027", "Năm 2027")
            lines.append(say(query.lang, "compare_same_field", field=name, value=value))
        else:
            lines.append(
                say(
                    query.lang,
                    "compare_other_field",
                    field=name,
                    first=outcomes[0][0],
                    first_value=va,
                    second=outcomes[1][0],
                    second_value=vb,
                )
            )
    return " ".join(lines)


# a thing named by its time limit: "hạn UBND xã báo cáo …", "thời hạn …", "the deadline for …"
_DUE_THING = re.compile(
    r"(?:thoi )?han (?!che|muc|ngach)\w|(?:the )?deadlines? (?:for|of|to)\b|thoi gian hoan thanh\b"
)


def _due_first(view: IndexView, outcomes: list[tuple[str, Outcome]], lang: str) -> str:
    """Which of two things is due first, from the time each one's first source prints (a task row's time
    cell, or the one date of a passage); "" when either has no interval or they end on the same day."""
    said = []
    for thing, o in outcomes:
        first = _first_cited(o)
        if first is None:
            return ""
        task = _row_at(view, first)
        if task is not None and task.deadline:
            printed = task.deadline
        else:
            found = [m for m in _PRINTED_DATE.finditer(first.quote)]
            if len(found) != 1:
                return ""
            printed = found[0].group(0)
        period = parse_period(printed)
        if not period.is_interval:
            return ""
        said.append((period.end, thing, printed))
    (end_a, a, when_a), (end_b, b, when_b) = sorted(said, key=lambda x: x[0])
    if end_a == end_b:
        return ""
    return say(lang, "compare_due_first", first=a, second=b, first_date=when_a, second_date=when_b)


_PRINTED_DATE = re.compile(
    r"(?<!\d)\d{1,2}/\d{1,2}/\d{4}(?!\d)|ngày \d{1,2} tháng \d{1,2} năm \d{4}", re.IGNORECASE
)


def _numbered_on(o: Outcome, cites: list[Citation]) -> str:
    """`o`'s text with its citations numbered on after `cites` (appended to it); a passage already in
    `cites` keeps its number."""
    numbers: dict[int, int] = {}
    for c in sorted(o.citations, key=lambda c: c.n):
        same = next((d for d in cites if (d.doc, tuple(d.lines)) == (c.doc, tuple(c.lines))), None)
        if same is None:
            same = dataclasses.replace(c, n=len(cites) + 1)
            cites.append(same)
        numbers[c.n] = same.n
    return re.sub(r"\[(\d+)\]", lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", o.text)


def _compared(lang: str, outcomes: list[tuple[str, Outcome]], strategy: str, verdict: str = "") -> Outcome:
    """One answer that states each thing's answer under its name, citations numbered on (after the verdict,
    when there is one); a passage both things cite keeps its first number."""
    lines, cites, hits = [say(lang, "compare_head_items")], [], []
    if verdict:
        lines.insert(0, verdict)
    for thing, o in outcomes:
        lines.append(f"- {thing}: {_numbered_on(o, cites)}")
        hits += o.hits
    first = outcomes[0][1]
    return Outcome("\n".join(lines), cites, False, strategy, hits, first.score, [], {"items": len(outcomes)})


class BodiesDue:
    name = "bodies_due"

    def applies(self, query: Query) -> bool:
        if query.intent in ("agency_tasks", "compare"):
            return False
        if asks_tasks_due(query):
            return True
        if not asks_bodies_due(query):
            return False
        if query.intent in ("lead_agency", "coordinating_agencies"):
            # "Cơ quan nào chủ trì nhiệm vụ X, thời hạn 31/12/2025?" asks one task's lead; "Những bộ, sở nào
            # phải hoàn thành trước ngày …?" lists bodies
            f = fold(query.question)
            return bool(_PLURAL_BODIES.search(f)) and not _ROLE_WORDS.search(f)
        return True

    def run(self, query, view, scope, threshold):
        if asks_tasks_due(query) and not asks_bodies_due(query):
            # "which tasks must be completed before 30/11/2025?": the rows due then, as a listing gives them;
            # of a text with no rows due then, its paragraphs that print the date
            listed = Listing().run(query, view, scope, threshold) if Listing().applies(query) else None
            if listed is not None and not listed.abstained:
                return listed
            return _counted(answer_due_bodies(view, query, scope, tasks_asked=True), self.name) or listed
        return _counted(answer_due_bodies(view, query, scope), self.name)


_PLURAL_BODIES = re.compile(r"\b(?:nhung|cac)\b|\bwhich \w+ies\b|\bwhich \w+s\b")
_ROLE_WORDS = re.compile(r"\bchu tri\b|\bphoi hop\b|\blead|\bcoordinat|\bin charge\b")


class Addressees:
    name = "addressees"

    def applies(self, query: Query) -> bool:
        return query.intent != "compare" and asks_addressees(query)

    def run(self, query, view, scope, threshold):
        if query.agencies and not all(_issues_it(view, query, a, scope) for a in query.agencies):
            return None  # (a body named as the one given work: not a question of all the addressees)
        return _counted(answer_addressees(view, replace(query, agencies=()), scope), self.name)


def _issues_it(view: IndexView, query: Query, agency: str, scope: set[str] | None) -> bool:
    """Whether the question names the agency after "của" as the one whose document it is ("Công văn dự thảo của
    Ban Thường vụ Tỉnh ủy Hà Tĩnh …"; in English, anywhere), and the issuer of a document in scope prints its
    words."""
    name = fold(agency)
    # (in English the body whose document it is comes before it: "the Hà Tĩnh Provincial Party Committee's letter")
    if query.lang != "en" and not re.search(rf"\bcua {re.escape(name)}\b", fold(query.question)):
        return False
    words = set(name.split())
    return any(
        words <= set(re.findall(r"\w+", fold(view.docs[d].issuer or "")))
        for d in (scope or ())
        if d in view.docs
    )


class Reporting:
    name = "reporting"

    def applies(self, query: Query) -> bool:
        return asks_reporting(query)

    def run(self, query, view, scope, threshold):
        return _counted(answer_reporting(view, query, scope), self.name)


class UnindexedSubject:
    """ "What targets does Resolution 57-NQ/TW set …?" of a resolution the indexed documents only cite: what
    they say of it is not what it lays down; the answer says it is not indexed."""

    name = "unindexed_subject"

    def applies(self, query: Query) -> bool:
        return bool(re.search(r"\d", query.question))  # (a document is named by its number)

    def run(self, query, view, scope, threshold):
        own = {fold(d.number) for d in view.docs.values() if d.number}
        subject = special.unindexed_subject(query.question, own)
        if subject is None:
            return None
        text = say(query.lang, "not_indexed", document=subject) + say(query.lang, "abstain")
        return Outcome(text, [], True, self.name, meta={"abstain": "not_indexed", "document": subject})


class AgencyDuties:
    name = "duties"

    def applies(self, query: Query) -> bool:
        # (a listing question the task rows did not answer — "Sở Xây dựng được giao làm gì trong Tháng hành
        # động?" of a plan whose rows never name it — reaches here too)
        # (several bodies, "… giao trách nhiệm gì cho Sở Tài chính và Sở Tư pháp?", of a question that asks
        # no task's rows: each body's own part)
        bodies = len(_bodies_addressed(query))
        return (
            query.intent in ("general", "fact", "agency_tasks")
            and (bodies == 1 or (1 < bodies <= MANY_BODIES and query.intent != "agency_tasks"))
            and asks_duties(query)
        )

    def run(self, query, view, scope, threshold):
        bodies = _bodies_addressed(query)
        if len(bodies) > 1 and any(
            not own_passages(view, [body], scope) for body in bodies
        ):  # (each body named has its own part, or the question is not of their parts)
            return None
        # (with them, the collective the question names too: "các sở, ngành, Sở Tài chính và Sở Tư pháp")
        named = query.agencies if len(bodies) > 1 else tuple(bodies)
        done = _counted(answer_duties(view, replace(query, agencies=named), scope), self.name)
        if done is None and len(bodies) == 1 and query.intent != "agency_tasks":
            # "What are the duties of the Department of Home Affairs under the Phu Tho plan?" of a plan whose text
            # gives the body no part of its own: the task rows that name it, in either column
            frame = without_duty_frame(query.topic, english=query.lang == "en")
            rows = replace(query, intent="agency_tasks", role="either", agencies=tuple(bodies), topic=frame)
            listed = answer_listing(view, rows, scope)
            if not listed.abstained and listed.count:
                return Outcome(listed.text, listed.citations, False, "listing", meta={"count": listed.count})
        return done


MANY_BODIES = 3  # the bodies a duties question may name together


def _bodies_addressed(query: Query) -> list[str]:
    """The bodies whose own part a duties question asks: those a text addresses on their own, else the one
    collective it names alone ("Công văn … yêu cầu cấp ủy, tổ chức đảng làm gì …?" of a letter whose "1. Các cấp
    ủy, tổ chức đảng các cấp …" is theirs; the strategy answers nothing when no passage opens with it)."""
    return addressed(query) or (list(query.agencies) if len(query.agencies) == 1 else [])


class CollectivePart:
    name = "section"

    def applies(self, query: Query) -> bool:
        # "Phần tổ chức thực hiện … giao những gì cho các sở, ngành và địa phương?": that part, whole
        return asks_part_of_collective(query)

    def run(self, query, view, scope, threshold):
        return _counted(answer_part_of_collective(view, query, scope), self.name)


class RowsUnderTitle:
    name = "titled_rows"

    def applies(self, query: Query) -> bool:
        # "Cao Bằng công bố những thủ tục hành chính mới ban hành nào?": the rows of the list so titled
        return (
            query.plural
            and query.intent in ("general", "fact")
            # ("nhóm văn bản thuộc thẩm quyền ban hành của Quốc hội gồm những văn bản nào?": rows that are documents)
            and query.answer_type in (None, "doc_number")
            and not query.agencies
            and not query.has_period
        )

    def run(self, query, view, scope, threshold):
        found = find_titled_rows(view, query, scope)
        if found is None:
            return None
        text, cites = state_titled_rows(view, query, found, lang_of(query.lang))
        return Outcome(text, cites, False, self.name, meta={"count": len(found.rows)})


class RoleInOwnPassage:
    """ "Which offices does the Central Party Office coordinate with to connect and share data among the four
    central offices?": a role question about one body that no row answered, answered by the body's own passage
    that says the role and the topic."""

    name = "own_passage"

    def applies(self, query: Query) -> bool:
        return query.intent in ("lead_agency", "coordinating_agencies") and len(addressed(query)) == 1

    def run(self, query, view, scope, threshold):
        return _counted(answer_role_in_own_passage(view, query, scope), self.name)


class Section:
    name = "section"

    def applies(self, query: Query) -> bool:
        # (years that may name the document, "Kế hoạch … Bắc Ninh giai đoạn 2026-2030": see `run`)
        return asks_section(query) or (bool(query.years) and asks_section(replace(query, years=())))

    def run(self, query, view, scope, threshold):
        if not asks_section(query):
            timeless = replace(query, years=())
            if set(document_years(view, query, scope)) != set(query.years):
                # (a year asked about, not the document's span: the section whose title prints it, "2. Mục tiêu
                # cụ thể đến năm 2030", or none)
                heading = heading_for(view, timeless, scope)
                if heading is None or not (
                    all(str(y) in heading.text for y in query.years)
                    # ("What health-sector targets for 2025 …?" of "1.4. Mục tiêu 4: Trong lĩnh vực y tế" whose every
                    # item says 2025: targets of that year, asked as such)
                    or (
                        _TARGETS.search(fold(query.question)) and _items_say_years(view, heading, query.years)
                    )
                ):
                    return None
                return _counted(answer_under(view, timeless, heading, opening=True, named=True), self.name)
            query = timeless
        return _counted(answer_section(view, query, scope), self.name)


class SectionRows:
    name = "section"

    def applies(self, query: Query) -> bool:
        # "For each activity in section III of plan 174, which department leads it?", "Mục III … mỗi hoạt động do
        # sở nào chủ trì?": a field of each record of a section named by its number
        return query.intent in (
            "general", "fact", "lead_agency", "coordinating_agencies", "deadline", "output"
        ) and asks_section_rows(query)  # fmt: skip

    def run(self, query, view, scope, threshold):
        listed = answer_section_rows(view, query, scope)
        if listed is None:
            return None
        return Outcome(listed.text, listed.citations, False, self.name, meta={"count": listed.count})


class Evidence:
    name = "evidence"

    def applies(self, query: Query) -> bool:
        return True

    def run(self, query, view, scope, threshold):
        outcome = self._run(query, view, scope, threshold)
        unsaid = [a for a in query.agencies if fold(a) not in fold(query.topic)]
        if (
            query.intent == "agency_tasks"
            and unsaid
            and (outcome.abstained or not any(fold(a) in fold(outcome.text) for a in query.agencies))
        ):
            # "What does Official Letter 6225 ask the Department of Organisation and Personnel to do?" that no
            # row or duty the body is named in answers, nor a passage read without its name (none, or one that
            # does not name it): the passages read for its name may (as a question in Vietnamese that asks no
            # listing reads them)
            named = replace(query, intent="general", topic=" ".join([query.topic, *unsaid]))
            again = self._run(named, view, scope, threshold)
            if not again.abstained:
                return again
        return outcome

    def _run(self, query, view, scope, threshold):
        found = find(view, query, scope)
        if query.answer_type == "location":
            # "Hội thảo … được tổ chức ở đâu?": a row says where only in a column its record does not keep (a
            # "Địa điểm" cell); a row that prints no place does not answer
            found = replace(found, tasks=[t for t in found.tasks if _row_says_where(view, t.task)])
        chosen = found.choose(query.intent, query.answer_type, query.count_noun, query.question)
        if isinstance(chosen, TaskMatch) and prints_cited_number(query.question, chosen.task):
            # the row of the document number asked of ("… sửa đổi Nghị quyết 730/2004"), not its neighbours
            found = replace(
                found, tasks=[t for t in found.tasks if prints_cited_number(query.question, t.task)]
            )
        years = years_unsaid(query, view, chosen)
        if years and isinstance(chosen, SentenceMatch) and (wider := _on_to_years(chosen, years)) is not None:
            # "What does Hải Phòng aim for by 2028?" of "Năm 2027, hoàn thành … . Năm 2028, hoàn thiện …": the
            # passage's next sentences say the year the chosen one does not
            found = replace(found, sentences=[wider if m is chosen else m for m in found.sentences])
            chosen = wider
            years = years_unsaid(query, view, chosen)
        if years and chosen is not None:
            # "… by end-2035 and by end-2045?": the passages quoted beside the chosen one ("c) Đến hết năm
            # 2035: …", "đ) Đến hết năm 2045: …") say the years between them
            beside = stated(found, chosen, query.plural)
            years = tuple(y for y in years if all(y in years_unsaid(query, view, m) for m in beside))
        if years:
            # "Vĩnh Long's 2030 goal": a passage that says the year asked about, if one answers
            dated = replace(
                found,
                tasks=[t for t in found.tasks if not years_unsaid(query, view, t)],
                sentences=[s for s in found.sentences if not years_unsaid(query, view, s)],
            )
            better = dated.choose(query.intent, query.answer_type, query.count_noun, query.question)
            if better is not None and better.support >= threshold:
                found, chosen, years = dated, better, ()
        if chosen is not None and not _says_when(query, chosen, stated(found, chosen, query.plural)):
            # "What is the completion deadline for …?": a task row, whose time column says it, when one matches
            # well enough (the appendix's caption, dated by its plan's number, says no time)
            # (of the chosen passage's own document: another plan's row answers no question about this one)
            timed = replace(
                found, sentences=[], tasks=[t for t in found.tasks if t.task.doc == chosen.chunk.doc]
            )
            better = timed.choose(query.intent, query.answer_type, query.count_noun, query.question)
            if better is not None and better.support >= threshold:
                found, chosen = timed, better
        if (
            query.intent == "deadline"
            and isinstance(chosen, SentenceMatch)
            and not re.search(r"\d", chosen.quote)
        ):
            # "hạn báo cáo định kỳ …": a passage of the same document that names the day ("Định kỳ gửi báo cáo
            # … trước ngày 15/11 hằng năm") answers before one that says no number at all ("định kỳ")
            day_named = [
                m
                for m in found.sentences
                if m.chunk.doc == chosen.chunk.doc
                and m.support >= max(threshold, chosen.support * DATED_RATIO)
                and names_a_day(m.quote)
            ]
            if day_named:
                chosen = day_named[0]
                found = replace(found, sentences=[chosen, *(m for m in found.sentences if m is not chosen)])
        score = chosen.support if chosen else None
        retrieved = _retrieved(chosen, found.hits, view)
        translated = query.lang == "en"
        bar = abstain.coverage_bar(threshold, retrieved, translated)
        quoted = stated(found, chosen, query.plural) if chosen else []
        unknown = unsupported_terms(view, query, chosen, quoted) if chosen and score >= bar else []
        if chosen and score >= bar and not unknown:
            # "Cổng pháp luật" answered by "… công … pháp luật": the word asked, under other tone marks
            unknown = [w for w in (tone_mismatch(view, query, chosen),) if w]
        decision = abstain.decide(
            score, threshold, unknown, retrieved, translated=translated, years_unsaid=years
        )
        if not decision.abstain and not _names_whom_asked(query, view, chosen):
            # "Đơn vị nào chủ trì phát triển hải quan số?": the item names no one, but a passage that gives it
            # to a body by reference does ("17. Chi cục Hải quan khu vực V: a) Chủ trì … tại mục (IV)(3.4)(a)")
            subject = with_its_subject(chosen)
            lead_asked = query.intent == "lead_agency"
            given = given_by_reference(view, chosen, lead_asked) if subject is None else []
            # "- Đối với các khu chế xuất …" under "d) Giao Ban Quản lý … chỉ đạo …:": the item it stands under
            owned = under_its_owner(view, chosen) if subject is None and not given else []
            if subject is not None:
                # "2. Đảng đoàn HĐND tỉnh lãnh đạo …; ưu tiên … Vũng Áng - Sơn Dương.": the item's subject
                # opens it, before the sentence that matched
                rest = [m for m in found.sentences if m is not chosen]
                found, chosen = replace(found, sentences=[subject, *rest]), subject
            elif given:
                found, chosen = replace(found, tasks=[], sentences=given), given[0]
            elif owned:
                rest = [m for m in found.sentences if m.chunk is not chosen.chunk]
                found, chosen = replace(found, tasks=[], sentences=[*owned, *rest]), owned[0]
            else:
                decision = abstain.Decision(True, decision.features, "no_agency")
        if not decision.abstain and not _says_when(query, chosen, quoted):
            decision = abstain.Decision(True, decision.features, "no_time")
        if not decision.abstain and _target_for_now(query, chosen):
            decision = abstain.Decision(True, decision.features, "target_not_current")
        if not decision.abstain and _only_its_attachment(query, view, quoted):
            decision = abstain.Decision(True, decision.features, "in_attachment")
        if not decision.abstain and special.procedure_unlisted(query.question, _evidence_of(chosen)):
            # "thời hạn giải quyết thủ tục cấp giấy phép xuất bản bản tin" of a decision whose tables list other
            # procedures: the steps of those do not answer
            decision = abstain.Decision(True, decision.features, "procedure_not_listed")
        if decision.abstain and query.answer_type == "implements" and decision.reason == "years_unsaid":
            # "Mục tiêu đến 2030 … ban hành chính sách đặc thù để thực hiện những nghị quyết nào?": the year is
            # no basis's; the documents a passage of that year names
            return self._run(replace(query, answer_type="doc_number"), view, scope, threshold)
        if decision.abstain:
            cites = citations(view, query)
            for hit in found.hits[:3]:
                cites.chunk(hit.chunk)
            meta = {"abstain": decision.reason, "features": decision.features}
            if unknown:
                meta["unsupported"] = unknown
            return Outcome(
                _abstention(view, query, scope),
                [],
                True,
                self.name,
                found.hits,
                score or 0.0,
                cites.items,
                meta,
            )
        if (
            isinstance(chosen, SentenceMatch)
            and query.intent in ("general", "fact")
            and " ".join(chosen.quote.split()) == " ".join(chosen.chunk.text.split())
            and (under := answer_under(view, query, chosen.chunk, named=True)) is not None
        ):
            # the passage that matched is a title ("3. Vụ Tổ chức cán bộ", "6. Thực hiện cơ chế tài chính đặc biệt
            # cho công tác …" of no sentence, quoted whole): what stands under it answers
            meta = {"features": decision.features, "count": under.count}
            return Outcome(under.text, under.citations, False, self.name, found.hits, score, meta=meta)
        cites = citations(view, query)
        text = state(view, query, found, chosen, cites, with_place=True)
        meta = {"features": decision.features}
        if _cell_blank(query, quoted):
            # "Cơ quan nào phối hợp …?" of a row that leaves that cell empty: the document does not say; the
            # answer says so and cites the row
            meta["abstain"] = "blank_cell"
            return Outcome(text, cites.items, True, self.name, found.hits, score, meta=meta)
        if _time_blank(query, quoted, text):
            # "Thời hạn hoàn thành nhiệm vụ rà soát … là khi nào?" of a row that gives no time, and no passage
            # quoted beside it gives one: the document does not say; the answer says so and cites the row
            meta["abstain"] = "blank_time"
            return Outcome(text, cites.items, True, self.name, found.hits, score, meta=meta)
        return Outcome(text, cites.items, False, self.name, found.hits, score, meta=meta)


def _evidence_of(chosen) -> str:
    """The chosen passage or row with the titles it stands under (where a table names its procedures)."""
    if isinstance(chosen, TaskMatch):
        return f"{chosen.task.group_title} {_row_text(chosen.task)}"
    return f"{chosen.chunk.context} {chosen.chunk.text}" if chosen is not None else ""


def _row_says_where(view: IndexView, task: Task) -> bool:
    """Whether a task row, as printed (every column), names a place."""
    chunk = view.task_chunk(task)
    return chunk is not None and has_answer_type(chunk.text, "location")


# the cells a blank answer is said of (a time may stand in the body text instead: not that one)
_BLANK_CELLS = {"coordinating_agencies": "coordinating", "output": "output", "lead_agency": "lead"}
_WITH_WHOM = re.compile(r"\b(?:phoi hop voi|cung voi|voi su tham gia cua)\b")


# what a row asked by its number must print itself when the question asks for it (a sum, a name, a
# telephone number): its task, agencies and time say none of them
_PRINTED_BY_ROW = frozenset({"money", "person", "contact"})


def _row_text(task) -> str:
    return " ".join(filter(None, [task.name, *row_cells(task)]))


def _cell_blank(query: Query, quoted: list) -> bool:
    """Whether the answer is table rows only, and every one leaves the cell the question asks for empty (or
    its table has no such column: the document does not say it either) and does not name it in its own words
    ("Sở Tài chính phối hợp với Ban Quản lý …")."""
    cell = _BLANK_CELLS.get(query.intent)
    if cell is None or not quoted:
        return False
    for m in quoted:
        if not isinstance(m, TaskMatch) or getattr(m.task, cell) or getattr(m.task, f"{cell}_text", ""):
            return False
        if m.task.source != "table" and (cell != "lead" or m.task.inherited or not m.task.number):
            # (a passage's task may stand under a sentence that names its lead; a numbered item of labelled prose
            # that names none, and takes none from a heading, leaves it empty as a row does)
            return False
        if _WITH_WHOM.search(fold(m.task.name)):
            return False
        if cell == "coordinating" and "phoi hop" in fold(m.task.lead_text):
            return False  # "Ban Công tác đại biểu (Văn phòng Quốc hội phối hợp)": named in the lead cell
    return True


def _time_blank(query: Query, quoted: list, text: str) -> bool:
    """Whether a deadline is asked, every row quoted leaves its time empty, no row's name prints the time of
    the work (see compose.time_in_name), and the answer prints no time outside the rows' names (a passage of
    the body text quoted beside a row may give the time)."""
    if query.intent != "deadline" or not quoted:
        return False
    if not all(isinstance(m, TaskMatch) and not (m.task.deadline or "").strip() for m in quoted):
        return False
    if any(time_in_name(m.task.name) for m in quoted):
        return False  # "Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12)": the name says when
    rest = text
    for m in quoted:
        rest = rest.replace(m.task.name, " ")
    return not says_a_date(rest)


def _abstention(view: IndexView, query: Query, scope) -> str:
    """ "Not found", or, when the question asks the number or the date of a document that leaves it blank
    (a draft, "Số: /KH-UBND", "ngày … tháng 6 năm 2025"), that the document does not print it."""
    if query.answer_type in ("doc_number", "date"):
        target = asked_document_field(view, query, scope)  # its own number or date, not a deadline
        blank = target is not None and (
            target.number is None if query.answer_type == "doc_number" else target.date is None
        )
        if blank:
            field = "field_number" if query.answer_type == "doc_number" else "field_date"
            return say(
                query.lang,
                "abstain_blank",
                doc=_title_of(target),
                field=say(query.lang, field),
            )
    return say(query.lang, "abstain")


def _title_of(doc) -> str:
    """A document by its title, with its kind when the title does not open with it."""
    title = " ".join((doc.title or "").split())
    return title if fold(title).startswith(fold(doc.kind or "")) else f"{doc.kind} “{title}”"


_PROMPTLY = re.compile(r"\bkip thoi\b")


def _says_when(query: Query, chosen, stated=()) -> bool:
    """ "Hạn … là khi nào?" is answered by passages that say a time (a date, a period, "thường xuyên",
    "trước khi …"), not by ones that only say what is to be done. `stated`: the other passages the answer
    quotes beside the chosen one."""
    if query.intent != "deadline" or not isinstance(chosen, SentenceMatch):
        return True
    # ("kịp thời phản ánh về Sở Tư pháp": promptly, in a sentence, is no time limit; the headings above it may
    # say it: "NHIỆM VỤ TRỌNG TÂM TRONG QUÝ IV NĂM 2025")
    return any(says_when(match, _PROMPTLY) for match in (chosen, *stated))


# the present state asked ("Hải Phòng's current PCI ranking", "tỷ lệ … hiện nay là bao nhiêu?"; not "the
# current law", which is the law in force)
_ASKS_NOW = re.compile(
    r"\b(?:currently|at present|presently|right now|as of now)\b(?! (?:in force|in effect|effective|valid|applicable)\b)|\bcurrent(?! (?:law|laws|legal|regulations?|rules?"
    r"|decree|circular|legislation|provisions?)\b)|\bhien (?:nay|tai)\b(?! (?:hanh|dang)\b)"
)
# what a target says ("phấn đấu", "mục tiêu", "Năm 2028, …") and what a present fact says
_TARGET_WORDS = re.compile(
    r"\b(?:phan dau|muc tieu|chi tieu|den nam (?:19|20)\d\d|nam (?:19|20)\d\d,|dat (?:toi thieu|tren|it nhat))\b"
)
_NOW_SAID = re.compile(
    r"\b(?:hien nay|hien tai|hien co|dang (?:xep|dung|o|co)|xep thu|nam (?:19|20)\d\d (?:dat|xep))\b"
)


def _target_for_now(query: Query, chosen) -> bool:
    """Whether the question asks how things stand now and the passage only sets a target ("Năm 2028, … đưa Hải
    Phòng duy trì trong top đầu … PCI" does not say its rank today)."""
    if not isinstance(chosen, SentenceMatch) or not _ASKS_NOW.search(fold(query.question)):
        return False
    said = fold(chosen.quote)
    if _NOW_SAID.search(said):
        return False
    return bool(_TARGET_WORDS.search(said) or _TARGET_WORDS.search(fold(chosen.chunk.context)))


# "c) Bộ nhận diện và các thông điệp truyền thông (kèm Phụ lục).": a passage that only names what is attached
_ATTACHED = re.compile(
    r"^(?:[a-zđ0-9]{1,3}[.)]\s*|-\s*)?(.{3,140}?)\s*\(\s*(?:co )?(?:danh sach (?:chi tiet )?)?(?:kem|dinh kem)"
    r"(?: theo)?(?: (?:phu luc|danh sach|bieu mau|mau)\b[^()]{0,30})?\s*\)\W*$"
)
# what the attachment holds, asked: "gồm những thông điệp nào", "logo và màu sắc như thế nào", "what messages
# are included", "what exact slogans …"
_ASKS_CONTENTS = re.compile(
    r"\b(?:gom|bao gom|quy dinh|co) (?:nhung |cac )?(?:\w+ ){0,6}(?:cu the )?(?:nao|gi|nhu the nao)\b"
    r"|\bnhung (?:\w+ ){1,4}cu the nao\b|\b(?:what|which) (?:exact |specific )?(?:messages|slogans|colou?rs?|logos?"
    r"|items|fields|contents|elements)\b|\bwhat (?:are|is) (?:the )?(?:\w+ ){0,3}(?:messages|slogans|contents)\b"
    r"|\b(?:included|contained|listed|specified) in\b|\bwhat (?:\w+ ){0,6}(?:does|do) (?:\w+ ){0,8}(?:contain|include"
    r"|list|specify)\b"
)


def _only_its_attachment(query: Query, view: IndexView, quoted: list) -> bool:
    """Whether every passage quoted only names a thing the document attaches ("c) Bộ nhận diện và các thông
    điệp truyền thông (kèm Phụ lục).") and the question asks what that thing holds, which the indexed text
    does not print (no other passage of the document names it)."""
    if not quoted or not _ASKS_CONTENTS.search(fold(query.question)):
        return False
    for match in quoted:
        named = _ATTACHED.match(fold(match.quote).strip()) if isinstance(match, SentenceMatch) else None
        if named is None:
            return False
        name = named.group(1).split()[:4]  # "bo nhan dien va …": its first words
        if len(name) < 2:
            return False
        head = " ".join(name)
        if any(
            head in view.folded(c)
            for c in view.clause_chunks_by_doc.get(match.chunk.doc, ())
            if c.id != match.chunk.id
        ):
            return False  # the document prints it elsewhere (its own appendix)
    return True


def _names_whom_asked(query: Query, view: IndexView, chosen) -> bool:
    """ "Cơ quan nào chủ trì …?" is answered by a passage that names a body (or stands under a heading that
    does), not by one that only says what is to be done."""
    if query.intent not in ("lead_agency", "coordinating_agencies") or not isinstance(chosen, SentenceMatch):
        return True
    from indexer.agencies import find_agencies, names_a_body

    # (a body the question itself names as part of the task, "dự thảo Nghị quyết của Chính phủ", is the task's
    # words, not who does it)
    # (a lead asked of a task only: a coordinating question names the lead it asks about, and a question naming
    # an agency asks about that one)
    named = set(find_agencies(chosen.quote))
    only_asked = (
        query.intent == "lead_agency"
        and not query.agencies
        and bool(named)
        and named <= set(find_agencies(query.question))
    )
    return bool((names_a_body(chosen.quote) and not only_asked) or view.heading(chosen.chunk))


_OWN_TITLE_CHARS = 80
_PERIOD_WORD = re.compile(r"\b(?:giai doan|thoi ky|period|phase)\b")


def _names_the_documents_year(year: int, question: str, naming: str) -> bool:
    """Whether a year the question says is the document's own (its title's period "giai đoạn 2026–2030",
    its number or date), not a time asked about ("… by the end of 2026" of a 2026–2030 plan): the year is
    the document's and the question says it as a period, or says another of the document's years too."""
    if str(year) not in naming:
        return False
    own = {int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", naming)}
    said = {int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", question)}
    if len(own & said) > 1 or len(own) == 1:
        return True  # "kế hoạch 2026–2030", a document of one year
    at = re.search(rf"(?<!\d){year}(?!\d)", question)
    return bool(at and _PERIOD_WORD.search(question[max(0, at.start() - 25) : at.start()]))


_DOCUMENT_WORD = (
    r"(?:nghi quyet|luat|ke hoach|quyet dinh|thong tu|nghi dinh|chi thi|cong van|chuong trinh|quy dinh"
    r"|resolution|law|plan|decree|decision|circular|directive|programme|program|regulation)"
)
_EVERY_YEAR = re.compile(
    # not "chi thường xuyên" (recurrent spending), nor "hoạt động bình thường, liên tục, thông suốt" (how, not
    # when)
    r"\b(?:(?<!chi )thuong xuyen|hang nam|moi nam|hang quy|hang thang|dinh ky|lien tuc(?!,? thong suot)|annually"
    r"|every year)\b"
)
_YEAR_RANGE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*(?:[-–]|đến|den|tới|toi|to)\s*(?:năm\s+|nam\s+)?((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_FROM_YEAR = re.compile(r"\b(?:từ|tu|from|since)\s+(?:năm\s+|nam\s+)?((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def _covered(year: int, text: str) -> bool:
    """Whether the text says the year, a range of years around it, or a period from a year before it."""
    if re.search(rf"(?<!\d){year}(?!\d)", text):
        return True
    if any(int(a) <= year <= int(b) for a, b in _YEAR_RANGE.findall(text)):
        return True
    return any(int(a) <= year for a in _FROM_YEAR.findall(text))


MAX_SENTENCES_ON = 3  # sentences of the same passage a quote is carried on by, to say a year asked


def _on_to_years(chosen: SentenceMatch, years: tuple[int, ...]) -> SentenceMatch | None:
    """The chosen quote carried on, sentence by sentence within its passage, until it says every year asked
    ("Năm 2027, …. Năm 2028, …"); None when the passage does not say them within a few sentences."""
    text = chosen.chunk.text
    start = text.find(chosen.quote)
    if start < 0:
        return None
    end = start + len(chosen.quote)
    for _ in range(MAX_SENTENCES_ON + 1):
        if all(re.search(rf"(?<![\d/.-]){y}(?!\d)", text[start:end]) for y in years):
            return replace(chosen, quote=text[start:end].strip())
        nxt = re.search(r"[.;](?=\s|$)", text[end + 1 :])
        if nxt is None:
            return None
        end = end + 1 + nxt.end()
    return None


def years_unsaid(query: Query, view: IndexView, chosen) -> tuple[int, ...]:
    """The years a fact question asks about that the chosen passage (with its section titles) does not
    say, nor a range of years around them: "mục tiêu năm 2027" is not answered by "Kinh tế số chiếm 45%
    GRDP" under the 2030 targets. (A standing rule that names no year is not taken for any one year's
    either: on the dev sets, such answers were wrong more often than right.) A passage that says "Hằng
    năm", "Thường xuyên" answers any year. A year that names a document — its title, number or date, or
    a document the question cites ("Luật Việc làm 2025", "Nghị quyết 66 năm 2025") — is not asked about."""
    if query.intent not in ("fact", "general") or not query.years:
        return ()
    if isinstance(chosen, TaskMatch):
        task = chosen.task
        doc_name, text = task.doc, f"{task.group_title} {task.name} {task.deadline or ''}"
    elif isinstance(chosen, SentenceMatch):
        # the section titles above the passage (not the document's title line) and its own title
        # ("1. Đến năm 2030"), printed at its start
        doc_name = chosen.chunk.doc
        sections = chosen.chunk.context.split("\n", 1)[1:]
        text = f"{' '.join(sections)} {chosen.chunk.text[:_OWN_TITLE_CHARS]} {chosen.quote}"
    else:
        return ()
    doc = view.docs.get(doc_name)
    naming = " ".join([doc.title or "", doc.number or "", doc.date or ""]) if doc else ""
    asked = query.years
    if len(asked) > 1 and str(min(asked)) in naming and str(max(asked)) in naming:
        return ()  # "Kế hoạch giai đoạn 2026-2030": the period of the document's title
    question = fold(query.question)
    unsaid = tuple(
        y
        for y in asked
        if not _names_the_documents_year(y, question, naming)
        and not re.search(rf"\b{_DOCUMENT_WORD}(?: [\w/.-]+){{0,4}} (?:nam )?{y}(?!\d)", question)
        and not _covered(y, text)
    )
    if unsaid and not re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text) and _EVERY_YEAR.search(fold(text)):
        return ()  # "Hằng năm", "Thường xuyên", and no year of its own: every year
    return unsaid


AGREEMENT_DEPTH = 10  # retrieval agrees with the chosen evidence when it ranks it among its first ten


def _retrieved(chosen, hits: list[Hit], view: IndexView) -> bool | None:
    hits = hits[:AGREEMENT_DEPTH]
    if chosen is None:
        return None
    if isinstance(chosen, TaskMatch):
        chunk = view.task_chunk(chosen.task)
        return chunk is not None and any(h.chunk.id == chunk.id for h in hits)
    if isinstance(chosen, SentenceMatch):
        return any(h.chunk.id == chosen.chunk.id for h in hits)
    return None


PLAN: tuple[Strategy, ...] = (
    UnindexedSubject(),
    BodiesDue(),
    Addressees(),
    Reporting(),
    ListedDocuments(),
    CitedDocuments(),
    RowByNumber(),
    SectionRows(),
    CollectivePart(),
    LeadsByReference(),
    SectionTimes(),
    TextDeadlines(),
    RowsNotNaming(),
    ColumnRows(),
    Groups(),
    Listing(),
    CellListing(),
    TopicListing(),
    LeadBodies(),
    Overview(),
    CompareItems(),
    CountCompare(),
    Compare(),
    AgencyDuties(),
    RoleInOwnPassage(),
    Section(),
    RowsUnderTitle(),
    Evidence(),
)


def plan(query: Query) -> list[Strategy]:
    """The strategies that may answer `query`, in the order they are tried."""
    return [s for s in PLAN if s.applies(query)]


def run_plan(query: Query, view: IndexView, scope: set[str] | None, threshold: float) -> Outcome:
    parts = two_asks(query)
    if parts is not None:
        outcomes = [_run(part, view, scope, threshold) for part in parts]
        if (
            len(parts) == 2
            # (or neither half found with the whole question's words: "… đến năm nào phải hoàn thành A, và mục
            # tiêu cho năm 2028 là gì?", whose year is the second half's alone)
            and (_same_sources(*outcomes) or all(o.abstained and not o.citations for o in outcomes))
            # (each half names a thing of its own: not "… theo những cách nào, ở đâu?", one thing asked twice)
            and all(len(_half_words(p.own_half)) >= HALF_OWN_WORDS for p in parts)
            and not all(_says_its_words(o, p.own_half) for o, p in zip(outcomes, parts, strict=True))
        ):
            # "… được gửi đến ai và ai chịu trách nhiệm thi hành?": each ask read with the whole question found
            # one passage; each half asked in its own words, in the whole question's scope, kept when that finds
            # two places
            apart = [
                _run(
                    _years_of_half(
                        _asked_as(query, own := understand(_naming_its_document(view, scope, p.own_half))),
                        own,
                        other.own_half,
                    ),
                    view,
                    scope,
                    threshold,
                )
                for p, other in zip(parts, parts[::-1], strict=True)
            ]
            if not any(o.abstained for o in apart) and not _same_sources(*apart):
                outcomes = apart
        if (
            len(parts) == 2
            and outcomes[0].abstained
            and _BACK_TO_FIRST.search(fold(parts[1].own_half or parts[1].question))
        ):
            # "How many members sit on the steering committee, and who are they?": the second ask is of what the
            # first asks for; the document does not say the first, so it does not say the second
            return outcomes[0]
        own_words = parts[0].question != query.question  # each half asked in its own words
        asked = {(p.intent, p.aspect, p.answer_type) for p in parts}
        if (
            not all(o.abstained for o in outcomes)
            or own_words
            or (query.intent, query.aspect, query.answer_type) in asked
        ):
            return _joined(outcomes)
        # neither half is found, and the question read whole asks otherwise than either: it may be found
    outcome = _run(query, view, scope, threshold)
    if outcome.abstained and not outcome.citations and (sentences := _sentences(query)) is not None:
        # "Kế hoạch … có nhóm nhiệm vụ riêng về hợp tác quốc tế không? Liệt kê các nhóm nhiệm vụ cụ thể của kế
        # hoạch.": two sentences, each its own ask, that read together found nothing: each asked alone
        parts = [_run(part, view, scope, threshold) for part in sentences]
        if not all(o.abstained for o in parts):
            return _joined(parts)
    return outcome


# a second ask of who the first asks the number of: "… and who are they?", "… và họ là ai?", "… gồm những ai?" (not
# "… and what are they?": a list of the things counted answers both)
_BACK_TO_FIRST = re.compile(
    r"^\W*(?:and |va )?(?:who (?:are|were|is|was) (?:they|them|these|those)|(?:ho|do) la (?:ai|nhung ai)"
    r"|(?:ho )?gom nhung ai|(?:ho )?ten (?:la )?gi|name them)\b"
)
_SENTENCE_GAP = re.compile(r"(?<=\?)\s+(?=\S)")
_REQUEST = re.compile(r"(?:hay |vui long )?(?:liet ke|ke ten|cho biet|neu|list|name|give|show|tell|state)\b")
SENTENCE_WORDS = 3  # words of each sentence of a question asked as two, at least


def _sentences(query: Query) -> list[Query] | None:
    """The sentences of a question that asks in two or three ("… có … không? Liệt kê …"), each as its own ask
    with the whole question's scope; None for a question of one sentence."""
    if query.intent == "compare" or query.followup:
        return None
    pieces = [p.strip() for p in _SENTENCE_GAP.split(query.question.strip()) if p.strip()]
    if not 2 <= len(pieces) <= 3 or any(len(p.split()) < SENTENCE_WORDS for p in pieces):
        return None
    # (each an ask of its own: a question, or a request to list; not "I need the person's name.")
    if not all(p.endswith("?") or _REQUEST.match(fold(p)) for p in pieces):
        return None
    return [_asked_as(query, understand(p)) for p in pieces]


# A question word of either half of "… do ai ký và có hiệu lực khi nào?" / "… who signed it and when …".
_ASKS_VI = re.compile(
    r"(?<!\w)(?:ai|gì|nào|bao nhiêu|khi nào|mấy|ở đâu|về đâu|bao lâu|là gì|không"
    r"|gi|nao|bao nhieu|khi nao|may|o dau|ve dau|bao lau|la gi)(?!\w)",  # also typed without tone marks
    re.IGNORECASE,
)
_ASKS_EN = re.compile(r"\b(?:who|what|when|which|how many|how much|how long|where|whether)\b", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s+")
# an inverted English ask: the auxiliary, then its subject ("is a fee charged", "do they …"), not "and has to
# finish it by 2030" (the same subject's second verb)
_YES_NO_EN = re.compile(
    r"(?i)(?:is|are|does|do|did|can|will|must|has|have|was|were)\s+"
    r"(?:a|an|the|it|they|there|this|that|these|those|any|its|their|he|she)\b"
)
_WHOSE_ASKED = re.compile(r"(?i)(?:on|at|by|from|under|upon|with)\s+whose\b")
_LEADING_WORDS = re.compile(
    r"(?i)^(?:(?:and|also|then|on|in|by|at|from|for|to|with|of|under|until|since)\s+)+"
)
_STILL = re.compile(r"(?i)(?:còn|con)\s")
_AND = re.compile(r"\s*,?\s+(?:và|va|and)\s+", re.IGNORECASE)


PROPOSAL_TAIL_WORDS = 5
_PROPOSAL_DOCUMENT = re.compile(
    r"^(?:and |va )?(?:in|at|by|under|via|through|tai|o|theo|qua|bang) (?:which|what|van ban|cong van|to trinh)\b"
)


_BRACKETED = re.compile(r"\([^()]*\)")


_EACH_GROUP = re.compile(r"\b(?:tung|moi) nhom\b|\beach (?:group|category)\b")


def two_asks(query: Query) -> list[Query] | None:
    """A question that asks two different things ("do ai ký và có hiệu lực khi nào?", "đạt bao nhiêu
    phần trăm và cơ quan nào chủ trì?"): the question twice, each with one half's intent and answer type
    and the whole question's topic and scope; None for a single ask, or for two fields of one task row
    (the row's answer gives every field)."""
    return _asks(query, 0)


def _asks(query: Query, depth: int) -> list[Query] | None:
    """two_asks, `depth` halves down: at depth > 0 the halves as read on their own."""
    if query.intent in ("agency_tasks", "period_tasks", "compare") or query.followup:
        return None
    if _EACH_GROUP.search(fold(query.question)):
        # "… chia thành những nhóm nào và cơ quan nào làm chủ quản từng nhóm?": one ask, the groups with a field of
        # each (the groups' answer gives it)
        return None
    if not depth and (nouns := _two_nouns(query)) is not None:
        return nouns
    asks = _ASKS_EN if query.lang == "en" else _ASKS_VI
    text = query.question
    splits = sorted([*_AND.finditer(text), *_COMMA.finditer(text)], key=lambda m: m.start(), reverse=True)
    for m in splits:
        left, right = text[: m.start()], text[m.end() :]
        # ("…, and is a fee charged?": an English yes/no ask opens the second half too)
        # (after "and" only: "How much money, in VND, does … allocate?" is one ask)
        yes_no = (
            query.lang == "en"
            and m.re is _AND
            and bool(
                _YES_NO_EN.match(_LEADING_WORDS.sub("", right.strip()))
                # "…, and on whose proposal was it issued?" (not a relative "…, whose number is …")
                or _WHOSE_ASKED.match(right.strip())
            )
        )
        # ("… was issued on whose proposal, and which decree …": "on whose" asks, a relative "whose" not)
        # (an ask in brackets says what the other asks in more words: "Tổng kinh phí (bao nhiêu tỷ đồng) … cho
        # doanh nghiệp nhỏ và vừa … là bao nhiêu?" is one ask)
        said = _BRACKETED.sub(" ", left)
        left_asks = asks.search(said) or (query.lang == "en" and _WHOSE_ASKED.search(said))
        if not (left_asks and (asks.search(right) or yes_no)) or len(right.split()) < 2:
            continue
        opening = " ".join(right.split()[:4])
        # (English: the ask opens the half; Vietnamese: within its first words, "… , về nội dung gì")
        # ("…, and on what date?": a preposition may lead the ask)
        opens = (
            (asks.match(_LEADING_WORDS.sub("", opening)) or yes_no)
            if query.lang == "en"
            # ("…, còn Sở Tài chính báo cáo Bộ Tài chính trước ngày nào?": "còn" opens a second ask of its own)
            else asks.search(opening) or (_STILL.match(right.strip()) and asks.search(right))
        )
        if (m.re is _COMMA or query.lang == "en") and not opens:
            # "…, đơn vị nào chủ trì?": a comma parts two asks when the second opens with its ask; so does an
            # English "and" ("… Culture, Sports and Tourism who submitted …": a relative "who", no ask)
            continue
        first, second = understand(left), understand(right)
        # "which department proposed it, and in which document?": one proposal names both (not "…, and which
        # decree on the Ministry's functions is cited in its preamble?", nor "…, và có hiệu lực từ khi nào?",
        # nor "do ai ký, theo tờ trình nào": the first half asks the proposal)
        if (
            first.answer_type == "proposal"
            and len(right.split()) <= PROPOSAL_TAIL_WORDS
            and _PROPOSAL_DOCUMENT.search(fold(right).strip())
        ):
            return None
        kinds = {(first.intent, first.answer_type), (second.intent, second.answer_type)}
        # ("… thành lập Tổ kiểm kê trước ngày nào, và tiến hành kiểm kê trong khoảng thời gian nào?": a time
        # asked after each of two things, each said in words of its own)
        when_each = (
            _ENDS_ASKING_WHEN.search(fold(left))
            and _ENDS_ASKING_WHEN.search(fold(right))
            and len(fold(second.topic).split()) >= WHEN_EACH_WORDS
        )
        if (
            (_parallel_asks(left, right) or when_each)
            and _own_things(first, second)
            # (two kinds of ask of one subject, "… có số hiệu gì và được ký ngày nào?", read the whole topic)
            and (len(kinds) < 2 or not _SAME_SUBJECT.match(fold(right)))
        ):
            # "which ministry leads reporting on A, and which ministry leads inspecting B?", "năm nào hoàn
            # thành A và năm nào hoàn thiện B?": one ask of two things, each asked with its own words (within
            # a half of a longer question: read that half whole)
            if depth:
                return None
            if len(fold(second.topic).split()) <= OWN_WORDS:
                # "Cơ quan nào chủ trì soạn thảo X, cơ quan nào thẩm tra?": the second half names only what
                # it asks (a column, a role), of the first half's subject
                second = understand(f"{right.strip().rstrip('?').strip()} {first.topic}?")
            return [_asked_as(query, q) for q in (first, second)]
        if len(kinds) < 2 or {first.intent, second.intent} <= set(TASK_INTENTS):
            return None
        # "… thông qua ngày nào, tại kỳ họp nào, ai ký và có hiệu lực từ khi nào?": the first half may ask
        # two things itself (no more than MAX_ASKS)
        earlier = (_asks(first, depth + 1) if depth < MAX_ASKS - 2 else None) or [first]
        if depth:
            return [*earlier, second]
        read = [*earlier, second]
        halves = [first.question, second.question] if len(read) == 2 else []
        asked: dict[tuple, Query] = {}
        for k, q in enumerate(read):
            kind = (q.intent, q.aspect, q.answer_type, q.count_noun)
            # (three asks or more: one kind of ask of several subjects is asked once for each)
            topic = _own_topic(query.topic, read, k) if len(read) > 2 else query.topic
            if len(read) > 2:
                kind = (*kind, topic)
            if kind not in asked:
                asked[kind] = replace(
                    query,
                    intent=q.intent,
                    aspect=q.aspect,
                    answer_type=q.answer_type,
                    count_noun=q.count_noun,
                    own_half=halves[k] if halves else "",
                )
                if len(read) > 2:
                    # three asks or more: each asked in the words of the first half, which names the
                    # subject, and its own (the whole question's words would find one passage for all)
                    own = read[0].question if not k else f"{read[0].question}, {q.question}"
                    asked[kind] = replace(
                        asked[kind],
                        question=own,
                        topic=topic,
                        search_text=understand(own).search_text,
                    )
        return list(asked.values())
    return None


MAX_ASKS = 4  # kinds of ask one question is read as, at most

# what a question may ask two of at once, joined by "và" ("Chủ đề và thời gian Tháng hành động … là gì?",
# "What are the theme and the dates of …?"): each is a field a passage states on its own line
_ASPECTS_VI = (
    "chu de|thoi gian|dia diem|muc dich|yeu cau|muc tieu|kinh phi|nguon kinh phi|thoi han|so hieu"
    "|ngay ban hanh|ngay ky|pham vi|doi tuong|noi dung|hinh thuc|san pham|ket qua|thanh phan|quy mo"
    "|khau hieu|thong diep|nguoi ky|co quan ban hanh|hieu luc"
)
_ASPECTS_EN = (
    "theme|period|time|timing|dates?|venue|place|location|purposes?|requirements|objectives?|goals?"
    "|targets?|budget|funding|deadline|number|scope|subjects?|contents?|form|format|outputs?|products?"
    "|results?|slogan|messages?|signer|issuer"
)
_TWO_NOUNS_VI = re.compile(rf"^({_ASPECTS_VI}) va ({_ASPECTS_VI}) (?=\w)")
_TWO_NOUNS_EN = re.compile(
    rf"^(what|which) (?:are|were|is|was) the ({_ASPECTS_EN}) and (?:the )?({_ASPECTS_EN}) (?=(?:of|for|in) )"
)


def _two_nouns(query: Query) -> list[Query] | None:
    """Two fields of one thing asked at once, each asked on its own: "Chủ đề và thời gian X là gì?" as "Chủ đề
    X là gì?" and "thời gian X là gì?" (the passage stating one rarely states the other); None for any other
    question."""
    text = query.question.strip()
    folded = fold(text)
    if len(folded) != len(text):
        return None
    if query.lang == "en":
        m = _TWO_NOUNS_EN.match(folded)
        if m is None:
            return None
        rest = text[m.end() :]
        halves = [f"{text[: m.start(2)]}{text[m.start(k) : m.end(k)]} {rest}" for k in (2, 3)]
        halves = [re.sub(r"(?i)^(what|which) (are|were) ", lambda w: f"{w.group(1)} is ", h) for h in halves]
    else:
        m = _TWO_NOUNS_VI.match(folded)
        if m is None:
            return None
        rest = text[m.end() :]
        halves = [f"{text[m.start(k) : m.end(k)]} {rest}" for k in (1, 2)]
    nouns = [fold(text[m.start(k) : m.end(k)]).split() for k in range(1, 3 if query.lang != "en" else 4)][-2:]
    out = []
    for half, other in zip(halves, reversed(nouns), strict=True):
        q = understand(half)
        # the whole question's topic (read with the index's documents) without the other field's words
        out.append(_asked_as(query, q, without_words(query.topic, other) if query.lang != "en" else q.topic))
    return out


def _asked_as(query: Query, part: Query, topic: str | None = None) -> Query:
    """The question asked as one of its parts: the part's ask, words and topic (`topic` instead, when
    given), the whole question's scope."""
    return replace(
        query,
        question=part.question,
        intent=part.intent,
        aspect=part.aspect,
        answer_type=part.answer_type,
        count_noun=part.count_noun,
        topic=part.topic if topic is None else topic,
        search_text=part.search_text,
        expansions=part.expansions,
    )


def _years_of_half(query: Query, half: Query, other: str) -> Query:
    """A half asked apart without the whole question's years when only the other half says them ("đến năm
    nào phải hoàn thành A, và mục tiêu cho năm 2028 là gì?": 2028 is the second ask's)."""
    if query.years and not half.years and all(str(y) in other for y in query.years):
        return replace(query, years=(), within=False)
    return query


# an answer says this share of its half's own topic words, at least, to answer that half
HALF_WORDS_SAID = 0.5
HALF_OWN_WORDS = 2  # topic words of each half, at least, for the halves to be asked apart


def _half_words(half: str) -> set[str]:
    return {w for w in fold(understand(half).topic).split() if len(w) > 1} if half else set()


def _says_its_words(outcome: Outcome, half: str) -> bool:
    """Whether an answer says most of the topic words of the half of the question it answers."""
    words = _half_words(half)
    said = set(re.findall(r"\w+", fold(outcome.text)))
    return len(words & said) >= HALF_WORDS_SAID * len(words)


def _naming_its_document(view: IndexView, scope: set[str] | None, half: str) -> str:
    """A half of a question with the one document in scope named at its end when the half does not name it
    ("ai chịu trách nhiệm thi hành?" → "ai chịu trách nhiệm thi hành Quyết định 1218/QĐ-UBND?")."""
    if not scope or len(scope) != 1:
        return half
    doc = view.docs.get(next(iter(scope)))
    if doc is None or not doc.number or fold(doc.number) in fold(half):
        return half
    return f"{half.strip().rstrip('?').strip()} {doc.kind or ''} {doc.number}?".replace("  ", " ")


def _own_topic(topic: str, parts: list[Query], k: int) -> str:
    """The whole question's topic without the words only another ask says: "Luật … thông qua ngày nào, tại
    kỳ họp nào, ai ký và có hiệu lực từ khi nào?" asks the date without "kỳ họp", "ký", "hiệu lực" (the
    first half, which names the subject, lends its words to every other)."""

    def words(q: Query) -> set[str]:
        return set(fold(q.topic).split())

    own = words(parts[k])
    others = set().union(*(words(q) for j, q in enumerate(parts) if j and j != k)) - own
    kept = [w for w in topic.split() if fold(w) not in others]
    return " ".join(kept) if kept else topic


WHEN_EACH_WORDS = 5  # a time asked after each of two things: the second names its thing in this many words
OWN_WORDS = 2  # each half of a question names this many topic words the other does not: two things


def _parallel_asks(left: str, right: str) -> bool:
    """Whether the second half repeats the first half's ask ("which ministry leads …, and which ministry
    leads …") or goes on with the same subject ("Luật … có hiệu lực từ ngày nào và được Quốc hội thông qua
    ngày nào?"): each half is then asked in its own words (not "…, và sau khi sửa Luật X thì nội dung này do
    ai …", which names another thing and leans on the first half for its own)."""
    left, right = fold(left), fold(right)
    if _SAME_SUBJECT.match(right):
        return True
    # "A phải hoàn thành trước ngày nào và B phải hoàn thành trước ngày nào?": the same ask after each thing
    ends = re.findall(r"\w+", left)[-3:]
    if len(ends) == 3 and ends == re.findall(r"\w+", right)[-3:]:
        return True
    opening = right.split()[:3]
    return len(opening) == 3 and re.search(rf"(?<!\w){re.escape(' '.join(opening))}(?!\w)", left) is not None


_ENDS_ASKING_WHEN = re.compile(
    r"\b(?:ngay nao|thoi gian nao|khi nao|bao gio|thoi diem nao|han nao|thang nao|nam nao)\W*$"
)

# the second half of a question opens with its verb: the subject is the first half's
_SAME_SUBJECT = re.compile(r"(?:duoc|bi|da duoc|se duoc|was|were|is|are|has been|have been)\s")


def _own_things(first: Query, second: Query) -> bool:
    """Whether two halves of one question ask about different things, each in words of its own."""
    a, b = set(fold(first.topic).split()), set(fold(second.topic).split())
    return len(a - b) >= OWN_WORDS and len(b - a) >= OWN_WORDS


def _joined(outcomes: list[Outcome]) -> Outcome:
    """One answer from the answers to each ask: the answered ones, citations numbered on."""
    answered: list[Outcome] = []
    for (
        o
    ) in outcomes:  # two asks the same passage answers ("when … take effect, and what … replace") say it once
        if not o.abstained and not any(_same_answer(o, a) for a in answered):
            answered.append(o)
    if not answered:
        return outcomes[0]
    # an answer another one says whole (the same row, read once for its lead and once with its other
    # columns) is said once, by the fuller one
    answered = [o for o in answered if not any(b is not o and _says_within(o, b) for b in answered)]
    if len(answered) == 1:
        return answered[0]
    texts, cites, hits = [], [], []
    for o in answered:
        texts.append(_numbered_on(o, cites))  # (a passage an earlier ask cites keeps its number)
        hits += o.hits
    first = answered[0]
    meta = {**first.meta, "asks": [o.strategy for o in answered]}
    return Outcome("\n".join(texts), cites, False, first.strategy, hits, first.score, [], meta)


def _says_within(a: Outcome, b: Outcome) -> bool:
    """Whether b's answer says all that a's does, from the same passages, and more: what a quotes (or, when
    it quotes nothing, all it says) b says too."""

    def bare(text: str) -> str:
        return " ".join(re.sub(r"\s*\[\d+\]", "", text).split())

    def cited(o: Outcome) -> set:
        return {(c.doc, tuple(c.lines)) for c in o.citations}

    if not a.citations or not cited(a) <= cited(b) or len(b.text) <= len(a.text):
        return False
    said = bare(b.text)
    quotes = [bare(q) for q in re.findall(r"“([^”]{12,})”", a.text)]
    if not quotes:
        return bare(a.text) in said
    # what it says beside its quotes (the agency, the time) is said too
    beside = set(re.findall(r"\w+", re.sub(r"“[^”]*”", " ", bare(a.text)).lower()))
    return all(q in said for q in quotes) and beside <= set(re.findall(r"\w+", said.lower()))


def _same_answer(a: Outcome, b: Outcome) -> bool:
    """Whether two asks were answered alike: the same passages and the same words."""

    def key(o: Outcome):
        return sorted((c.doc, tuple(c.lines)) for c in o.citations)

    return bool(a.citations) and key(a) == key(b) and a.text == b.text


def _same_sources(a: Outcome, b: Outcome) -> bool:
    """Whether two things' answers rest on the same passage or row (their first citation): two things are
    two places in the text."""

    def key(o: Outcome):
        first = min(o.citations, key=lambda c: c.n)
        return first.doc, tuple(first.lines)

    return bool(a.citations) and bool(b.citations) and key(a) == key(b)


def _run(query: Query, view: IndexView, scope: set[str] | None, threshold: float) -> Outcome:
    for strategy in plan(query):
        outcome = strategy.run(query, view, scope, threshold)
        if outcome is not None:
            return outcome
    raise AssertionError("the evidence strategy always answers")
