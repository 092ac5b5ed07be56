"""The rules of question understanding, as data: regular expressions over the folded question (lower case,
no diacritics, so that unaccented input matches too) for intents, expected answer types, follow-ups and
document hints, and the words that carry a question's form rather than its topic. Used by
assistant.understand; kept apart so that the rules can be read and extended in one place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from assistant.en_months import NAME as MONTH_NAME
from indexer.agencies import DIGITAL_BEFORE
from indexer.clean import normalize_tones
from indexer.text import fold


def any_match(patterns: Sequence[str], text: str) -> bool:
    return any(p.search(text) for p in _compiled(tuple(patterns)))


@lru_cache(maxsize=512)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The rules compiled once: `re`'s own cache (512 patterns) is evicted by the names questions
    bring, and recompiling the rules cost a fifth of the time of a question."""
    return tuple(re.compile(p) for p in patterns)


@lru_cache(maxsize=8192)
def word_pattern(folded: str) -> re.Pattern[str]:
    """A folded phrase as a whole word or words ("sở tư pháp" not inside "cơ sở tư pháp x")."""
    return re.compile(rf"(?<!\w){re.escape(folded)}(?!\w)")


# A question about places ("tỉnh nào …", "which provinces …") compares places
ASKS_PLACES = (
    # not where one thing is ("Trụ sở chính … đặt ở tỉnh, thành phố nào?": a place asked, not compared)
    r"(?<!\bdat o )(?<!\bdat tai )(?<!\bdat o tinh, )(?<!\bdat tai tinh, )"
    # (nor the level of bodies: "Những cơ quan cấp tỉnh nào chủ trì …" asks bodies of one place)
    r"(?<!\bcap )"
    # (nor the provinces of another country: "những tỉnh nào của Lào", which no plan is from)
    r"\b(?:tinh|thanh pho|dia phuong|tinh thanh)(?: nao| gi)\b(?! (?:cua|thuoc|o|ben) (?:nuoc )?(?:lao|campuchia"
    r"|trung quoc|nuoc ban|ban)\b)",
    # (not "which city bodies", "which provincial departments": bodies of one place)
    r"(?<!located in )(?<!based in )(?<!held in )\bwhich (?:provinces?|cities|city|localit)(?!\w*[ -](?:bodies|body"
    r"|agenc|departments?|offices?|units?|organi[sz]ations?|authorit|level|boards?|committees?)\b)",
)
# "cả hai", both of two things (not "kéo dài cả hai năm 2025 và 2026": a period)
BOTH_OF_TWO = r"\bca hai\b(?! (?:nam|quy|thang|giai doan) (?:nay )?\d)"
# a field asked of every row: "For each activity in section III of plan 174, which department leads it?", "For each
# row in group II of the appendix, who leads it?"
FOR_EACH_ROW = r"^(?:for|in) (?:each|every) (?:task|activity|row|item|project|measure)s?\b"
# an opening clause that sets something aside before the ask: "Besides the generic 'các sở, ban, ngành …', which …"
SET_ASIDE_OPENERS = r"(?:besides|apart from|aside from|other than|except(?: for)?)"
# "điều kiện để A khác gì điều kiện để B?": two things (of one document or place, when it names no other)
A_KHAC_GI_B = (
    r"\w+ \w+ khac gi (?!(?:ve|nhau|khong|so|voi|o|trong|giua|hon|ca|co ban|dang ke|noi bat|nhieu|lon|chu yeu"
    r"|can ban)\b)\w+ \w+"
)
# words that may stand between "ai" and the verb it asks of: "ai có thẩm quyền kỷ luật", "ai là người chủ trì"
_WHO_HELPERS = r"(?:co tham quyen|duoc giao|la nguoi|la co quan|chiu trach nhiem|co trach nhiem|phai|se|da)"
# "Was Regulation 384 issued before or after Decree 302?", "Quy định 384 ban hành trước hay sau Nghị định 302?",
# "Did Decree 302 come / take effect before or after …?", "… issued before Decree 302 or after it?"
BEFORE_OR_AFTER = (
    r"\b(?:issued|signed|adopted|enacted|dated|come|came|take effect|took effect|published)"
    r" (?:before or after|after or before)\b"
    r"|\b(?:issued|signed|adopted|enacted|dated)\b (?:[\w./-]+ ){0,6}?(?:before|after) [^?]{3,60}? or (?:after|before)\b"
    r"|\b(?:ban hanh|ky|co hieu luc|ra doi) (?:truoc hay sau|sau hay truoc)\b"
)
COMPARE = (
    *ASKS_PLACES,
    r"\bso sanh\b",
    # "hạn … của A và của B lần lượt là khi nào?", "… of A and of B, respectively": one thing asked of each
    r"\b(?:va|and)\b.*\b(?:lan luot (?:la|vao|do|duoc|co|o)|respectively)\b",
    r"\bkhac nhau\b",
    r"\bgiong nhau\b",
    BOTH_OF_TWO,
    r"\b(?:cung|deu) (?:de cap|yeu cau|noi ve|giao|nhan manh)\b",
    # "… phản ánh về đâu theo kế hoạch của UBND tỉnh Hà Tĩnh, và theo công văn của Tỉnh ủy Hà Tĩnh?": one thing asked of
    # two documents, each named with its issuer
    r"\btheo (?:du thao )?(?:ke hoach|cong van|quyet dinh|nghi quyet|chi thi|chuong trinh|van ban) (?:\w+ ){0,2}?cua "
    r"[^?;]{3,60}?,? (?:va|con|hay|hoac) theo (?:du thao )?(?:ke hoach|cong van|quyet dinh|nghi quyet|chi thi"
    r"|chuong trinh|van ban) (?:\w+ ){0,2}?cua\b",
    # (not "… sau khi có văn bản khác được ban hành": "khác" after a kind is "another")
    r"\b(?:ke hoach|cong van|quyet dinh|van ban)\b.*\bva\b.*\b(?:ke hoach|cong van|quyet dinh|van ban)\b.*"
    r"(?<!van ban )(?<!ke hoach )(?<!cong van )(?<!quyet dinh )\b(?:khac|giong|cung|deu)\b",
    # "văn bản nào ban hành trước / có hiệu lực sớm hơn", "cái nào ra trước", "which came first"
    r"\b(?:van ban|cai|ben|ke hoach|nghi quyet|quyet dinh|du an|luat) nao\b.*\b(?:ra|ban hanh|co hieu luc|ky"
    r"|duoc ky|thong qua|trinh)"
    r" (?:truoc|sau)\b(?! (?:ngay|thang|nam|quy|khi)\b)",
    # "… được trình Quốc hội thông qua vào thời điểm nào, văn bản nào trước?"
    r"\b(?:va|hay|hoac)\b.*\b(?:van ban|cai|ben|ke hoach|nghi quyet|quyet dinh|du an|luat) nao (?:\w+ ){0,2}?"
    r"(?:truoc|sau)\W*$",
    # "Giữa A và B, văn bản nào được trình trước?": which of two comes first (not "giữa năm 2025", nor "giữa
    # Sở A và Sở B, cơ quan nào chủ trì …")
    r"^giua (?!nam\b|thang\b|quy\b|ky\b)\w.*\b(?:va|voi)\b.*\bnao\b.*\b(?:truoc|sau|som hon|muon hon|lau hon"
    r"|nhanh hon|dai hon|ngan hon)\b",
    r"\b(?:som hon|muon hon)\b",
    # "…, bước nào dài hơn?", "quy trình nào nhanh hơn?": which of two
    r"\b(?:viec|nhiem vu|cai|ben|buoc|quy trinh|thu tuc|van ban|ke hoach|chi tieu|muc|dieu kien) nao (?:\w+ ){0,2}?"
    r"(?:dai|ngan|lau|nhanh|cham|nhieu|it|cao|thap|lon|nho) hon\b(?! (?:\d|mot|hai|ba|muoi)\b)",  # not "hơn 2 ngày"
    # "hạn nào trước?", "việc nào xong trước?" (not "trước ngày …"); "A và B có cùng mốc thời hạn không?"
    r"\b(?:han|thoi han|moc|viec|nhiem vu|cai|ben|buoc|quy trinh|thu tuc) nao (?:(?:den |het )?han |xong |hoan thanh "
    r"|(?:phai |can )?(?:xong|lam|thuc hien|dien ra|trien khai|hoan thanh) )?"
    r"(?:truoc|sau)\b(?! (?:ngay|thang|nam|quy|khi|day|tien)\b)",  # not "nào sau đây", "trước tiên"
    r"\bco cung (?:mot )?(?:moc|han|thoi han|thoi gian|co quan|muc|ngay)\b.*\bkhong\b",
    # "A và B do cùng một cơ quan chủ trì không?", "do the same department lead A and B?"
    r"\b(?:do|la|boi) cung (?:mot )?(?:co quan|don vi|so|bo|nganh)\b",
    r"\b(?:do|does|did|is|are|was|were|have|has)\b.*\bthe same (?:[\w-]+ ){0,2}(?:departments?|agenc(?:y|ies)"
    r"|bod(?:y|ies)|ministr(?:y|ies)|units?|offices?|authorit(?:y|ies)|deadlines?|time ?frames?|time limits?"
    r"|outputs?|results?|coordinators?)\b(?! as\b)",  # not "the same deadline as task 6": which tasks
    # "hạn A khác gì (so) với hạn B?"
    r"\bkhac (?:gi|the nao|ra sao|nhau the nao) (?:so )?voi\b",
    # "điều kiện để A khác gì điều kiện để B?" (not "A và B khác gì nhau / về …")
    A_KHAC_GI_B,
    # "nhiệm vụ A và nhiệm vụ B do ai chủ trì, thời hạn thế nào?", "the task of A and the task of B: who
    # leads …?": one field asked of two rows, each named as a task
    # (or two indicators, schemes: "chỉ tiêu kinh tế số … và chỉ tiêu tỷ lệ hồ sơ … do cơ quan nào chủ trì?")
    r"(?<!nhung )(?<!cac )\b(nhiem vu|chi tieu|de an|du an) (?!nao\b)[^?.;]{8,}?\b(?:va|cung nhu) \1"
    # (not "… giao nhiệm vụ cho những cơ quan nào, và nhiệm vụ chính của mỗi cơ quan là gì": what each does)
    r" (?!(?:nao|do|nay|tren|kia|ay)\b)(?!(?:\w+ ){0,2}(?:moi|tung)\b)[^?]{8,}"
    r"\b(?:ai|nao|gi|the nao|ra sao|khi nao)\b",
    # "hạn Bộ Tài chính trình dự thảo … và hạn Bộ Giáo dục báo cáo … là khi nào?": one field, named before
    # each of two things
    # (not inside a quoted name: "Kết quả của nhiệm vụ “… nhân lực và kết quả đầu ra” là gì?")
    r"(?<!nhung )(?<!cac )\b(han|thoi han|moc|ngay|co quan|don vi|ket qua|san pham) (?!nao\b|cua no\b)[^?.;“”\"]{8,}?"
    r"\bva \1 (?!nao\b)[^?“”\"]{8,}\b(?:ai|nao|gi|the nao|ra sao|khi nao)\b",
    # "Luật sửa đổi Luật Tổ chức Quốc hội và Nghị quyết sửa đổi Nội quy kỳ họp … trình thông qua tại kỳ họp nào?":
    # two laws or resolutions named by their titles, one thing asked of both
    r"^(?:[^?]*\b(?:va|cua|giua) )?(?:luat|nghi quyet|nghi dinh|phap lenh|thong tu) (?:sua doi|bo sung|ve)\b"
    r"[^?“”\"]{6,}?\bva (?:luat|nghi quyet|nghi dinh|phap lenh|thong tu) (?:sua doi|bo sung|ve)\b"
    r"[^?“”\"]{6,}\b(?:nao|gi|khi nao|bao gio)\b",
    r"\bthe (deadlines?|due dates?|time limits?|lead (?:agency|body)|outputs?|results?) (?:for|of) [^?.;“”\"]{8,}?"
    r"\band the \1 (?:for|of) [^?“”\"]{8,}",
    # "… are the amended Law on … and the amended Rules of Procedure … to be passed?": two documents or items
    # named alike, one thing asked of both
    r"\b(?:which|what|when|who)\b.*\bthe (amended|draft|revised|new|law|resolution|decree|decision|circular"
    r"|procedure|indicator|target|scheme|project|activity) [^?.;“”\"]{8,}? and the \1 [^?“”\"]{8,}",
    r"\b(?:the )?(?:(?!which|what|who)[\w-]+ )?task (?:of |on |to )?[^?.;]{8,}?\band (?:the )?(?!(?:which|what|who|that|this|its)\b)"
    r"(?:[\w-]+ )?task (?:of |on |to )?[^?]{8,}",
    # "hạn báo cáo của A khác hạn B báo cáo … thế nào?": one field of two things
    r"\b(han|thoi han|moc|thoi gian|co quan chu tri|ket qua|san pham)\b.*\bkhac (?:voi |so voi )?\1\b.*"
    r"\b(?:the nao|ra sao|nhu the nao|o diem nao|gi)\W*$",
    # "thời gian thực hiện nhiệm vụ 1 (…) khác với nhiệm vụ 4 (…) thế nào?": a thing of one kind against another
    r"\bkhac (?:voi|so voi) (?:nhiem vu|quy trinh|thu tuc|buoc|muc|chi tieu|hoat dong|van ban|ke hoach|quyet dinh"
    r"|dieu|khoan)\b.*\b(?:the nao|ra sao|o diem nao|nhu the nao|gi)\W*$",
    # "Kế hoạch của UBND tỉnh Hà Tĩnh và công văn của Tỉnh ủy Hà Tĩnh hướng dẫn phản ánh về đâu?": one thing
    # asked of two documents, each named by its kind and its issuer
    # (each named by its kind, not its number: "Nghị quyết 66 của Bộ Chính trị và Kế hoạch 168 của Tỉnh ủy" are
    # what one plan implements)
    r"(?<!\btrien khai )(?<!\bthuc hien )\b(?:ke hoach|cong van|quyet dinh|nghi quyet|nghi dinh|chi thi|thong tu"
    r"|chuong trinh|cong dien|van ban) (?:[^\W\d]+ ){0,2}?cua (?!no\b|minh\b)(?:(?!\b(?:trien khai|thuc hien|ve viec)\b)[^,?;\d])"
    r"{3,60}? (?:va|voi) (?:(?:trong|o|theo) )?"
    r"(?:du thao )?(?:ke hoach|cong van|quyet dinh|nghi quyet|nghi dinh|chi thi|thong tu|chuong trinh|cong dien"
    r"|van ban) (?:[^\W\d]+ ){0,2}?cua\b",
    # "What role do the Hà Tĩnh People's Committee plan and the Hà Tĩnh Provincial Party Committee letter
    # assign to …?": one thing asked of two documents, each named by its kind after its place or issuer
    r"\bthe (?:[\w'-]+ ){0,5}?(?:plan|letter|dispatch|directive|resolution|decree|circular|programme|program)"
    r" and (?:in |of )?the (?:[\w'-]+ ){1,5}?(?:plan|letter|dispatch|directive|resolution|decree|circular"
    r"|programme|program)\b(?! (?:it|which|that)\b)",
    # "mốc A và mốc B cách nhau thế nào?", "hạn … và hạn … chênh nhau thế nào?"
    r"\b(?:cach nhau|chenh nhau)\b",
    # "Bước thẩm định mất bao lâu ở quy trình số 01 so với quy trình số 04?": a thing of one kind against another
    r"\b(?:bao lau|bao nhieu|nao|gi|the nao|ra sao|khi nao)\b.*\bso voi (?:quy trinh|thu tuc|nhiem vu|buoc|chi tieu"
    r"|hoat dong|van ban|ke hoach|quyet dinh|nghi quyet|nghi dinh|luat|thong tu|de an|du an|linh vuc)\b",
    # "hạn hoàn thành Đề án đổi mới … so với việc hệ thống hóa văn bản … thì thế nào?": one time of two things
    r"\b(?:han|thoi han|thoi gian|moc|tien do)\b.{8,}\bso voi (?:viec |nhiem vu |de an )?.{8,}"
    r"\b(?:the nao|ra sao|nhu the nao|(?:som|muon|dai|ngan) hon)\W*$",
    # "… phải thông báo trong thời hạn nào khi nâng cấp, bảo trì so với khi gặp sự cố bất khả kháng?": one thing
    # asked of two cases
    # (a case named on the first side too: not "Mức phạt tăng bao nhiêu so với khi chưa sửa đổi?")
    r"^(?=.*\b(?:bao lau|bao nhieu|nao|gi|the nao|ra sao)\b).*\b(?:khi(?! nao)|truong hop)\b.*\bso voi (?:khi|truong hop)\b",
    # "ai có thẩm quyền kỷ luật A và ai kỷ luật B?", "who leads A and who leads B?": one thing asked of two
    # (not "ai chủ trì và ai phối hợp …", two things of one)
    # (the verb repeated, after the words that may stand before it: "ai có thẩm quyền kỷ luật …", not "ai là người
    # chủ trì và ai là người phối hợp")
    rf"\bai (?:{_WHO_HELPERS} )?(?!{_WHO_HELPERS}\b)(\w+ \w+)\b.{{6,}}\bva ai (?:{_WHO_HELPERS} )?\1\b",
    r"\bwho (?:(?:is|are|will|must|should|can|does|do) )?(?!(?:the|a|an|is|are|will|must|should|can)\b)(\w+)\b.{6,}"
    r"\band who (?:(?:is|are|will|must|should|can|does|do) )?\1\b",
    # "which committee examines A and which examines B?"
    r"\bwhich (?:[\w'-]+ ){0,2}?(?:committee|body|agency|ministry|department|unit|office|authority)s? "
    r"(?:(?:is|are|will|must|should|can|does|do) )?(?!(?:the|a|an|is|are|will|must|should|can)\b)(\w+)\b.{6,}"
    r"\band which (?:(?:one|committee|body|agency|ministry|department|unit|office|authority) )?"
    r"(?:(?:is|are|will|must|should|can|does|do) )?\1\b",
    # "thời gian diễn ra A và hạn gửi B liên quan với nhau thế nào?", "how do A and B relate (to each other)?"
    r"\b(?:va|voi)\b.*\blien quan (?:voi|den|toi) nhau\b",
    r"\bhow (?:do|does|are|is)\b.*\band\b.*\b(?:relate|related|line up|fit together|connect)(?: to each other| to one another)?\W*$",
    # "Tổng thời gian của quy trình A so với quy trình B thế nào?": two things of one kind ("năm 2025 so với
    # năm 2020" is one thing's change)
    r"\b(quy trinh|thu tuc|nhiem vu|van ban|ke hoach|quyet dinh|nghi quyet|chi tieu|buoc|tinh|thanh pho)\b.*"
    r"\bso voi\b.*\b\1\b.*\b(?:the nao|ra sao|khac|(?:dai|ngan|nhieu|it|som|muon|cao|thap) hon)\b",
    # "which is due first: A or B?"
    r"\bwhich (?:one |task )?(?:is |was |are |were )?(?:due|scheduled|completed|done|finished|held|set) "
    r"(?:first|earlier|sooner|later)\b",
    # "… ban hành cùng ngày không?", "issued on the same day", "which was issued first"
    r"\b(?:ban hanh|ky|co hieu luc) (?:vao )?cung (?:mot )?ngay\b",
    r"\b(?:issued|signed|adopted|effective|takes? effect|took effect)\b.*\bsame (?:day|date)\b",
    # "Was Regulation 384 issued before or after Decree 302?", "… ban hành trước hay sau …?"
    BEFORE_OR_AFTER,
    r"\bwhich\b(?: \w+){0,3} (?:issued|signed|adopted|enacted) (?:first|earlier|later)\b",
    # not "which earlier decisions …" (an earlier one, named by its noun)
    r"\bwhich (?:one |document )?(?:was |is |came |comes )?(?:earlier|first|later|sooner)\b(?! (?!than\b)[a-z]+ (?:does|do|did|is|was|are|were|will|has|have|had|can)\b)(?!(?: (?!(?:for|of|in|on|between|among|than|the|these|those|to|by)\b)[a-z]+){0,2} (?!(?:this|was|has|does|its|is|as)\b)[a-z]{2,}s\b)",
    r"\bwhich\b(?: \w+){0,3} (?:earlier|sooner)\b(?! (?!than\b)[a-z]+ (?:does|do|did|is|was|are|were|will|has|have|had|can)\b)(?!(?: (?!(?:for|of|in|on|between|among|than|the|these|those|to|by)\b)[a-z]+){0,2} (?!(?:this|was|has|does|its|is|as)\b)[a-z]{2,}s\b)",
    # "Which goes to the Standing Committee first: the draft law …, or the draft resolution …?"
    r"\bwhich (?:one |\w+ )?(?:goes|comes|is (?:sent|submitted|held|due)|reaches|happens|takes place|starts|begins"
    r"|ends)\b[^:?]*\b(?:first|earlier|sooner|later)\b[^:?]*:[^?]*\bor\b",
    # "Which takes effect first: Decree 302 … or the Employment Law …?", "which came into force earlier, A or B?"
    r"\bwhich (?:one |document |\w+ )?(?:takes|took|comes|came|goes|went|entered|enters) (?:into )?(?:effect|force)"
    r" (?:first|earlier|sooner|later)\b[^?]*\bor\b",
    # "Which is more recent: Decision 2597 or Resolution 394?" (of two named things, not "which tasks are newer")
    r"\bwhich (?:one |document |plan |of (?:the|these|them) \w* ?)?(?:is|was) (?:the )?(?:more recent|most recent|newer"
    r"|newest|older|oldest)\b.*\bor\b",
    r"\b(?:van ban|cai|ben|ke hoach|quyet dinh|nghi quyet|chuong trinh|cong van|thong tu) nao (?:\w+ ){0,2}?"
    r"(?:moi hon|cu hon|gan day hon)\b",
    r"\bcompar",
    r"\bdiffer",
    # (not two years a time covers: "a timeframe stretching over both 2025 and 2026")
    r"\bboth\b(?! (?:(?:the )?years )?(?:19|20)\d\d and (?:19|20)\d\d\b)",
    r"\b(?:versus|vs)\b",  # "who leads task II.14 versus task II.15?"
)
# the appendix and the implementation section named together ("both in the appendix and in the implementation
# section", "cả phần tổ chức thực hiện và phụ lục"): what a body is given in each, both asked
BOTH_PARTS = re.compile(
    r"\b(?:phu luc|appendix|annex) (?:va|and) (?:in |o )?(?:the )?(?:phan |muc )?(?:to chuc thuc hien|implementation"
    r" section)\b"
    r"|\b(?:to chuc thuc hien|implementation section) (?:va|and) (?:in |o )?(?:the )?(?:phu luc|appendix|annex)\b"
)
# what a body does in rows, asked with "where": "where does X appear / come into / act as a coordinating body /
# play a supporting role" (the rows that name it, not a place)
WHERE_IN_ROWS = (
    r"(?:appears?|features?|figures?|shows? up|named|listed|mentioned|comes? in(?:to)?|fits? in(?:to)?"
    r"|(?:acts?|serves?|works?|functions?) as|(?:plays?|takes?(?: on)?|has|have) (?:a|an|the|any) (?:[\w()-]+ ){0,3}roles?"
    # ("Where does Hai Phong's action plan list the Department of Home Affairs as a coordinating body?")
    r"|as (?:a |an |the )?(?:coordinating|leading|lead|supporting)\b)"
)

