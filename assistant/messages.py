"""Every sentence the assistant says, keyed by language ("vi", "en"): one catalogue, so that the two
languages say the same things and a wording is changed in one place.

`say(lang, key, **values)` fills a template; values are inserted as given (quotes and names as printed).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "vi": {
        "abstain": "Không tìm thấy thông tin này trong các tài liệu đã lập chỉ mục.",
        "abstain_blank": "Không tìm thấy: văn bản {doc} để trống {field}.",
        "field_number": "số hiệu",
        "field_date": "ngày ký",
        "empty_question": (
            "Câu hỏi trống: hãy nhập một câu hỏi, ví dụ “Cơ quan nào chủ trì nhiệm vụ xây dựng Cổng pháp "
            "luật?”"
        ),
        "other_language": (
            "Xin hãy đặt câu hỏi bằng tiếng Việt hoặc tiếng Anh. / Please ask in Vietnamese or English: "
            "the documents are Vietnamese plans."
        ),
        "truncated": "Câu hỏi dài hơn {limit} ký tự: chỉ phần đầu được xét.",
        "no_document_for": "Chưa có tài liệu nào của {place} trong chỉ mục. ",
        "several_tasks": "Có {n} nhiệm vụ phù hợp:",
        # listings
        "listing_head": "Có {n} nhiệm vụ {what}:",
        "groups_head": "Phụ lục {doc} chia các nhiệm vụ thành {n} nhóm:",
        "no_such_row": "Bảng nhiệm vụ của {doc} không có dòng số {number} như câu hỏi nêu.",
        "group_line": "{number}{title} ({count} nhiệm vụ) [{n}]",
        "group_line_one": "{number}{title} (1 nhiệm vụ) [{n}]",
        "listing_none_in_appendix": "Trong phụ lục không có nhiệm vụ nào {what}.",
        "listing_coordinates_instead": "{names} là cơ quan phối hợp ở {n} nhiệm vụ:",
        "listing_leads_instead": "{names} là cơ quan chủ trì ở {n} nhiệm vụ:",
        "listing_body_head": "Phần nội dung văn bản giao {names} chủ trì:",
        "listing_body_head_coordinating": "Phần nội dung văn bản giao {names} phối hợp:",
        "listing_heading_head": "Văn bản không có bảng nhiệm vụ ghi {names}; phần nội dung dành cho {names}:",
        "listing_none": "Không tìm thấy nhiệm vụ nào {what} trong các tài liệu đã lập chỉ mục.",
        "duties_head": "Phần nội dung văn bản dành cho {names} ({n} đoạn):",
        "due_head": "Có {n} nhiệm vụ hoặc đoạn văn bản có hạn ngày {when}:",
        "listing_group": "{place} ({n}):",
        "role_lead": "chủ trì",
        "role_coordinating": "phối hợp",
        "role_either": "chủ trì hoặc phối hợp",
        "by_agency": "do {names} {verb}",
        "in_place": "ở {places}",
        "group_what": "thuộc nhóm {group} “{title}”",
        "group_cell_what": "thuộc nhóm “{title}”",
        "on_topic": "có tên khớp với nội dung hỏi",
        "with_deadline": "có thời gian {when}",
        "quarter": "quý {q}",
        "month": "tháng {m}",
        "period_annual": "hằng năm",
        "period_regular": "thường xuyên",
        "period_specific": "ghi năm cụ thể",
        "period_single": "gói trong một năm",
        # overview
        "overview_head": "Các tài liệu về {place} trong chỉ mục:",
        "overview_hint": "Hãy hỏi cụ thể hơn, ví dụ: “Cơ quan nào chủ trì nhiệm vụ … ở {place}?”",
        "number_blank": "chưa ghi số",
        "appendix_tasks": ", {n} nhiệm vụ trong phụ lục",
        # comparisons
        "compare_head": "So sánh theo từng địa phương:",
        "compare_head_docs": "So sánh theo từng văn bản:",
        "compare_head_items": "So sánh từng nội dung:",
        "compare_issued_first": "{first} ban hành trước ({first_date}), {second} sau ({second_date}).",
        "compare_in_force_first": "{first} có hiệu lực trước ({first_date}), {second} sau ({second_date}).",
        "compare_same_day": "{first} và {second} cùng ngày ({first_date}).",
        "compare_due_first": "Sớm hơn: {first} ({first_date}); sau đó: {second} ({second_date}).",
        "compare_same_field": "Cùng {field}: {value}.",
        "compare_other_field": "Khác {field}: {first} — {first_value}; {second} — {second_value}.",
        "field_lead": "cơ quan chủ trì",
        "field_coordinating": "cơ quan phối hợp",
        "field_output": "kết quả",
        "field_deadline": "thời hạn",
        "compare_nothing": "không tìm thấy thông tin.",
        "compare_agency_yes": "Địa phương giao {names}: {places}.",
        "compare_agency_no": "Không địa phương nào trong các nhiệm vụ tìm thấy giao {names}.",
        # quotes
        "according_to": "Theo {where}: “{quote}” [{n}].",
        "under_heading": ", thuộc “{heading}” [{n}]",
        "items_head": "Theo {where} (“{quote}” [{n}]):",
        "related_clause": " Phần nội dung của văn bản cũng giao nhiệm vụ này ({label}): “{quote}” [{n}].",
        # a task row
        "task_lead": "{lead} chủ trì nhiệm vụ {head} [{n}].",
        "task_coordinating": "Cơ quan phối hợp thực hiện nhiệm vụ {head}: {coord} [{n}].",
        "task_no_coordinating": "Nhiệm vụ {head} không ghi cơ quan phối hợp [{n}].",
        "task_deadline": "Thời gian thực hiện nhiệm vụ {head}: {deadline} [{n}].",
        "task_no_deadline": "Nhiệm vụ {head} không ghi thời hạn [{n}].",
        "task_output": "Kết quả (sản phẩm) của nhiệm vụ {head}: {output} [{n}].",
        "task_no_output": "Nhiệm vụ {head} không ghi kết quả [{n}].",
        "cell_lead": "Cơ quan chủ trì: {value} [{n}].",
        "cell_coordinating": "Cơ quan phối hợp: {value} [{n}].",
        "cell_output": "Kết quả: {value} [{n}].",
        "cell_deadline": "Thời gian: {value} [{n}].",
        "cell_other": "{header}: {value} [{n}].",
        "row_lead": "chủ trì: {value}",
        "row_coordinating": "phối hợp: {value}",
        "row_output": "kết quả: {value}",
        "row_deadline": "thời gian: {value}",
    },
    "en": {
        "abstain": "This information was not found in the indexed documents.",
        "abstain_blank": "Not found: the document {doc} leaves its {field} blank.",
        "field_number": "number",
        "field_date": "date",
        "empty_question": (
            "Empty question: please type a question, e.g. “Which agency leads the task of building the legal "
            "portal?”"
        ),
        "other_language": (
            "Xin hãy đặt câu hỏi bằng tiếng Việt hoặc tiếng Anh. / Please ask in Vietnamese or English: "
            "the documents are Vietnamese plans."
        ),
        "truncated": "The question is longer than {limit} characters: only its beginning was read.",
        "no_document_for": "No indexed document is about {place}. ",
        "several_tasks": "{n} matching tasks:",
        "listing_head": "There are {n} tasks {what}:",
        "groups_head": "The appendix of {doc} sorts its tasks into {n} groups:",
        "no_such_row": "The task table of {doc} has no row numbered {number}, as the question says.",
        "group_line": "{number}{title} ({count} tasks) [{n}]",
        "group_line_one": "{number}{title} (1 task) [{n}]",
        "listing_head_one": "There is 1 task {what}:",
        "listing_none_in_appendix": "No appendix task is {what}.",
        "listing_coordinates_instead": "{names} coordinates {n} tasks:",
        "listing_coordinates_instead_one": "{names} coordinates 1 task:",
        "listing_leads_instead": "{names} leads {n} tasks:",
        "listing_leads_instead_one": "{names} leads 1 task:",
        "listing_body_head": "The body of the documents gives {names} the lead:",
        "listing_body_head_coordinating": "The body of the documents asks {names} to coordinate:",
        "listing_heading_head": "No task table names {names}; the part of the text addressed to {names}:",
        "listing_none": "No task {what} was found in the indexed documents.",
        "duties_head": "The part of the text addressed to {names} ({n} passages):",
        "duties_head_one": "The part of the text addressed to {names} (1 passage):",
        "due_head": "{n} tasks or passages are due on {when}:",
        "due_head_one": "1 task or passage is due on {when}:",
        "listing_group": "{place} ({n}):",
        "role_lead": "led by",
        "role_coordinating": "coordinated by",
        "role_either": "led or coordinated by",
        "by_agency": "{verb} {names}",
        "in_place": "in {places}",
        "group_what": "in group {group} “{title}”",
        "group_cell_what": "in the group “{title}”",
        "on_topic": "whose names match the question",
        "with_deadline": "with deadline {when}",
        "quarter": "Q{q}",
        "month": "month {m}",
        "period_annual": "every year",
        "period_regular": "regularly",
        "period_specific": "a specific year",
        "period_single": "within a single year",
        "overview_head": "Indexed documents about {place}:",
        "overview_hint": "Please ask a more specific question, e.g. “Which agency leads the … task in {place}?”",
        "number_blank": "number left blank",
        "appendix_tasks": ", {n} appendix tasks",
        "appendix_tasks_one": ", 1 appendix task",
        "compare_head": "By province:",
        "compare_head_docs": "By document:",
        "compare_head_items": "Item by item:",
        "compare_issued_first": "{first} was issued first ({first_date}), {second} later ({second_date}).",
        "compare_in_force_first": "{first} takes effect first ({first_date}), {second} later ({second_date}).",
        "compare_same_day": "{first} and {second} fall on the same day ({first_date}).",
        "compare_due_first": "Due first: {first} ({first_date}); then: {second} ({second_date}).",
        "compare_same_field": "Same {field}: {value}.",
        "compare_other_field": "Different {field}: {first} — {first_value}; {second} — {second_value}.",
        "field_lead": "lead agency",
        "field_coordinating": "coordinating agencies",
        "field_output": "output",
        "field_deadline": "deadline",
        "compare_nothing": "nothing found.",
        "compare_agency_yes": "Provinces that assign it to {names}: {places}.",
        "compare_agency_no": "No province among the matching tasks assigns it to {names}.",
        "according_to": "According to {where}: “{quote}” [{n}].",
        "under_heading": ", under “{heading}” [{n}]",
        "items_head": "According to {where} (“{quote}” [{n}]):",
        "related_clause": " The body of the same document also assigns it ({label}): “{quote}” [{n}].",
        "task_lead": "{lead} leads the task {head} [{n}].",
        "task_coordinating": "The task {head} is coordinated by {coord} [{n}].",
        "task_no_coordinating": "The row of the task {head} names no coordinating agency [{n}].",
        "task_deadline": "The deadline of the task {head} is: {deadline} [{n}].",
        "task_no_deadline": "The row of the task {head} gives no deadline [{n}].",
        "task_output": "The output of the task {head} is: {output} [{n}].",
        "task_no_output": "The row of the task {head} names no output [{n}].",
        "cell_lead": "Lead agency: {value} [{n}].",
        "cell_coordinating": "Coordinating: {value} [{n}].",
        "cell_output": "Output: {value} [{n}].",
        "cell_deadline": "Deadline: {value} [{n}].",
        "cell_other": "{header}: {value} [{n}].",
        "row_lead": "lead: {value}",
        "row_coordinating": "coordinating: {value}",
        "row_output": "output: {value}",
        "row_deadline": "deadline: {value}",
    },
}


def lang_of(lang: str | None) -> str:
    """The catalogue language for a query language ("other" and "" answer in Vietnamese)."""
    return "en" if lang == "en" else "vi"


def say(lang: str | None, key: str, **values: object) -> str:
    """The sentence `key` in the language; a count of one takes the key's singular form where it has one."""
    catalogue = MESSAGES[lang_of(lang)]
    template = catalogue.get(f"{key}_one", catalogue[key]) if values.get("n") == 1 else catalogue[key]
    return template.format(**values) if values else template
