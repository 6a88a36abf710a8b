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

# ---------------------------------------------------------------- labels (blind set 566: fh01-fh08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('murders / homicides / killings / neutralized / fell in the line of duty',
     r'\bmurders\b|\bhomicides\b|\bkillings\b|\bneutralized\b|\bline of duty\b'),
    ('disappeared / disappearances / did not come back', r'\bdisappear|\bcome back\b'),
    ('kidnapped / took away / taken', r'\bkidnapped\b|\btook away\b|\btaken\b'),
    ('evacuated / left / departure / sheltering / driven … from their homes',
     r'\bevacuated\b|\bleft\b|\bdeparture\b|\bsheltering\b|\bdriven\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('officers/elements/police officer', r'\b(?:officers|elements|officer)\b'),
    ('criminals/aggressors/gunmen/suspects/offenders',
     r'\b(?:criminals|aggressors|gunmen|suspects|offenders)\b'),
    ('employees/workers/engineers/miners/searchers',
     r'\b(?:employees|workers|engineers|miners|searchers)\b'),
    ('teenagers/adolescents/minors/girls', r'\b(?:teenagers|adolescents|minors|girls)\b'),
    ('farmers/families/persons', r'\b(?:farmers|families|persons)\b'),
]

# fh01: a bar shooting, bodies in a car, detentions and the disappeared in Manzanillo, Colima (AFP style,
# one sentence a paragraph)
A['fh01.txt'] = dict(
    casualty=[
        C('killing at least 11 people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('two teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Six other people were wounded', 'injured', 6, 'exact', 'people', id='w'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='w'),
        C('the bodies of two more men', 'killed', 2, 'exact', 'men'),
        C('the weekend toll in the city to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('more than 800 murders', 'killed', 800, 'at-least', 'people'),
        C('detained five suspects', 'detained', 5, 'exact', 'people', id='det'),
        C('Three of those detained were wounded', 'injured', 3, 'exact', 'people', sub='det'),
        C('one soldier suffered minor injuries', 'injured', 1, 'exact', 'soldiers'),
        C('the number of dead from the bar attack at 12', 'killed', 12, 'exact', 'people', tags='contradicted'),
        C('roughly 340 people had disappeared', 'missing', 340, 'approx', 'people'),
        C('between 50 and 60 bodies', 'killed', None, 'range', 'people', low=50, high=60),
        C('more than 450,000 people have been killed', 'killed', 450000, 'at-least', 'people'),
        C('over 100,000 remain missing', 'missing', 100000, 'at-least', 'people'),
    ],
    sources=[
        S('prosecutors', 'official'),
        S('the Colima state attorney general’s office', 'official'),
        S('Witnesses', 'witness'),
        S('a waitress', 'witness', form='role'),
        S('municipal security chief Raúl Ceballos', 'official', form='title-name'),
        S('A security source', 'anonymous'),
        S('the local newspaper Diario de Colima', 'media'),
        S('the national public security system', 'official'),
        S('The state’s security cabinet', 'official'),
        S('the army', 'military'),
        S('A local human rights group, the Colectivo Costa Digna', 'ngo'),
        S('The group’s spokeswoman, Lucía Barragán', 'ngo', form='title-name'),
        S('the defence ministry', 'military'),
        S('official figures', 'official', form='document'),
    ],
    numbers=[
        N('at least four men', 'count-people'),
        N('two pick-up trucks', 'count-objects'),
        N('11:30 pm', 'time'),
        N('24', 'age'),
        N('around 40 per cent', 'percentage'),
        N('730,000 inhabitants', 'population'),
        N('2023', 'year'),
        N('17-year-old', 'age'),
        N('January 2022', 'date'),
        N('300 additional troops', 'count-people'),
        N('about 2,500', 'count-people'),
        N('December 2006', 'date'),
    ])

# fh02: an ambush on a police convoy, raids and the missing near Tepic, Nayarit (Reuters style)
A['fh02.txt'] = dict(
    casualty=[
        C('killing eight officers', 'killed', 8, 'exact', 'soldiers', id='pol'),
        C('wounding at least five others', 'injured', 5, 'at-least', 'soldiers', id='inj'),
        C('two of the dead were women', 'killed', 2, 'exact', 'women', sub='pol'),
        C('one of the wounded officers', 'injured', 1, 'exact', 'soldiers', sub='inj'),
        C('the death toll to nine', 'killed', 9, 'exact', 'soldiers', tags='update'),
        C('14 suspects had been arrested', 'detained', 14, 'exact', 'people'),
        C('three suspected gunmen had been killed', 'killed', 3, 'exact', 'fighters'),
        C('30 to 40 families had fled', 'displaced', None, 'range', 'people', low=30, high=40),
        C('some 300 people were sheltering', 'displaced', 300, 'approx', 'people'),
        C('lost four of its fighters', 'killed', 4, 'exact', 'fighters'),
        C('at least 74 killings', 'killed', 74, 'at-least', 'people'),
        C('forced thousands from their homes', 'displaced', None, 'vague', 'people'),
        C('2,931 people are listed as missing', 'missing', 2931, 'exact', 'people', id='m'),
        C('412 women', 'missing', 412, 'exact', 'women', sub='m'),
        C('Two of the eight officers killed', 'killed', 2, 'exact', 'soldiers', sub='pol'),
    ],
    sources=[
        S('state officials', 'official'),
        S('Nayarit Security Minister Jorge Benítez', 'official', form='title-name'),
        S('Benítez', 'official', nth=1, form='name'),
        S("Nayarit's attorney general's office", 'official'),
        S('a police officer', 'anonymous'),
        S('A federal security official', 'anonymous'),
        S('Residents of El Pichón', 'witness'),
        S('The municipal government', 'official'),
        S('A spokesman for the Sinaloa faction', 'military', form='role'),
        S('Security Minister Benítez', 'official', form='title-name'),
        S('local media', 'media'),
        S('the National Search Commission', 'official'),
        S('a police union representative, Arturo Medina', 'other', form='name'),
    ],
    numbers=[
        N('three vehicles', 'count-objects'),
        N('about 12 km', 'distance'),
        N('7 miles', 'distance'),
        N('three properties', 'count-objects'),
        N('about 40 minutes', 'duration'),
        N('seven armed men', 'count-people'),
        N('1,200 soldiers and National Guard troops', 'count-people'),
        N('18%', 'percentage'),
        N('about 1.2 million people', 'population'),
        N('2017', 'year'),
        N('2018', 'year'),
        N('14,000 pesos', 'money'),
    ])

# fh03: an army and National Guard operation, rescued hostages and denied reports in Armería, Colima
# (state media: the Security Cabinet's figures, "neutralized" criminals, elements who "fell in the line
# of duty", an en-dash dateline)
A['fh03.txt'] = dict(
    casualty=[
        C('neutralized 9 criminals', 'killed', 9, 'exact', 'fighters', id='k9'),
        C('injured 2 more', 'injured', 2, 'exact', 'fighters'),
        C('arrested 16 others', 'detained', 16, 'exact', 'fighters', id='arr'),
        C('Two elements of the National Guard fell in the line of duty', 'killed', 2, 'exact', 'soldiers'),
        C('4 more were injured', 'injured', 4, 'exact', 'soldiers'),
        C('3 kidnapped persons', 'detained', 3, 'exact', 'people', id='kid'),
        C('2 women', 'detained', 2, 'exact', 'women', sub='kid'),
        C('5 of the 16 detainees', 'detained', 5, 'exact', 'children', sub='arr'),
        C('the 2 wounded aggressors', 'injured', 2, 'exact', 'fighters', tags='repeat'),
        C('6 of the 9 aggressors neutralized', 'killed', 6, 'exact', 'fighters', sub='k9'),
        C('4 residents of Armería lost their lives', 'killed', 4, 'exact', 'civilians'),
        C('a number of families left their homes', 'displaced', None, 'vague', 'people'),
        C('30 civilians had been killed', 'killed', 30, 'exact', 'civilians', tags='contradicted'),
        C('the 420 residents who had been evacuated', 'displaced', 420, 'exact', 'civilians'),
        C('the body of 1 municipal police officer', 'killed', 1, 'exact', 'soldiers'),
        C('arrested 212 probable offenders', 'detained', 212, 'exact', 'people'),
    ],
    sources=[
        S('the Security Cabinet of the Government of Mexico', 'official'),
        S('the report', 'official', form='document'),
        S('the Ministry of National Defense (Sedena)', 'military'),
        S('the Attorney General of the Republic (FGR)', 'official'),
        S('the FGR', 'official'),
        S('The Security Cabinet', 'official', nth=0),
        S('some local news websites', 'media'),
        S('The municipal president of Armería', 'official', form='role'),
        S('The Governor of Colima', 'official', form='role'),
        S("the Colima State Attorney General's Office", 'official'),
        S('the State Security Roundtable', 'official'),
        S('The Security Cabinet', 'official', nth=1),
    ],
    numbers=[
        N('14 August', 'date'),
        N('05:00 hours', 'time'),
        N('23 long guns', 'count-objects'),
        N('7 handguns', 'count-objects'),
        N('4,800 cartridges', 'count-objects'),
        N('12 vehicles', 'count-objects'),
        N('3 of them armored', 'count-objects'),
        N('1,500 food packages', 'count-objects'),
        N('14 schools', 'count-objects'),
        N('The three levels of government', 'other'),
        N('17 clandestine laboratories', 'count-objects'),
        N('1,800 federal elements', 'count-people'),
    ])

# fh04: disappearances, a searcher shot dead and families driven from the ejidos of Santiago Ixcuintla,
# Nayarit (NGO statement with a list of demands and notes to editors)
A['fh04.txt'] = dict(
    casualty=[
        C('At least 63 people have disappeared', 'missing', 63, 'at-least', 'people', id='tot'),
        C('41 of the 63 people reported missing are men', 'missing', 41, 'exact', 'men', sub='tot'),
        C('nine are women', 'missing', 9, 'exact', 'women', sub='tot'),
        C('at least five are children', 'missing', 5, 'at-least', 'children', sub='tot'),
        C('Eleven of them', 'missing', 11, 'exact', 'people', sub='tot'),
        C('The bodies of 17 others', 'killed', 17, 'exact', 'people', id='b17', sub='tot'),
        C('12 of them', 'killed', 12, 'exact', 'people', sub='b17'),
        C('two other searchers were abducted', 'detained', 2, 'exact', 'civilians'),
        C('fewer than 30 people” remained missing', 'missing', 30, 'at-most', 'people', tags='contradicted'),
        C('as many as 200 families have left', 'displaced', 200, 'at-most', 'people'),
        C('the departure of 46 families', 'displaced', 46, 'exact', 'people'),
        C('the 35 people still missing', 'missing', 35, 'exact', 'people', sub='tot'),
        C('the two searchers', 'detained', 2, 'exact', 'civilians', tags='repeat'),
        C('2,412 disappearances', 'missing', 2412, 'exact', 'people'),
    ],
    sources=[
        S('the Nayarit Network for Truth and Justice (RNVJ)', 'ngo'),
        S('the RNVJ’s records', 'ngo', form='document'),
        S('Rosa Elena Partida', 'witness', form='name'),
        S('the RNVJ', 'ngo', nth=1),
        S('Ana Sofía Lomelí', 'ngo', form='name'),
        S('The Nayarit Attorney General’s Office', 'official'),
        S('an office spokesperson', 'official', form='role'),
        S('Local church workers', 'other'),
        S('the RNVJ', 'ngo', nth=4),
        S('The RNVJ’s database', 'ngo', form='document'),
    ],
    numbers=[
        N('3 September 2025', 'date'),
        N('87 interviews', 'count-objects'),
        N('aged between 15 and 30', 'age'),
        N('the age of 14', 'age'),
        N('34 graves', 'count-objects'),
        N('2023', 'year'),
        N('52', 'age'),
        N('19-year-old', 'age'),
        N('2 July', 'date'),
        N('several hours', 'duration'),
        N('29 investigations', 'count-objects'),
        N('four ejidos', 'count-objects'),
        N('about 95,000 inhabitants', 'population'),
        N('2017', 'year'),
        N('12 organisations and search collectives', 'count-objects'),
        N('2006', 'year'),
    ])

# fh05: clashes, abductions for forced recruitment and displacement by site in the sierra of Huajicori,
# Nayarit (UN OCHA flash update)
A['fh05.txt'] = dict(
    casualty=[
        C('at least 14 people dead', 'killed', 14, 'at-least', 'people', id='h14'),
        C('four Indigenous farmers', 'killed', 4, 'exact', 'civilians', sub='h14'),
        C('9 injured', 'injured', 9, 'exact', 'people'),
        C('An estimated 1,850 people have been displaced', 'displaced', 1850, 'approx', 'people'),
        C('the death toll stands at 14 people', 'killed', 14, 'exact', 'people', id='t14', tags='repeat'),
        C('four farmers killed', 'killed', 4, 'exact', 'civilians', sub='t14', tags='repeat'),
        C('two state police officers', 'killed', 2, 'exact', 'soldiers', sub='t14'),
        C('Nine people have been injured', 'injured', 9, 'exact', 'people', id='i9', tags='repeat'),
        C('three of them children', 'injured', 3, 'exact', 'children', sub='i9'),
        C('seven people', 'missing', 7, 'exact', 'people'),
        C('5 suspects had been detained', 'detained', 5, 'exact', 'people'),
        C('an estimated 1,850 people', 'displaced', 1850, 'approx', 'people', id='d', tags='repeat'),
        C('about 470 families', 'displaced', 470, 'approx', 'people', tags='repeat'),
        C('920 people', 'displaced', 920, 'exact', 'people', sub='d'),
        C('about 380 people', 'displaced', 380, 'approx', 'people', sub='d'),
        C('350 people', 'displaced', 350, 'exact', 'people', sub='d'),
        C('150–200 people', 'displaced', None, 'range', 'people', low=150, high=200, sub='d'),
        C('up to 12 people', 'detained', 12, 'at-most', 'people', id='ab'),
        C('4 adolescents', 'detained', 4, 'exact', 'children', sub='ab'),
        C('The seven men', 'missing', 7, 'exact', 'men', tags='repeat'),
        C('treated 9 people', 'injured', 9, 'exact', 'people', id='i9b', tags='repeat'),
        C('2 of whom', 'injured', 2, 'exact', 'people', sub='i9b'),
        C('Several more people', 'injured', None, 'vague', 'people'),
    ],
    sources=[
        S('the State Civil Protection Coordination', 'official'),
        S('Local authorities', 'official'),
        S('The State Prosecutor’s Office', 'official'),
        S('Community leaders', 'other'),
        S('Partners', 'ngo'),
        S('Indigenous authorities', 'official'),
        S('Protection partners', 'ngo'),
        S('The IMSS-Bienestar rural hospital in the municipal seat', 'official'),
        S('Humanitarian partners', 'ngo'),
    ],
    numbers=[
        N('Flash Update No. 1', 'other'),
        N('22 October 2025', 'date'),
        N('15 October', 'date'),
        N('11 communities', 'count-objects'),
        N('at least six communities', 'count-objects'),
        N('about 11,400 inhabitants', 'population'),
        N('17 October', 'date', nth=0),
        N('20 October', 'date'),
        N('at least 40 houses', 'count-objects'),
        N('21 October', 'date'),
        N('17 October', 'date', nth=1),
        N('1,100 food kits', 'count-objects'),
        N('at least 300 mattresses', 'count-objects'),
        N('around 60 per cent', 'percentage'),
        N('US$2.3 million', 'money'),
        N('5,000 people', 'count-people'),
        N('three months', 'duration'),
    ])

# fh06: a shooting at a children's birthday party in Villa de Álvarez, Colima (a broadcaster's website:
# headline and byline)
A['fh06.txt'] = dict(
    casualty=[
        C('kill seven', 'killed', 7, 'exact', 'people'),
        C('killed seven people', 'killed', 7, 'exact', 'people', id='tot', tags='repeat'),
        C('Another nine people were hurt', 'injured', 9, 'exact', 'people', id='inj'),
        C('six or seven bodies', 'killed', None, 'range', 'people', low=6, high=7),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the death toll to nine', 'killed', 9, 'exact', 'people', id='upd', tags='update'),
        C('two children', 'killed', 2, 'exact', 'children', sub='upd'),
        C('arrested three men', 'detained', 3, 'exact', 'men'),
        C('the number of wounded at 14', 'injured', 14, 'exact', 'people', tags='contradicted'),
        C('38 police officers have been killed', 'killed', 38, 'exact', 'soldiers', id='p38'),
        C('seven of them', 'killed', 7, 'exact', 'soldiers', sub='p38'),
        C('at least 24 people have been reported missing', 'missing', 24, 'at-least', 'people'),
        C('more than 600 murders', 'killed', 600, 'at-least', 'people'),
        C('driven hundreds of families from their homes', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('Colima state’s security ministry', 'official'),
        S('the ministry', 'official'),
        S('a neighbour', 'witness', form='role'),
        S('State prosecutors', 'official'),
        S('A National Guard spokesman', 'military', form='role'),
        S('Colima Sin Silencio', 'ngo'),
        S('relatives', 'witness'),
        S('medical staff at the Regional University Hospital', 'anonymous'),
        S('The state government', 'official'),
        S('the state search commission', 'official'),
        S('Mexico’s national statistics agency, Inegi', 'official'),
        S('Security analysts', 'other'),
    ],
    numbers=[
        N('12-year-old', 'age'),
        N('at least five men', 'count-people'),
        N('17-year-old', 'age'),
        N('dozens of them', 'count-objects'),
        N('four rifles', 'count-objects'),
        N('about 150,000 people', 'population'),
        N('one of the safer parts', 'other'),
        N('fewer than 750,000 inhabitants', 'population'),
        N('2019', 'year'),
        N('Hundreds of residents', 'count-people'),
        N('one banner', 'count-objects'),
    ])

# fh07: highway workers abducted and killed, extortion and displacement near Compostela, Nayarit (AP style)
A['fh07.txt'] = dict(
    casualty=[
        C('abducted 11 employees', 'detained', 11, 'exact', 'other', id='ab'),
        C('the bodies of four of them', 'killed', 4, 'exact', 'other', sub='ab'),
        C('two engineers', 'detained', 2, 'exact', 'other', sub='ab'),
        C('Five of the workers', 'detained', 5, 'exact', 'other', id='rel', sub='ab'),
        C('two or three of them badly beaten', 'injured', None, 'range', 'other', low=2, high=3, sub='rel'),
        C('two remain missing', 'missing', 2, 'exact', 'other', sub='ab'),
        C('evacuated around 300 workers', 'displaced', 300, 'approx', 'other'),
        C('three suspects had been arrested', 'detained', 3, 'exact', 'people'),
        C('killed two gunmen', 'killed', 2, 'exact', 'fighters'),
        C('dozens of families had left', 'displaced', None, 'vague', 'people'),
        C('sheltering 85 people', 'displaced', 85, 'exact', 'people'),
        C('486 homicides', 'killed', 486, 'exact', 'people'),
        C('nearly 3,000 people are listed as missing', 'missing', 3000, 'at-most', 'people'),
        C('at least 14 construction workers have been killed', 'killed', 14, 'at-least', 'other'),
        C('the bodies of the four workers', 'killed', 4, 'exact', 'other', tags='repeat'),
    ],
    sources=[
        S('authorities', 'official'),
        S("The Nayarit state prosecutor's office", 'official'),
        S('the office', 'official'),
        S('A relative of a slain engineer', 'witness', form='role'),
        S('the man', 'witness', form='role'),
        S('The company, Constructora del Pacífico', 'other'),
        S('Nayarit Gov. Rodrigo Salcedo', 'official', form='title-name'),
        S("Mexico's Defense Department", 'military'),
        S('Local newspaper Meridiano de Nayarit', 'media'),
        S('police sources', 'anonymous'),
        S('Residents', 'witness'),
        S("the town's Roman Catholic parish", 'other'),
        S('the federal Public Security Secretariat', 'official'),
        S("The state's search commission", 'official'),
        S('The national construction industry chamber, CMIC', 'other'),
        S('The company', 'other', nth=1),
    ],
    numbers=[
        N('at least 15 gunmen', 'count-people'),
        N('several vehicles', 'count-objects'),
        N('200,000 pesos', 'money'),
        N('31 years old', 'age'),
        N('39-kilometer', 'distance'),
        N('about 25 miles', 'distance'),
        N('40 kilometers', 'distance'),
        N('the first nine months', 'duration'),
        N('23%', 'percentage'),
        N('2023', 'year'),
    ])

# fh08: killings, abducted miners, the missing and families leaving the hamlets around Minatitlán, Colima
# (a newspaper's own correspondent, byline)
A['fh08.txt'] = dict(
    casualty=[
        C('at least 23 people have been killed', 'killed', 23, 'at-least', 'people'),
        C('almost 1,400 have fled', 'displaced', 1400, 'at-most', 'people'),
        C('Twenty-three dead', 'killed', 23, 'exact', 'people', id='k23', tags='repeat'),
        C('six of them women', 'killed', 6, 'exact', 'women', sub='k23'),
        C('A dozen young men', 'missing', 12, 'exact', 'men'),
        C('took away 12 miners', 'detained', 12, 'exact', 'other', id='mn'),
        C('the bodies of three of them', 'killed', 3, 'exact', 'other', sub='mn'),
        C('the number of killings in Minatitlán this year at 14', 'killed', 14, 'exact', 'people',
          tags='contradicted'),
        C('fewer than 400 people” have left their homes', 'displaced', 400, 'at-most', 'people',
          tags='contradicted'),
        C('nine suspects had been arrested', 'detained', 9, 'exact', 'people'),
        C('two killed', 'killed', 2, 'exact', 'people'),
        C('scores of killings', 'killed', None, 'vague', 'people'),
        C('17 people', 'missing', 17, 'exact', 'people', id='m17'),
        C('two teenage girls', 'missing', 2, 'exact', 'children', sub='m17'),
        C('his count of the dead this year to 24', 'killed', 24, 'exact', 'people', tags='update'),
    ],
    sources=[
        S('the local parish', 'other'),
        S('The parish priest, Father Ismael Cárdenas', 'other', form='title-name'),
        S('residents', 'witness'),
        S('State officials', 'official'),
        S('Colima’s security ministry', 'official'),
        S('A ministry spokesman', 'official', form='role'),
        S('Juana', 'witness', form='name'),
        S('A Sedena officer', 'anonymous'),
        S('Human rights groups', 'ngo'),
        S('The local rights group Voces de la Sierra', 'ngo'),
        S('the state search commission', 'official'),
    ],
    numbers=[
        N('1,100 workers', 'count-people'),
        N('58', 'age'),
        N('24 hours', 'duration'),
        N('Forty families', 'count-people'),
        N('five', 'count-people'),
        N('about 200 soldiers', 'count-people'),
        N('four times', 'other'),
        N('31 complaints', 'count-objects'),
        N('16-year-old', 'age'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
