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

# ---------------------------------------------------------------- labels (blind set 608: kz01-kz08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('executed / murdered / brought down / fell / shot dead / annihilated / cost … lives / lost … members',
     r'\bexecuted\b|\bmurder|\bbrought down\b|\bfell\b|\bfallen\b|\bshot dead\b|\bannihilated\b|\blives\b|\blost\b'
     r'|\bburied\b'),
    ('captured / abducting / held / rescued', r'\bcaptured\b|\babduct|\bheld\b|\brescued\b'),
    ('disappeared / disappearances', r'\bdisappear'),
    ('left / moved', r'\bleft\b|\bleaving\b|\bmoved\b'),
    ('gunshot wounds / treated', r'\btreated\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('peasants/ronderos/patrol members/members of the Self-Defence Committee',
     r'\b(?:peasants|ronderos|patrol|Self-Defence|civil defence)\b'),
    ('guerrillas/insurgents/subversives/terrorist criminals/attackers',
     r'\b(?:guerrillas|insurgents|subversives|criminals|attackers)\b'),
    ('police officers/members of the Army/Armed Forces', r'\b(?:Army|Armed Forces)\b'),
    ('minors/teenagers/daughters/sons/brothers', r'\b(?:minors|teenagers|daughters|sons|brothers)\b'),
    ('suspects/detainees/teachers/families/mayors/candidates',
     r'\b(?:suspects|detainees|teachers|families|mayors|candidates)\b'),
]

