"""Evidence scoring for extractive answers: how well a task row or a sentence supports a question.

Texts are compared as folded syllables (lower case, no diacritics, so unaccented questions match) and
syllable bigrams, each weighted by its inverse document frequency over the indexed chunks: a rare
phrase such as "cổng pháp" weighs more than "pháp luật", which every chunk has. `coverage` is the
weighted share of the question's terms that a text contains (0..1); a question term that no chunk
contains at all gets the highest weight, so questions about things the documents never mention score low.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from indexer.clean import normalize_tones
from indexer.text import fold, fold_tones

_SYLLABLE = re.compile(r"[0-9]+(?:[/.,-][0-9a-z]+)*|[a-z]+")
# Folded function words: they neither carry a topic nor make two texts similar.
STOP = frozenset(
    """va cua cac nhung cho trong voi ve theo la co nay do nao gi ai thi sao duoc de tai o tu den mot khi neu
    nhu da dang se bi ra vao len hay hoac ma cung van con tren duoi sau truoc gom ca moi tung day the nhu
    rang lai ngay ca nham bang qua doi viec su cu phai can""".split()
)
BIGRAM_WEIGHT = 0.7
# "Quyết định số 3531/QĐ-BTC ngày 17 tháng 10 năm 2025", "66-NQ/TW ngày 30/4/2025" (folded): a cited
# document's number (group 1) and its date — the date of that document, not of what a passage is about
DOC_DATE = re.compile(
    r"\b(\d{1,5})(?:/\d{4})?[/-][a-z][\w/&-]*,?\s+(?:ngay\s+)?\d{1,2}(?:/\d{1,2}/\d{4}| thang \d{1,2} nam \d{4})"
)
_NUMBER_HEAD = re.compile(r"(\d+)(?:/\d{4})?[/-][a-z]")
# (not inside an enumeration "(1) Tờ trình …; (2) Dự thảo …; (3) …": its items are one answer)
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9+\-–•])|(?<=;)\s+(?!\(\d{1,2}\)\s)(?=[\"“(]?[A-ZĐÀ-Ỹ0-9+\-–•])"
    # a dash opens an item unless it stands between two words ("kinh tế - xã hội", "Vũng Áng - Sơn Dương");
    # (after a number, "2026 - 2030", it still splits, as it always has: the year check reads sentences)
    r"|(?<![^\W\d_])\s+(?=[-–•+]\s)|(?<=[^\W\d_])\s+(?=[-–•+]\s(?![^\W\d_]))|\s+(?=[a-zđ]\)\s)"
)
_MIN_SENTENCE = 25


@dataclass(frozen=True)
class Terms:
    """The weighted term set of one text."""

    unigrams: frozenset[str]
    bigrams: frozenset[str]

    def __bool__(self) -> bool:
        return bool(self.unigrams)


_DECIMAL = re.compile(r"(?<=\d)\.(?=\d{1,2}(?!\d))")  # "0.5%" as English writes "0,5%"


# Short forms the documents print beside the words they stand for ("văn bản QPPL", "văn bản quy phạm pháp
# luật"): read as those words, so that either form matches the other (folded)
_SHORT_WORDS = {
    "qppl": "quy pham phap luat",
    "vbqppl": "van ban quy pham phap luat",
    "csdl": "co so du lieu",
    "httt": "he thong thong tin",
    "nsnn": "ngan sach nha nuoc",
    "attt": "an toan thong tin",
    "dtts": "dan toc thieu so",
    "cntt": "cong nghe thong tin",
    "tthc": "thu tuc hanh chinh",
    "cchc": "cai cach hanh chinh",
    "dvc": "dich vu cong",
    "dvctt": "dich vu cong truc tuyen",
    "pbgdpl": "pho bien giao duc phap luat",
    "khcn": "khoa hoc cong nghe",
    "dnnvv": "doanh nghiep nho va vua",
    "htx": "hop tac xa",
    "hkd": "ho kinh doanh",
}


def short_words() -> frozenset[str]:
    """The short forms (folded) the evidence reads as the words they stand for."""
    return frozenset(_SHORT_WORDS)


def syllables(text: str) -> list[str]:
    words = _SYLLABLE.findall(_DECIMAL.sub(",", fold_tones(text)))
    if not any(w in _SHORT_WORDS for w in words):
        return words
    return [s for w in words for s in (_SHORT_WORDS[w].split() if w in _SHORT_WORDS else (w,))]


# Bounds the documents print in words where a question says the bound's name ("mức chi tối thiểu" is
# "không thấp hơn 0,5%"): a text that says the phrase also has the name's terms (folded)
_BOUND_PHRASES = (
    (re.compile(r"\bkhong (?:thap|it) hon\b|\bit nhat\b"), ("toi", "thieu")),
    (re.compile(r"\bkhong (?:vuot )?qua \d|\bkhong (?:cao|nhieu) hon\b"), ("toi", "da")),
)


@lru_cache(maxsize=20_000)
def terms(text: str) -> Terms:
    words = syllables(text)
    joined = " ".join(words)
    named = [name for phrase, name in _BOUND_PHRASES if phrase.search(joined)]
    uni = frozenset(w for w in words if w not in STOP and (len(w) > 1 or w.isdigit()))
    # "66-nq/tw", "302/2025/nd-cp": also their number, as a question writes it ("Nghị quyết 66", "NĐ 302")
    uni |= frozenset(m.group(1) for w in uni if (m := _NUMBER_HEAD.match(w)) and m.group(1) != w)
    bi = frozenset(
        f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if a not in STOP or b not in STOP
    )
    if named:
        uni |= frozenset(w for name in named for w in name)
        bi |= frozenset(" ".join(name) for name in named)
    return Terms(uni, bi)


class Stats:
    """Document frequencies of unigrams and bigrams over all indexed chunks."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.df: dict[str, int] = {}
        self._weights: dict[Terms, dict[str, float]] = {}
        self.n = 0
        for text in texts:
            t = terms(text)
            self.n += 1
            for term in t.unigrams | t.bigrams:
                self.df[term] = self.df.get(term, 0) + 1
        self.max_idf = math.log((self.n + 1) / 0.5)

    def idf(self, term: str) -> float:
        df = self.df.get(term)
        if df is None:
            return self.max_idf
        return math.log((self.n + 1) / (df + 0.5))

    def weights(self, query: Terms) -> dict[str, float]:
        """IDF weights of a term set (memoised: task names and questions repeat; callers do not mutate)."""
        cached = self._weights.get(query)
        if cached is not None:
            return cached
        if len(self._weights) > 50_000:
            self._weights.clear()
        w = self._weights[query] = self._compute_weights(query)
        return w

    def _compute_weights(self, query: Terms) -> dict[str, float]:
        w = {u: self.idf(u) for u in query.unigrams}
        for b in query.bigrams:
            parts = b.split()
            # a bigram no chunk has (words the question puts side by side) weighs no more than its words
            cap = max((w.get(p, 0.0) for p in parts), default=0.0)
            w[b] = BIGRAM_WEIGHT * min(self.idf(b), cap if b not in self.df else self.idf(b))
        return w

    def coverage(self, query: Terms, text: Terms, weights: dict[str, float] | None = None) -> float:
        """Weighted share of the query's terms that `text` contains."""
        weights = weights if weights is not None else self.weights(query)
        total = sum(weights.values())
        if total <= 0:
            return 0.0
        uni, bi = text.unigrams, text.bigrams  # (no union: a passage has hundreds of terms)
        return sum(v for t, v in weights.items() if t in uni or t in bi) / total

    def matched(self, query: Terms, text: Terms) -> list[str]:
        return sorted((query.unigrams | query.bigrams) & (text.unigrams | text.bigrams))


