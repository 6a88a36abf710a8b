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

# ---------------------------------------------------------------- labels (blind set 398: xl01-xl08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / burned to death / eliminated / lost … soldiers / the loss of / lost their lives',
     r'\bshot dead\b|\bburned to death\b|\beliminated\b|\blost\b|\bloss of\b|\blosing\b'),
    ('took away / led away / captured / taken hostage / held / custody',
     r'\btook away\b|\bled away\b|\bcaptured\b|\bhostage\b|\bheld\b|\bcustody\b'),
    ('sheltering / arrived / left their homes / new arrivals',
     r'\bsheltering\b|\barrived\b|\bleft their homes\b|\barrivals\b'),
    ('sustained injuries / treating / treated / with gunshot wounds',
     r'\binjuries\b|\btreat(?:ing|ed)\b|\bwounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('passengers', r'\bpassengers\b'),
    ('officials/chairmen/deputies/agents', r'\b(?:officials|chairmen|deputies|agents)\b'),
    ('militiamen/militia members/members of the security forces',
     r'\b(?:militiamen|militia members|security forces)\b'),
    ('attackers/gunmen/extremists/members', r'\b(?:attackers|gunmen|extremists|members)\b'),
    ('suspects/families/neighbours/persons', r'\b(?:suspects|families|neighbours|persons)\b'),
    ('health workers/health extension workers/drivers', r'\b(?:health (?:extension )?workers|drivers)\b'),
]

