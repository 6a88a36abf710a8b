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

# ---------------------------------------------------------------- labels (blind set 736: zyf01-zyf08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('homicides/murdered/slain/neutralised/neutralizing/remains/skulls/lost their lives/succumbed/die',
     r'\bhomicides?\b|\bmurdered\b|\bslain\b|\bneutrali[sz]|\bremains\b|\bskulls\b|\blives\b|\bsuccumbed\b|\bdie\b'),
    ('kidnapped/secured/seized/took/taken/abducted/arrest',
     r'\bkidnapped\b|\bsecur(?:ed|ing)\b|\bseized\b|\btook\b|\btaken\b'),
    ('disappearance/as missing', r'\bdisappearance\b'),
    ('have left/abandoned their homes/crossed/sheltering/hiding/sought refuge/forces … from their homes',
     r'\bleft\b|\babandoned\b|\bcrossed\b|\bsheltering\b|\bhiding\b|\bforces\b|\bstaying\b|\brefuge\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('gunmen/aggressors', r'\b(?:gunmen|aggressors)\b'),
    ('National Guard officers/elements/police officers',
     r'\b(?:National Guard officers|elements|officers)\b'),
    ('families/suspects/persons/inhabitants/Mexicans/victims',
     r'\b(?:families|suspects|persons|inhabitants|Mexicans|victims)\b'),
    ('young men/teenagers/minor/representatives/employees/searchers/volunteer/health worker',
     r'\b(?:young men|teenagers|minor|representatives|employees|searchers|volunteer|health worker)\b'),
]

