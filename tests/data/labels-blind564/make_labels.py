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

# ---------------------------------------------------------------- labels (blind set 564: hg01-hg08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('murdered / martyred / executed / annihilated / found dead / remains of / cost … lives / bury',
     r'\bmurdered\b|\bmartyred\b|\bexecuted\b|\bannihilated\b|\bfound dead\b|\bremains\b|\blives\b|\bbury\b'),
    ('captured / taken / took / rounded up / held', r'\bcaptured\b|\bcapturing\b|\btaken\b|\btook\b|\brounded up\b'),
    ('disappeared / cases of enforced disappearance / whereabouts unknown',
     r'\bdisappeared\b|\bdisappearance\b|\bwhereabouts\b'),
    ('evacuated / left their homes / taken refuge / returned', r'\bevacuated\b|\bleft their homes\b|\brefuge\b|\breturned\b'),
    ('injuries / treated', r'\binjuries\b|\btreated\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('peasants/villagers', r'\b(?:peasants|villagers)\b'),
    ('subversives/attackers/guerrillas', r'\b(?:subversives|attackers|guerrillas)\b'),
    ('officers/members of the Army/police guards/security forces',
     r'\b(?:officers|members of the Army|police|guards|security forces|forces of order)\b'),
    ('engineers/road workers/councillors/authorities', r'\b(?:engineers|road workers|councillors|authorities)\b'),
    ('boys/minors/adolescents/girl/sons', r'\b(?:boys|minors|adolescents|girl|sons)\b'),
    ('families/individuals/suspects', r'\b(?:families|individuals|suspects)\b'),
]

