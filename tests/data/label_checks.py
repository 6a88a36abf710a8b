"""What the make_labels.py of a folder of labelled articles shares: the label constructors C(), S()
and N(), the checks, and the writing of labels.json. A folder's make_labels.py holds its hand labels
of casualty figures, cited sources and the numbers in the text that are NOT casualty figures, and
calls main(); it writes labels.json next to itself.

    python3 make_labels.py            # check every label, then write labels.json
    python3 make_labels.py --show     # also print every label with its context, for review
    python3 make_labels.py --stats    # also print phrasing-category counts (add --json for JSON)

Each label is located by string search: the n-th occurrence (0-based, `nth`) of its exact text, counting
only occurrences that do not start or end inside a word. Spans are Unicode code points (Python string
indices) over the file's exact contents, end exclusive. The script stops with an error when a label is
not found, when text[s:e] differs from the label, when spans in one list overlap, when attributes are
inconsistent with the wording, or when a number in the text is covered by no label at all.
"""
import json, os, re, sys
from collections import Counter


OUTCOMES = {'killed', 'injured', 'missing', 'detained', 'displaced'}
QUALIFIERS = {'exact', 'approx', 'at-least', 'at-most', 'range', 'vague'}
GROUPS = {'people', 'civilians', 'children', 'women', 'men', 'fighters', 'soldiers', 'other'}
SOURCE_TYPES = {'official', 'military', 'ngo', 'media', 'witness', 'anonymous', 'other'}
SOURCE_FORMS = {'title-name', 'name', 'role', 'organisation', 'media', 'anonymous', 'collective', 'document'}
NUMBER_KINDS = {'date', 'year', 'time', 'age', 'money', 'distance', 'duration', 'percentage', 'vote',
                'count-objects', 'count-people', 'population', 'quantity', 'other'}


def C(text, outcome, value, qualifier, group, nth=0, low=None, high=None, sub=None, id=None, tags=''):
    """A casualty figure. sub: the id of the figure it breaks down; tags: space-separated
    (contradicted = disputed by another source, repeat = same figure restated, update = revised toll)."""
    return dict(text=text, nth=nth, outcome=outcome, value=value, low=low, high=high,
                qualifier=qualifier, group=group, sub=sub, id=id, tags=tags.split())


def S(text, type, nth=0, form=None):
    """A mention of a cited source. form is only for the statistics (derived when not given)."""
    return dict(text=text, nth=nth, type=type, form=form)


def N(text, kind, nth=0):
    """A number in the text that is not a casualty figure (a distractor a detector must not label)."""
    return dict(text=text, nth=nth, kind=kind)


# ---------------------------------------------------------------- checking and writing

_UNITS = ('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen '
          'sixteen seventeen eighteen nineteen').split()
_TENS = dict(twenty=20, thirty=30, forty=40, fifty=50, sixty=60, seventy=70, eighty=80, ninety=90)
WORDNUM = {w: i for i, w in enumerate(_UNITS)}
WORDNUM.update(_TENS)
VAGUE_WORDS = ['tens of thousands', 'a number of', 'dozens', 'scores', 'hundreds', 'thousands', 'several',
               'handful']
# Every token this finds in an article must lie inside a casualty or a non-casualty label.
NUMBER_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|\b(?:" + "|".join(
    list(WORDNUM) + ['hundreds?', 'thousands?', 'millions?', 'billions?', 'dozens?', 'scores?',
                     'several', 'handful', 'a number of']) + r")\b", re.I)
QUAL_WORDS = {
    'at-least': ['at least', 'more than', 'over', 'upwards of'],
    'at-most': ['nearly', 'almost', 'up to', 'as many as', 'fewer than'],
    'approx': ['about', 'around', 'some', 'roughly', 'an estimated', 'approximately'],
}


class LabelError(Exception):
    pass


def occurrences(t, s):
    out, i = [], t.find(s)
    while i != -1:
        j = i + len(s)
        bad_start = s[0].isalnum() and i > 0 and t[i - 1].isalnum()
        bad_end = s[-1].isalnum() and j < len(t) and t[j].isalnum()
        if not (bad_start or bad_end):
            out.append(i)
        i = t.find(s, i + 1)
    return out


def locate(t, s, nth, where):
    occ = occurrences(t, s)
    if nth >= len(occ):
        raise LabelError(f'{where}: {s!r} occurrence {nth} not found ({len(occ)} found)')
    return [occ[nth], occ[nth] + len(s)]


