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

# ---------------------------------------------------------------- labels (blind set 558: he01-he08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralising / lost their lives / fallen in the line of duty / shot dead / murdered / remains of',
     r'\bneutralising\b|\blost\b|\bfallen\b|\bshot dead\b|\bmurdered\b|\bremains\b|\bkillings\b|\bleft six dead\b'),
    ('abducted / taken / deprived of their liberty / custody',
     r'\babducted\b|\btaken\b|\bdeprived of their liberty\b|\bcustody\b'),
    ('disappeared / disappearances / not been seen / listed as missing',
     r'\bdisappear|\bnot been seen\b|\blisted as missing\b'),
    ('relocated / left / abandoned their land / boarded buses / deported / sheltering',
     r'\brelocated\b|\bleft\b|\babandoned\b|\bboarded\b|\bdeported\b|\bsheltering\b|\bsleeping in the shelters\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('gunmen/aggressors/criminals/kidnappers/offenders',
     r'\b(?:gunmen|aggressors|criminals|kidnappers|offenders)\b'),
    ('elements/agents of the State Police/police officer', r'\b(?:elements|agents|police officer)\b'),
    ('farmworkers/workers/employees/health promoters/defenders',
     r'\b(?:farmworkers|workers|employees|promoters|defenders)\b'),
    ('teenagers/minors/boys/brothers/cousins/mothers',
     r'\b(?:teenagers|minors|boys|brothers|cousins|mothers)\b'),
    ('families/members/protesters/Yaquis/suspects', r'\b(?:families|members|protesters|Yaquis|suspects)\b'),
]