LISTING = (
    r"\bnhiem vu (?:nao|gi)\b",
    # ("Việc nào trong phụ lục … kéo dài đến năm 2028?": the rows, asked first thing)
    r"^(?:cong )?viec nao\b",
    FOR_EACH_ROW,
    # "In the Vĩnh Long task table, which rows name the Department of Finance in the lead column?"
    r"\b(?:which|what) (?:[\w-]+ )?rows\b(?! (?:of|in) (?:the )?(?:table|appendix) (?:is|are|does|do)\b)",
    # "List the activities in plan 174 and which department leads each."
    r"^(?:please )?list (?:all )?(?:of )?(?:the )?(?:[\w-]+ ){0,2}(?:tasks|activities|projects|measures)\b"
    r"(?=.*\b(?:each|every one)\b)",
    # "Where does the Department of Foreign Affairs appear in the appendix, and in what role?": its rows
    # ("In Phú Thọ's task list, where does … appear as a coordinating agency?": a place said first)
    # ("… where does the Department of Home Affairs act as a coordinating body?", "… only play a supporting role")
    r"(?:^|[,;] )where (?:does|do|is|are) (?:[\w()'’-]+ ){1,12}?(?:only |just |also )?"
    + WHERE_IN_ROWS
    + r"\b",
    r"\b(?:nhung|cac) nhiem vu (?:ma|do|duoc)\b.*\b(?:nao|gi)\b",
    # "Những nhiệm vụ trọng tâm nào …": a word describing them (not "… được giao những nhiệm vụ cụ thể nào",
    # which may ask a body's part of the text); or their time ("những nhiệm vụ thường xuyên nào … do Sở Tư pháp chủ
    # trì", "các nhiệm vụ hằng năm nào")
    r"\b(?:nhung|cac) nhiem vu (?:trong tam|chu yeu|uu tien|quan trong|cap bach|thuong xuyen|hang nam|hang quy"
    r"|dinh ky) (?:nao|gi)\b",
    # the rows of other tables: indicators, data sets, procedures, drafts ("Công an tỉnh chủ trì những chỉ
    # tiêu nào", "những dự thảo nghị quyết nào do Ban … soạn thảo")
    r"\b(?:nhung|cac) (?:chi tieu|du lieu|thu tuc|de an|du an|hoat dong|du thao)(?: \w+){0,4} nao\b",
    # ("Ngân hàng nhà nước khu vực XII phụ trách chỉ tiêu nào …": in charge of)
    r"\b(?:chu tri|phoi hop|chu quan|soan thao|phu trach)\b.*\b(?:chi tieu|du lieu|thu tuc|de an|du an|du thao)"
    # (not "… dữ liệu hằng năm trước ngày nào?": a time is asked)
    r"(?: (?!ngay\b|truoc\b|khi\b|luc\b|thang\b|han\b)\w+){0,4} nao\b",
    r"\bsoan thao (?:nhung |cac )?(?:van ban|nghi quyet|du an luat|luat|nghi dinh|thong tu|du thao)(?: \w+){0,4} nao\b",
    # ("Which texts is the Deputies' Affairs Board responsible for drafting under …?")
    r"\bwhich (?:texts|documents|drafts|resolutions|regulations|decrees|laws|bills)\b[^?]{0,80}\b(?:draft|drafts"
    r"|drafting)\b",
    # "chỉ tiêu nào do Sở Y tế chủ trì", typed in haste: the rows of a body, asked by their noun alone
    # ("chỉ tiêu nào trong kế hoạch 144 Bắc Ninh do … chủ trì": where, said between)
    r"\b(?:chi tieu|du lieu|thu tuc|de an|du an|du thao|nhiem vu|hoat dong|viec|buoc) (?:nao|gi)"
    r"(?: (?:trong|cua|o|thuoc)(?: [\w/.-]+){1,8}?)? (?:do|duoc giao cho|giao cho|giao)"
    r" (?:\w+ ){1,10}?(?:chu tri|phoi hop|chu quan|thuc hien)\b",
    # "cho tôi danh sách dữ liệu mà Ban Tổ chức Trung ương là cơ quan chủ quản": the rows a body holds, asked as a
    # list of things of which it is the owner, lead or partner
    r"\b(?:danh sach|liet ke|ke ten|ke ra)(?: (?:cac|nhung|toan bo))? (?:chi tieu|du lieu|thu tuc|de an|du an|du thao"
    r"|nhiem vu|hoat dong|viec|cong viec|noi dung) (?:ma|do|duoc giao cho|giao cho) (?:\w+ ){1,10}?(?:la )?"
    r"(?:co quan |don vi )?(?:chu tri|phoi hop|chu quan|thuc hien)\b",
    # "Sở Xây dựng chủ trì những việc gì?": what an agency leads, in plain words
    r"\b(?:chu tri|phoi hop)(?: thuc hien)? (?:nhung |cac )?(?:viec|cong viec|noi dung|hoat dong) (?:gi|nao)\b",
    r"\bbao nhieu nhiem vu\b",
    # "What is the Department of Science and Technology responsible for …, either as lead or as a coordinating
    # agency?": its rows of either role
    r"\b(?:either )?as (?:the |a )?lead(?: agency| body)? or (?:as )?(?:the |a )?(?:coordinat|support)\w*\b",
    # "nhiệm vụ Sở Tư pháp chủ trì có thời hạn năm 2027?": typed in haste, the tasks a body leads, no word
    # asking anything else (not "nhiệm vụ … do cơ quan nào chủ trì?")
    # (nor "… năm mấy?", "… bao giờ?": when, of one task; "… có bao nhiêu?" counts them, a listing)
    r"^(?!.*\b(?:ai|nao|gi|sao|khong|bao gio|chua|(?:nam|ngay|thang|quy|luc) may)\b)(?:cac |nhung )?nhiem vu (?:do |ma |cua )?"
    r"(?:\w+ ){1,8}?(?:chu tri|phoi hop)\b",
    # the rows in other words: "những đầu việc nào", "các phần việc … là gì", "có mấy nhiệm vụ …", "danh sách
    # nhiệm vụ …"
    r"\b(?:dau viec|phan viec) (?:nao|gi)\b",
    r"\b(?:nhung|cac) (?:dau viec|phan viec)\b.*\b(?:la gi|gom|bao gom|nao)\b",
    r"\b(?:co|gom) may (?:nhiem vu|viec|cong viec|dau viec|phan viec)\b",
    r"\bdanh sach (?:cac |nhung )?(?:nhiem vu|viec|cong viec|dau viec)\b",
    # "Give me every task …", "Show all tasks …", "Enumerate the tasks …", "Tell me the tasks with a deadline in …"
    # ("Give me the Vĩnh Long appendix tasks where …": a place and a part said before the noun)
    r"\b(?:give|show|tell)(?: me| us)? (?:(?:every|each) (?:[\w-]+ ){0,2}task|(?:all|the)(?: the)? (?:[\w'’-]+ ){0,4}tasks)\b",
    r"\benumerate (?:the |all )?(?:the )?(?:[\w-]+ ){0,2}(?:tasks|items|activities)\b",
    r"\btasks (?:with|having|whose) (?:a |an |the )?(?:deadlines?|due dates?|time ?frames?|completion dates?)\b",
    # "Which jobs does … have to lead?", "Which items of the appendix have … as lead?"
    # (not "What items must … include in the report it is responsible for?")
    r"\b(?:which|what) (?:[\w-]+ ){0,2}(?:jobs|items|assignments)\b[^,;?]{0,90}"
    r"\b(?:leads?|leading|led|coordinat\w*|in charge)\b",
    # "Các nhiệm vụ thực hiện hàng năm trong phụ lục … gồm những gì?": the rows, by what the question says of them
    # (not inside a quoted task name: "… của nhiệm vụ “Thực hiện các nhiệm vụ tại Kế hoạch số 69 …” là gì?")
    r"\b(?:nhung|cac) nhiem vu\b[^“”\"]*\b(?:gom|bao gom|la) (?:nhung )?(?:gi|nao)\b",
    r"\bliet ke\b",
    # "… responsible for under the plan, both in the appendix and in the implementation section?", "(cả phần tổ
    # chức thực hiện và phụ lục)": a body's rows and its own part of the text, both asked
    BOTH_PARTS.pattern,
    r"\bke ten (?:cac|nhung|tat ca)\b",  # "Kể tên các nhiệm vụ … hằng năm", as "liệt kê"
    r"\b(?:which|what) (?:[\w-]+ ){0,2}(?:tasks|activities|indicators)\b",  # "which appendix tasks"
    # "… which duties carry a deadline set within 2025?": the duties of a time, listed
    r"\b(?:which|what) (?:[\w-]+ ){0,2}(?:duties|obligations)\b(?=.*\b(?:deadlines?|due)\b)",
    # ("Which orders in Dispatch 227 must be completed before 30 November 2025?": the items of a text due by a time)
    r"\b(?:which|what) (?:[\w-]+ ){0,2}(?:orders|instructions|directives|assignments|requirements|actions)\b"
    # (a date or a year after it: not "… done by the State Bank under Telegram 227?", a document's number)
    r"(?=.*\b(?:deadlines?|due|completed|finished|done)\b.*(?:\d{1,2}/\d{1,2}/(?:19|20)\d\d|\b\d{1,2}(?:st|nd|rd|th)?"
    r" (?:of )?(?:"
    + MONTH_NAME
    + r")\b|\b(?:"
    + MONTH_NAME
    + r")\b\.? \d{1,2}\b|\b(?:19|20)\d\d\b(?![/-])))",
    # "What are Vinh Long's tasks for the fourth quarter of 2025?": a place's or a body's tasks, possessive
    r"\bwhat are (?:the )?(?:[\w-]+ ){0,3}?[\w-]+['’]s? (?:[\w-]+ )?(?:tasks|activities)\b",
    # "Which digital-society targets … are assigned to / does … lead?": the rows of an indicator table by body
    # ("Which digital economy / digital society targets …": the table's own words for them, a slash between)
    r"\b(?:which|what) (?:[\w/-]+ ){0,5}targets\b.*\b(?:assigned to|led by|leads?|coordinat\w*|in charge)\b",
    # "Does the State Bank regional branch lead any indicator in Bac Ninh's plan? If so, which?": its rows, if any
    r"\b(?:does|do|did|is|are) (?:[\w()'’,./-]+ ){1,14}?(?:lead|head|chair|own|coordinate|support|take part in"
    r"|involved in) (?:any|some) (?:of the )?(?:tasks?|indicators?|targets?|rows?|projects?|schemes?|data)\b",
    # "Which of Bac Ninh's 2030 digital-society indicators …": some of the rows named with their document
    # ("Which of the priority schemes in the appendix … are led by …")
    # ("Which of Bac Ninh's digital economy/digital society targets …": words joined by a slash too)
    # ("Which of Bac Ninh's 2030 digital economy and society indicators … are assigned to …": a long name of the rows)
    r"\bwhich of (?:the )?(?:[\w'/-]+ ){0,8}(?:tasks|activities|indicators|targets|schemes|projects|programmes)\b",
    # "… lists key tasks for the end of 2025 — which of them are due in December 2025?": the rows said before
    # ("… are there any appendix tasks not led by …? Which ones, and who leads them?")
    r"\b(?:tasks|activities|items|indicators|targets|projects|schemes|assignments|duties)\b.*\bwhich (?:of them|ones)"
    r"(?: (?:is|are|must|should|will|fall|falls)\b|\s*[,?.]|$)",
    # "What data is Ban Nội chính Trung ương the custodian of …?": the rows of other tables by their agency
    # ("List the data items for which … is the custodian": the same, asked with "list")
    # ("Name all the data sets for which … is the managing body")
    r"\b(?:(?:which|what) |(?:list|name) (?:the |all )?(?:the )?)(?:[\w-]+ ){0,2}(?:data|datasets|data sets|data items"
    r"|procedures|projects|schemes)\b.*"
    # ("… have the Central Inspection Commission as the owning agency", "… as (the) data owner"; not "what reports
    # must data owners send")
    # ("which data sets belong to …")
    r"\b(?:custodians?|leads?|led|coordinat\w*|manages?|managed|in charge|(?<!its )(?<!their )owns?|owned|belongs? to"
    r"|belonging to"
    r"|as (?:the |its |their )?(?:owning (?:agency|body)|(?:data )?owners?)|the (?:data )?owners? of"
    # ("… is the Central Party Office the owning agency for?")
    r"|the (?:owning|managing|governing) (?:agency|body)|chu quan)\b",  # (not "on its own")
    # "Which documents in the plan have Ban Công tác đại biểu as the drafting agency?": rows by their agency
    r"\b(?:which|what) (?:\w+ ){0,2}(?:documents|drafts|bills|laws|resolutions|decrees|projects|schemes)\b.*"
    r"\b(?:drafting|drafts?|drafted|lead|leads|led|coordinat\w*|in charge|responsible)\b",
    # "Which draft resolutions must go to the Standing Committee before 10 January 2025?": rows of a table of
    # documents by when they are due
    # (not "which projects must use BIM … by 2026": what a project must do, not a row due)
    r"\b(?:which|what) (?:[\w-]+ ){0,2}(?:documents|drafts|bills|laws|resolutions|decrees|circulars)\b"
    r"[^?]*\b(?:due|must|needs? to|ha(?:ve|s) to|scheduled|planned)\b[^?]*\b(?:before|by|until|in|within|during)"
    r" (?:the )?(?:end of )?(?:\d|q[1-4]\b|(?:" + MONTH_NAME + r")\b)",
    # "List the Hai Phong appendix tasks in which …", "List the appendix tasks of the Hà Tĩnh plan that are led by …"
    # ("List all the indicators … assigned to the provincial police": the rows of an indicator table)
    # ("List the priority projects in the appendix of Resolution 394 and the body that leads each")
    r"(?<!\bthe )(?<!'s )\blist (?!of\b)(?:the |all )?(?:the )?(?:[\w-]+ ){0,3}(?:tasks|indicators|activities|targets"
    r"|projects|schemes)\b",
    # ("How many priority tasks … are due in December 2025?", "How many of Bac Ninh's 2030 … targets are assigned to
    # the provincial police, and which ones?")
    r"\bhow many (?:[\w-]+ ){0,2}tasks\b",
    r"\bhow many of (?:[\w'’-]+ ){1,10}?(?:tasks|targets|indicators|activities)\b",
    # "what do the commune People's Committees have to get done before 15 November 2025?": the rows due then
    r"\bwhat (?:do|does) .{1,80}? (?:have|has|need|needs) to (?:do|get done|finish|complete)"
    r" (?:by|before|until|within|in) (?:the )?(?:end of )?(?:\d|q[1-4]\b|(?:" + MONTH_NAME + r")\b)",
    # "… priority tasks, which ones is the Digital Transformation Centre in charge of?": several rows asked
    r"\bwhich ones (?:is|are|does|do|did|will|has|have)\b",
    # "Does the HCMC Department of Health lead any activity in …? If so, which?": the rows, asked as yes/no
    r"^(?:does|do|did|will|has|have) (?:[\w'’().,&-]+ ){1,10}?(?:lead|chair|coordinate|take part in|have|get)"
    r" any (?:[\w-]+ )?(?:tasks?|activit(?:y|ies)|items?|duties|assignments?|work)\b",
    # "Name the tasks the Department of Justice coordinates on.", "List the assignments of …"
    r"\bname (?:all )?(?:the )?(?:[\w-]+ ){0,3}(?:tasks|indicators|activities|targets)\b",
    r"(?<!\bthe )(?<!'s )\blist (?!of\b)(?:the |all )?(?:the )?(?:[\w-]+ ){0,2}(?:assignments|jobs|work items)\b",
    # "List every appendix task in Phú Thọ's plan where …": one task said, every one asked
    r"\blist (?:every|each) (?:[\w-]+ ){0,3}(?:task|row|item|activity|project|scheme|indicator|target)\b",
    r"\btasks (?:led|coordinated|due|that)\b",
    # "Which Vĩnh Long appendix tasks are scheduled for Quý III/2025?"
    r"\b(?:which|what) (?:[\w-]+ ){0,4}(?:appendix|annex) (?:tasks|rows|items)\b",
    r"\btasks (?:are |is )?(?:scheduled|planned|slated|expected)\b",
    r"\ball (?:the )?(?:tasks|indicators)\b",
    # "What does the HCMC Department of Health lead (under …)?": what a body leads, in plain words (not "what
    # does the lead agency …", where "lead" names a role)
    # ("In Hà Tĩnh's task appendix, what does … lead, and where …": a place or part said first)
    r"(?:^|[,;:] )what (?:does|do|did|will|must|should|shall) (?:[\w'’().,-]+ ){1,14}?(?:lead|coordinate(?: on| in)?|take the lead (?:on|in))"
    r"(?=\s*(?:[?.,]|$|under\b|in\b|within\b|for\b|among\b|according\b|as\b))",
)
# Listings asked in plain words, counted only with an agency or a period in the question: "Sở Tư pháp Hà
# Tĩnh phải làm gì trong năm 2027?", "Năm 2027 Hà Tĩnh có việc gì phải xong?", "What must … do in 2027?"
SOFT_LISTING = (
    r"\b(?:phai|can|se|duoc giao) (?:lam|thuc hien|hoan thanh|trien khai) (?:nhung )?(?:gi|viec gi|nhung gi)\b",
    r"\b(?:co|con) (?:nhung )?(?:viec|cong viec|nhiem vu) (?:gi|nao)\b",
    r"\b(?:nhung|cac) (?:viec|cong viec) (?:gi|nao)\b",
    r"\b(?:viec|cong viec) (?:gi|nao) (?:phai|can|se)\b",
    r"\bnhiem vu cua\b.*\b(?:la gi|gom nhung gi|nhung gi)\b",
    r"\bduoc giao (?:nhung )?(?:gi|viec gi|nhiem vu gi)\b",
    r"\b(?:tham gia|co ten|lien quan den) (?:nhung |cac )?(?:nhiem vu|viec) (?:nao|gi)\b",
    # (not "What is the deadline for the Department … to finish …?": a time asked)
    r"\bwhat (?:must|does|should|will|has|is) (?!(?:the |its |their )?(?:[\w-]+ )?(?:deadlines?|time ?limits?|due dates?"
    r"|time ?frames?|timelines?|completion dates?)\b).*\b(?:do|deliver|complete|finish|handle|done)\b",
    r"\bwhat (?:work|tasks?) (?:is|are|must|has|have)\b",
    # "Could you list what Sở Nội vụ is in charge of?" (not "List what the Ministry … check when …": what a passage
    # says they do)
    # "Những việc Sở Nội vụ cùng tham gia thực hiện là gì?", "Sở Tư pháp đứng ra chủ trì bao nhiêu việc?"
    r"^(?:nhung|cac) (?:viec|cong viec|dau viec|phan viec)\b.*\b(?:la gi|la nhung gi|gom nhung gi|gom gi)\W*$",
    r"\b(?:bao nhieu|may) (?:viec|cong viec|dau viec|phan viec)\b",
    r"\blist what\b.*\b(?:in charge(?: of)?|responsible for|leads?|coordinates?(?: on)?)\W*$",
    r"\bwhat(?: is|'s|’s|s) due\b",  # ("What's due in the fourth quarter of 2025 …?")
    # a list typed as a search, with no ask word: "Các nhiệm vụ của Sở Nội vụ trong kế hoạch Đồng Tháp",
    # "Danh sách nhiệm vụ giao cho Sở Tư pháp năm 2026", "Tasks assigned to the Department of Justice in …"
    # ("Những nhiệm vụ Sở Tư pháp Phú Thọ tham gia phối hợp": the body right after)
    # ("Những việc UBND các xã phải làm theo kế hoạch kiểm kê …" too; not "… trong phần tổ chức thực hiện": the
    # body's own part of the text, its duties)
    r"^(?:danh sach |tong hop )?(?:tat ca )?(?:cac |nhung )?(?:nhiem vu|viec|cong viec|hoat dong|chi tieu)\b"
    r"(?!.*\b(?:gi|nao|bao nhieu|khong|ai|sao|the nao|khi|luc|may|to chuc thuc hien)\b)",
    r"^(?:a )?(?:list of |all )?(?:the )?(?:[\w-]+ ){0,2}tasks (?:of|for|assigned to|given to)\b"
    r"(?!.*\b(?:what|which|when|who|how|whether)\b)",
)
# What an agency it names must do, as a whole ("Bộ Tài chính có trách nhiệm gì theo Quyết định 2597?",
# "What does the plan require of the Department of Home Affairs?"): its own part of the body text.
# What a duties question says besides its topic: the ask, the document, the agency's role words.
# Read with tone marks where the topic has them ("có", "là", "phần" — not "cơ", "lá", "phân"); typed without
# them, only the phrases of two syllables or more and the syllables that are one word only.
_FRAME_WORDS = (
    "trách nhiệm|nhiệm vụ|vai trò|yêu cầu|thực hiện|cụ thể|nói riêng|kế hoạch|quyết định|nghị quyết|chỉ thị"
    "|công văn|công điện|thông tư|nghị định|quy định|văn bản|tổ chức|giao|được|phải|làm|riêng|luật|theo|trong"
    "|của|gì|nào|những|các|có|là|phần|mục"
    # ("ngoài phần việc chung, Sở Tư pháp phải làm những việc gì?": besides the common part, its own)
    "|ngoài (?:phần việc |phần |nhiệm vụ |công việc |việc )?chung"
    # ("… làm những việc gì theo định kỳ hằng năm … đối với Nghị quyết 66?": the period is the topic, not its frame)
    "|(?:theo )?định kỳ(?= h[ằà]ng)|đối(?: với)?(?= (?:nghị quyết|kế hoạch|quyết định|chỉ thị|công văn|luật|thông tư"
    "|nghị định))|đề nghị"
)
_FRAME_ACCENTED = re.compile(rf"(?<!\w)(?:{_FRAME_WORDS})(?!\w)")
_FRAME_FOLDED = re.compile(
    r"\b(?:trach nhiem|nhiem vu|vai tro|yeu cau|thuc hien|cu the|noi rieng|ke hoach|quyet dinh|nghi quyet"
    r"|chi thi|cong van|cong dien|thong tu|nghi dinh|quy dinh|van ban|to chuc|duoc|phai|gi|nao|nhung"
    # the words of the ask typed without marks, where they ask ("phải làm những việc gì", "được giao", "theo kế
    # hoạch"), not in a compound ("lâm nghiệp", "giáo dục", "theo dõi", "trọng tâm")
    r"|phai lam|can lam|lam(?= (?:gi|nhung|viec|phan|muc|theo|trong)\b)|lam(?=\s*$)|duoc giao|giao (?:cho|rieng)"
    r"|(?:theo|trong) (?=(?:ke hoach|phan|muc|quyet dinh|chi thi|cong van)\b)|cac"
    # the section asked in ("trong phần tổ chức thực hiện") and "giao riêng cho"
    r"|(?:phan|muc) to chuc thuc hien|giao rieng|rieng cho"
    r"|ngoai (?:phan viec |phan |nhiem vu |cong viec |viec )?chung|(?:theo )?dinh ky(?= hang)|de nghi"
    r"|doi(?: voi)?(?= (?:nghi quyet|ke hoach|quyet dinh|chi thi|cong van|luat|thong tu|nghi dinh)\b))\b"
)
# English words a translated topic may keep
_FRAME_EN = re.compile(
    r"\b(?:specifically|specific|require\w*|responsib\w*|duties|duty|role|tasked|asked|expected|assigned"
    r"|directed|instructed|under|plan|decision|resolution|action|what|does|do|must|should|is|are|the|of|to"
    r"|in|for|by|at)\b"
)