def has_word(text, w):
    return re.search(r'(?<![\w-])' + re.escape(w) + r'(?![\w-])', text, re.I) is not None


def parse_numbers(text):
    """Numeric values stated in a phrase, in order: 1,200 / 6.8 million / twelve / a dozen / two dozen."""
    vals = []
    pat = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)(\s+(?:million|billion))?|\b([a-z]+(?:-[a-z]+)?)\b", re.I)
    words = [m for m in pat.finditer(text)]
    k = 0
    while k < len(words):
        m = words[k]
        if m.group(1):
            v = float(m.group(1).replace(',', ''))
            if m.group(2):
                v *= 1e6 if 'million' in m.group(2).lower() else 1e9
            vals.append(round(v))
        else:
            w = m.group(3).lower()
            parts = w.split('-')
            if all(p in WORDNUM for p in parts):
                v = sum(WORDNUM[p] for p in parts)
                nxt = words[k + 1].group(3) if k + 1 < len(words) and words[k + 1].group(3) else ''
                if nxt.lower() == 'dozen':
                    v *= 12
                    k += 1
                vals.append(v)
            elif w == 'dozen':
                prev = words[k - 1].group(3) if k > 0 and words[k - 1].group(3) else ''
                if prev.lower() in ('a', 'one'):
                    vals.append(12)
        k += 1
    return vals


def check_casualty(c, where):
    t = c['text']
    if c['outcome'] not in OUTCOMES or c['qualifier'] not in QUALIFIERS or c['group'] not in GROUPS:
        raise LabelError(f'{where}: bad attribute in {c}')
    q = c['qualifier']
    nums = parse_numbers(t)
    if q == 'range':
        if c['value'] is not None or not (isinstance(c['low'], int) and isinstance(c['high'], int)):
            raise LabelError(f'{where}: range needs value null and integer low/high: {t!r}')
        if c['low'] >= c['high'] or nums[:2] != [c['low'], c['high']]:
            raise LabelError(f'{where}: range bounds {c["low"]}-{c["high"]} do not match {t!r} ({nums})')
    else:
        if c['low'] is not None or c['high'] is not None:
            raise LabelError(f'{where}: low/high are only for ranges: {t!r}')
    if q == 'vague':
        if c['value'] is not None or not any(has_word(t, w) for w in VAGUE_WORDS):
            raise LabelError(f'{where}: vague needs value null and a vague word: {t!r}')
    elif q != 'range':
        if not isinstance(c['value'], int) or not nums or nums[0] != c['value']:
            raise LabelError(f'{where}: value {c["value"]} does not match {t!r} ({nums})')
    for qual, words in QUAL_WORDS.items():
        found = [w for w in words if has_word(t, w)]
        if q == qual and not found:
            raise LabelError(f'{where}: qualifier {q} but no {words} in {t!r}')
        if q in ('exact', 'range') and found:
            raise LabelError(f'{where}: qualifier {q} but {found} in {t!r}')
    if not NUMBER_TOKEN.search(t):
        raise LabelError(f'{where}: no quantity token in {t!r}')


def no_overlap(items, where, what):
    spans = sorted((x['span'][0], x['span'][1], x['text']) for x in items)
    for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
        if s2 < e1:
            raise LabelError(f'{where}: overlapping {what} {t1!r} [{s1},{e1}) and {t2!r} [{s2},{e2})')


def check_layout(t, name):
    if '\r' in t or t.startswith('\ufeff') or not t.endswith('\n') or t.endswith('\n\n'):
        raise LabelError(f'{name}: line endings / BOM / final newline')
    paras = t[:-1].split('\n\n')
    for p in paras:
        if not p or '\n' in p or p != p.strip():
            raise LabelError(f'{name}: paragraphs must be single lines separated by one blank line')
    words = len(t.split())
    if not 250 <= words <= 550:
        raise LabelError(f'{name}: {words} words, want 250-550')
    return words, len(paras)


