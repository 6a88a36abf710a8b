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

# ---------------------------------------------------------------- labels (blind set 684: xg01-xg08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('succumbed / killed in action / feared drowned / drown / buried / bury / names of the dead',
     r'\bsuccumbed\b|\bin action\b|\bdrown(?:ed)?\b|\bburied\b|\bbury\b|\bnames\b'),
    ('abducted / taken / took away / captured / held / in detention',
     r'\btaken\b|\btook away\b|\bcaptured\b|\bheld\b'),
    ('disappeared / could still be missing', r'\bdisappeared\b'),
    ('moved / new arrivals / refugees / washed up', r'\bmoved\b|\barrivals\b|\brefugees\b|\bwashed up\b'),
    ('shrapnel / gunshot wounds / lost legs', r'\bwounds\b|\blost legs\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('young men/brothers/grandchildren/cousins', r'\b(?:young men|brothers|grandchildren|cousins)\b'),
    ('families/households/patients/refugees/Rohingya/Bengalis/migrants',
     r'\b(?:families|households|patients|refugees|Rohingya|Bengalis|migrants)\b'),
    ('members of the security forces/government soldiers/staff',
     r'\b(?:members of the security forces|government soldiers|staff)\b'),
]

# xg01: junta air strike on a monastery sheltering displaced families in Apauk Wa (AFP style, one
# sentence a paragraph, British spelling, curly quotes, en-dash dateline)
A['xg01.txt'] = dict(
    casualty=[
        C('killed at least 28 people', 'killed', 28, 'at-least', 'people', id='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('at least 45 people had been wounded', 'injured', 45, 'at-least', 'people', id='w'),
        C('a dozen of them', 'injured', 12, 'exact', 'people', sub='w'),
        C('seven others were still missing', 'missing', 7, 'exact', 'people'),
        C('33 civilians had been killed', 'killed', 33, 'exact', 'civilians', tags='contradicted'),
        C('killed more than 20 of them', 'killed', 20, 'at-least', 'fighters', tags='contradicted'),
        C('two grandchildren died', 'killed', 2, 'exact', 'children'),
        C('39 wounded', 'injured', 39, 'exact', 'people', id='h'),
        C('14 of them children', 'injured', 14, 'exact', 'children', sub='h'),
        C('Three of them died', 'killed', 3, 'exact', 'people', sub='h'),
        C('the toll to 31', 'killed', 31, 'exact', 'people', tags='update'),
        C('hundreds of families had fled', 'displaced', None, 'vague', 'people'),
        C('about 70 families displaced', 'displaced', 70, 'approx', 'people'),
        C('between 2,000 and 2,500 people had left', 'displaced', None, 'range', 'people', low=2000, high=2500),
        C('killed more than 400 civilians', 'killed', 400, 'at-least', 'civilians'),
        C('More than 3.5 million people are displaced', 'displaced', 3500000, 'at-least', 'people'),
    ],
    sources=[
        S('a rescue worker', 'anonymous'),
        S('residents', 'witness'),
        S('a volunteer with a local rescue group', 'anonymous'),
        S('The Arakan Army (AA)', 'military'),
        S('Junta spokesman Major General Thet Paing Oo', 'military', form='title-name'),
        S('Daw Khin Saw Mya', 'witness', form='name'),
        S('A medic at an AA-run hospital in the area', 'anonymous'),
        S('the medic', 'anonymous'),
        S('Residents', 'witness'),
        S('the rescue volunteer', 'anonymous'),
        S('A local aid group, the Rakhine Relief Committee', 'ngo'),
        S('the group', 'military'),
        S('the UN human rights office', 'ngo'),
        S('the UN humanitarian office OCHA', 'ngo'),
    ],
    numbers=[
        N('9:40 pm', 'time'),
        N('some 300 people', 'count-people'),
        N('2024', 'year'),
        N('58', 'age'),
        N('November 2023', 'date'),
        N('14 of Rakhine’s 17 townships', 'count-objects'),
        N('six months', 'duration'),
    ])

# xg02: drone strikes and shelling on Rohingya waiting to cross the Naf near Ywar Thit Kay (Reuters
# style, American spelling, straight quotes, Reuters dateline and sign-off)
A['xg02.txt'] = dict(
    casualty=[
        C('killing at least 64 people', 'killed', 64, 'at-least', 'people', id='tot'),
        C('up to 25 people had drowned', 'killed', 25, 'at-most', 'people'),
        C('39 bodies', 'killed', 39, 'exact', 'people', id='b'),
        C('17 women', 'killed', 17, 'exact', 'women', sub='b'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='b'),
        C('detained 112 Rohingya', 'detained', 112, 'exact', 'people', id='d'),
        C('at least 20 of them', 'injured', 20, 'at-least', 'people', sub='d'),
        C('the number of dead at over 150', 'killed', 150, 'at-least', 'people', tags='contradicted'),
        C('dozens more were unaccounted for', 'missing', None, 'vague', 'people'),
        C('"more than 200 innocent Bengalis" had been killed', 'killed', 200, 'at-least', 'people',
          tags='contradicted'),
        C('46 patients with blast and gunshot wounds', 'injured', 46, 'exact', 'people', id='p'),
        C('18 of them children', 'injured', 18, 'exact', 'children', sub='p'),
        C('Four of those patients had died', 'killed', 4, 'exact', 'people', sub='p'),
        C('an estimated 8,000 Rohingya had fled', 'displaced', 8000, 'approx', 'people'),
        C('about 1 million Rohingya', 'displaced', 1000000, 'approx', 'people'),
        C('abducted several hundred Rohingya men', 'detained', None, 'vague', 'men'),
    ],
    sources=[
        S('survivors', 'witness'),
        S('activists', 'other'),
        S('a Bangladeshi official', 'anonymous'),
        S('the survivors', 'witness'),
        S('Mohammed Rafiq', 'witness', form='name'),
        S('The Chittagong daily Dainik Sagarbarta', 'media'),
        S('coast guard officials', 'official'),
        S("A Bangladeshi border official in Cox's Bazar district", 'anonymous'),
        S('Rohingya activists with contacts in the area', 'other'),
        S('Kyaw Min Htut of the Arakan Rohingya Voice network', 'other', form='name'),
        S('Survivors', 'witness'),
        S('The AA', 'military'),
        S('AA spokesman Khaing Min Naing', 'military', form='title-name'),
        S('A junta statement', 'military', form='document'),
        S('state broadcaster MRTV', 'media'),
        S('The medical charity Health Bridge International', 'ngo'),
        S('the charity', 'ngo'),
        S("Bangladesh's refugee relief commissioner, Rafiqul Islam Bhuiyan", 'official', form='title-name'),
        S('Rights groups', 'ngo'),
        S('the rights group Arakan Justice Initiative', 'ngo'),
    ],
    numbers=[
        N('Aug 12', 'date'),
        N('Several boats', 'count-objects'),
        N('35', 'age'),
        N('6-year-old', 'age'),
        N('two of the boats', 'count-objects'),
        N('two months', 'duration'),
        N('2017', 'year'),
        N('February 2024', 'date'),
    ])

# xg03: an AA landmine near Kyauk Seik and an attack on a Tatmadaw column (state media, digits,
# straight quotes, British spelling, em-dash dateline, MNA sign-off)
A['xg03.txt'] = dict(
    casualty=[
        C('killed 6 local residents', 'killed', 6, 'exact', 'civilians', id='tot'),
        C('injured 4 others', 'injured', 4, 'exact', 'civilians', id='inj'),
        C('2 women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('1 of them succumbed', 'killed', 1, 'exact', 'civilians', sub='inj'),
        C('the death toll to 7', 'killed', 7, 'exact', 'civilians', tags='update'),
        C('the bodies of 23 terrorists', 'killed', 23, 'exact', 'fighters'),
        C('3 members of the security forces were killed', 'killed', 3, 'exact', 'soldiers'),
        C('5 were wounded', 'injured', 5, 'exact', 'soldiers'),
        C('killed 41 civilians', 'killed', 41, 'exact', 'civilians'),
        C('injured 87', 'injured', 87, 'exact', 'civilians'),
        C('abducted 38 young men', 'detained', 38, 'exact', 'men', id='ab'),
        C('Of them, 12', 'detained', 12, 'exact', 'men', sub='ab'),
        C('killing 19 villagers', 'killed', 19, 'exact', 'civilians', tags='contradicted'),
        C('1,240 local people who had fled', 'displaced', 1240, 'exact', 'people'),
    ],
    sources=[
        S('the Western Command of the Tatmadaw', 'military'),
        S('the announcement', 'military', form='document'),
        S('Medical Superintendent Dr Aung Kyaw Moe', 'official', form='title-name'),
        S('the Western Command', 'military', nth=1),
        S('the Western Command', 'military', nth=2),
        S('The announcement', 'military', form='document'),
        S('Some exile media and foreign news agencies', 'media'),
        S('The Western Command', 'military'),
        S('the Rakhine State Information and Public Relations Department', 'official'),
        S('Rakhine State Chief Minister U Hla Thein', 'official', form='title-name'),
    ],
    numbers=[
        N('18 January', 'date'),
        N('16 January', 'date'),
        N('about 7 am', 'time'),
        N('13-year-old', 'age'),
        N('17 January', 'date'),
        N('11 more mines', 'count-objects'),
        N('about 150 AA terrorists', 'count-people'),
        N('9 rifles', 'count-objects'),
        N('2 drones', 'count-objects'),
        N('2024', 'year'),
        N('15 January', 'date'),
        N('K 100,000', 'money'),
        N('48 kg', 'quantity'),
        N('067-3420911', 'other'),
    ])

# xg04: an air strike on the hospital in Lailenpi, southern Chin State (NGO statement: headline,
# dateline, first person plural, demands, notes to editors; British spelling, curly quotes, en dashes)
A['xg04.txt'] = dict(
    casualty=[
        C('killing nine people', 'killed', 9, 'exact', 'people', id='tot'),
        C('three of them our health workers', 'killed', 3, 'exact', 'other', sub='tot'),
        C('injuring at least 26 others', 'injured', 26, 'at-least', 'people', id='inj'),
        C('Eight children are among the injured', 'injured', 8, 'exact', 'children', sub='inj', id='ch'),
        C('five of them', 'injured', 5, 'exact', 'children', sub='ch'),
        C('Two patients are still unaccounted for', 'missing', 2, 'exact', 'people'),
        C('the death toll had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('two more bodies were recovered', 'killed', 2, 'exact', 'people'),
        C('roughly 2,000 residents', 'displaced', 2000, 'approx', 'civilians', id='fl'),
        C('A number of them had already been displaced', 'displaced', None, 'vague', 'civilians', sub='fl'),
        C('Two of our staff', 'detained', 2, 'exact', 'other'),
        C('treated 47 landmine survivors', 'injured', 47, 'exact', 'people', id='ls'),
        C('19 of whom', 'injured', 19, 'exact', 'people', sub='ls'),
        C('At least 6 people have been killed', 'killed', 6, 'at-least', 'people'),
        C('an estimated 100,000 people are displaced', 'displaced', 100000, 'approx', 'people'),
    ],
    sources=[
        S('the Chin Health Action Network (CHAN)', 'ngo'),
        S('Dr Sang Tin Par', 'ngo', form='title-name'),
        S('The Lailenpi town administration', 'official'),
        S('Local volunteers', 'witness'),
        S('the administration', 'official'),
        S('State-run media', 'media'),
        S('Dr Sang Tin Par', 'ngo', nth=1, form='title-name'),
        S('the UN', 'ngo'),
        S('Dr Sang Tin Par', 'ngo', nth=2, form='title-name'),
    ],
    numbers=[
        N('4 March 2025', 'date'),
        N('Two Myanmar military jets', 'count-objects'),
        N('40-bed', 'count-objects'),
        N('three-day walk', 'distance'),
        N('31 in-patients', 'count-people'),
        N('six women', 'count-people'),
        N('14 houses', 'count-objects'),
        N('2023', 'year'),
        N('2024', 'year'),
        N('2008', 'year'),
        N('12 clinics', 'count-objects'),
        N('two hospitals', 'count-objects'),
        N('91 389 245 7716', 'other'),
    ])

# xg05: fighting and shelling around Ngan Chaung village tract (UN OCHA-style flash update: title,
# highlights, overview, displacement by site, health, food and shelter, funding; bullets, digits)
A['xg05.txt'] = dict(
    casualty=[
        C('At least 19 civilians', 'killed', 19, 'at-least', 'civilians', id='k1'),
        C('6 children', 'killed', 6, 'exact', 'children', sub='k1'),
        C('An estimated 7,400 people have fled', 'displaced', 7400, 'approx', 'people'),
        C('12 people remain missing', 'missing', 12, 'exact', 'people'),
        C('19 civilians were killed', 'killed', 19, 'exact', 'civilians', id='k2', tags='repeat'),
        C('37 others injured', 'injured', 37, 'exact', 'civilians'),
        C('6 children', 'killed', 6, 'exact', 'children', nth=1, sub='k2', tags='repeat'),
        C('5 women', 'killed', 5, 'exact', 'women', sub='k2'),
        C('the number of injured at 50–60', 'injured', None, 'range', 'civilians', low=50, high=60,
          tags='contradicted'),
        C('9 bodies have been recovered', 'killed', 9, 'exact', 'people'),
        C('12 people are still missing', 'missing', 12, 'exact', 'people', tags='repeat'),
        C('at least 65 young men were taken', 'detained', 65, 'at-least', 'men', id='t'),
        C('14 of them', 'detained', 14, 'exact', 'men', sub='t'),
        C('An estimated 7,400 people', 'displaced', 7400, 'approx', 'people', nth=1, id='d2', tags='repeat'),
        C('approximately 1,450 households', 'displaced', 1450, 'approx', 'people'),
        C('2,900 people', 'displaced', 2900, 'exact', 'people', sub='d2'),
        C('2,600 people', 'displaced', 2600, 'exact', 'people', sub='d2'),
        C('1,900 people', 'displaced', 1900, 'exact', 'people', sub='d2'),
        C('several hundred more people have moved', 'displaced', None, 'vague', 'people'),
        C('41 wounded patients', 'injured', 41, 'exact', 'people', id='hp'),
        C('3 of whom died', 'killed', 3, 'exact', 'people', sub='hp'),
        C('5 people', 'injured', 5, 'exact', 'people', id='lm'),
        C('3 of them children', 'injured', 3, 'exact', 'children', sub='lm'),
    ],
    sources=[
        S('local sources', 'anonymous'),
        S('community leaders', 'other'),
        S('the village tract administration', 'official'),
        S('Protection partners', 'ngo'),
        S('Families', 'witness'),
        S('Partners', 'ngo'),
        S('The WHO', 'ngo'),
        S('the WFP market monitoring team', 'ngo'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('21 May 2025', 'date'),
        N('14 May', 'date'),
        N('18 May', 'date'),
        N('US$3.1 million', 'money'),
        N('three months', 'duration'),
        N('at least 4 days', 'duration'),
        N('between 14 and 20 May', 'date'),
        N('18 May', 'date', nth=1),
        N('about 40 passengers', 'count-people'),
        N('11 villages', 'count-objects'),
        N('about 16,000', 'population'),
        N('one functioning rural health centre', 'count-objects'),
        N('14 May', 'date', nth=1),
        N('2 attacks on health care', 'count-objects'),
        N('2 separate incidents', 'count-objects'),
        N('40 per cent', 'percentage'),
        N('14 May', 'date', nth=2),
        N('3,200 people', 'count-people'),
        N('19 and 20 May', 'date'),
        N('Some 600 tarpaulins', 'count-objects'),
        N('US$3.1 million', 'money', nth=1),
        N('12,000 people', 'count-people'),
        N('3 months', 'duration'),
        N('2025', 'year', nth=1),
        N('11 per cent', 'percentage'),
    ])

# xg06: a boat carrying Rohingya from the Thae Chaung camp sinks in the Bay of Bengal (a broadcaster's
# website: headline and byline, British spelling, curly quotes, en dashes)
A['xg06.txt'] = dict(
    casualty=[
        C('Dozens of Rohingya feared drowned', 'killed', None, 'vague', 'people'),
        C('At least 27 Rohingya refugees have died', 'killed', 27, 'at-least', 'people'),
        C('The bodies of 27 others', 'killed', 27, 'exact', 'people', id='b', tags='repeat'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='b'),
        C('as many as 85 people could still be missing', 'missing', 85, 'at-most', 'people'),
        C('taken some 100 young men', 'detained', 100, 'approx', 'men'),
        C('about 130,000 Rohingya', 'displaced', 130000, 'approx', 'people'),
        C('66 “illegal Bengali migrants”', 'detained', 66, 'exact', 'people', id='ar'),
        C('31 of the rescued were being held', 'detained', 31, 'exact', 'people', sub='ar', id='h'),
        C('11 children', 'detained', 11, 'exact', 'children', sub='h'),
        C('the number of bodies recovered at 21', 'killed', 21, 'exact', 'people', tags='contradicted'),
        C('two or three children drown', 'killed', None, 'range', 'children', low=2, high=3),
        C('more than 420 Rohingya died', 'killed', 420, 'at-least', 'people'),
        C('driving thousands of Rohingya from their homes', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('the UN refugee agency', 'ngo'),
        S('survivors', 'witness'),
        S('UNHCR', 'ngo'),
        S('a spokesperson for the agency', 'ngo', form='role'),
        S('relatives in Thae Chaung', 'witness'),
        S('camp residents', 'witness'),
        S('Ma Hasina', 'witness', form='name'),
        S('Myanmar’s military', 'military'),
        S('A camp leader', 'anonymous'),
        S('The statement', 'military', form='document'),
        S('Another survivor, Mohammad Yunus', 'witness', form='name'),
        S('The UN refugee agency', 'ngo'),
        S('Human rights monitors', 'ngo'),
    ],
    numbers=[
        N('about 180 people', 'count-people'),
        N('66 people', 'count-people'),
        N('about $1,200', 'money'),
        N('more than 2,000 km', 'distance'),
        N('two weeks', 'duration'),
        N('February 2024', 'date'),
        N('16', 'age'),
        N('44', 'age'),
        N('19-year-old', 'age'),
        N('one of more than a dozen camps', 'count-objects'),
        N('2012', 'year'),
        N('more than 10 hours', 'duration'),
        N('23', 'age'),
        N('one of the deadliest', 'other'),
        N('2024', 'year', nth=1),
    ])

# xg07: Myanmar jets bomb a church compound in Rezua, Chin state (AP style, em-dash dateline, American
# spelling, straight quotes, AP contributor line)
A['xg07.txt'] = dict(
    casualty=[
        C('killing at least 17 people', 'killed', 17, 'at-least', 'people', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('40 to 50 people had been hurt', 'injured', None, 'range', 'people', low=40, high=50),
        C('19 people had died', 'killed', 19, 'exact', 'people', tags='update'),
        C('34 wounded', 'injured', 34, 'exact', 'people', id='w'),
        C('Six of the wounded', 'injured', 6, 'exact', 'people', sub='w'),
        C('killing "around 30 terrorists', 'killed', 30, 'approx', 'fighters', tags='contradicted'),
        C('captured 14 government soldiers', 'detained', 14, 'exact', 'soldiers'),
        C('two of its own fighters had been killed', 'killed', 2, 'exact', 'fighters'),
        C('Tens of thousands of Chin civilians have fled', 'displaced', None, 'vague', 'civilians'),
        C('more than 30,000 refugees', 'displaced', 30000, 'at-least', 'people'),
        C('Almost 75,000 others are displaced', 'displaced', 75000, 'at-most', 'people'),
        C('killed upwards of 6,300 civilians', 'killed', 6300, 'at-least', 'civilians'),
        C('detained 29,000 people', 'detained', 29000, 'exact', 'people'),
        C('several hundred people', 'displaced', None, 'vague', 'people'),
        C('buried 11 people', 'killed', 11, 'exact', 'people'),
    ],
    sources=[
        S('a local resistance official', 'anonymous'),
        S('a pastor', 'witness', form='role'),
        S('Rev. Thawng Za Lian', 'witness', form='title-name'),
        S('Salai Ceu Hmung', 'official', form='name'),
        S('state-run MRTV', 'media'),
        S('The Chin National Army', 'military'),
        S('The group', 'military'),
        S('officials', 'official'),
        S('the U.N. humanitarian office', 'ngo'),
        S('The Assistance Association for Political Prisoners', 'ngo'),
        S('Residents', 'witness'),
        S('a village elder', 'witness', form='role'),
    ],
    numbers=[
        N('about 3,000 people', 'population'),
        N('two years', 'duration'),
        N('Two 500-pound bombs', 'count-objects'),
        N('10 a.m.', 'time'),
        N('about 200 worshippers', 'count-people'),
        N('3-month-old', 'age'),
        N('about eight hours', 'duration'),
        N('one of Myanmar\'s poorest regions', 'other'),
        N('February 2021', 'date'),
    ])

# xg08: the last Rohingya of Du Chee Yar Tan, in the camps of Cox's Bazar (a newspaper's own
# correspondent: headline, "From our correspondent" line, first person, present-tense "says", em-dash
# asides, curly quotes, British spelling)
A['xg08.txt'] = dict(
    casualty=[
        C('46 names', 'killed', 46, 'exact', 'people', id='n'),
        C('Eighteen of them are children', 'killed', 18, 'exact', 'children', sub='n'),
        C('bury 23 bodies', 'killed', 23, 'exact', 'people'),
        C('detained 27 “militants”', 'detained', 27, 'exact', 'fighters'),
        C('fewer than 10 civilians died', 'killed', 10, 'at-most', 'civilians', tags='contradicted'),
        C('took away his two brothers', 'detained', 2, 'exact', 'men'),
        C('about 40 other men', 'detained', 40, 'approx', 'men'),
        C('at least 60 young men have disappeared', 'missing', 60, 'at-least', 'men'),
        C('71 people', 'displaced', 71, 'exact', 'people', id='g'),
        C('Three of them lost legs', 'injured', 3, 'exact', 'people', sub='g'),
        C('nearly 120 families', 'displaced', 120, 'at-most', 'people'),
        C('roughly 1 million Rohingya refugees', 'displaced', 1000000, 'approx', 'people'),
        C('the number of new arrivals from Rakhine this year at 118,000', 'displaced', 118000, 'exact', 'people'),
    ],
    sources=[
        S('Other survivors', 'witness'),
        S('Abul Kalam', 'witness', form='name'),
        S('The Arakan Army', 'military'),
        S('Its spokesman', 'military', form='role'),
        S('The AA', 'military'),
        S('Villagers', 'witness'),
        S('Mohammad Salim', 'witness', form='name'),
        S('Several families', 'witness'),
        S('a UN official in Cox’s Bazar', 'anonymous'),
        S('A community leader in Camp 14', 'anonymous'),
        S('Bangladesh’s coast guard', 'official'),
        S('camp officials', 'official'),
        S('The United Nations refugee agency', 'ngo'),
        S('Aid workers', 'ngo'),
        S('Nur Begum', 'witness', nth=2, form='name'),
    ],
    numbers=[
        N('three days', 'duration'),
        N('52-year-old', 'age'),
        N('61', 'age'),
        N('38', 'age'),
        N('Several families', 'count-people'),
        N('Camp 14', 'other'),
        N('nine days', 'duration'),
        N('14 boats', 'count-objects'),
        N('about 26 square kilometres', 'quantity'),
        N('$12 a person a month', 'money'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