def without_duty_frame(text: str, english: bool = False) -> str:
    """A duties question's topic without its frame: the ask, the document's kind, the role words
    ("trách nhiệm", "kế hoạch", "tổ chức thực hiện"); `english`: the English frame words only."""
    if english:
        return _FRAME_EN.sub(" ", text)
    # a topic may mix both ("Kế hoạch phan to chuc thuc hien"): the folded phrases match only words typed
    # without marks
    return _FRAME_FOLDED.sub(" ", _FRAME_ACCENTED.sub(" ", text))


# "what is the Department of Justice responsible for?": the body's duties (not "who is responsible for …")
_RESPONSIBLE_TAIL = (
    r"(?: (?:under|in|according to|as per) (?:the )?[^?,]{1,60}?)?"
    r"(?: (?:with regard to|regarding|in relation to|concerning|as regards|when it comes to) [^?,]{1,60}?)?"
)
RESPONSIBLE_FOR_ASKED = (
    # ("… the Director of the Department of Personnel and Organisation (Vụ trưởng Vụ Tổ chức cán bộ) responsible
    # for?": the printed name in brackets)
    # ("… responsible for under Decree 302 with regard to the local housing fund?": the document and the matter after)
    r"\bwhat (?:is|are|was|were) (?:the |each |every )?(?:[\w'-]+ |\([\w' -]{1,60}\) ){1,16}?responsible for"
    rf"{_RESPONSIBLE_TAIL}\W*$"
    # "What does Regulation 384 make the Central Party Office responsible for?"
    rf"|\bwhat (?:does|do|did) .{{1,80}}? (?:make|makes|hold|holds) .{{1,80}}? (?:responsible|accountable) for"
    rf"{_RESPONSIBLE_TAIL}\W*$"
)
# the bodies a named one is to steer or guide ("… chỉ đạo những tổ chức nào tham gia …"): its own part of the text,
# not a task's lead
BODIES_STEERED = re.compile(
    r"\b(?:chi dao|huong dan|van dong|doc thuc) (?:nhung|cac) (?:to chuc|co quan|don vi|doan the|hoi)(?: \w+){0,2}? nao\b"
)
ASKS_DUTIES = (
    r"\btrach nhiem (?:rieng |cu the |chinh |chung )?(?:gi|nao)\b",
    # "… có những nhiệm vụ riêng nào trong phần tổ chức thực hiện?": its own part of the text
    r"\bnhiem vu rieng (?:gi|nao)\b",
    r"\b(?:trach nhiem|nhiem vu|vai tro) cua\b.*\b(?:la gi|gom nhung gi|nhung gi|gom gi)\b",
    r"\b(?:nhiem vu|vai tro)(?: (?:rieng|cu the|chinh))? gi\b",
    r"\bduoc (?:giao|yeu cau|de nghi) (?:nhung |lam |thuc hien )?(?:gi|viec gi|nhiem vu gi|nhung gi)\b",
    r"\b(?:phai|can) (?:lam|thuc hien|hoan thanh|trien khai|lo|dam nhan|dam nhiem|dam trach) (?:nhung )?(?:gi|viec gi|nhung gi)\b",
    # "Nghị quyết 394 giao Bộ Công Thương những việc gì?"
    # ("… được giao thêm những nhiệm vụ riêng nào?": its own ones)
    r"\bgiao (?:cho )?(?:(?!chu tri|phoi hop)\w+ ){1,10}(?:nhung |cac )?(?:viec|cong viec|nhiem vu)"
    r"(?: (?:rieng|khac|chinh|them))? (?:gi|nao)\b",
    # "Kế hoạch Hà Tĩnh giao Sở Khoa học và Công nghệ làm gì trong phần tổ chức thực hiện?"
    # ("… giao Thanh tra thành phố, Công an thành phố và Ban Quản lý các khu chế xuất làm gì?": several bodies, a
    # long name)
    r"\bgiao (?:cho )?(?:(?!chu tri|phoi hop)\w+,? ){1,24}(?:lam|thuc hien) (?:nhung )?(?:gi|viec gi|nhung gi)\b",
    # "Nghị quyết 394 đề nghị Trung ương MTTQ chỉ đạo những tổ chức nào …?": the bodies the named one is to steer,
    # each an item of its own part of the text
    BODIES_STEERED.pattern,
    r"\bresponsibilit(?:y|ies)\b",
    RESPONSIBLE_FOR_ASKED,
    r"\bduties\b",
    r"\bwhat (?:are|were) (?:the )?(?:tasks|assignments|jobs) (?:of|for|assigned to)\b",
    # "What specific tasks does the plan assign to Sở Nội vụ?", "which tasks are assigned to …"
    r"\b(?:what|which) (?:specific |other |main )?(?:tasks|duties|work|assignments|jobs)\b.*\bassign(?:s|ed)? (?:\w+ )?to\b",
    r"\brequires? (?:of|from)\b",
    # "What does Bac Ninh's Plan 144 assign to the provincial Department of Construction?"
    r"\bwhat (?:does|do|did) .{1,80}? (?:assign|give|entrust|allocate) (?:\w+ )?to\b",
    # "what specific jobs does Hải Phòng's plan give the city Department of Justice?" (no "to")
    r"\b(?:what|which) (?:specific |other |main |particular )?(?:tasks|duties|work|assignments|jobs)"
    r" (?:does|do|did) .{1,80}? (?:assign|give|entrust|allocate)s? (?:the |its |their )?(?:\w+ )?(?:department|ministry"
    r"|committee|office|board|agency|agencies|body|bodies|so|bo|ban|uy ban)\b",
    # "what job does the implementation section give to the provincial science and technology department?"
    r"\b(?:what|which) (?:specific |other |main |particular )?(?:task|job|role|assignment|duty|work)s?"
    r" (?:does|do|did) .{1,80}? (?:assign|give|entrust|allocate)s? to\b",
    r"\bwhat (?:is|was|has been) (?:assigned|entrusted|allocated) to\b",
    # "What does each plan ask the Department of Finance to do in its implementation section?"
    r"\bwhat (?:does|do|did) .{1,80}? (?:ask|tell|direct|instruct|require)s? .{1,80}? to do\b",
    r"\b(?:asked|required|tasked|expected|directed|instructed|assigned|entrusted|charged|told) to (?:do|handle"
    r"|carry out|take care of|deal with|undertake|take on)\b",
    r"\bwhat (?:must|should|shall) .+ do\b",
    # "Name everything Can Tho's groundwater directive asks the Department of Construction to lead."
    r"\beverything\b.{0,80}?\b(?:asks?|tells?|requires?|directs?|instructs?|assigns?|gives?|wants?)\b",
    # "what do the commune People's Committees have to get done before 15 November 2025?"
    r"\bwhat (?:do|does|did) .{1,80}? (?:have|has|need|needs) to (?:do|get done|finish|complete|carry out)\b",
    r"\brole of\b|\bs role\b",
)
# Which bodies have something due on a date ("những bộ nào phải hoàn thành trước ngày 30/11/2025?")
ASKS_BODIES = (
    # unaccented "so" is also "số" ("các số liệu nào"): not before the words that make it one
    r"\b(?:nhung|cac) (?:bo truong|bo|so(?! (?:lieu|hieu|tien|luong|ke|du))|co quan|don vi|dia phuong|ban|nganh"
    r"|to chuc)(?:,? \w+){0,3} nao\b",
    r"\b(?:bo|co quan|don vi|ai) nao\b.*\b(?:phai|can) (?:hoan thanh|bao cao|xong)\b",
    r"\bwhich (?:\w+ )?(?:ministries|ministers|departments|bodies|agencies|units|organi[sz]ations|authorities)\b",
    r"\bwho (?:must|has to|is due|are due)\b",
)
# Which tasks are due by a date ("Which tasks in Official Dispatch 227 must be completed before 30/11/2025?"):
# the rows, or the paragraphs of a text with no rows, that print that date
ASKS_TASKS_DUE = (
    r"\b(?:nhung|cac) (?:nhiem vu|viec|cong viec|noi dung)\b.*\b(?:hoan thanh|xong|den han)\b",
    r"\b(?:hoan thanh|lam xong|xong) (?:nhung|cac) (?:nhiem vu|viec|cong viec|noi dung) (?:gi|nao)\b",
    r"\b(?:which|what) (?:\w+ )?(?:tasks|duties|actions|work|jobs|orders|instructions|directives|assignments"
    r"|requirements)\b.*\b(?:completed|finished|done|due)\b",
    # "Which orders in Dispatch 227 carry a deadline of 30 November 2025?", "… have a deadline of …"
    r"\b(?:which|what) (?:\w+ )?(?:tasks|duties|actions|orders|instructions|assignments|items|requirements)\b.*"
    r"\b(?:carry|carries|have|has|with|set) (?:a |the )?(?:deadlines?|due dates?|time limits?) (?:of|on|by)\b",
    r"\b(?:nhung|cac) (?:nhiem vu|viec|cong viec|noi dung|yeu cau|chi dao)\b.*\b(?:co )?(?:thoi han|han)"
    r" (?:la |vao )?(?:ngay )?\d",
    # the rows of other tables: "những văn bản nào phải trình UBTVQH xem xét, thông qua trước ngày 10/01/2025?"
    r"\b(?:nhung|cac) (?:van ban|nghi quyet|du an|de an|du thao|chi tieu)\b.*"
    r"\b(?:hoan thanh|xong|den han|trinh|thong qua|ban hanh)\b.*\btruoc ngay\b",
    r"\b(?:which|what) (?:\w+ )?(?:documents|texts|resolutions|laws|drafts|bills|projects|schemes)\b.*"
    r"\b(?:completed|finished|due|submitted|adopted|passed|issued)\b.*\bbefore\b",
)
COORDINATING = (
    r"\bphoi hop (?:nao|voi (?:ai|co quan nao|nhung ai|nhung co quan nao))",
    r"\bphoi hop voi (?:\w+ ){0,2}nao\b",
    r"\b(?:co quan|don vi|ben) phoi hop\b",
    r"\bsu phoi hop cua\b",
    r"\b(?:ai|co quan nao|don vi nao|nhung ai|nhung co quan nao) (?:se |duoc giao |tham gia )?phoi hop\b",
    r"\bphoi hop thuc hien\b",
    r"\bcot (?:co quan |don vi )?phoi hop\b",  # "những cơ quan nào có tên trong cột phối hợp của nhiệm vụ …"
    r"\bcoordinat",
    # the verb, not a topic ("legal cooperation with Lao provinces") nor "cooperatives" (hợp tác xã)
    r"\bcooperat(?:es?|ing|ed)\b|\bin cooperation with\b",
    r"\bin coordination\b",
    # "… the Department of Home Affairs leads — which bodies are supposed to work with it?"
    r"\b(?:which|what) (?:[\w-]+ ){0,2}(?:bodies|agencies|departments|units|organi[sz]ations|ministries|offices)\b"
    r"(?: [\w-]+){0,4} (?:work|working|collaborate|partner) (?:with|alongside) (?:it|them|him|her)\b",
    r"\bsupport(?:s|ing)? (?:the|this)\b",
    # "… thì ai hỗ trợ Bộ Xây dựng?", "đơn vị nào hỗ trợ": who helps the lead, in everyday words
    r"\b(?:ai|nhung ai|co quan nao|don vi nao|nhung co quan nao|nhung don vi nao) (?:se |tham gia )?(?:ho tro|giup)\b",
    # "which offices does the Central Party Office work with to connect …": the bodies it works with
    r"\b(?:which|what|who) (?:[\w-]+ ){0,2}(?:offices|bodies|agencies|ministries|departments|units|partners)?"
    r" ?(?:does|do|did|will|must) .{1,80}? (?:work|partner|team up) (?:together )?with\b",
)
# "so" typed without marks (or "số" folded) right after the words it makes a compound with: "xã hội số nào",
# "chuyển đổi số nào" is digital, no "Sở nào"
NOT_DIGITAL = "".join(f"(?<!{words} )" for words in sorted(DIGITAL_BEFORE))