@lru_cache(maxsize=20_000)
def split_sentences(text: str) -> list[str]:
    """Sentences (and dash / lettered items) of a clause's text; short pieces stay with their neighbour."""
    pieces = [p.strip() for p in _SENTENCE_END.split(" ".join(text.split())) if p and p.strip()]
    out: list[str] = []
    for piece in pieces:
        if out and (len(out[-1]) < _MIN_SENTENCE or len(piece) < _MIN_SENTENCE // 2):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


# --- answer types: what a sentence must contain to answer "bao nhiêu phần trăm", "ngày nào" ... -----
# A count: digits or a number word ("ít nhất một lãnh đạo"); "năm" is left out, it mostly means "year".
_NUMBER = re.compile(
    r"(?<!\w)(?:\d[\d.,]*|một|hai|ba|bốn|sáu|bảy|tám|chín|mười|trăm|nghìn|one|two|three|four|five|ten)(?!\w)"
)
_ABOUT_ISSUE = re.compile(
    r"\bban hanh\b|\bso hieu\b|(?<!dua )\bra (?:truoc|sau|doi)\b|(?<!dinh )\bky\b(?! niem| hop| thuat| nang| luat| vong)|\bissued?\b|\bdated\b|\bsigned\b|\bnumber and date\b"
)
_MONEY = re.compile(
    r"\d[\d.,]*\s*(?:tỷ|triệu|nghìn|ngàn)?\s*(?:đồng(?!\s+(?:chí|bộ|thời|ý))|vnđ|vnd|usd)\b|\b(?:tỷ|triệu) đồng\b"
    r"|\bmiễn phí\b|\bkhông (?:thu|mất) (?:phí|tiền)\b|\bmiễn (?:lệ )?phí\b"
)
# a sum asked as a rate of something ("mức đóng", "mức hưởng trợ cấp" = "1% tiền lương tháng")
_RATE_ASKED = re.compile(
    r"\bmuc (?:dong|huong|ho tro)\b|\bcan cu dong\b|\b(?:cao nhat|thap nhat|toi da|toi thieu) (?:la )?bao nhieu\b|\bho tro(?: (?:hang|moi) (?:thang|nguoi|lan|nam))? (?:la )?bao nhieu\b(?! dong)|\btro cap\b|\bcontribution|\bbenefit|\bsupport\b|\ballowance"
)
# "người lao động đóng bảo hiểm thất nghiệp bao nhiêu": a rate paid (not a fine for paying late)
_PAID_ASKED = re.compile(
    r"^(?!.*\b(?:phat|xu phat|penalt\w*|fines?)\b).*\b(?:dong|nop) (?:bao hiem|quy)\b(?: \w+){0,5} (?:la )?bao nhieu\b"
)
_WAGE_TIMES = re.compile(r"\blan muc luong\b")
# the wage itself asked ("the regional minimum wage amount"): "05 lần mức lương tối thiểu" does not say it
_WAGE_ITSELF = re.compile(
    r"\b(?:minimum|regional|base|basic) (?:monthly )?wage\b|\bmuc luong (?:toi thieu|co so)\b"
)
_FEE_ASKED = re.compile(r"\b(?:le )?phi\b|\bfees?\b")
_NO_FEE = re.compile(r"(?<!\w)Không(?!\w)(?!\s+(?:được|để|quá|phải|có|thu))")
_PATTERNS = {
    "percent": re.compile(r"\d\s*%|\bphan tram\b|\bpercent"),
    "money": re.compile(r"\d[\d.,]*\s*(?:ty|trieu|nghin|ngan)?\s*(?:dong|vnd)\b|\b(?:ty|trieu) dong\b"),
    "date": re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\bngay \d{1,2}\b"),
    "year": re.compile(r"\b(?:19|20)\d\d\b"),
    # a length of time: "7 ngày làm việc", "03 tháng", "mười lăm (15) ngày", "từ 12 đến 36 tháng" (read with
    # dates removed: "ngày 23 tháng 11 năm 2025" says no "23 tháng")
    "duration": re.compile(
        r"\b\d+(?:[.,]\d+)?\)?\s*(?:ngay|thang|nam|tuan|gio|phut|days?|months?|years?|weeks?|hours?)\b"
    ),
    "regulation": re.compile(
        r"\b(?:luat|bo luat|nghi dinh|nghi quyet|thong tu|quyet dinh|chi thi|hien phap|quy dinh (?:cua|tai))\b"
    ),
    "doc_number": re.compile(r"\b\d{1,5}(?:/\d{4})?[/-][a-z]{1,8}(?:[/-][a-z0-9]{1,10})*"),
    # a rank printed as a number: "top 10", "đứng thứ 5", "ranked 5th" (not "top đầu")
    "rank": re.compile(
        r"\b(?:top|thu|hang|vi tri|rank(?:ed|ing)?|position|place)\s*(?:thu\s+)?\d+|\b\d+(?:st|nd|rd|th)\b"
    ),
}


# A question that asks for a period from one date to another, and the text that prints one
_ASKS_RANGE = re.compile(
    r"\btu ngay nao den ngay nao\b|\btu (?:khi|luc) nao den (?:khi|luc) nao\b|\bfrom (?:what|which) date\b.*\bto\b"
    r"|\bfrom when\b.*\buntil when\b|\bstart and end dates?\b|\bbegin and end\b"
)
_DATE_RANGE = re.compile(
    r"\b(?:tu|from)\s+(?:ngay\s+)?\d{1,2}(?:/\d{1,2}(?:/\d{4})?| thang \d{1,2})\b.{0,40}?"
    r"\b(?:den|toi|to|until)\s+(?:het\s+)?(?:ngay\s+)?\d{1,2}(?:/\d{1,2}(?:/\d{4})?| thang \d{1,2})"
)


# A country the evidence names, as printed (capitalised; "Pháp" but not "Pháp luật"): what "quốc gia nào?" needs
_COUNTRY = re.compile(
    r"(?<!\w)(?:Nhật Bản|Hàn Quốc|Trung Quốc|Hoa Kỳ|Mỹ|Pháp(?! (?:luật|lệnh|chế|lý|điển|quy))|Đức|Liên bang Nga|Nga"
    r"|Lào|Campuchia|Singapore|Thái Lan|Ôxtrâylia|Úc|Ấn Độ|Canada|Thụy Điển|Phần Lan|Hà Lan|Đan Mạch|Na Uy"
    r"|Thụy Sĩ|Italia|Tây Ban Nha|Indonesia|Malaysia|Philippines|Cuba|Anh Quốc|Vương quốc Anh|Japan|Korea"
    r"|China|United States|France|Germany|Russia|Laos|Cambodia|Thailand)(?!\w)"
)


# A person's name as printed: a Vietnamese family name and one to three more capitalised syllables
# ("Phó Thủ tướng Nguyễn Hòa Bình", "NGUYỄN VĂN A"); place names are blanked first ("Hà Tĩnh")
_SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lâm Mai Trịnh Đinh Trương Lương"
    " Đào Cao Hà Tạ Lưu Tô Chu Vương Quách Kiều Hứa Nông Lò Triệu Đàm Giáp Khổng"
).split()  # (not "Đoàn", "Văn", "Từ", "Thái", "Châu": "Đoàn Thanh niên", "VĂN PHÒNG", "Từ Kỳ họp", "Châu Âu")
_PERSON = re.compile(
    r"(?<!\w)(?:(?:" + "|".join(_SURNAMES) + r")(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3}"
    r"|(?:" + "|".join(n.upper() for n in _SURNAMES) + r")(?:\s+[A-ZĐÀ-Ỹ]{1,7}){1,3})(?!\w)"
)


