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

# ---------------------------------------------------------------- labels (blind set 241: ix01-ix08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('lost his life / cost … their lives / lost N soldiers', r'\blost\b|\bcost\b.*\blives\b'),
    ('held hostage / holding / captured / abducted / taking', r'\bhostage\b|\bholding\b|\bcaptur|\babducted\b'),
    ('crossed the border / left their homes / left / sheltering / not been seen',
     r'\bcrossed\b|\bleft\b|\bsheltering\b|\bnot been seen\b'),
    ('gunshot wounds / treated / beaten', r'\bgunshot\b|\btreat|\bbeaten\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('agents/sub-officer/members of the municipal police', r'\b(?:agents|sub-officer|police)\b'),
    ('minors/teenagers/nephews/boys', r'\b(?:minors|teenagers|nephews|boys)\b'),
    ('families/members/nationals/demonstrators', r'\b(?:families|members|nationals|demonstrators)\b'),
    ('truck drivers/teachers', r'\b(?:drivers|teachers)\b'),
    ('young men', r'\byoung men\b'),
]

# ix01: police firing on protesters at a police station in Ayaviri, Puno, Peru
# (AFP style, one sentence a paragraph, British spelling, curly quotes, en-dash dateline)
A['ix01.txt'] = dict(
    casualty=[
        C('At least nine people were killed', 'killed', 9, 'at-least', 'people', id='tot'),
        C('52 injured', 'injured', 52, 'exact', 'people', id='inj'),
        C('Two of the dead were teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Of the injured, 14 were women', 'injured', 14, 'exact', 'women', sub='inj'),
        C('four', 'injured', 4, 'exact', 'people', nth=0, sub='inj'),
        C('at least three bodies', 'killed', 3, 'at-least', 'people'),
        C('23 police officers had been hurt', 'injured', 23, 'exact', 'soldiers', id='pol'),
        C('six of them', 'injured', 6, 'exact', 'soldiers', sub='pol'),
        C('the number of dead at seven', 'killed', 7, 'exact', 'people', tags='contradicted'),
        C('nine', 'killed', 9, 'exact', 'people', nth=1, tags='repeat'),
        C('the death toll to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('two men had died', 'killed', 2, 'exact', 'men'),
        C('31 people had been arrested', 'detained', 31, 'exact', 'people', id='arr'),
        C('four minors', 'detained', 4, 'exact', 'children', sub='arr'),
        C('the number of detained at more than 50', 'detained', 50, 'at-least', 'people', tags='contradicted'),
        C('several were missing', 'missing', None, 'vague', 'people'),
        C('almost 20 of the wounded', 'injured', 20, 'at-most', 'people', sub='inj'),
        C('hundreds of families had fled', 'displaced', None, 'vague', 'people'),
        C('18 people were killed', 'killed', 18, 'exact', 'people'),
    ],
    sources=[
        S('the regional health authority', 'official'),
        S('the Puno health directorate', 'official'),
        S('Dr Rosa Quispe', 'official', form='title-name'),
        S('Efraín Mamani', 'witness', form='name'),
        S('Mamani', 'witness', nth=1, form='name'),
        S('The interior ministry', 'official'),
        S('Peru’s Ombudsman’s Office', 'official'),
        S('A police source', 'anonymous'),
        S('Protest leaders', 'other'),
        S('Hilda Condori', 'other', form='name'),
        S('The Puno Human Rights Network', 'ngo'),
        S('Residents', 'witness'),
        S('the prime minister’s office', 'official'),
    ],
    numbers=[
        N('16-year-old', 'age'),
        N('three-hour', 'duration'),
        N('several thousand people', 'count-people'),
        N('38-year-old', 'age'),
        N('some 140 kilometres', 'distance'),
        N('30-day', 'duration'),
        N('400 soldiers', 'count-people'),
        N('about 22,000 people', 'population'),
        N('some 3,900 metres', 'distance'),
        N('2023', 'year'),
    ])

# ix02: police and troops clearing a road block on the Ilave bridge, Puno, Peru
# (Reuters style, American spelling, straight quotes, hyphen dateline)
A['ix02.txt'] = dict(
    casualty=[
        C('killed at least six people', 'killed', 6, 'at-least', 'people', id='tot'),
        C('More than 70 people were injured', 'injured', 70, 'at-least', 'people', id='inj'),
        C('19 police officers', 'injured', 19, 'exact', 'soldiers', sub='inj'),
        C('Eleven of the injured', 'injured', 11, 'exact', 'people', sub='inj'),
        C('Scores of people were treated', 'injured', None, 'vague', 'people'),
        C('a higher toll of eight', 'killed', 8, 'exact', 'people', tags='contradicted'),
        C('eight dead', 'killed', 8, 'exact', 'people', tags='repeat'),
        C('10-12 bodies', 'killed', None, 'range', 'people', low=10, high=12, tags='contradicted'),
        C('four people had died', 'killed', 4, 'exact', 'people', tags='contradicted'),
        C('arrested 27 people', 'detained', 27, 'exact', 'people', id='arr'),
        C('two Bolivian nationals', 'detained', 2, 'exact', 'people', sub='arr'),
        C('two soldiers were missing', 'missing', 2, 'exact', 'soldiers'),
        C('the death toll rose to seven', 'killed', 7, 'exact', 'people', id='upd', tags='update'),
        C('Three of the dead', 'killed', 3, 'exact', 'people', sub='upd'),
        C('Dozens of families fled', 'displaced', None, 'vague', 'people'),
        C('cost 50 people their lives', 'killed', 50, 'exact', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('the Puno regional government', 'official'),
        S('witnesses', 'witness'),
        S('El Collao provincial mayor Nestor Apaza', 'official', form='title-name'),
        S('Apaza', 'official', nth=1, form='name'),
        S('Witnesses', 'witness'),
        S('Interior Minister Carlos Rengifo', 'official', form='title-name'),
        S('The army', 'military'),
        S('the regional health directorate', 'official'),
        S('the directorate', 'official'),
        S('Justina Ccama', 'witness', form='name'),
        S('state news agency Andina', 'media'),
        S('police in Puno', 'official'),
        S("Bolivia's foreign ministry", 'official'),
        S('a transport association', 'other'),
        S('the ombudsman', 'official'),
    ],
    numbers=[
        N('12 days', 'duration'),
        N('Some 800 police officers', 'count-people'),
        N('150 soldiers', 'count-people'),
        N('17-year-old', 'age'),
        N('about 55 km', 'distance'),
        N('34 miles', 'distance'),
        N('40 troops', 'count-people'),
        N('44', 'age'),
        N('300 Bolivian citizens', 'count-people'),
        N('Some 2,000 trucks', 'count-objects'),
        N('an estimated $4 million', 'money'),
        N('2022', 'year'),
        N('2023', 'year'),
    ])

# ix03: police clearing road blocks on the highway at Juli, Chucuito, Puno, Peru
# (Peruvian state media, ANDINA style: "The … Command says", "disclosed in an official statement")
A['ix03.txt'] = dict(
    casualty=[
        C('one police sub-officer lost his life', 'killed', 1, 'exact', 'soldiers'),
        C('17 agents were injured', 'injured', 17, 'exact', 'soldiers', id='pinj'),
        C('Four of the injured officers', 'injured', 4, 'exact', 'soldiers', sub='pinj'),
        C('detained 22 people', 'detained', 22, 'exact', 'people', id='det'),
        C('three women', 'detained', 3, 'exact', 'women', sub='det'),
        C('nine truck drivers held hostage', 'detained', 9, 'exact', 'other'),
        C('treated 26 civilians', 'injured', 26, 'exact', 'civilians', id='civ'),
        C('six children', 'injured', 6, 'exact', 'children', sub='civ'),
        C('three demonstrators had died', 'killed', 3, 'exact', 'people', tags='contradicted'),
        C('at least 40 people were injured', 'injured', 40, 'at-least', 'people'),
        C('15 to 20 people remained unaccounted for', 'missing', None, 'range', 'people', low=15, high=20),
        C('nearly 350 families', 'displaced', 350, 'at-most', 'people'),
        C('61 police officers have been wounded', 'injured', 61, 'exact', 'soldiers'),
        C('140 people have been arrested', 'detained', 140, 'exact', 'people'),
        C('upwards of 90 injured civilians', 'injured', 90, 'at-least', 'civilians'),
    ],
    sources=[
        S('The Puno Police Region Command', 'official'),
        S('the Command', 'official'),
        S('the statement', 'official', form='document'),
        S('the police report', 'official', form='document'),
        S('The Juli Support Hospital', 'official'),
        S('Regional prefect Javier Cutipa', 'official', form='title-name'),
        S('The Command', 'official', nth=0),
        S('Radio Titicaca Sur', 'media'),
        S('Colonel Ramiro Vilca', 'official', form='title-name'),
        S("The Ombudsman's Office", 'official'),
        S('The Chucuito Provincial Municipality', 'official'),
        S('The Ministry of the Interior', 'official'),
        S('Diresa Puno, the regional health directorate', 'official'),
    ],
    numbers=[
        N('9 March', 'date'),
        N('14 road blocks', 'count-objects'),
        N('29', 'age'),
        N('6:40 a.m.', 'time'),
        N('two days', 'duration'),
        N('35 slingshots', 'count-objects'),
        N('12 machetes', 'count-objects'),
        N('around 200 litres', 'quantity'),
        N('1,200 police officers', 'count-people'),
        N('150-kilometre', 'distance'),
        N('20 February', 'date'),
        N('105', 'other'),
    ])

# ix04: an NGO statement on soldiers and police clearing the Desaguadero border bridge, Puno, Peru
# (headline, place/date line, list of demands, notes to editors, British spelling, curly quotes)
A['ix04.txt'] = dict(
    casualty=[
        C('killed at least 12 people', 'killed', 12, 'at-least', 'people', id='tot'),
        C('three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('at least nine of the victims', 'killed', 9, 'at-least', 'people', sub='tot'),
        C('More than 60 people were wounded', 'injured', 60, 'at-least', 'people', id='inj'),
        C('38 of them', 'injured', 38, 'exact', 'people', sub='inj'),
        C('14 soldiers were injured', 'injured', 14, 'exact', 'soldiers'),
        C('a toll of six dead', 'killed', 6, 'exact', 'people', tags='contradicted'),
        C('detained 73 people', 'detained', 73, 'exact', 'people', id='det'),
        C('11 women', 'detained', 11, 'exact', 'women', sub='det'),
        C('4–5 people were beaten', 'injured', None, 'range', 'people', low=4, high=5),
        C('At least 19 people remain missing', 'missing', 19, 'at-least', 'people'),
        C('as many as 1,500 people had crossed the border', 'displaced', 1500, 'at-most', 'people', id='disp'),
        C('roughly 400 of them', 'displaced', 400, 'approx', 'people', sub='disp'),
        C('62 deaths', 'killed', 62, 'exact', 'people'),
        C('all 12 deaths', 'killed', 12, 'exact', 'people', tags='repeat'),
        C('the 19 people reported missing', 'missing', 19, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('the Aymara Human Rights Association (AHRA)', 'ngo'),
        S('a mother from the Chuquiña community', 'anonymous'),
        S('the Desaguadero health centre', 'official'),
        S('A nurse there', 'anonymous'),
        S('Peru’s Ministry of Defence', 'military'),
        S('The Ministry of the Interior', 'official'),
        S('former detainees', 'witness'),
        S('their families', 'witness'),
        S('The municipal government of Desaguadero', 'official'),
        S('AHRA', 'ngo', nth=5),
        S('Rocío Mamani', 'ngo', form='name'),
    ],
    numbers=[
        N('18 March 2025', 'date'),
        N('15 March', 'date'),
        N('three-day', 'duration'),
        N('47 survivors', 'count-people'),
        N('several cases', 'count-objects'),
        N('15-year-old', 'age'),
        N('up to 48 hours', 'duration'),
        N('two schools', 'count-objects'),
        N('December 2022', 'date'),
        N('Twelve families', 'count-people'),
        N('not one', 'other'),
        N('24 hours', 'duration'),
        N('1998', 'year'),
        N('15 to 17 March', 'date'),
        N('more than 300 families', 'count-people'),
    ])

# ix05: troops firing on farmers at a road blockade outside Huanta, Ayacucho, Peru
# (a broadcaster's website: headline and byline, no dateline, British spelling, straight quotes)
A['ix05.txt'] = dict(
    casualty=[
        C('Eight killed', 'killed', 8, 'exact', 'people'),
        C('At least eight people have been killed', 'killed', 8, 'at-least', 'people', id='tot', tags='repeat'),
        C('Around 30 others were wounded', 'injured', 30, 'approx', 'people', id='inj'),
        C('several of them', 'injured', None, 'vague', 'people', sub='inj'),
        C('five of the dead', 'killed', 5, 'exact', 'people', sub='tot'),
        C('12 soldiers were hurt', 'injured', 12, 'exact', 'soldiers', id='sol'),
        C('one of them', 'injured', 1, 'exact', 'soldiers', sub='sol'),
        C('a higher toll of 10 dead', 'killed', 10, 'exact', 'people', id='cn', tags='contradicted'),
        C('two women', 'killed', 2, 'exact', 'women', sub='cn'),
        C('one of the wounded', 'injured', 1, 'exact', 'people', sub='inj'),
        C('the bodies of three people', 'killed', 3, 'exact', 'people'),
        C('arrested 16 people', 'detained', 16, 'exact', 'people'),
        C('seven or eight young men have not been seen', 'missing', None, 'range', 'men', low=7, high=8),
        C('dozens of families', 'displaced', None, 'vague', 'people'),
        C('an estimated 69,000 people died', 'killed', 69000, 'approx', 'people'),
        C('tens of thousands fled', 'displaced', None, 'vague', 'people'),
        C('killed 10 people', 'killed', 10, 'exact', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S("Ayacucho's regional health chief, Dr Teófilo Cárdenas", 'official', form='title-name'),
        S('The army', 'military'),
        S('Defence Minister Jorge Salinas', 'military', form='title-name'),
        S('the National Coordinator for Human Rights', 'ngo'),
        S('Rosa Huamán', 'witness', form='name'),
        S('Local radio station La Voz de Huanta', 'media'),
        S('the interior ministry', 'official'),
        S('Leaders of the Huanta Agrarian Federation', 'other'),
        S("The regional prosecutor's office", 'official'),
        S('Residents', 'witness'),
    ],
    numbers=[
        N('about 45km', 'distance'),
        N('28 miles', 'distance'),
        N('15-year-old', 'age'),
        N('"hundreds" of protesters', 'count-people'),
        N('at least two shotguns', 'count-objects'),
        N('19-year-old', 'age'),
        N('11 complaints', 'count-objects'),
        N('60-day', 'duration'),
        N('three neighbouring provinces', 'count-objects'),
        N('1980-2000', 'year'),
        N('December 2022', 'date'),
        N('three weeks', 'duration'),
    ])

# ix06: a UN flash update on armed violence and displacement in Pantelhó, Chiapas, Mexico
# (headings, highlights, displacement by site, access, response, funding)
A['ix06.txt'] = dict(
    casualty=[
        C('At least 4,300 people have been forced from their homes', 'displaced', 4300, 'at-least', 'people'),
        C('At least 17 people have been killed', 'killed', 17, 'at-least', 'people'),
        C('23 are reported missing', 'missing', 23, 'exact', 'people'),
        C('the deaths of 17 people', 'killed', 17, 'exact', 'people', id='tot', tags='repeat'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('31 people were treated for gunshot wounds', 'injured', 31, 'exact', 'people', id='inj'),
        C('three of them died', 'killed', 3, 'exact', 'people', sub='inj'),
        C('two soldiers were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('23 people missing', 'missing', 23, 'exact', 'people', id='miss', tags='repeat'),
        C('15 men abducted', 'detained', 15, 'exact', 'men', sub='miss'),
        C('abducted up to 40 men and boys', 'detained', 40, 'at-most', 'men'),
        C('a number of children remain unaccounted for', 'missing', None, 'vague', 'children'),
        C('4,300 people are displaced', 'displaced', 4300, 'exact', 'people', id='disp', tags='repeat'),
        C('approximately 1,800 people', 'displaced', 1800, 'approx', 'people', sub='disp'),
        C('1,150 people', 'displaced', 1150, 'exact', 'people', sub='disp'),
        C('some 900 people sheltering', 'displaced', 900, 'approx', 'people', sub='disp'),
        C('an estimated 450 people', 'displaced', 450, 'approx', 'people', sub='disp'),
        C('more than 6,000 people have left their homes', 'displaced', 6000, 'at-least', 'people',
          tags='contradicted'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('The Chiapas State Prosecutor’s Office (FGE)', 'official'),
        S('Health authorities', 'official'),
        S('The Secretariat of National Defence (SEDENA)', 'military'),
        S('Families', 'witness'),
        S('Protection partners', 'ngo'),
        S('Partners', 'ngo'),
        S('Local media', 'media'),
        S('The State Civil Protection Secretariat', 'official'),
        S('the municipal authorities', 'official'),
        S('The Tsotsil Peoples’ Rights Centre', 'ngo'),
        S('the federal Security Cabinet', 'official'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('27 October 2025', 'date'),
        N('11 communities', 'count-objects'),
        N('19 October', 'date', nth=0),
        N('US$2.1 million', 'money', nth=0),
        N('three months', 'duration'),
        N('19 October', 'date', nth=1),
        N('12-year-old', 'age'),
        N('22 October', 'date'),
        N('nine days', 'duration'),
        N('two collective shelters', 'count-objects'),
        N('At least five armed checkpoints', 'count-objects'),
        N('60-km', 'distance'),
        N('eight trucks', 'count-objects'),
        N('24 October', 'date'),
        N('650 army and National Guard personnel', 'count-people'),
        N('2,500 food kits', 'count-objects'),
        N('900 hygiene kits', 'count-objects'),
        N('600 children', 'count-people'),
        N('5,000 people', 'count-people'),
        N('US$2.1 million', 'money', nth=1),
        N('three-month', 'duration'),
        N('27 October', 'date', nth=1),
        N('18 per cent', 'percentage'),
    ])

# ix07: a faction's attack on a community assembly and its aftermath in Oxchuc, Chiapas, Mexico
# (a newspaper's own correspondent: headline, byline, "when I asked", em-dash aside, American spelling,
# curly quotes)
A['ix07.txt'] = dict(
    casualty=[
        C('at least 14 people have been killed', 'killed', 14, 'at-least', 'people', id='tot'),
        C('Twenty-three', 'killed', 23, 'exact', 'people', tags='contradicted'),
        C('nine men', 'killed', 9, 'exact', 'men', sub='tot'),
        C('three members of the municipal police', 'killed', 3, 'exact', 'soldiers', sub='tot'),
        C('treating 27 wounded', 'injured', 27, 'exact', 'people', id='inj'),
        C('six children', 'injured', 6, 'exact', 'children', sub='inj'),
        C('holding 11 men', 'detained', 11, 'exact', 'men'),
        C('two dozen of its members have been abducted', 'detained', 24, 'exact', 'people', tags='contradicted'),
        C('about 2,400 people have fled', 'displaced', 2400, 'approx', 'people'),
        C('the number between 2,800 and 3,000', 'displaced', None, 'range', 'people', low=2800, high=3000,
          tags='contradicted'),
        C('four teachers have been missing', 'missing', 4, 'exact', 'other'),
        C('its toll to 16', 'killed', 16, 'exact', 'people', tags='update'),
        C('two bodies were found', 'killed', 2, 'exact', 'people'),
        C('seven people dead', 'killed', 7, 'exact', 'people'),
    ],
    sources=[
        S('the Chiapas state prosecutor’s office', 'official'),
        S('residents', 'witness'),
        S('Juana Gómez López', 'witness', form='name'),
        S('The prosecutor’s office', 'official'),
        S('a hospital administrator', 'anonymous'),
        S('its spokesman, Pedro Sántiz', 'other', form='title-name'),
        S('The rival camp', 'other'),
        S('State civil protection officials', 'official'),
        S('the Catholic diocese of San Cristóbal', 'other'),
        S('The local teachers’ union', 'other'),
        S('the prosecutor’s office', 'official'),
        S('State Interior Secretary Óscar Aguilar', 'official', form='title-name'),
    ],
    numbers=[
        N('two burned-out pickup trucks', 'count-objects'),
        N('one of the town’s two political factions', 'other'),
        N('52-year-old', 'age'),
        N('2,874 to 2,611', 'vote'),
        N('two shelters', 'count-objects'),
        N('roughly 48,000 people', 'population'),
        N('some 40 kilometers', 'distance'),
        N('2019', 'year'),
        N('2021', 'year'),
        N('500 state police officers', 'count-people'),
        N('300 National Guard troops', 'count-people'),
    ])

# ix08: gunmen attacking a family party near Navolato, Sinaloa, Mexico, and flight from the countryside
# (AP style, em-dash dateline, American spelling, straight quotes)
A['ix08.txt'] = dict(
    casualty=[
        C('killing 11 people', 'killed', 11, 'exact', 'people', id='tot'),
        C('Seven others were wounded', 'injured', 7, 'exact', 'people', id='inj'),
        C('two of them', 'injured', 2, 'exact', 'people', nth=0, sub='inj'),
        C('two teenage nephews were among the dead', 'killed', 2, 'exact', 'children', sub='tot'),
        C('killing four of them', 'killed', 4, 'exact', 'fighters'),
        C('capturing two others', 'detained', 2, 'exact', 'fighters'),
        C('lost two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('the number of civilians killed at fewer than 10', 'killed', 10, 'at-most', 'civilians', id='sc',
          tags='contradicted'),
        C('two of the dead were members of a cartel cell', 'killed', 2, 'exact', 'fighters', sub='sc'),
        C('the death toll from the party to 12', 'killed', 12, 'exact', 'people', tags='update'),
        C('dozens of families had left', 'displaced', None, 'vague', 'people'),
        C('Over 1,600 people have been killed', 'killed', 1600, 'at-least', 'people'),
        C('1,870 people missing', 'missing', 1870, 'exact', 'people'),
        C('more than 1,300 families have fled', 'displaced', 1300, 'at-least', 'people', id='disp'),
        C('upwards of 600 of them', 'displaced', 600, 'at-least', 'people', sub='disp'),
    ],
    sources=[
        S('Sinaloa state prosecutors', 'official'),
        S("the Sinaloa Attorney General's Office", 'official'),
        S('Guadalupe', 'witness', form='name'),
        S("Sinaloa's state security secretary, retired Gen. Arturo Zaragoza", 'official', form='title-name'),
        S("Mexico's federal Security Cabinet", 'official'),
        S('state prosecutors', 'official', nth=1),
        S('Residents', 'witness'),
        S('Teachers', 'witness'),
        S('government data', 'official', form='document'),
        S("the state prosecutor's office", 'official'),
        S('The civic group Paz para Navolato', 'ngo'),
        S("the group's director, Ana Luisa Félix", 'ngo', form='title-name'),
        S('The Defense Department', 'military'),
    ],
    numbers=[
        N('about 20 miles', 'distance'),
        N('30 kilometers', 'distance'),
        N('four pickup trucks', 'count-objects'),
        N('41-year-old', 'age'),
        N('six assault rifles', 'count-objects'),
        N('.50-caliber', 'other'),
        N("three of the school's 140 pupils", 'count-people'),
        N('September 2024', 'date'),
        N('roughly 150,000 people', 'population'),
        N('two months', 'duration'),
        N('fewer than 10 houses', 'count-objects'),
        N('42 schools', 'count-objects'),
        N('about 9,000 students', 'count-people'),
        N('400 more soldiers', 'count-people'),
        N('roughly 10,500', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
