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

# ---------------------------------------------------------------- labels (blind set 64: xq01-xq08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / martyred / lost … fighters / buried',
     r'\bneutrali[sz]ed\b|\bmartyred\b|\blost\b|\bburied\b'),
    ('captured / abducting / rounded up / held / taken away',
     r'\bcaptured\b|\babduct|\brounded up\b|\bheld\b|\btaken away\b'),
    ('whereabouts unknown', r'\bwhereabouts\b'),
    ('left their homes / internally displaced / refugees who fled',
     r'\bleft their homes\b|\binternally displaced\b|\brefugees who fled\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/border guards/members (VDP)', r'\b(?:servicemen|border guards|members)\b'),
    ('heroes/terrorists/combatants/comrades/Wazalendo',
     r'\b(?:heroes|terrorists|combatants|comrades|Wazalendo)\b'),
    ('households/families', r'\b(?:households|families)\b'),
    ('passengers/workers/campesinos/brothers/victims',
     r'\b(?:passengers|workers|campesinos|brothers|victims)\b'),
]

# xq01: Russian shelling and drone strikes on Marhanets, Dnipropetrovsk oblast, Ukraine (Reuters style)
A['xq01.txt'] = dict(
    casualty=[
        C('killed six people', 'killed', 6, 'exact', 'people', id='tot'),
        C('wounded at least 19', 'injured', 19, 'at-least', 'people', id='inj'),
        C('Four of the wounded', 'injured', 4, 'exact', 'people', sub='inj'),
        C('the death toll had climbed to seven', 'killed', 7, 'exact', 'people', tags='update'),
        C('11 of the wounded', 'injured', 11, 'exact', 'people', sub='inj'),
        C('Among the wounded were two children', 'injured', 2, 'exact', 'children', sub='inj'),
        C('killing up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('two soldiers had been lightly wounded', 'injured', 2, 'exact', 'soldiers', tags='contradicted'),
        C('wounding three passengers', 'injured', 3, 'exact', 'people'),
        C('at least 12,500 civilians had been killed', 'killed', 12500, 'at-least', 'civilians', id='un'),
        C('more than 700 children', 'killed', 700, 'at-least', 'children', sub='un'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Serhiy Hrytsenko', 'official', form='name'),
        S('Hrytsenko', 'official', nth=1, form='name'),
        S('the regional administration', 'official'),
        S('Kateryna Moroz', 'witness', form='name'),
        S('Marhanets central hospital director Viktor Bondarenko', 'official', form='title-name'),
        S("Russia's Defense Ministry", 'military'),
        S('Southern Defense Forces spokesman Taras Hnatenko', 'military', form='title-name'),
        S('Hrytsenko', 'official', nth=2, form='name'),
        S('Local authorities', 'official'),
        S('The U.N. human rights monitoring mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('Aug 21', 'date'),
        N('72-year-old', 'age'),
        N('6 a.m.', 'time'),
        N('nearly five hours', 'duration'),
        N('14 private houses', 'count-objects'),
        N('two people', 'count-people'),
        N('two-story', 'other'),
        N('41', 'age'),
        N('some 130 km', 'distance'),
        N('80 miles', 'distance'),
        N('about 20 km', 'distance'),
        N('12 miles', 'distance'),
        N('15-year-old', 'age'),
        N('March 2022', 'date'),
        N('around 60%', 'percentage'),
        N('45,000', 'population'),
        N('February 2022', 'date'),
    ])

# xq02: Islamic State attack on an army post near Makhmour, northern Iraq (AFP style)
A['xq02.txt'] = dict(
    casualty=[
        C('killed five Iraqi soldiers', 'killed', 5, 'exact', 'soldiers', id='tot'),
        C('Three more soldiers were wounded', 'injured', 3, 'exact', 'soldiers', id='inj'),
        C('the bodies of five soldiers', 'killed', 5, 'exact', 'soldiers', tags='repeat'),
        C('three wounded', 'injured', 3, 'exact', 'soldiers', id='inj2', tags='repeat'),
        C('two of them', 'injured', 2, 'exact', 'soldiers', sub='inj2'),
        C('three heroes” had been killed', 'killed', 3, 'exact', 'soldiers', tags='contradicted'),
        C('two wounded', 'injured', 2, 'exact', 'soldiers', tags='contradicted'),
        C('neutralised” eight “terrorists', 'killed', 8, 'exact', 'fighters'),
        C('killed 12 “apostate” soldiers', 'killed', 12, 'exact', 'soldiers', tags='contradicted'),
        C('Several families', 'displaced', None, 'vague', 'people'),
        C('two of its soldiers had been wounded', 'injured', 2, 'exact', 'soldiers'),
        C('some 12,000 Kurdish refugees who fled', 'displaced', 12000, 'approx', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('an army officer in the area', 'anonymous'),
        S('A doctor at Makhmour hospital', 'anonymous'),
        S('The Security Media Cell', 'military'),
        S('The Islamic State group', 'military'),
        S('its Amaq propaganda outlet', 'media'),
        S('Abu Karim', 'witness', form='name'),
        S('the 58-year-old', 'witness', form='role'),
        S('the Kurdistan region’s ministry of Peshmerga affairs', 'military'),
        S('Ankara', 'official'),
        S('A UN report', 'ngo', form='document'),
    ],
    numbers=[
        N('1:00 am', 'time'),
        N('about four kilometres', 'distance'),
        N('two army ambulances', 'count-objects'),
        N('58-year-old', 'age'),
        N('about 60 kilometres', 'distance'),
        N('40 miles', 'distance'),
        N('1990s', 'year'),
        N('2017', 'year'),
        N('between 1,000 and 1,500 of its fighters', 'count-people'),
    ])

# xq03: UN OCHA flash update on hostilities in Al Jawf governorate, Yemen
A['xq03.txt'] = dict(
    casualty=[
        C('At least 23 civilians', 'killed', 23, 'at-least', 'civilians', id='hl'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='hl'),
        C('41 others injured', 'injured', 41, 'exact', 'civilians'),
        C('An estimated 2,300 households have been displaced', 'displaced', 2300, 'approx', 'people'),
        C('killing nine civilians', 'killed', 9, 'exact', 'civilians', id='mkt'),
        C('injuring 17', 'injured', 17, 'exact', 'civilians'),
        C('Two of the dead were children', 'killed', 2, 'exact', 'children', sub='mkt'),
        C('13 people were killed', 'killed', 13, 'exact', 'people', tags='contradicted'),
        C('23 civilians have been killed', 'killed', 23, 'exact', 'civilians', tags='repeat'),
        C('41 injured', 'injured', 41, 'exact', 'civilians', id='binj', tags='repeat'),
        C('Eleven of the injured are women', 'injured', 11, 'exact', 'women', sub='binj'),
        C('27 dead', 'killed', 27, 'exact', 'civilians', tags='contradicted'),
        C('14 of their soldiers had been killed', 'killed', 14, 'exact', 'soldiers'),
        C('dozens wounded', 'injured', None, 'vague', 'soldiers'),
        C('about 16,000 people', 'displaced', 16000, 'approx', 'people'),
        C('roughly 2,300 households', 'displaced', 2300, 'approx', 'people', id='hh', tags='repeat'),
        C('Some 1,100 of these households', 'displaced', 1100, 'approx', 'people', sub='hh'),
        C('more than 60 wounded people', 'injured', 60, 'at-least', 'people'),
    ],
    sources=[
        S('local health authorities', 'official'),
        S('the health office in Al Hazm', 'official'),
        S('Media affiliated with the de facto authorities', 'media'),
        S('The governorate health office', 'official'),
        S('Health officials in Marib', 'official'),
        S('Military sources on the GoY side', 'anonymous'),
        S('the International Organization for Migration (IOM) Displacement Tracking Matrix', 'ngo'),
        S('Partners', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('19 November 2024', 'date'),
        N('9 November', 'date', nth=0),
        N('three districts', 'count-objects'),
        N('9 November', 'date', nth=1),
        N('at least 11 locations', 'count-objects'),
        N('14 November', 'date'),
        N('10:30', 'time'),
        N('an estimated 40,000 people', 'population'),
        N('9 November', 'date', nth=2),
        N('9 November', 'date', nth=3),
        N('up to 4,000 people', 'count-people'),
        N('870 families', 'count-people'),
        N('150,000 litres', 'quantity'),
        N('Two mobile health teams', 'count-objects'),
        N('45 beds', 'count-objects'),
        N('9 November', 'date', nth=4),
        N('2024', 'year', nth=1),
        N('US$2.5 billion', 'money'),
        N('38 per cent', 'percentage'),
    ])

# xq04: jihadist attack on Boulsa, Centre-Nord, Burkina Faso (dpa style, one sentence a paragraph)
A['xq04.txt'] = dict(
    casualty=[
        C('killed at least 40 people', 'killed', 40, 'at-least', 'people', id='tot'),
        C('at least 15 members', 'killed', 15, 'at-least', 'soldiers', sub='tot'),
        C('62 wounded people', 'injured', 62, 'exact', 'people', id='inj'),
        C('18 of them', 'injured', 18, 'exact', 'people', sub='inj'),
        C('Around a dozen of the most badly wounded', 'injured', 12, 'approx', 'people', sub='inj'),
        C('26 bodies', 'killed', 26, 'exact', 'people'),
        C('neutralised several dozen terrorists', 'killed', None, 'vague', 'fighters'),
        C('six soldiers killed', 'killed', 6, 'exact', 'soldiers'),
        C('nine wounded', 'injured', 9, 'exact', 'soldiers'),
        C('the death toll had risen to 53', 'killed', 53, 'exact', 'people', tags='update'),
        C('about 7,000 people had fled', 'displaced', 7000, 'approx', 'people'),
        C('more than 500,000 internally displaced people', 'displaced', 500000, 'at-least', 'people'),
        C('more than 2 million people have been forced from their homes', 'displaced', 2000000, 'at-least',
          'people'),
        C('killed more than 20,000 people', 'killed', 20000, 'at-least', 'people'),
    ],
    sources=[
        S('local sources', 'anonymous'),
        S('a security source', 'anonymous'),
        S('the source', 'anonymous'),
        S('A health worker at the Boulsa medical centre', 'anonymous'),
        S('Issouf', 'witness', form='name'),
        S('The army’s information service', 'military'),
        S('A local official in Boulsa', 'anonymous'),
        S('the UN humanitarian office OCHA', 'ngo'),
        S('the US-based monitoring group ACLED', 'ngo'),
    ],
    numbers=[
        N('about 130 kilometres', 'distance'),
        N('two doctors', 'count-people'),
        N('dozens of motorbikes', 'count-objects'),
        N('6 am', 'time'),
        N('three hours', 'duration'),
        N('2022', 'year'),
        N('several foreign media outlets', 'count-objects'),
        N('2015', 'year'),
    ])

# xq05: rights group's statement on fighting for Kamituga, South Kivu, DR Congo (NGO statement style)
A['xq05.txt'] = dict(
    casualty=[
        C('At least 31 civilians were killed', 'killed', 31, 'at-least', 'civilians', id='tot'),
        C('more than 50 wounded', 'injured', 50, 'at-least', 'civilians'),
        C('two brothers', 'killed', 2, 'exact', 'men'),
        C('three children', 'killed', 3, 'exact', 'children'),
        C('24 of the 31 civilians killed', 'killed', 24, 'exact', 'civilians', id='idn', sub='tot'),
        C('six children', 'killed', 6, 'exact', 'children', sub='idn'),
        C('four women', 'killed', 4, 'exact', 'women', sub='idn'),
        C('At least nine victims', 'killed', 9, 'at-least', 'civilians', sub='tot'),
        C('58 wounded patients', 'injured', 58, 'exact', 'people', id='hosp'),
        C('19 of them combatants', 'injured', 19, 'exact', 'fighters', sub='hosp'),
        C('killed “more than 100” Wazalendo', 'killed', 100, 'at-least', 'fighters', tags='contradicted'),
        C('captured 35 others', 'detained', 35, 'exact', 'fighters'),
        C('lost “only four fighters', 'killed', 4, 'exact', 'fighters', tags='contradicted'),
        C('rounded up at least 70 young men', 'detained', 70, 'at-least', 'men', id='det'),
        C('42 of them', 'missing', 42, 'exact', 'men', sub='det'),
        C('more than 60,000 people have fled', 'displaced', 60000, 'at-least', 'people', id='disp'),
        C('Thousands of them', 'displaced', None, 'vague', 'people', sub='disp'),
        C('killed more than 7,000 people', 'killed', 7000, 'at-least', 'people'),
    ],
    sources=[
        S('Kivu Rights Watch', 'ngo', nth=0),
        S('Witnesses', 'witness'),
        S('a 34-year-old woman', 'witness', form='role'),
        S('Kivu Rights Watch', 'ngo', nth=1),
        S('the hospital’s medical director, Dr Aimé Balume', 'official', form='title-name'),
        S('AFC/M23 spokesperson Jean-Paul Munyakazi', 'military', form='title-name'),
        S('The group', 'military'),
        S('A Wazalendo commander in Kamituga', 'anonymous'),
        S('Residents', 'witness'),
        S('civil society leaders', 'other'),
        S('local authorities in Mwenga territory', 'official'),
        S('the Congolese government', 'official'),
    ],
    numbers=[
        N('12 March 2025', 'date'),
        N('four days', 'duration'),
        N('47 residents', 'count-people'),
        N('6 March', 'date', nth=0),
        N('23 mars', 'other'),
        N('M23', 'other', nth=0),
        N('34-year-old', 'age'),
        N('6 and 10 March', 'date'),
        N('M23', 'other', nth=1),
        N('M23', 'other', nth=2),
        N('9 March', 'date'),
        N('6 March', 'date', nth=1),
        N('an estimated 250,000 people', 'population'),
        N('one of the largest', 'other'),
        N('an estimated 2 tonnes', 'quantity'),
    ])

# xq06: jihadist raid on two villages in Illela, Sokoto state, Nigeria (AP style)
A['xq06.txt'] = dict(
    casualty=[
        C('killing at least 17 people', 'killed', 17, 'at-least', 'people', id='tot'),
        C('abducting more than a dozen others', 'detained', 12, 'at-least', 'people'),
        C('11 of the victims were killed', 'killed', 11, 'exact', 'people', sub='tot'),
        C('six', 'killed', 6, 'exact', 'people', sub='tot'),
        C('four members of his family were among the dead', 'killed', 4, 'exact', 'people', sub='tot'),
        C('at least 14 people', 'detained', 14, 'at-least', 'people'),
        C('the number of those abducted at 13', 'detained', 13, 'exact', 'people', tags='contradicted'),
        C('23 dead', 'killed', 23, 'exact', 'people', id='ch', tags='contradicted'),
        C('at least nine children', 'killed', 9, 'at-least', 'children', sub='ch'),
        C('several wounded villagers had died', 'killed', None, 'vague', 'civilians'),
        C('19 wounded people', 'injured', 19, 'exact', 'people', id='hw'),
        C('four of whom died', 'killed', 4, 'exact', 'people', sub='hw'),
        C('killed 22 Lakurawa fighters', 'killed', 22, 'exact', 'fighters'),
        C('arrested five suspected collaborators', 'detained', 5, 'exact', 'people'),
        C('killed at least 10,000 people', 'killed', 10000, 'at-least', 'people'),
        C('forced hundreds of thousands from their homes', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('local officials', 'official'),
        S("Sokoto police spokesman Ahmed Rufa'i", 'official', form='title-name'),
        S("Rufa'i", 'official', nth=1, form='name'),
        S('Musa Abubakar', 'witness', form='name'),
        S('Abubakar', 'witness', nth=1, form='name'),
        S('The police', 'official'),
        S('The chairman of Illela local government council, Bello Garba', 'official', form='title-name'),
        S('A doctor at the hospital', 'anonymous'),
        S("Nigeria's army", 'military'),
        S('Amnesty International', 'ngo'),
    ],
    numbers=[
        N('two farming villages', 'count-objects'),
        N('hundreds of cattle', 'count-objects'),
        N('11 at night', 'time'),
        N('50 or 60 of them', 'count-people'),
        N('40 kilometers', 'distance'),
        N('25 miles', 'distance'),
        N('2018', 'year'),
        N('31 kidnapped residents', 'count-people'),
        N('2019', 'year'),
    ])

# xq07: Pakistani-Afghan border clashes at Chaman, Balochistan (broadcaster web story, BBC style)
A['xq07.txt'] = dict(
    casualty=[
        C('Eight civilians killed', 'killed', 8, 'exact', 'civilians'),
        C('At least eight civilians have been killed', 'killed', 8, 'at-least', 'civilians', id='tot',
          tags='repeat'),
        C('dozens injured', 'injured', None, 'vague', 'civilians'),
        C('Three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('37 injured people', 'injured', 37, 'exact', 'people', id='hosp'),
        C('several of them', 'injured', None, 'vague', 'people', sub='hosp'),
        C('12', 'injured', 12, 'exact', 'people', sub='hosp'),
        C('killing “15 to 20 Taliban fighters', 'killed', None, 'range', 'fighters', low=15, high=20,
          tags='contradicted'),
        C('two soldiers had been martyred', 'killed', 2, 'exact', 'soldiers'),
        C('five injured', 'injured', 5, 'exact', 'soldiers'),
        C('three Afghan border guards had been killed', 'killed', 3, 'exact', 'soldiers', tags='contradicted'),
        C('four civilians wounded', 'injured', 4, 'exact', 'civilians'),
        C('Two of my workers were wounded', 'injured', 2, 'exact', 'other', id='wk'),
        C('One of them died', 'killed', 1, 'exact', 'other', sub='wk'),
        C('Around 1,500 families', 'displaced', 1500, 'approx', 'people'),
        C('killed more than 780 people', 'killed', 780, 'at-least', 'people'),
    ],
    sources=[
        S('Pakistani officials', 'official'),
        S('Chaman’s deputy commissioner, Raja Athar Abbas', 'official', form='title-name'),
        S('Doctors at the District Headquarters Hospital in Chaman', 'anonymous'),
        S('The Inter-Services Public Relations (ISPR)', 'military'),
        S('Afghan defence ministry spokesman Hamdullah Safi', 'military', form='title-name'),
        S('Shopkeeper Abdul Wahid', 'witness', form='title-name'),
        S('local officials', 'official'),
        S('traders', 'witness', nth=1),
        S('Islamabad', 'official'),
        S('Kabul', 'official', nth=1),
        S('the Centre for Research and Security Studies', 'ngo'),
    ],
    numbers=[
        N('one of the main trade routes', 'other'),
        N('the two countries', 'count-objects'),
        N('several hours', 'duration'),
        N('about 120km', 'distance'),
        N('75 miles', 'distance'),
        N('several Afghan posts', 'count-objects'),
        N('45', 'age'),
        N('thousands of traders and labourers', 'count-people'),
        N('Hundreds of lorries', 'count-objects'),
        N('August 2021', 'date'),
    ])

# xq08: army offensive and soldiers held by a crowd in El Plateado, Argelia, Cauca, Colombia
# (a British newspaper's own correspondent, byline instead of a dateline)
A['xq08.txt'] = dict(
    casualty=[
        C('Nearly 30 Colombian soldiers', 'detained', 30, 'at-most', 'soldiers'),
        C('at least four civilians dead', 'killed', 4, 'at-least', 'civilians'),
        C('27 in total', 'detained', 27, 'exact', 'soldiers'),
        C('killed four civilians', 'killed', 4, 'exact', 'civilians', tags='repeat'),
        C('wounded at least nine', 'injured', 9, 'at-least', 'civilians'),
        C('Eleven dissident fighters were killed', 'killed', 11, 'exact', 'fighters', tags='contradicted'),
        C('six captured', 'detained', 6, 'exact', 'fighters'),
        C('two soldiers died', 'killed', 2, 'exact', 'soldiers'),
        C('another 14 were wounded', 'injured', 14, 'exact', 'soldiers'),
        C('lost “two comrades', 'killed', 2, 'exact', 'fighters', tags='contradicted'),
        C('killing “at least seven campesinos', 'killed', 7, 'at-least', 'civilians', tags='contradicted'),
        C('312 families', 'displaced', 312, 'exact', 'people'),
        C('more than 1,100 people', 'displaced', 1100, 'at-least', 'people'),
        C('arrested three men', 'detained', 3, 'exact', 'men'),
    ],
    sources=[
        S('the army', 'military', nth=0),
        S('Officers', 'military'),
        S('a sergeant', 'anonymous'),
        S('The army', 'military'),
        S('Residents', 'witness'),
        S('The defence ministry', 'military'),
        S('the Carlos Patiño front', 'military', nth=1),
        S('The Ombudsman’s Office', 'official'),
        S('Police in Popayán', 'official'),
        S('government estimates', 'official', form='document'),
        S('Indepaz', 'ngo'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('hundreds of residents', 'count-people'),
        N('24 rifles', 'count-objects'),
        N('two machine guns', 'count-objects'),
        N('about 8,000 people', 'population'),
        N('16-year-old', 'age'),
        N('another 2,000 people', 'count-people'),
        N('one of the municipalities', 'other'),
        N('more than 25,000 hectares', 'quantity'),
        N('62,000 acres', 'quantity'),
        N('2024', 'year'),
        N('76 massacres', 'count-objects'),
        N('three or more people', 'other'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