# zyf01: cartel fighting around Motozintla, Chiapas (AFP style, one sentence a paragraph, en-dash
# dateline, curly quotes, British spelling)
A['zyf01.txt'] = dict(
    casualty=[
        C('At least 19 people were killed', 'killed', 19, 'at-least', 'people', id='tot'),
        C('14 of the dead were gunmen', 'killed', 14, 'exact', 'fighters', sub='tot'),
        C('five were civilians', 'killed', 5, 'exact', 'civilians', sub='tot'),
        C('two of her cousins were still unaccounted for', 'missing', 2, 'exact', 'people'),
        C('between 40 and 50 families were still hiding', 'displaced', None, 'range', 'people', low=40, high=50),
        C('around 3,000 people had fled', 'displaced', 3000, 'approx', 'people'),
        C('the number of displaced at up to 4,500', 'displaced', 4500, 'at-most', 'people',
          tags='contradicted'),
        C('kidnapped a handful of young men', 'detained', None, 'vague', 'men'),
        C('eight suspects had been arrested', 'detained', 8, 'exact', 'people', id='arr'),
        C('six of them', 'detained', 6, 'exact', 'people', sub='arr'),
        C('Two National Guard officers were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('nine people with gunshot wounds', 'injured', 9, 'exact', 'people', id='hosp'),
        C('three of them children', 'injured', 3, 'exact', 'children', sub='hosp'),
        C('the death toll to 23', 'killed', 23, 'exact', 'people', tags='update'),
        C('four more bodies were found', 'killed', 4, 'exact', 'people'),
        C('1,012 homicides', 'killed', 1012, 'exact', 'people'),
        C('almost 590 Mexicans', 'displaced', 590, 'at-most', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('The Chiapas state prosecutor’s office', 'official'),
        S('the office', 'official'),
        S('Residents', 'witness'),
        S('María Elena Pérez', 'witness', form='name'),
        S('Pérez', 'witness', nth=1, form='name'),
        S('A local priest', 'anonymous'),
        S('The state government', 'official'),
        S('The Soconusco Human Rights Centre', 'ngo'),
        S('The defence ministry', 'military'),
        S('the ministry', 'military'),
        S('A doctor at the general hospital in Motozintla', 'anonymous'),
        S('the prosecutor’s office', 'official'),
        S('the national public security system (SESNSP)', 'official'),
        S('Guatemala’s government', 'official'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('2021', 'year'),
        N('16-year-old', 'age'),
        N('about 200 armed men', 'count-people'),
        N('at least 30 houses', 'count-objects'),
        N('43', 'age'),
        N('her three children', 'count-people'),
        N('70-year-old', 'age'),
        N('two churches', 'count-objects'),
        N('at least 11 communities', 'count-objects'),
        N('600 soldiers', 'count-people'),
        N('2024', 'year'),
        N('28 percent', 'percentage'),
    ])

# zyf02: massacre at a quinceañera party in Apaseo el Alto, Guanajuato (Reuters style, straight quotes,
# American spelling, Reuters dateline and sign-off)
A['zyf02.txt'] = dict(
    casualty=[
        C('killing 11 people', 'killed', 11, 'exact', 'people', id='tot'),
        C('wounding at least 14', 'injured', 14, 'at-least', 'people', id='inj'),
        C('seven of the dead were men', 'killed', 7, 'exact', 'men', sub='tot'),
        C('four were women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('took two young men', 'detained', 2, 'exact', 'men'),
        C('five of them', 'injured', 5, 'exact', 'people', sub='inj'),
        C('Two of the wounded died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the death toll to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('the number of dead at 15', 'killed', 15, 'exact', 'people', tags='contradicted'),
        C('detained three suspects', 'detained', 3, 'exact', 'people', id='det'),
        C('one of them a minor', 'detained', 1, 'exact', 'children', sub='det'),
        C('the two young men', 'missing', 2, 'exact', 'men', tags='repeat'),
        C('Dozens of families have left', 'displaced', None, 'vague', 'people'),
        C('killed 12 people', 'killed', 12, 'exact', 'people'),
        C('2,982 homicide victims', 'killed', 2982, 'exact', 'people'),
    ],
    sources=[
        S('state authorities', 'official'),
        S("The Guanajuato state attorney general's office", 'official'),
        S('the office', 'official'),
        S('Witnesses', 'witness'),
        S("a victim's cousin", 'anonymous'),
        S('the state health ministry', 'official'),
        S('the ministry', 'official'),
        S('Local news site Bajio Hoy', 'media'),
        S('paramedics at the scene', 'anonymous'),
        S('State Security Secretary Alfonso Trevino', 'official', form='title-name'),
        S('neighbors', 'witness'),
        S('government data', 'official', form='document'),
    ],
    numbers=[
        N('Oct 12', 'date'),
        N('15-year-old', 'age'),
        N('about 80 shell casings', 'count-objects'),
        N('between eight and 10 armed men', 'count-people'),
        N('two pickup trucks', 'count-objects'),
        N('11 p.m.', 'time'),
        N('Hundreds of people', 'count-people'),
        N('300 troops', 'count-people'),
        N('about 100,000 people', 'population'),
        N('six years', 'duration'),
        N('2024', 'year'),
    ])

# zyf03: army and National Guard clash with gunmen in Luis Moya, Zacatecas (defence ministry communiqué
# in translated officialese, digits throughout, em-dash dateline, American spelling)
A['zyf03.txt'] = dict(
    casualty=[
        C('neutralizing 9 aggressors', 'killed', 9, 'exact', 'fighters'),
        C('securing 4 others', 'detained', 4, 'exact', 'fighters'),
        C('2 National Guard elements lost their lives', 'killed', 2, 'exact', 'soldiers'),
        C('5 more were wounded', 'injured', 5, 'exact', 'soldiers'),
        C('a number of aggressors', 'injured', None, 'vague', 'fighters'),
        C('the 5 elements', 'injured', 5, 'exact', 'soldiers', tags='repeat'),
        C('The 4 persons secured', 'detained', 4, 'exact', 'people', id='s4', tags='repeat'),
        C('1 woman', 'detained', 1, 'exact', 'women', sub='s4'),
        C('3 more bodies', 'killed', 3, 'exact', 'fighters'),
        C('the number of aggressors neutralized to 12', 'killed', 12, 'exact', 'fighters', tags='update'),
        C('secured 2 additional persons', 'detained', 2, 'exact', 'people'),
        C('the disappearance of at least 7 persons', 'missing', 7, 'at-least', 'people'),
        C('approximately 150 inhabitants', 'displaced', 150, 'approx', 'civilians'),
        C('38 families', 'displaced', 38, 'exact', 'people'),
        C('6 residents', 'killed', 6, 'exact', 'civilians', tags='contradicted'),
        C('the 2 elements', 'killed', 2, 'exact', 'soldiers', tags='repeat'),
    ],
    sources=[
        S('the Secretariat of National Defense (SEDENA)', 'military'),
        S('The commander of the 11th Military Zone, Brigadier General Ricardo Saldívar Montes', 'military',
          form='title-name'),
        S("the Zacatecas State Attorney General's Office", 'official'),
        S('General Saldívar Montes', 'military', form='title-name'),
        S('The State Coordination of Civil Protection', 'official'),
        S('The Coordinator of Civil Protection, Mariana Robles Ortiz', 'official', form='title-name'),
        S('This Secretariat', 'military'),
        S('some media outlets', 'media'),
    ],
    numbers=[
        N('4 March 2025', 'date'),
        N('2 March', 'date'),
        N('Communiqué 071/2025', 'other'),
        N('approximately 06:30 hours', 'time'),
        N('42 elements', 'count-people'),
        N('Federal Highway 45', 'other'),
        N('3 vehicles', 'count-objects'),
        N('11 long weapons', 'count-objects'),
        N('2 handguns', 'count-objects'),
        N('48 magazines', 'count-objects'),
        N('3,100 cartridges', 'count-objects'),
        N('4 vehicles', 'count-objects'),
        N('2 of them', 'count-objects'),
        N('3 March', 'date'),
        N('11th Military Zone', 'other'),
        N('2 tactical vehicles', 'count-objects'),
        N('2023', 'year'),
        N('1,200 elements', 'count-people'),
        N('the three orders of government', 'count-objects'),
        N('089', 'other'),
    ])

# zyf04: forced displacement of Tsotsil communities in Simojovel, Chiapas (NGO statement: headline,
# en-dash dateline, first person plural, list of demands, notes to editors, curly quotes, British spelling)
A['zyf04.txt'] = dict(
    casualty=[
        C('forces 1,327 Tsotsil villagers from their homes', 'displaced', 1327, 'exact', 'civilians', id='h'),
        C('the forced displacement of at least 1,327 people', 'displaced', 1327, 'at-least', 'people',
          tags='repeat'),
        C('At least four people were killed', 'killed', 4, 'at-least', 'people', id='k'),
        C('two children', 'killed', 2, 'exact', 'children', sub='k'),
        C('seven others were wounded', 'injured', 7, 'exact', 'people', id='w'),
        C('two of the wounded', 'injured', 2, 'exact', 'people', sub='w'),
        C('Eleven people', 'missing', 11, 'exact', 'people', id='m'),
        C('five women', 'missing', 5, 'exact', 'women', sub='m'),
        C('1,327 people', 'displaced', 1327, 'exact', 'people', nth=1, id='r', tags='repeat'),
        C('412 of them children', 'displaced', 412, 'exact', 'children', sub='r'),
        C('At least 60 more people are hiding', 'displaced', 60, 'at-least', 'people'),
        C('hundreds more have sought refuge', 'displaced', None, 'vague', 'people'),
        C('740 displaced people', 'displaced', 740, 'exact', 'people', tags='contradicted'),
        C('abducted three community representatives', 'detained', 3, 'exact', 'civilians'),
        C('six suspects had been arrested', 'detained', 6, 'exact', 'people'),
        C('More than 15,700 people have been forcibly displaced', 'displaced', 15700, 'at-least', 'people'),
        C('at least 28 people have been killed', 'killed', 28, 'at-least', 'people'),
        C('the 1,327 displaced people', 'displaced', 1327, 'exact', 'people', tags='repeat'),
        C('the 11 missing people', 'missing', 11, 'exact', 'people', tags='repeat'),
        C('the three abducted representatives', 'detained', 3, 'exact', 'civilians', tags='repeat'),
    ],
    sources=[
        S('Families', 'witness'),
        S('A nurse at the health post in the municipal seat', 'anonymous'),
        S('a woman from the community of San Antonio Brillante', 'anonymous'),
        S('The parish of Simojovel', 'other'),
        S('community authorities', 'official'),
        S('The Chiapas state government', 'official'),
        S('Residents', 'witness'),
        S('The federal Secretariat of Security and Civilian Protection', 'official'),
        S('Dr Rosa Icó Gómez', 'ngo', form='title-name'),
    ],
    numbers=[
        N('18 August 2025', 'date'),
        N('nine Tsotsil communities', 'count-objects'),
        N('9 and 14 August', 'date'),
        N('67-year-old', 'age'),
        N('14 hours', 'duration'),
        N('under 12', 'age'),
        N('fewer than 10 days', 'duration'),
        N('2,000 pesos', 'money'),
        N('250 National Guard troops', 'count-people'),
        N('2010', 'year'),
        N('two years', 'duration'),
        N('1998', 'year'),
        N('34 Indigenous communities', 'count-objects'),
        N('+52 967 123 4567', 'other'),
    ])

# zyf05: displacement in Mazapa de Madero, Chiapas (UN flash update: title, highlights, sections,
# bullets, digits, "per cent", British spelling)
A['zyf05.txt'] = dict(
    casualty=[
        C('displaced an estimated 2,400 people', 'displaced', 2400, 'approx', 'people', id='h'),
        C('At least 7 people have been killed', 'killed', 7, 'at-least', 'people', id='k'),
        C('2 women', 'killed', 2, 'exact', 'women', sub='k'),
        C('9 people have been injured', 'injured', 9, 'exact', 'people'),
        C('5 people', 'missing', 5, 'exact', 'people', id='m'),
        C('1 health worker', 'missing', 1, 'exact', 'other', sub='m'),
        C('the number of people killed to 7', 'killed', 7, 'exact', 'people', tags='update'),
        C('200–300 people have fled', 'displaced', None, 'range', 'people', low=200, high=300),
        C('4', 'killed', 4, 'exact', 'people'),
        C('the bodies of 3 men', 'killed', 3, 'exact', 'men'),
        C('1,850 of the displaced', 'displaced', 1850, 'exact', 'people', sub='h'),
        C('roughly 550 are sheltering', 'displaced', 550, 'approx', 'people', sub='h'),
        C('An estimated 310 people have crossed', 'displaced', 310, 'approx', 'people'),
        C('at least 12 young men were abducted', 'detained', 12, 'at-least', 'men', id='ab'),
        C('4 of them', 'detained', 4, 'exact', 'men', sub='ab'),
        C('the 9 injured people', 'injured', 9, 'exact', 'people', id='i2', tags='repeat'),
        C('3 of them', 'injured', 3, 'exact', 'people', sub='i2'),
    ],
    sources=[
        S('municipal authorities', 'official'),
        S('the State Prosecutor’s Office', 'official'),
        S('humanitarian partners', 'ngo'),
        S('Local authorities', 'official'),
        S('Community leaders', 'other'),
        S('the State Prosecutor’s Office', 'official', nth=1),
        S('the municipal civil protection unit', 'official'),
        S('Guatemala’s National Coordinator for Disaster Reduction (CONRED)', 'official'),
        S('Partners', 'ngo'),
        S('community leaders', 'other'),
        S('Families', 'witness'),
        S('The state health ministry', 'official'),
        S('PAHO', 'ngo'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('22 July 2025', 'date'),
        N('15 July', 'date'),
        N('14 communities', 'count-objects'),
        N('some 600 people', 'count-people'),
        N('15 July', 'date', nth=1),
        N('two criminal groups', 'count-objects'),
        N('scores of houses', 'count-objects'),
        N('19 July', 'date'),
        N('Flash Update No. 1', 'other'),
        N('3 collective centres', 'count-objects'),
        N('Over 40 per cent', 'percentage'),
        N('17 July', 'date'),
        N('1 of the municipality’s 4 health posts', 'count-objects'),
        N('270 consultations', 'count-objects'),
        N('18 July', 'date'),
        N('some 800 children', 'count-people'),
        N('under five', 'age'),
        N('1,200 food rations', 'count-objects'),
        N('Some 3,500 people', 'count-people'),
        N('US$1.8 million', 'money'),
        N('3 months', 'duration'),
    ])

# zyf06: search collective finds graves near Sain Alto, Zacatecas (broadcaster's website: headline and
# byline, curly quotes, British spelling, present-tense "says")
A['zyf06.txt'] = dict(
    casualty=[
        C('find 32 bodies', 'killed', 32, 'exact', 'people', id='h'),
        C('the remains of at least 32 people', 'killed', 32, 'at-least', 'people', tags='repeat'),
        C('exhumed 19 complete bodies', 'killed', 19, 'exact', 'people', id='ex'),
        C('four women', 'killed', 4, 'exact', 'women', sub='ex'),
        C('417 people as missing', 'missing', 417, 'exact', 'people'),
        C('more than 3,000 people as missing', 'missing', 3000, 'at-least', 'people'),
        C('over 125,000', 'missing', 125000, 'at-least', 'people'),
        C('five people had been arrested', 'detained', 5, 'exact', 'people', id='arr'),
        C('two of them local police officers', 'detained', 2, 'exact', 'soldiers', sub='arr'),
        C('at least 40 skulls', 'killed', 40, 'at-least', 'people', id='sk', tags='contradicted'),
        C('10 to 12 children', 'killed', None, 'range', 'children', low=10, high=12, sub='sk'),
        C('At least three searchers have been killed', 'killed', 3, 'at-least', 'other'),
        C('one volunteer', 'detained', 1, 'exact', 'other'),
        C('some 80 families fled', 'displaced', 80, 'approx', 'people'),
        C('killed six men', 'killed', 6, 'exact', 'men'),
    ],
    sources=[
        S('The Zacatecas state attorney general’s office', 'official'),
        S('the office', 'official'),
        S('Yolanda Márquez', 'other', form='name'),
        S('The group', 'other'),
        S('Mexico’s National Registry of Missing and Unlocated Persons', 'official'),
        S('Zacatecas’s public security secretary, Arturo Medina Salcido', 'official', form='title-name'),
        S('the collective', 'other', nth=1),
        S('Mrs Márquez', 'other', form='name'),
        S('A forensic technician working at the site', 'anonymous'),
        S('the UN human rights office in Mexico', 'ngo'),
        S('residents', 'witness'),
        S('The federal security cabinet', 'official'),
    ],
    numbers=[
        N('11 pits', 'count-objects'),
        N('about 40 kilometres', 'distance'),
        N('three weeks', 'duration'),
        N('2021', 'year'),
        N('the age of 24', 'age'),
        N('one of at least 14 search collectives', 'count-objects'),
        N('2018', 'year'),
        N('2022', 'year'),
        N('About 4,000 soldiers', 'count-people'),
        N('21%', 'percentage'),
    ])

# zyf07: gunmen attack a bar in Romita, Guanajuato (AP style, em-dash dateline, straight quotes, American
# spelling, AP contributor line)
A['zyf07.txt'] = dict(
    casualty=[
        C('killing eight people', 'killed', 8, 'exact', 'people', id='tot'),
        C('wounding five others', 'injured', 5, 'exact', 'people', id='inj'),
        C('six men', 'killed', 6, 'exact', 'men', sub='tot'),
        C('two women were killed', 'killed', 2, 'exact', 'women', sub='tot'),
        C('two employees', 'killed', 2, 'exact', 'other', sub='tot'),
        C('the death toll to 10', 'killed', 10, 'exact', 'people', tags='update'),
        C('two of the wounded had succumbed', 'killed', 2, 'exact', 'people', sub='inj'),
        C('five or six people die', 'killed', None, 'range', 'people', low=5, high=6),
        C('The remaining three wounded', 'injured', 3, 'exact', 'people', sub='inj'),
        C('arrested two suspects', 'detained', 2, 'exact', 'people'),
        C('several families', 'displaced', None, 'vague', 'people'),
        C('as many as 12 people had died', 'killed', 12, 'at-most', 'people', tags='contradicted'),
        C('killed at least seven people', 'killed', 7, 'at-least', 'people'),
        C('upwards of 1,400 homicides', 'killed', 1400, 'at-least', 'people'),
        C('56 slain', 'killed', 56, 'exact', 'soldiers'),
    ],
    sources=[
        S('authorities in Guanajuato state', 'official'),
        S('the Romita municipal government', 'official'),
        S("The Guanajuato state prosecutor's office", 'official'),
        S('the office', 'official'),
        S('A waitress', 'anonymous'),
        S('the woman', 'anonymous'),
        S('Romita Mayor Ana Lilia Rangel', 'official', form='title-name'),
        S('Local news outlets', 'media'),
        S('Red Cross paramedics', 'anonymous'),
        S('Rangel', 'official', nth=1, form='name'),
        S('government figures', 'official', form='document'),
        S('the civic group Observatorio Ciudadano de Guanajuato', 'ngo'),
        S('the federal Security Secretariat', 'official'),
    ],
    numbers=[
        N('1 a.m.', 'time'),
        N('at least four armed men', 'count-people'),
        N('about 60,000 people', 'population'),
        N('three attacks on bars', 'count-objects'),
        N('about 20 miles', 'distance'),
        N('32 kilometers', 'distance'),
        N('2024', 'year'),
        N('about 1,500 National Guard troops', 'count-people'),
    ])

# zyf08: a farm town emptied by cartel war, Huanímaro, Guanajuato (a newspaper's own correspondent:
# headline, "From our correspondent" line, first person, present-tense "says", curly quotes, British
# spelling, en-dash asides)
A['zyf08.txt'] = dict(
    casualty=[
        C('nearly 40 families have left', 'displaced', 40, 'at-most', 'people'),
        C('112 families had abandoned their homes', 'displaced', 112, 'exact', 'people'),
        C('37 people were murdered', 'killed', 37, 'exact', 'people'),
        C('the 31 recorded', 'killed', 31, 'exact', 'people'),
        C('four have been killed', 'killed', 4, 'exact', 'soldiers'),
        C('Two more were abducted', 'detained', 2, 'exact', 'soldiers'),
        C('killed seven people', 'killed', 7, 'exact', 'people', id='p'),
        C('three teenagers', 'killed', 3, 'exact', 'children', sub='p'),
        C('Eleven others were hurt', 'injured', 11, 'exact', 'people'),
        C('detained 19 suspects', 'detained', 19, 'exact', 'people'),
        C('“neutralised” three gunmen', 'killed', 3, 'exact', 'fighters'),
        C('took five men', 'detained', 5, 'exact', 'men'),
        C('46 people as missing', 'missing', 46, 'exact', 'people'),
        C('the number at about 70', 'missing', 70, 'approx', 'people', tags='contradicted'),
        C('the arrest of more than 1,900 suspects', 'detained', 1900, 'at-least', 'people'),
        C('thousands have left', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('Eulalia Ramírez', 'witness', form='name'),
        S('Ramírez', 'witness', nth=1, form='name'),
        S('The municipal government', 'official'),
        S('the state prosecutor’s office', 'official'),
        S('the police chief', 'anonymous'),
        S('The National Guard', 'military'),
        S('Residents', 'witness'),
        S('Teresa Olvera', 'witness', form='name'),
        S('The state’s search commission', 'official'),
        S('A local collective, Madres Unidas por Huanímaro', 'other'),
        S('the federal security cabinet', 'official'),
        S('Eulalia Ramírez', 'witness', nth=1, form='name'),
    ],
    numbers=[
        N('58', 'age'),
        N('some 300 homes', 'count-objects'),
        N('about 20,000 people', 'population'),
        N('three years', 'duration'),
        N('the town’s 24 municipal officers', 'count-people'),
        N('nine have resigned', 'count-people'),
        N('150 troops', 'count-people'),
        N('17-year-old', 'age'),
        N('two doors down', 'distance'),
        N('May 2024', 'date'),
        N('25 per cent', 'percentage'),
        N('six months', 'duration'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