def build(here, articles):
    out = {}
    for name in sorted(articles):
        path = os.path.join(here, name)
        with open(path, encoding='utf-8', newline='') as f:
            t = f.read()
        words, paras = check_layout(t, name)
        lab = articles[name]
        cas = []
        for c in lab['casualty']:
            where = f'{name} casualty {c["text"]!r}'
            check_casualty(c, where)
            cas.append(dict(c, span=locate(t, c['text'], c['nth'], where)))
        cas.sort(key=lambda c: c['span'][0])
        ids = {c['id']: i for i, c in enumerate(cas) if c['id']}
        if len(ids) != len([c for c in cas if c['id']]):
            raise LabelError(f'{name}: duplicate casualty id')
        rows = []
        for i, c in enumerate(cas):
            sub = None
            if c['sub'] is not None:
                if c['sub'] not in ids or ids[c['sub']] == i:
                    raise LabelError(f'{name}: bad subset id {c["sub"]!r} for {c["text"]!r}')
                sub = ids[c['sub']]
            rows.append({'span': c['span'], 'text': c['text'], 'outcome': c['outcome'], 'value': c['value'],
                         'low': c['low'], 'high': c['high'], 'qualifier': c['qualifier'], 'group': c['group'],
                         'subset_of': sub, 'tags': c['tags']})
        src = []
        for s in lab['sources']:
            where = f'{name} source {s["text"]!r}'
            if s['type'] not in SOURCE_TYPES or (s['form'] and s['form'] not in SOURCE_FORMS):
                raise LabelError(f'{where}: bad type/form')
            src.append({'span': locate(t, s['text'], s['nth'], where), 'text': s['text'], 'type': s['type'],
                        '_form': s['form']})
        src.sort(key=lambda s: s['span'][0])
        num = []
        for n in lab['numbers']:
            where = f'{name} number {n["text"]!r}'
            if n['kind'] not in NUMBER_KINDS or not NUMBER_TOKEN.search(n['text']):
                raise LabelError(f'{where}: bad kind or no number')
            num.append({'span': locate(t, n['text'], n['nth'], where), 'text': n['text'], 'kind': n['kind']})
        num.sort(key=lambda n: n['span'][0])
        for items, what in ((rows, 'casualty'), (src, 'sources'), (num, 'non_casualty'), (rows + num, 'figures')):
            no_overlap(items, name, what)
        for x in rows + src + num:
            s, e = x['span']
            if t[s:e] != x['text']:
                raise LabelError(f'{name}: text[{s}:{e}] != {x["text"]!r}')
        covered = [x['span'] for x in rows + num]
        for m in NUMBER_TOKEN.finditer(t):
            if not any(s <= m.start() and m.end() <= e for s, e in covered):
                ctx = t[max(0, m.start() - 30):m.end() + 30].replace('\n', ' ')
                raise LabelError(f'{name}: number {m.group()!r} is in no label: ...{ctx}...')
        out[name] = dict(text=t, words=words, paragraphs=paras, casualty=rows, sources=src, non_casualty=num)
    return out


