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

# ---------------------------------------------------------------- labels (blind set 57: kq01-kq08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / lay dead / found dead / hacked to death / sacrificed his life / neutralised / homicides / losing',
     r'\bshot dead\b|\blay dead\b|\bfound dead\b|\bto death\b|\bsacrificed\b|\bneutralised\b|\bhomicides\b|'
     r'\blosing\b|\bburied\b|\bkilling of\b'),
    ('captured / held / took / the arrest of', r'\bcaptured\b|\bheld\b|\btook\b|\barrest of\b'),
    ('evacuated / left villages / crossed the lake / driven from / abandoned their homes / flee / gone into hiding',
     r'\bevacuated\b|\bleft villages\b|\bcrossed\b|\bdriven\b|\babandoned\b|\bflee\b|\binto hiding\b'),
    ('beating / in a serious condition / treated for injuries / injuries',
     r'\bbeating\b|\bserious condition\b|\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/members of the security forces', r'\b(?:servicemen|member of the security forces)\b'),
    ('Taliban members / rebels / terrorists', r'\b(?:Taliban members|rebels|terrorists)\b'),
    ('families/detainees/suspects/supporters/members/Burundians',
     r'\b(?:families|detainees|suspects|supporters|members|Burundians)\b'),
    ('pensioners/neighbours/municipal workers/staff', r'\b(?:pensioners|neighbours|municipal workers|staff)\b'),
    ('schoolgirls / small children / young men', r'\b(?:schoolgirls|small children|young men)\b'),
]

