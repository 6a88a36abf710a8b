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

# ---------------------------------------------------------------- labels (blind set 55: hq01-hq08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / neutralised / murdered', r'\bmartyred\b|\bneutralised\b|\bmurdered\b'),
    ('evacuated / left / households displaced', r'\bevacuated\b|\bleft\b'),
    ('captured / in custody / arrested', r'\bcaptured\b|\bcustody\b'),
    ('treated / gunshot wounds / tear-gas inhalation', r'\btreated\b|\bgunshot\b|\binhalation\b'),
    ('the body of / found … bodies', r'\bbody\b|\bfound\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/security personnel/police officers', r'\b(?:servicemen|personnel)\b'),
    ('suspects/brothers/Palestinians/families/households',
     r'\b(?:suspects|brothers|Palestinians|families|households)\b'),
    ('novices/passers-by/vaccinators/health workers', r'\b(?:novices|passers-by|vaccinators)\b'),
    ('militia members/militiamen/members', r'\b(?:members|militiamen)\b'),
]

# hq01: Russian glide bombs and shelling on Siversk, Donetsk oblast, Ukraine (Reuters style)
A['hq01.txt'] = dict(
    casualty=[
        C('killing at least six civilians', 'killed', 6, 'at-least', 'civilians', id='tot'),
        C('wounding 11 others', 'injured', 11, 'exact', 'civilians', id='inj'),
        C('two of the dead', 'killed', 2, 'exact', 'civilians', sub='tot'),
        C('Three of the wounded', 'injured', 3, 'exact', 'civilians', sub='inj'),
        C('the body of one more victim', 'killed', 1, 'exact', 'civilians'),
        C('the toll to seven', 'killed', 7, 'exact', 'civilians', tags='update'),
        C('the death toll at eight', 'killed', 8, 'exact', 'civilians', tags='update'),
        C('killed up to 145 Ukrainian servicemen', 'killed', 145, 'at-most', 'soldiers', tags='contradicted'),
        C('killing 38 Russian soldiers', 'killed', 38, 'exact', 'soldiers'),
        C('wounding 50-60', 'injured', None, 'range', 'soldiers', low=50, high=60),
        C('evacuated 312 people', 'displaced', 312, 'exact', 'people', id='ev'),
        C('41 children', 'displaced', 41, 'exact', 'children', sub='ev'),
        C('186 civilians had been killed', 'killed', 186, 'exact', 'civilians'),
        C('1,037 injured', 'injured', 1037, 'exact', 'civilians'),
        C('more than 12,000 civilian deaths', 'killed', 12000, 'at-least', 'civilians'),
    ],
    sources=[
        S('the regional governor', 'official', form='role'),
        S('Governor Oleksandr Hrytsenko', 'official', form='title-name'),
        S('the State Emergency Service', 'official'),
        S('The service', 'official'),
        S("the regional prosecutor's office", 'official'),
        S("the town's military administration", 'official'),
        S("Russia's Defense Ministry", 'military'),
        S('Ukrainian military spokesman Col. Andriy Savchuk', 'military', form='title-name'),
        S('Police', 'official', form='collective'),
        S('Halyna Moroz', 'witness', form='name'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
        S('The mission', 'ngo'),
    ],
    numbers=[
        N('four people', 'count-people'),
        N('two-story', 'other'),
        N('11 p.m.', 'time'),
        N('59-year-old', 'age'),
        N('about 11,000', 'population'),
        N('some 30 km', 'distance'),
        N('19 miles', 'distance'),
        N('2022', 'year'),
        N('Fewer than 2,000 residents', 'population'),
        N('24 hours', 'duration'),
        N('23 assaults', 'other'),
        N('eight surrounding villages', 'count-objects'),
        N('several dozen elderly residents', 'count-people'),
        N('67', 'age'),
        N('three nights', 'duration'),
        N('February 2022', 'date'),
    ])

# hq02: TNLA shelling of Mogok, Mandalay region, Myanmar (Myanmar state media style)
A['hq02.txt'] = dict(
    casualty=[
        C('killing five civilians', 'killed', 5, 'exact', 'civilians', id='tot'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('injuring 18 others', 'injured', 18, 'exact', 'civilians', id='inj'),
        C('four novices', 'injured', 4, 'exact', 'people', sub='inj'),
        C('two of the injured later died', 'killed', 2, 'exact', 'civilians', sub='inj'),
        C('the death toll to seven', 'killed', 7, 'exact', 'civilians', tags='update'),
        C('wounding three security personnel', 'injured', 3, 'exact', 'soldiers'),
        C('the bodies of 14 terrorists', 'killed', 14, 'exact', 'fighters'),
        C('A number of terrorists were captured', 'detained', None, 'vague', 'fighters'),
        C('about 3,500 residents', 'displaced', 3500, 'approx', 'civilians'),
        C('As many as 1,200 displaced persons', 'displaced', 1200, 'at-most', 'people'),
        C('23 civilians had been killed', 'killed', 23, 'exact', 'civilians', tags='contradicted'),
        C('killed 64 civilians', 'killed', 64, 'exact', 'civilians'),
        C('injured 212 others', 'injured', 212, 'exact', 'civilians'),
    ],
    sources=[
        S('the Information Team of the State Administration Council', 'military'),
        S('the statement', 'military', form='document'),
        S('Medical superintendent Dr Khin Maung Win', 'official', form='title-name'),
        S('the team', 'military'),
        S('the statement', 'military', nth=1, form='document'),
        S('The team', 'military'),
        S('Mandalay Region Chief Minister U Myo Aung', 'official', form='title-name'),
        S('The team', 'military', nth=1),
        S('some foreign media', 'media'),
        S('the team', 'military', nth=1),
    ],
    numbers=[
        N('9 October', 'date'),
        N('107 mm', 'other'),
        N('7 October', 'date'),
        N('4.30 pm', 'time'),
        N('26 houses', 'count-objects'),
        N('70-year-old', 'age'),
        N('6 October', 'date'),
        N('11 small arms', 'count-objects'),
        N('60 mm', 'other'),
        N('nearly two days', 'duration'),
        N('11 monasteries', 'count-objects'),
        N('K 45 million', 'money'),
        N('9,850 local people', 'count-people'),
    ])

# hq03: a settler attack on Hawara, occupied West Bank (a Palestinian rights group's statement)
A['hq03.txt'] = dict(
    casualty=[
        C('one dead', 'killed', 1, 'exact', 'people'),
        C('dozens injured', 'injured', None, 'vague', 'people'),
        C('injuring dozens of residents', 'injured', None, 'vague', 'civilians', tags='repeat'),
        C('killed two Israeli civilians', 'killed', 2, 'exact', 'civilians'),
        C('treated 98 people', 'injured', 98, 'exact', 'people', id='prcs'),
        C('11 with gunshot wounds', 'injured', 11, 'exact', 'people', sub='prcs'),
        C('63 for tear-gas inhalation', 'injured', 63, 'exact', 'people', sub='prcs'),
        C('Seven of the injured', 'injured', 7, 'exact', 'people', id='hosp', sub='prcs'),
        C('two of them', 'injured', 2, 'exact', 'people', sub='hosp'),
        C('detained 16 Palestinians', 'detained', 16, 'exact', 'people'),
        C('arrested six Israeli suspects', 'detained', 6, 'exact', 'people', id='arr'),
        C('two of whom remained in custody', 'detained', 2, 'exact', 'people', sub='arr'),
        C('At least 20 families', 'displaced', 20, 'at-least', 'people'),
        C('some 110 people', 'displaced', 110, 'approx', 'people'),
        C('at least 1,760 Palestinians have been displaced', 'displaced', 1760, 'at-least', 'people'),
    ],
    sources=[
        S('field researchers of the Palestinian Centre for Field Documentation (PCFD)', 'ngo', form='organisation'),
        S('Israeli security officials', 'official'),
        S('PCFD’s field researchers', 'ngo', form='organisation'),
        S('The Palestine Red Crescent Society (PRCS)', 'ngo'),
        S('The Palestinian Ministry of Health', 'official'),
        S('Relatives', 'witness'),
        S('Rania Khalil', 'ngo', form='name'),
        S('The Israeli military', 'military'),
        S('Israeli police', 'official', form='collective'),
        S('the municipality', 'official'),
        S('the UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
    ],
    numbers=[
        N('14 May 2025', 'date'),
        N('Hundreds of Israeli settlers', 'count-people'),
        N('12 May', 'date'),
        N('37-year-old', 'age'),
        N('9 pm', 'time'),
        N('19', 'age'),
        N('at least 35 homes', 'count-objects'),
        N('more than 100 cars', 'count-objects'),
        N('Fourteen shops', 'count-objects'),
        N('a father of four', 'count-people'),
        N('almost 40 minutes', 'duration'),
        N('five hours', 'duration'),
        N('more than 1,100 attacks', 'other'),
        N('2002', 'year'),
        N('24 field researchers', 'count-people'),
    ])

# hq04: an Islamic State attack on an army post near Baiji, Salahuddin, Iraq (AFP style)
A['hq04.txt'] = dict(
    casualty=[
        C('killing five soldiers', 'killed', 5, 'exact', 'soldiers'),
        C('Three other soldiers were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('one is missing', 'missing', 1, 'exact', 'soldiers'),
        C('the bodies of four soldiers', 'killed', 4, 'exact', 'soldiers', tags='contradicted'),
        C('six wounded', 'injured', 6, 'exact', 'soldiers', id='med', tags='contradicted'),
        C('two of whom', 'injured', 2, 'exact', 'soldiers', sub='med'),
        C('three soldiers had been “martyred”', 'killed', 3, 'exact', 'soldiers', tags='contradicted'),
        C('four wounded', 'injured', 4, 'exact', 'soldiers', tags='contradicted'),
        C('killed a dozen Iraqi soldiers', 'killed', 12, 'exact', 'soldiers', tags='contradicted'),
        C('arrested seven suspects', 'detained', 7, 'exact', 'people', id='arr'),
        C('two brothers', 'detained', 2, 'exact', 'men', sub='arr'),
        C('four Hashed al-Shaabi fighters were killed', 'killed', 4, 'exact', 'fighters'),
        C('dozens of families fled', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('an army officer in Salahuddin province', 'anonymous'),
        S('the officer', 'anonymous'),
        S('A medic at Tikrit Teaching Hospital', 'anonymous'),
        S('Iraq’s Joint Operations Command', 'military'),
        S('The jihadist group', 'military'),
        S('a police spokesman, Colonel Ahmed al-Jubouri', 'official', form='title-name'),
        S('A UN report', 'ngo', form='document'),
    ],
    numbers=[
        N('between 15 and 20', 'count-people'),
        N('1:00 am', 'time'),
        N('2200 GMT', 'time'),
        N('three directions', 'other'),
        N('F-16', 'other'),
        N('about 200 kilometres', 'distance'),
        N('2014', 'year'),
        N('some 310,000 barrels a day', 'quantity'),
        N('2017', 'year'),
        N('between 1,500 and 3,000 fighters', 'count-people'),
    ])

# hq05: fighting in Babanusa, West Kordofan, Sudan (a UN OCHA flash update)
A['hq05.txt'] = dict(
    casualty=[
        C('At least 47 civilians were killed', 'killed', 47, 'at-least', 'civilians'),
        C('more than 120 injured', 'injured', 120, 'at-least', 'civilians'),
        C('An estimated 31,000 people have fled', 'displaced', 31000, 'approx', 'people'),
        C('at least 47 civilians', 'killed', 47, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('13 children', 'killed', 13, 'exact', 'children', sub='tot'),
        C('nine women', 'killed', 9, 'exact', 'women', sub='tot'),
        C('123 people were injured', 'injured', 123, 'exact', 'people', tags='repeat'),
        C('killing two health workers', 'killed', 2, 'exact', 'other'),
        C('nearly 90 wounded patients', 'injured', 90, 'at-most', 'people'),
        C('At least 60 people', 'missing', 60, 'at-least', 'people'),
        C('killed more than 300 SAF soldiers', 'killed', 300, 'at-least', 'soldiers'),
        C('killed “hundreds of militia members”', 'killed', None, 'vague', 'fighters'),
        C('an estimated 31,000 people', 'displaced', 31000, 'approx', 'people', id='disp', tags='repeat'),
        C('approximately 6,200 households', 'displaced', 6200, 'approx', 'people'),
        C('some 18,500 people', 'displaced', 18500, 'approx', 'people', id='mug', sub='disp'),
        C('about 7,000', 'displaced', 7000, 'approx', 'people', sub='disp'),
        C('Some 2,400 of the new arrivals', 'displaced', 2400, 'approx', 'people', sub='mug'),
    ],
    sources=[
        S('local health authorities', 'official'),
        S('the West Kordofan State Ministry of Health', 'official'),
        S('Médecins Sans Frontières (MSF)', 'ngo'),
        S('the Babanusa Emergency Response Room', 'other', form='organisation'),
        S('the RSF', 'military'),
        S('the SAF', 'military', nth=1),
        S('the International Organization for Migration (IOM) Displacement Tracking Matrix (DTM)', 'ngo'),
        S('local authorities', 'official'),
        S('Partners', 'ngo', form='collective'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('18 November 2025', 'date'),
        N('between 12 and 16 November', 'date'),
        N('12 November', 'date'),
        N('US$6.5 million', 'money'),
        N('three months', 'duration'),
        N('22nd', 'other'),
        N('12 November', 'date', nth=1),
        N('between 12 and 16 November', 'date', nth=1),
        N('14 November', 'date'),
        N('four days', 'duration'),
        N('15 November', 'date'),
        N('between 12 and 17 November', 'date'),
        N('up to three days', 'duration'),
        N('90,000', 'population'),
        N('seven schools', 'count-objects'),
        N('500 patients', 'count-people'),
        N('at least 17 cases', 'other'),
        N('40 children', 'count-people'),
        N('three-day', 'duration'),
        N('12,000 people', 'count-people'),
        N('2025', 'year', nth=1),
        N('$4.2 billion', 'money'),
        N('27 per cent', 'percentage'),
        N('18 November', 'date', nth=1),
    ])

# hq06: a jihadist attack on Kongoussi, Centre-Nord, Burkina Faso (dpa style, one sentence a paragraph)
A['hq06.txt'] = dict(
    casualty=[
        C('killed at least 28 people', 'killed', 28, 'at-least', 'people', id='tot'),
        C('Among the dead were 11 soldiers', 'killed', 11, 'exact', 'soldiers', sub='tot'),
        C('nine members', 'killed', 9, 'exact', 'soldiers', sub='tot'),
        C('At least 40 people were wounded', 'injured', 40, 'at-least', 'people', id='inj'),
        C('several of them', 'injured', None, 'vague', 'people', sub='inj'),
        C('23 wounded', 'injured', 23, 'exact', 'people', id='n23'),
        C('two of them died', 'killed', 2, 'exact', 'people', sub='n23'),
        C('"neutralised" more than 60 terrorists', 'killed', 60, 'at-least', 'fighters'),
        C('killed "about 50 soldiers and militiamen"', 'killed', 50, 'approx', 'soldiers', tags='contradicted'),
        C('between 30 and 35 bodies', 'killed', None, 'range', 'people', low=30, high=35),
        C('tens of thousands of people who fled', 'displaced', None, 'vague', 'people'),
        C('more than 2 million people are internally displaced', 'displaced', 2000000, 'at-least', 'people'),
        C('hundreds of families had left', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('security and local sources', 'anonymous'),
        S('a local official', 'anonymous'),
        S('a security source', 'anonymous'),
        S('a nurse at the regional hospital in Kaya', 'anonymous'),
        S('the nurse', 'anonymous'),
        S('The army', 'military'),
        S('state broadcaster RTB', 'media'),
        S('The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)', 'military'),
        S('A resident', 'witness', form='role'),
        S('the latest government figures', 'official', form='document'),
        S('Residents', 'witness'),
        S('a teacher', 'witness', form='role'),
        S('analysts', 'other', form='collective'),
    ],
    numbers=[
        N('dozens of motorbikes', 'count-objects'),
        N('about 110 kilometres', 'distance'),
        N('2019', 'year'),
        N('March 2023', 'date'),
        N('one in ten', 'percentage'),
        N('a father of three', 'count-people'),
        N('2022', 'year'),
        N('around 40 per cent', 'percentage'),
    ])

# hq07: a bomb against a polio team's police escort in Sibi, Balochistan, Pakistan (broadcaster style)
A['hq07.txt'] = dict(
    casualty=[
        C('At least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('five police officers', 'killed', 5, 'exact', 'soldiers', sub='tot'),
        C('three passers-by', 'killed', 3, 'exact', 'civilians', sub='tot'),
        C('At least 22 others were injured', 'injured', 22, 'at-least', 'people', id='inj'),
        C('eight of them', 'injured', 8, 'exact', 'people', sub='inj'),
        C('four or five patients', 'injured', None, 'range', 'people', low=4, high=5),
        C('the death toll had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('two of the injured died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('detained 14 suspects', 'detained', 14, 'exact', 'people'),
        C('more than 200 vaccinators', 'killed', 200, 'at-least', 'other'),
        C('782 people were killed', 'killed', 782, 'exact', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('Sibi’s deputy commissioner, Naveed Ahmed Khosa', 'official', form='title-name'),
        S('Dr Farzana Baloch', 'official', form='title-name'),
        S('the provincial government’s spokesman, Bilal Mengal', 'official', form='title-name'),
        S('Abdul Ghani', 'witness', form='name'),
        S('The Pakistani Taliban, known as the TTP', 'military'),
        S('Police', 'official', form='collective'),
        S('the government’s Polio Eradication Programme', 'official'),
        S('the Islamabad-based Conflict Monitoring Institute', 'ngo'),
    ],
    numbers=[
        N('09:15', 'time'),
        N('04:15 GMT', 'time'),
        N('12-year-old', 'age'),
        N('some 160km', 'distance'),
        N('100 miles', 'distance'),
        N('about 50 metres', 'distance'),
        N('five-day', 'duration'),
        N('2.4 million children under five', 'count-people'),
        N('2012', 'year'),
        N('one', 'other'),
        N('two countries', 'count-objects'),
        N('More than 70 cases', 'count-people'),
        N('27 of them', 'count-people'),
    ])

# hq08: gunmen firing on a birthday party in Ecatepec, Mexico State (a British paper's own correspondent)
A['hq08.txt'] = dict(
    casualty=[
        C('kill nine', 'killed', 9, 'exact', 'people'),
        C('killing nine people', 'killed', 9, 'exact', 'people', id='tot', tags='repeat'),
        C('wounding at least seven', 'injured', 7, 'at-least', 'people'),
        C('Three men', 'killed', 3, 'exact', 'men', sub='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('the seven wounded', 'injured', 7, 'exact', 'people', id='w7', tags='repeat'),
        C('two were children', 'injured', 2, 'exact', 'children', id='ch', sub='w7'),
        C('One of the children', 'injured', 1, 'exact', 'children', sub='ch'),
        C('arrested two suspects', 'detained', 2, 'exact', 'people'),
        C('a figure of 15 dead', 'killed', 15, 'exact', 'people', tags='contradicted'),
        C('31 women were murdered', 'killed', 31, 'exact', 'women'),
        C('found 11 bodies', 'killed', 11, 'exact', 'people'),
        C('more than 500 people are still missing', 'missing', 500, 'at-least', 'people'),
        C('upwards of 130,000 people are listed as missing', 'missing', 130000, 'at-least', 'people'),
    ],
    sources=[
        S('the state prosecutor’s office', 'official'),
        S('Witnesses', 'witness'),
        S('a woman', 'witness', form='role'),
        S('Las Américas General Hospital', 'official'),
        S('The state security secretary, Héctor Villaseñor', 'official', form='title-name'),
        S('a local news site, Ecatepec al Día', 'media'),
        S('the federal Executive Secretariat of the National Public Security System', 'official'),
        S('Members of a search collective, Madres Buscadoras de Ecatepec', 'other', form='collective'),
        S('the collective’s founder, Teresa Cortés', 'other', form='title-name'),
        S('the official register', 'official', form='document'),
        S('The municipality’s mayor, Rosalba Méndez', 'official', form='title-name'),
    ],
    numbers=[
        N('15-year-old', 'age'),
        N('at least four men', 'count-people'),
        N('two pickup trucks', 'count-objects'),
        N('one of the guests', 'count-people'),
        N('a boy of nine', 'age'),
        N('three handguns', 'count-objects'),
        N('nine white crosses', 'count-objects'),
        N('about 1.6 million inhabitants', 'population'),
        N('one of the most dangerous', 'other'),
        N('52', 'age'),
        N('2019', 'year'),
        N('600 state and federal police and National Guard officers', 'count-people'),
        N('30 days', 'duration'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
