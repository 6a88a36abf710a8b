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

# ---------------------------------------------------------------- labels (sixtieth blind set: sq01-sq08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / succumbed / neutralised / homicides / violent deaths',
     r'\bmartyred\b|\bsuccumbed\b|\bneutralised\b|\bhomicides\b|\bviolent deaths\b'),
    ('kidnapped / taken into custody', r'\bkidnapped\b|\bcustody\b'),
    ('evacuated', r'\bevacuated\b'),
    ('in intensive care / in a serious condition', r'\bintensive care\b|\bserious condition\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/assailants/bandits/raiders/members',
     r'\b(?:servicemen|assailants|bandits|raiders|members)\b'),
    ('persons/patients/suspects/collaborators', r'\b(?:persons|patients|suspects|collaborators)\b'),
    ('herders/fishermen/farm workers', r'\b(?:herders|fishermen|farm workers)\b'),
    ('boys/families', r'\b(?:boys|families)\b'),
]

# sq01: Russian glide bombs on Okhtyrka, Sumy oblast, Ukraine (dpa style)
A['sq01.txt'] = dict(
    casualty=[
        C('At least nine people were killed', 'killed', 9, 'at-least', 'people', id='tot'),
        C('31 injured', 'injured', 31, 'exact', 'people', id='inj'),
        C('Two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Eleven of the injured', 'injured', 11, 'exact', 'people', sub='inj'),
        C('the death toll to 12', 'killed', 12, 'exact', 'people', tags='update'),
        C('three people were still missing', 'missing', 3, 'exact', 'people'),
        C('wounding two farm workers', 'injured', 2, 'exact', 'other'),
        C('killing up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('killed seven civilians', 'killed', 7, 'exact', 'civilians'),
        C('wounded 22', 'injured', 22, 'exact', 'civilians'),
        C('Some 230 residents', 'displaced', 230, 'approx', 'civilians', id='ev'),
        C('58 children', 'displaced', 58, 'exact', 'children', sub='ev'),
        C('at least 12,300 civilians had been killed', 'killed', 12300, 'at-least', 'civilians'),
    ],
    sources=[
        S('regional authorities', 'official'),
        S('the head of the Sumy regional military administration, Serhiy Kushnir', 'official', form='role'),
        S('Kushnir', 'official', nth=1, form='name'),
        S('Andriy Melnyk', 'official', form='name'),
        S('the service', 'official'),
        S('A resident, Natalia Bondarenko', 'witness', form='name'),
        S('police', 'official'),
        S('The Russian Defence Ministry', 'military'),
        S("Ukraine's General Staff", 'military'),
        S("the regional prosecutor's office", 'official'),
        S("Okhtyrka's city council", 'official'),
        S('The UN Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('aged 7', 'age'),
        N('12', 'age'),
        N('five-storey', 'other'),
        N('11:40 am', 'time'),
        N('0840 GMT', 'time'),
        N('six people', 'count-people'),
        N('58', 'age'),
        N('about 47,000', 'population'),
        N('some 30 kilometres', 'distance'),
        N('64-year-old', 'age'),
        N('24 hours', 'duration'),
        N('100,000 hryvnias', 'money'),
        N('about 2,100 euros', 'money'),
        N('February 2022', 'date'),
    ])

# sq02: a bomb at the bus stand of Muzaffarabad, Pakistan-administered Kashmir (state media, APP style)
A['sq02.txt'] = dict(
    casualty=[
        C('Seven martyred', 'killed', 7, 'exact', 'people', id='h'),
        C('23 injured', 'injured', 23, 'exact', 'people'),
        C('At least seven people', 'killed', 7, 'at-least', 'people', id='tot', tags='repeat'),
        C('23 others injured', 'injured', 23, 'exact', 'people', id='inj', tags='repeat'),
        C('five of the injured', 'injured', 5, 'exact', 'people', id='crit', sub='inj'),
        C('Two of them later succumbed', 'killed', 2, 'exact', 'people', sub='crit'),
        C('the death toll to nine', 'killed', 9, 'exact', 'people', id='upd', tags='update'),
        C('three members of a family', 'killed', 3, 'exact', 'people', sub='upd'),
        C('a dozen suspects were taken into custody', 'detained', 12, 'exact', 'people'),
        C('injuring three other civilians', 'injured', 3, 'exact', 'civilians', id='lp'),
        C('two children', 'injured', 2, 'exact', 'children', sub='lp'),
        C('killing four Indian soldiers', 'killed', 4, 'exact', 'soldiers'),
    ],
    sources=[
        S('police', 'official', nth=1),
        S('Senior Superintendent of Police (SSP) Muzaffarabad Raja Tariq Mehmood', 'official', form='title-name'),
        S('AIMS Medical Superintendent Dr Shazia Kiani', 'official', form='title-name'),
        S('the police spokesman', 'official', form='role'),
        S('relatives', 'witness'),
        S('AJK Prime Minister Sardar Khalid Mehmood', 'official', form='title-name'),
        S('Police', 'official', nth=1),
        S('the Inter-Services Public Relations (ISPR)', 'military'),
        S('ISPR', 'military', nth=1),
    ],
    numbers=[
        N('Oct 9', 'date'),
        N('about 8:15 am', 'time'),
        N('around 3 kilograms', 'quantity'),
        N('34', 'age'),
        N('10-year-old', 'age'),
        N('Rs 1 million', 'money'),
        N('Rs 200,000', 'money'),
        N('two posts', 'count-objects'),
        N('around 725,000', 'population'),
        N('2009', 'year'),
    ])

# sq03: violence around Isiro, Haut-Uele, DR Congo (UN OCHA flash update)
A['sq03.txt'] = dict(
    casualty=[
        C('At least 23 civilians killed', 'killed', 23, 'at-least', 'civilians', id='h1'),
        C('Some 14,500 people displaced', 'displaced', 14500, 'approx', 'people', id='h2'),
        C('at least 23 civilians had been killed', 'killed', 23, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('seven women', 'killed', 7, 'exact', 'women', sub='tot'),
        C('four children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('16 others wounded', 'injured', 16, 'exact', 'civilians'),
        C('the toll at 31', 'killed', 31, 'exact', 'civilians', tags='contradicted'),
        C('the bodies of 12 people', 'killed', 12, 'exact', 'people', sub='tot'),
        C('Between 8 and 10 people', 'detained', None, 'range', 'people', low=8, high=10),
        C('killed six assailants', 'killed', 6, 'exact', 'fighters'),
        C('arrested 11', 'detained', 11, 'exact', 'fighters'),
        C('Two soldiers were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('some 14,500 people have fled', 'displaced', 14500, 'approx', 'people', id='disp', tags='repeat'),
        C('an estimated 9,000', 'displaced', 9000, 'approx', 'people', sub='disp'),
        C('about 5,500', 'displaced', 5500, 'approx', 'people', sub='disp'),
        C('A further 2,000 people', 'displaced', 2000, 'exact', 'people'),
        C('19 wounded patients', 'injured', 19, 'exact', 'people', id='hosp'),
        C('three of whom died', 'killed', 3, 'exact', 'people', sub='hosp'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('The territorial administrator', 'official', form='role'),
        S('Civil society organizations in Isiro', 'other', form='collective'),
        S('community leaders', 'other'),
        S('The Armed Forces of the DRC (FARDC)', 'military'),
        S('the provincial Commission for Population Movements (CMP)', 'official'),
        S('the Isiro General Referral Hospital', 'official'),
        S('The hospital', 'official'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 August 2025', 'date'),
        N('five villages', 'count-objects'),
        N('10 August', 'date'),
        N('10 August', 'date', nth=1),
        N('five villages', 'count-objects', nth=1),
        N('13 August', 'date'),
        N('about 40 homes', 'count-objects'),
        N('six', 'count-people'),
        N('two days later', 'duration'),
        N('15 August', 'date'),
        N('three churches', 'count-objects'),
        N('an estimated population of 230,000', 'population'),
        N('10 August', 'date', nth=2),
        N('1,200 families', 'count-people'),
        N('up to 60 people', 'count-people'),
        N('85 unaccompanied or separated children', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$2.54 billion', 'money'),
        N('18 per cent', 'percentage'),
    ])

# sq04: a jihadist attack on an army post near Tera, western Niger (AFP style, one sentence a paragraph)
A['sq04.txt'] = dict(
    casualty=[
        C('killed at least 17 soldiers', 'killed', 17, 'at-least', 'soldiers', id='sold'),
        C('a number of civilians', 'killed', None, 'vague', 'civilians'),
        C('11 soldiers were wounded', 'injured', 11, 'exact', 'soldiers'),
        C('at least four were missing', 'missing', 4, 'at-least', 'soldiers'),
        C('10 dead', 'killed', 10, 'exact', 'soldiers', tags='contradicted'),
        C('seven wounded', 'injured', 7, 'exact', 'soldiers', tags='contradicted'),
        C('“neutralised” dozens of assailants', 'killed', None, 'vague', 'fighters'),
        C('the bodies of six civilians', 'killed', 6, 'exact', 'civilians', id='civ'),
        C('two children', 'killed', 2, 'exact', 'children', sub='civ'),
        C('Several hundred families', 'displaced', None, 'vague', 'people'),
        C('12 suspected “terrorist collaborators” had been arrested', 'detained', 12, 'exact', 'people'),
        C('four soldiers were killed', 'killed', 4, 'exact', 'soldiers'),
        C('More than 1,600 people were killed', 'killed', 1600, 'at-least', 'people'),
        C('nearly 110,000 people are displaced', 'displaced', 110000, 'at-most', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('one of the sources', 'anonymous'),
        S('The second source', 'anonymous'),
        S('The army', 'military'),
        S('state television RTN', 'media'),
        S('A trader in Tera', 'witness', form='role'),
        S('the trader, Moussa Hama', 'witness', form='name'),
        S('a local official', 'anonymous'),
        S('the official', 'anonymous'),
        S('the army', 'military'),
        S('the defence ministry', 'military'),
        S('the Armed Conflict Location & Event Data Project (ACLED)', 'ngo'),
        S('The UN humanitarian office OCHA', 'ngo'),
    ],
    numbers=[
        N('Around 200 terrorists', 'count-people'),
        N('one of the sources', 'count-people'),
        N('nine military vehicles', 'count-objects'),
        N('about 180 kilometres', 'distance'),
        N('July 2023', 'date'),
        N('some 60 km', 'distance'),
        N('some 26 million people', 'population'),
        N('around 33,000 troops', 'count-people'),
    ])

# sq05: bandit raids in Sabon Birni, Sokoto state, Nigeria (a rights NGO's statement)
A['sq05.txt'] = dict(
    casualty=[
        C('At least 43 villagers killed', 'killed', 43, 'at-least', 'civilians', id='h'),
        C('scores abducted', 'detained', None, 'vague', 'civilians'),
        C('killed at least 43 villagers', 'killed', 43, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('abducted more than 120 others', 'detained', 120, 'at-least', 'civilians'),
        C('19 of those killed were men', 'killed', 19, 'exact', 'men', sub='tot'),
        C('11 were children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('the number of dead at 18', 'killed', 18, 'exact', 'civilians', tags='contradicted'),
        C('37 people had been kidnapped', 'detained', 37, 'exact', 'people', tags='contradicted'),
        C('the killing of four members of a local vigilante group', 'killed', 4, 'exact', 'fighters'),
        C('at least nine people', 'killed', 9, 'at-least', 'people'),
        C('Thousands of residents have since fled', 'displaced', None, 'vague', 'civilians'),
        C('8,460 displaced people', 'displaced', 8460, 'exact', 'people', tags='update'),
        C('3,100', 'displaced', 3100, 'exact', 'people'),
        C('Hundreds of people have been killed', 'killed', None, 'vague', 'people'),
        C('“neutralised” 16 bandits', 'killed', 16, 'exact', 'fighters'),
    ],
    sources=[
        S('JPN', 'ngo'),
        S('the Justice and Protection Network (JPN)', 'ngo'),
        S('Community leaders', 'other'),
        S('a 38-year-old farmer from Garin Idi', 'witness', form='role'),
        S('The Sokoto State Police Command', 'official'),
        S('Police spokesperson DSP Ibrahim Lawal', 'official', form='title-name'),
        S('JPN', 'ngo', nth=2),
        S('The State Emergency Management Agency (SEMA)', 'official'),
        S('Amina Bello', 'ngo', form='name'),
        S('The Nigerian Army', 'military'),
    ],
    numbers=[
        N('4 March 2025', 'date'),
        N('between 22 and 26 February', 'date'),
        N('27 survivors and relatives', 'count-people'),
        N('more than 50 motorcycles', 'count-objects'),
        N('three men on each', 'count-people'),
        N('38-year-old', 'age'),
        N('30 million naira', 'money'),
        N('14 of the victims', 'count-people'),
        N('70-year-old', 'age'),
        N('45 kilometres', 'distance'),
        N('four camps', 'count-objects'),
        N('2021', 'year'),
        N('seven AK-47 rifles', 'count-objects'),
        N('2016', 'year'),
        N('six states', 'count-objects'),
    ])

# sq06: gunmen fire on villagers near Ukhrul, Manipur, India (an Indian newspaper's own correspondent)
A['sq06.txt'] = dict(
    casualty=[
        C('Three killed', 'killed', 3, 'exact', 'people', id='h'),
        C('Three persons', 'killed', 3, 'exact', 'people', id='tot', tags='repeat'),
        C('at least eight others injured', 'injured', 8, 'at-least', 'people', id='inj'),
        C('forcing over 600 residents to flee', 'displaced', 600, 'at-least', 'civilians'),
        C('Two of the injured', 'injured', 2, 'exact', 'soldiers', sub='inj'),
        C('six of the injured', 'injured', 6, 'exact', 'people', sub='inj'),
        C('five villagers had been killed', 'killed', 5, 'exact', 'civilians', tags='contradicted'),
        C('three persons were still missing', 'missing', 3, 'exact', 'people'),
        C('detained 10-12 persons', 'detained', None, 'range', 'people', low=10, high=12),
        C('More than 260 persons have been killed', 'killed', 260, 'at-least', 'people'),
        C('around 60,000 displaced', 'displaced', 60000, 'approx', 'people'),
    ],
    sources=[
        S('police', 'official'),
        S('officials', 'official'),
        S('a senior police officer in Ukhrul', 'anonymous'),
        S('the officer', 'anonymous'),
        S('Dr. L. Hungyo', 'official', form='title-name'),
        S('The Tangkhul Naga Welfare Forum', 'other'),
        S('The State government', 'official'),
        S('Ukhrul Deputy Commissioner Ashish Das', 'official', form='title-name'),
        S('the police', 'official'),
        S('official figures', 'official', form='document'),
    ],
    numbers=[
        N('nearly 30 houses', 'count-objects'),
        N('two neighbouring villages', 'count-objects'),
        N('around 6.30 p.m.', 'time'),
        N('about 15 armed men', 'count-people'),
        N('42', 'age'),
        N('35', 'age'),
        N('19', 'age'),
        N('48-hour', 'duration'),
        N('Rs 10 lakh', 'money'),
        N('Rs 1 lakh', 'money'),
        N('Section 163', 'other'),
        N('five days', 'duration'),
        N('two AK-series rifles', 'count-objects'),
        N('40 rounds of ammunition', 'count-objects'),
        N('May 2023', 'date'),
    ])

# sq07: a cattle raid near Kapoeta, Eastern Equatoria, South Sudan (a broadcaster, BBC style)
A['sq07.txt'] = dict(
    casualty=[
        C('Dozens killed', 'killed', None, 'vague', 'people'),
        C('At least 34 people have been killed', 'killed', 34, 'at-least', 'people', id='tot'),
        C('21 of the dead were raiders', 'killed', 21, 'exact', 'fighters', sub='tot'),
        C('13 were herders', 'killed', 13, 'exact', 'civilians', id='herd', sub='tot'),
        C('two boys', 'killed', 2, 'exact', 'children', sub='herd'),
        C('27 wounded people', 'injured', 27, 'exact', 'people', id='inj'),
        C('three had died overnight', 'killed', 3, 'exact', 'people', sub='inj'),
        C('the death toll among the herders at 19', 'killed', 19, 'exact', 'civilians', tags='contradicted'),
        C('six to eight children were missing', 'missing', None, 'range', 'children', low=6, high=8),
        C('about 3,500 people have fled', 'displaced', 3500, 'approx', 'people'),
        C('some 12,000', 'displaced', 12000, 'approx', 'people'),
        C('kill hundreds of people', 'killed', None, 'vague', 'people'),
        C('killed an estimated 400,000 people', 'killed', 400000, 'approx', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('Kapoeta South County Commissioner Peter Lokwang', 'official', form='title-name'),
        S('Mr Lokwang', 'official', form='name'),
        S('A nurse at Kapoeta State Hospital', 'anonymous'),
        S('Toposa community leaders', 'other'),
        S('officials there', 'official'),
        S('The UN mission in South Sudan (Unmiss)', 'military'),
        S('The UN’s humanitarian agency, OCHA', 'ngo'),
        S('Eastern Equatoria’s information minister, Lucy Nakiru', 'official', form='title-name'),
        S('researchers', 'other', form='collective'),
    ],
    numbers=[
        N('several cattle camps', 'count-objects'),
        N('an estimated 4,000 head of cattle', 'count-objects'),
        N('aged 12', 'age'),
        N('14', 'age'),
        N('more than 200 of them', 'count-people'),
        N('two doctors', 'count-people'),
        N('40 peacekeepers', 'count-people'),
        N('150 police officers', 'count-people'),
        N('about 12 million people', 'population'),
        N('2011', 'year'),
        N('two years later', 'duration'),
        N('2018', 'year'),
    ])

# sq08: gunmen fire on a crowd outside a pool hall in Manta, Manabí, Ecuador (AP style)
A['sq08.txt'] = dict(
    casualty=[
        C('killing eight people', 'killed', 8, 'exact', 'people', id='tot'),
        C('wounding at least 11', 'injured', 11, 'at-least', 'people', id='inj'),
        C('two fishermen', 'killed', 2, 'exact', 'other', sub='tot'),
        C('the death toll had risen to 10', 'killed', 10, 'exact', 'people', tags='update'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('Five others remained in intensive care', 'injured', 5, 'exact', 'people', sub='inj'),
        C('detained four suspects', 'detained', 4, 'exact', 'people'),
        C('as many as 14 people had been killed', 'killed', 14, 'at-most', 'people', tags='contradicted'),
        C('412 homicides', 'killed', 412, 'exact', 'people'),
        C('150', 'killed', 150, 'exact', 'people'),
        C('more than 7,000 violent deaths', 'killed', 7000, 'at-least', 'people'),
        C('arrested more than 20,000 people', 'detained', 20000, 'at-least', 'people'),
    ],
    sources=[
        S('police', 'official'),
        S('Manabí police commander Gen. Ramiro Cedeño', 'official', form='title-name'),
        S("the hospital's director, Dr. Carla Vélez", 'official', form='title-name'),
        S('Police', 'official'),
        S('Jorge Macías', 'witness', form='name'),
        S('the Interior Ministry', 'official'),
        S('A local news site, Manta Noticias', 'media'),
        S('relatives at the city morgue', 'witness'),
        S('The Interior Ministry', 'official'),
        S('police data', 'official', form='document'),
        S('the government', 'official'),
        S('Officials', 'official'),
        S('the military', 'military', nth=1),
    ],
    numbers=[
        N('two vehicles', 'count-objects'),
        N('around 10:45 p.m.', 'time'),
        N('more than 60 shots', 'count-objects'),
        N('17-year-old', 'age'),
        N('two gangs', 'count-objects'),
        N('one of the busiest', 'other'),
        N('45', 'age', nth=1),
        N('three children', 'count-people'),
        N('two rifles', 'count-objects'),
        N('three pistols', 'count-objects'),
        N('six other provinces', 'count-objects'),
        N('60 days', 'duration'),
        N('about 270,000 people', 'population'),
        N('one of the largest tuna fleets', 'other'),
        N('2022', 'year'),
        N('2023', 'year'),
        N('about 15%', 'percentage'),
        N('January 2024', 'date'),
        N('22 criminal groups', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