LEAD = (
    r"\bchu tri\b",
    # (not "phân công những việc gì": what is assigned is asked, not to whom)
    r"\bphan cong\b(?! (?:nhung |cac )?(?:viec|nhiem vu|noi dung|cong viec)(?: \w+){0,3} (?:gi|nao)\b| (?:nhung )?gi\b"
    r"|(?: \w+){1,8} (?:lam|thuc hien)(?: (?:nhung|cac))?(?: viec| nhiem vu)? gi\b)",
    NOT_DIGITAL + r"\bso nao\b",
    r"\bgiao cho (?:so|co quan|don vi|ai)\b",
    r"\b(?:to chuc|co quan|don vi) nao\b",
    r"\b(?:co quan|don vi|so|ai) nao\b.*\b(?:giao|phu trach|chiu trach nhiem|thuc hien)\b",
    # ("ai lo việc biểu dương …", "ai cầm trịch", "ai đứng ra tổ chức": who leads, in everyday words)
    # (not "ai lo ngại …": worry)
    r"\bai (?:duoc giao|phu trach|chiu trach nhiem|thuc hien|to chuc|lam|lo(?= viec\b)|lo lieu"
    r"|cam trich|dung ra|dung dau|nam (?:chinh|dau moi))\b",
    # "đơn vị đầu mối … là ai", "Sở nào cầm trịch": the lead, in everyday words
    r"\b(?:don vi|co quan|ben|so) (?:lam )?dau moi\b.*\b(?:la ai|la (?:don vi|co quan|so) nao|nao)\b",
    r"\bcam trich\b",
    r"\b(?:giao|phu trach|chiu trach nhiem)\b.*\b(?:co quan|don vi|ai) nao\b",
    r"\bco quan nao\b",
    r"\bdon vi nao\b",
    r"\bwho (?:leads?|is (?:in charge|responsible)|carries|performs|organi[sz]es|conducts|must)\b",
    # (not "On which Department of Finance document was … issued?": a document of that body is asked)
    r"\bwhich (?:agenc|bod|department|unit|organi[sz]ation)(?![\w-]* of(?: \w+){1,5} (?:documents?|letters?"
    r"|dispatch(?:es)?|proposals?|submissions?|reports?)\b)",
    r"\bwhich (?:ministr\w*|authorit\w*|office|committee)\b.*\b(?:leads?|in charge|responsible|chairs?|presides?)\b",
    r"\blead(?:s|ing)? agenc",
    # "which are the implementing bodies …", "how do the implementing bodies differ …" ("Cơ quan thực hiện: Sở Y
    # tế"); not "what must implementing agencies report": the bodies asked, not the subject
    r"\b(?:which|what|who|name|list)(?: (?:are|is|were|was))?(?: the)? implementing (?:agenc(?:y|ies)|bod(?:y|ies)"
    r"|units?|organi[sz]ations?|departments?)\b",
    r"\bimplementing (?:agenc(?:y|ies)|bod(?:y|ies)|units?|organi[sz]ations?|departments?)"
    r" (?:differ|are named|is named|named)\b",
    r"\b(?:departments?|agenc(?:y|ies)|bod(?:y|ies)|ministr(?:y|ies)|units?|offices?) (?:lead|leads|led)\b",
    # "Which Hai Phong department leads …"
    r"\bwhich (?:[\w-]+ ){1,3}(?:agenc|bod|department|unit|organi[sz]ation)\w*\b.*\b(?:leads?|in charge)\b",
    r"\bin charge\b",
    r"\bresponsible\b",
    # "who …?" asked (not "officials who miss the deadline": a relative clause after a noun)
    r"(?:^|[,;:(]\s*|\b(?:and|or|but|then|so|me|know|is|are|was|were|of|by|to|from|with|for)\s+)who\b",
)
OUTPUT = (
    r"\bwhat (?:result|output|deliverable)s?\b",
    r"\btao ra\b.*\b(?:gi|nao)\b",
    r"(?<!bao cao )\bket qua\b",  # not "báo cáo kết quả thực hiện" (a report on it)
    r"\bsan pham\b",
    r"\bdau ra\b",
    r"\boutputs?\b",
    r"\bdeliverables?\b",
    r"\bexpected (?:results?|outcomes?)\b",
    r"\bwhat (?:is|are) the (?:intended |planned )?outcomes? of\b",
    r"\bproducts?\b",
    # "what is supposed to be delivered at the end?", "what must it produce?": the row's output, in plain words
    r"\bwhat (?:is|are|was|were) (?:\w+ )?(?:supposed|expected|required|meant|due) to be (?:delivered|produced|handed"
    r" (?:in|over)|submitted)\b",
    r"\bwhat (?:must|should|will|is to) (?:\w+ ){0,4}?(?:deliver|produce)\b",
    r"\bwhat (?:gets|will be|must be|should be) (?:delivered|produced)\b",
    # "what is supposed to come out of it in the end?", "what comes out of the task"
    r"\bwhat (?:is|are|was|were) (?:\w+ )?(?:supposed|expected|meant) to (?:come out of|result from)\b",
    r"\bwhat (?:comes|will come|should come|is to come) out of\b",
    r"\b(?:phai|se) (?:nop|giao|ban giao) (?:cai |san pham )?gi\b",
)
_HOW_LONG_GIVEN = r"\bhow long (?:do|does|will|would) [\w'’ ,.-]{1,80}? (?:have|get|be given) for\b"
_RECURRING_ASKED = r"\bbao lau thi\b(?!.*\bhoan thanh\b)(?=.*\b(?:bao cao|ra soat|danh gia|kiem tra|hop|so ket|tong ket|cap nhat)\b)"
# The ask itself is for a time: wins over words of the topic that name another column ("báo cáo kết quả
# … vào thời điểm nào?" asks when, not for the output)
ASKS_TIME = (
    r"\bkhi nao\b",
    r"\bbao gio\b",
    r"\bthoi diem nao\b",
    r"\bluc nao\b",
    r"\bgiai doan nao\b",
    r"\bthoi gian nao\b",
    r"\bhan chot\b",
    r"^(?:by )?when\b",
    # "By what deadline must Ban Cơ yếu deploy …?" (not the products named after it: the ask is for a time)
    # ("by what date" asks for a date, which the evidence must print: see ANSWER_TYPES)
    r"\b(?:by|before|until|within) (?:what|which) deadline\b",
    r"(?<!gia )\bhan (?:gui|nop|bao cao|hoan thanh)\b",  # "hạn báo cáo kết quả": when, not the output
    # how often: "theo định kỳ nào", "bao lâu một lần", "how often"
    r"\bdinh ky nao\b",
    r"\bdinh ky (?:the nao|ra sao|nhu the nao)\b",
    r"\bbao lau (?:mot|1) lan\b",
    # "bao lâu thì các cấp ủy phải rà soát, đánh giá và báo cáo …?": a recurring duty's rhythm (not "bao lâu thì
    # phải hoàn thành": a length of time)
    _RECURRING_ASKED,
    r"\bhow often\b",
    # "How long do Phú Thọ's departments have for the task …?": the time a task is given, its deadline
    _HOW_LONG_GIVEN,
)
# (the asks of ASKS_TIME, tried before, are deadline questions too)
# a span of time asked: "during what period …", "diễn ra từ ngày nào đến ngày nào?"
ASKS_SPAN = (
    r"\b(?:during|in|within|over) (?:what|which) (?:time )?period\b|\bfrom when (?:to|until) when\b"
    r"|\btu (?:ngay|thang|khi) nao den (?:ngay|thang|khi) nao\b|\btrong khoang thoi gian nao\b"
)
DEADLINE = (
    r"\bthoi han\b",
    r"\bchu ky nao\b",
    r"\bmoc thoi gian\b",
    r"\bmoc (?:nao|gi)\b",  # "đặt mốc nào để hoàn thành …"
    r"\bnhip do\b",
    r"\bthoi gian (?:hoan thanh|thuc hien|trien khai|giai quyet|xu ly)\b",
    r"\btien do\b",
    r"\b(?:trong )?may ngay\b",
    r"\btan suat\b",
    r"\bnam nao hoan thanh\b",
    r"\bhoan thanh (?:vao|trong) (?:nam|thoi gian) nao\b",
    r"\bdeadlines?\b",
    r"\b(?:reporting|report|submission) (?:dates?|schedules?)\b",  # "the periodic reporting dates"
    r"\bby when\b",
    r"\bwhen\b(?! \w+ing\b)",  # (not "when issuing policies": a circumstance)
    r"\bdue\b",
    r"\bhow often\b",
    r"\bfrequency\b",
    r"\btime ?frame\b",
    # "What is the implementation period / timeline for …?": the time column of its row
    r"\b(?:implementation|completion|execution) (?:period|time|timeline|schedule)\b",
    r"\btimeline\b",
    # "…, what schedule is set?", "what is the schedule for …": the time column ("02 lớp/năm") of its row
    r"\b(?:what|which) (?:is |was )?(?:the )?schedule\b",
    ASKS_SPAN,  # "during what period …", "diễn ra từ ngày nào đến ngày nào?"
)
FACT = (
    r"\bbao nhieu\b",
    r"\bso hieu\b",
    r"\bso may\b",
    r"\bngay nao\b",
    r"\bngay bao nhieu\b",
    r"\b(?:ai|nguoi) ky\b",
    r"\bky boi\b",
    r"\bphan tram\b",
    r"%",
    r"\bnam nao\b",
    r"\bvan ban nao\b",
    r"\bnghi (?:dinh|quyet) nao\b",
    r"\bquyet dinh nao\b",
    r"\bco y nghia gi\b",
    r"\bmuc tieu\b",
    r"\bhow many\b",
    r"\bhow much\b",
    r"\bwhat number\b",
    r"\bwhich (?:decree|decision|resolution|law)",
    r"\bwho (?:personally |actually |really |in fact |officially )?signed\b",
    r"\bpercent",
    r"\bwhich year\b",
    r"\bwhat year\b",
    r"\bwhat date\b",
    r"\btarget",
)
# Markers of a factual question that win over agency words ("which decree on … coordinating …").
# "When was Resolution 1339 issued?": the document's date
# (the passive of a document, not "when did the department issue …" nor "the deadline … to be adopted")
# "gồm mấy bước?", "phê duyệt mấy quy trình?": "mấy" asks how many of a counted thing (not "số mấy", "thứ
# mấy", "cấp mấy", "ngày mấy", "bộ máy", nor the "máy" of a machine: folded, the counted noun must follow)
COUNTED_BY_MAY = (
    # ("bộ máy xã" is no count, "công bố mấy thủ tục" is; "máy tính" is a computer: no "tỉnh" counted)
    r"(?<!\bso )(?<!\bthu )(?<!\bcap )(?<!\bngay )(?<!\bnhom )(?<!\bhang )(?<!(?<!cong )\bbo )\bmay (?=(?:buoc"
    r"|nhiem vu|thu tuc|tthc|quy trinh|nhom|muc|dieu|chuong|khoan|linh vuc|chi tieu|giai doan|noi dung|van ban"
    r"|de an|du an|lan|nguoi|don vi|co quan|hoat dong|phu luc|phan|loai|hinh thuc|truong hop|dot|cap do|xa"
    r"|huyen)\b)"
)
# (a look-ahead: no other document asked first — "which decree … cite, and what is its date?" asks that
# decree's date, not the citing document's own)
OTHER_DOCUMENT_UNASKED = (
    r"^(?!.*\b(?:which|what) (?:[\w-]+ ){0,3}?(?:submission|report|proposal|request|decree|resolution|plan"
    r"|law|circular|decision|directive|document|programme|program|regulation)s?\b)"
)
WHEN_ISSUED = (
    r"\bwhen (?:was|were)\b(?!.*\b(?:deadline|due|to be)\b).*\b(?:issued|signed|adopted|promulgated|enacted"
    r"|dated)\b"
)
# when a document takes effect ("có hiệu lực từ khi nào", "when does … take effect", "effective date"), folded:
# a fact of the document, not a task's time (it may print no date: "có hiệu lực kể từ ngày ký")
ASKS_IN_FORCE = (
    r"(?<!het )\bhieu luc\b(?: thi hanh)?(?: \w+){0,3} (?:khi nao|ngay nao|bao gio|thoi diem nao|luc nao)\b"
    r"|\b(?:ngay|thoi diem|thoi gian) (?:co )?hieu luc\b"
    r"|\b(?:when|what date)\b.*\b(?:take|takes|come|comes|enter|enters|go|goes) (?:into )?(?:effect|force)\b"
    r"|\beffective date\b|\bwhen\b.*\b(?:is|be|become|becomes|became|was) effective\b"
    r"|\bwhen (?:is|was|will)\b.*\beffective\W*$"
)
STRONG_FACT = (
    ASKS_IN_FORCE,
    # what a defined term means: "'X' là loại đơn vị nào?", "X được hiểu là gì?"
    r"\bla loai (?:\w+ ){0,2}nao\b",
    r"\bduoc hieu (?:la gi|nhu the nao|ra sao)\b",
    r"\b(?:ai|nguoi) ky\b",
    r"\bky boi\b",
    r"\bwho (?:personally |actually |really |in fact |officially )?signed\b",
    r"\bso hieu\b",
    r"\bvan ban nao\b",
    r"\bnghi (?:dinh|quyet) nao\b",
    r"\bquyet dinh nao\b",
    r"\bngay nao\b",
    r"\bbao nhieu\b",
    r"\bhow (?:many|much)\b",
    # "which international-cooperation decree", "which earlier Cao Bang decisions"
    r"\b(?:which|what) (?:\w+-\w+ |(?:earlier|later|other|previous)(?: \w+){0,2} )?(?:decree|decision|resolution|law|document"
    r"|circular|directive|regulation)s?\b(?!-)",
    r"\bwhat number\b",
    r"\b(?:van ban|cong van|to trinh|quyet dinh|nghi quyet) so may\b",
    # "ban hành theo đề nghị của cơ quan nào": the proposal (not who leads a task)
    r"\b(?:theo|xet) (?:de nghi|to trinh) cua (?:ai|co quan nao|don vi nao|bo nao|so nao)\b",
    WHEN_ISSUED,
)
# "Công văn của Tỉnh ủy Hà Tĩnh về thực hiện NQ 66 số bao nhiêu?": a document named first, its own number
# asked last (folded) — not "tổng số bao nhiêu" (a total), "nhiệm vụ số bao nhiêu" (a row), nor "… thực hiện
# Quyết định số bao nhiêu" (the number of another document, named right before it)
_OWN_NUMBER_KINDS = (
    "ke hoach", "quyet dinh", "nghi quyet", "nghi dinh", "cong van", "cong dien", "chi thi", "thong tu",
    "chuong trinh", "van ban",
)  # fmt: skip
_NOT_OWN_NUMBER = (
    *_OWN_NUMBER_KINDS, "tong", "nhiem vu", "chi tieu", "dong", "muc", "to trinh", "luat", "thong bao", "ket luan",
    "quy dinh", "de an", "du an",
)  # fmt: skip
NUMBER_ASKED_LAST = (
    rf"^(?:\w+ ){{0,3}}?(?:{'|'.join(_OWN_NUMBER_KINDS)})\b.*"
    + "".join(rf"(?<!\b{w} )" for w in _NOT_OWN_NUMBER)
    + r"\bso bao nhieu\W*$"
)
# titles of office a person holds, folded ("Giám đốc Sở …", "Phó Thủ tướng"), and in English
_TITLES_VI = (
    r"(?:(?:pho )?(?:giam doc|chu tich|bo truong|thu tuong|bi thu|truong ban|chanh van phong|cuc truong"
    r"|vu truong|hieu truong|chanh an|vien truong|tong cuc truong|chu nhiem|truong phong))"
)
# what else a question may ask the name of, after a title: a document, or what it issues
_NAMED_THINGS_VI = (
    r"(?:quyet dinh|nghi quyet|nghi dinh|thong tu|chi thi|cong van|cong dien|ke hoach|van ban|de an|du an"
    r"|chuong trinh|ban hanh|ky)\b"
)
_TITLES_EN = (
    r"(?:director|chair(?:man|woman|person)?|minister|prime minister|secretary|president|governor|rector"
    r"|head|chief|mayor)s?"
)
# a question about signing ("… ký …", "signed"; not "ký hợp đồng", "ký hạn", "ký 2 lần"): the signature answers
_SIGNING = r".*\b(?:ky|signed|signs)\b(?! (?:hop|han|nay|truoc|toi|bao cao|\d))"
ANSWER_TYPES = (
    (
        # "ban hành theo đề nghị của ai / của Sở Tài chính tại văn bản nào?", "on whose proposal …?": the
        # preamble's "Theo đề nghị của …" / "xét Tờ trình số …"
        "proposal",
        (
            # the ask right after the proposal ("theo đề nghị của ai", "tờ trình nào", "của Sở Tài chính tại
            # văn bản nào"), not "Theo đề nghị của Sở Tư pháp, nhiệm vụ nào …"
            r"\b(?:theo|xet|tren co so) (?:de nghi|to trinh) (?:nao\b|so may\b|(?:tai |o )?(?:van ban|cong van|to trinh)"
            r" (?:nao|so may)\b|cua (?:ai|co quan nao|don vi nao"
            r"|bo nao|so nao)\b|cua (?:\w+ ){1,6}(?:tai |o )?(?:van ban|cong van|to trinh) (?:nao|so may)\b)",
            r"\b(?:de nghi|to trinh) cua (?:ai|co quan nao|don vi nao|bo nao|so nao)\b",
            r"\bdo (?:ai|co quan nao|don vi nao) (?:de nghi|trinh)\b",
            r"\bto trinh (?:nao|so may)\b",
            r"\b(?:on|at|upon) (?:whose|which \w+(?:'s)?) (?:proposal|request|recommendation|submission)\b",
            r"\b(?:proposal|request|recommendation|submission) of (?:whom|which|what)\b",
            # "Which submission (Tờ trình) … was Decision 2031 issued upon?"
            # ("Which Department of Justice submission was the plan issued on the basis of?")
            r"\bwhich (?:[\w']+ ){0,4}(?:submission|proposal|recommendation)s?\b.*\b(?:issu(?:ed|ing)|sign(?:ed|ing)"
            r"|adopt(?:ed|ing)|based on|on the basis of|act(?:ed|ing)? (?:on|upon))\b",
            r"\b(?:proposed|requested|recommended|submitted) by (?:whom|which|what)\b",
            # "which one cites a specific submission number": the proposal's document
            r"\b(?:cites?|gives?|names?|mentions?) (?:a |the |its )?(?:specific |particular )?submission(?: number)?\b",
            r"\bsubmission (?:number|no)\b",
            r"\bwho (?:proposed|recommended|requested)\b",
            # "On the basis of which document from the Department of Finance was … issued?"
            r"\bon the basis of (?:which|what) (?:\w+ )?(?:document|submission|proposal|report|letter|request)\b",
            # "On which Department of Finance document was … issued?"
            r"\b(?:on|upon) (?:which|what) (?:[\w'-]+ ){1,6}(?:document|submission|proposal|letter|request)\b"
            r".*\b(?:issued|signed|adopted)\b",
            r"\bwhich (?:\w+ )?(?:body|agency|ministry|department|office|unit)(?:'s)? (?:proposal|recommendation|request)\b",
            r"\bwhich (?:\w+ )?(?:body|agency|ministry|department|office|unit) (?:proposed|recommended|requested)\b",
        ),
    ),
    (
        "implements",
        (
            # (not "rà soát, ban hành chính sách đặc thù để triển khai những nghị quyết nào": what that work serves)
            r"(?<!\bde )(?<!\bnham )\b(?:thuc hien|trien khai|cu the hoa) (?:nhung |cac )?(?:van ban|nghi quyet|chuong trinh|ke hoach|chi thi"
            # "thực hiện Kế hoạch nào của Tỉnh ủy": asks which; "thực hiện Nghị quyết 66 vào năm nào": names it
            r"|chu truong)(?: (?!\d|vao\b|nam\b|thang\b|ngay\b|quy\b|khi\b|luc\b)\w+){0,3} nao\b",
            # "Kế hoạch của Tỉnh ủy … mà UBND tỉnh … triển khai có số hiệu và ngày ban hành thế nào?"
            r"\b(?:ke hoach|nghi quyet|chuong trinh(?: hanh dong)?|chi thi|ket luan|van ban) cua (?:ban thuong vu )?"
            r"(?:tinh uy|thanh uy|dang uy|bo chinh tri|ban bi thu|trung uong|chinh phu|quoc hoi)\b(?: \w+){0,3} ma"
            r" (?:\w+ ){1,12}(?:thuc hien|trien khai|cu the hoa)\b"
            r"(?! (?:thuc hien )?(?:ke hoach|nghi quyet|chuong trinh|van ban)\b).*\b(?:so hieu|so may|so bao nhieu"
            r"|ngay ban hanh|(?:la )?(?:van ban|ke hoach|nghi quyet|chuong trinh) nao)\b",
            # "… được ban hành thực hiện kế hoạch của Đảng ủy UBND tỉnh số mấy, ngày nào?"
            r"\b(?:ban hanh|duoc ban hanh) (?:de |nham )?(?:thuc hien|trien khai) (?:van ban|nghi quyet|chuong trinh"
            r"|ke hoach|chi thi)(?: (?!\d|so\b)\w+){1,6} so (?:may|hieu|bao nhieu)\b",
            r"\b(?:ban hanh|xay dung|soan thao|lap) (?:de|nham) (?:thuc hien|trien khai|cu the hoa)\b",
            # "So sánh văn bản của cấp ủy tỉnh mà Kế hoạch … và Kế hoạch … cùng triển khai thực hiện": the document
            # they implement, asked at the question's end
            r"\bvan ban (?:\w+ ){0,5}ma (?:\w+ ){1,18}(?:thuc hien|trien khai|cu the hoa)\W*$",
            r"\bimplement(?:s|ing|ed)? (?:which|what)\b",
            r"\bwhich (?:[\w'-]+ ){0,3}(?:resolutions?|documents?|plans?|programmes?|programs?)"
            r" (?:does|do|did|is|are)\b.*\bimplement",
            # "Which central decision does Lai Chau's Plan 7360 implement?" (not "… require to be implemented")
            # (the subject a document: not "which decrees does the plan require agencies to implement")
            r"\bwhich (?:[\w'-]+ ){0,3}(?:decisions?|directives?|conclusions?|decrees?|instructions?) (?:does|do|did)"
            r" (?:[\w'’.-]+ ){0,3}?(?:plan|programme|program|letter|dispatch|decision|document)"
            r"(?: (?:no\.? )?[\w/.-]*\d[\w/.-]*)? implement\b",
        ),
    ),
    (
        "legal_basis",
        (
            r"\bcan cu (?:vao )?(?:nhung |cac )?(?:van ban|co so phap ly|luat|nghi quyet)(?: \w+)? nao\b",
            r"\bcan cu phap ly\b",
            # "được ban hành dựa trên những căn cứ nào?", "căn cứ vào đâu?"
            r"\b(?:nhung|cac) can cu (?:nao|gi)\b",
            # "… dựa trên những căn cứ và văn bản nào?"
            r"\b(?:nhung|cac) can cu va (?:nhung |cac )?van ban (?:nao|gi)\b",
            r"\bcan cu (?:vao )?(?:dau|gi)\b",
            # "… nêu những văn bản nào ở phần căn cứ?", "phần căn cứ gồm những gì?"
            r"\b(?:nhung|cac) van ban (?:nao|gi)\b[^?]*\b(?:phan|o) can cu\b",
            r"\bphan can cu\b[^?]*\b(?:nhung gi|gom gi|nhung van ban|van ban nao)\b",
            # (not "legal grounds for refusing a licence": the conditions of an act)
            r"\blegal (?:bas[ie]s|grounds?)\b(?! (?:for|to) \w+ing\b)",
            # "What documents does … cite as its legal and policy bases?"
            r"\blegal and (?:policy|political|practical) (?:bas[ie]s|grounds?)\b",
            # (not "… cite as the basis for converting …": one thing's basis)
            r"\bcites? as (?:its |their )(?:[\w-]+ (?:and [\w-]+ )?)?bas[ie]s\b(?! for\b)",
            # "Which report … is cited as a basis for Resolution 1339?"
            r"\b(?:cited|listed|named) as (?:the |its |an? )?(?:legal )?bas[ie]s\b",
            r"\b(?:issued|adopted|based) (?:on the basis of|on|upon) (?:which|what) (?:laws?|documents?|resolutions?"
            r"|grounds)\b",
            r"\bon what legal basis\b",
            # "Which report of the Law Committee is cited in the preamble of Resolution 1339?"
            r"\b(?:cited|mentioned|referred to|listed|named|invoked) in (?:the|its) preamble\b",
            r"\bpreamble\b.*\b(?:cites?|mentions?|refers? to|invokes?)\b",
        ),
    ),
    (
        "regulation",
        (
            r"\btheo (?:quy dinh|van ban|luat|nghi dinh) nao\b",
            r"\b(?:dua tren|can cu (?:theo|vao)?) ?(?:quy dinh|co so|van ban) nao\b",
            r"\bunder which (?:law|regulation|provision|decree|rule)s?\b",
            r"\b(?:according to|based on) which (?:law|regulation|provision|decree|rule)s?\b",
        ),
    ),
    (
        "signer",
        (
            # (not "ký kết hợp đồng", "ký biên bản": a document's signature is asked, not one an actor makes)
            r"\b(?:ai|nguoi|dong chi nao|nguoi nao|lanh dao nao)(?: da| se)? ky\b(?! hop| thuat| niem| han| nay| toi"
            r"| ket| bien ban| hop dong| thoa thuan| cam ket| xac nhan| nhan)",
            # "Ai là Chủ tịch UBND tỉnh … đã ký Quyết định 1218?": the one who signed
            r"\bai (?:la|dang la)\b(?: [\w/.-]+){1,10} (?:da |)ky\b(?! hop| thuat| niem| han| nay| toi| truoc| sau"
            r"| ket| bien ban| hop dong| thoa thuan| cam ket| xac nhan| nhan)",
            # "Chủ tịch UBND tỉnh Vĩnh Long nào đã ký Quyết định 1218?": a title, then "nào (đã) ký"
            r"\b(?:chu tich|pho chu tich|bi thu|pho bi thu|bo truong|thu truong|thu tuong|pho thu tuong|giam doc"
            r"|lanh dao|dong chi|ong|ba)\b(?: [\w/.-]+){0,6} nao (?:da |se )?ky\b(?! hop| thuat| niem| han| nay| toi"
            r"| truoc| sau| ket| bien ban| hop dong| thoa thuan| cam ket| xac nhan| nhan| ngay| vao| luc)",
            # "do đồng chí Chủ tịch nào ký?" (not "ở phiên nào kỳ họp thứ 9")
            r"\b(?:do|duoc) (?:\w+ ){0,4}nao ky\b(?! hop| thuat| niem| han| nay| toi| truoc| sau)",
            r"\bky\b(?: [\w/.-]+){0,8} (?:ten (?:la )?gi|ho ten)\b",
            # "Họ tên Chủ tịch … đã ký … là gì?" (not "định kỳ", "kỳ họp", "nhiệm kỳ": "ký" after its verb words)
            r"\bho (?:va )?ten\b(?: [\w/.-]+){0,10}(?<! dinh)(?<! nhiem)(?<! hoc)(?<! chu)(?<! thoi)(?<! moi) ky\b"
            r"(?! hop| niem| thuat| nang| luat| vong| tiep| sau| truoc| nay| toi)",
            r"\bky boi\b",
            # "Chủ tịch UBND tỉnh … ký Quyết định 1218 là ông/bà nào?", "… người đã ký là ai?"
            r"(?<!dinh)(?<!nhiem)(?<!hoc)(?<!chu)(?<!thoi)(?<!moi) \bky\b(?! hop| niem| thuat| nang| luat| vong)"
            r"(?: [\w/.-]+){0,8} la (?:ong/ba|ong|ba|ai)(?: nao)?\b",
            # "… và ký với chức danh gì?", "chức vụ của người ký": the signer's title is the signer's
            r"\bky (?:voi |duoi )?(?:tu cach |cuong vi )?(?:chuc danh|chuc vu) (?:gi|nao)\b",
            r"\b(?:chuc danh|chuc vu)\b(?: [\w/.-]+){0,3} (?:cua )?(?:nguoi|ai) (?:da )?ky\b",
            r"\bwho (?:personally |actually |really |in fact |officially )?signed\b",
            # ("Who is the chairman that signed …?")
            r"\b(?:that|who) (?:has |had )?signed\b",
            r"\bsigned by\b",
            r"\bsignator",
            r"\bsigner\b",
        ),
    ),
    (
        "percent",
        (
            r"\bphan tram\b",
            r"\bty le\b",
            r"%",
            r"\bpercent",
            r"\b(?:what|which|the|a|its|their) (?:\w+ )?share\b(?! (?:data|information|with)\b)",  # not "… share data"
            r"\bshare of\b",
            r"\bbao nhieu so voi\b",
            r"\bchiem\b.*\bbao nhieu\b",
            r"\bty trong\b",
            # "what interest rate …", "lãi suất … là bao nhiêu": a rate the text must print
            r"\b(?:what|which) (?:is |are |was )?(?:the )?(?:[\w-]+ ){0,3}rates?\b",
            r"\blai suat\b.*\bbao nhieu\b",
        ),
    ),
    (
        "money",
        (
            r"\bbao nhieu (?:ty |trieu )?(?:dong|tien)\b",
            r"\bmuc tien\b",
            # "hỗ trợ hằng tháng bao nhiêu?" (not "hỗ trợ bao nhiêu doanh nghiệp": a count)
            r"(?<!thoi gian )(?<!so nguoi duoc )(?<!so luong )\bho tro(?: (?:hang|moi) (?:thang|nguoi|lan|nam))?"
            r" (?:la )?bao nhieu(?= cho\b|\s*[?.,]|\s*$)",
            r"\bso tien\b",
            r"\btien thuong\b",
            # "người lao động đóng bảo hiểm thất nghiệp bao nhiêu?": a sum or a rate paid
            r"\b(?:dong|nop) (?:bao hiem|quy|phi|hoc phi|thue|le phi)\b(?: \w+){0,5} (?:la )?bao nhieu\b"
            r"(?! (?:thang|nam|ngay|lan|nguoi|tuan)\b)",
            r"\b(?:kinh phi|ngan sach|chi phi|von|le phi|muc phi|phi|muc ho tro|ho tro tai chinh|muc phat|phat tien"
            r"|muc thu lao|thu lao"
            r"|tong gia tri|muc luong|tien luong|muc dong|muc huong|muc tro cap|tien tro cap)(?:,? \(?(?!quy mo|so luong|ty le)[\w/.-]+\)?){0,30}"
            # (not "mức hưởng … tối đa bao nhiêu tháng": a duration)
            r" (?:la )?bao nhieu\b(?! (?:thang|ngay|nam|lan|gio|tuan|nguoi|phan tram|%))",
            r"\bhow much\b(?! time\b).*\b(?:fee|cost|fund|funding|budget|fine|support|allowance|benefit|contribution|salary|wage)s?\b",
            r"\b(?:fee|cost|fine|budget|funding|allowance)s? (?:is|are|of)\b.*\bhow much\b",
            r"\b(?:ty|trieu) dong\b",
            r"\bhow much money\b",
            # "How is the monthly unemployment allowance calculated?", "mức hưởng … được tính như thế nào?": a
            # rate or an amount the text must print ("bằng 60% mức bình quân tiền lương tháng …")
            r"\bhow (?:is|are|was|were|will) (?:the |a |an )?(?:[\w-]+ ){0,4}(?:allowances?|benefits?|salar(?:y|ies)"
            r"|wages?|fees?|fines?|compensation|pensions?|premiums?|contributions?|support amounts?)"
            r" (?:\w+ ){0,3}(?:calculated|computed|determined)\b",
            r"\b(?:muc huong|muc tro cap|muc ho tro|muc phat|muc dong|muc luong|tien luong|tien tro cap)(?: \w+){0,8}"
            r" (?:duoc )?(?:tinh|xac dinh) (?:nhu the nao|the nao|ra sao|bang cach nao)\b",
            # "… and how much will each receive?": a sum received or paid
            r"\bhow much (?:will|would|does|do|did|can|may|should|is|are)? ?(?:\w+ ){0,3}(?:receive|get|be paid|be given|be granted|earn)\b",
            # "what is the minimum charter capital …?": an amount the text must print
            r"\bwhat (?:is|are|was|were) the (?:\w+ ){0,2}(?:minimum|maximum|total|initial|required|annual|monthly)"
            r" (?:\w+ ){0,2}(?:capital|budget|funding|fee|cost|fine|allowance|salary|wage|price|rent)s?\b",
            # "What total budget does Resolution 394 allocate to …?": a sum (not "what budget sources")
            r"\bwhat (?:total|overall|minimum|maximum|initial|annual) (?:\w+ )?(?:budget|funding|capital|cost|fee)\b"
            r"(?! (?:sources?|lines?|items?|mechanisms?|polic\w+)\b)",
            r"\bwhat (?:[\w-]+ ){0,3}(?:wage|salary|fine|amount|compensation)s?\b"
            r"(?! (?:table|scale|grade|polic|regime|of (?:time|work|data|documents?|tasks?)\b))",
            r"\bvnd\b",
            r"\b(?:total|overall|estimated) value\b",
            r"\bbillion\b",
            r"\bmillion\b",
        ),
    ),
    (
        "date",
        (
            r"\bngay (?:cu the )?nao\b",
            r"\bngay,? thang(?:,? nam)?(?: cu the)? nao\b",  # "trước ngày, tháng cụ thể nào?"
            r"\bngay bao nhieu\b",
            r"\bngay may\b",
            r"\bwhat (?:exact |specific |precise )?(?:calendar )?dates?\b",
            r"\bexact (?:calendar )?date\b",
            r"\bngay (?:cu the|chinh xac)\b",
            r"\bwhich dates?\b",
            r"\bon what (?:exact |specific |precise )?day\b",
            # "On which day of each quarter must … report?", "by which day …": a date, which the passage must print
            # (not "from which day does a worker start receiving …": "ngày làm việc thứ 11" says it)
            r"\b(?:on|by|before) which (?:exact |specific |precise )?day\b",
            # "What is the date of plan 168-KH/TU?", "What's the issue date of …?"
            r"\bwhat(?: is|'s| was) the (?:exact |issue |issuing |signing )?date of\b",
            # "Who signed Official Letter 6225, and what is its date?": the document's own date
            OTHER_DOCUMENT_UNASKED
            + r".*\bwhat(?: is|'s| was) its (?:exact |issue |issuing |signing )?date\b",
            WHEN_ISSUED,  # "When was Resolution 1339 issued?": the document's date
        ),
    ),
    ("year", (r"\bnam nao\b", r"\bwhich year\b", r"\bwhat year\b")),
    # "phải thông báo trước bao lâu", "how long does step 3 take": a length of time, which the evidence must
    # print (not "bao lâu một lần", "how often": a frequency)
    (
        "duration",
        (
            rf"^(?!.*\bdinh ky\b)(?!.*\bbao lau\b.*\b(?:mot|1) lan\b)(?!.*{_RECURRING_ASKED}).*\bbao lau\b",
            # "Tổng thời gian giải quyết theo quy trình số 04 … là bao nhiêu?": a length of time, not any number
            r"\bthoi gian\b[^?]*\b(?:la|mat|keo dai) (?:toi da |toi thieu )?bao nhieu\b(?! (?:lan|nhiem vu|thu tuc|van ban)\b)",
            rf"^(?!.*\b(?:how often|periodically)\b)(?!.*{_HOW_LONG_GIVEN}).*\bhow long\b(?! ago\b)",
        ),
    ),
    # "Giám đốc Sở Tư pháp tên là gì?", "What is the name of the Director …?": a person's name, which the
    # evidence must print (not "Ai là Trưởng ban?", which a title answers)
    (
        "person",
        (
            # (not "Thủ tướng ban hành Quyết định 2597 có tên là gì?": the document's name)
            rf"\b{_TITLES_VI}\b(?: (?:\([^()]*\)|(?:(?<=trong )|(?<=tai )|(?<=theo )|(?!{_NAMED_THINGS_VI}))[\w/.,-]+)){{0,14}} (?:ten (?:la )?gi|ten day du"
            r"|ho (?:va )?ten (?:la )?gi)\b",
            rf"\b(?:ho (?:va )?ten|ten) (?:cua |day du cua )?(?:ong |ba |dong chi )?{_TITLES_VI}\b",
            rf"\b(?:full )?names? of the (?:\w+ ){{0,3}}{_TITLES_EN}\b(?!'s|’s)",
            # "Theo Kế hoạch 7360, Chủ tịch UBND tỉnh Lai Châu là ai?": the holder of a title, by name
            # (not "Phó Chủ tịch … ký Kế hoạch 7360 là ai?": who signed, which the signature answers)
            rf"^(?!{_SIGNING})(?:theo [^,?]{{1,60}}, )?{_TITLES_VI}\b(?: [\w/.-]+){{0,8}} la ai\W*$",
            # "Trưởng Ban Chỉ đạo … là ai (họ tên, chức vụ)?": the name is asked in so many words
            rf"^(?!{_SIGNING}).*\b(?:la ai|ai la)\b[^?]{{0,80}}\bho (?:va )?ten\b",
            # "Ai là Giám đốc Sở Tư pháp …?", "Who is the Director of …?": the head of an office, by name (not
            # "Ai là Trưởng ban chỉ đạo?", "who is the head of …", which a title may answer)
            rf"^(?!{_SIGNING})(?:theo [^,?]{{1,60}}, )?ai (?:la|dang la|hien la|giu chuc) (?:pho )?"
            r"(?:giam doc|bo truong|thu truong"
            r"|cuc truong|vu truong|hieu truong|vien truong|chanh an|tong cuc truong|chu tich|bi thu|thu tuong"
            r"|chanh van phong)\b",
            # "Which Deputy Minister supervises …?", "Thứ trưởng nào phụ trách …?": one of a body's deputies,
            # whom only a name tells apart (not "which minister", "Bộ trưởng nào", which the ministry's title
            # answers, "Bộ trưởng Bộ Công Thương"; not who signed, which the signature answers)
            r"^(?!.*\b(?:signed|signs)\b).*\bwhich (?:deputy |vice[ -]?)(?:minister|chair(?:man|woman|person)?"
            r"|director|governor|mayor|secretary)\b",
            rf"^(?!{_SIGNING})(?:.*\b)?(?:pho chu tich|thu truong|pho giam doc) nao\b",
            r"^(?!.*\b(?:signed|signs)\b).*\bwho (?:is|was|'s|’s) (?:the )?(?:current |incumbent )?(?:deputy )?"
            r"(?:director|minister|rector"
            r"|chair(?:man|woman|person)?|governor|mayor|(?:party )?secretary|president)(?: general)? of\b",
        ),
    ),
    # ("In which foreign country will … be trained?")
    # (not "ngân sách nhà nước nào", "vốn nhà nước nào": the State's budget, not a country)
    (
        "country",
        (r"\b(?:quoc gia|(?<!nha )nuoc|dat nuoc) nao\b", r"\b(?:which|what) (?:foreign |other )?countr"),
    ),
    # "Thông tư 23 thay thế thông tư nào?", "which earlier law does it repeal?": what it replaces
    (
        "replaces",
        (
            r"\b(?:thay the|bai bo|lam het hieu luc) (?:cho )?(?:luat|nghi dinh|nghi quyet|thong tu|quyet dinh|chi thi"
            r"|quy dinh|ke hoach|van ban)(?: \w+){0,3} nao\b",
            r"\bwhich\b.*\b(?:does|did|will) (?:it|this \w+) (?:replace|repeal|supersede|terminate)\b",
            r"\b(?:replaces?|repeals?|supersedes?) (?:which|what)\b",
        ),
    ),
    # "số điện thoại / địa chỉ email của …", "hotline number": a number to call or an address to write to,
    # which the evidence must print
    (
        "contact",
        (
            r"\bso (?:dien thoai|fax|hotline|duong day nong)\b",
            r"\b(?:phone|telephone|hotline|fax|contact) (?:number|no)s?\b",
            r"\be-?mail(?: address)?\b",
            r"\bdia chi (?:email|thu dien tu)\b",
        ),
    ),
    # where something is sent or reported: "vướng mắc phản ánh về đâu?", "gửi báo cáo cho cơ quan nào?", "where
    # should agencies send problems …?": the body it goes to, which the evidence must print after the verb
    (
        "destination",
        (
            r"\b(?:gui|phan anh|bao cao|chuyen|nop)\b(?: \w+){0,6}? (?:ve|den|toi|cho|len|qua) (?:dau|noi nao"
            r"|co quan nao|don vi nao)\b",
            r"\b(?:gui|phan anh|nop|chuyen) (?:ve )?(?:dau|co quan nao|don vi nao)\b",
            # ("where should agencies send …", "where are problems to be reported"; not "where is the annual report
            # published")
            r"\bwhere (?:should|must|shall|do|does|can|will|would|to) (?:\w+ ){0,10}?(?:send|report|submit|forward"
            r"|refer|raise|sent|reported|submitted|forwarded|referred|raised)\b",
            r"\bwhere (?:are|is|were|was) (?:\w+ ){0,10}?(?:to be |be )?(?:sent|reported|submitted|forwarded|referred"
            r"|raised)\b",
            r"\b(?:send|sent|report|reported|submit|submitted|forward|forwarded)\b(?: \w+){0,6}? to (?:which|what"
            r"|whom)\b(?! (?:extent|degree)\b)",
            # "…, who should they report to?", "which office do they send it to?": the preposition last
            r"\b(?:who|whom|which (?:\w+ )?(?:office|body|agency|department|unit))\b (?:\w+ ){1,6}?(?:send|report"
            r"|submit|forward|refer|raise|turn|write)(?: \w+){0,3}? to\W*$",
        ),
    ),
    # where something is held or done: "Lễ phát động … tổ chức ở địa điểm nào?", "tổ chức ở đâu?"
    (
        "location",
        (
            r"\b(?:o|tai) dau(?=\s*(?:[?,.]|$|va\b|khong\b|tai\b|cho\b|de\b))",
            r"\bdia diem nao\b",
            # ("where does the funding come from": a source, not a place)
            # (nor "where does X appear / feature": the rows that name it)
            r"^where\b(?!.*\b(?:come|comes|came|derive[sd]?|drawn|sourced?) from\b)"
            r"(?!(?: [\w()'’-]+){1,13}? (?:(?:only|just|also) )?" + WHERE_IN_ROWS + r"\b)"
            r"|\bwhere (?:is|was|will|are|were)\b(?!.*\b(?:come|comes|came|derive[sd]?|drawn|sourced?) from\b)",
        ),
    ),
    # which provinces, by name: "mời Sở Tư pháp của những tỉnh nào của Lào?", "which specific Lao provinces …?"
    # (the evidence must name one the question does not)
    (
        "provinces",
        (
            r"\b(?:nhung|cac) tinh(?: \w+){0,2} nao (?:cua|thuoc|o|ben)\b",
            r"\bwhich (?:specific |particular |exact )(?:\w+ )?provinces\b",
            r"\bwhich (?:lao|laotian|cambodian|chinese|neighbou?ring|border) provinces\b",
        ),
    ),
    # where one thing is: "Trụ sở chính … đặt ở tỉnh, thành phố nào?", "located in which province"
    (
        "place",
        (
            r"\b(?:dat|dong) (?:o|tai) (?:tinh|thanh pho)(?:, (?:tinh|thanh pho))? nao\b",
            r"\b(?:located|based|headquartered|held) in which (?:province|city)\b",
        ),
    ),
    (
        "doc_number",
        (
            r"\bso hieu\b",
            r"\bso may\b",
            # "… có số và ngày ký thế nào?": its number and its date
            r"\bso(?:,| va) ngay (?:ky|ban hanh)\b",
            # "Công văn … mang số bao nhiêu?": its number (not "số bao nhiêu người", a count)
            r"\b(?:mang|ghi) so (?:bao nhieu|gi)(?! (?:\w+ )?(?:nguoi|don vi|nhiem vu|ngay|thang))(?=\W|$)",
            # "Kế hoạch số bao nhiêu là kế hoạch …?": a document by its number
            r"\b(?:ke hoach|quyet dinh|nghi quyet|nghi dinh|cong van|cong dien|chi thi|thong tu|luat|quy dinh"
            r"|chuong trinh|van ban) so (?:bao nhieu|gi)(?=\s*(?:$|[?,.]|la\b|va\b|ky\b|ban hanh\b|duoc\b|cua\b|do\b))",
            NUMBER_ASKED_LAST,
            r"\bwhat number\b",
            r"\bwhat(?: is|'s|are) the (?:(?:official|document|reference|serial)\s+){0,2}numbers?\b",
            # "…, and what is its number?": the document's own, asked after another thing
            r"\bwhat(?: is|'s|was) its (?:(?:official|document|reference|serial)\s+){0,2}number\b",
            r"\b(?:document|official|reference) numbers?\b",
            # "which National Assembly resolution number …" (not "How many tasks are in Plan number 144?")
            r"\b(?:what|which)\b(?:(?!\bhow many\b)[^?])*\b(?:resolution|decision|decree|circular|directive|law"
            r"|plan) numbers?\b",
            # (not "những văn bản nào (số lượng)", "những loại văn bản nào, số lượng bao nhiêu": how many of them)
            r"\b(?:van ban|nghi dinh|nghi quyet|quyet dinh|thong tu|chuong trinh(?: hanh dong)?|ke hoach|chi thi) (?:so )?nao\b"
            r"(?!\s*\(?so luong\b)(?![^?.]*\b(?:so luong|bao nhieu)\b)",
            # "thực hiện nghiêm những văn bản, điều ước nào?": documents named beside another kind of text
            r"\b(?:nhung|cac) van ban(?:,| va| hoac)(?: \w+){1,3} nao\b(?![^?.]*\b(?:so luong|bao nhieu)\b)",
            r"\bwhich (?:decree|decision|resolution|circular|document)s?\b",
            # "which earlier Cao Bang decisions", "which previous resolutions" (not "which tasks")
            r"\bwhich (?:earlier|previous|prior|other|older) (?:[A-Z]?\w+ ){0,3}?(?:decrees|decisions|resolutions"
            r"|circulars|documents)\b",
        ),
    ),
    # "xếp hạng chỉ số PCI thứ mấy?", "which exact PCI ranking …?": a rank, which the evidence must print as a
    # number ("top 10", "thứ 5"), not "top đầu"
    (
        "rank",
        (
            # (a place in a ranking, not "Đại hội … lần thứ mấy?", the number of an event: "lần thứ XX")
            r"\b(?:xep hang|hang|dung|vi tri)\b(?: \w+){0,6} thu may\b",
            r"\b(?:xep )?hang (?:thu )?(?:bao nhieu|may)\b",
            # (not "what PCI ranking does it aim for?", which "top đầu" answers)
            r"\b(?:which|what) (?:exact|specific) (?:\w+ )?(?:rank|ranking|position)\b",
            r"\b(?:which|what) (?:rank|position|place) (?:does|did|will|is|was)\b",
        ),
    ),
    (
        "count",
        (
            # (not "mã TTHC bao nhiêu", "mã số bao nhiêu": a code asked, not a count)
            r"(?<!\bma )(?<!\bma tthc )(?<!\bma so )(?<!\bma thu tuc )\bbao nhieu\b",
            COUNTED_BY_MAY,
            r"\bhow many\b",
            r"\bso luong (?:toi da|toi thieu)\b",
            r"\(\s*so luong\s*\)",  # "những văn bản nào (số lượng)"
            r"\b(?:maximum|minimum|max|total) number of\b",
            # "what is the maximum groundwater extraction volume (m3/day)": a quantity, printed as a number (not
            # "which wells exceed 100 m3/day", "how is the maximum flow calculated")
            r"\bwhat (?:is|are|was|were) the (?:maximum|minimum|max|total|permitted|allowable) (?:[\w-]+ ){0,3}"
            r"(?:volume|quantity|capacity|flow)s?\b",
            r"\(\s*(?:m3|m2|kwh|mw)\s*/\s*(?:day|ngay|nam|year|thang|month|gio|hour)\s*\)",
        ),
    ),
)
FOLLOWUP = (
    r"^\s*(?:con|the con|vay con|va|con o|con tai)\b",
    r"\bthi sao\s*\??\s*$",
    r"^\s*(?:what|how) about\b",
    r"^\s*and\b",
    r"^\s*same (?:for|in)\b",
    r"\b(?:that|this|the same) (?:task|plan|one|document)\b",
    r"\bnhiem vu (?:do|nay|tren)\b",
    r"\bviec (?:do|nay)\b",
    r"\b(?:van ban|ke hoach) (?:do|nay)\b",
)
PERIOD_WORDS = (
    # ("được làm định kỳ mỗi năm": every year)
    (
        "hằng năm",
        (r"\bhang nam\b", r"\bmoi nam\b", r"\bannual", r"\bevery year\b", r"\byearly\b", r"\beach year\b"),
    ),
    ("thường xuyên", (r"\bthuong xuyen\b", r"\bregular", r"\bongoing\b", r"\bcontinuous")),
    (
        "năm cụ thể",
        (
            r"\b(?:nam|thoi han|moc) cu the\b",
            r"\bghi (?:ro )?nam\b",
            r"\bspecific (?:year|deadline|date)",
            r"\bfixed (?:year|deadline|date)",
        ),
    ),
    # more than one year, bounded: "kéo dài qua nhiều năm" ("Năm 2025-2026", "Năm 2028 đến 2029"), "spanning several
    # years", "multi-year" (not "không phải nhiều năm", "not a multi-year range": one year)
    (
        "nhiều năm",
        (
            r"\b(?:keo dai|trai dai|trai qua|thuc hien|dien ra)(?: qua| trong| suot)? (?:nhieu|hai|2) nam\b",
            r"(?<!khong phai )(?<!khong phai la )\b(?:giai doan|khoang) nhieu nam\b|\bnhieu nam lien\b",
            r"\btu (?:hai|2) nam tro len\b",
            r"\b(?:span|spans|spanning|stretch|stretches|stretching|run|runs|running|last|lasts|lasting)"
            r"(?: over| across)? (?:(?:several|multiple|two or more|a number of) (?:calendar )?years"
            r"|more than (?:one|a single) (?:calendar )?year)\b",
            r"\b(?:over|across) (?:(?:several|multiple) (?:calendar )?years|more than one (?:calendar )?year)\b",
            r"(?<!not a )(?<!not )(?<!not as )(?<!not as a )\bmulti-?year\b",
        ),
    ),
    # a time that goes on into the years after it: "… và các năm tiếp theo", "từ năm 2026 trở đi" printed in the
    # cell ("continue into the following years", "open-ended", "no end date")
    (
        "các năm tiếp theo",
        (
            r"\b(?:keo dai|tiep tuc|tiep dien|chuyen) (?:sang|qua|toi|den) (?:cac|nhung) nam (?:tiep theo|sau)\b",
            r"\b(?:va|den) (?:cac|nhung) nam (?:tiep theo|sau do)\b",
            # (not "run over the years 2025 and 2026": the years named)
            r"\b(?:continu\w*|carr(?:y|ies|ied) on|go(?:es)? on|extend\w*|run\w*|roll\w*)(?: on)? (?:into|through|over)"
            r" (?:the )?(?:later|subsequent|following|next|coming) years\b",
            r"\bopen[- ]ended\b",
            r"\bno (?:fixed )?end(?:ing)? (?:date|point|year)\b",
        ),
    ),
    # one year and no more: "'Năm 2026' (not a multi-year range)", "2026 alone", "riêng năm 2026"
    (
        "một năm",
        (
            r"\bsingle(?:[ -]calendar)? year\b",
            r"\bnot (?:a |as )?(?:multi-?year|range|span)",
            r"\bexactly\W+(?:nam )?\d{4}\b",
            r"(?<!\d)\d{4} alone\b",
            r"\b(?:chi ghi|rieng) nam \d{4}\b(?! (?:va|den|hoac)\b)",
            r"\bkhong phai (?:la )?(?:khoang|giai doan|nhieu nam)\b",
            r"\bmot nam duy nhat\b",
            # "những nhiệm vụ nào chỉ triển khai trong năm 2026", "only in 2026", "in 2026 only"
            # (a verb after "chỉ": "kinh phí chi trong năm 2026" spends; nor a span, "2026-2027")
            r"\bchi (?:trien khai|thuc hien|dien ra|hoan thanh|keo dai) trong (?:nam )?\d{4}\b(?!\s*[-–/]\s*\d)"
            r"(?! (?:va|den|hoac)\b)",
            r"\bonly (?:in|during) \d{4}\b(?!\s*[-–/]\s*\d)(?! (?:and|to|or)\b)|\bin \d{4} only\b",
        ),
    ),
)
DOC_HINTS = (
    (
        "công văn",
        r"\bcong van\b|\bofficial letter\b|\b(?:the|this|its|draft|committee|committee's|committee s) letter\b",
    ),
    # "dự thảo" names a document only as one: "dự thảo công văn", "bản dự thảo" — not "góp ý dự thảo văn bản"
    (
        "dự thảo",
        r"\bdu thao (?:cong van|ke hoach|chi thi|thong bao)\b|\bban du thao\b|\bvan ban du thao cua\b"
        # (not "a draft document": the thing a task is about, not a document of the index)
        r"|(?<!\ba )(?<!\bany )(?<!\beach )(?<!\bevery )\bdraft (?:letter|document|plan|dispatch)\b"
        r"|\bthe draft\b",
    ),
    ("tỉnh ủy", r"\btinh uy\b|\bparty (?:standing )?committee\b"),
    ("quyết định", r"\bquyet dinh ban hanh\b"),
    ("kế hoạch hành động", r"\bke hoach hanh dong\b|\baction plan\b"),
)

