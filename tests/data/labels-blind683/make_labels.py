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

# ---------------------------------------------------------------- labels (blind set 683: xf01-xf08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralising / neutralised / murders / homicides / lost … lives / lost (fighters)',
     r'\bneutrali[sz]|\bmurders\b|\bhomicides\b|\blost\b'),
    ('taken / taken away / abducted / arrested / detaining',
     r'\btaken\b|\btook\b|\babducted\b|\bdetaining\b'),
    ('left / leaving / abandoned their homes / forced … from their homes',
     r'\bleft\b|\bleaving\b|\babandoned\b|\bforced\b'),
    ('disappearance / disappeared / reported missing / listed as missing',
     r'\bdisappear|\breported missing\b|\blisted as missing\b'),
    ('lost limbs / with injuries', r'\blimbs\b|\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('guardsmen/National Guard elements/military personnel',
     r'\b(?:guardsmen|elements|military personnel)\b'),
    ('aggressors/gunmen/members', r'\b(?:aggressors|gunmen|members)\b'),
    ('farmworkers/herders', r'\b(?:farmworkers|herders)\b'),
    ('families/suspects/minors/boys/young men/persons/patients',
     r'\b(?:families|suspects|minors|boys|young men|persons|patients)\b'),
]

# xf01: drones drop explosives on the hamlet of El Guayabo, Tumbiscatío (AFP style, one sentence a
# paragraph, en-dash dateline, British spelling, curly quotes)
A['xf01.txt'] = dict(
    casualty=[
        C('killed at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('wounded 14 others', 'injured', 14, 'exact', 'people', id='inj'),
        C('the toll had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('Five of the injured', 'injured', 5, 'exact', 'people', sub='inj', id='f5'),
        C('three women', 'injured', 3, 'exact', 'women', sub='f5'),
        C('some 150 people had fled', 'displaced', 150, 'approx', 'people'),
        C('detained six suspects', 'detained', 6, 'exact', 'people'),
        C('two soldiers had been hurt', 'injured', 2, 'exact', 'soldiers'),
        C('killed “more than 30” members', 'killed', 30, 'at-least', 'fighters', tags='contradicted'),
        C('around 400 people had fled', 'displaced', 400, 'approx', 'people'),
        C('forced more than 9,000 people from their homes', 'displaced', 9000, 'at-least', 'people'),
        C('over 450,000 murders', 'killed', 450000, 'at-least', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the municipal government', 'official'),
        S('Mayor Rosalía Cárdenas', 'official', form='title-name'),
        S('Cárdenas', 'official', nth=1, form='name'),
        S('The Michoacán state prosecutor’s office', 'official'),
        S('the office', 'official'),
        S('A state security official', 'anonymous'),
        S('The official', 'anonymous'),
        S('Residents', 'witness', nth=0),
        S('Evaristo Mendoza', 'witness', form='name'),
        S('The Mexican army', 'military'),
        S('a Defence Ministry source', 'anonymous'),
        S('the CJNG', 'military'),
        S('Residents', 'witness', nth=1),
        S('Father Julián Ortega', 'other', form='title-name'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('official figures', 'official', form='document'),
    ],
    numbers=[
        N('about 300 inhabitants', 'population'),
        N('6:00 am', 'time'),
        N('more than three hours', 'duration'),
        N('at least 20 devices', 'count-objects'),
        N('three or four drones', 'count-objects'),
        N('12-year-old', 'age'),
        N('“dozens” of improvised mines', 'count-objects'),
        N('nearly two hours', 'duration'),
        N('25 kilometres', 'distance'),
        N('between 30 and 40 houses', 'count-objects'),
        N('58-year-old', 'age'),
        N('four grandchildren', 'count-people'),
        N('17 drones', 'count-objects'),
        N('40 kilos', 'quantity'),
        N('eight rifles', 'count-objects'),
        N('18 months', 'duration'),
        N('December 2006', 'date'),
    ])

# xf02: an ambush on the National Guard and a gang battle around San Miguel Totolapan (Reuters style,
# Reuters dateline and sign-off, American spelling, straight quotes)
A['xf02.txt'] = dict(
    casualty=[
        C('killing eight guardsmen', 'killed', 8, 'exact', 'soldiers'),
        C('wounding at least 11', 'injured', 11, 'at-least', 'soldiers', id='w'),
        C('Three of the wounded', 'injured', 3, 'exact', 'soldiers', sub='w', id='w3'),
        C('One of them died', 'killed', 1, 'exact', 'soldiers', sub='w3'),
        C('the number of guardsmen killed to nine', 'killed', 9, 'exact', 'soldiers', tags='update'),
        C('recovered 23 bodies', 'killed', 23, 'exact', 'people', id='b'),
        C('17', 'killed', 17, 'exact', 'people', sub='b'),
        C('six', 'killed', 6, 'exact', 'people', sub='b'),
        C('at least four of the dead were farmworkers', 'killed', 4, 'at-least', 'other', sub='b'),
        C('killed "more than 40" members', 'killed', 40, 'at-least', 'fighters', tags='contradicted'),
        C('lost only three of their own', 'killed', 3, 'exact', 'fighters'),
        C('15 to 20 men', 'detained', None, 'range', 'men', low=15, high=20),
        C('roughly 60 families had left', 'displaced', 60, 'approx', 'people'),
        C('as many as 30 people had been taken', 'detained', 30, 'at-most', 'people', tags='contradicted'),
        C('19 suspects had been arrested', 'detained', 19, 'exact', 'people', id='arr'),
        C('two minors', 'detained', 2, 'exact', 'children', sub='arr'),
        C("the day's death toll stood at 32", 'killed', 32, 'exact', 'people', id='t32'),
        C('the nine guardsmen', 'killed', 9, 'exact', 'soldiers', sub='t32', tags='repeat'),
        C('killed five gunmen', 'killed', 5, 'exact', 'fighters'),
        C('two soldiers had been wounded', 'injured', 2, 'exact', 'soldiers'),
        C('1,543 homicides', 'killed', 1543, 'exact', 'people'),
        C('hundreds of people remain missing', 'missing', None, 'vague', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('The National Guard', 'military'),
        S('the force', 'military'),
        S("Guerrero's state prosecutor's office", 'official'),
        S('a state security official', 'anonymous'),
        S('The official', 'anonymous'),
        S('La Familia Michoacana', 'military', nth=1),
        S('a resident of Los Guajes', 'witness', form='role'),
        S('The Guerrero daily Diario de la Sierra', 'media'),
        S('relatives', 'witness'),
        S('State security spokesman Ernesto Villalobos', 'official', form='title-name'),
        S('Villalobos', 'official', nth=1, form='name'),
        S('The Mexican army', 'military'),
        S('Government data', 'official', form='document'),
        S('Rights groups', 'ngo'),
    ],
    numbers=[
        N('Oct 14', 'date'),
        N('two hamlets', 'count-objects'),
        N('12 vehicles', 'count-objects'),
        N('around 4:15 p.m.', 'time'),
        N('about 25,000 people', 'population'),
        N('35 rifles', 'count-objects'),
        N('50-caliber', 'other'),
        N('nearly 200 soldiers and guardsmen', 'count-people'),
        N('about 4%', 'percentage'),
        N('2022', 'year'),
    ])

# xf03: an army and National Guard operation at El Cirián, Chinicuila, in the officialese of a Security
# Cabinet communiqué as relayed by state media (digits throughout, en-dash dateline, straight quotes)
A['xf03.txt'] = dict(
    casualty=[
        C('neutralising 7 aggressors', 'killed', 7, 'exact', 'fighters'),
        C('detaining 12 others', 'detained', 12, 'exact', 'fighters'),
        C('2 National Guard elements lost their lives', 'killed', 2, 'exact', 'soldiers'),
        C('4 military personnel were injured', 'injured', 4, 'exact', 'soldiers'),
        C('A number of the aggressors fled with injuries', 'injured', None, 'vague', 'fighters'),
        C('The 12 detained persons', 'detained', 12, 'exact', 'people', id='d12', tags='repeat'),
        C('2 of foreign nationality', 'detained', 2, 'exact', 'people', sub='d12'),
        C('the bodies of the 7 aggressors', 'killed', 7, 'exact', 'fighters', tags='repeat'),
        C('1 further body was located', 'killed', 1, 'exact', 'people'),
        C('the number of neutralised aggressors to 8', 'killed', 8, 'exact', 'fighters', tags='update'),
        C('more than 200 families had abandoned their homes', 'displaced', 200, 'at-least', 'people',
          tags='contradicted'),
        C('fewer than 20 families moved', 'displaced', 20, 'at-most', 'people'),
        C('3 civilians injured', 'injured', 3, 'exact', 'civilians'),
        C('17 military personnel have lost their lives', 'killed', 17, 'exact', 'soldiers'),
    ],
    sources=[
        S('the Security Cabinet of the Government of Mexico', 'official'),
        S('the communiqué', 'official', form='document'),
        S('the Cabinet', 'official'),
        S("The State Attorney General's Office (FGE)", 'official'),
        S('The Michoacán Government', 'official'),
        S('local media outlets', 'media'),
        S('The state Secretariat of Health', 'official'),
        S('the federal Secretary of Security and Citizen Protection', 'official', form='role'),
        S('The official', 'official', form='role'),
        S('Sedena', 'military', nth=1),
    ],
    numbers=[
        N('22 November 2025', 'date'),
        N('05:40 hours', 'time'),
        N('approximately 30 armed individuals', 'count-people'),
        N('3 improvised explosive devices', 'count-objects'),
        N('9 long weapons', 'count-objects'),
        N('2,400 cartridges', 'count-objects'),
        N('16 magazines', 'count-objects'),
        N('3 drones', 'count-objects'),
        N('1 vehicle', 'count-objects'),
        N('2 kilometres', 'distance'),
        N('20 November', 'date'),
        N('aged 9', 'age'),
        N('1,650 elements', 'count-people'),
        N('2025', 'year', nth=1),
        N('1,184 explosive devices', 'count-objects'),
        N('43 workshops', 'count-objects'),
        N('2022', 'year'),
        N('089', 'other'),
    ])

# xf04: disappearances and displacement in the rancherías of Zirándaro (an NGO statement: headline,
# en-dash dateline, first person plural, a bulleted list of demands, notes to editors, British
# spelling, curly quotes, en-dash asides)
A['xf04.txt'] = dict(
    casualty=[
        C('27 missing', 'missing', 27, 'exact', 'people'),
        C('1,300 displaced', 'displaced', 1300, 'exact', 'people'),
        C('the disappearance of 27 people', 'missing', 27, 'exact', 'people', id='m27', tags='repeat'),
        C('four women', 'missing', 4, 'exact', 'women', sub='m27'),
        C('Eleven of them were taken', 'detained', 11, 'exact', 'people', sub='m27'),
        C('At least 1,300 people', 'displaced', 1300, 'at-least', 'people', tags='repeat'),
        C('the bodies of three men', 'killed', 3, 'exact', 'men', id='b3'),
        C('two of them', 'killed', 2, 'exact', 'men', sub='b3'),
        C('four suspects had been detained', 'detained', 4, 'exact', 'people'),
        C('12 people had been formally reported missing', 'missing', 12, 'exact', 'people', tags='contradicted'),
        C('more than 130,000 people are listed as missing', 'missing', 130000, 'at-least', 'people'),
        C('the 1,300 displaced people', 'displaced', 1300, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('The Montaña y Sierra Human Rights Centre (CDH-MS)', 'ngo'),
        S('the organisation', 'ngo'),
        S('Relatives', 'witness'),
        S('a woman from the ranchería', 'anonymous'),
        S('The Guerrero State Prosecutor’s Office (FGE)', 'official'),
        S('The families', 'witness'),
        S('The Secretariat of National Defence (SEDENA)', 'military'),
        S('The National Guard', 'military'),
        S('the families', 'witness', nth=0),
        S('Marisol Tapia', 'ngo', form='name'),
        S('the National Registry of Missing and Unlocated Persons', 'official'),
    ],
    numbers=[
        N('9 March 2026', 'date'),
        N('16-year-old', 'age'),
        N('14 February', 'date'),
        N('at least 15 pick-up trucks', 'count-objects'),
        N('some 6,000 inhabitants', 'population'),
        N('600 food kits', 'count-objects'),
        N('250 hygiene kits', 'count-objects'),
        N('20 February', 'date'),
        N('2 March', 'date'),
        N('4 kilometres', 'distance'),
        N('nine investigation files', 'count-objects'),
        N('5 March', 'date'),
        N('150 additional soldiers', 'count-people'),
        N('2011', 'year'),
        N('+52 767 104 2290', 'other'),
    ])

# xf05: drone attacks, abductions and displacement in Coyuca de Catalán (a UN OCHA-style flash update:
# title, highlights, overview, displacement by place, protection, health, education, funding; bullet
# lists, digits, "per cent", British spelling, straight quotes)
A['xf05.txt'] = dict(
    casualty=[
        C('At least 2,150 people have been displaced', 'displaced', 2150, 'at-least', 'people'),
        C('6 people were killed', 'killed', 6, 'exact', 'people', id='k0'),
        C('9 injured', 'injured', 9, 'exact', 'people'),
        C('3 of the dead were children', 'killed', 3, 'exact', 'children', sub='k0'),
        C('An estimated 4 people remain missing', 'missing', 4, 'approx', 'people'),
        C('killing 6 people', 'killed', 6, 'exact', 'people', id='k1', tags='repeat'),
        C('3 children', 'killed', 3, 'exact', 'children', sub='k1'),
        C('injuring 9', 'injured', 9, 'exact', 'people', tags='repeat'),
        C('the death toll at 10', 'killed', 10, 'exact', 'people', tags='contradicted'),
        C('5 alleged gunmen were detained', 'detained', 5, 'exact', 'fighters'),
        C('2 soldiers were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('the 2,150 displaced people', 'displaced', 2150, 'exact', 'people', id='d1', tags='repeat'),
        C('1,240 people', 'displaced', 1240, 'exact', 'people', sub='d1'),
        C('around 610 people', 'displaced', 610, 'approx', 'people', sub='d1'),
        C('some 300 people', 'displaced', 300, 'approx', 'people', sub='d1'),
        C('150–200 people are reported to have fled', 'displaced', None, 'range', 'people', low=150, high=200),
        C('at least 11 men were abducted', 'detained', 11, 'at-least', 'men', id='ab'),
        C('7 of them', 'detained', 7, 'exact', 'men', sub='ab'),
        C('4 remain missing', 'missing', 4, 'exact', 'men', sub='ab', tags='repeat'),
        C('14 wounded patients', 'injured', 14, 'exact', 'people', id='hp'),
        C('2 of them died', 'killed', 2, 'exact', 'people', sub='hp'),
    ],
    sources=[
        S('municipal authorities', 'official', nth=0),
        S("the Guerrero State Prosecutor's Office", 'official'),
        S('Local sources', 'anonymous'),
        S('The Ministry of National Defence', 'military'),
        S('municipal authorities', 'official', nth=1),
        S('UNHCR', 'ngo'),
        S('the municipal DIF', 'official'),
        S('Partners', 'ngo'),
        S('The Coyuca de Catalán community hospital', 'official'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('18 June 2025', 'date'),
        N('14 communities', 'count-objects'),
        N('9 June', 'date', nth=0),
        N('12 June', 'date', nth=0),
        N('US$2.4 million', 'money', nth=0),
        N('3 months', 'duration', nth=0),
        N('9 June', 'date', nth=1),
        N('about 42,000', 'population'),
        N('12 June', 'date', nth=1),
        N('about 600 troops', 'count-people'),
        N('14 June', 'date'),
        N('15 June', 'date'),
        N('3 collective shelters', 'count-objects'),
        N('58 per cent', 'percentage'),
        N('9 and 11 June', 'date'),
        N('at least 3 access roads', 'count-objects'),
        N('12 and 15 June', 'date'),
        N('420 consultations', 'count-objects'),
        N('about 3,500 people', 'count-people'),
        N('23 schools', 'count-objects'),
        N('some 1,100 students', 'count-people'),
        N('US$2.4 million', 'money', nth=1),
        N('3 months', 'duration', nth=1),
        N('35 per cent', 'percentage'),
        N('+52 55 4000 9900', 'other'),
    ])

# xf06: a landmine kills soldiers near Cotija, and mines in the farmland (a broadcaster's website:
# headline and byline instead of a dateline, British spelling, curly quotes, en-dash asides)
A['xf06.txt'] = dict(
    casualty=[
        C('kills six soldiers', 'killed', 6, 'exact', 'soldiers'),
        C('Six Mexican soldiers have been killed', 'killed', 6, 'exact', 'soldiers', tags='repeat'),
        C('three others seriously injured', 'injured', 3, 'exact', 'soldiers', id='inj'),
        C('one of the injured soldiers had died', 'killed', 1, 'exact', 'soldiers', sub='inj'),
        C('the death toll to seven', 'killed', 7, 'exact', 'soldiers', tags='update'),
        C('at least 14 farmworkers and herders have died', 'killed', 14, 'at-least', 'other'),
        C('more than 30 have lost limbs', 'injured', 30, 'at-least', 'other'),
        C('about 70 families', 'displaced', 70, 'approx', 'people'),
        C('23 wounded people', 'injured', 23, 'exact', 'people', id='rc'),
        C('five children', 'injured', 5, 'exact', 'children', sub='rc'),
        C('11 soldiers had been killed', 'killed', 11, 'exact', 'soldiers'),
        C('killed nine of their fighters', 'killed', 9, 'exact', 'fighters'),
        C('More than 1,000 people were killed', 'killed', 1000, 'at-least', 'people'),
        C('tens of thousands have been displaced', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('the defence ministry', 'military'),
        S('the ministry', 'military', nth=0),
        S('the ministry', 'military', nth=1),
        S('Local officials', 'official'),
        S('Joaquín Ramírez', 'witness', form='name'),
        S('Mr Ramírez', 'witness', form='name'),
        S('The Red Cross in Michoacán', 'ngo'),
        S('A military official', 'anonymous'),
        S('armed men', 'military'),
        S('The Catholic bishop of the diocese, Monsignor Efraín Olvera', 'other', form='title-name'),
        S('government data', 'official', form='document'),
        S('the UN refugee agency', 'ngo'),
    ],
    numbers=[
        N('2022', 'year'),
        N('40 troops', 'count-people'),
        N('some 20,000 people', 'population'),
        N('34', 'age'),
        N('up to 15 of his neighbours’ cattle', 'count-objects'),
        N('more than 300 explosive devices', 'count-objects'),
        N('2024', 'year'),
        N('several families', 'count-people'),
        N('2023', 'year'),
    ])

# xf07: gunmen attack a baptism party in El Zapote, La Huacana (AP style, em-dash dateline, American
# spelling, straight quotes, an AP contributor line)
A['xf07.txt'] = dict(
    casualty=[
        C('killing a dozen people', 'killed', 12, 'exact', 'people', id='tot'),
        C('three boys', 'killed', 3, 'exact', 'children', sub='tot'),
        C('seven people wounded', 'injured', 7, 'exact', 'people', id='inj'),
        C('two of the wounded', 'injured', 2, 'exact', 'people', sub='inj'),
        C('several of the wounded', 'injured', None, 'vague', 'people', sub='inj'),
        C('almost 20 people had been wounded', 'injured', 20, 'at-most', 'people', tags='contradicted'),
        C('the death toll to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('one of the wounded', 'killed', 1, 'exact', 'people', sub='inj'),
        C('detained four men', 'detained', 4, 'exact', 'men'),
        C('18 people had died', 'killed', 18, 'exact', 'people', tags='contradicted'),
        C('at least 40 families left', 'displaced', 40, 'at-least', 'people'),
        C('1,321 homicides', 'killed', 1321, 'exact', 'people'),
        C('between 2,000 and 3,000 people have been displaced', 'displaced', None, 'range', 'people',
          low=2000, high=3000),
    ],
    sources=[
        S('authorities', 'official', nth=0),
        S("the Michoacán state prosecutor's office", 'official'),
        S('Prosecutors', 'official'),
        S("Michoacán's public security chief, Arturo Beltrán Solís", 'official', form='title-name'),
        S('Local news site Quadratín', 'media'),
        S('hospital staff', 'anonymous'),
        S('a relative of the child being baptized', 'anonymous'),
        S("the prosecutor's office", 'official'),
        S('A state security official', 'anonymous'),
        S('the official', 'anonymous'),
        S('the federal Security Cabinet', 'official'),
        S('A social media account linked to Los Viagras', 'military'),
        S('Residents', 'witness'),
        S('Guadalupe Arreola', 'witness', form='name'),
        S('the federal Executive Secretariat of the National Public Security System', 'official'),
        S('Rights groups', 'ngo'),
    ],
    numbers=[
        N('aged 14 to 17', 'age'),
        N('about 200 residents', 'population'),
        N('at least three vehicles', 'count-objects'),
        N('11 p.m.', 'time'),
        N('more than 150 rounds', 'count-objects'),
        N('about 80 guests', 'count-people'),
        N('dozens of shell casings', 'count-objects'),
        N('6-year-old', 'age'),
        N('71-year-old', 'age'),
        N('two rifles', 'count-objects'),
        N('52', 'age'),
        N('2024', 'year'),
        N("one of Mexico's five deadliest states", 'other'),
        N('two years', 'duration'),
    ])

# xf08: families displaced from the rancherías around Filo de Caballos (a newspaper's own
# correspondent: headline, "From our correspondent" line, first person, present-tense "says", British
# spelling, curly quotes)
A['xf08.txt'] = dict(
    casualty=[
        C('112 people', 'displaced', 112, 'exact', 'people'),
        C('1,870 people have been displaced', 'displaced', 1870, 'exact', 'people'),
        C('the number lower, at 940', 'displaced', 940, 'exact', 'people', tags='contradicted'),
        C('two or three families', 'displaced', None, 'range', 'people', low=2, high=3),
        C('four people have been killed', 'killed', 4, 'exact', 'people'),
        C('Another two died', 'killed', 2, 'exact', 'people'),
        C('five other young men', 'detained', 5, 'exact', 'men'),
        C('22 suspects had been arrested', 'detained', 22, 'exact', 'people'),
        C('nearly a dozen civilians wounded', 'injured', 12, 'at-most', 'civilians', id='rc'),
        C('three of them children', 'injured', 3, 'exact', 'children', sub='rc'),
        C('18 people killed', 'killed', 18, 'exact', 'people'),
        C('13 who have disappeared', 'missing', 13, 'exact', 'people'),
        C('Scores of young men', 'displaced', None, 'vague', 'men'),
    ],
    sources=[
        S('Herminia Lagunas', 'witness', form='name'),
        S('The municipal authorities', 'official'),
        S('The state government', 'official'),
        S('the teacher', 'witness', form='role'),
        S('villagers', 'witness'),
        S('Rufino Salgado', 'witness', form='name'),
        S('A National Guard commander in the area', 'anonymous'),
        S('The International Committee of the Red Cross', 'ngo'),
        S('Father Anselmo Ríos', 'other', form='title-name'),
        S('Ms Lagunas', 'witness', form='name'),
    ],
    numbers=[
        N('three classrooms', 'count-objects'),
        N('19 drones', 'count-objects'),
        N('one afternoon', 'duration'),
        N('63-year-old', 'age'),
        N('about 15 kilometres', 'distance'),
        N('26 rancherías', 'count-objects'),
        N('a handful of families', 'count-people'),
        N('a girl of nine', 'age'),
        N('47', 'age'),
        N('300 guardsmen and soldiers', 'count-people'),
        N('more than 60 drones', 'count-objects'),
        N('450 pesos', 'money'),
        N('900', 'money'),
        N('three-hour', 'duration'),
        N('2023', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
