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

# ---------------------------------------------------------------- labels (blind set 460: lp01-lp08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / shot / murdered / neutralized / lost … soldiers / had died',
     r'\bshot\b|\bmurdered\b|\bneutrali[sz]ed\b|\blost\b'),
    ('remains / skeletons / buried / among those killed / the disappearance of',
     r'\bremains\b|\bskeletons\b|\bburied\b|\bdisappearance\b'),
    ('rounded up / taken / taken away / captured / held / abducted',
     r'\brounded up\b|\btaken\b|\btook\b|\bcaptured\b|\bheld\b'),
    ('abandoned their homes / left their homes / crossed / hiding in the bush / sheltering / staying with relatives',
     r'\babandoned\b|\bleft\b|\bcrossed\b|\bhiding\b|\bsheltering\b|\bstaying\b'),
    ('beaten / bayoneted / broken bones / bullet wounds / treated … for injuries',
     r'\bbeaten\b|\bbayoneted\b|\bbroken bones\b|\bwounds\b|\binjuries\b|\btreat'),
    ('never found / still missing / unaccounted for', r'\bstill missing\b|\bunaccounted\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('dissidents/bandits', r'\b(?:dissidents|bandits)\b'),
    ('collaborators/suspects/detainees/prisoners',
     r'\b(?:collaborators|suspects|detainees|prisoners)\b'),
    ('members of the security forces', r'\bmembers of the security forces\b'),
    ('teachers/farmers', r'\b(?:teachers|farmers)\b'),
    ('brothers/uncles/young men/boys', r'\b(?:brothers|uncles|young men|boys)\b'),
    ('relatives/families/members of the same family/arrivals/Zimbabweans',
     r'\b(?:relatives|families|family|arrivals|Zimbabweans)\b'),
    ('skeletons/remains', r'\b(?:skeletons|remains)\b'),
]