# Words that carry the question's form, not its topic (removed from the topic). Matched on the accented
# text when the question has accents ("cơ chế" keeps its "cơ"), on the folded text otherwise.
FORM_WORDS_VI = (
    # "có tên trong cột phối hợp của nhiệm vụ …": where the body is printed, asked
    "có tên trong cột",
    "trong cột",
    # "ưu tiên cho những mục đích nào": the kind of thing asked, which the answer need not print ("Kế hoạch … nhằm
    # mục đích gì?" of a plan with a part titled "Mục đích": see sections.heading_for)
    "mục đích nào",
    "mục đích gì",
    # "vào thời điểm nào", "lúc nào": when, asked
    "vào thời điểm nào",
    "thời điểm nào",
    "lúc nào",
    "cơ quan nào",
    "đơn vị nào",
    "tỉnh nào",
    "thành phố nào",
    "địa phương nào",
    "so sánh",
    "khác nhau",
    "giống nhau",
    "cả hai",
    # "đứng ra chủ trì": who takes the lead, said twice; "trực tiếp chủ trì": leads itself, the role asked
    "đứng ra",
    "trực tiếp chủ trì",
    "trực tiếp phụ trách",
    # "được giao thêm những nhiệm vụ riêng nào": more of them, its own — the ask, not its topic
    "giao thêm",
    "thêm những",
    "thêm các",
    "riêng nào",
    "chủ quản",
    "các loại",
    "những loại",
    "hai tỉnh",
    "hai thành phố",
    "hai địa phương",
    "hai văn bản",
    "hai bên",
    "hai nơi",
    "cơ quan",
    "đơn vị",
    "là ai",
    "ai",
    "nào",
    "gì",
    "là gì",
    "thế nào",
    "ra sao",
    "bao nhiêu",
    "mấy",
    "bao giờ",
    "khi nào",
    "thời hạn",
    # "có hạn chót là Quý III/2025": the deadline, in everyday words
    "hạn chót",
    "hạn cuối",
    # "đặt mốc năm nào hoàn thành …": when, asked
    "đặt mốc",
    "mốc thời gian",
    # "có thời hạn rơi vào năm 2026": when, said of a time
    "rơi vào",
    "thời gian hoàn thành",
    "thời gian thực hiện",
    "kết quả",
    "sản phẩm",
    "đầu ra",
    "chủ trì",
    "phối hợp",
    # "có Sở Nội vụ hỗ trợ phối hợp": the coordinating role, in everyday words
    "hỗ trợ phối hợp",
    "phối hợp hỗ trợ",
    "tham gia phối hợp",
    # "Sở nào cầm trịch": the lead role, in everyday words ("chỉ đóng vai phối hợp": the role, not the topic)
    "cầm trịch",
    "đóng vai",
    "chỉ đóng vai",
    # ("chỉ phối hợp, không cầm trịch": the role set aside, not the topic)
    "không cầm trịch",
    "không chủ trì",
    "được giao",
    "giao",
    "nhiệm vụ",
    "của",
    "ở",
    "tại",
    "theo",
    "trong",
    "là",
    "có",
    "được",
    "những",
    "các",
    "hãy",
    "cho biết",
    "vui lòng",
    "xin",
    "thì sao",
    "còn",
    "vậy",
    "thế",
    "và",
    "với",
    "chịu trách nhiệm",
    "phụ trách",
    "sự",
    "việc",
    "hoàn thành",
    "liệt kê",
    "kể tên",
    "kể ra",
    # typed in a hurry: "liệt kê giúp", "kể ra giùm nhé" (not "giúp" alone: "đầu mối giúp Chính phủ")
    "liệt kê giúp",
    "kể ra giúp",
    "kể giúp",
    "giúp tôi",
    "giúp mình",
    "giúp em",
    "giúp với",
    "giùm",
    "nhé",
    "một số",
    "cho",
    "gồm",
    "về",
    "phải",
    # ("kể ra giúp mình", "liệt kê giùm tôi": the whole request, also where the verb and "giúp" run on)
    *(f"{verb} {helps} {who}" for verb in ("liệt kê", "kể ra", "kể") for helps in ("giúp", "giùm")
      for who in ("tôi", "mình", "em")),
)  # fmt: skip
FORM_WORDS_EN = (
    "which",
    "who",
    "what",
    "when",
    "how",
    "does",
    "do",
    "did",
    "is",
    "are",
    "the",
    "a",
    "an",
    "of",
    "in",
    "for",
    "to",
    "by",
    "must",
    "be",
    "it",
    "its",
    "and",
    "or",
    "task",
    "tasks",
    "agency",
    "agencies",
)


