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

# ---------------------------------------------------------------- labels (blind set 551: td01-td08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / gave their lives / have fallen / homicides / killings / buried / remains of / lost … fighters',
     r'\bshot dead\b|\bgave their lives\b|\bfallen\b|\bhomicides\b|\bkillings\b|\bburied\b|\bremains\b|\blost\b'),
    ('kidnapping / abducted / arrested', r'\bkidnapping\b|\babducted\b'),
    ('have left / left their homes / abandoned their homes / staying', r'\bleft\b|\babandoned\b|\bstaying\b'),
    ('not been seen / listed as missing / remain missing / disappearance / disappeared',
     r'\bnot been seen\b|\blisted as missing\b|\bremain missing\b|\bdisappear'),
    ('gunshot wounds / injuries / gunshot patients / beaten', r'\bwounds\b|\binjuries\b|\bpatients\b|\bbeaten\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('guardsmen/police officers/agents/officers/bodyguards',
     r'\b(?:guardsmen|agents|officers|bodyguards)\b'),
    ('attackers/aggressors/gang members/cartel gunmen/cartel members',
     r'\b(?:attackers|aggressors|gang members|gunmen|cartel members)\b'),
    ('families/candidates/victims/criminals/members', r'\b(?:families|candidates|victims|criminals|members)\b'),
    ('farmers/pickers/mill workers/land defenders/adolescents/teenage brothers',
     r'\b(?:farmers|pickers|workers|defenders|adolescents|brothers)\b'),
]