# xl01: gunmen firing on a passenger bus outside Hosaena, Hadiya zone, Central Ethiopia
# (AFP style, one sentence a paragraph)
A['xl01.txt'] = dict(
    casualty=[
        C('killing at least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('31 passengers were wounded', 'injured', 31, 'exact', 'people', id='w'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='w'),
        C('26 of the wounded', 'injured', 26, 'exact', 'people', sub='w', id='h'),
        C('Four of them died', 'killed', 4, 'exact', 'people', sub='h'),
        C('the death toll rose to 27', 'killed', 27, 'exact', 'people', tags='update'),
        C('the number of dead at 19', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('took away between 10 and 15 young men', 'detained', None, 'range', 'men', low=10, high=15),
        C('12 passengers were still unaccounted for', 'missing', 12, 'exact', 'people'),
        C('arrested nine suspects', 'detained', 9, 'exact', 'people'),
        C('killed 14 of the attackers', 'killed', 14, 'exact', 'fighters'),
        C('lost two of its own soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('Hundreds of families have since fled', 'displaced', None, 'vague', 'people'),
        C('killed more than 40 people', 'killed', 40, 'at-least', 'people'),
        C('at least 160 civilians had been killed', 'killed', 160, 'at-least', 'civilians'),
    ],
    sources=[
        S('local officials', 'official'),
        S('a police officer in the Hadiya zone', 'anonymous'),
        S('the officer', 'anonymous'),
        S('Dr Abinet Lemma', 'official', form='title-name'),
        S('The regional government’s communication bureau', 'official'),
        S('state television', 'media'),
        S('The DLA', 'military'),
        S('A survivor, 34-year-old trader Tsehay Bekele', 'witness', form='name'),
        S('Police', 'official'),
        S('Hadiya zone police commander Tamirat Ayele', 'official', form='title-name'),
        S('The army', 'military'),
        S('residents', 'witness'),
        S('The Ethiopian Human Rights Commission', 'ngo'),
        S('the regional transport authority', 'official'),
    ],
    numbers=[
        N('about 60 passengers', 'count-people'),
        N('some 20 armed men', 'count-people'),
        N('roughly 15 kilometres', 'distance'),
        N('one side', 'other'),
        N('34-year-old', 'age'),
        N('two villages', 'count-objects'),
        N('2022', 'year'),
        N('six months', 'duration'),
        N('Some 2,500 travellers', 'count-people'),
        N('roughly 100,000 people', 'population'),
        N('about 230 kilometres', 'distance'),
    ])

# xl02: gunmen killing a district administrator and other officials at a government compound in
# Durame, Kembata zone, Central Ethiopia (Reuters style)
A['xl02.txt'] = dict(
    casualty=[
        C('killing nine people', 'killed', 9, 'exact', 'people', id='tot'),
        C('five other officials', 'killed', 5, 'exact', 'other', sub='tot'),
        C('Three police officers', 'killed', 3, 'exact', 'soldiers', sub='tot'),
        C('eight people were wounded', 'injured', 8, 'exact', 'people', id='inj'),
        C('the toll had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('detained more than 200 young men', 'detained', 200, 'at-least', 'men', tags='contradicted'),
        C('48 people had been arrested', 'detained', 48, 'exact', 'people', tags='contradicted'),
        C('200', 'detained', 200, 'exact', 'men', nth=1, tags='repeat contradicted'),
        C('at least 37 local officials', 'killed', 37, 'at-least', 'other', id='off'),
        C('14 kebele chairmen', 'killed', 14, 'exact', 'other', sub='off'),
        C('hundreds of people had fled', 'displaced', None, 'vague', 'people'),
        C('1,300 people', 'displaced', 1300, 'exact', 'people'),
        C('Nearly two dozen children arrived', 'displaced', 24, 'at-most', 'children'),
        C('killed 26 DLA fighters', 'killed', 26, 'exact', 'fighters'),
        C('captured 19 others', 'detained', 19, 'exact', 'fighters'),
        C('losing four soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('the killings of 12 civilians', 'killed', 12, 'exact', 'civilians'),
    ],
    sources=[
        S('a zone official', 'anonymous'),
        S('Mesfin Alemu', 'official', form='name'),
        S('Mesfin', 'official', nth=1, form='name'),
        S('a doctor', 'anonymous'),
        S('The DLA', 'military'),
        S('Its spokesman, Dawit Haile', 'military', form='name'),
        S('A police official in Durame', 'anonymous'),
        S("Ethiopia's Federal Police Commission", 'official'),
        S('Residents', 'witness'),
        S('Alemnesh Tadesse', 'other', form='name'),
        S('The army', 'military'),
        S('The Ethiopian Civic Rights Forum', 'ngo'),
    ],
    numbers=[
        N('May 14', 'date'),
        N('around 4 p.m.', 'time'),
        N('two pickup trucks', 'count-objects'),
        N('52', 'age'),
        N('three schools', 'count-objects'),
        N('15-year-old', 'age'),
        N('about 1 million people', 'population'),
        N('some 300 km', 'distance'),
        N('186 miles', 'distance'),
        N('500,000 birr', 'money'),
        N('$3,800', 'money'),
    ])

# xl03: a security operation after the abduction of bus passengers near Areka, Wolaita zone, South
# Ethiopia (state media, ENA style)
A['xl03.txt'] = dict(
    casualty=[
        C('killed 32 members', 'killed', 32, 'exact', 'fighters'),
        C('captured 17 others', 'detained', 17, 'exact', 'fighters'),
        C('abducted 41 passengers', 'detained', 41, 'exact', 'people', id='abd'),
        C('35 of them', 'detained', 35, 'exact', 'people', sub='abd'),
        C('the remaining six', 'detained', 6, 'exact', 'people', sub='abd'),
        C('two members of the security forces lost their lives', 'killed', 2, 'exact', 'soldiers'),
        C('a number of others sustained injuries', 'injured', None, 'vague', 'soldiers'),
        C('58 people', 'detained', 58, 'exact', 'people'),
        C('seven passengers were killed', 'killed', 7, 'exact', 'people'),
        C('twenty-one others were wounded', 'injured', 21, 'exact', 'people'),
        C('the 21 persons injured', 'injured', 21, 'exact', 'people', id='inj', tags='repeat'),
        C('19 of them', 'injured', 19, 'exact', 'people', sub='inj'),
        C('killed 9 civilians', 'killed', 9, 'exact', 'civilians', id='civ'),
        C('two health extension workers', 'killed', 2, 'exact', 'other', sub='civ'),
        C('some 2,300 residents who had fled', 'displaced', 2300, 'approx', 'civilians'),
        C('eliminated more than 40 extremists', 'killed', 40, 'at-least', 'fighters'),
    ],
    sources=[
        S('the Wolaita Zone Police Command', 'official'),
        S('Deputy Commander Ermias Dana', 'official', form='title-name'),
        S('the Deputy Commander', 'official', form='role'),
        S('Fana Broadcasting Corporate', 'media'),
        S('Wolaita Zone Health Department Head Dr Meseret Abera', 'official', form='title-name'),
        S('The Command', 'official'),
        S('Zone Chief Administrator Samuel Fola', 'official', form='title-name'),
        S('the Chief Administrator', 'official', form='role'),
        S('Areka Town Police Chief Inspector Bekele Sorsa', 'official', form='title-name'),
        S('Residents of Areka', 'witness'),
        S('the Southern Command of the Ethiopian National Defense Force (ENDF)', 'military'),
        S('The Deputy Commander', 'official', form='role'),
    ],
    numbers=[
        N('June 3/2025', 'date'),
        N('two buses', 'count-objects'),
        N('May 27', 'date'),
        N('27 Kalashnikov rifles', 'count-objects'),
        N('1,400 rounds of ammunition', 'count-objects'),
        N('two hand grenades', 'count-objects'),
        N('85,000 birr', 'money'),
        N('8 pm', 'time'),
        N('6 am', 'time'),
        N('five days', 'duration'),
        N('two weeks', 'duration'),
        N('100,000 birr', 'money'),
        N('some 290 km', 'distance'),
    ])

# xl04: people displaced into Wolaita Sodo, South Ethiopia, after attacks in Kindo Koysha and Offa
# woredas (UN OCHA flash update)
A['xl04.txt'] = dict(
    casualty=[
        C('An estimated 23,000 people have been displaced', 'displaced', 23000, 'approx', 'people', id='tot'),
        C('At least 46 civilians were killed', 'killed', 46, 'at-least', 'civilians', id='k'),
        C('12 children', 'killed', 12, 'exact', 'children', sub='k'),
        C('nine women', 'killed', 9, 'exact', 'women', sub='k'),
        C('two drivers', 'detained', 2, 'exact', 'other'),
        C('killed 46 civilians', 'killed', 46, 'exact', 'civilians', tags='repeat'),
        C('injured 71 others', 'injured', 71, 'exact', 'civilians', id='inj'),
        C('19 people', 'missing', 19, 'exact', 'people'),
        C('a higher toll of 53 dead', 'killed', 53, 'exact', 'people', tags='contradicted'),
        C('15-20 people were detained', 'detained', None, 'range', 'people', low=15, high=20),
        C('As many as 4,000 people', 'displaced', 4000, 'at-most', 'people'),
        C('a further 8,500 people have been displaced', 'displaced', 8500, 'exact', 'people'),
        C('about 9,800 people are sheltering', 'displaced', 9800, 'approx', 'people', sub='tot'),
        C('6,200', 'displaced', 6200, 'exact', 'people', sub='tot'),
        C('the remaining 7,000', 'displaced', 7000, 'exact', 'people', sub='tot'),
        C('1,150 children', 'displaced', 1150, 'exact', 'children', sub='tot'),
        C('340 pregnant or lactating women', 'displaced', 340, 'exact', 'women', sub='tot'),
        C('two drivers were detained', 'detained', 2, 'exact', 'other', tags='repeat'),
        C('38 of the injured', 'injured', 38, 'exact', 'civilians', sub='inj', id='h'),
        C('five of them', 'injured', 5, 'exact', 'civilians', sub='h'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the Wolaita Zone Disaster Risk Management Office (DRMO)', 'official'),
        S('The Ethiopian Red Cross Society (ERCS)', 'ngo'),
        S('Local media', 'media'),
        S('the zone administration', 'official'),
        S('humanitarian partners', 'ngo'),
        S('the Ethiopian Disaster Risk Management Commission (EDRMC)', 'official'),
        S('Site management committees', 'other'),
        S('the zone police', 'official'),
        S('Wolaita Sodo University Comprehensive Specialized Hospital', 'official'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 June 2025', 'date'),
        N('9 June', 'date'),
        N('15 June', 'date'),
        N('US$4.6 million', 'money'),
        N('three months', 'duration'),
        N('9 June', 'date', nth=1),
        N('at least 14 kebeles', 'count-objects'),
        N('some 900 houses', 'count-objects'),
        N('12 June', 'date'),
        N('three schools', 'count-objects'),
        N('68 per cent', 'percentage'),
        N('the age of five', 'age'),
        N('14 June', 'date'),
        N('12 WFP trucks', 'count-objects'),
        N('380 tonnes', 'quantity'),
        N('15 June', 'date', nth=1),
        N('six hours', 'duration'),
        N('420 consultations', 'count-objects'),
        N('30,000 litres', 'quantity'),
        N('115,000 litres', 'quantity'),
        N('two-week', 'duration'),
        N('2,400 households', 'count-people'),
        N('18,000 people', 'count-people'),
        N('US$4.6 million', 'money', nth=1),
        N('three months', 'duration', nth=1),
        N('2025', 'year', nth=1),
        N('19 per cent', 'percentage'),
    ])

# xl05: killings of kebele officials and civilians, abductions and mass arrests in Dawro zone
# (Tarcha, Waka) (NGO statement with demands and notes to editors)
A['xl05.txt'] = dict(
    casualty=[
        C('At least 29 people', 'killed', 29, 'at-least', 'people', id='tot'),
        C('eight kebele officials', 'killed', 8, 'exact', 'other', sub='tot'),
        C('At least 11 of the 29 were killed', 'killed', 11, 'at-least', 'people', sub='tot'),
        C('the bodies of six men', 'killed', 6, 'exact', 'men'),
        C('abducted at least 18 people', 'detained', 18, 'at-least', 'people', id='abd'),
        C('four health workers', 'detained', 4, 'exact', 'other', sub='abd'),
        C('Two of the abducted', 'detained', 2, 'exact', 'people', sub='abd'),
        C('treated 34 people', 'injured', 34, 'exact', 'people', id='h'),
        C('nine of them women', 'injured', 9, 'exact', 'women', sub='h'),
        C('more than 120 men have been detained', 'detained', 120, 'at-least', 'men'),
        C('the deaths of five men', 'killed', 5, 'exact', 'men'),
        C('the number of civilians killed at 17', 'killed', 17, 'exact', 'civilians', tags='contradicted'),
        C('43 “terrorists” have been killed', 'killed', 43, 'exact', 'fighters'),
        C('several local militiamen had also died', 'killed', None, 'vague', 'soldiers'),
        C('An estimated 11,000 people have fled', 'displaced', 11000, 'approx', 'people'),
    ],
    sources=[
        S('the Ethiopian Rights Defenders Coalition (ERDC)', 'ngo'),
        S('a 41-year-old woman from Kechi kebele', 'witness', form='role'),
        S('relatives', 'witness', nth=1),
        S('a nurse', 'anonymous'),
        S('lawyers in Tarcha', 'other'),
        S('ERDC', 'ngo', nth=3),
        S('The Dawro zone administration', 'official'),
        S('A zone official', 'anonymous'),
        S('The federal government’s communication service', 'official'),
        S('a local church leader', 'anonymous'),
        S('Hanna Girma', 'ngo', form='name'),
    ],
    numbers=[
        N('22 July 2025', 'date'),
        N('37 survivors', 'count-people'),
        N('between 10 and 17 July', 'date'),
        N('four children', 'count-people'),
        N('41-year-old', 'age'),
        N('up to 300,000 birr', 'money'),
        N('1 July', 'date'),
        N('5 July', 'date'),
        N('19 July', 'date'),
        N('A dozen families', 'count-people'),
        N('three weeks', 'duration'),
        N('one by one', 'other'),
        N('14 Ethiopian human rights organisations', 'count-objects'),
        N('2019', 'year'),
        N('roughly 700,000 people', 'population'),
        N('about 480 km', 'distance'),
    ])

# xl06: gunmen ambushing and burning a bus on the Bonga-Jimma road, Kaffa zone, South West Ethiopia
# (a broadcaster's website: headline and byline)
A['xl06.txt'] = dict(
    casualty=[
        C('kill 18', 'killed', 18, 'exact', 'people'),
        C('At least 18 people have been killed', 'killed', 18, 'at-least', 'people', id='tot', tags='repeat'),
        C('14 passengers had been burned to death', 'killed', 14, 'exact', 'people', sub='tot'),
        C('four others were shot dead', 'killed', 4, 'exact', 'people', sub='tot'),
        C('Another 21 were injured', 'injured', 21, 'exact', 'people', id='inj'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='inj'),
        C('treating 17 people', 'injured', 17, 'exact', 'people'),
        C('led away "five or six" young men', 'detained', None, 'range', 'men', low=5, high=6, id='abd'),
        C('12 suspects had been arrested', 'detained', 12, 'exact', 'people'),
        C('recovered 23 bodies', 'killed', 23, 'exact', 'people', tags='contradicted'),
        C('Up to 10 people are unaccounted for', 'missing', 10, 'at-most', 'people'),
        C('killed 11 of the gunmen', 'killed', 11, 'exact', 'fighters'),
        C('two of the abducted men', 'detained', 2, 'exact', 'men', sub='abd'),
        C('nine people died', 'killed', 9, 'exact', 'people'),
        C('26 passengers were taken hostage', 'detained', 26, 'exact', 'people'),
        C('over 30,000 people have left their homes', 'displaced', 30000, 'at-least', 'people'),
        C('hundreds of people have been killed', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('Kaffa zone police spokesman Inspector Tesfaye Gebre', 'official', form='title-name'),
        S('Doctors at Bonga General Hospital', 'official'),
        S('Abebech Woldemariam', 'witness', form='name'),
        S('The regional peace and security bureau', 'official'),
        S('Residents of Bonga', 'witness'),
        S('a teacher', 'anonymous'),
        S('The army', 'military'),
        S("The UN's humanitarian agency, OCHA", 'ngo'),
        S('Human rights groups', 'ngo'),
        S('an official at the regional transport bureau', 'anonymous'),
    ],
    numbers=[
        N('52 passengers', 'count-people'),
        N('about 30km', 'distance'),
        N('19 miles', 'distance'),
        N('some 110km', 'distance'),
        N('45', 'age'),
        N('One', 'count-people'),
        N('2023', 'year'),
        N('about 40 buses', 'count-objects'),
        N('some 450km', 'distance'),
    ])

# xl07: gunmen attacking a town council meeting and killing the mayor and other officials in Yirga
# Alem, Sidama (AP style)
A['xl07.txt'] = dict(
    casualty=[
        C('two of his deputies', 'killed', 2, 'exact', 'other'),
        C('at least 11 other people', 'killed', 11, 'at-least', 'people'),
        C('29 people were wounded', 'injured', 29, 'exact', 'people', id='inj'),
        C('four police officers', 'injured', 4, 'exact', 'soldiers', sub='inj'),
        C('received 15 bodies', 'killed', 15, 'exact', 'people'),
        C('24 wounded', 'injured', 24, 'exact', 'people', id='h'),
        C('Three of the wounded died', 'killed', 3, 'exact', 'people', sub='h'),
        C('the death toll to 18', 'killed', 18, 'exact', 'people', tags='update'),
        C('killed "seven or eight" of the attackers', 'killed', None, 'range', 'fighters', low=7, high=8),
        C('arrested 23 suspects', 'detained', 23, 'exact', 'people'),
        C('killed 40 "agents of the regime"', 'killed', 40, 'exact', 'other', tags='contradicted'),
        C('captured "dozens" of government militiamen', 'detained', None, 'vague', 'soldiers'),
        C('fewer than 10 militia members were missing', 'missing', 10, 'at-most', 'soldiers', tags='contradicted'),
        C('Almost 30 local officials have been killed', 'killed', 30, 'at-most', 'other'),
        C('detained thousands of young men', 'detained', None, 'vague', 'men'),
        C('Hundreds of families who fled', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('police and hospital officials', 'official'),
        S('Sidama regional police commissioner Bereket Wondimu', 'official', form='title-name'),
        S('medical director Dr. Sara Lemma', 'official', form='title-name'),
        S('Daniel Assefa', 'witness', form='name'),
        S("The regional government's spokesman, Abraham Tadele", 'official', form='name'),
        S('A commander of the group', 'anonymous'),
        S('The police commissioner', 'official', form='role'),
        S('the Ethiopian Human Rights Commission', 'ngo'),
        S('Rights groups', 'ngo'),
        S('residents', 'witness'),
        S('Meseret Tadesse', 'witness', form='name'),
        S('The federal government', 'official'),
        S('a council member', 'anonymous'),
    ],
    numbers=[
        N('about 60,000 people', 'population'),
        N('one of the deadliest', 'other'),
        N('2023', 'year'),
        N('at least eight', 'count-people'),
        N('27-year-old', 'age'),
        N('2024', 'year'),
        N('mother of five', 'count-people'),
        N('2,000 troops', 'count-people'),
        N('3.2 million birr', 'money'),
        N('$24,000', 'money'),
        N('about 320 kilometers', 'distance'),
        N('200 miles', 'distance'),
    ])

# xl08: families displaced to Hawassa by an army offensive and raids in Sidama (a newspaper's own
# correspondent: headline and byline)
A['xl08.txt'] = dict(
    casualty=[
        C('More than 8,000 people have arrived', 'displaced', 8000, 'at-least', 'people', id='tot'),
        C('roughly 2,100 people', 'displaced', 2100, 'approx', 'people', sub='tot'),
        C('two of our neighbours', 'detained', 2, 'exact', 'civilians'),
        C('killed 64 “extremists”', 'killed', 64, 'exact', 'fighters'),
        C('captured 112 others', 'detained', 112, 'exact', 'fighters'),
        C('the loss of six soldiers', 'killed', 6, 'exact', 'soldiers'),
        C('19 civilians had been killed', 'killed', 19, 'exact', 'civilians'),
        C('15 to 20 more were killed', 'killed', None, 'range', 'civilians', low=15, high=20, tags='contradicted'),
        C('47 people with gunshot wounds', 'injured', 47, 'exact', 'people', id='h'),
        C('13 of them children', 'injured', 13, 'exact', 'children', sub='h'),
        C('Two died', 'killed', 2, 'exact', 'people'),
        C('detained scores of young men', 'detained', None, 'vague', 'men'),
        C('26 people still missing', 'missing', 26, 'exact', 'people'),
        C('the number of new arrivals at about 12,000', 'displaced', 12000, 'approx', 'people',
          tags='contradicted'),
        C('about 41,000 people had been displaced', 'displaced', 41000, 'approx', 'people'),
    ],
    sources=[
        S('city officials', 'official'),
        S('Almaz Desta', 'witness', form='name'),
        S('The Ethiopian National Defence Force', 'military'),
        S('the state broadcaster EBC', 'media'),
        S('Sidama’s regional police', 'official'),
        S('Community elders in Aroresa', 'other'),
        S('the army', 'military'),
        S('a surgeon', 'anonymous'),
        S('a lawyer', 'anonymous'),
        S('Hawassa’s deputy mayor, Tigist Haile', 'official', form='name'),
        S('relief workers with Hawassa Hope', 'ngo'),
        S('The UN migration agency, IOM', 'ngo'),
        S('Tadesse Wako', 'witness', form='name'),
    ],
    numbers=[
        N('38', 'age'),
        N('three days', 'duration'),
        N('30 houses', 'count-objects'),
        N('1 August', 'date'),
        N('several of the families', 'count-people'),
        N('14-year-old', 'age'),
        N('300 quintals', 'quantity'),
        N('61', 'age'),
        N('about 400,000 people', 'population'),
        N('275km', 'distance'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