def form_pattern(words: Sequence[str]) -> re.Pattern[str]:
    alternatives = sorted(set(words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in alternatives) + r")(?!\w)")


# English form words only in unaccented text: "an", "do", "to" are also Vietnamese syllables ("Công an tỉnh")
FORM_ACCENTED = form_pattern([normalize_tones(w) for w in FORM_WORDS_VI])
# (not the form words whose letters are another word's: "may" of "nhà máy", "nhe" of "nhẹ")
_FOLDS_TO_ANOTHER = frozenset({"mấy", "nhé"})
FORM_FOLDED = form_pattern(
    [fold(w) for w in FORM_WORDS_VI if w not in _FOLDS_TO_ANOTHER] + [w for w in FORM_WORDS_EN if len(w) > 3]
)
# Glossary terms that say what is asked rather than what about: not part of an English question's topic.
# ("according to the plan …" asks nothing about "theo", as a Vietnamese question's "Theo …" does not)
FORM_TERMS = {
    "chủ trì",
    "phối hợp",
    "cơ quan",
    "nhiệm vụ",
    "thời hạn",
    "kết quả",
    "ít nhất",
    "theo",
    "tần suất",
    # "what … is in charge of", "responsible for": the lead's role, asked
    "phụ trách",
    "chịu trách nhiệm",
}