# a name after a place or institution word names that place or institution ("đặc khu Lý Sơn", "đường Võ Văn
# Kiệt", "trường Lê Quý Đôn"), as does "Hồ Chí Minh" (the city, a museum, the Youth Union)
_NAMED_PLACE = re.compile(
    r"(?i:\b(?:đặc khu|xã|phường|huyện|quận|thị xã|thị trấn|thành phố|tỉnh|đường|phố|trường|bảo tàng|cảng|sân bay"
    r"|cầu|sông|đảo|khu|làng|thôn|bản|ấp))\s+(?:[A-ZĐ]\w*(?:\s+|$)){1,4}|Hồ Chí Minh|HỒ CHÍ MINH"
)


def _person_named(text: str) -> str | None:
    """The first person's name `text` prints, outside place names."""
    from assistant.glossary import find_provinces

    # (a header prints places in capitals: "TỈNH CAO BẰNG" is no "Cao …" by name)
    spans = [*find_provinces(text)]
    titled = text.title()
    if len(titled) == len(text):
        spans += find_provinces(titled)
    for _, start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    text = _NAMED_PLACE.sub(lambda m: " " * len(m.group(0)), text)
    for m in _PERSON.finditer(text):
        words = m.group(0).split()
        # a title in capitals opens with a surname too: "PHẠM VI TỈNH", "HÀ NỘI", "LÊ DUẨN" stays
        if m.group(0).isupper() and words[1] in _CAPITAL_WORDS:
            continue
        return m.group(0)
    return None


# a title a question asks the holder's name of, and the title as the documents print it (folded; the
# question's own Vietnamese title, or its English one)
_TITLES = (
    (r"\b(?:director|giam doc)\b", "giam doc"),
    (r"\b(?:rector|hieu truong)\b", "hieu truong"),
    (r"\b(?:deputy minister|thu truong)\b", "thu truong"),
    (r"\b(?:general secretary|secretary general|tong bi thu)\b", "tong bi thu"),
    (r"\b(?:chairman|chairwoman|chairperson|chair|chu tich)\b", "chu tich"),
    (r"\b(?:director[- ]general|vu truong)\b", "vu truong"),
    (r"\b(?<!deputy )(?<!prime )(?<!vice )minister\b|\bbo truong\b", "bo truong"),
    (r"\b(?:prime minister|thu tuong)\b", "thu tuong"),
    (r"\bcuc truong\b", "cuc truong"),
    (r"\btruong ban\b", "truong ban"),
    (r"\b(?:chief of (?:the )?office|chanh van phong)\b", "chanh van phong"),
)


