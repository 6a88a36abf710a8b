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

# ---------------------------------------------------------------- labels (blind set 697: de01-de08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / neutralized / fell / buried / lost … soldiers / cost the lives',
     r'\bneutrali[sz]|\bfell\b|\bburied\b|\bbury\b|\blost\b|\bcost the lives\b'),
    ('found dead / die', r'\bfound dead\b|\bdie\b'),
    ('apprehended / abducted / captured / took away', r'\bapprehended\b|\bcaptured\b|\btook away\b'),
    ('uprooted / fleeing', r'\buprooted\b|\bfleeing\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('assailants/members/leaders/militiamen/raiders', r'\b(?:assailants|members|leaders|militiamen|raiders)\b'),
    ('comrades', r'\bcomrades\b'),
    ('patients/staff/colleagues/newborns', r'\b(?:patients|staff|colleagues|newborns)\b'),
    ('accomplices/informants/persons/households/foreign national',
     r'\b(?:accomplices|informants|persons|households|foreign national)\b'),
    ('young men/brothers', r'\b(?:young men|brothers)\b'),
]

# de01: jihadists overrun an army post near Tondikiwindi (AFP style, one sentence a paragraph, en-dash
# dateline, British spelling, curly quotes)
A['de01.txt'] = dict(
    casualty=[
        C('killed at least 19 Nigerien soldiers', 'killed', 19, 'at-least', 'soldiers', id='tot'),
        C('the number of wounded at 11', 'injured', 11, 'exact', 'soldiers'),
        C('four or five soldiers were still missing', 'missing', None, 'range', 'soldiers', low=4, high=5),
        C('10 soldiers killed', 'killed', 10, 'exact', 'soldiers', tags='contradicted'),
        C('7 wounded', 'injured', 7, 'exact', 'soldiers', tags='contradicted'),
        C('“dozens of terrorists” had been neutralised', 'killed', None, 'vague', 'fighters'),
        C('buried 23 bodies', 'killed', 23, 'exact', 'people', id='b23', tags='contradicted'),
        C('two civilians', 'killed', 2, 'exact', 'civilians', sub='b23'),
        C('nine wounded soldiers', 'injured', 9, 'exact', 'soldiers', id='h9'),
        C('three of them', 'injured', 3, 'exact', 'soldiers', sub='h9'),
        C('scores of families had fled', 'displaced', None, 'vague', 'people'),
        C('killed 34 soldiers', 'killed', 34, 'exact', 'soldiers', tags='contradicted'),
        C('upwards of 1,600 deaths', 'killed', 1600, 'at-least', 'people'),
        C('abducted three young men', 'detained', 3, 'exact', 'men'),
        C('more than 400,000 people are internally displaced', 'displaced', 400000, 'at-least', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('a security source in Niamey', 'anonymous'),
        S('Another source, an officer in Ouallam', 'anonymous'),
        S('Niger’s defence ministry', 'military'),
        S('state television', 'media'),
        S('The ministry', 'military'),
        S('A local elected official', 'anonymous'),
        S('a nurse', 'anonymous'),
        S('Residents of Tondikiwindi', 'witness'),
        S('the Amaq agency', 'media'),
        S('Islamic State', 'military'),
        S('The conflict monitor ACLED', 'ngo'),
        S('a local official', 'anonymous'),
        S('the official', 'anonymous'),
        S('The United Nations', 'ngo'),
    ],
    numbers=[
        N('about 200 motorbikes', 'count-objects'),
        N('two men on each', 'count-people'),
        N('3 of their pick-up trucks', 'count-objects'),
        N('one of the deadliest', 'other'),
        N('July 2023', 'date'),
        N('about 60 kilometres', 'distance'),
        N('four armoured vehicles', 'count-objects'),
        N('2024', 'year'),
        N('about 300 head of cattle', 'count-objects'),
        N('500,000 CFA francs', 'money'),
    ])

# de02: gunmen kill villagers in three villages of Kokorou commune (Reuters style, Reuters dateline and
# sign-off, American spelling, straight quotes)
A['de02.txt'] = dict(
    casualty=[
        C('killed 27 civilians', 'killed', 27, 'exact', 'civilians', id='tot'),
        C('bury 14 men', 'killed', 14, 'exact', 'men', sub='tot'),
        C('11 other people were wounded', 'injured', 11, 'exact', 'people', id='w'),
        C('four children', 'injured', 4, 'exact', 'children', sub='w'),
        C('Two of the wounded died', 'killed', 2, 'exact', 'people', sub='w'),
        C('the toll to 29', 'killed', 29, 'exact', 'civilians', tags='update'),
        C('31 dead', 'killed', 31, 'exact', 'people', tags='contradicted'),
        C('between 20 and 25 wounded', 'injured', None, 'range', 'people', low=20, high=25, tags='contradicted'),
        C('Up to six people are still missing', 'missing', 6, 'at-most', 'people'),
        C('abducted a number of women', 'detained', None, 'vague', 'women'),
        C('"neutralized" 12 assailants', 'killed', 12, 'exact', 'fighters'),
        C('lost 2 soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('5 others wounded', 'injured', 5, 'exact', 'soldiers'),
        C('killed at least nine self-defense fighters', 'killed', 9, 'at-least', 'fighters'),
        C('detained a dozen people', 'detained', 12, 'exact', 'people'),
        C('As many as 2,500 people have fled', 'displaced', 2500, 'at-most', 'people'),
        C('killed roughly 1,400 civilians', 'killed', 1400, 'approx', 'civilians'),
    ],
    sources=[
        S("the Tillaberi regional governor's office", 'official'),
        S('two residents', 'witness'),
        S('Hama Issoufou', 'witness', form='name'),
        S("The governor's office", 'official'),
        S('a health worker', 'anonymous'),
        S('A local official', 'anonymous'),
        S('Residents', 'witness'),
        S("Niger's army", 'military'),
        S('a security source', 'anonymous'),
        S('the same source', 'anonymous'),
        S('a local aid worker', 'anonymous'),
        S('Mariama Boubacar', 'witness', form='name'),
        S('the Armed Conflict Location & Event Data Project (ACLED)', 'ngo'),
    ],
    numbers=[
        N('Oct 14', 'date'),
        N('three villages', 'count-objects'),
        N('two', 'count-people'),
        N('38-year-old', 'age'),
        N('12-year-old', 'age'),
        N('"several hundred" cattle', 'count-objects'),
        N('three days', 'duration'),
        N('some 150 km', 'distance'),
        N('93 miles', 'distance'),
        N('40 km', 'distance'),
        N('July 2023', 'date'),
        N('the first nine months', 'duration'),
        N('40%', 'percentage'),
    ])

# de03: an army clearing operation around Wanzerbé (state media: the defence ministry's communiqué and the
# governor's visit; en-dash dateline, British spelling, straight quotes, digits throughout)
A['de03.txt'] = dict(
    casualty=[
        C('neutralised 31 terrorists', 'killed', 31, 'exact', 'fighters'),
        C('apprehended 6 of their accomplices', 'detained', 6, 'exact', 'people'),
        C('4 of our soldiers fell', 'killed', 4, 'exact', 'soldiers'),
        C('9 others were slightly wounded', 'injured', 9, 'exact', 'soldiers'),
        C('2 civilians wounded', 'injured', 2, 'exact', 'civilians'),
        C('the number of terrorists neutralised was revised to 37', 'killed', 37, 'exact', 'fighters', id='n37',
          tags='update'),
        C('3 leaders', 'killed', 3, 'exact', 'fighters', sub='n37'),
        C('The 6 accomplices apprehended', 'detained', 6, 'exact', 'people', id='r6', tags='repeat'),
        C('1 foreign national', 'detained', 1, 'exact', 'people', sub='r6'),
        C('killed some 40 civilians', 'killed', 40, 'approx', 'civilians', tags='contradicted'),
        C('cost the lives of 18 civilians', 'killed', 18, 'exact', 'civilians'),
        C('approximately 1,240 persons who had fled', 'displaced', 1240, 'approx', 'people', id='d'),
        C('530 are children', 'displaced', 530, 'exact', 'children', sub='d'),
    ],
    sources=[
        S('the Ministry of National Defence', 'military'),
        S('Télé Sahel', 'media'),
        S('the communiqué', 'military', nth=0, form='document'),
        S('the communiqué', 'military', nth=1, form='document'),
        S('the spokesperson of the Ministry, Colonel Souleymane Garba', 'military', form='title-name'),
        S('The Ministry of National Defence', 'military'),
        S('certain foreign media', 'media'),
        S('the communiqué', 'military', nth=2, form='document'),
        S('The Governor', 'official', form='role'),
        S('the communiqué', 'military', nth=3, form='document'),
    ],
    numbers=[
        N('22 November 2025', 'date'),
        N('17 to 20 November', 'date'),
        N('2 logistics bases', 'count-objects'),
        N('14 motorcycles', 'count-objects'),
        N('9 AK-47 rifles', 'count-objects'),
        N('18 November', 'date'),
        N('more than 3,000 head of cattle', 'count-objects'),
        N('45 tonnes', 'quantity'),
        N('2,000 mosquito nets', 'count-objects'),
        N('the free number 17', 'other'),
    ])

# de04: an attack on the health centre in Méhana (NGO statement: headline, en-dash dateline, first person
# plural, demands, notes to editors; British spelling, curly quotes, en dashes)
A['de04.txt'] = dict(
    casualty=[
        C('8 killed', 'killed', 8, 'exact', 'people', id='h8'),
        C('seven patients were killed', 'killed', 7, 'exact', 'people', sub='h8'),
        C('Twenty-three other people were wounded', 'injured', 23, 'exact', 'people', id='w'),
        C('five of them children', 'injured', 5, 'exact', 'children', sub='w'),
        C('Two of the wounded', 'killed', 2, 'exact', 'people', sub='w'),
        C('the number of people killed in the attack to 10', 'killed', 10, 'exact', 'people', tags='update'),
        C('Two of our staff', 'missing', 2, 'exact', 'other'),
        C('6 dead', 'killed', 6, 'exact', 'people', tags='contradicted'),
        C('nearly 4,500 people have fled', 'displaced', 4500, 'at-most', 'people'),
        C('an estimated 9,000 displaced people', 'displaced', 9000, 'approx', 'people'),
        C('3 newborns die', 'killed', 3, 'exact', 'children'),
        C('14 health workers were killed', 'killed', 14, 'exact', 'other'),
        C('our two missing colleagues', 'missing', 2, 'exact', 'other', tags='repeat'),
    ],
    sources=[
        S('the medical humanitarian organisation Terres Solidaires Santé (TSS)', 'ngo'),
        S('Dr Hadiza Mounkaila', 'ngo', form='title-name'),
        S('our teams', 'ngo'),
        S('The Ministry of Public Health', 'official'),
        S('A survivor, Boubacar Hamidou', 'witness', form='name'),
        S('the municipal authorities of Méhana', 'official'),
        S('Mariama Hassane', 'ngo', form='name'),
        S('The World Health Organization', 'ngo'),
    ],
    numbers=[
        N('3 March 2026', 'date'),
        N('28 February', 'date'),
        N('4-year-old', 'age'),
        N('1 am', 'time'),
        N('45 kilometres', 'distance'),
        N('52', 'age'),
        N('some 32,000 people', 'population'),
        N('1 March', 'date'),
        N('6,800 consultations', 'count-objects'),
        N('412 children', 'count-people'),
        N('27 attacks on health facilities', 'count-objects'),
        N('2025', 'year'),
        N('2012', 'year'),
        N('19 health centres', 'count-objects'),
        N('240 national staff', 'count-people'),
        N('+227 90 12 34 56', 'other'),
    ])

# de05: attacks on pastoral camps around Bakorat, Tillia department (UN OCHA-style flash update:
# highlights, overview, displacement by site, sectors, funding; bullet lists, digits, "per cent")
A['de05.txt'] = dict(
    casualty=[
        C('killing at least 22 people', 'killed', 22, 'at-least', 'people', id='h22'),
        C('6 children', 'killed', 6, 'exact', 'children', nth=0, sub='h22'),
        C('Some 5,300 people have been displaced', 'displaced', 5300, 'approx', 'people'),
        C('14 people were injured', 'injured', 14, 'exact', 'people'),
        C('9 people are missing', 'missing', 9, 'exact', 'people'),
        C('22 people were killed', 'killed', 22, 'exact', 'people', id='o22', tags='repeat'),
        C('6 children', 'killed', 6, 'exact', 'children', nth=1, sub='o22', tags='repeat'),
        C('4 women', 'killed', 4, 'exact', 'women', sub='o22'),
        C('14 were injured', 'injured', 14, 'exact', 'people', tags='repeat'),
        C('Nine men', 'missing', 9, 'exact', 'men', id='m9', tags='repeat'),
        C('30 “militiamen” had been killed', 'killed', 30, 'exact', 'fighters', tags='contradicted'),
        C('an estimated 5,300 people', 'displaced', 5300, 'approx', 'people', id='d', tags='repeat'),
        C('about 880 households', 'displaced', 880, 'approx', 'people'),
        C('2,950 people', 'displaced', 2950, 'exact', 'people', sub='d'),
        C('1,420 people', 'displaced', 1420, 'exact', 'people', sub='d'),
        C('930 people', 'displaced', 930, 'exact', 'people', sub='d'),
        C('600–800 people', 'displaced', None, 'range', 'people', low=600, high=800),
        C('3 of the missing were found dead', 'killed', 3, 'exact', 'men', sub='m9'),
        C('the toll to 25', 'killed', 25, 'exact', 'people', tags='update'),
        C('At least 11 young men were abducted', 'detained', 11, 'at-least', 'men'),
        C('14 wounded', 'injured', 14, 'exact', 'people', id='w14', tags='repeat'),
        C('5 of whom', 'injured', 5, 'exact', 'people', sub='w14'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the Islamic State Sahel Province', 'military'),
        S('Community leaders', 'other'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('the departmental directorate of humanitarian action', 'official'),
        S('Protection partners', 'ngo'),
        S('the district health directorate', 'official'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('12 May 2026', 'date'),
        N('4 pastoral camps', 'count-objects'),
        N('8 and 9 May', 'date', nth=0),
        N('2 nearby sites', 'count-objects'),
        N('More than 7,000 head of livestock', 'count-objects'),
        N('8 and 9 May', 'date', nth=1),
        N('some 60 km', 'distance'),
        N('10 May', 'date'),
        N('some 12,000 inhabitants', 'population'),
        N('11 May', 'date'),
        N('270 km', 'distance'),
        N('1 ambulance', 'count-objects'),
        N('2 doctors', 'count-people'),
        N('more than 7,000 animals', 'count-objects'),
        N('an estimated 1,100 pastoral households', 'count-people'),
        N('30-day', 'duration'),
        N('5,300 people', 'count-people', nth=2),
        N('14 May', 'date'),
        N('1,200 emergency shelter kits', 'count-objects'),
        N('15 emergency latrines', 'count-objects'),
        N('US$1.8 million', 'money'),
        N('3 months', 'duration'),
        N('2026', 'year', nth=1),
        N('11 per cent', 'percentage'),
        N('+227 96 55 40 18', 'other'),
    ])

# de06: a revenge raid on Dingazi after vigilantes recovered stolen cattle (a broadcaster's website:
# headline and byline instead of a dateline; British spelling, curly quotes)
A['de06.txt'] = dict(
    casualty=[
        C('kill dozens', 'killed', None, 'vague', 'people'),
        C('killed dozens of people', 'killed', None, 'vague', 'people', id='t', tags='repeat'),
        C('the death toll at 41', 'killed', 41, 'exact', 'people', id='t41'),
        C('15 members', 'killed', 15, 'exact', 'fighters', sub='t41'),
        C('20 to 30 bodies', 'killed', None, 'range', 'people', low=20, high=30),
        C('his two brothers were among the dead', 'killed', 2, 'exact', 'men', sub='t'),
        C('17 “terrorists” had been killed', 'killed', 17, 'exact', 'fighters'),
        C('3 soldiers died', 'killed', 3, 'exact', 'soldiers'),
        C('fewer than 15 civilians had died', 'killed', 15, 'at-most', 'civilians', tags='contradicted'),
        C('killing four of the raiders', 'killed', 4, 'exact', 'fighters'),
        C('26 wounded', 'injured', 26, 'exact', 'people', id='w'),
        C('several of them children', 'injured', None, 'vague', 'children', sub='w'),
        C('Two died overnight', 'killed', 2, 'exact', 'people', sub='w'),
        C('arrested 8 suspected informants', 'detained', 8, 'exact', 'people'),
        C('thousands of residents have fled', 'displaced', None, 'vague', 'civilians'),
        C('about 20,000 people uprooted', 'displaced', 20000, 'approx', 'people'),
    ],
    sources=[
        S('residents', 'witness'),
        S('survivors', 'witness'),
        S('Local officials', 'official'),
        S('a farmer', 'anonymous'),
        S('Niger’s defence ministry', 'military'),
        S('a member of the group', 'anonymous'),
        S('Ali Hamani', 'military', form='name'),
        S('a doctor', 'anonymous'),
        S('The army', 'military'),
        S('Aid workers', 'ngo'),
        S('Herders in the area', 'witness'),
        S('Analysts', 'other'),
        S('Rabiou Maman', 'other', form='name'),
    ],
    numbers=[
        N('about 100km', 'distance'),
        N('62 miles', 'distance'),
        N('more than three hours', 'duration'),
        N('about 150 head of cattle', 'count-objects'),
        N('two days earlier', 'duration'),
        N('tens of thousands of animals', 'count-objects'),
        N('2021', 'year'),
        N('three months', 'duration'),
        N('December 2024', 'date'),
    ])

# de07: an ambush on an army convoy near Chinagodrar, with livestock stolen on the way back (AP style,
# em-dash dateline, American spelling, straight quotes, an AP contributor line)
A['de07.txt'] = dict(
    casualty=[
        C('killing 12 soldiers', 'killed', 12, 'exact', 'soldiers', id='tot'),
        C('wounding 15 others', 'injured', 15, 'exact', 'soldiers', id='w'),
        C('Six soldiers were missing', 'missing', 6, 'exact', 'soldiers'),
        C('killed "over 50 terrorists"', 'killed', 50, 'at-least', 'fighters'),
        C('the death toll among soldiers to 14', 'killed', 14, 'exact', 'soldiers', tags='update'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'soldiers', sub='w'),
        C('at least 20 of his comrades had been killed', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('killed 31 soldiers', 'killed', 31, 'exact', 'soldiers', tags='contradicted'),
        C('captured two', 'detained', 2, 'exact', 'soldiers'),
        C('18 wounded soldiers', 'injured', 18, 'exact', 'soldiers', id='h', tags='contradicted'),
        C('four of whom', 'injured', 4, 'exact', 'soldiers', sub='h'),
        C('killed two villagers', 'killed', 2, 'exact', 'civilians'),
        C('detained 9 people', 'detained', 9, 'exact', 'people'),
        C('around 1,700 people fleeing', 'displaced', 1700, 'approx', 'people'),
        C('at least 84 members', 'killed', 84, 'at-least', 'fighters'),
        C('132 civilians had been killed', 'killed', 132, 'exact', 'civilians'),
    ],
    sources=[
        S("Niger's Defense Ministry", 'military'),
        S('the ministry', 'military', nth=0),
        S('the ministry', 'military', nth=1),
        S('A soldier', 'anonymous'),
        S("The Islamic State group's Sahel Province", 'military'),
        S('a medical official', 'anonymous'),
        S('Residents of Chinagodrar', 'witness'),
        S('Harouna Soumana', 'witness', form='name'),
        S('a security official', 'anonymous'),
        S('Mayor Issaka Djibo of Banibangou', 'official', form='title-name'),
        S('rights groups', 'ngo'),
        S('The Niamey-based rights group Tournesol Sahel', 'ngo'),
    ],
    numbers=[
        N('about 40 trucks', 'count-objects'),
        N('almost two hours', 'duration'),
        N('hundreds of cattle, sheep and goats', 'count-objects'),
        N('47', 'age'),
        N('60 head of cattle', 'count-objects'),
        N('July 2023', 'date'),
        N('January 2025', 'date'),
        N('5,000 troops', 'count-people'),
    ])

# de08: Yatakala counts its dead, its wounded, its abducted and its departed (a newspaper's own
# correspondent: headline, "From our correspondent" line, first person, present-tense "says", en-dash
# asides, curly quotes, British spelling)
A['de08.txt'] = dict(
    casualty=[
        C('buried 16 people', 'killed', 16, 'exact', 'people'),
        C('Four more died', 'killed', 4, 'exact', 'people'),
        C('the toll is now 20', 'killed', 20, 'exact', 'people', id='u', tags='update'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='u'),
        C('11 civilians killed', 'killed', 11, 'exact', 'civilians', tags='contradicted'),
        C('25 terrorists neutralised', 'killed', 25, 'exact', 'fighters'),
        C('the bodies of the 25', 'killed', 25, 'exact', 'fighters', tags='repeat'),
        C('13 wounded', 'injured', 13, 'exact', 'people', id='w'),
        C('A handful', 'injured', None, 'vague', 'people', sub='w'),
        C('took away five young men', 'detained', 5, 'exact', 'men', id='t'),
        C('Two of them', 'detained', 2, 'exact', 'men', sub='t'),
        C('lost six of its members', 'killed', 6, 'exact', 'fighters'),
        C('1,950 displaced people', 'displaced', 1950, 'exact', 'people'),
        C('arrested 3 men', 'detained', 3, 'exact', 'men'),
        C('almost 120,000 people are displaced', 'displaced', 120000, 'at-most', 'people'),
        C('some 3.2 million displaced', 'displaced', 3200000, 'approx', 'people'),
        C('Twenty', 'killed', 20, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('Hamidou Issa', 'official', form='name'),
        S('villagers', 'witness'),
        S('The army’s communiqué', 'military', form='document'),
        S('state television', 'media'),
        S('the nurse, Fati Moumouni', 'official', form='title-name'),
        S('the chief', 'official', nth=0),
        S('its leader, Soumaïla Dicko', 'military', form='title-name'),
        S('the mayor of Gorouol, Moussa Hama', 'official', form='title-name'),
        S('the departmental directorate of humanitarian action', 'official'),
        S('Aïssa Boubacar', 'witness', form='name'),
        S('A security source in Téra', 'anonymous'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('the agency', 'ngo'),
    ],
    numbers=[
        N('a boy of three', 'age'),
        N('2 March', 'date'),
        N('two days later', 'duration'),
        N('two beds', 'count-objects'),
        N('22 volunteers', 'count-people'),
        N('some 800 head of cattle', 'count-objects'),
        N('roughly 2,600 inhabitants', 'population'),
        N('fewer than 400 remain', 'count-people'),
        N('70 kilometres', 'distance'),
        N('29', 'age'),
        N('two days', 'duration', nth=1),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