# kq01: glide bombs and shelling on Chasiv Yar, Donetsk oblast, Ukraine (Reuters style)
A['kq01.txt'] = dict(
    casualty=[
        C('killed at least nine civilians', 'killed', 9, 'at-least', 'civilians', id='tot'),
        C('wounded 23 others', 'injured', 23, 'exact', 'civilians', id='w23'),
        C('Four of the dead', 'killed', 4, 'exact', 'civilians', id='four', sub='tot'),
        C('Two of them were pensioners', 'killed', 2, 'exact', 'civilians', sub='four'),
        C('six of the wounded', 'injured', 6, 'exact', 'civilians', sub='w23'),
        C('74 killed', 'killed', 74, 'exact', 'soldiers'),
        C('119 wounded', 'injured', 119, 'exact', 'soldiers'),
        C('killing up to 50 Ukrainian servicemen', 'killed', 50, 'at-most', 'soldiers', tags='contradicted'),
        C('two soldiers had been lightly wounded', 'injured', 2, 'exact', 'soldiers'),
        C('evacuated 17 people', 'displaced', 17, 'exact', 'people', id='ev'),
        C('three children', 'displaced', 3, 'exact', 'children', sub='ev'),
        C("the death toll from the weekend's attacks to 10", 'killed', 10, 'exact', 'civilians', tags='update'),
        C('wounding two municipal workers', 'injured', 2, 'exact', 'other'),
        C('at least 12,300 civilians have been killed', 'killed', 12300, 'at-least', 'civilians', id='un'),
        C('nearly 900 of them', 'killed', 900, 'at-most', 'civilians', sub='un'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Donetsk regional governor Oleksandr Marchenko', 'official', form='title-name'),
        S('Marchenko', 'official', nth=1, form='name'),
        S('Lieutenant Colonel Andriy Tkachuk', 'military', form='title-name'),
        S("Russia's Defense Ministry", 'military'),
        S('Tkachuk', 'military', nth=1, form='name'),
        S('Police', 'official'),
        S('Sergeant Oksana Hlushko', 'official', form='title-name'),
        S("the regional prosecutor's office", 'official'),
        S('the Kostiantynivka city administration', 'official'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('Oct 14', 'date'),
        N('80s', 'age'),
        N('47-year-old', 'age'),
        N('about 10 km', 'distance'),
        N('6 miles', 'distance'),
        N('more than 18 months', 'duration'),
        N('31 assaults', 'count-objects'),
        N('24 hours', 'duration'),
        N('fewer than 400 residents', 'count-people'),
        N('around 12,000', 'population'),
        N('one elderly woman', 'count-people'),
        N('February 2022', 'date'),
    ])

# kq02: a mine attack on a teashop in Dawei, Tanintharyi Region, Myanmar (state media style)
A['kq02.txt'] = dict(
    casualty=[
        C('Three civilians', 'killed', 3, 'exact', 'civilians'),
        C('11 others injured', 'injured', 11, 'exact', 'civilians', id='inj'),
        C('two women', 'injured', 2, 'exact', 'women', sub='inj'),
        C('four remain in a serious condition', 'injured', 4, 'exact', 'civilians', sub='inj'),
        C('arrested two suspects', 'detained', 2, 'exact', 'people'),
        C('Five terrorists were killed', 'killed', 5, 'exact', 'fighters'),
        C('several others wounded', 'injured', None, 'vague', 'fighters'),
        C('one member of the security forces sacrificed his life', 'killed', 1, 'exact', 'soldiers'),
        C('the bodies of two or three of their comrades', 'killed', None, 'range', 'fighters', low=2, high=3),
        C('killing 12 villagers', 'killed', 12, 'exact', 'civilians', tags='contradicted'),
        C('forcing about 2,000 people to flee', 'displaced', 2000, 'approx', 'people', tags='contradicted'),
        C('340 residents', 'displaced', 340, 'exact', 'civilians'),
        C('killed 27 civilians', 'killed', 27, 'exact', 'civilians'),
        C('abducted upwards of 40 others', 'detained', 40, 'at-least', 'civilians'),
        C('19 people', 'detained', 19, 'exact', 'people'),
    ],
    sources=[
        S('the Tanintharyi Region Information and Public Relations Department', 'official'),
        S('the hospital’s medical superintendent Dr Thein Zaw', 'official', form='title-name'),
        S('the department', 'official', nth=0),
        S('the statement', 'official', form='document'),
        S('The exile news outlet Tanintharyi Voice', 'media'),
        S('The department', 'official'),
        S('Tanintharyi Region Chief Minister U Kyaw Htin', 'official', form='title-name'),
        S('Police Major Aung Naing of Dawei District Police Force', 'official', form='title-name'),
        S('the department', 'official', nth=1),
    ],
    numbers=[
        N('22 January', 'date'),
        N('nine-year-old', 'age'),
        N('Ward 5', 'other'),
        N('7.40 am', 'time'),
        N('20 January', 'date'),
        N('three hand grenades', 'count-objects'),
        N('K 450,000', 'money'),
        N('21 January', 'date'),
        N('about 25 miles', 'distance'),
        N('Fourteen rifles', 'count-objects'),
        N('more than 200 rounds of ammunition', 'count-objects'),
        N('two neighbouring villages', 'count-objects'),
        N('10 baskets of rice', 'quantity'),
        N('K 50,000', 'money'),
        N('a number of them', 'count-people'),
        N('K 1 million', 'money'),
    ])

# kq03: a UN OCHA flash update on air strikes on Dhamar city, Yemen
A['kq03.txt'] = dict(
    casualty=[
        C('At least 41 people have been killed', 'killed', 41, 'at-least', 'people'),
        C('83 injured', 'injured', 83, 'exact', 'people'),
        C('Some 1,150 families', 'displaced', 1150, 'approx', 'people'),
        C('approximately 8,000 people', 'displaced', 8000, 'approx', 'people'),
        C('34 deaths', 'killed', 34, 'exact', 'people'),
        C('71 injuries', 'injured', 71, 'exact', 'people'),
        C('the death toll had risen to 41', 'killed', 41, 'exact', 'people', id='t41', tags='repeat update'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='t41'),
        C('four women', 'killed', 4, 'exact', 'women', sub='t41'),
        C('83 people had been treated for injuries', 'injured', 83, 'exact', 'people', tags='repeat update'),
        C('19 detainees were among those killed', 'killed', 19, 'exact', 'people', sub='t41'),
        C('25 wounded detainees', 'injured', 25, 'exact', 'people'),
        C('a number of detainees remained unaccounted for', 'missing', None, 'vague', 'people'),
        C('displaced between 300 and 400 people', 'displaced', None, 'range', 'people', low=300, high=400),
        C('Two civilians were reportedly killed', 'killed', 2, 'exact', 'civilians'),
        C('the 1,150 displaced families', 'displaced', 1150, 'exact', 'people', id='f1150', tags='repeat'),
        C('an estimated 240 families', 'displaced', 240, 'approx', 'people', sub='f1150'),
        C('an estimated 4.5 million people remain internally displaced', 'displaced', 4500000, 'approx', 'people'),
        C('Four of its staff were injured', 'injured', 4, 'exact', 'other'),
    ],
    sources=[
        S('local health authorities', 'official'),
        S('The Dhamar Governorate Health Office', 'official'),
        S('the office', 'official'),
        S('Saba news agency', 'media'),
        S('The International Committee of the Red Cross (ICRC)', 'ngo'),
        S('local authorities', 'official'),
        S('the Displacement Tracking Matrix (DTM) of the International Organization for Migration (IOM)', 'ngo'),
        S('the hospital', 'official'),
        S('The World Health Organization (WHO)', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 April 2025', 'date'),
        N('18:00', 'time'),
        N('16 and 17 April', 'date'),
        N('16 and 17 April', 'date', nth=1),
        N('several locations', 'count-objects'),
        N('some 100 km', 'distance'),
        N('18 April', 'date', nth=1),
        N('14 April', 'date'),
        N('two schools', 'count-objects'),
        N('more than 150 per cent', 'percentage'),
        N('220-bed', 'count-objects'),
        N('3 tonnes', 'quantity'),
        N('500 surgical interventions', 'count-objects'),
        N('five days', 'duration'),
        N('900 households', 'count-people'),
        N('600', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$2.47 billion', 'money'),
        N('9.6 per cent', 'percentage'),
        N('$1.5 million', 'money'),
    ])

# kq04: an attack on a market near Goundam, Timbuktu region, Mali (AFP style, one sentence a paragraph)
A['kq04.txt'] = dict(
    casualty=[
        C('killed at least 23 civilians', 'killed', 23, 'at-least', 'civilians', id='tot'),
        C('we buried 23 people', 'killed', 23, 'exact', 'people', tags='repeat'),
        C('four children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('a dozen people had been wounded', 'injured', 12, 'exact', 'people', id='w12'),
        C('several of them', 'injured', None, 'vague', 'people', sub='w12'),
        C('abducted at least seven men', 'detained', 7, 'at-least', 'men'),
        C('neutralised” 15 “terrorists', 'killed', 15, 'exact', 'fighters'),
        C('five soldiers were killed', 'killed', 5, 'exact', 'soldiers'),
        C('three wounded', 'injured', 3, 'exact', 'soldiers'),
        C('over 400 people had fled', 'displaced', 400, 'at-least', 'people'),
        C('some 6,000 displaced people', 'displaced', 6000, 'approx', 'people'),
        C('the number of missing at “between 20 and 30', 'missing', None, 'range', 'people', low=20, high=30),
        C('the killing of more than 150 civilians', 'killed', 150, 'at-least', 'civilians'),
        C('killed thousands of civilians', 'killed', None, 'vague', 'civilians'),
    ],
    sources=[
        S('local officials', 'official'),
        S('a security source', 'anonymous'),
        S('an elected official in Goundam', 'anonymous'),
        S('the official', 'anonymous'),
        S('A security source', 'anonymous'),
        S('the source', 'anonymous'),
        S('Mali’s army', 'military'),
        S('a military source', 'anonymous'),
        S('A humanitarian worker in Timbuktu', 'anonymous'),
        S('Local elected officials', 'official'),
        S('Human Rights Watch', 'ngo'),
    ],
    numbers=[
        N('Dozens of gunmen', 'count-people'),
        N('about 30 kilometres', 'distance'),
        N('10:00 am', 'time'),
        N('some 300 head of cattle', 'count-objects'),
        N('12 motorbikes', 'count-objects'),
        N('one of the deadliest', 'other'),
        N('2020', 'year'),
        N('December 2023', 'date'),
        N('six months', 'duration'),
        N('2012', 'year'),
    ])

# kq05: a rights group's statement on killings and abductions in Rumonge, Burundi (NGO statement)
A['kq05.txt'] = dict(
    casualty=[
        C('killed at least seven opposition supporters', 'killed', 7, 'at-least', 'people'),
        C('abducted 19 others', 'detained', 19, 'exact', 'people'),
        C('the deaths of at least seven members', 'killed', 7, 'at-least', 'people', id='d7', tags='repeat'),
        C('five of whom were beaten or hacked to death', 'killed', 5, 'exact', 'people', sub='d7'),
        C('two shot dead', 'killed', 2, 'exact', 'people', sub='d7'),
        C('the beating of at least 32 others', 'injured', 32, 'at-least', 'people', id='b32'),
        C('11 of whom', 'injured', 11, 'exact', 'people', sub='b32'),
        C('the 19 people abducted', 'detained', 19, 'exact', 'people', id='a19', tags='repeat'),
        C('12 are being held', 'detained', 12, 'exact', 'people', sub='a19'),
        C('two were found dead', 'killed', 2, 'exact', 'people', sub='a19'),
        C('five remain missing', 'missing', 5, 'exact', 'people', sub='a19'),
        C('driven hundreds of families from their homes', 'displaced', None, 'vague', 'people'),
        C('around 1,300 Burundians had crossed the lake', 'displaced', 1300, 'approx', 'people'),
        C('three people had died', 'killed', 3, 'exact', 'people', tags='contradicted'),
        C('14 suspects had been arrested', 'detained', 14, 'exact', 'people'),
        C('as many as 12 of its members had been killed', 'killed', 12, 'at-most', 'people'),
        C('dozens more had gone into hiding', 'displaced', None, 'vague', 'people'),
        C('the five missing men', 'missing', 5, 'exact', 'men', tags='repeat'),
        C('left at least 1,200 people dead', 'killed', 1200, 'at-least', 'people'),
        C('forced more than 400,000 to flee', 'displaced', 400000, 'at-least', 'people'),
    ],
    sources=[
        S('the Great Lakes Rights Initiative (GLRI)', 'ngo'),
        S('a 34-year-old woman from Kigwena', 'witness', form='role'),
        S('GLRI', 'ngo', nth=2),
        S('Families', 'witness'),
        S('The UN refugee agency (UNHCR)', 'ngo'),
        S('Interior ministry spokesman Désiré Hakizimana', 'official', form='title-name'),
        S('The CNL', 'other'),
        S('Mireille Kaneza', 'ngo', form='name'),
        S('UN figures', 'ngo', form='document'),
    ],
    numbers=[
        N('12 May 2025', 'date'),
        N('46 people', 'count-people'),
        N('20 March', 'date'),
        N('2 May', 'date'),
        N('34-year-old', 'age'),
        N('28 March', 'date'),
        N('5 June', 'date'),
        N('2015', 'year'),
        N('2016', 'year'),
    ])

# kq06: a bandit attack on a village in Tsafe, Zamfara state, Nigeria (AP style)
A['kq06.txt'] = dict(
    casualty=[
        C('killed at least 31 people', 'killed', 31, 'at-least', 'people'),
        C('abducted dozens more', 'detained', None, 'vague', 'people', id='abd'),
        C('31 bodies had been recovered', 'killed', 31, 'exact', 'people', id='b31', tags='repeat'),
        C('eight women', 'killed', 8, 'exact', 'women', sub='b31'),
        C('six children', 'killed', 6, 'exact', 'children', sub='b31'),
        C('14 people with gunshot wounds', 'injured', 14, 'exact', 'people'),
        C('10 to 15 people', 'missing', None, 'range', 'people', low=10, high=15),
        C('counted 40 bodies', 'killed', 40, 'exact', 'people', tags='contradicted'),
        C('two small children', 'detained', 2, 'exact', 'children'),
        C('12 of the abducted villagers', 'detained', 12, 'exact', 'civilians', sub='abd'),
        C('killed almost 600 people', 'killed', 600, 'at-most', 'people'),
        C('about 200,000 people had been forced from their homes', 'displaced', 200000, 'approx', 'people'),
        C('killed "scores of terrorists', 'killed', None, 'vague', 'fighters'),
        C('killed more than 2,500 people', 'killed', 2500, 'at-least', 'people'),
        C('abducted thousands', 'detained', None, 'vague', 'people'),
        C('abducted 279 schoolgirls', 'detained', 279, 'exact', 'children'),
    ],
    sources=[
        S('police', 'official'),
        S('residents', 'witness'),
        S('Zamfara police spokesman Abdullahi Shehu', 'official', form='title-name'),
        S('Shehu', 'official', nth=1, form='name'),
        S('Resident Bello Garba', 'witness', form='name'),
        S('Garba', 'witness', nth=1, form='name'),
        S('Shehu', 'official', nth=2, form='name'),
        S('Residents', 'witness'),
        S("Zamfara state's commissioner for internal security, Mustapha Danjuma", 'official', form='title-name'),
        S('The Nigerian Air Force', 'military'),
        S('Amnesty International', 'ngo'),
    ],
    numbers=[
        N('numbering more than 100', 'count-people'),
        N('11 p.m.', 'time'),
        N('52', 'age'),
        N('his two sons', 'count-people'),
        N('50 million naira', 'money'),
        N('about $32,000', 'money'),
        N('about 40 kilometers', 'distance'),
        N('25 miles', 'distance'),
        N('six months', 'duration'),
        N('about 4.5 million people', 'population'),
        N('2021', 'year'),
    ])

# kq07: clashes between the Taliban and the NRF in Panjshir, Afghanistan (broadcaster, BBC style)
A['kq07.txt'] = dict(
    casualty=[
        C('killed at least 15 people', 'killed', 15, 'at-least', 'people'),
        C('killed 23 Taliban members', 'killed', 23, 'exact', 'fighters', tags='contradicted'),
        C('captured six', 'detained', 6, 'exact', 'fighters'),
        C('losing three of their own', 'killed', 3, 'exact', 'fighters'),
        C('four of their fighters had been killed', 'killed', 4, 'exact', 'fighters'),
        C('seven wounded', 'injured', 7, 'exact', 'fighters'),
        C('killed eight “rebels', 'killed', 8, 'exact', 'fighters', tags='contradicted'),
        C('detained 14 people', 'detained', 14, 'exact', 'people'),
        C('19 wounded', 'injured', 19, 'exact', 'people', id='h19'),
        C('three women', 'injured', 3, 'exact', 'women', sub='h19'),
        C('two of his neighbours', 'killed', 2, 'exact', 'civilians'),
        C('took dozens of men', 'detained', None, 'vague', 'men'),
        C('the arbitrary detention of at least 60 civilians', 'detained', 60, 'at-least', 'civilians'),
        C('250–300 families have left villages', 'displaced', None, 'range', 'people', low=250, high=300),
        C('the number of people displaced at up to 2,500', 'displaced', 2500, 'at-most', 'people'),
        C('the killing of five blindfolded men', 'killed', 5, 'exact', 'men'),
    ],
    sources=[
        S('local sources', 'anonymous'),
        S('The National Resistance Front (NRF)', 'military'),
        S('A spokesman for the Taliban’s forces in Panjshir, Mawlawi Abdul Haq Rahimi', 'military',
          form='title-name'),
        S('the NRF', 'military'),
        S('The provincial hospital in Bazarak', 'official'),
        S('Residents', 'witness'),
        S('One man in Bazarak', 'anonymous'),
        S('The UN Assistance Mission in Afghanistan (Unama)', 'ngo'),
        S('Aid agencies', 'ngo'),
        S('The Norwegian Refugee Council (NRC)', 'ngo'),
        S('Rights groups', 'ngo'),
        S('The Taliban', 'military'),
    ],
    numbers=[
        N('three days', 'duration'),
        N('2021', 'year'),
        N('One man', 'count-people'),
        N('about 150km', 'distance'),
        N('around 170,000 people', 'population'),
        N('several districts', 'count-objects'),
        N('September 2021', 'date'),
        N('one of several armed groups', 'other'),
        N('2022', 'year'),
    ])

# kq08: a massacre at a soccer field in Durán near Guayaquil, Ecuador (a US newspaper's correspondent)
A['kq08.txt'] = dict(
    casualty=[
        C('eight people lay dead', 'killed', 8, 'exact', 'people'),
        C('11 others were wounded', 'injured', 11, 'exact', 'people', id='w11'),
        C('the toll had risen to 10', 'killed', 10, 'exact', 'people', tags='update'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='w11'),
        C('arrested three suspects', 'detained', 3, 'exact', 'people'),
        C('412 homicides', 'killed', 412, 'exact', 'people'),
        C('the arrest of 96 people', 'detained', 96, 'exact', 'people'),
        C('two soldiers had been wounded', 'injured', 2, 'exact', 'soldiers'),
        C('four young men', 'missing', 4, 'exact', 'men'),
        C('Hundreds of families have abandoned their homes', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('the National Police', 'official'),
        S('Col. Fausto Salinas', 'official', form='title-name'),
        S('Neighbors', 'witness'),
        S('Marlene Quiñónez', 'witness', form='name'),
        S('Interior Ministry figures', 'official', form='document'),
        S('The police', 'official'),
        S('The armed forces', 'military'),
        S('Rights advocates', 'other'),
        S('The Guayaquil-based Human Rights Defense Collective', 'ngo'),
        S('the mayor’s office', 'official'),
        S('Ms. Quiñónez', 'witness', form='name'),
    ],
    numbers=[
        N('two pickup trucks', 'count-objects'),
        N('9 p.m.', 'time'),
        N('about 40 people', 'count-people'),
        N('14-year-old', 'age'),
        N('one of the gangs', 'other'),
        N('settling of scores', 'other'),
        N('52 cartridges', 'count-objects'),
        N('19', 'age'),
        N('47', 'age'),
        N('about 300,000 people', 'population'),
        N('one of the most violent', 'other'),
        N('roughly 137 per 100,000 inhabitants', 'other'),
        N('between 2,000 and 3,000 gang members', 'count-people'),
        N('60-day', 'duration'),
        N('six other cantons', 'count-objects'),
        N('about 1,500 soldiers and police officers', 'count-people'),
        N('11 p.m. to 5 a.m.', 'time'),
        N('two weeks', 'duration'),
        N('at least 30 families', 'count-people'),
        N('$5 to $20', 'money'),
        N('the next one', 'other'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