# words of headings in capitals that are no part of a name
_CAPITAL_WORDS = frozenset(
    # (not syllables that are names too: "Văn", "Quốc", "Trung", "Chính", "Định", "Gia")
    "VI TỈNH THÀNH PHỐ DÂN BAN NHÂN HỘI XÃ PHƯỜNG NƯỚC NHÀ HÀNH PHÁP LUẬT ĐẢNG ỦY UỶ KẾ HOẠCH NGHỊ CHỦ TỊCH "
    "TRƯỞNG BỘ SỞ CỤC VỤ DU LỊCH ƯƠNG".split()
)


# What says that a document replaces another (folded)
_REPLACES = re.compile(
    r"\b(?:thay the|bai bo) (?:cac |the )?(?:luat|nghi dinh|nghi quyet|thong tu|quyet dinh|chi thi|quy dinh|ke hoach"
    r"|van ban)\b|\bhet hieu luc\b"
)
# What says where something is held or done: a venue, an office, an address
# a body something is sent or reported to: "tổng hợp gửi Văn phòng Tỉnh ủy", "phản ánh về Sở Tư pháp", "báo cáo
# Ủy ban nhân dân tỉnh (qua Sở Nội vụ)"
_CAPITAL = "A-ZĐÂÊÔƠƯĂÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ"
_DESTINATION = re.compile(
    # the verb or preposition that sends ("về" only after a verb: "báo cáo về Bộ luật …" is what it is about)
    # ("báo cáo kết quả thực hiện về Sở …": what is sent may stand between)
    r"(?i:\b(?:gửi|đến|tới|cho|lên|qua|trình|báo cáo)|\b(?:gửi|phản ánh|báo cáo|chuyển|nộp|tổng hợp)(?:\s+\w+){0,4}?\s+về)"
    r"\s+(?:(?i:về|đến|cho)\s+)?"
    # a body by its name: a head word and a capitalised name ("Sở Tư pháp", not "Ban hành", "Bộ luật"), or a
    # whole name
    rf"(?:(?:Sở|Bộ|Ban|Cục|Vụ|Phòng|Trung tâm|Thanh tra|Công an|Hội đồng|Văn phòng|Đảng ủy|Đảng đoàn|Kho bạc|Quỹ"
    rf"|Viện|Tòa án|Chủ tịch|Thường trực|Ủy ban)\s+[{_CAPITAL}]"
    r"|UBND\b|Ủy ban nhân dân\b|Chính phủ\b|Thủ tướng\b|Quốc hội\b|Tỉnh ủy\b|Thành ủy\b"
    r"|(?i:cơ quan (?:thường trực|đầu mối|chủ trì)\b))"
)
_LOCATION = re.compile(
    r"\b(?:địa điểm|trụ sở|hội trường|bộ phận một cửa|cổng dịch vụ|cổng thông tin|trang thông tin|nhà văn hóa"
    r"|số nhà)\b|\b(?:tại|ở) (?:các )?trung tâm\b|\b(?:tại|ở) nước ngoài\b"
    # where a message is shown: "trên bảng quang báo …", "tại các nhà chờ xe buýt", "trên các phương tiện …"
    r"|\b(?:tại|ở|trên) (?:các )?(?:bảng (?:tin|quang báo|điện tử)|màn hình|pano|nhà chờ|phương tiện|website"
    r"|trang (?:web|điện tử|mạng)|cổng|báo(?! cáo)|đài|mạng xã hội)\b"
    # a named institution where a thing is done: "triển khai thí điểm tại Bệnh viện Hùng Vương"
    r"|\b(?:tại|ở) (?:các )?(?:bệnh viện|trường|trạm y tế|cơ sở y tế|khu công nghiệp|khu dân cư|nhà thi đấu"
    r"|sân vận động|công viên|quảng trường)\b",
    re.IGNORECASE,
)


# The header line of a document: where and when it was signed
_SIGNED_AT = re.compile(
    r"(?m)(?:^\s*|Số:?\s*\S+\s+)(?:TP\.\s*)?[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3},\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}"
    r"\s+năm\s+\d{4}"
)


# A time limit as a date: "trước ngày 30/11/2025", "chậm nhất ngày 15 tháng 12", "đến hết tháng 6/2026"
_BOUND_DATE = re.compile(
    r"\b(?:truoc|den(?: het)?|cham nhat(?: la)?|han(?: cuoi)?|before|by|until)\s+(?:ngay\s+|thang\s+)?\d{1,2}(?:/\d{1,2}|\s+thang\b)"
)
# Dates as printed ("19/11/2025", "ngày 19 tháng 11 năm 2025", "tháng 5/2025", "năm 2025"): numbers that
# are no count.
_DOC_NUMBER_WORDS = re.compile(r"(?<![\w/])\d+(?:/\d+)*/[^\W\d_][\w-]*")
# "quy định tại khoản 2", "Điều 19", "thuộc nhóm 1 và nhóm 2.": the number of a part or a group is no count
_PART_NUMBER_WORDS = re.compile(
    # (not "danh mục 02 thủ tục": a list of two; nor "vào nhóm 3 nước dẫn đầu", a group of three)
    r"\b(?:khoản|điều|điểm|(?<!danh )mục|chương|phần|phụ lục|tiết|quy trình|hoạt động|bước)\s+\d+(?:\.\d+)*\b"
    r"|\bnhóm\s+\d+(?=\s*(?:[,.;:)]|$|và\b|hoặc\b))"
)
_DATE_WORDS = re.compile(
    r"(?<!\w)\d{1,2}/\d{1,2}/\d{4}(?!\d)|(?:ngày\s+\d{1,2}\s+)?tháng\s+\d{1,2}\s+năm\s+\d{4}"
    r"|tháng\s+\d{1,2}/\d{4}|năm\s+(?:19|20)\d\d(?!\d)"
)


