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

# ---------------------------------------------------------------- labels (blind set 761: zxg01-zxg08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / shot dead / homicides / dead on arrival / victims',
     r'\bneutrali[sz]|\bshot dead\b|\bhomicides\b|\bon arrival\b|\bvictims\b'),
    ('gunshot wounds / grazed / intensive care / serious condition',
     r'\bwounds\b|\bgrazed\b|\bintensive care\b|\bcondition\b'),
    ('expelled / abandoned their homes / have left / have gone / evacuated / spent the night in a church',
     r'\bexpelled\b|\babandoned\b|\bleft\b|\bgone\b|\bevacuated\b|\bspent the night\b'),
    ('beaten', r'\bbeaten\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('suspects/criminals/traffickers/militia members',
     r'\b(?:suspects|criminals|traffickers|militia members)\b'),
    ('teenagers/minors/adolescents/teenage brothers', r'\b(?:teenagers|minors|adolescents?|teenage)\b'),
    ('families/bystanders/young men/young people', r'\b(?:families|bystanders|young men|young people)\b'),
    ('street vendor / shopkeepers / officers', r'\b(?:street vendor|shopkeepers|officers?)\b'),
]

# zxg01: police raid on the Chapadão favela complex, Rio de Janeiro (Reuters style, American spelling,
# straight quotes)
A['zxg01.txt'] = dict(
    casualty=[
        C('killed at least 14 people', 'killed', 14, 'at-least', 'people', id='tot'),
        C('two teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('11 suspects were killed', 'killed', 11, 'exact', 'people'),
        C('Two police officers were wounded', 'injured', 2, 'exact', 'soldiers', id='pol'),
        C('one of them', 'injured', 1, 'exact', 'soldiers', sub='pol'),
        C('at least three of the dead', 'killed', 3, 'at-least', 'people', sub='tot'),
        C('five or six bodies', 'killed', None, 'range', 'people', low=5, high=6),
        C('19 people with gunshot wounds', 'injured', 19, 'exact', 'people', id='h'),
        C('eight of whom were dead', 'killed', 8, 'exact', 'people', sub='h'),
        C('Six others', 'injured', 6, 'exact', 'people', sub='h'),
        C('the toll to 16', 'killed', 16, 'exact', 'people', tags='update'),
        C('two more bodies were found', 'killed', 2, 'exact', 'people'),
        C('arrested 23 people', 'detained', 23, 'exact', 'people', id='arr'),
        C('five minors', 'detained', 5, 'exact', 'children', sub='arr'),
        C('at least 20 deaths', 'killed', 20, 'at-least', 'people', tags='contradicted'),
        C('As many as 200 families fled', 'displaced', 200, 'at-most', 'people'),
        C('killed 871 people', 'killed', 871, 'exact', 'people'),
        C('a record 1,814', 'killed', 1814, 'exact', 'people'),
    ],
    sources=[
        S('state officials', 'official'),
        S("Rio's Military Police", 'official'),
        S('the statement', 'official', form='document'),
        S("The force's commander, Colonel Marcelo Viana", 'official', form='title-name'),
        S('Residents', 'witness'),
        S('a resident', 'anonymous'),
        S('a spokeswoman for the state health department', 'anonymous'),
        S("the state's Civil Police", 'official'),
        S('the Military Police', 'official'),
        S("Rio de Janeiro's Public Defender's Office", 'official'),
        S("The city's education department", 'official'),
        S('residents', 'witness', nth=1),
        S("the state's Public Security Institute (ISP)", 'official'),
        S('Rights groups', 'ngo'),
    ],
    numbers=[
        N('one of the deadliest', 'other'),
        N('5 a.m.', 'time'),
        N('Four rifles', 'count-objects'),
        N('two pistols', 'count-objects'),
        N('30 kg', 'quantity'),
        N('19-year-old', 'age'),
        N('four hours', 'duration'),
        N('12 stolen cars', 'count-objects'),
        N('41 schools', 'count-objects'),
        N('nine daycare centers', 'count-objects'),
        N('some 13,000 pupils', 'count-people'),
        N('2019', 'year'),
    ])

# zxg02: gunmen attack a bar in the militia-run Rio das Pedras (AP style, American spelling, straight
# quotes, em-dash dateline, contributor line)
A['zxg02.txt'] = dict(
    casualty=[
        C('killing six people', 'killed', 6, 'exact', 'people', id='tot'),
        C('wounding at least nine others', 'injured', 9, 'at-least', 'people'),
        C('three of the dead were militia members', 'killed', 3, 'exact', 'fighters', sub='tot'),
        C('11 wounded', 'injured', 11, 'exact', 'people', id='h'),
        C('two of them children', 'injured', 2, 'exact', 'children', sub='h'),
        C('four remained in intensive care', 'injured', 4, 'exact', 'people', sub='h'),
        C('the death toll to seven', 'killed', 7, 'exact', 'people', tags='update'),
        C('two young men', 'missing', 2, 'exact', 'men'),
        C('arrested four suspects', 'detained', 4, 'exact', 'people'),
        C('killed "more than 20 traffickers"', 'killed', 20, 'at-least', 'fighters', tags='contradicted'),
        C('12 people killed', 'killed', 12, 'exact', 'people'),
        C('21 wounded', 'injured', 21, 'exact', 'people'),
        C('nearly 60 deaths', 'killed', 60, 'at-most', 'people'),
        C('Hundreds of families have left', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('police', 'official'),
        S('Civil Police chief Fernanda Lobo', 'official', form='title-name'),
        S('Lobo', 'official', nth=1, form='name'),
        S('a waiter', 'anonymous'),
        S('The Lourenço Jorge municipal hospital', 'official'),
        S('the hospital', 'official'),
        S('Relatives', 'witness'),
        S('Maria das Graças Souza', 'witness', form='name'),
        S('the state Military Police', 'official'),
        S('State Public Security Secretary Rafael Torres', 'official', form='title-name'),
        S('Militia leaders', 'military'),
        S('Police', 'official', nth=3),
        S('The Rio Violence Monitor', 'ngo'),
        S('the group', 'ngo'),
        S('the monitor', 'ngo'),
    ],
    numbers=[
        N('up to 15 gunmen', 'count-people'),
        N('62-year-old', 'age'),
        N('two cars', 'count-objects'),
        N('58', 'age'),
        N('27', 'age'),
        N('three rifles', 'count-objects'),
        N('300 officers', 'count-people'),
        N('some 80,000 people', 'population'),
        N('1990s', 'year'),
        N('37 shootings', 'count-objects'),
        N('14 schools', 'count-objects'),
    ])

# zxg03: a Bahia Public Security Secretariat (SSP-BA) news note on an operation in Jequié (police
# communiqué in translated officialese, digits throughout, British spelling, straight quotes)
A['zxg03.txt'] = dict(
    casualty=[
        C('6 suspects were neutralised', 'killed', 6, 'exact', 'people'),
        C('One police officer was grazed', 'injured', 1, 'exact', 'soldiers'),
        C('Several residents were evacuated', 'displaced', None, 'vague', 'civilians'),
        C('9 people were arrested', 'detained', 9, 'exact', 'people', id='arr'),
        C('2 women', 'detained', 2, 'exact', 'women', sub='arr'),
        C('1 adolescent', 'detained', 1, 'exact', 'children', sub='arr'),
        C('at least 15 homicides', 'killed', 15, 'at-least', 'people', id='hom'),
        C('3 young people', 'killed', 3, 'exact', 'people', sub='hom'),
        C('2 military police officers were shot dead', 'killed', 2, 'exact', 'soldiers'),
        C('about 30 families had been expelled from their homes', 'displaced', 30, 'approx', 'people', id='fam'),
        C('18 of them', 'displaced', 18, 'exact', 'people', sub='fam'),
        C('8 people died', 'killed', 8, 'exact', 'people', id='web', tags='contradicted'),
        C('2 residents', 'killed', 2, 'exact', 'civilians', sub='web', tags='contradicted'),
        C('All 6', 'killed', 6, 'exact', 'people', tags='repeat'),
        C('214 people have been arrested', 'detained', 214, 'exact', 'people'),
    ],
    sources=[
        S('the Public Security Secretariat of Bahia (SSP-BA)', 'official'),
        S('the SSP-BA', 'official'),
        S('The management of the HGPV', 'official'),
        S('the commander of the Southwest Regional Policing Command, Colonel Antônio Brandão', 'official',
          form='title-name'),
        S('the Civil Police', 'official', nth=1),
        S('The Municipal Social Assistance Secretariat', 'official'),
        S('The SSP-BA', 'official'),
        S('a local news website', 'media'),
        S('residents', 'witness'),
        S('the secretariat', 'official'),
        S('the Regional Command', 'official'),
    ],
    numbers=[
        N('9 September 2025', 'date'),
        N('Sunday (7)', 'date'),
        N('around 5:30 am', 'time'),
        N('2 rifles', 'count-objects'),
        N('4 pistols', 'count-objects'),
        N('1 revolver', 'count-objects'),
        N('3 grenades', 'count-objects'),
        N('380 rounds', 'count-objects'),
        N('approximately 12 kg', 'quantity'),
        N('Km 3 of the BR-330', 'other'),
        N('47 firearms', 'count-objects'),
        N('some 365 km', 'distance'),
        N('about 158,000 inhabitants', 'population'),
        N('(71) 3235-0000', 'other'),
    ])

# zxg04: a Rio NGO's statement on the faction war in Parada de Lucas (NGO statement: headline, en-dash
# dateline, first person plural, demands, notes to editors, British spelling, curly quotes)
A['zxg04.txt'] = dict(
    casualty=[
        C('At least nine people have been killed', 'killed', 9, 'at-least', 'people', id='tot'),
        C('23 wounded', 'injured', 23, 'exact', 'people', id='w'),
        C('four were bystanders', 'killed', 4, 'exact', 'civilians', sub='tot'),
        C('At least three of the wounded are children', 'injured', 3, 'at-least', 'children', sub='w'),
        C('164 families', 'displaced', 164, 'exact', 'people'),
        C('some 540 people', 'displaced', 540, 'approx', 'people'),
        C('killed three “armed criminals”', 'killed', 3, 'exact', 'fighters', id='pol'),
        C('arrested 12', 'detained', 12, 'exact', 'fighters'),
        C('one of the three was a street vendor', 'killed', 1, 'exact', 'other', sub='pol'),
        C('only two of the dead were bystanders', 'killed', 2, 'exact', 'civilians', sub='tot',
          tags='contradicted'),
        C('up to 20 suspects had been detained', 'detained', 20, 'at-most', 'people'),
        C('Two young men', 'missing', 2, 'exact', 'men'),
        C('31 deaths', 'killed', 31, 'exact', 'people', id='ly'),
        C('19 of them', 'killed', 19, 'exact', 'people', sub='ly'),
        C('the 164 displaced families', 'displaced', 164, 'exact', 'people', tags='repeat'),
        C('the two missing men', 'missing', 2, 'exact', 'men', tags='repeat'),
    ],
    sources=[
        S('the Leopoldina Rights Observatory (ODL)', 'ngo'),
        S('our monitors in the community', 'ngo'),
        S('Luana Ferreira, ODL’s coordinator', 'ngo', form='title-name'),
        S('The Military Police', 'official'),
        S('Residents', 'witness'),
        S('A Military Police spokesperson, Major Tânia Couto', 'official', form='title-name'),
        S('witnesses', 'witness'),
        S('The Civil Police', 'official'),
        S('The municipal health department', 'official'),
        S('the city’s education department', 'official'),
        S('Ferreira', 'ngo', nth=1, form='name'),
        S('our monitors', 'ngo', nth=1),
    ],
    numbers=[
        N('22 October 2025', 'date'),
        N('1 October', 'date'),
        N('10-year-old', 'age'),
        N('14 October', 'date'),
        N('9 October', 'date'),
        N('11 of the past 21 days', 'duration'),
        N('at least 2,300 consultations', 'count-objects'),
        N('140 vaccinations', 'count-objects'),
        N('Fourteen municipal schools', 'count-objects'),
        N('6,200 pupils', 'count-people'),
        N('at least eight days', 'duration'),
        N('2016', 'year'),
        N('11 communities', 'count-objects'),
        N('+55 21 98765-4321', 'other'),
    ])

# zxg05: armed violence in Valéria, Salvador (UN-style flash update: title, highlights, situation
# overview, displacement, education, health, protection, response, funding; bullets, digits, "per cent")
A['zxg05.txt'] = dict(
    casualty=[
        C('At least 12 people have been killed', 'killed', 12, 'at-least', 'people'),
        C('17 injured', 'injured', 17, 'exact', 'people'),
        C('An estimated 2,100 people', 'displaced', 2100, 'approx', 'people'),
        C('about 600 families', 'displaced', 600, 'approx', 'people'),
        C('5 people', 'missing', 5, 'exact', 'people', id='m5'),
        C('2 adolescents', 'missing', 2, 'exact', 'children', sub='m5'),
        C('12 people were killed', 'killed', 12, 'exact', 'people', id='o12', tags='repeat'),
        C('7 of them', 'killed', 7, 'exact', 'people', sub='o12'),
        C('3 of those killed were children', 'killed', 3, 'exact', 'children', sub='o12'),
        C('17 people were injured', 'injured', 17, 'exact', 'people', id='o17', tags='repeat'),
        C('2 police officers', 'injured', 2, 'exact', 'soldiers', sub='o17'),
        C('the death toll higher, at 15', 'killed', 15, 'exact', 'people', id='co', tags='contradicted'),
        C('at least 4 of those killed', 'killed', 4, 'at-least', 'people', sub='co'),
        C('596 families', 'displaced', 596, 'exact', 'people'),
        C('2,087 people', 'displaced', 2087, 'exact', 'people'),
        C('150–200 people', 'displaced', None, 'range', 'people', low=150, high=200),
        C('11 people with gunshot wounds', 'injured', 11, 'exact', 'people', id='hosp'),
        C('2 died', 'killed', 2, 'exact', 'people', sub='hosp'),
        C('14 people were detained', 'detained', 14, 'exact', 'people'),
    ],
    sources=[
        S('the Bahia State Public Security Secretariat (SSP-BA)', 'official'),
        S('municipal figures', 'official', form='document'),
        S('The SSP-BA', 'official'),
        S('Community organisations', 'other'),
        S('The Municipal Secretariat for Social Promotion (SEMPRE)', 'official'),
        S('Partners', 'ngo'),
        S('the management of the Roberto Santos General Hospital', 'official'),
        S('The State Public Defender’s Office', 'official'),
        S('the SSP-BA', 'official'),
        S('UNICEF', 'ngo'),
    ],
    numbers=[
        N('Flash Update No. 1', 'other'),
        N('18 November 2025', 'date'),
        N('14:00', 'time'),
        N('8 November', 'date'),
        N('9 public schools', 'count-objects'),
        N('4,300 children and adolescents', 'count-people'),
        N('two criminal factions', 'count-objects'),
        N('8 November', 'date', nth=1),
        N('between 8 and 17 November', 'date'),
        N('aged 13 to 17', 'age'),
        N('3 temporary shelters', 'count-objects'),
        N('41 per cent', 'percentage'),
        N('Around 300 people', 'count-people'),
        N('15 November', 'date'),
        N('9 schools', 'count-objects'),
        N('2 day-care centres', 'count-objects'),
        N('4,300 students', 'count-people'),
        N('6 school days', 'duration'),
        N('6 of the last 10 days', 'duration'),
        N('23 complaints', 'count-objects'),
        N('six of ill-treatment', 'count-objects'),
        N('850 hygiene kits', 'count-objects'),
        N('320 children', 'count-people'),
        N('150 people', 'count-people'),
        N('US$1.2 million', 'money'),
        N('3 months', 'duration'),
        N('35 per cent', 'percentage'),
    ])

# zxg06: a deadly police raid in Simões Filho, Greater Salvador (a broadcaster's website: headline and
# byline instead of a dateline, British spelling, curly quotes, en-dash asides)
A['zxg06.txt'] = dict(
    casualty=[
        C('Seven killed', 'killed', 7, 'exact', 'people'),
        C('Seven people have been killed', 'killed', 7, 'exact', 'people', id='tot', tags='repeat'),
        C('All seven of those killed', 'killed', 7, 'exact', 'people', tags='repeat'),
        C('Two officers were injured', 'injured', 2, 'exact', 'soldiers', id='off'),
        C('one of them', 'injured', 1, 'exact', 'soldiers', sub='off'),
        C('four people were detained', 'detained', 4, 'exact', 'people'),
        C('nine bodies', 'killed', 9, 'exact', 'people', tags='contradicted'),
        C('at least two of the dead were teenagers', 'killed', 2, 'at-least', 'children', sub='tot'),
        C('two other young men have been missing', 'missing', 2, 'exact', 'men'),
        C('killed 1,556 people', 'killed', 1556, 'exact', 'people'),
        C('fewer than 600', 'killed', 600, 'at-most', 'people'),
        C('41 police officers had been killed', 'killed', 41, 'exact', 'soldiers'),
        C('killed five people', 'killed', 5, 'exact', 'people'),
        C('Dozens of families abandoned their homes', 'displaced', None, 'vague', 'people'),
        C('the seven deaths', 'killed', 7, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('Bahia’s Public Security Secretariat', 'official'),
        S('the secretariat', 'official'),
        S('relatives', 'witness'),
        S('Ana Cláudia Santos', 'witness', form='name'),
        S('A neighbour', 'anonymous'),
        S('Residents', 'witness'),
        S('Relatives', 'witness'),
        S('the Brazilian Forum on Public Security (FBSP)', 'ngo'),
        S('The state government', 'official'),
        S('Public Security Secretary Augusto Lemos', 'official', form='title-name'),
        S('Lemos', 'official', nth=1, form='name'),
        S('police', 'official', nth=8),
        S('local media', 'media'),
        S('sociologist Carla Nascimento', 'other', form='title-name'),
        S('Bahia’s Public Prosecutor’s Office', 'official'),
    ],
    numbers=[
        N('eight guns', 'count-objects'),
        N('22-year-old', 'age'),
        N('several years', 'duration'),
        N('about 15%', 'percentage'),
        N('January 2023', 'date'),
        N('scores of residents', 'count-people'),
        N('BA-093', 'other'),
        N('about 114,000 people', 'population'),
        N('one of the highest', 'other'),
        N('15-year-old', 'age'),
    ])

# zxg07: a shootout on the Morro do Dendê, Ilha do Governador, Rio (AFP style, one sentence a paragraph,
# en-dash dateline, British spelling, curly quotes)
A['zxg07.txt'] = dict(
    casualty=[
        C('At least eight people were killed', 'killed', 8, 'at-least', 'people', id='tot'),
        C('11 wounded', 'injured', 11, 'exact', 'people', id='w'),
        C('six of the dead were “criminals”', 'killed', 6, 'exact', 'fighters', sub='tot'),
        C('The other two', 'killed', 2, 'exact', 'people', sub='tot'),
        C('Two police officers', 'injured', 2, 'exact', 'soldiers', sub='w2'),
        C('the 11 wounded', 'injured', 11, 'exact', 'people', id='w2', tags='repeat'),
        C('Three children', 'injured', 3, 'exact', 'children'),
        C('at least 10 people had been killed', 'killed', 10, 'at-least', 'people', tags='contradicted'),
        C('Five suspects were arrested', 'detained', 5, 'exact', 'people'),
        C('Around a dozen families', 'displaced', 12, 'approx', 'people'),
        C('one officer was killed', 'killed', 1, 'exact', 'soldiers'),
        C('killed almost 700 people', 'killed', 700, 'at-most', 'people'),
        C('the death toll to nine', 'killed', 9, 'exact', 'people', tags='update'),
        C('one of the wounded', 'killed', 1, 'exact', 'people', sub='w'),
    ],
    sources=[
        S('officials', 'official'),
        S('the airport operator RIOgaleão', 'other'),
        S('Rio’s Military Police', 'official'),
        S('the state health department', 'official'),
        S('police', 'official', nth=2),
        S('the city’s education secretary, Paula Azevedo', 'official', form='title-name'),
        S('Residents', 'witness'),
        S('a resident', 'anonymous'),
        S('police', 'official', nth=3),
        S('a local pastor', 'anonymous'),
        S('the city', 'official', nth=2),
        S('The Rio-based rights group Justiça na Favela', 'ngo'),
        S('The state government', 'official'),
        S('the health department', 'official'),
    ],
    numbers=[
        N('around 6:00 am', 'time'),
        N('nearly three hours', 'duration'),
        N('two flights', 'count-objects'),
        N('17th battalion', 'other'),
        N('34-year-old', 'age'),
        N('aged between 7 and 12', 'age'),
        N('four rifles', 'count-objects'),
        N('200 kilos', 'quantity'),
        N('Eighteen schools', 'count-objects'),
        N('three health clinics', 'count-objects'),
        N('some 6,000 pupils', 'count-people'),
        N('2020', 'year'),
        N('16-year-old', 'age'),
    ])

# zxg08: families expelled and killed in Fazenda Coutos, Salvador (a newspaper's own correspondent:
# headline, "From our correspondent" line, first person, present-tense "says", an em-dash aside,
# British spelling, curly quotes)
A['zxg08.txt'] = dict(
    casualty=[
        C('more than 300 families have left', 'displaced', 300, 'at-least', 'people', id='fam'),
        C('between 40 and 50 families', 'displaced', None, 'range', 'people', low=40, high=50, sub='fam'),
        C('212 of them', 'displaced', 212, 'exact', 'people', sub='fam'),
        C('Eleven people have been killed', 'killed', 11, 'exact', 'people', id='tot'),
        C('Two of the victims were women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('Four of them were killed', 'killed', 4, 'exact', 'people', sub='tot'),
        C('A number of shopkeepers have been beaten', 'injured', None, 'vague', 'other'),
        C('treated nine people', 'injured', 9, 'exact', 'people', id='inj'),
        C('three of them children', 'injured', 3, 'exact', 'children', sub='inj'),
        C('arrested 17 people', 'detained', 17, 'exact', 'people', id='arr'),
        C('two men', 'detained', 2, 'exact', 'men', sub='arr'),
        C('Two suspects have been killed', 'killed', 2, 'exact', 'people'),
        C('six homicides', 'killed', 6, 'exact', 'people', tags='contradicted'),
        C('Two teenage brothers', 'missing', 2, 'exact', 'children'),
        C('roughly 4,800 violent deaths', 'killed', 4800, 'approx', 'people'),
    ],
    sources=[
        S('Community leaders', 'other'),
        S('neighbours', 'witness'),
        S('The city’s social services department', 'official'),
        S('the local parish', 'other'),
        S('Rosângela', 'witness', nth=1, form='name'),
        S('a nurse', 'anonymous'),
        S('The Bahia Military Police', 'official'),
        S('a police spokesman', 'anonymous'),
        S('The state’s Public Security Secretariat', 'official'),
        S('Residents', 'witness'),
        S('The police', 'official'),
        S('its head teacher', 'anonymous'),
        S('the Brazilian Forum on Public Security', 'ngo'),
    ],
    numbers=[
        N('67', 'age'),
        N('24 hours', 'duration'),
        N('19-year-old', 'age'),
        N('3 November', 'date'),
        N('140 of its 620 pupils', 'count-people'),
        N('3 km', 'distance'),
        N('400 reais', 'money'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