# hg01: a Shining Path massacre in a hamlet outside Lircay, Angaraes, Huancavelica (AFP style, one
# sentence a paragraph)
A['hg01.txt'] = dict(
    casualty=[
        C('killed at least 23 peasants', 'killed', 23, 'at-least', 'civilians', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('Fourteen others were wounded', 'injured', 14, 'exact', 'civilians', id='inj'),
        C('nine of them', 'injured', 9, 'exact', 'civilians', sub='inj'),
        C('the number of dead at 19', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('31 people had been killed', 'killed', 31, 'exact', 'people', tags='contradicted'),
        C('killed four of the attackers', 'killed', 4, 'exact', 'fighters'),
        C('captured two others', 'detained', 2, 'exact', 'fighters', id='cap'),
        C('one of them a teenage girl', 'detained', 1, 'exact', 'children', sub='cap'),
        C('between 10 and 12 people were still missing', 'missing', None, 'range', 'people', low=10, high=12),
        C('Around 200 villagers', 'displaced', 200, 'approx', 'civilians'),
        C('killed three road workers', 'killed', 3, 'exact', 'other'),
        C('more than 6,000 people have died', 'killed', 6000, 'at-least', 'people'),
        C('the figure at about 4,300', 'killed', 4300, 'approx', 'people', tags='contradicted'),
        C('Tens of thousands of peasants have fled', 'displaced', None, 'vague', 'civilians'),
    ],
    sources=[
        S('a local official', 'anonymous'),
        S('Lircay’s deputy mayor, Fortunato Quispe', 'official', form='title-name'),
        S('Quispe', 'official', nth=1, form='name'),
        S('Quispe', 'official', nth=2, form='name'),
        S('The army’s political-military command in Huancavelica', 'military'),
        S('The Lima daily La República', 'media'),
        S('police sources', 'anonymous'),
        S('Residents', 'witness'),
        S('the parish priest, Father Anselmo Huamán', 'other', form='title-name'),
        S('the priest', 'other', form='role'),
        S('The Peruvian Red Cross', 'ngo'),
        S('Human rights groups in Lima', 'ngo'),
        S('the government', 'official'),
        S('the Catholic Church’s social action commission', 'ngo'),
    ],
    numbers=[
        N('about 60 men and women', 'count-people'),
        N('70-year-old', 'age'),
        N('two lorries', 'count-objects'),
        N('some 75 kilometres', 'distance'),
        N('two neighbouring hamlets', 'count-objects'),
        N('300 blankets', 'count-objects'),
        N('two tonnes', 'quantity'),
        N('about 6,000', 'population'),
        N('one of the deadliest', 'other'),
        N('May 1980', 'date'),
    ])

# hg02: an ambush on an army convoy and arrests in Acobamba, Huancavelica (Reuters style)
A['hg02.txt'] = dict(
    casualty=[
        C('killing 12 soldiers', 'killed', 12, 'exact', 'soldiers', id='sol'),
        C('wounding at least 17', 'injured', 17, 'at-least', 'soldiers', id='w'),
        C('Three officers were among the dead', 'killed', 3, 'exact', 'soldiers', sub='sol'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'soldiers', sub='w'),
        C('the military death toll to 14', 'killed', 14, 'exact', 'soldiers', tags='update'),
        C('killed "at least 20 terrorists"', 'killed', 20, 'at-least', 'fighters'),
        C('recovered six bodies', 'killed', 6, 'exact', 'people'),
        C('detained dozens of young men', 'detained', None, 'vague', 'men'),
        C('as many as 34 people had been taken', 'detained', 34, 'at-most', 'people', id='det'),
        C('four women', 'detained', 4, 'exact', 'women', sub='det'),
        C('took my two sons', 'detained', 2, 'exact', 'men'),
        C('11 suspects had been arrested', 'detained', 11, 'exact', 'people', tags='contradicted'),
        C('killed nearly 9,000 people', 'killed', 9000, 'at-most', 'people', id='nat'),
        C('some 1,100 members of the security forces', 'killed', 1100, 'approx', 'soldiers', sub='nat'),
        C('the toll at more than 12,000', 'killed', 12000, 'at-least', 'people', tags='contradicted'),
        C('thousands more have disappeared', 'missing', None, 'vague', 'people'),
        C('at least 120,000 people have fled', 'displaced', 120000, 'at-least', 'people'),
    ],
    sources=[
        S('a military communique', 'military', form='document'),
        S('The Joint Command of the Armed Forces', 'military'),
        S('Doctors at the army medical center in Huancayo', 'anonymous'),
        S('A senior police officer', 'anonymous'),
        S('residents', 'witness'),
        S('A local lawyer, Rosa Cardenas', 'other', form='name'),
        S('Eusebia Ccanto', 'witness', form='name'),
        S("The army's political-military command for the emergency zone", 'military'),
        S("Peru's interior ministry", 'official'),
        S('Human rights groups', 'ngo'),
        S('the Roman Catholic Church', 'other'),
        S('A government relief agency', 'official'),
    ],
    numbers=[
        N('one', 'other'),
        N('two trucks', 'count-objects'),
        N('40 troops', 'count-people'),
        N('about 12 km', 'distance'),
        N('7 miles', 'distance'),
        N('between 80 and 100', 'count-people'),
        N('about 9,000 people', 'population'),
        N('54', 'age'),
        N('one of seven provinces', 'count-objects'),
        N('500 million intis', 'money'),
        N('$200,000', 'money'),
        N('1980', 'year'),
        N('1983', 'year'),
    ])

# hg03: a Shining Path incursion on Churcampa, Huancavelica, repelled by the army and the
# self-defence committees (state media, news agency style, en-dash dateline)
A['hg03.txt'] = dict(
    casualty=[
        C('killing 16 subversives', 'killed', 16, 'exact', 'fighters'),
        C('wounding a number of others', 'injured', None, 'vague', 'fighters'),
        C('capturing 9', 'detained', 9, 'exact', 'fighters'),
        C('Three members of the Army were martyred', 'killed', 3, 'exact', 'soldiers'),
        C('7 others were wounded', 'injured', 7, 'exact', 'soldiers'),
        C('murdered 8 defenceless peasants', 'killed', 8, 'exact', 'civilians', id='pea'),
        C('2 women', 'killed', 2, 'exact', 'women', sub='pea'),
        C('wounded 12 others', 'injured', 12, 'exact', 'civilians'),
        C('5 other villagers', 'missing', 5, 'exact', 'civilians'),
        C('the 9 terrorists captured', 'detained', 9, 'exact', 'fighters', id='cap', tags='repeat'),
        C('3 minors', 'detained', 3, 'exact', 'children', sub='cap'),
        C('210 families who had left their homes', 'displaced', 210, 'exact', 'people'),
        C('executed 22 peasants', 'killed', 22, 'exact', 'civilians', tags='contradicted'),
        C('murdered 143 civilians', 'killed', 143, 'exact', 'civilians', id='civ'),
        C('27 members of the forces of order', 'killed', 27, 'exact', 'soldiers'),
        C('61 local authorities and community leaders', 'killed', 61, 'exact', 'civilians', sub='civ'),
    ],
    sources=[
        S('the Political-Military Command of the Central Zone', 'military'),
        S('the official communiqué', 'military', form='document'),
        S('the Command', 'military', form='organisation'),
        S('the Command', 'military', nth=1, form='organisation'),
        S('The Prefect of Huancavelica, Dr. Augusto Salazar Rivas', 'official', form='title-name'),
        S('the Prefect', 'official', form='role'),
        S('The Command', 'military', form='organisation'),
        S('a Lima magazine', 'media'),
        S('the National Institute of Civil Defence', 'official'),
        S('The Political-Military Command', 'military'),
    ],
    numbers=[
        N('15 August', 'date'),
        N('numbering some 120', 'count-people'),
        N('14 homes', 'count-objects'),
        N('14 August', 'date'),
        N('4-year-old', 'age'),
        N('11 rifles', 'count-objects'),
        N('40 sticks of dynamite', 'count-objects'),
        N('2,500 blankets', 'count-objects'),
        N('18 tonnes', 'quantity'),
        N('40 million intis', 'money'),
        N('1984', 'year'),
    ])

# hg04: peasants missing after army raids on Ongoy, Chincheros, Apurímac (NGO statement with a list of
# demands and notes to editors)
A['hg04.txt'] = dict(
    casualty=[
        C('31 peasants missing', 'missing', 31, 'exact', 'civilians'),
        C('at least 31 peasants have disappeared', 'missing', 31, 'at-least', 'civilians', tags='repeat'),
        C('rounded up 58 men and women', 'detained', 58, 'exact', 'people', id='r'),
        C('31 of them', 'detained', 31, 'exact', 'people', sub='r'),
        C('at least nine', 'injured', 9, 'at-least', 'people', sub='r'),
        C('our neighbour’s two boys', 'detained', 2, 'exact', 'children'),
        C('the bodies of at least 14 people', 'killed', 14, 'at-least', 'people', id='b'),
        C('seven of them', 'killed', 7, 'exact', 'people', sub='b'),
        C('four of the bodies', 'killed', 4, 'exact', 'people', sub='b'),
        C('12 people had been detained', 'detained', 12, 'exact', 'people', tags='contradicted'),
        C('five members of his family', 'killed', 5, 'exact', 'civilians'),
        C('roughly 2,400 people have fled', 'displaced', 2400, 'approx', 'people'),
        C('the 31 people detained', 'detained', 31, 'exact', 'people', tags='repeat'),
        C('the 14 bodies', 'killed', 14, 'exact', 'people', tags='repeat'),
        C('1,212 cases of enforced disappearance', 'missing', 1212, 'exact', 'people'),
        C('more than 2,000 people have disappeared', 'missing', 2000, 'at-least', 'people'),
    ],
    sources=[
        S('The Comité Andino de Derechos Humanos (CADEH)', 'ngo'),
        S('Relatives and survivors', 'witness'),
        S('a health worker', 'anonymous'),
        S('a woman from Ccoñani', 'witness', form='role'),
        S('CADEH', 'ngo', nth=3),
        S('Relatives', 'witness', nth=1),
        S('The army', 'military'),
        S('the Political-Military Command of Apurímac', 'military'),
        S('CADEH’s director, Dr Elena Paz Soldán', 'ngo', form='title-name'),
        S('CADEH', 'ngo', nth=6),
        S('the UN Working Group on Enforced or Involuntary Disappearances', 'ngo'),
    ],
    numbers=[
        N('3 October 1990', 'date'),
        N('14 August', 'date'),
        N('2 September', 'date'),
        N('49 days', 'duration'),
        N('21 September', 'date'),
        N('1983', 'year'),
        N('1984', 'year'),
        N('20 July', 'date'),
        N('1985', 'year'),
        N('1983', 'year', nth=1),
        N('two CADEH researchers', 'count-people'),
        N('between 10 and 24 September', 'date'),
    ])

# hg05: attacks and displacement in Uripa, Chincheros, Apurímac (UN flash update: highlights, situation
# overview, displacement by site, protection, health, food, funding)
A['hg05.txt'] = dict(
    casualty=[
        C('At least 27 people killed', 'killed', 27, 'at-least', 'people'),
        C('About 40 injured', 'injured', 40, 'approx', 'people'),
        C('14 still missing', 'missing', 14, 'exact', 'people'),
        C('An estimated 4,100 people displaced', 'displaced', 4100, 'approx', 'people'),
        C('killing at least 27 people', 'killed', 27, 'at-least', 'people', id='t2', tags='repeat'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='t2'),
        C('six women', 'killed', 6, 'exact', 'women', sub='t2'),
        C('A further 40 people were injured', 'injured', 40, 'exact', 'people', id='i2', tags='repeat'),
        C('15 of them', 'injured', 15, 'exact', 'people', sub='i2'),
        C('two of the injured have since died', 'killed', 2, 'exact', 'people', sub='i2'),
        C('the death toll to 29', 'killed', 29, 'exact', 'people', tags='update'),
        C('Fourteen people', 'missing', 14, 'exact', 'people', tags='repeat'),
        C('19 "subversives" were killed', 'killed', 19, 'exact', 'fighters'),
        C('detained at least 12 men', 'detained', 12, 'at-least', 'men'),
        C('An estimated 4,100 people have fled', 'displaced', 4100, 'approx', 'people', id='d', tags='repeat'),
        C('1,650 people', 'displaced', 1650, 'exact', 'people', id='u', sub='d'),
        C('1,200 people', 'displaced', 1200, 'exact', 'people', sub='d'),
        C('640 people', 'displaced', 640, 'exact', 'people', sub='d'),
        C('410 people', 'displaced', 410, 'exact', 'people', sub='d'),
        C('150–250 people', 'displaced', None, 'range', 'people', low=150, high=250, sub='d'),
        C('some 500 people', 'displaced', 500, 'approx', 'people', sub='u'),
        C('23 men were detained', 'detained', 23, 'exact', 'men', id='det'),
        C('8 of them', 'detained', 8, 'exact', 'men', sub='det'),
        C('31 of the injured', 'injured', 31, 'exact', 'people', sub='i2'),
    ],
    sources=[
        S('the Chincheros provincial authorities', 'official'),
        S('health staff', 'anonymous'),
        S('The Political-Military Command for Apurímac', 'military'),
        S('Residents of Pampahuasi', 'witness'),
        S('the provincial civil defence committee', 'official'),
        S('the committee', 'official'),
        S('partners', 'ngo', nth=2, form='collective'),
        S('relatives', 'witness'),
        S('Partners', 'ngo', form='collective'),
        S('the health post', 'official'),
        S('partners', 'ngo', nth=3, form='collective'),
        S('The Government', 'official'),
        S('humanitarian partners', 'ngo', nth=2, form='collective'),
    ],
    numbers=[
        N('Flash Update No. 3', 'other'),
        N('18 November 1992', 'date'),
        N('three nearby communities', 'count-objects'),
        N('Between 9 and 13 November', 'date'),
        N('14 November', 'date'),
        N('17 November', 'date'),
        N('13 November', 'date', nth=1),
        N('Thirty-five unaccompanied children', 'count-people'),
        N('one doctor and two nurses', 'count-people'),
        N('1.2 tonnes', 'quantity'),
        N('38 tonnes', 'quantity'),
        N('2,300 people', 'count-people'),
        N('two weeks', 'duration'),
        N('600 blankets', 'count-objects'),
        N('US$850,000', 'money'),
        N('60 days', 'duration'),
        N('17 November', 'date', nth=1),
        N('US$153,000', 'money'),
        N('18 per cent', 'percentage'),
    ])

# hg06: survivors' accounts of a massacre in Huaccana, Chincheros, Apurímac (a broadcaster's website:
# headline and byline)
A['hg06.txt'] = dict(
    casualty=[
        C('at least 40 people were killed', 'killed', 40, 'at-least', 'people', id='tot'),
        C('scores wounded', 'injured', None, 'vague', 'people', id='w'),
        C('Twenty-six people died', 'killed', 26, 'exact', 'people', tags='contradicted'),
        C('three of her five children', 'killed', 3, 'exact', 'children'),
        C('17 of the wounded', 'injured', 17, 'exact', 'people', sub='w'),
        C('14 of them', 'killed', 14, 'exact', 'people', sub='tot'),
        C('bury 43 bodies', 'killed', 43, 'exact', 'people', id='b'),
        C('a dozen of them children', 'killed', 12, 'exact', 'children', sub='b'),
        C('murdered 26 peasants', 'killed', 26, 'exact', 'civilians', tags='repeat'),
        C('killed nine of the attackers', 'killed', 9, 'exact', 'fighters'),
        C('detained seven men', 'detained', 7, 'exact', 'men', id='d7'),
        C('Five of them were among the dead', 'killed', 5, 'exact', 'men', sub='d7'),
        C('Almost 1,100 people have fled', 'displaced', 1100, 'at-most', 'people'),
        C('cost more than 10,000 lives', 'killed', 10000, 'at-least', 'people'),
        C('at least 1,000 people have disappeared', 'missing', 1000, 'at-least', 'people'),
    ],
    sources=[
        S('Survivors', 'witness'),
        S('the government', 'official'),
        S('several villagers', 'witness'),
        S('Teodora Huamán', 'witness', form='name'),
        S('Local church workers', 'other'),
        S('the Political-Military Command in Ayacucho', 'military'),
        S('Paz y Justicia Andina', 'ngo'),
        S('the group', 'ngo'),
        S("the group's director, Ricardo Ugarte", 'ngo', form='title-name'),
        S('The army', 'military'),
        S('the mayor of Chincheros, Mario Gutiérrez', 'official', form='title-name'),
        S("Peru's government", 'official'),
        S('Paz y Justicia Andina', 'ngo', nth=1),
    ],
    numbers=[
        N('several villagers', 'count-people'),
        N('38', 'age'),
        N('3,200 metres', 'distance'),
        N('six-hour walk', 'duration'),
        N('two days', 'duration'),
        N('about 70 rebels', 'count-people'),
        N('three days', 'duration'),
        N('about 2,600 inhabitants', 'population'),
        N('seven-year', 'duration'),
        N('1983', 'year'),
    ])

# hg07: a Shining Path raid on a workers' camp of the Mantaro hydroelectric complex at Colcabamba,
# Tayacaja, Huancavelica (AP style)
A['hg07.txt'] = dict(
    casualty=[
        C('killing seven police guards', 'killed', 7, 'exact', 'soldiers'),
        C('two engineers', 'killed', 2, 'exact', 'other'),
        C('wounded 13 people', 'injured', 13, 'exact', 'people', id='w'),
        C('four children', 'injured', 4, 'exact', 'children', sub='w'),
        C('five of the wounded', 'injured', 5, 'exact', 'people', sub='w'),
        C('the number of police killed had risen to 10', 'killed', 10, 'exact', 'soldiers', tags='update'),
        C('the bodies of three more guards', 'killed', 3, 'exact', 'soldiers'),
        C('annihilated 20 police', 'killed', 20, 'exact', 'soldiers', tags='contradicted'),
        C('46 people had been detained', 'detained', 46, 'exact', 'people'),
        C('taken eight to 10 young men', 'detained', None, 'range', 'men', low=8, high=10, id='t8'),
        C('two of the men were found dead', 'killed', 2, 'exact', 'men', sub='t8'),
        C('up to 300 people', 'displaced', 300, 'at-most', 'people'),
        C('killed over 15,000 people', 'killed', 15000, 'at-least', 'people'),
    ],
    sources=[
        S('authorities', 'official'),
        S('Interior Ministry spokesman Col. Raul Benavides', 'official', form='title-name'),
        S("the camp's chief physician, Dr. Julio Arana", 'official', form='title-name'),
        S('Benavides', 'official', nth=1, form='name'),
        S('Pro-rebel newspaper El Diario', 'media'),
        S('Police', 'official', form='collective'),
        S('Residents of Colcabamba', 'witness'),
        S('a farmer', 'witness', form='role'),
        S('Relatives', 'witness'),
        S('The state electricity company, Electroperu', 'official'),
        S('a Senate commission on violence', 'official'),
    ],
    numbers=[
        N('three transmission towers', 'count-objects'),
        N('about 150 miles', 'distance'),
        N('nine hours', 'duration'),
        N('as many as 150 guerrillas', 'count-people'),
        N('3:30 a.m.', 'time'),
        N('14 weapons', 'count-objects'),
        N('17', 'age'),
        N('at least $2 million', 'money'),
        N('about 40%', 'percentage'),
        N('more than 250 of its towers', 'count-objects'),
        N('1982', 'year'),
        N('1980', 'year'),
    ])

# hg08: the exhumation of a grave behind the old army barracks at Chalhuanca, Aymaraes, Apurímac
# (a newspaper's own correspondent, byline)
A['hg08.txt'] = dict(
    casualty=[
        C('the remains of 17 people', 'killed', 17, 'exact', 'people', id='r'),
        C('at least 11 of them men', 'killed', 11, 'at-least', 'men', sub='r'),
        C('64 people', 'missing', 64, 'exact', 'people'),
        C('fewer than 15', 'killed', 15, 'at-most', 'people', tags='contradicted'),
        C('17 individuals', 'killed', 17, 'exact', 'people', id='r2', tags='repeat'),
        C('two or three adolescents', 'killed', None, 'range', 'children', low=2, high=3, sub='r2'),
        C('some 3,000 peasants who fled', 'displaced', 3000, 'approx', 'civilians', id='d'),
        C('killed at least 30 people', 'killed', 30, 'at-least', 'people', id='g'),
        C('four of his councillors', 'killed', 4, 'exact', 'civilians', sub='g'),
        C('wounded 47', 'injured', 47, 'exact', 'people'),
        C('about 1,800 of the displaced', 'displaced', 1800, 'approx', 'civilians', sub='d'),
        C('several hundred more', 'displaced', None, 'vague', 'civilians', sub='d'),
        C('at least 25,000 dead', 'killed', 25000, 'at-least', 'people'),
        C('some 600,000 displaced', 'displaced', 600000, 'approx', 'people'),
        C('more than 4,000 people had disappeared', 'missing', 4000, 'at-least', 'people'),
    ],
    sources=[
        S('Relatives', 'witness'),
        S('The Association of Families of the Disappeared of Aymaraes', 'ngo'),
        S('Julia Cconislla', 'witness', form='name'),
        S('The army', 'military'),
        S('A spokesman for the Second Military Region', 'military', form='role'),
        S('The defence ministry', 'military'),
        S('the Lima daily Expreso', 'media'),
        S('The chief of the forensic team, Dr Hernán Palomino', 'official', form='title-name'),
        S('the provincial council’s records', 'official', form='document'),
        S('The mayor, Ciro Valer', 'official', form='title-name'),
        S('the National Coordinator for Human Rights', 'ngo'),
    ],
    numbers=[
        N('three pits', 'count-objects'),
        N('1990', 'year'),
        N('between 1984 and 1991', 'year'),
        N('19', 'age'),
        N('52', 'age'),
        N('1992', 'year'),
        N('2,900 metres', 'distance'),
        N('about 4,000', 'population'),
        N('1988', 'year'),
        N('1989', 'year'),
        N('September 1992', 'date'),
        N('13-year', 'duration'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