def write(here, built):
    doc = {'articles': {}}
    for name, b in built.items():
        doc['articles'][name] = {
            'casualty': b['casualty'],
            'sources': [{k: v for k, v in s.items() if not k.startswith('_')} for s in b['sources']],
            'non_casualty': b['non_casualty'],
        }
    with open(os.path.join(here, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write('\n')


def show(built):
    for name, b in built.items():
        t = b['text']
        print(f'== {name}')
        for kind in ('casualty', 'sources', 'non_casualty'):
            for i, x in enumerate(b[kind]):
                s, e = x['span']
                ctx = (t[max(0, s - 25):s] + '[' + t[s:e] + ']' + t[e:e + 30]).replace('\n', ' ')
                extra = ''
                if kind == 'casualty':
                    extra = (f"{x['outcome']} v={x['value']} {x['low']}-{x['high']} {x['qualifier']} {x['group']}"
                             f" sub={x['subset_of']} {' '.join(x['tags'])}")
                elif kind == 'sources':
                    extra = f"{x['type']} {x['_form'] or ''}"
                else:
                    extra = x['kind']
                print(f'  {kind[:3]} {i:2d} {extra:55s} ...{ctx}...')


# ---------------------------------------------------------------- statistics

OUTCOME_WORDS = [
    ('killed', r'\bkill(?:ed|ing|ings)?\b'), ('dead', r'\bdead\b'), ('died', r'\bdied\b'),
    ('death/deaths', r'\bdeaths?\b'), ('toll', r'\btoll\b'), ('lost their lives', r'\blost their lives\b'),
    ('bodies', r'\bbodies\b'),
    ('injured', r'\binjur(?:ed|ing)\b'), ('wounded', r'\bwound(?:ed|ing)\b'), ('hurt', r'\bhurt\b'),
    ('missing', r'\bmissing\b'), ('unaccounted for', r'\bunaccounted\b'),
    ('detained/detention', r'\bdetain|\bdetention\b'), ('arrested', r'\barrest'), ('abducted', r'\babduct'),
    ('displaced', r'\bdisplaced\b'), ('fled/fleeing', r'\bfled\b|\bfleeing\b'),
    ('forced from their homes', r'\bfor(?:ced|cing)\b.*\bfrom their homes\b'),
]
GROUP_NOUNS = [
    ('militants/rebels/terrorists/fighters', r'\b(?:militants|rebels|terrorists|fighters)\b'),
    ('troops/soldiers', r'\b(?:troops|soldiers)\b'), ('police officers', r'\bpolice officers\b'),
    ('medics (paramedics, health workers)', r'\b(?:paramedics|medics|health workers)\b'),
    ('journalists', r'\bjournalists\b'), ('aid workers', r'\baid workers\b'),
    ('residents/villagers', r'\b(?:residents|villagers)\b'),
]
DOC_RE = re.compile(r'\b(?:statement|report|estimates|figures|data)\b', re.I)
COLLECTIVE_RE = re.compile(r'\b(?:residents|witnesses|activists|relatives|survivors|experts|officials|authorities|'
                           r'groups|leaders|sources)\b', re.I)
VERB_RE = re.compile(r'^(?:,[^,]{0,80},|,|\s+(?:who|which)\b[^.]{0,100}?|\s+and\s+[^.,]{0,40}?)?\s*'
                     r'(?:has |had |have |later |also |then )?(said|says|say|blamed|claimed|claims|denied|'
                     r'denies|confirmed|confirms|estimated|estimates|reported|reports|added|adds|warned|warns|told|'
                     r'put|accused|accuses|affirmed|documented|described|condemned|gave|raised|rejected|'
                     r'announced|dismissed|wrote)\b')
REPORT_VERBS = ['claimed', 'denied', 'confirmed', 'estimated', 'reported', 'added', 'warned']


def source_form(s):
    if s['_form']:
        return s['_form']
    if s['type'] == 'media':
        return 'media'
    if s['type'] == 'anonymous':
        return 'anonymous'
    if DOC_RE.search(s['text']):
        return 'document'
    if COLLECTIVE_RE.search(s['text']):
        return 'collective'
    return 'organisation'


def source_constructions(t, s):
    a, b = s['span']
    pre, post = t[max(0, a - 60):a], t[b:b + 120]
    out = []
    if re.search(r'according to\s*$', pre, re.I):
        out.append('according to X')
    if re.search(r'\bciting\s*$', pre, re.I):
        out.append('citing X')
    if re.search(r'[”"]\s*(?:said|says|added|wrote|warned)\s*$', pre):
        out.append('quote, said X')
    elif re.search(r'[”"]\s*$', pre):
        out.append('quote, X said/told')
    elif re.search(r'\b(?:said|says)\s*$', pre):
        out.append('said X (inverted)')
    if re.search(r'\bby\s*$', pre):
        out.append('by X (passive agent / carried by)')
    if re.match(r'^[’\']s\b', post):
        out.append("X's count/figure (possessive)")
    m = VERB_RE.match(post)
    if m:
        v = m.group(1)
        if v in ('told',):
            out.append('X told OUTLET/reporters')
        elif re.match(r'^(?:,[^,]{0,80},)?\s*(?:\w+ )?(?:said|says|denied[^.]{0,60}?)\s+in a statement', post):
            out.append('X said in a statement')
        else:
            out.append('X said' if v in ('said', 'says', 'say') else 'X ' + v)
        for rv in REPORT_VERBS:
            if v.startswith(rv[:-1]):
                out.append('verb: ' + rv)
    if not out:
        out.append('other construction')
    return out


def stats(built, outcome_words, group_nouns):
    st = Counter()
    for name, b in built.items():
        t = b['text']
        st['articles'] += 1
        st['words'] += b['words']
        st['casualty figures'] += len(b['casualty'])
        st['source mentions'] += len(b['sources'])
        st['non-casualty numbers'] += len(b['non_casualty'])
        if '“' in t or '’' in t:
            st['style: curly quotes/apostrophes'] += 1
        if re.search(r'"', t):
            st['style: straight double quotes'] += 1
        if '—' in t:
            st['style: em dash'] += 1
        if b['paragraphs'] >= 12 and b['words'] / b['paragraphs'] < 30:
            st['style: one-line paragraphs'] += 1
        if re.search(r'\b(?:defence|neighbour|organisation|centre|kilometres|metres|programme|labour)', t):
            st['style: British spelling'] += 1
        if re.search(r'\b(?:defense|neighbor|organization|center|kilometers|meters|authorized|recognized)', t):
            st['style: American spelling'] += 1
        if re.match(r'^\(?[A-Z][A-Za-z .,/\d-]{0,60}?(?:\([A-Za-z]+\))?\)?\s?[-—–]\s|^\([A-Za-z]+\)', t):
            st['style: dateline'] += 1
        for c in b['casualty']:
            x = c['text']
            toks = [m.group() for m in NUMBER_TOKEN.finditer(x)]
            if any(re.fullmatch(r'\d+', k) for k in toks):
                st['num: digits'] += 1
            if any(re.fullmatch(r'\d{1,3}(?:,\d{3})+', k) for k in toks):
                st['num: digits with commas (1,200)'] += 1
            if re.search(r'\d(?:\.\d+)? (?:million|billion)', x):
                st['num: N million'] += 1
            if any(k.lower() in WORDNUM for k in toks) and not re.search(r'\bdozen\b', x, re.I):
                st['num: number words (twelve)'] += 1
            if re.search(r'\bdozen\b', x, re.I) and c['qualifier'] != 'vague':
                st['num: a dozen / two dozen'] += 1
            if c['qualifier'] == 'vague':
                st['num: vague (all)'] += 1
                for w in VAGUE_WORDS:
                    if has_word(x, w) and not (w == 'thousands' and has_word(x, 'tens of thousands')):
                        st['vague: ' + w] += 1
            if c['qualifier'] == 'range':
                if re.search(r'\bbetween\b', x):
                    st['range: between X and Y'] += 1
                elif re.search(r'\d to \d', x):
                    st['range: X to Y'] += 1
                elif re.search(r'\d[-–]\d', x):
                    st['range: X-Y / X–Y'] += 1
                elif re.search(r'\bor\b', x):
                    st['range: X or Y'] += 1
            for words in QUAL_WORDS.values():
                for w in words:
                    if has_word(x, w):
                        st['qualifier: ' + w] += 1
            st['outcome: ' + c['outcome']] += 1
            for label, rx in outcome_words:
                if re.search(rx, x, re.I):
                    st['outcome word: ' + label] += 1
            if not any(re.search(rx, x, re.I) for _, rx in outcome_words):
                st['outcome word outside the span (not adjacent)'] += 1
            st['group: ' + c['group']] += 1
            for label, rx in group_nouns:
                if re.search(rx, x, re.I):
                    st['group noun: ' + label] += 1
            if c['subset_of'] is not None:
                st['structure: breakdown (subset_of)'] += 1
            for tag in c['tags']:
                st['structure: ' + {'contradicted': 'contradicted by another source', 'repeat':
                                    'repeated later in other words', 'update': 'updated toll'}[tag]] += 1
        for s in b['sources']:
            st['source type: ' + s['type']] += 1
            st['source form: ' + source_form(s)] += 1
            for k in source_constructions(t, s):
                st['construction: ' + k] += 1
        st['pronoun attributions (not labelled)'] += len(re.findall(
            r'\b(?:he|she|it|they)\s+(?:said|says|told|added|wrote|warned|claimed|denied|estimates|'
            r'called|did not)\b', t, re.I))
        for n in b['non_casualty']:
            st['non-casualty: ' + n['kind']] += 1
    return st


def main(here, articles, extra_outcome_words=(), extra_group_nouns=()):
    """Checks @articles (file name -> its labels: lists of C(), S() and N()), the labels of the
    folder @here, and writes its labels.json; --stats counts the extra wordings besides the
    common ones."""
    argv = sys.argv[1:]
    try:
        built = build(here, articles)
    except LabelError as e:
        sys.exit(f'label error: {e}')
    write(here, built)
    if '--show' in argv:
        show(built)
    n = len(built)
    print(f'{os.path.basename(here)}: {n} articles, {sum(len(b["casualty"]) for b in built.values())} casualty '
          f'figures, {sum(len(b["sources"]) for b in built.values())} source mentions, '
          f'{sum(len(b["non_casualty"]) for b in built.values())} non-casualty numbers -> labels.json',
          file=sys.stderr)
    if '--stats' in argv:
        st = stats(built, OUTCOME_WORDS + list(extra_outcome_words),
                   GROUP_NOUNS + list(extra_group_nouns))
        if '--json' in argv:
            print(json.dumps(dict(sorted(st.items())), ensure_ascii=False, indent=1))
        else:
            for k in sorted(st):
                print(f'{st[k]:5d}  {k}')