REFERENTIAL = (
    r"\b(?:nhiem vu|viec|van ban|ke hoach|noi dung|co quan) (?:do|nay|tren|tuong tu)\b|\bviec nay\b"
    r"|\b(?:that|this|the same|same) (?:task|plan|one|document|work)\b|\b(?:it|there)\b"
)

PLACE_PREFIX = re.compile(
    r"(?:(?:ở|tại|của|in|of|for)\s+)?(?:(?:ubnd|ủy ban nhân dân|tỉnh|thành phố|tp\.?)\s*)+$", re.IGNORECASE
)
# (typed without marks: "ke hoach cua ubnd tinh ha tinh")
PLACE_PREFIX_FOLDED = re.compile(
    r"(?:(?:o|tai|cua|in|of|for)\s+)?(?:(?:ubnd|uy ban nhan dan|tinh|thanh pho|tp\.?)\s*)+$", re.IGNORECASE
)

# What a question asks for, as its subject ("Mức xử phạt … là bao nhiêu?", "Ai là thủ tướng …?"), on the
# accented lower-case question; the head ends where a preposition or a relative word starts.
ASKED_HEAD_VI = (
    re.compile(r"^(?:ai|cái gì|điều gì) là (?P<head>.+)$"),
    re.compile(
        r"^(?P<head>.+?)\s+(?:là gì|là bao nhiêu|là ai|là những gì|là khi nào|là ngày nào|là như thế nào"
        r")(?!\w)"
    ),
)
HEAD_END_VI = re.compile(
    r"\s(?:của|đối với|cho|về|trong|tại|ở|theo|với|khi|để|mà|do|được|trên|từ|so với|nào|thì|này|đó)(?!\w).*$"
)
# "What penalty …", "Which decree …": the English glossary term right after it is what is asked for
ASKED_HEAD_EN = r"(?i)\b(?:what|which)\s+"
# "What is the hotline phone number of …", "Give me the phone number and email …": the thing asked stands
# after "the" (one word may come before it) and is followed by what it belongs to (not "what is the
# Provincial … Committee asked to do")
ASKED_THE_EN = (
    r"(?i)(?:\b(?:what|which)\s+(?:is|are|was|were)\s+the\s+|\b(?:give|tell|show|send)\s+(?:me|us)\s+the\s+)"
    r"(?:[\w-]+\s+)?"
)
ASKED_THE_END_EN = r"(?=\s+(?:of|for|and|in|at)\b|\s*[?.]|\s*$)"