# Counting words that stand for any noun of their kind ("bao nhiêu người" is answered by "05 cán bộ").
_CLASSIFIERS = frozenset({"nguoi", "cai", "con", "chiec", "ca", "vi"})
# what a number counts when it counts no people (folded first words: "02 lớp", "3 năm", "5 văn bản"; not
# a sum, which a question asking two things may be answered by beside the people: "… bao nhiêu người chết
# và thiệt hại bao nhiêu")
_NOT_PEOPLE = frozenset(
    "lớp năm tháng ngày tuần giờ lần đợt buổi khóa khoá văn nhiệm phần ha km xã phường tỉnh huyện".split()
)
# (typed without tone marks only the words that fold to no word for people: not "tinh" of "tình nguyện
# viên", "nam" of "nam giới", "khoa" of "khóa sinh")
_NOT_PEOPLE_FOLDED = frozenset("lop thang ngay tuan gio lan dot buoi".split())


# A question about a document ("Nghị quyết 140/NQ-CP ngày nào?", "Kế hoạch của Tỉnh ủy … có ngày nào?")
# asks that document's date; one that also names an event or a time limit ("gửi báo cáo trước ngày nào",
# "diễn ra từ ngày nào") asks the event's
_DOCUMENT_WORD = re.compile(
    r"\b(?:ke hoach|quyet dinh|nghi quyet|nghi dinh|thong tu|cong van|cong dien|chi thi|chuong trinh"
    r"|(?<!phap )luat|kh|qd|nq|nd|tt|cv|plan|decision|resolution|decree|circular|dispatch|directive|law)\b"
    r"|\bquy dinh (?:so )?\d|\d+(?:/\d{4})?[/-][a-z]"
)
_EVENT_WORD = re.compile(
    r"\b(?:truoc ngay|truoc \d{1,2}/\d|xong|hoan thanh|dien ra|bat dau|ket thuc|bao cao(?! so)|gui|thoi han|han|tu ngay|den ngay"
    r"|khi nao|hoi nghi|nop|(?<!to )(?<!quy )(?<!lo )(?<!chuong )trinh|by when|deadline|before|due|held|start|end"
    r"|submit\w*|report\w*|complet\w*|finish\w*|sen[dt]|by what date|scheduled)\b"
)


@lru_cache(maxsize=1024)
def asks_a_documents_date(fq: str) -> bool:
    return bool(_DOCUMENT_WORD.search(fq)) and not _EVENT_WORD.search(fq)


@lru_cache(maxsize=1024)
def _date_reading(question: str) -> tuple[frozenset[str], bool]:
    """(numbers the question states, whether cited documents' dates are set aside), once per question."""
    fq = fold(question)
    given = frozenset(re.findall(r"\d+", fq))
    if _MUST_ISSUE.search(fq):
        # "By what date must the Central Party Office issue the framework?": a time limit to issue something,
        # which a cited document's date of issue ("Quyết định số 333-QĐ/TW, ngày 24/6/2025") does not say
        return given, True
    return given, not _ABOUT_ISSUE.search(fq) and not asks_a_documents_date(fq)


_HEADER_DATE = re.compile(r"\bso:? [\w./-]*\d[\w./-]*\s+[a-z ]{2,30}, ngay \d{1,2} thang \d{1,2} nam \d{4}")
_MUST_ISSUE = re.compile(
    r"\b(?:must|shall|has to|have to|phai)\b[^?.;]{0,60}\b(?:issue|ban hanh)\b"
    r"|\b(?:deadline|due date|thoi han|han chot)\b[^?.;]{0,30}\b(?:issu(?:e|ing)|ban hanh)\b"
)