# he01: gunmen fire on a Yaqui roadblock on the highway outside Vícam (AFP style, one sentence a
# paragraph)
A['he01.txt'] = dict(
    casualty=[
        C('killing at least 11 people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('three teenagers', 'killed', 3, 'exact', 'children', sub='tot'),
        C('14 other people were wounded', 'injured', 14, 'exact', 'people', id='inj'),
        C('at least eight bodies', 'killed', 8, 'at-least', 'people'),
        C('the toll higher, at 13', 'killed', 13, 'exact', 'people', id='trad', tags='contradicted'),
        C('two of the dead were women', 'killed', 2, 'exact', 'women', sub='trad'),
        C('arrested five suspects', 'detained', 5, 'exact', 'people', id='arr'),
        C('One of the detainees was wounded', 'injured', 1, 'exact', 'people', sub='arr'),
        C('the death toll had risen to 12', 'killed', 12, 'exact', 'people', tags='update'),
        C('eight of the wounded', 'injured', 8, 'exact', 'people', sub='inj'),
        C('nearly 20 people had been treated for gunshot wounds', 'injured', 20, 'at-most', 'people',
          tags='contradicted'),
        C('abducted as many as six men', 'detained', 6, 'at-most', 'men'),
        C('at least 23 members of the tribe have been killed', 'killed', 23, 'at-least', 'people'),
        C('17 have disappeared', 'missing', 17, 'exact', 'people'),
        C('Hundreds of families have fled', 'displaced', None, 'vague', 'people'),
        C('at least 40 indigenous people had been killed', 'killed', 40, 'at-least', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Sonora’s state prosecutor’s office', 'official'),
        S('Ramona Buitimea', 'witness', form='name'),
        S('Buitimea', 'witness', nth=1, form='name'),
        S('The traditional authorities of Vícam', 'official'),
        S('The National Guard', 'military'),
        S('the statement', 'military', form='document'),
        S('The state government’s security spokesman, Jesús Armenta', 'official', form='title-name'),
        S('Armenta', 'official', nth=1, form='name'),
        S('The Hermosillo daily El Imparcial', 'media'),
        S('hospital sources', 'anonymous'),
        S('Residents', 'witness'),
        S('A state security official', 'anonymous'),
        S('the Yaqui Territory Human Rights Centre', 'ngo'),
        S('the centre', 'ngo'),
        S('The UN human rights office in Mexico', 'ngo'),
    ],
    numbers=[
        N('about 6:40 pm', 'time'),
        N('Federal Highway 15', 'other'),
        N('four pick-up trucks', 'count-objects'),
        N('47-year-old', 'age'),
        N('19-year-old', 'age'),
        N('one of the eight historic Yaqui towns', 'count-objects'),
        N('about 20 kilometres', 'distance'),
        N('two assault rifles', 'count-objects'),
        N('2020', 'year'),
        N('about 190 kilometres', 'distance'),
        N('January 2021', 'date'),
        N('aged nine', 'age'),
        N('2024', 'year'),
    ])

# he02: an army firefight with cartel gunmen near Pótam, disputed civilian deaths and a morgue count
# (Reuters style)
A['he02.txt'] = dict(
    casualty=[
        C('killed 17 suspected cartel gunmen', 'killed', 17, 'exact', 'fighters'),
        C('at least four civilians were killed', 'killed', 4, 'at-least', 'civilians', tags='contradicted'),
        C('Three soldiers were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('detained nine people', 'detained', 9, 'exact', 'people', id='det'),
        C('two minors', 'detained', 2, 'exact', 'children', sub='det'),
        C('counted two dozen bodies', 'killed', 24, 'exact', 'people', tags='contradicted'),
        C('six civilians had been killed', 'killed', 6, 'exact', 'civilians', id='c6', tags='contradicted'),
        C('two children', 'killed', 2, 'exact', 'children', sub='c6'),
        C('11 people were still unaccounted for', 'missing', 11, 'exact', 'people'),
        C('received 21 bodies', 'killed', 21, 'exact', 'people', id='b21'),
        C('seven of them', 'killed', 7, 'exact', 'people', sub='b21'),
        C('its count to 23', 'killed', 23, 'exact', 'people', tags='update'),
        C('two wounded men had died', 'killed', 2, 'exact', 'men'),
        C('26 people were being treated for gunshot wounds', 'injured', 26, 'exact', 'people'),
        C('More than 300 families fled', 'displaced', 300, 'at-least', 'people'),
        C('about 1,150 people were sleeping in the shelters', 'displaced', 1150, 'approx', 'people'),
        C('between 40 and 50 families', 'displaced', None, 'range', 'people', low=40, high=50),
        C('more than 7,000 people as missing', 'missing', 7000, 'at-least', 'people'),
    ],
    sources=[
        S('the Defense Ministry', 'military'),
        S('residents', 'witness'),
        S('the ministry', 'military'),
        S('the ministry', 'military', nth=1),
        S('The ministry', 'military'),
        S('Residents', 'witness'),
        S('Francisco Valenzuela', 'witness', form='name'),
        S('Valenzuela', 'witness', nth=1, form='name'),
        S('A spokesman for the Yaqui traditional government of Pótam, Anselmo Flores', 'official',
          form='title-name'),
        S("Sonora's state attorney general's office", 'official'),
        S('the office', 'official'),
        S('The office', 'official'),
        S('the Sonora state civil protection agency', 'official'),
        S('An agency official', 'anonymous'),
        S('Cajeme Mayor Roberto Lugo', 'official', form='title-name'),
        S('the local newspaper Diario del Yaqui', 'media'),
        S("Mexico's National Search Commission", 'official'),
        S('The state government', 'official'),
    ],
    numbers=[
        N('31 rifles', 'count-objects'),
        N('more than 4,000 rounds of ammunition', 'count-objects'),
        N('about 6,000 people', 'population'),
        N('52', 'age'),
        N('aged 14', 'age'),
        N('two neighboring Yaqui settlements', 'count-objects'),
        N('two shelters', 'count-objects'),
        N('2024', 'year'),
        N('18%', 'percentage'),
        N('2024', 'year', nth=1),
    ])

# he03: security forces repel an "armed aggression" in Bácum, two state policemen fall, a denied news
# report (state media: the Sonora government's news service, en-dash dateline)
A['he03.txt'] = dict(
    casualty=[
        C('neutralising 9 aggressors', 'killed', 9, 'exact', 'fighters'),
        C('injuring a number of others', 'injured', None, 'vague', 'fighters'),
        C('arresting 6', 'detained', 6, 'exact', 'fighters', id='arr'),
        C('Two elements of the State Police lost their lives', 'killed', 2, 'exact', 'soldiers'),
        C('4 others were injured', 'injured', 4, 'exact', 'soldiers', id='pi'),
        C('one of them seriously', 'injured', 1, 'exact', 'soldiers', sub='pi'),
        C('2 women', 'detained', 2, 'exact', 'women', sub='arr'),
        C('1 of the detainees', 'injured', 1, 'exact', 'fighters', sub='arr'),
        C('the 9 criminals killed', 'killed', 9, 'exact', 'fighters', id='k9', tags='repeat'),
        C('3 of them', 'killed', 3, 'exact', 'fighters', sub='k9'),
        C('4 civilians', 'killed', 4, 'exact', 'civilians', tags='contradicted'),
        C('7 more injured', 'injured', 7, 'exact', 'civilians', tags='contradicted'),
        C('relocated 47 residents', 'displaced', 47, 'exact', 'civilians'),
        C('3 persons deprived of their liberty', 'detained', 3, 'exact', 'people'),
        C('arrested 5 alleged kidnappers', 'detained', 5, 'exact', 'people'),
        C('arrested 1,214 probable offenders', 'detained', 1214, 'exact', 'people'),
        C('12 agents of the State Police have fallen in the line of duty', 'killed', 12, 'exact', 'soldiers'),
    ],
    sources=[
        S('the Security Coordination Table for Peace in Sonora', 'official'),
        S('the Table', 'official'),
        S('The Governor of Sonora, Ernesto Villarreal', 'official', form='title-name'),
        S("The State Attorney General's Office (FGJE)", 'official'),
        S('The Public Security Secretariat', 'official'),
        S('a local news website', 'media'),
        S('the Unit', 'official'),
        S('the head of the Agency, Commander Raúl Escalante', 'official', form='title-name'),
        S('the Security Cabinet', 'official'),
        S('The Secretariat', 'official'),
        S('the Table', 'official', nth=1),
    ],
    numbers=[
        N('18 March', 'date'),
        N('16 March', 'date'),
        N('approximately 11:20 hours', 'time'),
        N('14 long guns', 'count-objects'),
        N('2 armoured vehicles', 'count-objects'),
        N('6 explosive devices', 'count-objects'),
        N('17-year-old', 'age'),
        N('October 2024', 'date'),
        N('the three orders of government', 'other'),
        N('1,870 firearms', 'count-objects'),
        N('31 per cent', 'percentage'),
    ])

# he04: clandestine graves, searching mothers killed and men missing after a police checkpoint in
# Cócorit (NGO statement with demands and notes to editors)
A['he04.txt'] = dict(
    casualty=[
        C('The remains of at least 27 people', 'killed', 27, 'at-least', 'people', id='rem'),
        C('Of those, 19', 'killed', 19, 'exact', 'people', id='idn', sub='rem'),
        C('four women', 'killed', 4, 'exact', 'women', sub='idn'),
        C('at least 140 people have disappeared', 'missing', 140, 'at-least', 'people', id='dis'),
        C('more than 30 of them teenagers', 'missing', 30, 'at-least', 'children', sub='dis'),
        C('96 disappearances', 'missing', 96, 'exact', 'people', tags='contradicted'),
        C('Two searching mothers were shot dead', 'killed', 2, 'exact', 'women'),
        C('detained 11 young men', 'detained', 11, 'exact', 'men', id='arr'),
        C('four of them have not been seen since', 'missing', 4, 'exact', 'men', sub='arr', tags='contradicted'),
        C('all 11', 'detained', 11, 'exact', 'men', tags='repeat'),
        C('38 killings of human rights defenders and journalists', 'killed', 38, 'exact', 'other', id='hrd'),
        C('nine of them', 'killed', 9, 'exact', 'other', sub='hrd'),
        C('an estimated 2,300 people were forced from their homes', 'displaced', 2300, 'approx', 'people'),
        C('the 140 people reported missing', 'missing', 140, 'exact', 'people', tags='repeat'),
        C('the four young men', 'missing', 4, 'exact', 'men', tags='repeat'),
        C('the remaining eight bodies', 'killed', 8, 'exact', 'people', sub='rem'),
    ],
    sources=[
        S('the Sonora Centre for Human Rights (CSDH)', 'ngo'),
        S('Marisol Yocupicio', 'ngo', form='name'),
        S('The collective, Madres Buscadoras de Cajeme', 'other'),
        S('The state attorney general’s office', 'official'),
        S('the collective', 'other'),
        S('Relatives', 'witness'),
        S('a municipal police spokesman', 'official', form='role'),
        S('CSDH', 'ngo', nth=3),
        S('the National Human Rights Commission', 'official'),
        S('the collective', 'other', nth=1),
    ],
    numbers=[
        N('9 April 2025', 'date'),
        N('15-year-old', 'age'),
        N('January 2024', 'date'),
        N('58', 'age'),
        N('2 March', 'date'),
        N('14 March', 'date'),
        N('48 hours', 'duration'),
        N('2018', 'year'),
        N('at least 15 of whom', 'count-people'),
        N('90 days', 'duration'),
        N('2009', 'year'),
        N('64 families', 'count-people'),
        N('roughly 330,000 inhabitants', 'population'),
    ])

# he05: clashes, displacement by site and abductions around Loma de Guamúchil, Cajeme (UN OCHA flash
# update)
A['he05.txt'] = dict(
    casualty=[
        C('At least 14 people killed', 'killed', 14, 'at-least', 'people'),
        C('21 injured', 'injured', 21, 'exact', 'people'),
        C('An estimated 3,100 people displaced', 'displaced', 3100, 'approx', 'people', id='d1'),
        C('around 1,900 of them sheltering', 'displaced', 1900, 'approx', 'people', sub='d1'),
        C('the death toll stands at 14 people', 'killed', 14, 'exact', 'people', id='t2', tags='repeat'),
        C('four children', 'killed', 4, 'exact', 'children', sub='t2'),
        C('three women', 'killed', 3, 'exact', 'women', sub='t2'),
        C('21 people have been treated for injuries', 'injured', 21, 'exact', 'people', id='i2', tags='repeat'),
        C('6 of them', 'injured', 6, 'exact', 'people', sub='i2'),
        C('two community health promoters were among those killed', 'killed', 2, 'exact', 'other', sub='t2'),
        C('up to eight residents remain unaccounted for', 'missing', 8, 'at-most', 'civilians'),
        C('3,100 people have fled', 'displaced', 3100, 'exact', 'people', id='d2', tags='repeat'),
        C('1,240 people', 'displaced', 1240, 'exact', 'people', sub='d2'),
        C('roughly 650 people', 'displaced', 650, 'approx', 'people', sub='d2'),
        C('800–900 people', 'displaced', None, 'range', 'people', low=800, high=900, sub='d2'),
        C('an estimated 300 people', 'displaced', 300, 'approx', 'people', sub='d2'),
        C('at least 12 men were abducted', 'detained', 12, 'at-least', 'men', id='ab'),
        C('9 of them', 'missing', 9, 'exact', 'men', sub='ab'),
        C('received 21 patients with gunshot wounds', 'injured', 21, 'exact', 'people', id='i3', tags='repeat'),
        C('2 of whom died', 'killed', 2, 'exact', 'people', sub='i3'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('The Yaqui traditional authorities', 'official'),
        S('the Sonora State Civil Protection Coordination', 'official'),
        S('Partners', 'ngo'),
        S('Protection partners', 'ngo'),
        S('the municipality of Cajeme', 'official'),
        S('The Cajeme health jurisdiction', 'official'),
    ],
    numbers=[
        N('Flash Update No. 1', 'other'),
        N('22 May 2025', 'date'),
        N('17 May', 'date'),
        N('some 2,600 children', 'count-people'),
        N('11 communities', 'count-objects'),
        N('17 May', 'date', nth=1),
        N('two armed groups', 'count-objects'),
        N('some 600 additional troops', 'count-people'),
        N('20 May', 'date'),
        N('22 May', 'date', nth=1),
        N('three municipal shelters', 'count-objects'),
        N('between 17 and 20 May', 'date'),
        N('About 40 homes', 'count-objects'),
        N('17 May', 'date', nth=2),
        N('the 11 affected communities', 'count-objects'),
        N('some 4,500 people', 'count-people'),
        N('60,000 litres', 'quantity'),
        N('90-day', 'duration'),
        N('US$4.8 million', 'money'),
        N('12 per cent', 'percentage'),
    ])

# he06: gunmen kill seasonal farmworkers in a labour camp in Pueblo Yaqui (a broadcaster's website:
# headline and byline)
A['he06.txt'] = dict(
    casualty=[
        C('killed at least nine farmworkers', 'killed', 9, 'at-least', 'other', id='fw'),
        C('Five other workers were wounded', 'injured', 5, 'exact', 'other', id='w5'),
        C('at least three are missing', 'missing', 3, 'at-least', 'other'),
        C('two cousins', 'killed', 2, 'exact', 'people', sub='fw'),
        C('the death toll to 11', 'killed', 11, 'exact', 'other', tags='update'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'other', sub='w5'),
        C('arrested two suspects', 'detained', 2, 'exact', 'people', id='s2'),
        C('one of them a serving municipal police officer', 'detained', 1, 'exact', 'soldiers', sub='s2'),
        C('14 of its members have been killed', 'killed', 14, 'exact', 'civilians'),
        C('dozens more have abandoned their land', 'displaced', None, 'vague', 'civilians'),
        C('more than 30,000 people were murdered', 'killed', 30000, 'at-least', 'people'),
        C('more than 120,000 people are officially listed as missing', 'missing', 120000, 'at-least', 'people'),
        C('some 70 families have left', 'displaced', 70, 'approx', 'people'),
        C('several hundred workers have boarded buses south', 'displaced', None, 'vague', 'other'),
        C('fewer than 100 workers have left', 'displaced', 100, 'at-most', 'other', tags='contradicted'),
    ],
    sources=[
        S('local officials', 'official'),
        S('survivors', 'witness'),
        S('the Cajeme municipal government', 'official'),
        S('Eliseo', 'witness', form='name'),
        S('Eliseo', 'witness', nth=1, form='name'),
        S("Sonora's attorney general's office", 'official'),
        S('The office', 'official'),
        S('farmers', 'witness'),
        S("The Sonora Growers' Association", 'other'),
        S('official figures', 'official', form='document'),
        S("The town's priest, Father Joaquín Ramos", 'other', form='title-name'),
        S("Sonora's government", 'official'),
    ],
    numbers=[
        N('02:00', 'time'),
        N('some 20,000 people', 'count-people'),
        N('34', 'age'),
        N('aged 17 and 19', 'age'),
        N('more than 200 shell casings', 'count-objects'),
        N('almost 40%', 'percentage'),
        N('two factions', 'count-objects'),
        N('up to 2,000 pesos a hectare', 'money'),
        N('January 2024', 'date'),
        N('350 extra state police and National Guard troops', 'count-people'),
    ])

# he07: gunmen kill men at a drug rehabilitation center in Villa de Seris, Hermosillo; protesters
# arrested (AP style)
A['he07.txt'] = dict(
    casualty=[
        C('killing 12 men', 'killed', 12, 'exact', 'men', id='k12'),
        C('wounding at least seven others', 'injured', 7, 'at-least', 'men', id='w7'),
        C('Two of the dead were employees', 'killed', 2, 'exact', 'other', sub='k12'),
        C('four of the wounded', 'injured', 4, 'exact', 'men', id='w4', sub='w7'),
        C('one of them died', 'killed', 1, 'exact', 'men', sub='w4'),
        C('the death toll to 13', 'killed', 13, 'exact', 'men', tags='update'),
        C('killed nine people', 'killed', 9, 'exact', 'people'),
        C('left six dead', 'killed', 6, 'exact', 'people'),
        C('detained three suspects', 'detained', 3, 'exact', 'people'),
        C('23 protesters were arrested', 'detained', 23, 'exact', 'people'),
        C('30 to 35 people were taken into custody', 'detained', None, 'range', 'people', low=30, high=35, id='t31',
          tags='contradicted'),
        C('five women', 'detained', 5, 'exact', 'women', sub='t31'),
        C('1,634 killings', 'killed', 1634, 'exact', 'people'),
        C('Almost 2,100 people have been reported missing', 'missing', 2100, 'at-most', 'people'),
    ],
    sources=[
        S('authorities', 'official'),
        S('Sonora state prosecutor Gustavo Salas', 'official', form='title-name'),
        S('Salas', 'official', nth=1, form='name'),
        S('The state health department', 'official'),
        S('a woman', 'witness', form='role'),
        S('the woman', 'witness', form='role'),
        S('Neighbor Jorge Cota', 'witness', form='name'),
        S('Authorities', 'official'),
        S('Salas', 'official', nth=2, form='name'),
        S('Police', 'official'),
        S('a lawyer for the families', 'other', form='role'),
        S('the national public security system', 'official'),
        S('the state search commission', 'official'),
    ],
    numbers=[
        N('two vehicles', 'count-objects'),
        N('about 10:45 p.m.', 'time'),
        N('17', 'age'),
        N('about 40 people', 'count-people'),
        N('61', 'age'),
        N('dozens of shots', 'count-objects'),
        N('2023', 'year'),
        N('about 2 miles', 'distance'),
        N('3 kilometers', 'distance'),
        N('several hours', 'duration'),
        N('12%', 'percentage'),
        N('2019', 'year'),
    ])

# he08: an emptying Yaqui town, the dead, the taken and the missing in Tórim (a newspaper's own
# correspondent, byline)
A['he08.txt'] = dict(
    casualty=[
        C('About 1,100 people have left', 'displaced', 1100, 'approx', 'people'),
        C('killed at least seven people', 'killed', 7, 'at-least', 'people', id='k7'),
        C('two brothers', 'killed', 2, 'exact', 'men', sub='k7'),
        C('Three more men', 'detained', 3, 'exact', 'men'),
        C('Twenty-two people are missing', 'missing', 22, 'exact', 'people'),
        C('nine killings', 'killed', 9, 'exact', 'people'),
        C('14 disappearances', 'missing', 14, 'exact', 'people', tags='contradicted'),
        C('killed four gunmen', 'killed', 4, 'exact', 'fighters'),
        C('detained 11', 'detained', 11, 'exact', 'fighters'),
        C('lost one soldier', 'killed', 1, 'exact', 'soldiers'),
        C('two or three of his men had been wounded', 'injured', None, 'range', 'soldiers', low=2, high=3),
        C('four gunmen', 'killed', 4, 'exact', 'fighters', nth=1, tags='repeat'),
        C('two boys', 'killed', 2, 'exact', 'children', tags='contradicted'),
        C('deported as many as 15,000 Yaquis', 'displaced', 15000, 'at-most', 'people'),
        C('thousands died', 'killed', None, 'vague', 'people'),
        C('treated at least 19 people for gunshot wounds', 'injured', 19, 'at-least', 'people', id='w19'),
        C('scores more', 'injured', None, 'vague', 'people'),
        C('six', 'injured', 6, 'exact', 'people', sub='w19'),
        C('430 displaced families', 'displaced', 430, 'exact', 'people'),
    ],
    sources=[
        S('the municipal authorities', 'official'),
        S('residents', 'witness'),
        S('Guadalupe', 'witness', form='name'),
        S('the Yaqui traditional authorities', 'official'),
        S('the state prosecutor’s office', 'official'),
        S('A colonel', 'anonymous'),
        S('The army', 'military'),
        S('Martín Jusacamea', 'witness', form='name'),
        S('historians', 'other'),
        S('a nurse', 'anonymous'),
        S('The state government', 'official'),
    ],
    numbers=[
        N('nine days', 'duration'),
        N('roughly 1,800 inhabitants', 'population'),
        N('3 June', 'date'),
        N('a dozen pick-ups', 'count-objects'),
        N('70-year-old', 'age'),
        N('8 June', 'date'),
        N('Around 150 of them', 'count-people'),
        N('1900s', 'year'),
        N('12 June', 'date'),
        N('3,000 pesos', 'money'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