# lp01: night raids by an army brigade on hamlets in Lupane, Matabeleland North, Zimbabwe
# (AFP style, one sentence a paragraph)
A['lp01.txt'] = dict(
    casualty=[
        C('shot dead at least 23 villagers', 'killed', 23, 'at-least', 'civilians', id='tot'),
        C('eight children', 'killed', 8, 'exact', 'children', sub='tot'),
        C('five women', 'killed', 5, 'exact', 'women', sub='tot'),
        C('two of her brothers were among those killed', 'killed', 2, 'exact', 'men', sub='tot'),
        C('the number of dead at 11', 'killed', 11, 'exact', 'civilians', tags='contradicted'),
        C('killed 19 dissidents', 'killed', 19, 'exact', 'fighters'),
        C('lost four soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('treating 31 people for gunshot wounds', 'injured', 31, 'exact', 'people', id='inj'),
        C('nine of them children', 'injured', 9, 'exact', 'children', sub='inj'),
        C('Four of the wounded died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('the death toll to 27', 'killed', 27, 'exact', 'civilians', tags='update'),
        C('rounded up between 40 and 50 men', 'detained', None, 'range', 'men', low=40, high=50),
        C('Hundreds of villagers have fled', 'displaced', None, 'vague', 'civilians'),
        C('the disappearance of over 60 people', 'missing', 60, 'at-least', 'people'),
        C('“nearly 30 bandits” had been killed', 'killed', 30, 'at-most', 'fighters'),
        C('killing 33 people', 'killed', 33, 'exact', 'people'),
    ],
    sources=[
        S('residents', 'witness'),
        S('church workers', 'other'),
        S('a Catholic mission worker', 'anonymous'),
        S('Sithembile Ncube', 'witness', form='name'),
        S('A senior police officer in Bulawayo', 'anonymous'),
        S('Home Affairs Minister Simon Mavhunga', 'official', form='title-name'),
        S('a nurse', 'anonymous'),
        S('the mission worker', 'anonymous'),
        S('Relatives', 'witness'),
        S('a 60-year-old headman', 'anonymous'),
        S('The justice and peace commission of the Catholic diocese of Bulawayo', 'ngo'),
        S('State-owned Radio Zimbabwe', 'media'),
        S('army headquarters in Harare', 'military'),
        S('The government', 'official'),
        S('Officials', 'official'),
    ],
    numbers=[
        N('three hamlets', 'count-objects'),
        N('41', 'age'),
        N('January 26', 'date'),
        N('170 kilometres', 'distance'),
        N('60-year-old', 'age'),
        N('some 3,500 strong', 'count-people'),
        N('an estimated 400 armed dissidents', 'count-people'),
        N('1982', 'year'),
    ])

# lp02: a week of night raids by the Fifth Brigade in Tsholotsho, Zimbabwe (Reuters style)
A['lp02.txt'] = dict(
    casualty=[
        C('killed 52 people', 'killed', 52, 'exact', 'people', id='tot'),
        C('14 women', 'killed', 14, 'exact', 'women', sub='tot'),
        C('at least nine children', 'killed', 9, 'at-least', 'children', sub='tot'),
        C('more than 70 people had been wounded', 'injured', 70, 'at-least', 'people'),
        C('buried seven members of the same family', 'killed', 7, 'exact', 'people'),
        C('killed 21 "armed bandits"', 'killed', 21, 'exact', 'fighters', tags='contradicted'),
        C('three soldiers had been killed', 'killed', 3, 'exact', 'soldiers'),
        C('five wounded', 'injured', 5, 'exact', 'soldiers'),
        C('between 90 and 120 civilians may have died', 'killed', None, 'range', 'civilians', low=90, high=120),
        C('admitted 38 patients with bullet and bayonet wounds', 'injured', 38, 'exact', 'people', id='hosp'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='hosp'),
        C('shot 15-20 people', 'killed', None, 'range', 'people', low=15, high=20),
        C('forced scores of families from their homes', 'displaced', None, 'vague', 'people'),
        C('the toll had risen to 58', 'killed', 58, 'exact', 'people', tags='update'),
        C('six more bodies were found', 'killed', 6, 'exact', 'people'),
        C('taken away six of the patients', 'detained', 6, 'exact', 'people', sub='hosp'),
        C('rounded up some 300 men', 'detained', 300, 'approx', 'men', id='det'),
        C('several of them were beaten', 'injured', None, 'vague', 'men', sub='det'),
        C('An estimated 4,000 people have fled', 'displaced', 4000, 'approx', 'people'),
        C('killed more than 40 civilians', 'killed', 40, 'at-least', 'civilians'),
        C('five white farmers', 'killed', 5, 'exact', 'other'),
    ],
    sources=[
        S('church sources', 'anonymous'),
        S('The sources', 'anonymous'),
        S('a priest', 'anonymous'),
        S('A second church worker', 'anonymous'),
        S('the church sources', 'anonymous'),
        S('Government spokesman Justin Nyoni', 'official', form='title-name'),
        S('Western diplomats in Harare', 'official'),
        S('One diplomat', 'anonymous'),
        S('staff', 'anonymous'),
        S('a hospital worker', 'anonymous'),
        S('Residents', 'witness'),
        S('aid workers', 'ngo'),
        S('The government', 'official'),
    ],
    numbers=[
        N('March 3', 'date'),
        N('one kraal', 'count-objects'),
        N('one village', 'count-objects'),
        N('Feb. 26', 'date'),
        N('Feb. 24', 'date'),
        N('One diplomat', 'count-people'),
        N('Feb. 20', 'date'),
        N('about 110 km', 'distance'),
        N('70 miles', 'distance'),
        N('Feb. 4', 'date'),
        N("the district's 80,000 residents", 'population'),
        N('1980', 'year'),
    ])

# lp03: soldiers shooting villagers at a night gathering near Nkayi, Zimbabwe (AP style)
A['lp03.txt'] = dict(
    casualty=[
        C('killed 16 villagers', 'killed', 16, 'exact', 'civilians', id='tot'),
        C('wounded at least 20 others', 'injured', 20, 'at-least', 'civilians', id='inj'),
        C('two uncles were among the dead', 'killed', 2, 'exact', 'men', sub='tot'),
        C('14 bodies had been buried', 'killed', 14, 'exact', 'people'),
        C('two more people had died', 'killed', 2, 'exact', 'people'),
        C('the toll to 16', 'killed', 16, 'exact', 'civilians', tags='repeat'),
        C('Of the wounded, seven were children', 'injured', 7, 'exact', 'children', sub='inj'),
        C('killed eight of them', 'killed', 8, 'exact', 'fighters', tags='contradicted'),
        C('detained 23 men', 'detained', 23, 'exact', 'men', id='det'),
        C('at least five of the detained men', 'killed', 5, 'at-least', 'men', sub='det'),
        C('nearly 2,000 people', 'displaced', 2000, 'at-most', 'people'),
        C('killing at least 120 civilians', 'killed', 120, 'at-least', 'civilians'),
        C('“neutralized” 47 dissidents', 'killed', 47, 'exact', 'fighters'),
        C('arrested 150 of their “collaborators”', 'detained', 150, 'exact', 'people'),
        C('up to 40 "bandits" had been killed', 'killed', 40, 'at-most', 'fighters'),
    ],
    sources=[
        S('survivors', 'witness'),
        S('local officials', 'official'),
        S('three survivors', 'witness'),
        S('a 34-year-old woman', 'witness', form='role'),
        S('A district administrator, Elias Moyo', 'official', form='title-name'),
        S('Moyo', 'official', nth=1, form='name'),
        S("The army's headquarters in Harare", 'military'),
        S('An army officer in Bulawayo', 'anonymous'),
        S('Relatives', 'witness'),
        S('A Catholic nun', 'anonymous'),
        S('The government', 'official'),
        S('Information Ministry spokesman Tendai Chari', 'official', form='title-name'),
        S('The Chronicle', 'media'),
    ],
    numbers=[
        N('about 25 miles', 'distance'),
        N('three survivors', 'count-people'),
        N('one by one', 'other'),
        N('34-year-old', 'age'),
        N('100 miles', 'distance'),
        N('160 kilometers', 'distance'),
        N('about 110,000 people', 'population'),
        N('fewer than 300', 'count-people'),
        N('1982', 'year'),
    ])

# lp04: an NGO statement on beatings, starvation and deaths at the Bhalagwe army camp, Matobo, Zimbabwe
# (headline, demands, notes to editors)
A['lp04.txt'] = dict(
    casualty=[
        C('at least 112 people died', 'killed', 112, 'at-least', 'people'),
        C('between 1,500 and 2,000 people were held', 'detained', None, 'range', 'people', low=1500, high=2000),
        C('as many as 300 detainees are still unaccounted for', 'missing', 300, 'at-most', 'people'),
        C('Fifty-eight of the former detainees', 'injured', 58, 'exact', 'people'),
        C('two or three of us died', 'killed', None, 'range', 'people', low=2, high=3),
        C('the 12 men taken', 'detained', 12, 'exact', 'men'),
        C('the deaths of 37 named detainees', 'killed', 37, 'exact', 'people', id='named'),
        C('three women', 'killed', 3, 'exact', 'women', sub='named'),
        C('the bodies of nearly 40 detainees', 'killed', 40, 'at-most', 'people'),
        C('at least 200 released prisoners with broken bones', 'injured', 200, 'at-least', 'people'),
        C('11 other men', 'detained', 11, 'exact', 'men'),
        C('an estimated 4,500 people fled', 'displaced', 4500, 'approx', 'people'),
        C('held “fewer than 500 suspects”', 'detained', 500, 'at-most', 'people', tags='contradicted'),
        C('the 37 named victims', 'killed', 37, 'exact', 'people', tags='repeat'),
        C('An estimated 20,000 civilians were killed', 'killed', 20000, 'approx', 'civilians'),
    ],
    sources=[
        S('Survivors of Bhalagwe camp', 'witness'),
        S('Former detainees', 'witness', nth=0),
        S('the organisation', 'ngo'),
        S('Thabani Dube', 'witness', form='name'),
        S('The Trust', 'ngo'),
        S('Survivors', 'witness', nth=1),
        S('one former guard', 'anonymous'),
        S('Former detainees', 'witness', nth=1),
        S('A retired nurse', 'anonymous'),
        S('Ruth Mlilo', 'witness', form='name'),
        S('the report', 'ngo', form='document'),
        S('the Ministry of Defence', 'military'),
        S('Nokuthula Sibanda', 'ngo', form='name'),
        S('earlier church and academic research', 'other', form='document'),
    ],
    numbers=[
        N('14 May 2025', 'date'),
        N('April 1984', 'date'),
        N('64-page', 'other'),
        N('213 survivors and relatives', 'count-people'),
        N('three years', 'duration'),
        N('19', 'age'),
        N('four came home', 'count-people'),
        N('15-year-old', 'age'),
        N('one former guard', 'count-people'),
        N('about 20 kilometres', 'distance'),
        N('two days', 'duration'),
        N('72', 'age'),
        N('February 1984', 'date'),
        N('1984', 'year', nth=2),
        N('the estimated 600 survivors', 'count-people'),
        N('Forty years', 'duration'),
        N('2009', 'year'),
        N('1982', 'year'),
        N('1987', 'year'),
    ])

# lp05: the exhumation of a grave of villagers shot in 1984 at Kezi, Matobo, Zimbabwe
# (a broadcaster's website: headline and byline)
A['lp05.txt'] = dict(
    casualty=[
        C('The remains of at least 17 people', 'killed', 17, 'at-least', 'people'),
        C('19 people were killed', 'killed', 19, 'exact', 'people', id='rel'),
        C('11 men', 'killed', 11, 'exact', 'men', sub='rel'),
        C('five women', 'killed', 5, 'exact', 'women', sub='rel'),
        C('three children', 'killed', 3, 'exact', 'children', sub='rel'),
        C('counted 17 skeletons', 'killed', 17, 'exact', 'people', tags='repeat'),
        C('“between 19 and 21” people', 'killed', None, 'range', 'people', low=19, high=21),
        C('took away around 30 young men', 'detained', 30, 'approx', 'men', id='taken'),
        C('at least 20 of them are still missing', 'missing', 20, 'at-least', 'men', sub='taken'),
        C('2,340 relatives killed', 'killed', 2340, 'exact', 'people'),
        C('860 missing', 'missing', 860, 'exact', 'people'),
        C('the toll at anywhere between 3,000 and 20,000', 'killed', None, 'range', 'civilians',
          low=3000, high=20000),
        C('killed dozens of civilians', 'killed', None, 'vague', 'civilians'),
        C('an estimated 200 people who crossed the border', 'displaced', 200, 'approx', 'people'),
    ],
    sources=[
        S('Relatives', 'witness'),
        S('The forensic team', 'other'),
        S('Dr Kudzai Marufu', 'other', form='title-name'),
        S('Sipho Nyathi', 'witness', form='name'),
        S('Nyathi', 'witness', nth=1, form='name'),
        S('The National Peace and Reconciliation Commission', 'official'),
        S('Commissioner Thandiwe Khumalo', 'official', form='title-name'),
        S('The commission', 'official'),
        S('researchers', 'other'),
        S('The government', 'official'),
        S('A police officer at the site', 'anonymous'),
        S('Church leaders in Bulawayo', 'other'),
    ],
    numbers=[
        N('40 years ago', 'duration'),
        N('March 1984', 'date'),
        N('two neighbouring villages', 'count-objects'),
        N('nine', 'age'),
        N('50', 'age'),
        N('25km', 'distance'),
        N('2013', 'year'),
        N('1,027 graves', 'count-objects'),
        N('1983', 'year'),
        N('1987', 'year'),
        N('Every one', 'other'),
        N('about 400 armed dissidents', 'count-people'),
        N('three days', 'duration'),
        N('19 small coffins', 'count-objects'),
        N('1980s', 'year'),
    ])

# lp06: an army operation against dissidents in Silobela, Midlands, Zimbabwe
# (state media, ZIANA style: "the … Command says", "disclosed this in a statement")
A['lp06.txt'] = dict(
    casualty=[
        C('killed 11 dissidents', 'killed', 11, 'exact', 'fighters'),
        C('wounded a number of others', 'injured', None, 'vague', 'fighters'),
        C('captured four', 'detained', 4, 'exact', 'fighters'),
        C('killing 14 civilians', 'killed', 14, 'exact', 'civilians', id='c14'),
        C('two teachers', 'killed', 2, 'exact', 'other', sub='c14'),
        C('wounding about 20 others', 'injured', 20, 'approx', 'civilians'),
        C('abducted seven young men', 'detained', 7, 'exact', 'men'),
        C('three members of the security forces were injured', 'injured', 3, 'exact', 'soldiers'),
        C('the three', 'injured', 3, 'exact', 'soldiers', tags='repeat'),
        C('38 suspected collaborators had been detained', 'detained', 38, 'exact', 'people'),
        C('killed 60 villagers', 'killed', 60, 'exact', 'civilians', tags='contradicted'),
        C('murdered 31 people', 'killed', 31, 'exact', 'people', id='m31'),
        C('14 of them', 'killed', 14, 'exact', 'people', sub='m31', tags='repeat'),
        C('the more than 2,000 villagers who had left their homes', 'displaced', 2000, 'at-least', 'civilians'),
        C('roughly 150 families are sheltering', 'displaced', 150, 'approx', 'people'),
        C('killed more than 120 people', 'killed', 120, 'at-least', 'people'),
    ],
    sources=[
        S('the Zimbabwe National Army’s 5 Brigade Command', 'military'),
        S('The Brigade’s public relations officer, Captain Tafadzwa Mlambo', 'military', form='title-name'),
        S('Captain Mlambo', 'military', nth=0, form='title-name'),
        S('Captain Mlambo', 'military', nth=1, form='title-name'),
        S('The hospital’s medical superintendent, Dr Rudo Chikwanha', 'official', form='title-name'),
        S('Captain Mlambo', 'military', nth=2, form='title-name'),
        S('the Midlands Provincial Governor, Cde Joseph Mpofu', 'official', form='title-name'),
        S('the foreign press', 'media'),
        S('Cde Mpofu', 'official', form='title-name'),
        S('Villagers', 'witness'),
        S('The District Administrator for Kwekwe, Mr Lovemore Sithole', 'official', form='title-name'),
        S('The Ministry of Home Affairs', 'official'),
    ],
    numbers=[
        N('12 April 1983', 'date'),
        N('5 Brigade', 'other'),
        N('numbering about 30', 'count-people'),
        N('every one of them', 'other'),
        N('22 of them', 'count-people'),
        N('six AK-47 rifles', 'count-objects'),
        N('more than 400 rounds of ammunition', 'count-objects'),
        N('3,000 people', 'count-people'),
        N('1982', 'year'),
        N('6pm', 'time'),
        N('6am', 'time'),
    ])

# lp07: the curfew, food embargo and night killings in Gwanda, Matabeleland South, Zimbabwe
# (a newspaper's own correspondent, byline)
A['lp07.txt'] = dict(
    casualty=[
        C('at least 5,000 people have abandoned their homes', 'displaced', 5000, 'at-least', 'people', id='disp'),
        C('Some 1,200 of them', 'displaced', 1200, 'approx', 'people', sub='disp'),
        C('shot seven men', 'killed', 7, 'exact', 'men'),
        C('Two who tried to run were bayoneted', 'injured', 2, 'exact', 'men'),
        C('treated 43 people for injuries', 'injured', 43, 'exact', 'people', id='h43'),
        C('four of them had died', 'killed', 4, 'exact', 'people', sub='h43'),
        C('killed two dozen people', 'killed', 24, 'exact', 'people'),
        C('‘several hundred’ suspected collaborators had been detained', 'detained', None, 'vague', 'people'),
        C('Ten of my boys were taken', 'detained', 10, 'exact', 'children', id='boys'),
        C('Seven are still missing', 'missing', 7, 'exact', 'children', sub='boys'),
        C('killed between 200 and 300 civilians', 'killed', None, 'range', 'civilians', low=200, high=300),
        C('the number of displaced people in the province at 15,000 to 20,000', 'displaced', None, 'range',
          'people', low=15000, high=20000),
        C('killed 39 dissidents', 'killed', 39, 'exact', 'fighters'),
        C('six members of the security forces had died', 'killed', 6, 'exact', 'soldiers'),
        C('three missing men', 'missing', 3, 'exact', 'men'),
    ],
    sources=[
        S('a relief worker with a church agency', 'anonymous'),
        S('Martha Sibanda', 'witness', form='name'),
        S('a doctor', 'anonymous'),
        S('Government officials in Bulawayo', 'official'),
        S('The provincial administrator, Mr Stephen Ndlovu', 'official', form='title-name'),
        S('Mr Ndlovu', 'official', form='title-name'),
        S('Villagers', 'witness'),
        S('A secondary school teacher', 'anonymous'),
        S('Church leaders in Bulawayo', 'other'),
        S('Diplomats in Harare', 'official'),
        S('Aid officials in Bulawayo', 'ngo'),
        S('The Minister of State for Defence, Mr Enos Makoni', 'military', form='title-name'),
        S('aid agencies', 'ngo'),
        S('a woman', 'anonymous'),
    ],
    numbers=[
        N('14 March 1984', 'date'),
        N('126 km', 'distance'),
        N('38-year-old', 'age'),
        N('her five children', 'count-people'),
        N('March 2', 'date'),
        N('one night', 'duration'),
        N('Three came back', 'count-people'),
        N('about 600,000 people', 'population'),
    ])

# lp08: a UNHCR situation report on Zimbabweans fleeing the Plumtree area into Botswana
# (headings, highlights, figures by site, access, response, funding)
A['lp08.txt'] = dict(
    casualty=[
        C('An estimated 1,850 Zimbabweans have crossed into Botswana', 'displaced', 1850, 'approx', 'people'),
        C('killed at least 30 civilians', 'killed', 30, 'at-least', 'civilians'),
        C('1,850 people had crossed', 'displaced', 1850, 'exact', 'people', id='reg', tags='repeat update'),
        C('1,120', 'displaced', 1120, 'exact', 'people'),
        C('1,010 are children', 'displaced', 1010, 'exact', 'children', sub='reg'),
        C('540 are women', 'displaced', 540, 'exact', 'women', sub='reg'),
        C('47 people killed', 'killed', 47, 'exact', 'people'),
        C('23 others who are missing', 'missing', 23, 'exact', 'people'),
        C('treated 86 new arrivals for injuries', 'injured', 86, 'exact', 'people', id='inj'),
        C('19 of them', 'injured', 19, 'exact', 'people', sub='inj'),
        C('Two of the injured died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('hundreds more families were hiding in the bush', 'displaced', None, 'vague', 'people'),
        C('1,240 new arrivals', 'displaced', 1240, 'exact', 'people', sub='reg'),
        C('about 380', 'displaced', 380, 'approx', 'people', sub='reg'),
        C('an estimated 230 staying with relatives', 'displaced', 230, 'approx', 'people', sub='reg'),
        C('“fewer than 200” people had left the area', 'displaced', 200, 'at-most', 'people',
          tags='contradicted'),
        C('detained 17 men', 'detained', 17, 'exact', 'men'),
    ],
    sources=[
        S('New arrivals', 'witness'),
        S('the Botswana Police', 'official'),
        S('Arrivals', 'witness', nth=1),
        S('Interviewees', 'witness'),
        S('The Botswana Red Cross Society', 'ngo'),
        S('Church groups in Plumtree', 'other'),
        S('Zimbabwe’s Ministry of Home Affairs', 'official'),
        S('The Botswana Defence Force', 'military'),
        S('Partners', 'ngo'),
        S('the District Commissioner in Francistown, Mr Kgosi Seretse', 'official', form='title-name'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('18 March 1983', 'date'),
        N('1 March', 'date'),
        N('three weeks', 'duration'),
        N('140 per cent', 'percentage'),
        N('US$ 1.2 million', 'money', nth=0),
        N('17 March', 'date'),
        N('No. 2', 'other'),
        N('capacity 2,000', 'count-people'),
        N('total population 2,810', 'population'),
        N('15 March', 'date'),
        N('several of those who had crossed', 'count-people'),
        N('2,600 blankets', 'count-objects'),
        N('450 family tents', 'count-objects'),
        N('85 tonnes', 'quantity'),
        N('two nurses', 'count-people'),
        N('700 children', 'count-people'),
        N('US$ 1.2 million', 'money', nth=1),
        N('23 per cent', 'percentage'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
