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

# ---------------------------------------------------------------- labels (blind set 576: ig01-ig08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('eliminated / liquidated / destruction of / gave their lives / killings / executed / lost … soldiers',
     r'\beliminated\b|\bliquidated\b|\bdestruction\b|\bgave their lives\b|\bkillings\b|\bexecuted\b|\blost\b'),
    ('taken prisoner / captured / taken / held', r'\bprisoner\b|\bcaptured\b|\btaken\b|\bheld\b'),
    ('evacuated / left / forcing … from their homes', r'\bevacuated\b|\bleft\b|\bforcing\b'),
    ('never seen again / heard from', r'\bseen again\b|\bheard from\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/occupiers/border guards/nationalists',
     r'\b(?:servicemen|occupiers|border guards|nationalists)\b'),
    ('teenagers/grandsons', r'\b(?:teenagers|grandsons)\b'),
    ('volunteers/aid workers/colleagues/neighbours', r'\b(?:volunteers|aid workers|colleagues|neighbours)\b'),
]

# ig01: glide bombs and artillery on Hlyboke, a border village north of Kharkiv (AFP style, one
# sentence a paragraph, British spelling, curly quotes)
A['ig01.txt'] = dict(
    casualty=[
        C('killed at least 11 civilians', 'killed', 11, 'at-least', 'civilians', id='tot'),
        C('two teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Twenty-three others were wounded', 'injured', 23, 'exact', 'people', id='inj'),
        C('seven of them', 'injured', 7, 'exact', 'people', sub='inj'),
        C('recovered nine bodies', 'killed', 9, 'exact', 'people'),
        C('two people were still missing', 'missing', 2, 'exact', 'people'),
        C('the toll to 13', 'killed', 13, 'exact', 'civilians', tags='update'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('eliminated up to 45 servicemen', 'killed', 45, 'at-most', 'soldiers', tags='contradicted'),
        C('three soldiers had been wounded', 'injured', 3, 'exact', 'soldiers'),
        C('forcing more than 12,000 people from their homes', 'displaced', 12000, 'at-least', 'people'),
        C('evacuated 37 residents', 'displaced', 37, 'exact', 'civilians', id='ev'),
        C('11 children', 'displaced', 11, 'exact', 'children', sub='ev'),
        C('at least 174 civilians had been killed', 'killed', 174, 'at-least', 'civilians'),
        C('690 injured', 'injured', 690, 'exact', 'civilians'),
        C('killed more than 200 people', 'killed', 200, 'at-least', 'people'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Kharkiv regional governor Mykola Dovhal', 'official', form='title-name'),
        S('the local council', 'official'),
        S('Valentyna Moroz', 'witness', form='name'),
        S('The State Emergency Service', 'official'),
        S('the service', 'official'),
        S('the governor', 'official'),
        S('Russia’s defence ministry', 'military'),
        S('Lieutenant Colonel Andriy Hnatenko', 'military', form='title-name'),
        S('regional authorities', 'official'),
        S('Police', 'official'),
        S('Mykola Tkachenko', 'witness', form='name'),
        S('The UN human rights monitoring mission in Ukraine', 'ngo'),
        S('Moscow', 'official'),
        S('Russian officials', 'official'),
        S('Ukrainian military bloggers', 'other'),
        S('two soldiers', 'anonymous'),
    ],
    numbers=[
        N('two kilometres', 'distance'),
        N('about 1,100 people', 'population'),
        N('fewer than 200', 'population'),
        N('one after the other', 'other'),
        N('67', 'age'),
        N('three houses', 'count-objects'),
        N('14-year-old', 'age'),
        N('10 May', 'date'),
        N('several elderly people', 'count-people'),
        N('2022', 'year'),
        N('2022', 'year', nth=1),
        N('two soldiers', 'count-people'),
    ])

# ig02: a guided bomb on an aid queue at a community center in Tsyrkuny, on Kharkiv's northern edge
# (Reuters style, American spelling, straight quotes)
A['ig02.txt'] = dict(
    casualty=[
        C('killing six people', 'killed', 6, 'exact', 'people', id='tot'),
        C('wounding at least 19', 'injured', 19, 'at-least', 'people', id='inj'),
        C('two volunteers', 'killed', 2, 'exact', 'other', sub='tot'),
        C('Four of the wounded', 'injured', 4, 'exact', 'people', sub='inj', id='w4'),
        C('two children', 'injured', 2, 'exact', 'children', sub='w4'),
        C('the death toll had risen to eight', 'killed', 8, 'exact', 'people', tags='update'),
        C('two more bodies', 'killed', 2, 'exact', 'people'),
        C('the number of wounded had reached 23', 'injured', 23, 'exact', 'people', tags='update'),
        C('10 to 12 people may have died', 'killed', None, 'range', 'people', low=10, high=12, tags='contradicted'),
        C('several people', 'missing', None, 'vague', 'people'),
        C('killed as many as 60 Ukrainian soldiers', 'killed', 60, 'at-most', 'soldiers'),
        C('killed two more civilians', 'killed', 2, 'exact', 'civilians'),
        C('injured five', 'injured', 5, 'exact', 'civilians'),
        C('detained three residents', 'detained', 3, 'exact', 'civilians'),
        C('Nearly 14,000 people have been evacuated', 'displaced', 14000, 'at-most', 'people', id='ev'),
        C('2,100 children', 'displaced', 2100, 'exact', 'children', sub='ev'),
        C('at least 11,500 civilians have been killed', 'killed', 11500, 'at-least', 'civilians'),
    ],
    sources=[
        S('Ukrainian officials', 'official'),
        S('Oksana Lytvyn', 'official', form='name'),
        S('the head of the regional health department, Maksym Kovalenko', 'official', form='title-name'),
        S('Halyna Sydorenko', 'witness', form='name'),
        S('Governor Mykola Dovhal', 'official', form='title-name'),
        S('A police source', 'anonymous'),
        S("Russia's Defense Ministry", 'military'),
        S('the governor', 'official'),
        S("Ukraine's General Staff", 'military'),
        S("Ukraine's SBU security service", 'official'),
        S('the regional military administration', 'official'),
        S('Local volunteers', 'other'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('9-year-old', 'age'),
        N('58', 'age'),
        N('around 3,000', 'population'),
        N('about 20 km', 'distance'),
        N('12 miles', 'distance'),
        N('11 Russian attacks', 'count-objects'),
        N('24 hours', 'duration'),
        N('up to 12 years', 'duration'),
        N('May 10', 'date'),
        N('several hundred people', 'population'),
        N('February 2022', 'date'),
    ])

# ig03: shelling, an assault and a disputed "liberation" of Starytsia (Ukrainian state news agency
# voice: "occupiers", "liquidated", "gave their lives", refuted Russian claims; en-dash dateline)
A['ig03.txt'] = dict(
    casualty=[
        C('killing two civilians', 'killed', 2, 'exact', 'civilians'),
        C('wounding four more', 'injured', 4, 'exact', 'civilians'),
        C('43 occupiers were liquidated', 'killed', 43, 'exact', 'soldiers'),
        C('61 were wounded', 'injured', 61, 'exact', 'soldiers'),
        C('2 enemy soldiers were taken prisoner', 'detained', 2, 'exact', 'soldiers'),
        C('Three border guards gave their lives', 'killed', 3, 'exact', 'soldiers'),
        C('5 more were wounded', 'injured', 5, 'exact', 'soldiers'),
        C('the destruction of up to 200 Ukrainian servicemen', 'killed', 200, 'at-most', 'soldiers',
          tags='contradicted'),
        C('killing 7 civilians', 'killed', 7, 'exact', 'civilians', tags='contradicted'),
        C('killed 9 residents', 'killed', 9, 'exact', 'civilians'),
        C('injured a number of others', 'injured', None, 'vague', 'civilians'),
        C('11,857 people', 'displaced', 11857, 'exact', 'people', id='ev'),
        C('1,432 children', 'displaced', 1432, 'exact', 'children', sub='ev'),
        C('detained at least 40 residents', 'detained', 40, 'at-least', 'civilians', id='det'),
        C('6 from Starytsia', 'detained', 6, 'exact', 'civilians', sub='det'),
    ],
    sources=[
        S('Head of the Kharkiv Regional Military Administration Mykola Dovhal', 'official', form='title-name'),
        S('Dovhal', 'official', nth=1, form='name'),
        S('the General Staff of the Armed Forces of Ukraine', 'military'),
        S('the State Border Guard Service', 'military'),
        S('The Center for Countering Disinformation at the National Security and Defense Council of Ukraine',
          'official'),
        S('Russian propagandists', 'media'),
        S('the Russian Ministry of Defence', 'military'),
        S('the Center', 'official'),
        S('Russian state media', 'media'),
        S('the Operational-Tactical Group "Kharkiv"', 'military'),
        S('The State Emergency Service', 'official'),
        S('the service', 'official'),
        S('the Regional Military Administration', 'official'),
        S('the Ukrainian Parliament Commissioner for Human Rights, Olena Zaruba', 'official', form='title-name'),
        S('the regional police department', 'official'),
    ],
    numbers=[
        N('24 May 2024', 'date'),
        N('26 times', 'other'),
        N('64-year-old', 'age'),
        N('70-year-old', 'age'),
        N('9 assaults', 'count-objects'),
        N('10 May', 'date'),
        N('317 criminal proceedings', 'count-objects'),
        N('10 May', 'date', nth=1),
        N('12 tonnes', 'quantity'),
        N('3,500 litres', 'quantity'),
    ])

# ig04: detentions, disappearances and killings of civilians from Ternova (NGO statement with
# demands and notes to editors, British spelling, curly quotes)
A['ig04.txt'] = dict(
    casualty=[
        C('At least 34 civilians', 'detained', 34, 'at-least', 'civilians', id='det'),
        C('21 of them', 'missing', 21, 'exact', 'civilians', sub='det'),
        C('the killing of 12 people', 'killed', 12, 'exact', 'people', id='k'),
        C('three women', 'killed', 3, 'exact', 'women', sub='k'),
        C('at least seven were taken', 'detained', 7, 'at-least', 'men'),
        C('two of the detained men died in custody', 'killed', 2, 'exact', 'men', sub='det'),
        C('46 wounded people', 'injured', 46, 'exact', 'people', id='w'),
        C('nine of them children', 'injured', 9, 'exact', 'children', sub='w'),
        C('1,580 civilians', 'detained', 1580, 'exact', 'civilians'),
        C('detained fewer than 10 people', 'detained', 10, 'at-most', 'people', tags='contradicted'),
        C('as many as 400 people have fled', 'displaced', 400, 'at-most', 'people'),
        C('executed at least five civilians', 'killed', 5, 'at-least', 'civilians'),
        C('all 21 missing residents', 'missing', 21, 'exact', 'civilians', tags='repeat'),
        C('the 12 killings', 'killed', 12, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('the Slobozhanshchyna Rights Initiative (SRI)', 'ngo'),
        S('The report', 'ngo', form='document'),
        S('a 47-year-old woman', 'witness', form='role'),
        S('Former residents', 'witness'),
        S('SRI', 'ngo', nth=2),
        S('forensic documents', 'other', form='document'),
        S('Medics at Kharkiv’s regional hospital', 'anonymous'),
        S('Ukraine’s Coordination Headquarters for the Treatment of Prisoners of War', 'official'),
        S('Russia’s defence ministry', 'military'),
        S('Iryna Bondar', 'ngo', form='name'),
        S('Local authorities', 'official'),
        S('The UN Human Rights Monitoring Mission in Ukraine (HRMMU)', 'ngo'),
    ],
    numbers=[
        N('12 August 2024', 'date'),
        N('58 former residents', 'count-people'),
        N('between 10 May and 31 July', 'date'),
        N('15-year-old', 'age'),
        N('two kilometres', 'distance'),
        N('47-year-old', 'age'),
        N('2022', 'year'),
        N('3 and 17 July', 'date'),
        N('roughly 1,300 residents', 'population'),
        N('fewer than 80', 'population'),
        N('2014', 'year'),
        N('between 5 June and 2 August 2024', 'date'),
    ])

# ig05: hostilities, displacement by site, the missing and detained in Dvorichna hromada (UN OCHA
# flash update: highlights, situation overview, displacement, protection, health, shelter, funding)
A['ig05.txt'] = dict(
    casualty=[
        C('At least 9 civilians killed', 'killed', 9, 'at-least', 'civilians'),
        C('27 injured', 'injured', 27, 'exact', 'civilians'),
        C('An estimated 2,600 people have left', 'displaced', 2600, 'approx', 'people'),
        C('the death toll stands at 9 civilians', 'killed', 9, 'exact', 'civilians', id='t2', tags='repeat'),
        C('2 children', 'killed', 2, 'exact', 'children', sub='t2'),
        C('3 older women', 'killed', 3, 'exact', 'women', sub='t2'),
        C('27 people have been injured', 'injured', 27, 'exact', 'people', id='i2', tags='repeat'),
        C('6 of them children', 'injured', 6, 'exact', 'children', sub='i2'),
        C('killed 4 people', 'killed', 4, 'exact', 'people'),
        C('injured 11', 'injured', 11, 'exact', 'people', id='i11'),
        C('2 aid workers', 'injured', 2, 'exact', 'other', sub='i11'),
        C('a further 5 civilians were killed', 'killed', 5, 'exact', 'civilians'),
        C('An estimated 2,600 people have left', 'displaced', 2600, 'approx', 'people', nth=1, id='d2',
          tags='repeat'),
        C('around 1,150 people', 'displaced', 1150, 'approx', 'people', sub='d2'),
        C('640 people', 'displaced', 640, 'exact', 'people', sub='d2'),
        C('some 500 people', 'displaced', 500, 'approx', 'people', sub='d2'),
        C('about 300 people', 'displaced', 300, 'approx', 'people', sub='d2'),
        C('more than 14,000 people have been evacuated', 'displaced', 14000, 'at-least', 'people'),
        C('between 7 and 9 civilians missing', 'missing', None, 'range', 'civilians', low=7, high=9),
        C('3 men detained', 'detained', 3, 'exact', 'men'),
        C('19 of the injured', 'injured', 19, 'exact', 'people', sub='i2', id='h'),
        C('4 of whom', 'injured', 4, 'exact', 'people', sub='h'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the Kharkiv Oblast Military Administration', 'official'),
        S('The UN Human Rights Monitoring Mission in Ukraine (HRMMU)', 'ngo'),
        S('Partners', 'ngo'),
        S('the oblast authorities', 'official'),
        S('Protection partners', 'ngo'),
        S('The Kharkiv Oblast Clinical Hospital', 'official'),
        S('WHO', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('14 June 2024', 'date'),
        N('7 June', 'date'),
        N('7 June', 'date', nth=1),
        N('11 June', 'date'),
        N('7 June', 'date', nth=2),
        N('16 settlements', 'count-objects'),
        N('at least 120 people', 'count-people'),
        N('10 May', 'date'),
        N('9 June', 'date'),
        N('2 health facilities', 'count-objects'),
        N('35 km', 'distance'),
        N('420 emergency shelter kits', 'count-objects'),
        N('2024', 'year', nth=1),
        N('US$3.1 billion', 'money'),
        N('38 per cent', 'percentage'),
        N('US$4.5 million', 'money'),
    ])

# ig06: evacuating the last residents of Buhruvatka under drone attack (a broadcaster's website:
# headline and byline)
A['ig06.txt'] = dict(
    casualty=[
        C('Two of those neighbours', 'killed', 2, 'exact', 'civilians'),
        C('at least 16 civilians have been killed', 'killed', 16, 'at-least', 'civilians'),
        C('dozens injured', 'injured', None, 'vague', 'civilians'),
        C('23 dead', 'killed', 23, 'exact', 'people', tags='contradicted'),
        C('Another 10 to 15 people are missing', 'missing', None, 'range', 'people', low=10, high=15),
        C('his two grandsons', 'killed', 2, 'exact', 'children'),
        C('more than 90 people', 'injured', 90, 'at-least', 'people'),
        C('412 people', 'displaced', 412, 'exact', 'people', id='ev'),
        C('37 children', 'displaced', 37, 'exact', 'children', sub='ev'),
        C('wounding two of his colleagues', 'injured', 2, 'exact', 'soldiers'),
        C('killed up to 35 Ukrainian soldiers', 'killed', 35, 'at-most', 'soldiers'),
        C('14 of them had been captured', 'detained', 14, 'exact', 'soldiers'),
        C('at least four men', 'missing', 4, 'at-least', 'men'),
        C('almost 19,000 people have been displaced', 'displaced', 19000, 'at-most', 'people'),
    ],
    sources=[
        S('Mrs Petrenko', 'witness', form='name'),
        S('Local officials', 'official'),
        S('The regional prosecutor’s office', 'official'),
        S('The head of the hromada, Oleksandr Zinchenko', 'official', form='title-name'),
        S('Doctors at a Kharkiv hospital', 'anonymous'),
        S('the regional police', 'official'),
        S('Sgt Andriy Melnyk', 'official', form='title-name'),
        S('Russia', 'official', nth=1),
        S('Its defence ministry', 'military'),
        S('A Ukrainian brigade commander in the area', 'anonymous'),
        S('Residents', 'witness'),
        S('the UN refugee agency, UNHCR', 'ngo'),
    ],
    numbers=[
        N('six weeks', 'duration'),
        N('81', 'age'),
        N('15km', 'distance'),
        N('nine miles', 'distance'),
        N('about 700 residents', 'population'),
        N('fewer than 30', 'population'),
        N('10 May', 'date'),
        N('more than 100 times', 'other'),
        N('84-year-old', 'age'),
        N('several times', 'other'),
        N('Eighty-one years', 'age'),
        N('one bag', 'count-objects'),
    ])

# ig07: a drone strike on an evacuation minibus from Odnorobivka (AP style, em-dash dateline,
# American spelling, straight quotes)
A['ig07.txt'] = dict(
    casualty=[
        C('killing five people', 'killed', 5, 'exact', 'people', id='tot'),
        C('two women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('wounding three others', 'injured', 3, 'exact', 'people', id='inj'),
        C('one of the wounded', 'killed', 1, 'exact', 'people', sub='inj'),
        C('the death toll to six', 'killed', 6, 'exact', 'people', tags='update'),
        C('killed three more civilians', 'killed', 3, 'exact', 'civilians'),
        C('wounded 11', 'injured', 11, 'exact', 'civilians'),
        C('killed up to 70 Ukrainian troops', 'killed', 70, 'at-most', 'soldiers'),
        C('captured four', 'detained', 4, 'exact', 'soldiers'),
        C('killed two people', 'killed', 2, 'exact', 'people'),
        C('wounded 17', 'injured', 17, 'exact', 'people'),
        C('detained dozens of residents', 'detained', None, 'vague', 'civilians', id='dz'),
        C('at least six of them', 'missing', 6, 'at-least', 'civilians', sub='dz'),
        C('Hundreds more fled', 'displaced', None, 'vague', 'civilians'),
        C('evacuated roughly 1,300 people', 'displaced', 1300, 'approx', 'people', id='ev'),
        C('214 of them children', 'displaced', 214, 'exact', 'children', sub='ev'),
        C('at least 150 civilians were killed', 'killed', 150, 'at-least', 'civilians'),
        C('more than 600 wounded', 'injured', 600, 'at-least', 'civilians'),
    ],
    sources=[
        S('Ukrainian officials', 'official'),
        S("the Kharkiv regional prosecutor's office", 'official'),
        S('Road Home', 'ngo'),
        S("the charity's founder, Yulia Savchenko", 'ngo', form='title-name'),
        S('Kharkiv Gov. Mykola Dovhal', 'official', form='title-name'),
        S('Vasyl Kravets', 'witness', form='name'),
        S('the governor', 'official'),
        S("Russia's Defense Ministry", 'military'),
        S('Belgorod Gov. Vladimir Sedykh', 'official', form='title-name'),
        S('local officials', 'official'),
        S('village head Petro Sushko', 'official', form='title-name'),
        S('police spokesman Serhii Bolotnikov', 'official', form='title-name'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('nine passengers', 'count-people'),
        N('about 3 kilometers', 'distance'),
        N('2 miles', 'distance'),
        N('34-year-old', 'age'),
        N('69-year-old', 'age'),
        N('63', 'age'),
        N('24 hours', 'duration'),
        N('six months', 'duration'),
        N('2022', 'year'),
        N('roughly 1,000 residents', 'population'),
        N('about 80', 'population'),
        N('between May 10 and July 31', 'date'),
    ])

# ig08: glide bombs, drones, the missing and the evacuated in Prudianka (a newspaper's own
# correspondent, byline, an em-dash aside, curly quotes)
A['ig08.txt'] = dict(
    casualty=[
        C('Eleven people have been killed', 'killed', 11, 'exact', 'people', id='tot'),
        C('Four of them were children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('Another 26 have been wounded', 'injured', 26, 'exact', 'people', id='w'),
        C('eight dead', 'killed', 8, 'exact', 'people', tags='contradicted'),
        C('lost six soldiers', 'killed', 6, 'exact', 'soldiers'),
        C('14 more had been wounded', 'injured', 14, 'exact', 'soldiers'),
        C('captured a dozen Russian soldiers', 'detained', 12, 'exact', 'soldiers'),
        C('killed “more than 100 nationalists”', 'killed', 100, 'at-least', 'fighters', tags='contradicted'),
        C('some 600 more have fled', 'displaced', 600, 'approx', 'people'),
        C('detained two residents', 'detained', 2, 'exact', 'civilians'),
        C('Three men', 'missing', 3, 'exact', 'men'),
        C('19 of the village’s wounded', 'injured', 19, 'exact', 'people', sub='w'),
        C('scores more', 'injured', None, 'vague', 'people'),
        C('more than 1,900 civilians have been killed', 'killed', 1900, 'at-least', 'civilians'),
    ],
    sources=[
        S('the village administrator, Halyna Ostapenko', 'official', form='title-name'),
        S('Regional officials', 'official'),
        S('Mr Hrytsenko', 'witness', form='name'),
        S('A company commander', 'military', form='role'),
        S('Russian state television', 'media'),
        S('Ostapenko', 'official', nth=1, form='name'),
        S('the regional military administration', 'official'),
        S('Ukraine’s SBU security service', 'official'),
        S('their families', 'witness'),
        S('its chief doctor, Oleh Marchuk', 'official', form='title-name'),
        S('the UN human rights office', 'ngo'),
        S('Ostapenko', 'official', nth=2, form='name'),
    ],
    numbers=[
        N('22 June', 'date'),
        N('one of more than 40', 'count-objects'),
        N('10 May', 'date'),
        N('59', 'age'),
        N('2022', 'year'),
        N('3 August', 'date'),
        N('100 men', 'count-people'),
        N('about 4,000 inhabitants', 'population'),
        N('212', 'population'),
        N('14km', 'distance'),
        N('seven-year-old', 'age'),
        N('February 2022', 'date'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