def has_answer_type(text: str, answer_type: str | None, count_noun: str = "", question: str = "") -> bool:
    """Whether `text` holds the kind of value the question asks for (True when it asks for none). A value
    the question itself states ("Nghị quyết 66", "năm 2026") does not count: it is not the answer."""
    if not answer_type:
        return True
    f = fold_tones(text)
    if question and answer_type in ("doc_number", "date", "year"):
        given, set_aside = _date_reading(question)
        if answer_type == "date" and set_aside:
            # "Quyết định số 3531/QĐ-BTC ngày 17 tháng 10 năm 2025": the date of a cited document is when it
            # was issued, not the date of the event the question asks about
            f = DOC_DATE.sub(" ", f)
            # (nor the document's own header: "Số: 384-QĐ/TW Hà Nội, ngày 19 tháng 11 năm 2025")
            f = _HEADER_DATE.sub(" ", f)
        if answer_type == "date" and _ASKS_RANGE.search(fold(question)) and not _DATE_RANGE.search(f):
            return (
                False  # "từ ngày nào đến ngày nào": a period, printed as one ("Từ ngày 15/11 đến ngày 15/12")
            )
        pattern = _PATTERNS[answer_type]
        for m in pattern.finditer(f):
            lead = re.match(r"\D*(\d+)", m.group(0))
            if lead and lead.group(1) not in given:
                return True
        return False
    if answer_type == "duration":
        # ("khôi phục sản xuất trong bao lâu?" is answered by a time limit too: "trước ngày 30/11/2025")
        return bool(
            _PATTERNS["duration"].search(fold(_DATE_WORDS.sub(" ", normalize_tones(text).lower())))
        ) or bool(_BOUND_DATE.search(f))
    if answer_type == "count":
        # "2. Các sở, ban, ngành …", "a) …": the number of a list item is not a count
        accented = re.sub(r"(?:^|(?<=[.;:]\s))(?:\d{1,2}|[a-zđ])[.)]\s", " ", normalize_tones(text).lower())
        # a date is no count: "ngày 19 tháng 11 năm 2025" does not say "11 năm"
        accented = _DATE_WORDS.sub(" ", accented)
        accented = _DOC_NUMBER_WORDS.sub(
            " ", accented
        )  # nor a document's number ("Nghị định số 80/2025/NĐ-CP")
        # "một số khu vực": some, not one; "Mô hình một cửa": one-stop, not one
        accented = re.sub(r"\bmột (?:số|vài|cửa)\b", " ", accented)
        accented = _PART_NUMBER_WORDS.sub(" ", accented)
        noun = fold(count_noun).split()[0] if count_noun.strip() else ""
        people = noun == "nguoi"
        if noun in _CLASSIFIERS:
            noun = ""  # "bao nhiêu người": "một lãnh đạo", "05 cán bộ" count people without saying "người"
        # with its tone marks when the question has them: "cán bộ" is not "Căn cứ"
        first = normalize_tones(count_noun).lower().split()[0] if noun else ""
        marked = first if first and fold(first) != first else ""  # the first word, when it carries marks
        for m in _NUMBER.finditer(accented):
            after = accented[m.end() : m.end() + 40]
            following = re.findall(r"\w+", fold(after))[:2]  # "02 lớp/năm"
            printed = re.findall(r"\w+", after)[:1]
            if (
                people
                and printed
                and (
                    printed[0] in _NOT_PEOPLE
                    if fold(printed[0]) != printed[0]
                    else printed[0] in _NOT_PEOPLE_FOLDED
                )
            ):
                continue  # "bao nhiêu người": "02 lớp/năm" counts classes
            if not noun or (noun in following and (not marked or marked in re.findall(r"\w+", after)[:2])):
                return True
        return False
    if answer_type == "money":
        # "đồng" read with its tone marks ("3 đồng chí", "cộng đồng" fold to the same letters); a rate
        # ("1% tiền lương tháng", "05 lần mức lương cơ sở") or "miễn phí" also says how much
        accented = normalize_tones(text)
        fq = fold(question)
        if _MONEY.search(accented.lower()):
            return True
        if (
            (_RATE_ASKED.search(fq) or _PAID_ASKED.search(fq))
            and not _WAGE_ITSELF.search(fq)
            and (_PATTERNS["percent"].search(f) or _WAGE_TIMES.search(f))
        ):
            return True  # not when the wage itself is asked ("mức lương tối thiểu vùng là bao nhiêu")
        # a fee column that prints "Không" (no fee)
        return bool(
            _FEE_ASKED.search(fq) and re.search(r"\bphí\b", accented.lower()) and _NO_FEE.search(accented)
        )
    if answer_type == "place":  # a province or city by name
        from assistant.glossary import find_provinces

        # not where the document was signed ("Hà Nội, ngày 27 tháng 11 năm 2025", its header)
        return bool(find_provinces(_SIGNED_AT.sub(" ", normalize_tones(text))))
    if answer_type == "provinces":  # a province by its name, other than those the question names
        from assistant.glossary import find_provinces

        said = fold(question)
        printed = normalize_tones(text)
        named = [name for name, _, _ in find_provinces(printed) if fold(name) not in said]
        # (or one the gazetteer does not know, printed after "tỉnh": "tỉnh Xiêng Khoảng")
        # (on one line: not a record's next field, "… cấp tỉnh⏎Thời gian: …")
        named += [
            m
            for m in re.findall(rf"\btỉnh:?[ \t]+([{_CAPITAL}]\w+(?:[ \t]+[{_CAPITAL}]\w+)*)", printed)
            if fold(m) not in said
        ]
        return bool(named)
    if answer_type == "replaces":
        return bool(_REPLACES.search(f))
    if answer_type == "destination":
        return bool(_DESTINATION.search(normalize_tones(text)))
    if answer_type == "location":
        return bool(_LOCATION.search(normalize_tones(text)))
    if answer_type == "person":
        named = _person_named(normalize_tones(text))
        if named is None:
            return False
        # "the name of the director of …": a name printed after another title ("Tổng Bí thư Tô Lâm") is
        # someone else's
        titles = [vi for en, vi in _TITLES if re.search(en, fold(question))]
        if not titles:
            return True
        folded = fold_tones(text)
        at = folded.find(fold(named))
        before = folded[: max(0, at)][-60:]
        # ("Bà Lê Thị Hoa, Chánh Văn phòng UBND tỉnh": the title may follow the name)
        after = folded[at + len(fold(named)) :][:40] if at >= 0 else ""
        if not any(re.search(rf"\b{t}\b", before) or re.match(rf"\s*[,(-]\s*{t}\b", after) for t in titles):
            return False
        # the title printed nearest the name is the one it holds: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH <name>" signs a
        # vice-chair's name, not the chair's (unless a deputy is asked); read with its marks ("phó", not the
        # "phố" of "thành phố")
        asked = normalize_tones(question).lower()
        if re.search(r"\b(?:phó|deputy|vice)\b", asked):
            return True
        printed = normalize_tones(text).lower()
        at = printed.find(named.lower())
        return not re.search(r"\bphó\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*$", printed[max(0, at - 40) : max(0, at)])
    if answer_type == "contact":
        # a telephone number ("0206.3852.123", "(028) 3829 1234") or an e-mail address
        # (not a sum, "2.050.000.000 đồng", whose digits run on around it)
        return bool(
            re.search(
                r"(?<![\d.,/+])(?:\+84[ .-]?\(?0?|\(?0)\d{1,4}\)?(?:[ .-]?\d){6,10}(?![\d/]|[.,]\d)"
                r"|(?<![\d.,/])1[89]00[ .]?\d{3,4}(?:[ .]?\d{2,4})?(?![\d/]|[.,]\d)|[\w.-]+@[\w-]+\.\w",
                text,
            )
        )
    if answer_type == "country":
        return bool(_COUNTRY.search(normalize_tones(text)))
    pattern = _PATTERNS.get(answer_type)
    return bool(pattern.search(f)) if pattern else True