# td01: an ambush on a National Guard convoy and an assault on the police headquarters in Perote
# (AFP style, one sentence a paragraph, British spelling, curly quotes)
A['td01.txt'] = dict(
    casualty=[
        C('killing at least 14 people', 'killed', 14, 'at-least', 'people', id='tot'),
        C('six guardsmen', 'killed', 6, 'exact', 'soldiers', sub='tot'),
        C('five municipal police officers', 'killed', 5, 'exact', 'soldiers', sub='tot'),
        C('three civilians', 'killed', 3, 'exact', 'civilians', sub='tot'),
        C('At least 11 people were wounded', 'injured', 11, 'at-least', 'people', id='w'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='w'),
        C('killed eight of the attackers', 'killed', 8, 'exact', 'fighters'),
        C('arrested a dozen others', 'detained', 12, 'exact', 'fighters', id='arr'),
        C('two women', 'detained', 2, 'exact', 'women', sub='arr'),
        C('lost only three of its fighters', 'killed', 3, 'exact', 'fighters', tags='contradicted'),
        C('two guardsmen remained missing', 'missing', 2, 'exact', 'soldiers'),
        C('the death toll had risen to 16', 'killed', 16, 'exact', 'people', tags='update'),
        C('two of the wounded guardsmen died', 'killed', 2, 'exact', 'soldiers', sub='w'),
        C('about 300 families had left', 'displaced', 300, 'approx', 'people'),
        C('nine police officers were shot dead', 'killed', 9, 'exact', 'soldiers'),
        C('more than 29,000 homicides', 'killed', 29000, 'at-least', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('the Veracruz state security ministry', 'official'),
        S('the ministry', 'official'),
        S('a shopkeeper on the main square', 'anonymous'),
        S('the Mexican Red Cross', 'ngo'),
        S('Veracruz Governor Adriana Solís Méndez', 'official', form='title-name'),
        S('The Cártel de la Sierra', 'military'),
        S('The Defence Ministry', 'military'),
        S('the state prosecutor’s office', 'official'),
        S('Local authorities', 'official'),
        S('The governor', 'official', form='role'),
        S('official figures', 'official', form='document'),
    ],
    numbers=[
        N('11:00 pm', 'time'),
        N('around 40 gunmen', 'count-people'),
        N('two armoured vehicles', 'count-objects'),
        N('16-year-old', 'age'),
        N('almost two hours', 'duration'),
        N('some 50 kilometres', 'distance'),
        N('600 extra troops', 'count-people'),
        N('2021', 'year'),
        N('mid-2000s', 'year'),
    ])

# td02: gunmen fire on a mayoral candidate's campaign rally in Boca del Río (Reuters style, American
# spelling, straight quotes)
A['td02.txt'] = dict(
    casualty=[
        C('killing at least eight people', 'killed', 8, 'at-least', 'people', id='tot'),
        C('wounding 23', 'injured', 23, 'exact', 'people', id='inj'),
        C('three of the dead', 'killed', 3, 'exact', 'people', sub='tot'),
        C('Six of the wounded', 'injured', 6, 'exact', 'people', sub='inj'),
        C('the death toll to 10', 'killed', 10, 'exact', 'people', tags='update'),
        C('two more victims had died', 'killed', 2, 'exact', 'people'),
        C('arrested four suspects', 'detained', 4, 'exact', 'people'),
        C('killed three suspected gang members', 'killed', 3, 'exact', 'fighters'),
        C('two soldiers were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('the number of people killed at the rally at 12', 'killed', 12, 'exact', 'people', tags='contradicted'),
        C('At least 34 political candidates have been killed', 'killed', 34, 'at-least', 'people', id='cand'),
        C('19 of those killings', 'killed', 19, 'exact', 'people', sub='cand'),
        C('212 homicides', 'killed', 212, 'exact', 'people'),
        C('Roughly 70 families', 'displaced', 70, 'approx', 'people'),
        C("two of Tejeda's police bodyguards were still missing", 'missing', 2, 'exact', 'soldiers'),
    ],
    sources=[
        S('Veracruz state officials', 'official'),
        S('state prosecutor Ernesto Valdivia', 'official', form='title-name'),
        S('Valdivia', 'official', nth=1, form='name'),
        S("The state's security ministry", 'official'),
        S('Witnesses', 'witness'),
        S('Lucía Herrera', 'witness', form='name'),
        S('the ministry', 'official'),
        S('A police commander', 'anonymous'),
        S('the local newspaper Diario del Puerto', 'media'),
        S("Mexico's Defense Ministry", 'military'),
        S("The ruling party's national leader, Javier Ordaz", 'other', form='title-name'),
        S('An opposition lawmaker, Rubén Carmona', 'official', form='title-name'),
        S('hospital staff', 'anonymous'),
        S('Mexico City-based consultancy Riesgo Político', 'ngo'),
        S("The state prosecutor's office", 'official'),
        S("the city's civil protection office", 'official'),
        S('the prosecutor', 'official', form='role'),
    ],
    numbers=[
        N('41', 'age'),
        N('at least five times', 'other'),
        N('about 400 supporters', 'count-people'),
        N('9-year-old', 'age'),
        N('35', 'age'),
        N('17-year-old', 'age'),
        N('20,000 pesos', 'money'),
        N('1,200 candidates', 'count-people'),
        N('31-19', 'vote'),
        N('two months', 'duration'),
        N('about 145,000 people', 'population'),
        N('nine months', 'duration'),
        N('38%', 'percentage'),
    ])

# td03: an attack on the municipal police headquarters in Coatepec, in the voice of the state
# government's news service (en-dash dateline, "gave their lives", "aggressors", "generators of
# violence", reports "categorically" rejected as false)
A['td03.txt'] = dict(
    casualty=[
        C('killing 9 aggressors', 'killed', 9, 'exact', 'fighters'),
        C('arresting 6 others', 'detained', 6, 'exact', 'fighters', id='det'),
        C('Two municipal police officers gave their lives', 'killed', 2, 'exact', 'soldiers', id='pol'),
        C('4 more were wounded', 'injured', 4, 'exact', 'soldiers'),
        C('Several aggressors were wounded', 'injured', None, 'vague', 'fighters'),
        C('the 2 agents', 'killed', 2, 'exact', 'soldiers', tags='repeat'),
        C('2 women', 'detained', 2, 'exact', 'women', sub='det'),
        C('the kidnapping of at least 14 people', 'detained', 14, 'at-least', 'people', id='kid'),
        C('5 of whom', 'detained', 5, 'exact', 'people', sub='kid'),
        C('15 civilians died', 'killed', 15, 'exact', 'civilians', id='fake', tags='contradicted'),
        C('3 coffee pickers', 'killed', 3, 'exact', 'other', sub='fake'),
        C('fewer than 40 people', 'displaced', 40, 'at-most', 'people'),
        C('the 600 displaced persons', 'displaced', 600, 'exact', 'people', tags='contradicted'),
        C('arrested 187 alleged criminals', 'detained', 187, 'exact', 'people'),
        C('23 police officers have fallen', 'killed', 23, 'exact', 'soldiers'),
        C('The 4 wounded officers', 'injured', 4, 'exact', 'soldiers', tags='repeat'),
    ],
    sources=[
        S('the Co-ordination Group for Peace and Security in Veracruz', 'official'),
        S('the Group', 'official'),
        S('Governor Adriana Solís Méndez', 'official', form='title-name'),
        S('The FGE', 'official'),
        S('The State Government', 'official'),
        S('some media outlets', 'media'),
        S('The Co-ordination Group', 'official'),
        S('the Secretary of Public Security, Vice-Admiral Tomás Anaya Ríos', 'official', form='title-name'),
        S('The Secretary', 'official', form='role'),
        S('the Municipal President, Luis Enrique Domínguez', 'official', form='title-name'),
        S('a civil organisation', 'ngo'),
        S('figures from the SSP', 'official', form='document'),
        S('the State Health Secretariat', 'official'),
    ],
    numbers=[
        N('22 October', 'date'),
        N('4:15 am', 'time'),
        N('500,000 pesos', 'money'),
        N('350 elements', 'count-people'),
        N('200 National Guard personnel', 'count-people'),
        N('150 troops', 'count-people'),
        N('3 permanent checkpoints', 'count-objects'),
        N('911', 'other'),
        N('089', 'other'),
    ])

# td04: an armed attack on a Nahua village, Tepetlacotla, in the Sierra de Zongolica (an NGO statement
# with a list of demands and notes to editors, British spelling, curly quotes)
A['td04.txt'] = dict(
    casualty=[
        C('the killing of seven Indigenous Nahua villagers', 'killed', 7, 'exact', 'civilians', id='tot'),
        C('two women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('Five more people were wounded', 'injured', 5, 'exact', 'people', id='w'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='w'),
        C('at least four men remain missing', 'missing', 4, 'at-least', 'men', id='miss'),
        C('A number of residents were beaten', 'injured', None, 'vague', 'civilians'),
        C('an estimated 480 people', 'displaced', 480, 'approx', 'people', id='disp'),
        C('212 of them', 'displaced', 212, 'exact', 'people', id='reg', sub='disp'),
        C('97 of whom are children', 'displaced', 97, 'exact', 'children', sub='reg'),
        C('Twenty-three Indigenous land defenders have been killed', 'killed', 23, 'exact', 'civilians'),
        C('at least nine others have disappeared', 'missing', 9, 'at-least', 'civilians'),
        C('arrested two suspects', 'detained', 2, 'exact', 'people'),
        C('the bodies of three of the missing men', 'killed', 3, 'exact', 'men', sub='miss'),
        C('the number of dead at five', 'killed', 5, 'exact', 'civilians', tags='contradicted'),
        C('two of the wounded', 'injured', 2, 'exact', 'people', sub='w'),
        C('the 480 displaced villagers', 'displaced', 480, 'exact', 'civilians', tags='repeat'),
        C('the seven killings', 'killed', 7, 'exact', 'civilians', tags='repeat'),
    ],
    sources=[
        S('The Sierra Human Rights Centre (SHRC)', 'ngo'),
        S('testimonies', 'witness', form='document'),
        S('a woman from Tepetlacotla', 'anonymous'),
        S('SHRC', 'ngo', nth=3, form='organisation'),
        S('SHRC’s records', 'ngo', form='document'),
        S('The Veracruz State Attorney General’s Office', 'official'),
        S('Community authorities in Tepetlacotla', 'official'),
        S('The Defence Ministry', 'military'),
        S('Zongolica’s municipal president, Arturo Xochicale', 'official', form='title-name'),
        S('Doctors at the community hospital in Zongolica', 'anonymous'),
    ],
    numbers=[
        N('12 March 2025', 'date'),
        N('15-year-old', 'age'),
        N('8 March', 'date'),
        N('around 30 armed men', 'count-people'),
        N('four vehicles', 'count-objects'),
        N('10 pm', 'time'),
        N('12 homes', 'count-objects'),
        N('2022', 'year'),
        N('70 km', 'distance'),
        N('72 hours', 'duration'),
        N('2023', 'year'),
        N('2009', 'year'),
        N('46 Nahua communities', 'count-objects'),
    ])

# td05: clashes between armed groups and displacement in Maltrata (a UN OCHA-style flash update:
# highlights, situation overview, displacement by site, protection, health, education, food, funding)
A['td05.txt'] = dict(
    casualty=[
        C('killed at least 19 people', 'killed', 19, 'at-least', 'people', id='hl'),
        C('4 children', 'killed', 4, 'exact', 'children', sub='hl'),
        C('An estimated 2,300 people have fled', 'displaced', 2300, 'approx', 'people'),
        C('at least 7 people are missing', 'missing', 7, 'at-least', 'people'),
        C('the death toll stands at 19', 'killed', 19, 'exact', 'people', id='ov', tags='repeat'),
        C('4 children', 'killed', 4, 'exact', 'children', nth=1, sub='ov', tags='repeat'),
        C('3 members of the municipal police', 'killed', 3, 'exact', 'soldiers', sub='ov'),
        C('26 people have been injured', 'injured', 26, 'exact', 'people', id='inj'),
        C('9 of them', 'injured', 9, 'exact', 'people', sub='inj'),
        C('the number of people killed at 24', 'killed', 24, 'exact', 'people', id='mun', tags='contradicted'),
        C('6 people', 'killed', 6, 'exact', 'people', sub='mun'),
        C('2,312 displaced people', 'displaced', 2312, 'exact', 'people', id='disp'),
        C('1,140 people', 'displaced', 1140, 'exact', 'people', sub='disp'),
        C('some 560 people', 'displaced', 560, 'approx', 'people', sub='disp'),
        C('412 people', 'displaced', 412, 'exact', 'people', sub='disp'),
        C('200 people', 'displaced', 200, 'exact', 'people', sub='disp'),
        C('at least 7 people', 'missing', 7, 'at-least', 'people', nth=1, id='miss', tags='repeat'),
        C('2 adolescents', 'missing', 2, 'exact', 'children', sub='miss'),
        C('5 men were abducted', 'detained', 5, 'exact', 'men'),
        C('26 people with gunshot wounds', 'injured', 26, 'exact', 'people', id='hosp', tags='repeat'),
        C('2 of them died', 'killed', 2, 'exact', 'people', sub='hosp'),
    ],
    sources=[
        S("the State Attorney General's Office", 'official'),
        S('Partners', 'ngo', nth=0, form='collective'),
        S("the State Attorney General's Office (FGE)", 'official'),
        S('Municipal authorities', 'official'),
        S('The municipal civil protection office', 'official'),
        S('Partners', 'ngo', nth=1, form='collective'),
        S('Civil society organisations', 'other', form='collective'),
        S('The regional hospital in the area', 'official'),
        S('Partners', 'ngo', nth=2, form='collective'),
    ],
    numbers=[
        N('Flash Update No. 1', 'other'),
        N('18 November 2024', 'date'),
        N('two armed groups', 'count-objects'),
        N('14 November', 'date'),
        N('11 rural communities', 'count-objects'),
        N('14 November', 'date', nth=1),
        N('two criminal groups', 'count-objects'),
        N('11 communities', 'count-objects'),
        N('16 November', 'date'),
        N('17 November', 'date'),
        N('5°C', 'quantity'),
        N('15 November', 'date'),
        N('3 communities', 'count-objects'),
        N('14 November', 'date', nth=2),
        N('15 November', 'date', nth=1),
        N('2 nurses', 'count-people'),
        N('At least 17 schools', 'count-objects'),
        N('some 1,900 students', 'count-people'),
        N('1,500 food kits', 'count-objects'),
        N('2,500 kits', 'count-objects'),
        N('30 days', 'duration'),
        N('US$350,000', 'money'),
        N('$2.1 million', 'money'),
        N('18%', 'percentage'),
    ])

# td06: a cartel and a vigilante group fight over the coffee hills around Huatusco (a broadcaster's
# website: headline and byline instead of a dateline)
A['td06.txt'] = dict(
    casualty=[
        C('Hundreds of families have abandoned their homes', 'displaced', None, 'vague', 'people'),
        C('At least 26 people have been killed', 'killed', 26, 'at-least', 'people', id='tot'),
        C('11 coffee farmers', 'killed', 11, 'exact', 'civilians', sub='tot'),
        C('three teenage brothers', 'killed', 3, 'exact', 'children', sub='tot'),
        C('killed “more than 40” cartel gunmen', 'killed', 40, 'at-least', 'fighters', tags='contradicted'),
        C('lost seven of their own', 'killed', 7, 'exact', 'fighters'),
        C('14 suspected cartel members had been killed', 'killed', 14, 'exact', 'fighters', tags='contradicted'),
        C('arrested 31 people', 'detained', 31, 'exact', 'people', id='arr'),
        C('nine members of the self-defence group', 'detained', 9, 'exact', 'fighters', sub='arr'),
        C('Nineteen of them', 'killed', 19, 'exact', 'people', sub='tot'),
        C('between 15 and 20 more people are missing', 'missing', None, 'range', 'people', low=15, high=20),
        C('almost 1,400 people', 'displaced', 1400, 'at-most', 'people'),
        C('the figure at around 600', 'displaced', 600, 'approx', 'people', tags='contradicted'),
        C('38 people with injuries', 'injured', 38, 'exact', 'people', id='hosp'),
        C('eight children hurt', 'injured', 8, 'exact', 'children', sub='hosp'),
        C('at least 31 journalists have been killed', 'killed', 31, 'at-least', 'other'),
        C('more than 480,000 people have been killed', 'killed', 480000, 'at-least', 'people'),
        C('over 100,000 are listed as missing', 'missing', 100000, 'at-least', 'people'),
    ],
    sources=[
        S('the local Catholic diocese', 'other'),
        S('María Elena Galván', 'witness', form='name'),
        S('Its spokesman', 'military', form='role'),
        S('The state government', 'official'),
        S('Veracruz’s security secretary, Tomás Anaya Ríos', 'official', form='title-name'),
        S('Father Ricardo Moreno', 'other', form='title-name'),
        S('Municipal officials', 'official'),
        S('the state’s civil protection agency', 'official'),
        S('its director, Dr Alejandro Pineda', 'official', form='title-name'),
        S('The press freedom group Periodistas en Riesgo', 'ngo'),
        S('growers', 'witness', nth=1, form='collective'),
        S('official figures', 'official', form='document'),
    ],
    numbers=[
        N('52', 'age'),
        N('three shelters', 'count-objects'),
        N('about two kilos', 'quantity'),
        N('44', 'age'),
        N('2000', 'year'),
        N('some 8,000 seasonal pickers', 'count-people'),
        N('2006', 'year'),
    ])

# td07: clandestine graves found by a search collective outside Banderilla, on the edge of Xalapa (AP
# style, em-dash dateline, American spelling, straight quotes)
A['td07.txt'] = dict(
    casualty=[
        C('the remains of at least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('at least 300 more people buried', 'killed', 300, 'at-least', 'people'),
        C('confirmed 23 bodies', 'killed', 23, 'exact', 'people', id='conf', tags='repeat'),
        C('as many as a dozen others', 'killed', 12, 'at-most', 'people'),
        C('Four of the victims', 'killed', 4, 'exact', 'people', sub='conf'),
        C('arrested three men', 'detained', 3, 'exact', 'men'),
        C('the remains of at least 41 people', 'killed', 41, 'at-least', 'people', tags='contradicted'),
        C('10 to 15 more bodies', 'killed', None, 'range', 'people', low=10, high=15),
        C('More than 5,000 people remain missing', 'missing', 5000, 'at-least', 'people'),
        C('more than 115,000', 'missing', 115000, 'at-least', 'people'),
        C('At least seven members of search collectives have been killed', 'killed', 7, 'at-least', 'civilians'),
        C("two members of Hernández's group were briefly abducted", 'detained', 2, 'exact', 'civilians'),
        C('wounding four officers', 'injured', 4, 'exact', 'soldiers'),
        C('One of the attackers was killed', 'killed', 1, 'exact', 'fighters'),
        C('1,214 homicides', 'killed', 1214, 'exact', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('The search collective Buscando a Nuestros Hijos, or Searching for Our Children', 'other'),
        S('Rosa Elvia Hernández', 'other', form='name'),
        S('State Attorney General Marco Peredo', 'official', form='title-name'),
        S('Peredo', 'official', nth=1, form='name'),
        S("the prosecutor's office", 'official'),
        S('Members of the collective', 'other', form='collective'),
        S('Hernández', 'other', nth=1, form='name'),
        S("Mexico's National Search Commission", 'official'),
        S('the U.N. human rights office', 'ngo'),
        S('Banderilla Mayor Jorge Ortiz', 'official', form='title-name'),
        S('the state Public Security Ministry', 'official'),
        S('government data', 'official', form='document'),
    ],
    numbers=[
        N('Jan. 9', 'date'),
        N('31 pits', 'count-objects'),
        N('nine of which', 'count-objects'),
        N('58', 'age'),
        N('2013', 'year'),
        N('age 19', 'age'),
        N('2019', 'year'),
        N('2016 to 2018', 'year'),
        N('2021', 'year'),
        N('town of 30,000', 'population'),
        N('9%', 'percentage'),
        N('2023', 'year'),
    ])

# td08: state police open fire on a strike march in the old mill town of Río Blanco (a newspaper's own
# correspondent: headline, byline, an em-dash aside, curly quotes)
A['td08.txt'] = dict(
    casualty=[
        C('leaving at least five people dead', 'killed', 5, 'at-least', 'people'),
        C('dozens injured', 'injured', None, 'vague', 'people', id='dz'),
        C('the death toll at four', 'killed', 4, 'exact', 'people'),
        C('identified six bodies', 'killed', 6, 'exact', 'people', id='six', tags='contradicted'),
        C('two women', 'killed', 2, 'exact', 'women', sub='six'),
        C('the toll stood at six', 'killed', 6, 'exact', 'people', tags='update'),
        C('treated nearly 50 people', 'injured', 50, 'at-most', 'people', id='rc'),
        C('19 of them', 'injured', 19, 'exact', 'people', sub='rc'),
        C('31 injured', 'injured', 31, 'exact', 'people', id='hm', tags='contradicted'),
        C('nine police officers', 'injured', 9, 'exact', 'soldiers', sub='hm'),
        C('14 people had been arrested', 'detained', 14, 'exact', 'people', id='arr'),
        C('four women', 'detained', 4, 'exact', 'women', sub='arr'),
        C('up to 12 of its members have not been seen', 'missing', 12, 'at-most', 'other'),
        C('at least three of the wounded', 'injured', 3, 'at-least', 'people', sub='dz'),
        C('between 20 and 25 gunshot patients', 'injured', None, 'range', 'people', low=20, high=25),
        C('killed scores of striking mill workers', 'killed', None, 'vague', 'other'),
        C('one of the wounded', 'killed', 1, 'exact', 'people', sub='rc'),
        C('bringing the toll to seven', 'killed', 7, 'exact', 'people', tags='update'),
    ],
    sources=[
        S('The state prosecutor’s office', 'official'),
        S('relatives and union representatives', 'witness', form='collective'),
        S('the office', 'official'),
        S('Guadalupe Ortega', 'witness', form='name'),
        S('the union', 'other'),
        S('The Mexican Red Cross', 'ngo'),
        S('the state health ministry', 'official'),
        S('The state security ministry', 'official'),
        S('The union', 'other'),
        S('a doctor', 'anonymous'),
        S('The National Human Rights Commission', 'official'),
        S('the Red Cross', 'ngo'),
    ],
    numbers=[
        N('17-year-old', 'age'),
        N('29', 'age'),
        N('34-year-old', 'age'),
        N('About 1,800 workers', 'count-people'),
        N('11 weeks', 'duration'),
        N('600 jobs', 'other'),
        N('about 3,000 people', 'count-people'),
        N('5:30pm', 'time'),
        N('23 spent shell casings', 'count-objects'),
        N('two hours', 'duration'),
        N('January 1907', 'date'),
        N('six investigators', 'count-people'),
        N('52-year-old', 'age'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
