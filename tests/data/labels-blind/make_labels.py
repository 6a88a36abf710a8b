#!/usr/bin/env python3
"""Hand labels of the articles in this folder: casualty figures, cited sources, and the numbers in the
text that are NOT casualty figures. Writes labels.json next to this file.

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

HERE = os.path.dirname(os.path.abspath(__file__))

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


A = {}
# Wording variants specific to this folder, counted by --stats in addition to the common ones.
STATS_EXTRA_OUTCOME_WORDS = []
STATS_EXTRA_GROUP_NOUNS = []

# ---------------------------------------------------------------- labels (blind set: y01-y06)

STATS_EXTRA_OUTCOME_WORDS += [
    ('left homeless', r'\bleft homeless\b'), ('claimed lives', r'\bclaimed\b.*\blives\b'),
    ('taken hostage', r'\btaken hostage\b'), ('treated for injuries', r'\btreated\b'),
    ('hospitalised/beaten', r'\bhospitalised\b|\bbeaten\b'), ('abandoned their homes', r'\babandoned their homes\b'),
]
STATS_EXTRA_GROUP_NOUNS += [('inmates/prisoners/passengers/protesters/guards/employees',
                             r'\b(?:inmates|prisoners|passengers|protesters|guards|employees)\b')]

A['y01.txt'] = dict(
    casualty=[
        C('killing at least 73 people', 'killed', 73, 'at-least', 'people', id='tot'),
        C('More than 400 people were injured', 'injured', 400, 'at-least', 'people', id='inj'),
        C('38', 'injured', 38, 'exact', 'people', sub='inj'),
        C('upwards of 12,000 people had been left homeless', 'displaced', 12000, 'at-least', 'people'),
        C('the official toll had climbed to 96', 'killed', 96, 'exact', 'people', id='upd', tags='update'),
        C('Among the dead were 29 children', 'killed', 29, 'exact', 'children', sub='upd'),
        C('Fifty-two people are dead', 'killed', 52, 'exact', 'people'),
        C('between 150 and 200 injured', 'injured', None, 'range', 'people', low=150, high=200, id='hosp'),
        C('11 had died', 'killed', 11, 'exact', 'people', sub='hosp'),
        C('some 40 people', 'missing', 40, 'approx', 'people'),
        C('killing more than 26,000 people', 'killed', 26000, 'at-least', 'people'),
    ],
    sources=[
        S('state media', 'media'),
        S('the U.S. Geological Survey', 'ngo'),
        S("Iran's Red Crescent Society", 'ngo'),
        S('Interior Minister Ahmad Vahidi', 'official', form='title-name'),
        S('the semi-official Tasnim news agency', 'media'),
        S('the provincial crisis management headquarters', 'official'),
        S('the agency', 'media'),
        S('Reza Bahrami', 'witness', form='name'),
        S('Hossein Kermani', 'official', form='name'),
        S("An official at the provincial governor's office", 'anonymous'),
        S('The Red Crescent', 'ngo'),
    ],
    numbers=[
        N('6.4', 'quantity'),
        N('4:17 a.m.', 'time'),
        N('10 km', 'distance'),
        N('6 miles', 'distance'),
        N('45 km', 'distance'),
        N('61', 'count-objects'),
        N('74 affected villages', 'count-objects'),
        N('41-year-old', 'age'),
        N('six hours', 'duration'),
        N('two or three villages', 'count-objects'),
        N('1,800 rescuers', 'count-people'),
        N('95 sniffer dogs', 'count-objects'),
        N('12 helicopters', 'count-objects'),
        N('about 3,000 families', 'count-people'),
        N('several major fault lines', 'count-objects'),
        N('2003', 'year'),
        N('5 trillion rials', 'money'),
        N('$8 million', 'money'),
    ])

A['y02.txt'] = dict(
    casualty=[
        C('pulled 34 bodies', 'killed', 34, 'exact', 'people', id='tot'),
        C('dozens of passengers still missing', 'missing', None, 'vague', 'people'),
        C('Of the dead, 11 were women', 'killed', 11, 'exact', 'women', sub='tot'),
        C('nine were children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('the number of missing at “between 60 and 70', 'missing', None, 'range', 'people', low=60, high=70),
        C('the toll rose to 41', 'killed', 41, 'exact', 'people', tags='update'),
        C('seven more bodies', 'killed', 7, 'exact', 'people'),
        C('About 20 passengers', 'injured', 20, 'approx', 'people', id='inj'),
        C('four', 'injured', 4, 'exact', 'people', sub='inj'),
        C('two crew members', 'detained', 2, 'exact', 'other'),
        C('more than 2,800 people have died', 'killed', 2800, 'at-least', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('Mizanur Rahman', 'official', form='name'),
        S('Rahman', 'official', nth=1, form='name'),
        S('District Commissioner Kamrul Hasan', 'official', form='title-name'),
        S('the Fire Service and Civil Defence', 'official'),
        S('Nasima Begum', 'witness', form='name'),
        S('the superintendent, Dr. Abul Kalam Azad', 'official', form='title-name'),
        S('Police', 'official'),
        S('a police official', 'anonymous'),
        S('The Bangladesh Passengers Welfare Association', 'ngo'),
        S('Its secretary-general, Mozammel Hoque Chowdhury', 'ngo', form='title-name'),
    ],
    numbers=[
        N('an estimated 250 to 300 passengers', 'count-people'),
        N('140', 'count-people'),
        N('2 kilometers', 'distance'),
        N('1.2 miles', 'distance'),
        N('9 p.m.', 'time'),
        N('112 people', 'count-people'),
        N('3-year-old', 'age'),
        N('29', 'age'),
        N('2010', 'year'),
        N('01713-488777', 'other'),
        N('25,000 taka', 'money'),
        N('$210', 'money'),
        N('three-member', 'count-people'),
        N('seven days', 'duration'),
    ])

A['y03.txt'] = dict(
    casualty=[
        C('At least 31 inmates were killed', 'killed', 31, 'at-least', 'people', id='tot'),
        C('14 guards taken hostage', 'detained', 14, 'exact', 'soldiers'),
        C('Scores of inmates were hurt', 'injured', None, 'vague', 'people'),
        C('six of the dead', 'killed', 6, 'exact', 'people', sub='tot'),
        C('23 wounded prisoners', 'injured', 23, 'exact', 'people', id='inj'),
        C('two of whom later died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the number of dead at 37', 'killed', 37, 'exact', 'people', id='ngo', tags='contradicted'),
        C('the bodies of at least a dozen inmates', 'killed', 12, 'at-least', 'people', sub='ngo'),
        C('the death toll was likely to climb to between 40 and 45', 'killed', None, 'range', 'people',
          low=40, high=45),
        C('119 prisoners dead', 'killed', 119, 'exact', 'people'),
    ],
    sources=[
        S("Ecuador's prison service", 'official'),
        S('The SNAI prison agency', 'official'),
        S('the agency', 'official', nth=0),
        S('Interior Minister Mónica Palacios', 'official', form='title-name'),
        S('Palacios', 'official', nth=1, form='name'),
        S('police commander Gen. Fausto Salinas', 'official', form='title-name'),
        S('Salinas', 'official', nth=1, form='name'),
        S('Relatives', 'witness'),
        S('Carmen Zambrano', 'witness', form='name'),
        S('The Permanent Committee for the Defense of Human Rights', 'ngo'),
        S('A forensic official', 'anonymous'),
        S('the agency', 'official', nth=1),
    ],
    numbers=[
        N('two rival gangs', 'count-people'),
        N('11 p.m.', 'time'),
        N('Pavilion 8', 'other'),
        N('some 1,200 prisoners', 'population'),
        N('6 a.m.', 'time'),
        N('All 14 guards', 'count-people'),
        N('85 inmates', 'count-people'),
        N('40 firearms', 'count-objects'),
        N('3 grenades', 'count-objects'),
        N('600 rounds', 'count-objects'),
        N('22', 'age'),
        N('12-year', 'duration'),
        N('September 2021', 'date'),
        N('roughly 31,000 inmates', 'population'),
        N('27,000', 'count-people'),
    ])

A['y04.txt'] = dict(
    casualty=[
        C('At least 612 people have died', 'killed', 612, 'at-least', 'people', id='heat'),
        C('a further 87 lives', 'killed', 87, 'exact', 'people', id='chol'),
        C('around 230 of them have died', 'killed', 230, 'approx', 'people', sub='heat'),
        C('427 bodies', 'killed', 427, 'exact', 'people'),
        C('about 50', 'killed', 50, 'approx', 'people'),
        C('the 87 deaths', 'killed', 87, 'exact', 'people', id='chol2', tags='repeat'),
        C('41 were children', 'killed', 41, 'exact', 'children', sub='chol2'),
        C('148 deaths', 'killed', 148, 'exact', 'people', tags='contradicted'),
        C('Around 18,000 families have abandoned their homes', 'displaced', 18000, 'approx', 'people'),
    ],
    sources=[
        S('the International Federation of Red Cross and Red Crescent Societies (IFRC)', 'ngo'),
        S('the provincial health department', 'official'),
        S('Dr Farah Naz', 'ngo', form='title-name'),
        S('The Edhi Foundation', 'ngo'),
        S('the World Health Organization', 'ngo'),
        S('the WHO', 'ngo'),
        S('Provincial authorities', 'official'),
        S('Sindh’s health minister, Azra Pechuho', 'official', form='title-name'),
        S('the Pakistan Medical Association (PMA)', 'ngo'),
        S('the statement', 'ngo', form='document'),
    ],
    numbers=[
        N('18 July 2025', 'date'),
        N('51.2°C', 'quantity'),
        N('upwards of 4,000 patients', 'count-people'),
        N('3 July', 'date'),
        N('6am', 'time'),
        N('six days', 'duration'),
        N('9,300 suspected cholera cases', 'count-people'),
        N('five', 'age'),
        N('several times', 'other'),
        N('1 in 3', 'percentage'),
        N('CHF 6.5 million', 'money'),
        N('US$7.3 million', 'money'),
        N('250,000 people', 'count-people'),
        N('nine months', 'duration'),
        N('14 per cent', 'percentage'),
    ])

A['y05.txt'] = dict(
    casualty=[
        C('detained more than 1,100 participants', 'detained', 1100, 'at-least', 'people', id='det'),
        C('Thirty-nine employees', 'injured', 39, 'exact', 'soldiers', id='pol'),
        C('11 were hospitalised', 'injured', 11, 'exact', 'soldiers', sub='pol'),
        C('about 40 of those held', 'detained', 40, 'approx', 'people', sub='det'),
        C('one protester died', 'killed', 1, 'exact', 'people'),
        C('at least 1,400 detentions', 'detained', 1400, 'at-least', 'people', tags='contradicted'),
        C('upwards of 200 protesters had been beaten', 'injured', 200, 'at-least', 'people'),
        C('At least three other protesters', 'injured', 3, 'at-least', 'people'),
        C('between 50 and 60” protesters', 'injured', None, 'range', 'people', low=50, high=60),
        C('Hundreds of people remained unaccounted for', 'missing', None, 'vague', 'people'),
    ],
    sources=[
        S('the press service of the Interior Ministry', 'official'),
        S('the ministry', 'official'),
        S('ministry spokeswoman Natalia Lysenko', 'official', form='title-name'),
        S('The Investigative Committee', 'official'),
        S('The human rights centre Vesna', 'ngo'),
        S('Its monitors', 'ngo'),
        S('Andrei Yaroshevich', 'witness', form='name'),
        S('Vesna', 'ngo', nth=1, form='name'),
        S('witnesses', 'witness'),
        S('the group', 'ngo'),
        S('A doctor at the city’s emergency hospital', 'anonymous'),
        S('relatives', 'witness'),
        S('The Central Election Commission', 'official'),
    ],
    numbers=[
        N('10 August', 'date'),
        N('several regional centres', 'count-objects'),
        N('up to 15 years', 'duration'),
        N('34', 'age'),
        N('36 hours', 'duration'),
        N('four', 'count-people'),
        N('50 people', 'count-people'),
        N('31', 'age'),
        N('80.1 per cent', 'percentage'),
        N('84.2 per cent', 'percentage'),
        N('10.1 per cent', 'percentage'),
    ])

A['y06.txt'] = dict(
    casualty=[
        C('63 people missing', 'missing', 63, 'exact', 'people', id='miss'),
        C('recovered 14 bodies', 'killed', 14, 'exact', 'people'),
        C('the number of missing down to 49', 'missing', 49, 'exact', 'people', tags='update'),
        C('killing nine people', 'killed', 9, 'exact', 'people'),
        C('killed upwards of 170 people', 'killed', 170, 'at-least', 'people'),
        C('31 people are still missing', 'missing', 31, 'exact', 'people'),
        C('Nearly 9,000 families have been forced to leave their homes', 'displaced', 9000, 'at-most', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('district police chief Bhawani Prasad Sharma', 'official', form='title-name'),
        S('Sharma', 'official', nth=1, form='name'),
        S('Ram Bahadur Thapa', 'witness', form='name'),
        S('The National Disaster Risk Reduction and Management Authority (NDRRMA)', 'official'),
        S('the authority', 'official', nth=0),
        S('the authority', 'official', nth=1),
        S('Home Minister Ramesh Lekhak', 'official', form='title-name'),
        S('Lekhak', 'official', nth=1, form='name'),
        S('the Department of Roads', 'official'),
    ],
    numbers=[
        N('two passenger buses', 'count-objects'),
        N('some 65 passengers', 'count-people'),
        N('3:30 am', 'time'),
        N('110 km', 'distance'),
        N('Three passengers', 'count-people'),
        N('one', 'other'),
        N('30 kilometres', 'distance'),
        N('30-40 soldiers', 'count-people'),
        N('two helicopters', 'count-objects'),
        N('56-year-old', 'age'),
        N('66 people', 'count-people'),
        N('a dozen passengers', 'count-people'),
        N('two or three others', 'count-people'),
        N('300 metres', 'distance'),
        N('13 June', 'date'),
        N('200,000 rupees', 'money'),
        N('$1,500', 'money'),
        N('15 September', 'date'),
        N('around 2,500 vehicles', 'count-objects'),
        N('11 times', 'other'),
    ])


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


def build():
    out = {}
    for name in sorted(A):
        path = os.path.join(HERE, name)
        with open(path, encoding='utf-8', newline='') as f:
            t = f.read()
        words, paras = check_layout(t, name)
        lab = A[name]
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


def write(built):
    doc = {'articles': {}}
    for name, b in built.items():
        doc['articles'][name] = {
            'casualty': b['casualty'],
            'sources': [{k: v for k, v in s.items() if not k.startswith('_')} for s in b['sources']],
            'non_casualty': b['non_casualty'],
        }
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as f:
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
] + STATS_EXTRA_OUTCOME_WORDS
GROUP_NOUNS = [
    ('militants/rebels/terrorists/fighters', r'\b(?:militants|rebels|terrorists|fighters)\b'),
    ('troops/soldiers', r'\b(?:troops|soldiers)\b'), ('police officers', r'\bpolice officers\b'),
    ('medics (paramedics, health workers)', r'\b(?:paramedics|medics|health workers)\b'),
    ('journalists', r'\bjournalists\b'), ('aid workers', r'\baid workers\b'),
    ('residents/villagers', r'\b(?:residents|villagers)\b'),
] + STATS_EXTRA_GROUP_NOUNS
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


def stats(built):
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
            for label, rx in OUTCOME_WORDS:
                if re.search(rx, x, re.I):
                    st['outcome word: ' + label] += 1
            if not any(re.search(rx, x, re.I) for _, rx in OUTCOME_WORDS):
                st['outcome word outside the span (not adjacent)'] += 1
            st['group: ' + c['group']] += 1
            for label, rx in GROUP_NOUNS:
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


def main(argv):
    try:
        built = build()
    except LabelError as e:
        sys.exit(f'label error: {e}')
    write(built)
    if '--show' in argv:
        show(built)
    n = len(built)
    print(f'{os.path.basename(HERE)}: {n} articles, {sum(len(b["casualty"]) for b in built.values())} casualty '
          f'figures, {sum(len(b["sources"]) for b in built.values())} source mentions, '
          f'{sum(len(b["non_casualty"]) for b in built.values())} non-casualty numbers -> labels.json',
          file=sys.stderr)
    if '--stats' in argv:
        st = stats(built)
        if '--json' in argv:
            print(json.dumps(dict(sorted(st.items())), ensure_ascii=False, indent=1))
        else:
            for k in sorted(st):
                print(f'{st[k]:5d}  {k}')


if __name__ == '__main__':
    main(sys.argv[1:])