def highlights(question_terms: Terms, quote: str, limit: int = 12) -> tuple[str, ...]:
    """Words of the quote that the question also has (as printed in the quote), for highlighting."""
    out: list[str] = []
    for word in re.findall(r"[^\W_]+(?:[/-][^\W_]+)*", quote):
        key = fold_tones(word)
        if key in question_terms.unigrams and key not in STOP and word not in out:
            out.append(word)
            if len(out) >= limit:
                break
    return tuple(out)


def best_sentences(
    stats: Stats, query: Terms, text: str, k: int = 2, min_ratio: float = 0.7
) -> list[tuple[float, str]]:
    """The k sentences of `text` that cover the query best (score, sentence), in text order."""
    weights = stats.weights(query)
    scored = [(stats.coverage(query, terms(s), weights), i, s) for i, s in enumerate(split_sentences(text))]
    if not scored:
        return []
    top = max(score for score, _, _ in scored)
    keep = sorted((x for x in scored if x[0] >= top * min_ratio), key=lambda x: -x[0])[:k]
    return [(score, s) for score, _, s in sorted(keep, key=lambda x: x[1])]


_BULLET = re.compile(r"^[-–•+]\s|^[a-zđ]\)\s")
MAX_WINDOW = 700
# a sentence that qualifies the one before it: "Trường hợp …", "Trong trường hợp …", "Riêng …", "Nếu …"
_EXCEPTION = re.compile(r"^(?:Trường hợp|Trong trường hợp|Riêng|Nếu|Ngoại trừ)\s", re.IGNORECASE)


def _says(word: str | re.Pattern[str]):
    """A test of whether a sentence says `word`: a string as a whole word of the sentence, a pattern in the
    folded sentence."""
    if isinstance(word, str):
        return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)").search
    return lambda text: word.search(fold(text))


def quote_window(
    sentences: Sequence[str],
    scores: Sequence[float],
    best: int,
    plural: bool,
    two_asks: bool = False,
    wanted: Sequence[str | re.Pattern[str]] = (),
) -> str:
    """The quote around the best sentence: an introduction ("… gồm:", "Kính gửi") goes on with the items
    that follow it; a question asking for several things takes the neighbouring sentences that also match
    (and one asking two things, "how many … and what …", those that match less: each may say one). A
    `wanted` word the window lacks (one of two years asked: "mục tiêu năm 2027 và năm 2028") takes the
    sentences up to the next one that says it, two at most; a `wanted` pattern is looked for in the folded
    sentences (a time asked: "… phòng chống dịch bệnh sau lũ. Không để …; hoàn thành trước ngày 30/11/2025")."""
    start = end = best
    length = len(sentences[best])

    def fits(i: int) -> bool:
        return length + len(sentences[i]) + 1 <= MAX_WINDOW

    intro = sentences[best].rstrip().endswith(":") or (
        best + 1 < len(sentences)
        and _BULLET.match(sentences[best + 1])
        and not _BULLET.match(sentences[best])
    )
    while intro and end + 1 < len(sentences) and _BULLET.match(sentences[end + 1]) and fits(end + 1):
        end += 1
        length += len(sentences[end]) + 1
    if plural or two_asks:
        floor = scores[best] * (0.3 if two_asks else 0.6)
        while end + 1 < len(sentences) and scores[end + 1] >= floor and fits(end + 1):
            end += 1
            length += len(sentences[end]) + 1
        while start > 0 and scores[start - 1] >= floor and fits(start - 1):
            start -= 1
            length += len(sentences[start]) + 1
    # "3. Hiệu trưởng … quyết định cử đi đào tạo … Trường hợp nội dung đào tạo ở nước ngoài liên quan đến … thì phải
    # lấy ý kiến Vụ Hợp tác quốc tế": a rule is quoted with the exception that follows it
    while end + 1 < len(sentences) and _EXCEPTION.match(sentences[end + 1]) and fits(end + 1):
        end += 1
        length += len(sentences[end]) + 1
    # (and an exception with the rule before it, which says whom and what it qualifies)
    while start > 0 and _EXCEPTION.match(sentences[start]) and fits(start - 1):
        start -= 1
        length += len(sentences[start]) + 1
    for word in wanted:
        said = _says(word)
        if any(said(s) for s in sentences[start : end + 1]):
            continue
        after = next((i for i in range(end + 1, min(end + 3, len(sentences))) if said(sentences[i])), None)
        before = next((i for i in range(start - 1, max(start - 3, -1), -1) if said(sentences[i])), None)
        if (
            after is not None
            and length + sum(len(x) + 1 for x in sentences[end + 1 : after + 1]) <= MAX_WINDOW
        ):
            length += sum(len(x) + 1 for x in sentences[end + 1 : after + 1])
            end = after
        elif before is not None and length + sum(len(x) + 1 for x in sentences[before:start]) <= MAX_WINDOW:
            length += sum(len(x) + 1 for x in sentences[before:start])
            start = before
    return " ".join(sentences[start : end + 1])


def agency_mentioned(text: str) -> bool:
    """Whether a passage names some agency (used to find body clauses that assign a task)."""
    from indexer.agencies import find_agencies

    return bool(find_agencies(text))


def share_of(values: Sequence[float], threshold: float) -> float:
    return sum(1 for v in values if v >= threshold) / len(values) if values else 0.0