# "'đơn vị sự nghiệp thuộc Bộ nhóm 2' là loại đơn vị nào?", "X được hiểu là gì?", "What is meant by 'X'?":
# the thing whose definition is asked (quoted, or the phrase before "là gì")
# "… được hiểu như thế nào trong Quy định 384?": the document that frames the ask, after it
_FRAME_AFTER = (
    r"(?:\s*,?\s+(?:trong|theo|tai|cua)\s+(?:quy dinh|quy che|luat|bo luat|nghi dinh|nghi quyet|thong tu"
    r"|quyet dinh|van ban|ke hoach|chuong trinh|de an|huong dan|thong bao|chi thi|cong van|phu luc"
    r"|dieu \d|khoan \d)\b[^?]{0,120})?"
)
_DEFINITION_ASK = re.compile(
    r"\s+(?:la|duoc hieu la|duoc goi la|duoc xac dinh la)\s+(?:gi|loai (?:\w+ ){0,2}nao|nhung (?:\w+ ){0,2}nao"
    r"|(?:don vi|co quan|to chuc) nao)\s*\??\s*$"
    r"|\s+duoc hieu (?:nhu the nao|ra sao)" + _FRAME_AFTER + r"\s*\??\s*$"
)
_DEFINITION_ASK_EN = re.compile(
    r"^(?:what is meant by|what does|what is|what are)\s+(?:the term\s+)?[\"“‘']"
    # "How does the Law on Employment define “việc làm công”?", "what is the definition of “…”?"
    r"|\bhow (?:does|do|did) .*\bdefines?\s+(?:(?:a|an|the) )?(?:term\s+)?[\"“‘']"
    r"|\bdefinition of\s+(?:(?:a|an|the) )?(?:term\s+)?[\"“‘']"
)
# a named group's members asked, after the quoted name: "… gồm những cơ quan nào?", "… là những ai?"
_MEMBERS_ASK = re.compile(r"\s+(?:gom|bao gom|gom co|la) (?:nhung |cac )?(?:\w+ ){0,2}(?:nao|ai)\s*\??\s*$")
# (an apostrophe inside a word, "Secretariat's", opens no quote)
_QUOTED_TERM = re.compile(r"(?<![^\W\d_])[\"“‘']([^\"”’']{2,80})[\"”’'](?![^\W\d_])")


# a term in brackets as the document prints it: marks of its own, and no article, clause or preposition ("(Điều
# 3)", "(in Quy định 384)")
_PRINTED_TERM = re.compile(
    r"(?i)\s*(?!(?:điều|khoản|điểm|mục|phần|chương|phụ lục|in|of|under|see|per|e\.g|i\.e)\b)[^\W\d_]"
)


def defined_term(question: str) -> str | None:
    """The term a question asks the definition of, as the question prints it; None for other asks."""
    text = " ".join(question.split())
    f = fold(text)
    if len(f) != len(text):
        return None
    quoted = _QUOTED_TERM.search(text)
    m = _DEFINITION_ASK.search(f)
    if m and quoted and quoted.end() <= m.start() + 1:
        return quoted.group(1).strip()
    members = _MEMBERS_ASK.search(f)
    if members and quoted and quoted.start() < 3 and quoted.end() <= members.start() + 1:
        return quoted.group(1).strip()  # "“4 Văn phòng Trung ương” … gồm những cơ quan nào?": its members
    if _DEFINITION_ASK_EN.search(f) and quoted and re.search(r"\b(?:mean|means|meant|refer)\b|\?\s*$", f):
        # ('define a "data custodian" (Chủ quản dữ liệu)': the term as the document prints it, in brackets)
        printed = re.match(r"\s*\(([^()]{2,80})\)", text[quoted.end() :])
        if (
            printed
            and _PRINTED_TERM.match(printed.group(1))
            and fold(printed.group(1)) != printed.group(1).lower()
        ):
            return printed.group(1).strip()
        return quoted.group(1).strip()
    if m:
        # the phrase before "là gì", after the question's frame ("Theo Thông tư 23, …")
        head = text[: m.start()].rsplit(",", 1)[-1].strip()
        # ("Luật Việc làm 2025 định nghĩa việc làm công là gì": the term after the verb that defines it)
        verbs = list(
            re.finditer(r"\b(?:dinh nghia|giai thich)(?: (?:ve|tu|thuat ngu|khai niem))?\s+", fold(head))
        )
        if verbs and verbs[-1].end() < len(head):
            head = head[verbs[-1].end() :].strip()
        if 2 <= len(head.split()) <= 10:
            return head
    return None


# a column the question asks to be empty: "không ghi cơ quan phối hợp", "chưa có thời hạn", "no deadline",
# "without a coordinating agency" (group 1: the column's word)
_BLANK_COLUMN = re.compile(
    # ("… mà để trống cơ quan phối hợp", "bỏ trống cột thời gian": folded, "để trong" too, so only before the
    # column's holder word)
    r"\b(?:(?:khong|chua) (?:duoc |co )?(?:ghi|co|neu|xac dinh|giao)(?: ro)?(?: (?:co quan|don vi|cot))?"
    r"|(?:de|bo) trong(?: o)? (?:co quan|don vi|cot))"
    # ("không có thời hạn cụ thể": no specific time, which "Thường xuyên" is too — not an empty cell)
    r" (phoi hop|chu tri|thoi gian|thoi han|tien do|san pham|ket qua)\b(?!(?: thuc hien| hoan thanh)? cu the\b)"
    r"|\b(?:no|without|lacks?|lacking|missing|with an? (?:empty|blank)|leaves? (?:out|blank)(?: the)?"
    # "which tasks do not specify a deadline?", "… don't name a coordinating agency", "… fail to state an output"
    r"|(?:do|does|did) not (?:specify|state|give|name|list|have)|(?:don't|doesn't|didn't) (?:specify|state|give|name"
    r"|list|have)|fails? to (?:specify|state|give|name|list))"
    # ("no implementation time", "no expected output": the column with a word of its own; not "no specific deadline")
    r" (?:an? |any |the )?(?:(?:implementation|completion|expected) )?"
    r"(coordinat\w*|partner\w*|support\w*|lead\w*|deadlines?|time ?frames?|timelines?|times?|outputs?"
    r"|products?|results?)\b"
    # (with what it says of the column: "with no coordinating agency named / listed")
    r"(?:(?: (?:agenc(?:y|ies)|bod(?:y|ies)|partners?|units?))? (?:named|listed|given|specified|stated|shown)\b)?"
    # "which tasks leave the coordinating body blank / the deadline empty?"
    r"|\bleav(?:e|es|ing) (?:the |its |their )?(?:(?:expected|implementation|completion) )?(coordinat\w*|partner\w*"
    r"|lead\w*|deadlines?|time ?frames?|timelines?|times?|outputs?|products?|results?)"
    r"(?: (?:agenc(?:y|ies)|bod(?:y|ies)|column|field|cell|box)){0,2} (?:blank|empty"
    r"|unfilled|unspecified)\b"
)
_BLANK_FIELDS = (
    ("coordinating", ("phoi hop", "coordinat", "partner", "support")),
    ("lead", ("chu tri", "lead")),
    ("deadline", ("thoi gian", "thoi han", "tien do", "deadline", "time", "timeline")),
    ("output", ("san pham", "ket qua", "output", "product", "result")),
)
# the words that name a task table's columns (folded): no value of a cell ("có ghi kết quả, sản phẩm")
COLUMN_WORDS = frozenset(w for _, words in _BLANK_FIELDS for w in words)


# a column asked to be filled ("những nhiệm vụ nào có ghi rõ kết quả (sản phẩm)?", "which tasks specify an output")
_FILLED_COLUMN = re.compile(
    r"\b(?:co )?(?:ghi|neu ro|xac dinh)(?: ro)?(?: (?:co quan|don vi|cot))?"
    r" (phoi hop|chu tri|thoi gian|thoi han|tien do|san pham|ket qua)(?: (?:thuc hien|hoan thanh|dau ra|du kien))?"
    # ("… ghi rõ kết quả/sản phẩm đầu ra?": the field under two of its names)
    r"(?:\s*(?:/|,|hoac|va)\s*(?:thoi gian|thoi han|tien do|san pham|ket qua)(?: (?:thuc hien|hoan thanh|dau ra|du kien))?)?"
    # ("which tasks … actually spell out an expected output?")
    r"|\b(?:specify|specifies|state|states|give|gives|name|names|spell out|spells out|set out|sets out|mention"
    r"|mentions|include|includes)(?: a| an| any| the| its| their)?"
    r"(?: specific| concrete| expected)? (coordinat\w*|partner\w*|lead\w*|deadlines?|time ?frames?|timelines?"
    r"|outputs?|products?|results?)(?: agenc(?:y|ies)| bod(?:y|ies))?"
)
# … said at the end of the question (a bracket, "cụ thể", "cần đạt" may follow): not "… ghi kết quả khảo sát vào CSDL"
# (or a second ask joined after it: "…, and what is the result for each?")
_FILLED_END = re.compile(
    r"^\s*(?:\([^()]*\))?\s*(?:(?:cu the|can dat|ro rang|ro)\s*)?(?:\([^()]*\))?\s*(?:[,;]?\s*\b(?:and|va)\b.*)?\W*$"
)


def _field_named(m: re.Match) -> str:
    word = m.group(1) or m.group(2) or m.group(3)
    return next(field for field, words in _BLANK_FIELDS if any(word.startswith(w) for w in words))


def blank_column(question: str, of_body: bool = False) -> str:
    """The task field a listing question asks to be left empty ("những nhiệm vụ nào không ghi cơ quan phối
    hợp?" → "coordinating"), or "". `of_body`: of a question that names a body, whose role words are read
    strictly — a body's column named with its holder word ("cơ quan phối hợp", "coordinating agency/body") and
    nothing after that makes it another ask ("no support from <body>", "leave out the coordinating ones", "a
    deadline in years", "không được giao chủ trì": the body's own role)."""
    f = fold(question)
    m = _BLANK_COLUMN.search(f)
    if m is None:
        return ""
    field = _field_named(m)
    if of_body:
        rest = f[m.end() :]
        if _NOT_A_CELL_AFTER.match(rest):
            return ""
        if field in ("lead", "coordinating") and not (
            _HOLDER_IN_PHRASE.search(m.group(0)) or _HOLDER_AFTER.match(rest)
        ):
            return ""
    return field


# what makes a body's role phrase another ask than an empty cell, said right after it ("… the coordinating ones",
# "no support from …", "a deadline in years")
_NOT_A_CELL_AFTER = re.compile(r"\s+(?:ones|tasks|rows|from|in years?|by years?|specific|cu the)\b")
# the holder word of a role's column ("cơ quan phối hợp", "coordinating agency", "no coordinators"), in the phrase or
# right after it
_HOLDER_EN = r"agenc(?:y|ies)|bod(?:y|ies)|partners?|units?|column|cell"
_HOLDER_IN_PHRASE = re.compile(rf"\b(?:co quan|don vi|cot|{_HOLDER_EN}|coordinators?)\b")
_HOLDER_AFTER = re.compile(rf"\s+(?:{_HOLDER_EN})\b")


def blank_column_span(folded: str) -> str:
    """The folded question with the phrase that asks a column to be empty blanked out ("… with no
    coordinating body listed" → "… with  body listed"): the role it names is not the one asked."""
    return _BLANK_COLUMN.sub(" ", folded)


def filled_column(question: str) -> str:
    """The task field a listing question asks to be filled ("những nhiệm vụ nào có ghi rõ kết quả?" → "output"),
    or "" (also when it asks one to be empty)."""
    f = fold(question)
    if _BLANK_COLUMN.search(f):
        return ""
    m = _FILLED_COLUMN.search(f)
    return "" if m is None or not _FILLED_END.match(f[m.end() :]) else _field_named(m)
