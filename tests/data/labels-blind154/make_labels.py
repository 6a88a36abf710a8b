#!/usr/bin/env python3
"""Hand labels of the articles in this folder: casualty figures, cited sources, and the numbers in the
text that are NOT casualty figures. Writes labels.json next to this file; the checks are those of
../label_checks.py.

    python3 make_labels.py            # check every label, then write labels.json
    python3 make_labels.py --show     # also print every label with its context, for review
    python3 make_labels.py --stats    # also print phrasing-category counts (add --json for JSON)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from label_checks import C, S, N, main  # noqa: E402

A = {}
# Wording variants specific to this folder, counted by --stats in addition to the common ones.
STATS_EXTRA_OUTCOME_WORDS = []
STATS_EXTRA_GROUP_NOUNS = []

# ---------------------------------------------------------------- labels (blind set 154: lt01-lt08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('die / being treated / neutralised / executed / lost / losing',
     r'\bdie\b|\btreated\b|\bneutralised\b|\bexecuted\b|\blost\b|\blosing\b|\bkill\b'),
    ('captured / rounded up / abduction / disappearances',
     r'\bcaptured\b|\brounded up\b|\babduction\b|\bdisappearances\b'),
    ('flee / left / sheltering / households', r'\bflee\b|\bleft\b|\bsheltering\b|\bhouseholds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('militiamen/assailants', r'\b(?:militiamen|assailants)\b'),
    ('families/households/supporters/members/suspects/patients',
     r'\b(?:families|households|supporters|members|suspects|patients)\b'),
    ('young men/sons/baby', r'\b(?:young men|sons|baby)\b'),
    ('volunteers/community health workers', r'\b(?:volunteers|community health workers)\b'),
]

# lt01: shells on a displacement camp and a market in Rusayo, Nyiragongo, North Kivu, DR Congo
# (AFP style, one sentence a paragraph, British spelling, curly quotes)
A['lt01.txt'] = dict(
    casualty=[
        C('At least 23 people were killed', 'killed', 23, 'at-least', 'people', id='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('seven women', 'killed', 7, 'exact', 'women', sub='tot'),
        C('More than 40 others were wounded', 'injured', 40, 'at-least', 'people', id='inj'),
        C('the bodies of three people', 'killed', 3, 'exact', 'people', id='bod'),
        C('one of them a baby', 'killed', 1, 'exact', 'children', sub='bod'),
        C('the toll had risen to 27', 'killed', 27, 'exact', 'people', tags='update'),
        C('four of the wounded died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('36 patients were still being treated', 'injured', 36, 'exact', 'people', id='pat'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='pat'),
        C('received 31 wounded', 'injured', 31, 'exact', 'people'),
        C('scores of people had been wounded', 'injured', None, 'vague', 'people'),
        C('between 15 and 20 residents were still missing', 'missing', None, 'range', 'civilians', low=15, high=20),
        C('a higher toll of 35 dead', 'killed', 35, 'exact', 'people', tags='contradicted'),
        C('killed “dozens” of rebels', 'killed', None, 'vague', 'fighters'),
        C('losing four soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('12 people', 'detained', 12, 'exact', 'people'),
        C('some 65,000 displaced people', 'displaced', 65000, 'approx', 'people', id='camp'),
        C('about 9,000 of them had fled', 'displaced', 9000, 'approx', 'people', sub='camp'),
        C('Nearly 7 million people are displaced', 'displaced', 7000000, 'at-most', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the Nyiragongo territory administration', 'official'),
        S('the administration', 'official'),
        S('Esther Kahindo', 'witness', form='name'),
        S('The army', 'military', nth=0),
        S('M23 spokesman Aimable Rutayisire', 'military', form='title-name'),
        S('the head of the Nyiragongo health zone, Dr Joseph Muhindo', 'official', form='title-name'),
        S('MSF', 'ngo', nth=1),
        S('Local station Radio Kivu 1', 'media'),
        S('hospital sources', 'anonymous'),
        S('A member of the camp committee', 'anonymous'),
        S('Civil society groups in Nyiragongo', 'other'),
        S('The army', 'military', nth=1),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('7:15 am', 'time'),
        N('38-year-old', 'age'),
        N('mother of five', 'count-people'),
        N('2023', 'year'),
        N('M23', 'other', nth=0),
        N('about 12 kilometres', 'distance'),
        N('M23', 'other', nth=1),
        N('Radio Kivu 1', 'other'),
        N('at least three times', 'count-objects'),
        N('2022', 'year'),
        N('M23', 'other', nth=2),
    ])

# lt02: grenades thrown into two bars in Kamenge, Bujumbura, Burundi, before elections
# (Reuters style, American spelling, straight quotes, a reporting credit line)
A['lt02.txt'] = dict(
    casualty=[
        C('killed at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('wounded 54', 'injured', 54, 'exact', 'people', id='inj'),
        C('Three of the dead were children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('17 suspects had been arrested', 'detained', 17, 'exact', 'people', id='arr'),
        C('two of them', 'detained', 2, 'exact', 'people', sub='arr'),
        C('rounded up more than 40 of its supporters', 'detained', 40, 'at-least', 'people'),
        C('two dozen of the wounded', 'injured', 24, 'exact', 'people', sub='inj', id='hosp'),
        C('two of them had died', 'killed', 2, 'exact', 'people', sub='hosp'),
        C('the toll to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('seven or eight bodies', 'killed', None, 'range', 'people', low=7, high=8),
        C('the death toll at 14', 'killed', 14, 'exact', 'people', id='jfb', tags='contradicted'),
        C('four children', 'killed', 4, 'exact', 'children', sub='jfb'),
        C('at least 23 people had been wounded', 'injured', 23, 'at-least', 'people'),
        C('at least six young men', 'missing', 6, 'at-least', 'men'),
        C('killed upwards of 1,200 people', 'killed', 1200, 'at-least', 'people'),
        C('forced more than 400,000 to flee', 'displaced', 400000, 'at-least', 'people'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('Police spokesman Emile Niyonzima', 'official', form='title-name'),
        S('Niyonzima', 'official', nth=1, form='name'),
        S('The CNL', 'other'),
        S('party spokesman Olivier Ndikumana', 'other', form='title-name'),
        S('A doctor at Prince Regent Charles hospital', 'anonymous'),
        S('Residents', 'witness'),
        S('Jean-Marie Hakizimana', 'witness', form='name'),
        S('Privately owned Radio Isanganiro', 'media'),
        S('Justice for Burundi', 'ngo'),
        S('Interior Minister Léonidas Bizimana', 'official', form='title-name'),
        S('The U.N. human rights office', 'ngo'),
        S('U.N. figures', 'ngo', form='document'),
    ],
    numbers=[
        N('May 12', 'date'),
        N('two crowded bars', 'count-objects'),
        N('several years', 'duration'),
        N('two men', 'count-people'),
        N('11 p.m.', 'time'),
        N('27', 'age'),
        N('16-year-old', 'age'),
        N('one of the bars', 'other'),
        N('about 100,000 residents', 'population'),
        N('2015', 'year'),
        N('13 million people', 'population'),
        N('June 5', 'date'),
    ])

# lt03: rebels and militias fighting for Buleusa, Walikale/Lubero, North Kivu, DR Congo
# (AP style, em-dash dateline, American spelling, curly quotes)
A['lt03.txt'] = dict(
    casualty=[
        C('at least 32 civilians had been killed', 'killed', 32, 'at-least', 'civilians'),
        C('32 dead', 'killed', 32, 'exact', 'people', id='q', tags='repeat'),
        C('14 women', 'killed', 14, 'exact', 'women', sub='q'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='q'),
        C('the number of civilians killed at 41', 'killed', 41, 'exact', 'civilians', tags='contradicted'),
        C('executed “more than 20 civilians”', 'killed', 20, 'at-least', 'civilians'),
        C('killed 46 militiamen', 'killed', 46, 'exact', 'fighters'),
        C('captured 11', 'detained', 11, 'exact', 'fighters'),
        C('hundreds of families were sheltering', 'displaced', None, 'vague', 'people'),
        C('28 wounded people', 'injured', 28, 'exact', 'people', id='hosp'),
        C('Five of them died', 'killed', 5, 'exact', 'people', sub='hosp'),
        C('three other men', 'detained', 3, 'exact', 'men'),
        C('roughly 18,000 people had fled', 'displaced', 18000, 'approx', 'people'),
        C('20 to 25 people were reported missing', 'missing', None, 'range', 'people', low=20, high=25),
        C('six soldiers', 'killed', 6, 'exact', 'soldiers'),
        C('nine Wazalendo fighters had died', 'killed', 9, 'exact', 'fighters'),
        C('More than 3,000 people were killed', 'killed', 3000, 'at-least', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('residents', 'witness'),
        S('Walikale’s deputy territorial administrator, Désiré Mumbere', 'official', form='title-name'),
        S('Mumbere', 'official', nth=1, form='name'),
        S('Congolese news website Actualite.cd', 'media'),
        S('civil society groups in Walikale', 'other'),
        S('The M23', 'military'),
        S('Wazalendo spokesman Hamza Bisimwa', 'military', form='title-name'),
        S('A doctor at the general hospital in Kirumba', 'anonymous'),
        S('the doctor', 'anonymous'),
        S('Survivors', 'witness'),
        S('Kavira Masika', 'witness', form='name'),
        S('The U.N. humanitarian office, OCHA', 'ngo'),
        S('Congo’s army', 'military', nth=1),
        S('Army spokesman Maj. Serge Kalombo', 'military', form='title-name'),
        S('Kigali', 'official'),
        S('Aid workers in Kirumba', 'ngo'),
        S('the U.N.', 'ngo'),
    ],
    numbers=[
        N('M23', 'other', nth=0),
        N('about 200 fighters', 'count-people'),
        N('M23', 'other', nth=1),
        N('M23', 'other', nth=2),
        N('two churches', 'count-objects'),
        N('about 60 kilometers', 'distance'),
        N('37 miles', 'distance'),
        N('6-year-old', 'age'),
        N('41', 'age', nth=1),
        N('M23', 'other', nth=3),
    ])

# lt04: UN OCHA flash update on clashes around Kimoka, Masisi, North Kivu, DR Congo
A['lt04.txt'] = dict(
    casualty=[
        C('At least 19 civilians killed', 'killed', 19, 'at-least', 'civilians'),
        C('37 injured', 'injured', 37, 'exact', 'civilians'),
        C('An estimated 42,000 people displaced', 'displaced', 42000, 'approx', 'people'),
        C('at least 19 civilians have been killed', 'killed', 19, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('five women', 'killed', 5, 'exact', 'women', sub='tot'),
        C('37 others injured', 'injured', 37, 'exact', 'civilians', id='inj', tags='repeat'),
        C('11 of the injured', 'injured', 11, 'exact', 'civilians', sub='inj'),
        C('abducted up to 15 people', 'detained', 15, 'at-most', 'people'),
        C('27 Wazalendo fighters had been “neutralised”', 'killed', 27, 'exact', 'fighters'),
        C('the bodies of seven more people', 'killed', 7, 'exact', 'people'),
        C('the toll to 26', 'killed', 26, 'exact', 'civilians', tags='update'),
        C('an estimated 42,000 people', 'displaced', 42000, 'approx', 'people', id='disp', tags='repeat'),
        C('approximately 8,400 households', 'displaced', 8400, 'approx', 'people', tags='repeat'),
        C('some 17,500 are sheltering', 'displaced', 17500, 'approx', 'people', sub='disp'),
        C('12,300', 'displaced', 12300, 'exact', 'people', sub='disp', id='mub'),
        C('almost 9,000', 'displaced', 9000, 'at-most', 'people', sub='disp'),
        C('more than 2,000 of them are children', 'displaced', 2000, 'at-least', 'children', sub='mub'),
        C('about 30 men were briefly detained', 'detained', 30, 'approx', 'men'),
        C('one nurse is missing', 'missing', 1, 'exact', 'other'),
        C('treated 23 wounded', 'injured', 23, 'exact', 'people', id='msf'),
        C('eight children', 'injured', 8, 'exact', 'children', sub='msf'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('The Masisi health zone', 'official'),
        S('Civil society organisations in Sake', 'other'),
        S('The AFC/M23', 'military'),
        S('Local sources', 'anonymous'),
        S('the Commission Mouvement de Population (CMP)', 'ngo'),
        S('Site committees in Mubambiro', 'other'),
        S('Protection monitors', 'ngo'),
        S('MSF', 'ngo'),
        S('the Financial Tracking Service (FTS)', 'ngo', form='document'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('14 October 2025', 'date'),
        N('10 October', 'date', nth=0),
        N('two humanitarian convoys', 'count-objects'),
        N('12 and 13 October', 'date', nth=0),
        N('M23', 'other', nth=0),
        N('some 4 km', 'distance'),
        N('10 October', 'date', nth=1),
        N('11 October', 'date', nth=0),
        N('M23', 'other', nth=1),
        N('14 October', 'date', nth=1),
        N('the age of five', 'age'),
        N('13 October', 'date', nth=1),
        N('11 October', 'date', nth=1),
        N('Two humanitarian convoys', 'count-objects'),
        N('35 tonnes', 'quantity'),
        N('12 and 13 October', 'date', nth=1),
        N('11 October', 'date', nth=2),
        N('10 October', 'date', nth=2),
        N('6,500 people', 'count-people'),
        N('two mobile clinics', 'count-objects'),
        N('2025', 'year', nth=1),
        N('US$2.54 billion', 'money'),
        N('14 per cent', 'percentage'),
    ])

# lt05: an armed group's night attack on Mabayi commune, Cibitoke, Burundi, as told by the army
# (state media, ABP in NAN style: "The … Force says", "disclosed this in a statement", a quote
# continued across paragraphs, British spelling, straight quotes)
A['lt05.txt'] = dict(
    casualty=[
        C('neutralised 14 terrorists', 'killed', 14, 'exact', 'fighters'),
        C('Fourteen terrorists were neutralised', 'killed', 14, 'exact', 'fighters', tags='repeat'),
        C('four others were captured', 'detained', 4, 'exact', 'fighters'),
        C('two of our soldiers lost their lives', 'killed', 2, 'exact', 'soldiers'),
        C('five were wounded', 'injured', 5, 'exact', 'soldiers'),
        C('killed six civilians', 'killed', 6, 'exact', 'civilians'),
        C('11 civilians had been wounded', 'injured', 11, 'exact', 'civilians', id='w'),
        C('two of the wounded civilians', 'injured', 2, 'exact', 'civilians', sub='w'),
        C('the bodies of the six victims', 'killed', 6, 'exact', 'people', tags='repeat'),
        C('some 300 households had fled', 'displaced', 300, 'approx', 'people'),
        C('a number of suspected collaborators had been arrested', 'detained', None, 'vague', 'people'),
        C('killed "more than 30 soldiers"', 'killed', 30, 'at-least', 'soldiers', tags='contradicted'),
        C('lost three of its fighters', 'killed', 3, 'exact', 'fighters', tags='contradicted'),
        C('killed 20 people', 'killed', 20, 'exact', 'people'),
    ],
    sources=[
        S('The Burundi National Defence Force (FDNB)', 'military'),
        S('The spokesman of the FDNB, Colonel Evariste Nzigamasabo', 'military', form='title-name'),
        S('the statement', 'military', form='document'),
        S('Colonel Nzigamasabo', 'military', form='title-name'),
        S('The administrator of Mabayi commune, Mrs Béatrice Niyonkuru', 'official', form='title-name'),
        S('Mrs Niyonkuru', 'official', form='title-name'),
        S('The Governor of Cibitoke province, Mr Ildephonse Barutwanayo', 'official', form='title-name'),
        S('the governor', 'official', form='role'),
        S('A resident of Kibaye hill, Mr Jean Bosco Nshimirimana', 'witness', form='name'),
        S('the RED-Tabara rebel group', 'military'),
        S('The army', 'military'),
        S("Burundi's government", 'official'),
        S('Kigali', 'official'),
    ],
    numbers=[
        N('3 August', 'date'),
        N('three villages', 'count-objects'),
        N('numbering about 60', 'count-people'),
        N('AK-47', 'other'),
        N('about 11 pm', 'time'),
        N('12-year-old', 'age'),
        N('Twenty-three houses', 'count-objects'),
        N('some 35 kilometres', 'distance'),
        N('52', 'age'),
        N('December 2023', 'date'),
        N('several incursions', 'count-objects'),
    ])

# lt06: an NGO statement on bombs hitting the Mugunga displacement site, Goma, North Kivu, DR Congo
# (headline, "Goma/Nairobi, date –" dateline, first person plural, demands, notes to editors)
A['lt06.txt'] = dict(
    casualty=[
        C('kill at least 16', 'killed', 16, 'at-least', 'people', id='hl'),
        C('10 children', 'killed', 10, 'exact', 'children', sub='hl'),
        C('killed at least 16 people', 'killed', 16, 'at-least', 'people', id='tot', tags='repeat'),
        C('10 of them children', 'killed', 10, 'exact', 'children', sub='tot'),
        C('wounded 41 others', 'injured', 41, 'exact', 'people', id='inj'),
        C('Twenty-nine of the wounded', 'injured', 29, 'exact', 'people', sub='inj', id='rec'),
        C('eight children had shrapnel wounds', 'injured', 8, 'exact', 'children', sub='rec', id='c8'),
        C('three of them died', 'killed', 3, 'exact', 'children', sub='c8'),
        C('Two of our community health workers were among the injured', 'injured', 2, 'exact', 'other', sub='inj'),
        C('two young sons', 'killed', 2, 'exact', 'children'),
        C('the toll had risen to 18', 'killed', 18, 'exact', 'people', tags='update'),
        C('two more of the wounded died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('a toll of 21 dead', 'killed', 21, 'exact', 'people', tags='contradicted'),
        C('four people were still unaccounted for', 'missing', 4, 'exact', 'people'),
        C('around 120,000 displaced people', 'displaced', 120000, 'approx', 'people'),
        C('more than 3,000 families have left', 'displaced', 3000, 'at-least', 'people'),
        C('the abduction of at least nine women', 'detained', 9, 'at-least', 'women'),
    ],
    sources=[
        S('the humanitarian organisation Lifeline Kivu', 'ngo'),
        S('Dr Patience Mukuninwa', 'ngo', form='title-name'),
        S('A mother of three', 'anonymous'),
        S('Provincial health authorities', 'official'),
        S('The Congolese army', 'military'),
        S('The M23', 'military'),
        S('Residents', 'witness'),
        S('the UN refugee agency, UNHCR', 'ngo'),
        S('the site’s management committee', 'other'),
        S('Lifeline Kivu’s protection monitors', 'ngo'),
        S('Mukuninwa', 'ngo', nth=1, form='name'),
    ],
    numbers=[
        N('9 July 2024', 'date'),
        N('Two bombs', 'count-objects'),
        N('the second one', 'other'),
        N('mother of three', 'count-people'),
        N('some 8 km', 'distance'),
        N('M23', 'other', nth=0),
        N('M23', 'other', nth=1),
        N('2009', 'year'),
        N('five health posts', 'count-objects'),
        N('more than 12,000 consultations', 'count-objects'),
    ])

# lt07: rebels and militias fighting for Lushebere, Masisi, North Kivu, DR Congo
# (a broadcaster's website: headline and byline, no dateline, "told the BBC", British spelling,
# curly quotes, an en-dash range)
A['lt07.txt'] = dict(
    casualty=[
        C('30 die', 'killed', 30, 'exact', 'people'),
        C('At least 30 people have died', 'killed', 30, 'at-least', 'people', tags='repeat'),
        C('received 14 bodies', 'killed', 14, 'exact', 'people'),
        C('62 wounded people', 'injured', 62, 'exact', 'people', id='w'),
        C('20 of them women', 'injured', 20, 'exact', 'women', sub='w'),
        C('Two Red Cross volunteers were among the wounded', 'injured', 2, 'exact', 'other', sub='w'),
        C('three or four die', 'killed', None, 'range', 'people', low=3, high=4),
        C('killed “more than 50 assailants”', 'killed', 50, 'at-least', 'fighters'),
        C('fewer than 10 civilians had died', 'killed', 10, 'at-most', 'civilians', tags='contradicted'),
        C('five of its own fighters had been killed', 'killed', 5, 'exact', 'fighters'),
        C('captured 13 rebels', 'detained', 13, 'exact', 'fighters', id='cap'),
        C('two Rwandan soldiers', 'detained', 2, 'exact', 'soldiers', sub='cap'),
        C('8–10 young men', 'missing', None, 'range', 'men', low=8, high=10),
        C('detained dozens of men', 'detained', None, 'vague', 'men'),
        C('the civilian toll to 34', 'killed', 34, 'exact', 'civilians', tags='update'),
        C('four more bodies had been found', 'killed', 4, 'exact', 'people'),
        C('as many as 25,000 people have fled', 'displaced', 25000, 'at-most', 'people'),
        C('killed thousands of people', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('Masisi general hospital', 'official'),
        S('a nurse at the hospital', 'anonymous'),
        S('The M23', 'military', nth=0),
        S('M23 spokesman Innocent Byiringiro', 'military', form='title-name'),
        S('A Wazalendo commander, Dieudonné Mutabesha', 'military', form='title-name'),
        S('Local leaders', 'other'),
        S('A civil society leader in Masisi', 'anonymous'),
        S('local authorities', 'official'),
        S('The UN', 'ngo'),
        S('UN-backed Radio Okapi', 'media'),
        S('UN experts', 'ngo'),
        S('Rwanda', 'official', nth=1),
        S('Kigali', 'official'),
        S('residents', 'witness'),
    ],
    numbers=[
        N('three days', 'duration'),
        N('M23', 'other', nth=0),
        N('one of the last roads', 'other'),
        N('M23', 'other', nth=1),
        N('M23', 'other', nth=2),
        N('M23', 'other', nth=3),
        N('15km', 'distance'),
        N('9 miles', 'distance'),
        N('about 200 lorries', 'count-objects'),
        N('M23', 'other', nth=4),
        N('up to 4,000 troops', 'count-people'),
        N('1994', 'year'),
        N('the two sides', 'count-objects'),
    ])

# lt08: night attacks on opposition families in Kirundo province, Burundi
# (a newspaper's own correspondent: headline, "From … in Kirundo" byline, "this newspaper", curly
# quotes, an em-dash aside, British spelling)
A['lt08.txt'] = dict(
    casualty=[
        C('At least seven people were killed', 'killed', 7, 'at-least', 'people', id='tot'),
        C('19 injured', 'injured', 19, 'exact', 'people', id='inj'),
        C('two of their children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('four dead', 'killed', 4, 'exact', 'people', tags='contradicted'),
        C('11 suspects had been arrested', 'detained', 11, 'exact', 'people'),
        C('12 of its members had been killed', 'killed', 12, 'exact', 'people'),
        C('at least 40 others abducted', 'detained', 40, 'at-least', 'people'),
        C('14 of the injured', 'injured', 14, 'exact', 'people', sub='inj', id='h'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='h'),
        C('One patient', 'killed', 1, 'exact', 'people'),
        C('the toll to eight', 'killed', 8, 'exact', 'people', tags='update'),
        C('between 200 and 300 people have fled', 'displaced', None, 'range', 'people', low=200, high=300),
        C('over 150 people', 'displaced', 150, 'at-least', 'people'),
        C('several of its own members had been wounded', 'injured', None, 'vague', 'people'),
        C('213 killings', 'killed', 213, 'exact', 'people'),
        C('57 enforced disappearances', 'missing', 57, 'exact', 'people'),
    ],
    sources=[
        S('residents', 'witness'),
        S('local officials', 'official'),
        S('relatives', 'witness'),
        S('Kirundo’s governor, Désiré Bigirimana', 'official', form='title-name'),
        S('The CNL', 'other'),
        S('the party', 'other', nth=0),
        S('a medical officer', 'anonymous'),
        S('the hospital', 'official'),
        S('Jeanine Ntakirutimana', 'witness', form='name'),
        S('Local rights activists', 'other'),
        S('Father Léonce Havyarimana', 'witness', form='title-name'),
        S('The state broadcaster RTNB', 'media'),
        S('Police spokesman Jérôme Ntahomvukiye', 'official', form='title-name'),
        S('The ruling party’s provincial secretary, Gervais Nzeyimana', 'other', form='title-name'),
        S('the CNL', 'other'),
        S('Ukuri Watch', 'ngo'),
        S('Ntakirutimana', 'witness', nth=1, form='name'),
    ],
    numbers=[
        N('two communes', 'count-objects', nth=0),
        N('62-year-old', 'age'),
        N('34', 'age'),
        N('about 20 attackers', 'count-people'),
        N('more than 96 per cent', 'percentage'),
        N('the first six months', 'duration'),
        N('Dozens of homes', 'count-objects'),
        N('two communes', 'count-objects', nth=1),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