# --- support: do the index and the chosen evidence know what the question names? ------------------
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_START = re.compile(r"(?:^|[.?!:;…]\s*|[\"“(]\s*)$")


class Vocabulary:
    """The words of the index: its BM25 tokens (word-segmented, "pháp_luật"), its texts (lower case) for
    whole-phrase look-ups, and its folded syllable pairs joined ("vietnam") for unaccented names."""

    def __init__(self, tokens: Iterable[str], texts: Iterable[str], stats: Stats | None = None) -> None:
        self.tokens = frozenset(tokens)
        self._text = "\n".join(normalize_tones(t).lower() for t in texts)
        self._joined = frozenset(k.replace(" ", "") for k in (stats.df if stats else ()) if " " in k)
        self._folded = frozenset(k for k in (stats.df if stats else ()) if " " not in k)
        self._pairs = frozenset(k for k in (stats.df if stats else ()) if " " in k)

    def prints(self, phrase: str) -> bool:
        """Whether some passage prints the phrase whole (tone marks normalised, any case)."""
        low = " ".join(normalize_tones(phrase).lower().split())
        return bool(low) and re.search(rf"(?<!\w){re.escape(low)}(?!\w)", self._text) is not None

    def marked_forms(self, folded: str) -> set[str]:
        """The ways (marks kept, lower case) the passages print a phrase typed without marks ("cong phap
        luat" → {"cổng pháp luật"}); empty when none prints it."""
        if not hasattr(self, "_folded_text"):
            text = fold(self._text)
            self._folded_text = text if len(text) == len(self._text) else ""
        key = " ".join(folded.split())
        if not key or not self._folded_text:
            return set()
        text, out, at = self._folded_text, set(), self._folded_text.find(key)
        while at >= 0:
            end = at + len(key)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                out.add(self._text[at:end])
            at = text.find(key, at + 1)
        return out

    def ends_otherwise(self, phrase: str, after: int = 2) -> bool:
        """Whether some passage prints the phrase's first words (`after` or more: the head noun and one more)
        and goes on otherwise ("Quỹ nhà ở trung ương" beside "Quỹ nhà ở địa phương")."""
        words = normalize_tones(phrase).lower().split()
        for k in range(after, len(words)):
            head = " ".join(words[:k])
            if any(w != words[k] for w in re.findall(rf"(?<!\w){re.escape(head)} (\w+)", self._text)):
                return True
        return False

    def compound(self, words: Sequence[str]) -> bool:
        """Whether the words, side by side, are one word of the index ("Kế" "hoạch" → "kế_hoạch")."""
        return "_".join(normalize_tones(w).lower() for w in words) in self.tokens

    def _splits(self, token: str) -> bool:
        """Whether `token` is index words side by side: the segmenter may join what the documents keep
        apart ("trình_nghị_quyết" = "trình" + "nghị_quyết"); "nhật_bản" does not split ("nhật" is no word)."""
        parts = token.split("_")
        ok = [True] + [False] * len(parts)
        for end in range(1, len(parts) + 1):
            ok[end] = any(ok[start] and "_".join(parts[start:end]) in self.tokens for start in range(end))
        return ok[-1]

    def knows(self, phrase: str) -> bool:
        """Whether the index has `phrase` as a word of its own: its word-segmented tokens are index tokens,
        or (several words) the whole phrase is printed somewhere. One syllable of a compound does not
        count: "Pháp" (France) is not "pháp luật", "Bản" is not "ban hành"."""
        from indexer.tokenize import tokenize

        tokens = [t for t in tokenize(phrase) if not t.isdigit()]
        if not tokens or all(self._splits(t) for t in tokens):
            return True
        low = normalize_tones(phrase).lower().strip()
        if len(low.split()) >= 2 and re.search(rf"(?<!\w){re.escape(low)}(?!\w)", self._text):
            return True
        if fold(phrase) == phrase.lower():  # "Vietnam", "ASEAN": no accents, matched on folded syllables
            words = fold(phrase).split()
            if len(words) >= 2 and all(
                f"{a} {b}" in self._pairs for a, b in zip(words, words[1:], strict=False)
            ):
                return True  # "LINH VUC BAO CHI": unaccented words the documents print side by side
            key = fold(phrase).replace(" ", "")
            # one unaccented word: a syllable of the index, or a function word ("De" of "De an" = "để"/"đề")
            return key in self._joined or (
                " " not in fold(phrase).strip() and (key in self._folded or key in STOP)
            )
        return False


def name_phrases(text: str, skip: Sequence[tuple[int, int]] = (), compound=lambda words: False) -> list[str]:
    """The names a question uses: runs of capitalised words ("Nhật Bản", "Pháp", "AFF Cup", "Japan").
    The capital of a sentence's first word is the sentence's, not a name's; a capitalised word that forms a
    compound with the lower-case word after it (`compound(("Kế", "hoạch"))`: "Kế hoạch", "Nghị quyết") is a
    title-cased common noun, and the run takes that word along. Words inside `skip` (places, agencies,
    glossary terms the question was understood by) are left out."""
    words = [m for m in _WORD.finditer(text) if not any(s < m.end() and m.start() < e for s, e in skip)]
    runs: list[list[re.Match[str]]] = []
    for i, m in enumerate(words):
        capital = m.group(0)[0].isupper() and not _SENTENCE_START.search(text[: m.start()])
        prev = runs[-1][-1] if runs else None
        joined = prev is not None and not text[prev.end() : m.start()].strip(" -")
        if capital and joined and prev is words[i - 1]:
            runs[-1].append(m)
        elif capital:
            runs.append([m])
        elif joined and prev is words[i - 1] and compound((prev.group(0), m.group(0))):
            runs[-1].append(m)  # "Kế" + "hoạch"
    out = []
    for run in runs:
        phrase = text[run[0].start() : run[-1].end()]
        if phrase not in out:
            out.append(phrase)
    return out
