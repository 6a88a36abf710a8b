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

# ---------------------------------------------------------------- labels (blind set 77: gx01-gx08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('lost / sacrificed their lives / claimed the lives / buried / executed / neutralised / martyred',
     r'\blost\b|\bsacrificed\b|\bclaimed the lives\b|\bburied\b|\bexecuted\b|\bneutrali[sz]ed\b|\bmartyred\b'),
    ('captured / taken away / sustained injuries',
     r'\bcaptured\b|\btaken away\b|\bsustained injuries\b'),
    ('forced to leave their homes / flee their homes',
     r'\bleave their homes\b|\bflee their homes\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('insurgents/attackers/gendarmes/special police/members',
     r'\b(?:insurgents|attackers|gendarmes|special police|members)\b'),
    ('schoolchildren/girls/cousins/passengers/staff/persons/suspects/victims',
     r'\b(?:schoolchildren|girls|cousins|passengers|staff|persons|suspects|victims)\b'),
]

# gx01: drone strike on a bus station in Woldiya, Amhara region, Ethiopia (Reuters style)
A['gx01.txt'] = dict(
    casualty=[
        C('killed at least 28 people', 'killed', 28, 'at-least', 'people', id='tot'),
        C('six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('wounded dozens more', 'injured', None, 'vague', 'people'),
        C('41 wounded', 'injured', 41, 'exact', 'people', id='w41'),
        C('lost four of them', 'killed', 4, 'exact', 'people', sub='w41'),
        C('12 to 15 bodies', 'killed', None, 'range', 'people', low=12, high=15),
        C('37 civilians had been killed', 'killed', 37, 'exact', 'civilians', tags='contradicted'),
        C('as many as 60 wounded', 'injured', 60, 'at-most', 'civilians'),
        C('three more people had died', 'killed', 3, 'exact', 'people'),
        C('the death toll to 31', 'killed', 31, 'exact', 'people', tags='update'),
        C('11 members of the Amhara special police were killed', 'killed', 11, 'exact', 'soldiers'),
        C('14 others were captured', 'detained', 14, 'exact', 'soldiers'),
        C('more than 120,000 people had been displaced', 'displaced', 120000, 'at-least', 'people'),
        C('at least 1,200 people had been detained', 'detained', 1200, 'at-least', 'people'),
    ],
    sources=[
        S("two health workers at the town's main hospital", 'anonymous'),
        S('one of the health workers', 'anonymous'),
        S('Alemu Tadesse', 'witness', form='name'),
        S("Ethiopia's Government Communication Service", 'official'),
        S('A Fano commander in North Wollo', 'military', form='role'),
        S('a hospital administrator', 'anonymous'),
        S('A regional security official', 'anonymous'),
        S('The U.N. humanitarian office OCHA', 'ngo'),
        S('The state-appointed Ethiopian Human Rights Commission', 'official'),
    ],
    numbers=[
        N('two health workers', 'count-people'),
        N('first two hours', 'duration'),
        N('one of the health workers', 'count-people'),
        N('7:30 a.m.', 'time'),
        N('hundreds of travelers', 'count-people'),
        N('39', 'age'),
        N('45 km', 'distance'),
        N('28 miles', 'distance'),
        N('about 75,000 people', 'population'),
        N('August 2023', 'date'),
        N('34 health facilities', 'count-objects'),
        N('48 hours', 'duration'),
    ])

# gx02: TNLA shelling of Kutkai, northern Shan State, Myanmar (state media style)
A['gx02.txt'] = dict(
    casualty=[
        C('killing five civilians', 'killed', 5, 'exact', 'civilians', id='tot'),
        C('two schoolchildren', 'killed', 2, 'exact', 'children', sub='tot'),
        C('injuring 18 people', 'injured', 18, 'exact', 'people', id='inj'),
        C('three members of the Myanmar Police Force', 'injured', 3, 'exact', 'soldiers', sub='inj'),
        C('killed about 20 insurgents', 'killed', 20, 'approx', 'fighters'),
        C('Two Tatmadaw members sacrificed their lives', 'killed', 2, 'exact', 'soldiers'),
        C('four others sustained injuries', 'injured', 4, 'exact', 'soldiers'),
        C('arrested 11 persons', 'detained', 11, 'exact', 'people', id='arr'),
        C('two women', 'detained', 2, 'exact', 'women', sub='arr'),
        C('about 3,500 residents', 'displaced', 3500, 'approx', 'civilians'),
        C('abducted 23 villagers', 'detained', 23, 'exact', 'civilians', id='abd'),
        C('at least seven of them', 'missing', 7, 'at-least', 'civilians', sub='abd'),
        C('killed 14 civilians', 'killed', 14, 'exact', 'civilians'),
        C('killed 19 people', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('claimed the lives of more than 600 civilians', 'killed', 600, 'at-least', 'civilians'),
        C('injured over 1,100 others', 'injured', 1100, 'at-least', 'civilians'),
        C('tens of thousands of local people have been forced to leave their homes', 'displaced', None, 'vague',
          'people'),
    ],
    sources=[
        S('the Information Team of the State Administration Council', 'official'),
        S('the team', 'official', nth=0),
        S('the statement', 'official', nth=0, form='document'),
        S('the team', 'official', nth=1),
        S('The statement', 'official', form='document'),
        S('Kutkai Township General Administration Department head U Kyaw Zin Htet', 'official', form='title-name'),
        S('U Kyaw Zin Htet', 'official', nth=1, form='name'),
        S('The team', 'official'),
        S('some foreign-based media outlets', 'media'),
        S('the statement', 'official', nth=1, form='document'),
    ],
    numbers=[
        N('9 February', 'date'),
        N('more than 30 artillery shells', 'count-objects'),
        N('107 mm', 'other'),
        N('7 February', 'date'),
        N('two shells', 'count-objects'),
        N('10.15 pm', 'time'),
        N('nearly four hours', 'duration'),
        N('12 rifles', 'count-objects'),
        N('three drones', 'count-objects'),
        N('some 400 rounds', 'count-objects'),
        N('K 85 million', 'money'),
        N('more than 70 houses', 'count-objects'),
        N('2 February', 'date'),
        N('1027', 'other'),
        N('October 2023', 'date'),
    ])

# gx03: air strikes on a market in Atarib, western Aleppo, Syria (AFP style)
A['gx03.txt'] = dict(
    casualty=[
        C('killed 19 civilians', 'killed', 19, 'exact', 'civilians', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('More than 40 people were wounded', 'injured', 40, 'at-least', 'people'),
        C('the toll higher, at 23 dead', 'killed', 23, 'exact', 'people', tags='contradicted'),
        C('11 bodies', 'killed', 11, 'exact', 'people'),
        C('36 wounded', 'injured', 36, 'exact', 'people', id='h36'),
        C('nine of them children', 'injured', 9, 'exact', 'children', sub='h36'),
        C('Three of the wounded died', 'killed', 3, 'exact', 'people', sub='h36'),
        C('killing “up to 30 militants”', 'killed', 30, 'at-most', 'fighters'),
        C('two of its fighters had been killed', 'killed', 2, 'exact', 'fighters'),
        C('two cousins were among the dead', 'killed', 2, 'exact', 'people', sub='tot'),
        C('wounding almost a dozen people', 'injured', 12, 'at-most', 'people'),
        C('killed at least 64 civilians', 'killed', 64, 'at-least', 'civilians'),
        C('forced roughly 25,000 people to flee their homes', 'displaced', 25000, 'approx', 'people'),
    ],
    sources=[
        S('a war monitor', 'ngo'),
        S('The Syrian Observatory for Human Rights', 'ngo'),
        S('the Britain-based monitor', 'ngo'),
        S('The White Helmets rescue service', 'ngo'),
        S('Abdulkarim Haj Omar', 'ngo', form='name'),
        S('director Dr Mahmoud Khalil', 'official', form='title-name'),
        S('Russia’s defence ministry', 'military'),
        S('Hayat Tahrir al-Sham', 'military'),
        S('Omar al-Hassan', 'witness', form='name'),
        S('The official SANA news agency', 'media'),
        S('The UN', 'ngo'),
    ],
    numbers=[
        N('at least four raids', 'count-objects'),
        N('11:00 am', 'time'),
        N('0800 GMT', 'time'),
        N('two collapsed buildings', 'count-objects'),
        N('two operating theatres', 'count-objects'),
        N('two command posts', 'count-objects'),
        N('34-year-old', 'age'),
        N('about 200 metres', 'distance'),
        N('around four million people', 'population'),
    ])

# gx04: suicide attack on an army checkpoint near Haditha, Anbar, Iraq (broadcaster's website, headline)
A['gx04.txt'] = dict(
    casualty=[
        C('12 killed', 'killed', 12, 'exact', 'people'),
        C('Twelve people', 'killed', 12, 'exact', 'people', id='tot', tags='repeat'),
        C('eight of them soldiers', 'killed', 8, 'exact', 'soldiers', sub='tot'),
        C('Fifteen people were wounded', 'injured', 15, 'exact', 'people', id='w15'),
        C('14 bodies', 'killed', 14, 'exact', 'people', id='hosp', tags='contradicted'),
        C('four civilians', 'killed', 4, 'exact', 'civilians', sub='hosp'),
        C('two of the wounded', 'injured', 2, 'exact', 'people', sub='w15'),
        C('arrested five suspects', 'detained', 5, 'exact', 'people'),
        C('two soldiers were killed', 'killed', 2, 'exact', 'soldiers'),
        C('three were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('left tens of thousands of people dead', 'killed', None, 'vague', 'people'),
        C('displaced more than 5 million Iraqis', 'displaced', 5000000, 'at-least', 'people', id='dis'),
        C('around 1 million of them', 'displaced', 1000000, 'approx', 'people', sub='dis'),
    ],
    sources=[
        S('Iraqi security officials', 'official'),
        S('Residents', 'witness'),
        S("A spokesman for Iraq's Security Media Cell, Brig Gen Karim al-Obeidi", 'military', form='title-name'),
        S('Doctors at Haditha General Hospital', 'anonymous'),
        S("Haditha's mayor, Mabrouk Hamad al-Jughaifi", 'official', form='title-name'),
        S("Iraq's Joint Operations Command", 'military'),
        S('a local police officer', 'anonymous'),
        S('A UN monitoring report', 'ngo', form='document'),
        S('Officials', 'official'),
    ],
    numbers=[
        N('two suicide bombers', 'count-people'),
        N('about 240km', 'distance'),
        N('150 miles', 'distance'),
        N('two loud explosions', 'count-objects'),
        N('6am', 'time'),
        N('10-year-old', 'age'),
        N('2014', 'year'),
        N('2015', 'year'),
        N('40km', 'distance'),
        N('25 miles', 'distance'),
        N('2017', 'year'),
        N('between 400 and 500 IS fighters', 'count-people'),
    ])

# gx05: gunmen attack villages in Riyom, Plateau State, Nigeria (a Nigerian daily's own correspondent)
A['gx05.txt'] = dict(
    casualty=[
        C('At least 31 people were killed', 'killed', 31, 'at-least', 'people', id='tot'),
        C('several others injured', 'injured', None, 'vague', 'people'),
        C('buried 27 of our people', 'killed', 27, 'exact', 'people'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('Between nine and 12 people are still missing', 'missing', None, 'range', 'people', low=9, high=12,
          id='mis'),
        C('two girls', 'missing', 2, 'exact', 'children', sub='mis'),
        C('killed two of them', 'killed', 2, 'exact', 'fighters'),
        C('the death toll at 18', 'killed', 18, 'exact', 'people', tags='contradicted'),
        C('12 injured persons', 'injured', 12, 'exact', 'people'),
        C('four suspects had been arrested', 'detained', 4, 'exact', 'people'),
        C('the number of bodies recovered had risen to 34', 'killed', 34, 'exact', 'people', tags='update'),
        C('three more were found', 'killed', 3, 'exact', 'people'),
        C('about 2,400 people', 'displaced', 2400, 'approx', 'people'),
        C('upwards of 1,600 people have been killed', 'killed', 1600, 'at-least', 'people'),
        C('tens of thousands displaced', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('residents', 'witness', nth=0),
        S('security sources', 'anonymous'),
        S('the President of the Berom Youth Council, Davou Choji', 'other', form='title-name'),
        S('Choji', 'other', nth=1, form='name'),
        S('The spokesman for the military Special Task Force, Operation Safe Haven, Major Ibrahim Danladi',
          'military', form='title-name'),
        S('The Police Public Relations Officer in the state, DSP Alfred Gyang', 'official', form='title-name'),
        S('the village head of Tahoss, Da Pam Bot', 'official', form='title-name'),
        S('Plateau State Governor Dachung Pwajok', 'official', form='title-name'),
        S('his Director of Press Affairs, Jeremiah Dung', 'official', form='title-name'),
        S('the governor', 'official', form='role'),
        S('The Nigerian Red Cross Society', 'ngo'),
        S('A Jos-based advocacy group, the Middle Belt Peace Initiative', 'ngo'),
    ],
    numbers=[
        N('three communities', 'count-objects'),
        N('more than 50', 'count-people'),
        N('10pm', 'time'),
        N('more than 80 houses', 'count-objects'),
        N('two churches', 'count-objects'),
        N('about 45 kilometres', 'distance'),
        N('December 2023', 'date'),
    ])

# gx06: attack on an army camp in Gossi, Timbuktu region, Mali (dpa style, one sentence a paragraph)
A['gx06.txt'] = dict(
    casualty=[
        C('killed at least 16 soldiers', 'killed', 16, 'at-least', 'soldiers'),
        C('Around 30 attackers were "neutralized"', 'killed', 30, 'approx', 'fighters'),
        C('Another 21 soldiers were wounded', 'injured', 21, 'exact', 'soldiers', id='w'),
        C('nine of them', 'injured', 9, 'exact', 'soldiers', sub='w'),
        C('arrested 11 suspects', 'detained', 11, 'exact', 'people'),
        C('killed "more than 40 soldiers"', 'killed', 40, 'at-least', 'soldiers', tags='contradicted'),
        C('seven of its fighters had been "martyred"', 'killed', 7, 'exact', 'fighters'),
        C('27 bodies of soldiers', 'killed', 27, 'exact', 'soldiers', tags='contradicted'),
        C('three civilians', 'killed', 3, 'exact', 'civilians'),
        C('A number of soldiers were still missing', 'missing', None, 'vague', 'soldiers'),
        C('more than 7,500 people had fled', 'displaced', 7500, 'at-least', 'people', id='unhcr'),
        C('Some 2,000 of them', 'displaced', 2000, 'approx', 'people', sub='unhcr'),
        C('killing eight passengers', 'killed', 8, 'exact', 'people'),
        C('injuring between 15 and 20', 'injured', None, 'range', 'people', low=15, high=20, id='bus'),
        C('two of the injured later died', 'killed', 2, 'exact', 'people', sub='bus'),
        C('at least 120 civilians had been killed', 'killed', 120, 'at-least', 'civilians', id='obs'),
        C('dozens of them', 'killed', None, 'vague', 'civilians', sub='obs'),
    ],
    sources=[
        S('the army', 'military'),
        S('the Malian Armed Forces (FAMa)', 'military'),
        S('the statement', 'military', form='document'),
        S('The army', 'military'),
        S('The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)', 'military'),
        S('The group', 'military'),
        S('A local elected official in Gossi', 'anonymous'),
        S('The UN refugee agency UNHCR', 'ngo'),
        S('the agency', 'ngo'),
        S('the regional transport union', 'other'),
        S('Army sources', 'anonymous'),
        S('The Sahel Civilian Protection Observatory', 'ngo'),
    ],
    numbers=[
        N('several hours', 'duration'),
        N('12 vehicles', 'count-objects'),
        N('about 110 kilometres', 'distance'),
        N('2012', 'year'),
        N('2020', 'year'),
        N('2021', 'year'),
        N('13,000-strong', 'count-people'),
        N('first three months', 'duration'),
    ])

# gx07: a rights group's statement on killings near Yako, Passoré province, Burkina Faso (NGO statement)
A['gx07.txt'] = dict(
    casualty=[
        C('executed at least 48 civilians', 'killed', 48, 'at-least', 'civilians', id='tot', tags='contradicted'),
        C('13 children', 'killed', 13, 'exact', 'children', sub='tot'),
        C('nine gendarmes were killed', 'killed', 9, 'exact', 'soldiers'),
        C('several others wounded', 'injured', None, 'vague', 'soldiers'),
        C('buried 19 people', 'killed', 19, 'exact', 'people'),
        C('taken away at least 15 men', 'detained', 15, 'at-least', 'men'),
        C('48 victims', 'killed', 48, 'exact', 'civilians', tags='repeat'),
        C('several families had fled', 'displaced', None, 'vague', 'people'),
        C('nearly 4,000 people', 'displaced', 4000, 'at-most', 'people'),
        C('neutralised dozens of terrorists', 'killed', None, 'vague', 'fighters'),
        C('the killing of more than 1,000 civilians', 'killed', 1000, 'at-least', 'civilians', id='all'),
        C('at least 400', 'killed', 400, 'at-least', 'civilians', sub='all'),
        C('More than 2 million people are displaced', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('Justice and Dignity Sahel (JDS)', 'ngo'),
        S('the government', 'official', form='organisation'),
        S('a 58-year-old farmer from Kéra', 'witness', form='role'),
        S('Another witness, a woman from Lilbouré', 'witness', form='role'),
        S('JDS', 'ngo', nth=2),
        S('The organisation', 'ngo'),
        S('Humanitarian sources', 'anonymous'),
        S('Communication Minister Jean-Marie Ouédraogo', 'official', form='title-name'),
        S('Aminata Sawadogo', 'ngo', form='name'),
        S('JDS', 'ngo', nth=6),
        S('UN figures', 'ngo', form='document'),
    ],
    numbers=[
        N('14 May 2025', 'date'),
        N('three villages', 'count-objects'),
        N('26 and 27 April', 'date'),
        N('25 April', 'date'),
        N('31 people', 'count-people'),
        N('22 witnesses', 'count-people'),
        N('about 20 vehicles', 'count-objects'),
        N('58-year-old', 'age'),
        N('one grave', 'count-objects'),
        N('aged between 2 and 81', 'age'),
        N('at least 60 burnt structures', 'count-objects'),
        N('the three villages', 'count-objects'),
        N('5 May', 'date'),
        N('2 May', 'date'),
        N('September 2022', 'date'),
        N('2016', 'year'),
        N('six Sahel countries', 'count-objects'),
    ])

# gx08: UN OCHA flash update on fighting and displacement in Bulo Burte, Hiiraan, Somalia (UN report)
A['gx08.txt'] = dict(
    casualty=[
        C('An estimated 38,000 people have been displaced', 'displaced', 38000, 'approx', 'people', id='disp'),
        C('At least 23 civilians have been killed', 'killed', 23, 'at-least', 'civilians'),
        C('71 injured', 'injured', 71, 'exact', 'civilians', id='inj'),
        C('19 of them children', 'injured', 19, 'exact', 'children', sub='inj'),
        C('17 soldiers were killed', 'killed', 17, 'exact', 'soldiers'),
        C('more than 30 wounded', 'injured', 30, 'at-least', 'soldiers'),
        C('killed 60 soldiers', 'killed', 60, 'exact', 'soldiers', tags='contradicted'),
        C('the 23 civilians killed', 'killed', 23, 'exact', 'civilians', id='k2', tags='repeat update'),
        C('14', 'killed', 14, 'exact', 'civilians'),
        C('at least nine died', 'killed', 9, 'at-least', 'civilians', sub='k2'),
        C('52 of the injured', 'injured', 52, 'exact', 'civilians', sub='inj'),
        C('abducted at least 12 young men', 'detained', 12, 'at-least', 'men'),
        C('Five staff members of a local NGO were detained', 'detained', 5, 'exact', 'other'),
        C('an estimated 9,500 people', 'displaced', 9500, 'approx', 'people', sub='disp'),
        C('Between 2,000 and 3,000', 'displaced', None, 'range', 'people', low=2000, high=3000, sub='disp'),
    ],
    sources=[
        S('partners’ rapid assessments', 'ngo', form='document'),
        S('local health authorities', 'official'),
        S('the Hiiraan regional administration', 'official'),
        S('Al-Shabaab', 'military', nth=1),
        S('the District Commissioner', 'official', form='role'),
        S('Health partners', 'ngo', form='collective'),
        S('Protection partners', 'ngo', form='collective'),
        S('the Somali Disaster Management Agency (SoDMA)', 'official'),
        S('The Camp Coordination and Camp Management (CCCM) Cluster', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 June 2025', 'date'),
        N('10 June', 'date', nth=0),
        N('60,000 people', 'count-people'),
        N('10 June', 'date', nth=1),
        N('some 210 km', 'distance'),
        N('five days', 'duration'),
        N('No. 1', 'other'),
        N('12 June', 'date', nth=0),
        N('40 beds', 'count-objects'),
        N('13 June', 'date'),
        N('about 70 per cent', 'percentage'),
        N('14 informal sites', 'count-objects'),
        N('11 villages', 'count-objects'),
        N('one latrine for every 180 people', 'quantity'),
        N('6,200 households', 'count-people'),
        N('15–16 June', 'date'),
        N('2,100 children', 'count-people'),
        N('340', 'count-people'),
        N('12 June', 'date', nth=1),
        N('11 June', 'date'),
        N('2025', 'year', nth=1),
        N('US$1.4 billion', 'money'),
        N('18 per cent', 'percentage'),
        N('$3 million', 'money'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
