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

# ---------------------------------------------------------------- labels (blind set 574: if01-if08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / fallen / murdered / murders / slain / killings / remains / buried',
     r'\bmartyred\b|\bfallen\b|\bmurder(?:ed|s)?\b|\bslain\b|\bkillings\b|\bremains\b|\bburied\b'),
    ('disappeared / listed as missing / reported missing', r'\bdisappeared\b|\blisted as missing\b'),
    ('captured / kidnapped / abduction / taken', r'\bcaptured\b|\bkidnapped\b|\babduction\b|\btaken\b'),
    ('displacement / driven from their homes / forced off their land / left',
     r'\bdisplacement\b|\bdriven from\b|\bforced off\b|\bleft\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('peasant farmers/peasants/land claimants', r'\b(?:farmers|peasants|claimants)\b'),
    ('teenagers/minors/boys/girl', r'\b(?:teenagers|minors|boys|girl|minor)\b'),
    ('bodyguards/members/gunmen/brothers/candidates/families/campaign workers',
     r'\b(?:bodyguards|members|gunmen|brothers|candidates|families|workers|member)\b'),
]

# if01: a paramilitary raid on two hamlets of Puerto Libertador, Córdoba (AFP style, one sentence a
# paragraph, British spelling, curly quotes)
A['if01.txt'] = dict(
    casualty=[
        C('killed at least 14 peasant farmers', 'killed', 14, 'at-least', 'civilians', id='tot'),
        C('three teenagers', 'killed', 3, 'exact', 'children', sub='tot'),
        C('nine bodies', 'killed', 9, 'exact', 'civilians', sub='tot'),
        C('five more', 'killed', 5, 'exact', 'civilians', sub='tot'),
        C('Three other people were wounded', 'injured', 3, 'exact', 'people', id='w'),
        C('one of them a girl', 'injured', 1, 'exact', 'children', sub='w'),
        C('the death toll at 12', 'killed', 12, 'exact', 'civilians', id='army', tags='contradicted'),
        C('two of the victims were rebel militiamen', 'killed', 2, 'exact', 'fighters', sub='army',
          tags='contradicted'),
        C('at least 230 families', 'displaced', 230, 'at-least', 'people'),
        C('roughly 900 people', 'displaced', 900, 'approx', 'people', id='ppl'),
        C('more than 400 of the displaced', 'displaced', 400, 'at-least', 'people', sub='ppl'),
        C('15 to 20 people were still unaccounted for', 'missing', None, 'range', 'people', low=15, high=20),
        C('four men had been arrested', 'detained', 4, 'exact', 'men'),
        C('the toll to 16', 'killed', 16, 'exact', 'civilians', tags='update'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='w'),
        C('67 killings', 'killed', 67, 'exact', 'people'),
        C('at least 19 people had disappeared', 'missing', 19, 'at-least', 'people'),
        C('More than 2 million Colombians have been driven from their homes', 'displaced', 2000000, 'at-least',
          'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('the municipal ombudsman, Rafael Doria', 'official', form='title-name'),
        S('Doria', 'official', nth=1, form='name'),
        S('The army', 'military'),
        S('A military spokesman, Major Hernán Cuadrado', 'military', form='title-name'),
        S('Residents', 'witness'),
        S('A community leader', 'anonymous'),
        S('The regional ombudsman’s office', 'official'),
        S('Ana Beltrán', 'witness', form='name'),
        S('The mayor’s office', 'official'),
        S('Police', 'official'),
        S('the departmental government', 'official'),
        S('The Sinú Valley Human Rights Committee', 'ngo'),
        S('the UN refugee agency UNHCR', 'ngo'),
    ],
    numbers=[
        N('two hamlets', 'count-objects'),
        N('some 40 men', 'count-people'),
        N('5 am', 'time'),
        N('aged 11', 'age'),
        N('about 150 kilometres', 'distance'),
        N('34', 'age'),
        N('six hours', 'duration'),
        N('her four children', 'count-people'),
        N('two schools', 'count-objects'),
        N('22 names', 'count-objects'),
        N('one of the heartlands', 'other'),
        N('mid-1990s', 'year'),
    ])

# if02: a grenade attack on a pool hall in a displaced people's district of Montería, killings of
# land claimants (Reuters style, American spelling, straight quotes)
A['if02.txt'] = dict(
    casualty=[
        C('killed seven people', 'killed', 7, 'exact', 'people', id='tot'),
        C('wounded 23 others', 'injured', 23, 'exact', 'people', id='w'),
        C('Two of the dead were boys', 'killed', 2, 'exact', 'children', sub='tot'),
        C('11 of the wounded', 'injured', 11, 'exact', 'people', sub='w'),
        C('arrested three suspects', 'detained', 3, 'exact', 'people', id='arr'),
        C('one of them a minor', 'detained', 1, 'exact', 'children', sub='arr'),
        C('the death toll had risen to nine', 'killed', 9, 'exact', 'people', tags='update'),
        C('Several families', 'displaced', None, 'vague', 'people'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='w'),
        C('the number of wounded at nearly 30', 'injured', 30, 'at-most', 'people', tags='contradicted'),
        C('the number of dead at 10', 'killed', 10, 'exact', 'people', tags='contradicted'),
        C('at least 40 people had been murdered', 'killed', 40, 'at-least', 'people'),
        C('the bodies of two brothers', 'killed', 2, 'exact', 'men'),
        C('At least 1,800 people fled', 'displaced', 1800, 'at-least', 'people'),
        C('between 15 and 20 displaced families', 'displaced', None, 'range', 'people', low=15, high=20),
        C('14 land claimants had been killed', 'killed', 14, 'exact', 'civilians'),
        C('four more were missing', 'missing', 4, 'exact', 'civilians'),
        C('killed thousands of civilians', 'killed', None, 'vague', 'civilians'),
        C('more than 1,400 people as missing', 'missing', 1400, 'at-least', 'people'),
    ],
    sources=[
        S('police in the northern Colombian city', 'official'),
        S('Colonel Jaime Otalora', 'official', form='title-name'),
        S('witnesses', 'witness'),
        S('neighbors', 'witness'),
        S('Luis Angel Pertuz', 'witness', form='name'),
        S('Otalora', 'official', nth=1, form='name'),
        S("The city's health secretary, Marta Lucia Gomez", 'official', form='title-name'),
        S('Local broadcaster Radio Cantaclaro', 'media'),
        S('hospital sources', 'anonymous'),
        S("A local rights group, the Cordoba Victims' Roundtable", 'ngo'),
        S("The mayor's office", 'official'),
        S('The group', 'ngo'),
        S("the Human Rights Ombudsman's office", 'official'),
        S('Its regional delegate, Hernando Ruiz', 'official', form='title-name'),
        S('A former paramilitary commander', 'anonymous'),
        S('The government', 'official'),
        S('Prosecutors', 'official'),
        S("the national victims' registry", 'official', form='document'),
    ],
    numbers=[
        N('aged 16', 'age'),
        N('10:40 p.m.', 'time'),
        N('roughly 60 people', 'count-people'),
        N('29', 'age'),
        N('2005', 'year'),
        N('an estimated 35,000 people', 'population'),
        N('late 1990s', 'year'),
        N('first six months', 'duration'),
        N('2005', 'year', nth=1),
        N('dozens of demobilized fighters', 'count-people'),
        N('more than 31,000 paramilitary fighters', 'count-people'),
        N('between 2003 and 2006', 'date'),
    ])

# if03: a rebel attack on a post guarding the paramilitaries' Location Zone of Santa Fe de Ralito, and
# the army's operation (state media, the government's news agency voice, en-dash dateline)
A['if03.txt'] = dict(
    casualty=[
        C('killed 9 terrorists', 'killed', 9, 'exact', 'fighters'),
        C('wounded a number of others', 'injured', None, 'vague', 'fighters'),
        C('3 soldiers', 'killed', 3, 'exact', 'soldiers'),
        C('4 more were wounded', 'injured', 4, 'exact', 'soldiers'),
        C('captured 6 members of the terrorist structure', 'detained', 6, 'exact', 'fighters', id='cap'),
        C('2 minors', 'detained', 2, 'exact', 'children', sub='cap'),
        C('2 peasants who had been kidnapped', 'detained', 2, 'exact', 'civilians'),
        C('5 peasants had died', 'killed', 5, 'exact', 'civilians', tags='contradicted'),
        C('killed as many as 15 soldiers', 'killed', 15, 'at-most', 'soldiers', tags='contradicted'),
        C('12 peasants had disappeared', 'missing', 12, 'exact', 'civilians', tags='contradicted'),
        C('killed 41 members of illegal armed groups', 'killed', 41, 'exact', 'fighters'),
        C('captured 213', 'detained', 213, 'exact', 'fighters'),
        C('2 police officers', 'killed', 2, 'exact', 'soldiers'),
        C('7 soldiers have fallen', 'killed', 7, 'exact', 'soldiers'),
        C('the murder of 16 civilians', 'killed', 16, 'exact', 'civilians'),
    ],
    sources=[
        S('the Ministry of National Defence', 'military'),
        S('the Commander of the 11th Brigade, Brigadier General Álvaro Restrepo Mejía', 'military',
          form='title-name'),
        S("the Brigade's report", 'military', form='document'),
        S('foreign-funded organisations', 'ngo'),
        S('The Ministry', 'military'),
        S('The Ministry', 'military', nth=1),
        S('the clandestine station Voz de la Resistencia', 'media'),
        S('the terrorists', 'military', nth=2),
        S('the Army', 'military'),
        S('The Governor of Córdoba, Jesús María Padilla', 'official', form='title-name'),
        S('the Governor', 'official', form='role'),
        S('The National Government', 'official'),
        S('The Office of the High Commissioner for Peace', 'official'),
        S('The Office', 'official', nth=1),
        S('a regional radio station', 'media'),
        S('the Córdoba Police Department', 'official'),
        S('The Ministry', 'military', nth=2),
    ],
    numbers=[
        N('22 September 2004', 'date'),
        N('11th Brigade', 'other'),
        N('35th Front', 'other'),
        N('2:15 am', 'time'),
        N('11th Brigade', 'other', nth=1),
        N('14 rifles', 'count-objects'),
        N('2,600 rounds of ammunition', 'count-objects'),
        N('1 July', 'date'),
        N('127 weapons', 'count-objects'),
        N('58 terrorists', 'count-people'),
        N('up to 100 million pesos', 'money'),
    ])

# if04: killings, disappearances, abductions of minors and displacement by a successor group in San
# José de Uré (NGO statement with demands and notes to editors, British spelling, curly quotes)
A['if04.txt'] = dict(
    casualty=[
        C('At least 11 people have been killed', 'killed', 11, 'at-least', 'people', id='tot'),
        C('six others remain missing', 'missing', 6, 'exact', 'people'),
        C('four young men', 'killed', 4, 'exact', 'men', sub='tot'),
        C('his two friends', 'detained', 2, 'exact', 'men'),
        C('The three young men', 'missing', 3, 'exact', 'men', sub='six2'),
        C('the six listed as missing', 'missing', 6, 'exact', 'people', id='six2', tags='repeat'),
        C('the abduction of at least 23 minors', 'detained', 23, 'at-least', 'children'),
        C('the displacement of 312 families', 'displaced', 312, 'exact', 'people', id='d'),
        C('about 1,100 people', 'displaced', 1100, 'approx', 'people'),
        C('140 families', 'displaced', 140, 'exact', 'people', sub='d'),
        C('Scores of other families have left', 'displaced', None, 'vague', 'people'),
        C('three killings', 'killed', 3, 'exact', 'people', tags='contradicted'),
        C('fewer than 20 displaced families', 'displaced', 20, 'at-most', 'people', tags='contradicted'),
        C('two wounded men', 'injured', 2, 'exact', 'men', id='w'),
        C('one of them had died', 'killed', 1, 'exact', 'men', sub='w'),
        C('captured five members of the group', 'detained', 5, 'exact', 'fighters'),
        C('killed two', 'killed', 2, 'exact', 'fighters'),
        C('the six people reported missing', 'missing', 6, 'exact', 'people', id='six3', tags='repeat'),
        C('the three young men', 'missing', 3, 'exact', 'men', sub='six3', tags='repeat'),
        C('the 312 displaced families', 'displaced', 312, 'exact', 'people', tags='repeat'),
        C('killed at least 430 people', 'killed', 430, 'at-least', 'people'),
    ],
    sources=[
        S('the Alto San Jorge Human Rights Network (RDH-ASJ)', 'ngo'),
        S('a mother from the hamlet of Colorado', 'witness', form='role'),
        S('the network', 'ngo', nth=1),
        S('The RDH-ASJ', 'ngo'),
        S('Local authorities', 'official'),
        S('The municipal ombudsman (personero)', 'official', form='role'),
        S('Dora Inés Mercado', 'ngo', form='name'),
        S('A nurse at the town’s health post', 'anonymous'),
        S('The army’s 11th Brigade', 'military'),
        S('Mercado', 'ngo', nth=1, form='name'),
        S('official figures', 'official', form='document'),
    ],
    numbers=[
        N('12 March 2009', 'date'),
        N('15-year-old', 'age'),
        N('2 March', 'date'),
        N('2008', 'year'),
        N('58 declarations', 'count-objects'),
        N('11th Brigade', 'other'),
        N('9 March', 'date'),
        N('Law 387', 'other'),
        N('1997', 'year'),
        N('17 community and victims’ organisations', 'count-objects'),
        N('about 10,000 inhabitants', 'population'),
        N('2007', 'year'),
        N('between 1997 and 2005', 'date'),
    ])

# if05: clashes and mass displacement around the Ayapel marsh (UN OCHA flash update: highlights,
# situation overview, displacement by site, protection, shelter, food, health, funding)
A['if05.txt'] = dict(
    casualty=[
        C('At least 1,450 people', 'displaced', 1450, 'at-least', 'people'),
        C('412 families', 'displaced', 412, 'exact', 'people'),
        C('4 civilians killed', 'killed', 4, 'exact', 'civilians'),
        C('2 injured', 'injured', 2, 'exact', 'civilians'),
        C('3 people reported missing', 'missing', 3, 'exact', 'people'),
        C('an estimated 1,450 people', 'displaced', 1450, 'approx', 'people', id='d', tags='repeat'),
        C('4 civilians', 'killed', 4, 'exact', 'civilians', nth=1, tags='repeat'),
        C('2 women were injured', 'injured', 2, 'exact', 'women', tags='repeat'),
        C('3 men', 'missing', 3, 'exact', 'men', tags='repeat'),
        C('An additional 150–200 people', 'displaced', None, 'range', 'people', low=150, high=200),
        C('520 people', 'displaced', 520, 'exact', 'people', sub='d'),
        C('610 people', 'displaced', 610, 'exact', 'people', sub='d'),
        C('200 people', 'displaced', 200, 'exact', 'people', nth=1, sub='d'),
        C('120 people', 'displaced', 120, 'exact', 'people', sub='d'),
        C('the 412 displaced families', 'displaced', 412, 'exact', 'people', id='f2', tags='repeat'),
        C('96 are headed by women', 'displaced', 96, 'exact', 'people', sub='f2'),
        C('The 2 injured women', 'injured', 2, 'exact', 'women', tags='repeat'),
    ],
    sources=[
        S('the Municipal Ombudsman’s Office (Personería)', 'official'),
        S('the Ayapel mayor’s office', 'official'),
        S('Local authorities', 'official'),
        S('Community leaders', 'other'),
        S('the Personería’s registry', 'official', form='document'),
        S('The Personería', 'official'),
        S('Partners', 'ngo'),
        S('The local hospital', 'official'),
        S('The Humanitarian Country Team', 'ngo'),
    ],
    numbers=[
        N('Flash Update No. 1', 'other'),
        N('18 November 2008', 'date'),
        N('9 rural settlements', 'count-objects'),
        N('14 November', 'date'),
        N('17-year-old', 'age'),
        N('15 November', 'date'),
        N('16 November', 'date'),
        N('one of the groups', 'other'),
        N('up to 600 more people', 'count-people'),
        N('37 complaints', 'count-objects'),
        N('300 hygiene kits', 'count-objects'),
        N('280 families', 'count-people'),
        N('30 days', 'duration'),
        N('under 5', 'age'),
        N('US$1.2 million', 'money'),
        N('US$250,000', 'money'),
        N('about 21 per cent', 'percentage'),
    ])

# if06: exhumations of the paramilitaries' victims on a ranch near Lorica (a broadcaster's website:
# headline and byline)
A['if06.txt'] = dict(
    casualty=[
        C('21 bodies', 'killed', 21, 'exact', 'people'),
        C('the remains of 21 people', 'killed', 21, 'exact', 'people', id='r', tags='repeat'),
        C('at least eight of the victims were women', 'killed', 8, 'at-least', 'women', sub='r'),
        C('three were children', 'killed', 3, 'exact', 'children', sub='r'),
        C('up to 40 people had been buried', 'killed', 40, 'at-most', 'people'),
        C('four of the bodies', 'killed', 4, 'exact', 'people', id='i4', sub='r'),
        C('One of them', 'killed', 1, 'exact', 'people', sub='i4'),
        C('three other young people', 'detained', 3, 'exact', 'people'),
        C('an estimated 15,000 people who disappeared', 'missing', 15000, 'approx', 'people'),
        C('almost 1,300 bodies have been recovered', 'killed', 1300, 'at-most', 'people'),
        C('at least 300 killings', 'killed', 300, 'at-least', 'people'),
        C('187 murders', 'killed', 187, 'exact', 'people'),
        C('612 people as missing', 'missing', 612, 'exact', 'people'),
        C('some 2,000 families were forced off their land', 'displaced', 2000, 'approx', 'people'),
        C('two members of a search team were wounded', 'injured', 2, 'exact', 'other'),
        C('arrested two men', 'detained', 2, 'exact', 'men'),
    ],
    sources=[
        S('Prosecutors', 'official'),
        S('a former paramilitary fighter now in prison', 'anonymous'),
        S('Claudia Vergara', 'official', form='name'),
        S('Mrs Díaz', 'witness', form='title-name'),
        S('the National Institute of Legal Medicine', 'official'),
        S('prosecutors', 'official'),
        S('Its former commanders', 'military'),
        S("Relatives' groups", 'other'),
        S("The Lower Sinú Victims' Association", 'ngo'),
        S('the institute', 'official'),
        S('Police', 'official'),
        S('Nelson Galván', 'witness', form='name'),
    ],
    numbers=[
        N('early 2000s', 'year'),
        N('two weeks', 'duration'),
        N('between 2000 and 2003', 'date'),
        N('19-year-old', 'age'),
        N('May 2001', 'date'),
        N('2006', 'year'),
        N('2005', 'year'),
        N('five to eight years', 'duration'),
        N('2002', 'year'),
    ])

# if07: gunmen kill a mayoral candidate at a rally in Planeta Rica; election violence (AP style, em-dash
# dateline, American spelling, straight quotes)
A['if07.txt'] = dict(
    casualty=[
        C('five other people', 'killed', 5, 'exact', 'people', id='k'),
        C('wounding at least 17', 'injured', 17, 'at-least', 'people', id='w'),
        C('Two of his police bodyguards', 'killed', 2, 'exact', 'soldiers', sub='k'),
        C('Dozens more were hurt', 'injured', None, 'vague', 'people'),
        C('detained three suspects', 'detained', 3, 'exact', 'people', id='d'),
        C('one of them a former member', 'detained', 1, 'exact', 'people', sub='d'),
        C('killed two gunmen', 'killed', 2, 'exact', 'fighters'),
        C('11 of the wounded', 'injured', 11, 'exact', 'people', id='h', sub='w'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='h'),
        C('Four campaign workers were among the wounded', 'injured', 4, 'exact', 'other', sub='w'),
        C('The death toll rose to seven', 'killed', 7, 'exact', 'people', tags='update'),
        C('killed hundreds of suspected collaborators', 'killed', None, 'vague', 'people'),
        C('29 candidates had been killed', 'killed', 29, 'exact', 'people'),
        C('12 had been kidnapped', 'detained', 12, 'exact', 'people'),
        C('five candidates have been slain', 'killed', 5, 'exact', 'people'),
        C('that number at seven', 'killed', 7, 'exact', 'people', tags='contradicted'),
        C('displaced at least 3,500 people', 'displaced', 3500, 'at-least', 'people'),
    ],
    sources=[
        S('authorities', 'official'),
        S('police Col. Germán Caicedo', 'official', form='title-name'),
        S('Caicedo', 'official', nth=1, form='name'),
        S('The army', 'military'),
        S('A street vendor, Yolanda Peña', 'witness', form='name'),
        S('The Cordoba provincial health secretary, Dr. Elsa Montes', 'official', form='title-name'),
        S("The town's mayor", 'official', form='role'),
        S('local station Radio Planeta', 'media'),
        S("the hospital's director", 'official', form='role'),
        S('The Liberal Party', 'other'),
        S('a campaign volunteer', 'anonymous'),
        S('Election observers', 'other'),
        S('The Electoral Observation Mission', 'ngo'),
        S("the province's government secretary, Ramiro Negrete", 'official', form='title-name'),
        S('The watchdog', 'ngo'),
        S("Colombia's government", 'official'),
        S('rights groups', 'ngo'),
    ],
    numbers=[
        N('52', 'age'),
        N('12-year-old', 'age'),
        N('between four and six attackers', 'count-people'),
        N('2005', 'year'),
        N('at least four death threats', 'count-objects'),
        N('about 60,000 people', 'population'),
        N('late 1990s', 'year'),
        N('early 2000s', 'year'),
        N('Oct. 28', 'date'),
        N('87 others', 'count-people'),
        N('40%', 'percentage'),
    ])

# if08: a massacre's survivors, land, killings and disappearances in Puerto Rey, Los Córdobas (a
# newspaper's own correspondent, byline, an em-dash aside, curly quotes)
A['if08.txt'] = dict(
    casualty=[
        C('11 men', 'killed', 11, 'exact', 'men', sub='tot'),
        C('left 13 dead', 'killed', 13, 'exact', 'people', id='tot'),
        C('two women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('around 350 fled', 'displaced', 350, 'approx', 'people'),
        C('417 people killed', 'killed', 417, 'exact', 'people'),
        C('96 disappeared', 'missing', 96, 'exact', 'people'),
        C('nearly 4,200 displaced', 'displaced', 4200, 'at-most', 'people'),
        C('five people have been killed', 'killed', 5, 'exact', 'people'),
        C('Three others have disappeared', 'missing', 3, 'exact', 'people'),
        C('23 of its members had been arrested', 'detained', 23, 'exact', 'fighters'),
        C('nine people had been murdered', 'killed', 9, 'exact', 'people', tags='contradicted'),
        C('at least 60 families had left', 'displaced', 60, 'at-least', 'people'),
        C('Two of the boys in my class were taken', 'detained', 2, 'exact', 'children'),
        C('the bodies of two men', 'killed', 2, 'exact', 'men'),
        C('13 people', 'killed', 13, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('Sáenz', 'witness', nth=1, form='name'),
        S('a Justice and Peace tribunal in Barranquilla', 'official'),
        S('the municipal victims’ office', 'official'),
        S('The office', 'official'),
        S('the Land Restitution Unit', 'official'),
        S('police', 'official'),
        S('A police officer in the town', 'anonymous'),
        S('The regional ombudsman’s office', 'official'),
        S('Luz Mery Petro', 'witness', form='name'),
        S('The army', 'military'),
        S('Colonel Fabio Arrieta', 'military', form='title-name'),
    ],
    numbers=[
        N('fourteen years', 'duration'),
        N('one by one', 'other'),
        N('61', 'age'),
        N('March 1999', 'date'),
        N('roughly 900 families', 'population'),
        N('1999', 'year', nth=1),
        N('between 1995 and 2005', 'date'),
        N('Some 4,000 hectares', 'quantity'),
        N('214 claims', 'count-objects'),
        N('140 pupils', 'count-people'),
        N('about 800 soldiers', 'count-people'),
        N('1980s', 'year'),
        N('one week', 'duration'),
        N('one at a time', 'other'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