# kz01: a Shining Path raid on Huancasancos and two hamlets (AFP style, one sentence a paragraph, British
# spelling, curly quotes, en-dash dateline)
A['kz01.txt'] = dict(
    casualty=[
        C('killed at least 43 peasants', 'killed', 43, 'at-least', 'civilians', id='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('Another 19 people were wounded', 'injured', 19, 'exact', 'people', id='w'),
        C('my two sons', 'killed', 2, 'exact', 'men'),
        C('29 residents', 'killed', 29, 'exact', 'civilians', sub='tot'),
        C('14', 'killed', 14, 'exact', 'civilians', nth=1, sub='tot'),
        C('A further seven villagers were unaccounted for', 'missing', 7, 'exact', 'civilians'),
        C('the number of dead higher, at 51', 'killed', 51, 'exact', 'civilians', tags='contradicted'),
        C('37 “informers and traitors” had been “executed”', 'killed', 37, 'exact', 'people',
          tags='contradicted'),
        C('killed 12 guerrillas', 'killed', 12, 'exact', 'fighters'),
        C('captured three others', 'detained', 3, 'exact', 'fighters'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='w'),
        C('Two of the wounded children died', 'killed', 2, 'exact', 'children', sub='w'),
        C('the army’s toll to 45', 'killed', 45, 'exact', 'civilians', tags='update'),
        C('Nearly 2,000 peasants have fled', 'displaced', 2000, 'at-most', 'civilians'),
        C('cost more than 4,000 lives', 'killed', 4000, 'at-least', 'people'),
        C('lost nine members', 'killed', 9, 'exact', 'civilians'),
    ],
    sources=[
        S('a military spokesman', 'anonymous'),
        S('the spokesman', 'anonymous'),
        S('The spokesman', 'anonymous'),
        S('Survivors', 'witness'),
        S('Justina Huamaní', 'witness', form='name'),
        S('The army', 'military'),
        S('relatives', 'witness'),
        S('The Lima daily La Voz del Ande', 'media'),
        S('local officials', 'official'),
        S('leaflets', 'military', form='document'),
        S('A military source in Huamanga', 'anonymous'),
        S('a doctor at the regional hospital', 'anonymous'),
        S('the doctor', 'anonymous'),
        S('the army', 'military', nth=1),
        S('the Ayacucho prefecture', 'official'),
        S('Human rights groups', 'ngo'),
        S('the spokesman', 'anonymous', nth=1),
    ],
    numbers=[
        N('14 August 1984', 'date'),
        N('two neighbouring hamlets', 'count-objects'),
        N('some 80 terrorists', 'count-people'),
        N('11 pm', 'time'),
        N('one by one', 'other'),
        N('38-year-old', 'age'),
        N('two days', 'duration'),
        N('May 1980', 'date'),
        N('The two main hospitals', 'count-objects'),
        N('Nine provinces', 'count-objects'),
        N('December 1982', 'date'),
        N('1980', 'year', nth=1),
        N('dozens of highland villages', 'count-objects'),
    ])

# kz02: survivors' account of a massacre at Llactapampa near Vilcashuaman against the army's "firefight"
# (Reuters style, American spelling, straight quotes)
A['kz02.txt'] = dict(
    casualty=[
        C('killed 34 peasants', 'killed', 34, 'exact', 'civilians', id='tot', tags='contradicted'),
        C('14 women', 'killed', 14, 'exact', 'women', sub='tot'),
        C('at least eight children', 'killed', 8, 'at-least', 'children', sub='tot'),
        C('killed 19 guerrillas', 'killed', 19, 'exact', 'fighters', tags='contradicted'),
        C('31 of them', 'killed', 31, 'exact', 'civilians', sub='tot'),
        C('killing 19 "subversives"', 'killed', 19, 'exact', 'fighters', tags='repeat'),
        C('two soldiers were killed', 'killed', 2, 'exact', 'soldiers'),
        C('three wounded', 'injured', 3, 'exact', 'soldiers'),
        C('fewer than 10 peasants could have died', 'killed', 10, 'at-most', 'civilians', tags='contradicted'),
        C('at least 12 men were missing', 'missing', 12, 'at-least', 'men'),
        C('26 people disappeared', 'missing', 26, 'exact', 'people'),
        C('detained 23 suspects', 'detained', 23, 'exact', 'people', id='det'),
        C('four teachers', 'detained', 4, 'exact', 'other', sub='det'),
        C('87 disappearances', 'missing', 87, 'exact', 'people'),
        C('as many as 300 families had fled', 'displaced', 300, 'at-most', 'people'),
        C('34 people were murdered', 'killed', 34, 'exact', 'people', tags='repeat'),
        C('claimed around 6,000 lives', 'killed', 6000, 'approx', 'people'),
        C('the number of disappeared at over 1,000', 'missing', 1000, 'at-least', 'people'),
    ],
    sources=[
        S('Survivors', 'witness'),
        S('the army', 'military'),
        S('Teodoro Quispe', 'witness', form='name'),
        S('the Joint Command of the Armed Forces', 'military'),
        S('The command', 'military'),
        S('A Lima weekly, Semana Andina', 'media'),
        S('A senior army officer in the region', 'anonymous'),
        S('Relatives', 'witness'),
        S('The provincial prosecutor, Ernesto Palomino', 'official', form='title-name'),
        S('The army', 'military'),
        S('The Peasant Legal Aid Center', 'ngo'),
        S("The Senate's human rights commission", 'official'),
        S('Senator Rosa Villacorta', 'official', form='title-name'),
        S('government figures', 'official', form='document'),
        S('human rights groups', 'ngo'),
    ],
    numbers=[
        N('52', 'age'),
        N('about 60 families', 'population'),
        N('three hours', 'duration'),
        N('at least 20 adobe houses', 'count-objects'),
        N('Sept. 14', 'date'),
        N('11 weapons', 'count-objects'),
        N('two army trucks', 'count-objects'),
        N('five of its members', 'count-people'),
        N('1980', 'year'),
        N('December 1982', 'date'),
    ])

# kz03: the Political-Military Command's communiqué on a clash in the heights of Cangallo province (state
# media, agency voice: "brought down", "terrorist criminals", "fell heroically", a denial of "tendentious
# versions"; en-dash dateline)
A['kz03.txt'] = dict(
    casualty=[
        C('brought down 14 terrorist criminals', 'killed', 14, 'exact', 'fighters'),
        C('captured 6 others', 'detained', 6, 'exact', 'fighters'),
        C('murdering 9 peasants', 'killed', 9, 'exact', 'civilians', id='p'),
        C('2 members of the Self-Defence Committee', 'killed', 2, 'exact', 'civilians', sub='p'),
        C('2 soldiers fell heroically', 'killed', 2, 'exact', 'soldiers'),
        C('4 members of the Army were wounded', 'injured', 4, 'exact', 'soldiers'),
        C('the 14 terrorists brought down', 'killed', 14, 'exact', 'fighters', id='k2', tags='repeat'),
        C('3 women', 'killed', 3, 'exact', 'women', sub='k2'),
        C('the 6 detainees', 'detained', 6, 'exact', 'fighters', id='d2', tags='repeat'),
        C('2 minors', 'detained', 2, 'exact', 'children', sub='d2'),
        C('captured 3 of them', 'detained', 3, 'exact', 'fighters', sub='d2'),
        C('killed 22 peasants', 'killed', 22, 'exact', 'civilians', tags='contradicted'),
        C('the 9 community members who died', 'killed', 9, 'exact', 'civilians', tags='repeat'),
        C('120 families', 'displaced', 120, 'exact', 'people'),
        C('brought down 212 terrorist criminals', 'killed', 212, 'exact', 'fighters'),
        C('detained 431 suspects', 'detained', 431, 'exact', 'people'),
        C('37 members of the Armed Forces and Police Forces have fallen', 'killed', 37, 'exact', 'soldiers'),
        C('murdered 163 civilian authorities and peasants', 'killed', 163, 'exact', 'civilians'),
    ],
    sources=[
        S('the Political-Military Command of the Emergency Zone', 'military'),
        S('Communiqué No. 047-89', 'military', form='document'),
        S('the hospital’s director', 'official', form='role'),
        S('The communiqué', 'military', form='document'),
        S('Mr. Fortunato Ccori', 'military', form='title-name'),
        S('The Political-Military Command', 'military'),
        S('certain media in Lima', 'media'),
        S('The head of the Political-Military Command, Brigadier General Augusto Retamozo', 'military',
          form='title-name'),
        S('The Prefecture of the department', 'official'),
        S('the Regional Development Corporation of Ayacucho', 'official'),
        S('figures of the Command', 'military', form='document'),
    ],
    numbers=[
        N('22 June 1989', 'date'),
        N('19 June', 'date'),
        N('047-89', 'other'),
        N('approximately 60 subversives', 'count-people'),
        N('4:30 am', 'time'),
        N('3 days', 'duration'),
        N('4 rifles', 'count-objects'),
        N('2 shotguns', 'count-objects'),
        N('35 sticks of dynamite', 'count-objects'),
        N('18 tonnes of food', 'quantity'),
        N('1 January', 'date'),
        N('up to I/. 500,000', 'money'),
    ])

# kz04: the disappeared of Vinchos district after army detentions, bodies in a ravine, abuses by Shining Path
# and families leaving (NGO statement with demands and notes to editors, British spelling, curly quotes)
A['kz04.txt'] = dict(
    casualty=[
        C('At least 27 peasants', 'missing', 27, 'at-least', 'civilians', id='m'),
        C('Nineteen of them', 'missing', 19, 'exact', 'civilians', sub='m'),
        C('eight', 'missing', 8, 'exact', 'civilians', sub='m'),
        C('four women', 'missing', 4, 'exact', 'women', sub='m'),
        C('the bodies of six men', 'killed', 6, 'exact', 'men', id='b'),
        C('three of them', 'killed', 3, 'exact', 'men', sub='b'),
        C('Several other detainees', 'detained', None, 'vague', 'people'),
        C('treated three men', 'injured', 3, 'exact', 'men'),
        C('detained 11 people', 'detained', 11, 'exact', 'people', tags='contradicted'),
        C('the 27', 'missing', 27, 'exact', 'civilians', tags='repeat'),
        C('killed seven members of the Vinchos civil defence patrol', 'killed', 7, 'exact', 'civilians'),
        C('wounded four others', 'injured', 4, 'exact', 'civilians'),
        C('abducted up to 15 young people', 'detained', 15, 'at-most', 'people'),
        C('more than 400 families', 'displaced', 400, 'at-least', 'people'),
        C('312 disappearances', 'missing', 312, 'exact', 'people', id='m312'),
        C('58 were later found dead', 'killed', 58, 'exact', 'people', sub='m312'),
        C('the 27 peasants from Vinchos', 'missing', 27, 'exact', 'civilians', tags='repeat'),
        C('the six bodies', 'killed', 6, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('the Andean Human Rights Commission (CODHA)', 'ngo'),
        S('CODHA researchers', 'ngo'),
        S('Alejandrina Cconislla', 'witness', form='name'),
        S('Relatives', 'witness'),
        S('A health worker at the Vinchos medical post', 'anonymous'),
        S('The Political-Military Command in Huamanga', 'military'),
        S('the command', 'military'),
        S('The Investigative Police (PIP) in Huamanga', 'official'),
        S('Survivors', 'witness'),
        S('The district council', 'official'),
        S('Dr Carmen Rosa Pacheco', 'ngo', form='title-name'),
        S('CODHA', 'ngo', nth=5),
    ],
    numbers=[
        N('12 March 1986', 'date'),
        N('9 communities', 'count-objects'),
        N('15-year-old', 'age'),
        N('22', 'age'),
        N('3 February', 'date'),
        N('28 February', 'date'),
        N('some 12 kilometres', 'distance'),
        N('up to three weeks', 'duration'),
        N('4 March', 'date'),
        N('9 January', 'date'),
        N('1983', 'year'),
        N('1983', 'year', nth=1),
        N('1982', 'year'),
        N('about 40 kilometres', 'distance'),
        N('some 9,000', 'population'),
    ])

# kz05: Shining Path attacks on three communities of Ayna district, La Mar province, and the displacement
# that followed (UN flash update: highlights, overview, displacement, protection, health, funding)
A['kz05.txt'] = dict(
    casualty=[
        C('At least 41 people killed', 'killed', 41, 'at-least', 'people'),
        C('23 injured', 'injured', 23, 'exact', 'people', id='hi'),
        C('9 of them children', 'injured', 9, 'exact', 'children', sub='hi'),
        C('An estimated 3,400 people displaced', 'displaced', 3400, 'approx', 'people'),
        C('41 people were killed', 'killed', 41, 'exact', 'people', id='o41', tags='repeat'),
        C('12 members of the local civil defence committees', 'killed', 12, 'exact', 'civilians', sub='o41'),
        C('8 women', 'killed', 8, 'exact', 'women', sub='o41'),
        C('7 children', 'killed', 7, 'exact', 'children', sub='o41'),
        C('killed 17 insurgents', 'killed', 17, 'exact', 'fighters'),
        C('2 soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('5 ronderos were killed', 'killed', 5, 'exact', 'civilians'),
        C('46 bodies had been recovered', 'killed', 46, 'exact', 'people', tags='contradicted'),
        C('some 3,400 people have fled', 'displaced', 3400, 'approx', 'people', id='d', tags='repeat'),
        C('About 2,100', 'displaced', 2100, 'approx', 'people', sub='d'),
        C('approximately 900', 'displaced', 900, 'approx', 'people', id='h', sub='d'),
        C('640 of them', 'displaced', 640, 'exact', 'people', sub='h'),
        C('some 60 people', 'detained', 60, 'approx', 'people'),
        C('between 30 and 40 were held', 'detained', None, 'range', 'men', low=30, high=40),
        C('23 wounded', 'injured', 23, 'exact', 'people', id='hw', tags='repeat'),
        C('2 of them have since died', 'killed', 2, 'exact', 'people', sub='hw'),
        C('the number of dead to 43', 'killed', 43, 'exact', 'people', tags='update'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the district authorities', 'official'),
        S('The Political-Military Command', 'military'),
        S('The Peruvian Red Cross', 'ngo'),
        S('Local authorities', 'official'),
        S('the Red Cross', 'ngo'),
        S('the regional health directorate', 'official'),
        S('UNICEF', 'ngo'),
        S('Community leaders', 'other'),
        S('The Catholic Church’s social action commission', 'other'),
        S('The Ministry of Health', 'official'),
        S('The Resident Coordinator’s Office', 'ngo'),
    ],
    numbers=[
        N('Flash Update No. 1', 'other'),
        N('18 November 1992', 'date'),
        N('9–17 November', 'date'),
        N('three communities', 'count-objects'),
        N('9 and 10 November', 'date'),
        N('US$650,000', 'money'),
        N('90 days', 'duration'),
        N('9 November', 'date'),
        N('about 150 armed people', 'count-people'),
        N('11 and 12 November', 'date'),
        N('12 November', 'date', nth=1),
        N('three communities', 'count-objects', nth=1),
        N('three communities', 'count-objects', nth=2),
        N('two schools', 'count-objects'),
        N('some 400 pupils', 'count-people'),
        N('14 November', 'date'),
        N('10 and 11 November', 'date'),
        N('6 beds', 'count-objects'),
        N('some 150 consultations a day', 'count-objects'),
        N('US$650,000', 'money', nth=1),
        N('90 days', 'duration', nth=1),
        N('US$180,000', 'money'),
    ])

# kz06: the peasant patrol of Sarhua, Víctor Fajardo province, against Shining Path, and its own abuses
# (a broadcaster's website: headline and byline instead of a dateline, British spelling, curly quotes)
A['kz06.txt'] = dict(
    casualty=[
        C('killing 16 people', 'killed', 16, 'exact', 'people', id='k'),
        C('wounding 15 to 20 more', 'injured', None, 'range', 'people', low=15, high=20),
        C('two of her brothers were among the dead', 'killed', 2, 'exact', 'men', sub='k'),
        C('killed nine of the attackers', 'killed', 9, 'exact', 'fighters', tags='contradicted'),
        C('captured two more', 'detained', 2, 'exact', 'fighters', tags='contradicted'),
        C('the bodies of only five guerrillas', 'killed', 5, 'exact', 'fighters', tags='contradicted'),
        C('at least 230 patrol members have been killed', 'killed', 230, 'at-least', 'civilians'),
        C('killed four men', 'killed', 4, 'exact', 'men'),
        C('dozens more injured', 'injured', None, 'vague', 'men'),
        C('lost 23 of its members', 'killed', 23, 'exact', 'civilians'),
        C('roughly 140 families have left', 'displaced', 140, 'approx', 'people'),
        C('Three teenagers are still missing', 'missing', 3, 'exact', 'children'),
        C('upwards of 18,000 people have been killed', 'killed', 18000, 'at-least', 'people'),
        C('buried 31 people', 'killed', 31, 'exact', 'people'),
    ],
    sources=[
        S('the community’s leaders', 'other'),
        S('Eusebia Tucno', 'witness', form='name'),
        S('The patrol, or ronda campesina', 'military'),
        S('The army', 'military'),
        S('A captain at the Huancapi base', 'anonymous'),
        S('the army', 'military', nth=1),
        S('The diocese of Ayacucho’s human rights office', 'other'),
        S('relatives', 'witness'),
        S('Marcelino Huancahuari', 'military', form='name'),
        S('The mayor, Grimaldo Yupanqui', 'official', form='title-name'),
        S('villagers', 'witness'),
        S('a Senate commission', 'official'),
        S('The parish priest in Huancapi, Father Luis Ayme', 'other', form='title-name'),
    ],
    numbers=[
        N('3,200 metres', 'distance'),
        N('eight hours', 'duration'),
        N('4 April', 'date'),
        N('three years old', 'age'),
        N('one of hundreds of Andean communities', 'count-objects'),
        N('more than 3,000 peasant patrols', 'count-objects'),
        N('some 40,000 members', 'count-people'),
        N('14 shotguns', 'count-objects'),
        N('1989', 'year'),
        N('1988', 'year'),
        N('only a handful', 'count-people'),
        N('1980', 'year'),
    ])

# kz07: guerrillas storm Quinua's Sunday market, killing the mayor, police officers and civilians before
# municipal elections (AP style, em-dash dateline, American spelling, straight quotes)
A['kz07.txt'] = dict(
    casualty=[
        C('four police officers', 'killed', 4, 'exact', 'soldiers'),
        C('at least six civilians', 'killed', 6, 'at-least', 'civilians'),
        C('Fifteen people were wounded', 'injured', 15, 'exact', 'people', id='w'),
        C('two children', 'injured', 2, 'exact', 'children', sub='w'),
        C('the death toll had risen to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='w'),
        C('the number of wounded to 18', 'injured', 18, 'exact', 'people', tags='update'),
        C('killed 54 mayors, candidates and other local officials', 'killed', 54, 'exact', 'people'),
        C('detained 27 people', 'detained', 27, 'exact', 'people', id='d'),
        C('Eleven of them', 'detained', 11, 'exact', 'people', sub='d'),
        C('lost at least three of their own', 'killed', 3, 'at-least', 'fighters'),
        C('"annihilated" 20 "reactionaries and police', 'killed', 20, 'exact', 'people', tags='contradicted'),
        C('five or six people', 'missing', None, 'range', 'people', low=5, high=6),
        C('dozens of families were leaving', 'displaced', None, 'vague', 'people'),
        C('shot dead nine members of a peasant patrol', 'killed', 9, 'exact', 'civilians'),
        C('killed more than 15,000 people', 'killed', 15000, 'at-least', 'people'),
        C('an estimated 3,000 disappearances', 'missing', 3000, 'approx', 'people'),
    ],
    sources=[
        S('police', 'official', nth=1),
        S('The Interior Ministry', 'official'),
        S('Hospital officials', 'official'),
        S('witnesses', 'witness'),
        S('a vendor, Paulina Rojas', 'witness', form='name'),
        S('the National Elections Board', 'official'),
        S('a police spokesman in Huamanga', 'anonymous'),
        S('The spokesman', 'anonymous'),
        S("Shining Path's regional committee", 'military'),
        S('Relatives', 'witness'),
        S('the Lima newspaper Hoy Andino', 'media'),
        S('the Defense Ministry', 'military'),
        S('Human rights groups', 'ngo'),
    ],
    numbers=[
        N('23 miles', 'distance'),
        N('37 kilometers', 'distance'),
        N('About 40 guerrillas', 'count-people'),
        N('45', 'age'),
        N('51', 'age'),
        N('1986', 'year'),
        N('Nov. 12', 'date'),
        N('More than 100 candidates', 'count-people'),
        N('2 1/2 hours', 'duration'),
        N('1980', 'year'),
        N('1983', 'year'),
    ])

# kz08: Chungui, La Mar province, after seven years of war: the guerrilla camps, an army massacre never
# acknowledged, the disappeared, the displaced, a new attack (a newspaper's own correspondent: byline, an
# em-dash aside, curly quotes, British spelling)
A['kz08.txt'] = dict(
    casualty=[
        C('more than 1,000', 'killed', 1000, 'at-least', 'civilians'),
        C('held hundreds of families', 'detained', None, 'vague', 'people'),
        C('my two daughters', 'killed', 2, 'exact', 'children'),
        C('killed at least 40 people', 'killed', 40, 'at-least', 'people'),
        C('killed 35 people', 'killed', 35, 'exact', 'people', id='hp'),
        C('13 children', 'killed', 13, 'exact', 'children', sub='hp'),
        C('“rescued” almost 600 people', 'detained', 600, 'at-most', 'people'),
        C('84 guerrillas had been killed', 'killed', 84, 'exact', 'fighters'),
        C('137 people', 'missing', 137, 'exact', 'people'),
        C('3,000–3,500 people have fled', 'displaced', None, 'range', 'people', low=3000, high=3500),
        C('lost 58 men', 'killed', 58, 'exact', 'men'),
        C('killing six ronderos', 'killed', 6, 'exact', 'civilians'),
        C('abducting 11 people', 'detained', 11, 'exact', 'people', id='ab'),
        C('four of them children', 'detained', 4, 'exact', 'children', sub='ab'),
        C('23 people wounded', 'injured', 23, 'exact', 'people', id='w'),
        C('Seven of them', 'injured', 7, 'exact', 'people', sub='w'),
        C('the number of dead in Chungui is 246', 'killed', 246, 'exact', 'people', tags='contradicted'),
    ],
    sources=[
        S('the district council', 'official'),
        S('Florencia Ccente', 'witness', form='name'),
        S('Peasants from the hamlet of Huayrapata', 'witness'),
        S('The commander of the army base at Chungui', 'military', form='role'),
        S('A committee of relatives', 'other'),
        S('Gregorio Yaranga', 'other', form='name'),
        S('Church workers in Huamanga', 'other'),
        S('The committees', 'military'),
        S('the district’s mayor, Valentín Cisneros', 'official', form='title-name'),
        S('the nurse', 'anonymous'),
        S('the army', 'military', nth=3),
        S('The prefecture in Huamanga', 'official'),
    ],
    numbers=[
        N('seven years', 'duration'),
        N('two days’ walk', 'distance'),
        N('roughly 8,000 inhabitants', 'population'),
        N('1983', 'year'),
        N('34', 'age'),
        N('three years', 'duration'),
        N('one such camp', 'count-objects'),
        N('1984', 'year'),
        N('1985', 'year'),
        N('1989', 'year'),
        N('two years', 'duration'),
        N('1988', 'year'),
        N('one nurse', 'count-people'),
        N('two days', 'duration', nth=1),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
