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

# ---------------------------------------------------------------- labels (blind set 542: kd01-kd08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('murders / murdered / homicides / shot dead / neutralised / lost their lives / gave their lives / remains',
     r'\bmurder(?:s|ed)?\b|\bhomicides\b|\bshot dead\b|\bneutralised\b|\blives\b|\bremains\b|\bfound dead\b'),
    ('disappeared / gone / taken / kidnapped / deprived of their liberty / generators … arrested',
     r'\bdisappeared\b|\bgone\b|\btaken\b|\bkidnapped\b|\bliberty\b|\bdetainees\b'),
    ('left / abandoned / moved on / crossed into the United States / seeking asylum / sheltering',
     r'\bleft\b|\babandoned\b|\bcrossed\b|\basylum\b|\bsheltering\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('guardsmen/elements/comrades/officers/National Guard members',
     r'\b(?:guardsmen|elements|comrades|officers|members)\b'),
    ('attackers/aggressors/gunmen/generators of violence/suspects/perpetrators',
     r'\b(?:attackers|aggressors|gunmen|generators|suspects|perpetrators)\b'),
    ('teenagers/sons/young men/migrants/families/workers/staff/Mexican nationals',
     r'\b(?:teenagers|sons|young men|migrants|families|workers|staff|nationals)\b'),
]

# kd01: gunmen storm a family party in Praxedis G. Guerrero, Juárez Valley (AFP style, one sentence a
# paragraph, British spelling, curly quotes)
A['kd01.txt'] = dict(
    casualty=[
        C('killing at least 14 people', 'killed', 14, 'at-least', 'people', id='tot'),
        C('four teenagers', 'killed', 4, 'exact', 'children', sub='tot'),
        C('Another six people were wounded', 'injured', 6, 'exact', 'people', id='inj'),
        C('nine of the dead', 'killed', 9, 'exact', 'people', sub='tot'),
        C('two of the wounded', 'injured', 2, 'exact', 'people', sub='inj'),
        C('the toll had risen to 16', 'killed', 16, 'exact', 'people', tags='update'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the death toll higher, at 19', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('three more bodies had been found', 'killed', 3, 'exact', 'people'),
        C('the three bodies', 'killed', 3, 'exact', 'people', tags='repeat'),
        C('arrested five suspects', 'detained', 5, 'exact', 'people'),
        C('One suspect was shot dead', 'killed', 1, 'exact', 'people'),
        C('one soldier was slightly hurt', 'injured', 1, 'exact', 'soldiers'),
        C('Hundreds of families have fled', 'displaced', None, 'vague', 'people'),
        C('60 to 70 residents had disappeared', 'missing', None, 'range', 'civilians', low=60, high=70),
        C('1,872 murders', 'killed', 1872, 'exact', 'people'),
        C('More than 450,000 people have been murdered', 'killed', 450000, 'at-least', 'people'),
        C('more than 100,000 are listed as missing', 'missing', 100000, 'at-least', 'people'),
    ],
    sources=[
        S('state prosecutors', 'official'),
        S('the Chihuahua attorney general’s office', 'official'),
        S('a 38-year-old woman', 'witness', form='role'),
        S('Regional prosecutor Carlos Manuel Salas', 'official', form='title-name'),
        S('Salas', 'official', nth=1, form='name'),
        S('the state forensic service', 'official'),
        S('The local newspaper El Heraldo del Valle', 'media'),
        S('police sources', 'anonymous'),
        S('The attorney general’s office', 'official'),
        S('Mexico’s Defence Ministry', 'military'),
        S('the ministry', 'military'),
        S('census figures', 'other', form='document'),
        S('Mariana Quezada', 'ngo', form='name'),
        S('the national public security system', 'official'),
        S('official figures', 'official', form='document'),
    ],
    numbers=[
        N('11:30 pm', 'time'),
        N('about 20 armed men', 'count-people'),
        N('three pick-up trucks', 'count-objects'),
        N('38-year-old', 'age'),
        N('aged 12', 'age'),
        N('more than 15 years', 'duration'),
        N('some 60 kilometres', 'distance'),
        N('at least two days', 'duration'),
        N('four rifles', 'count-objects'),
        N('8,500 inhabitants', 'population'),
        N('2008', 'year'),
        N('two years', 'duration'),
        N('January 2023', 'date'),
        N('one of Mexico’s most violent states', 'other'),
        N('December 2006', 'date'),
    ])

# kd02: a National Guard convoy ambushed near Villa Ahumada, migrants taken off a bus (Reuters style,
# American spelling, straight quotes)
A['kd02.txt'] = dict(
    casualty=[
        C('killing seven guardsmen', 'killed', 7, 'exact', 'soldiers', id='tot'),
        C('wounding 11 others', 'injured', 11, 'exact', 'soldiers', id='inj'),
        C('Four of the wounded', 'injured', 4, 'exact', 'soldiers', sub='inj'),
        C('killed 12 attackers', 'killed', 12, 'exact', 'fighters'),
        C('detained three more', 'detained', 3, 'exact', 'fighters'),
        C('eight to 10 attackers had been killed', 'killed', None, 'range', 'fighters', low=8, high=10,
          tags='contradicted'),
        C('several of its wounded', 'injured', None, 'vague', 'fighters'),
        C('one of the wounded guardsmen died', 'killed', 1, 'exact', 'soldiers', sub='inj'),
        C('the death toll to eight', 'killed', 8, 'exact', 'soldiers', tags='update'),
        C('thousands of its residents have left', 'displaced', None, 'vague', 'civilians'),
        C('two officers', 'killed', 2, 'exact', 'soldiers'),
        C('kidnapped nine residents', 'detained', 9, 'exact', 'civilians'),
        C('at least 40 families had left', 'displaced', 40, 'at-least', 'people'),
        C('26 migrants', 'missing', 26, 'exact', 'people', id='mig'),
        C('six children', 'missing', 6, 'exact', 'children', sub='mig'),
        C('up to 40 people had been taken off the bus', 'detained', 40, 'at-most', 'people', tags='contradicted'),
        C('at least 118 migrants abducted', 'detained', 118, 'at-least', 'people'),
        C('Nearly 2,000 National Guard members have been wounded', 'injured', 2000, 'at-most', 'soldiers'),
        C('310 have been killed', 'killed', 310, 'exact', 'soldiers'),
    ],
    sources=[
        S('security officials', 'official'),
        S('the National Guard', 'military'),
        S('the Defense Ministry', 'military'),
        S('A state security official', 'anonymous'),
        S('a National Guard spokesman', 'military', form='role'),
        S('Residents', 'witness'),
        S('a woman', 'anonymous'),
        S('State Public Security Secretary Arturo Benavides', 'official', form='title-name'),
        S('prosecutors in Ciudad Juarez', 'official'),
        S('The bus company, Transportes Nortenos', 'other', form='organisation'),
        S('The International Organization for Migration', 'ngo'),
        S('survivors', 'witness'),
        S('The agency', 'ngo'),
        S('government figures', 'official', form='document'),
    ],
    numbers=[
        N('one of the deadliest', 'other'),
        N('14 vehicles', 'count-objects'),
        N('Federal Highway 45', 'other'),
        N('17-year-old', 'age'),
        N('two armored trucks', 'count-objects'),
        N('some 12,000 people', 'population'),
        N('almost two decades', 'duration'),
        N('2008', 'year'),
        N('300 of us', 'population'),
        N('200 more state police officers', 'count-people'),
        N('31 passengers', 'count-people'),
        N('five Mexican travelers', 'count-people'),
        N('35%', 'percentage'),
        N('2019', 'year'),
    ])

# kd03: an army and National Guard clash in the Anáhuac section of Ciudad Cuauhtémoc (state media, the
# federal government's news agency voice, en-dash dateline)
A['kd03.txt'] = dict(
    casualty=[
        C('neutralised 9 aggressors', 'killed', 9, 'exact', 'fighters'),
        C('arrested 6 others', 'detained', 6, 'exact', 'fighters', id='arr'),
        C('2 of them wounded', 'injured', 2, 'exact', 'fighters', sub='arr'),
        C('Two elements of the National Guard lost their lives', 'killed', 2, 'exact', 'soldiers'),
        C('3 more were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('A number of the aggressors fled wounded', 'injured', None, 'vague', 'fighters'),
        C('Our two comrades gave their lives', 'killed', 2, 'exact', 'soldiers', tags='repeat'),
        C('the 6 detainees', 'detained', 6, 'exact', 'fighters', id='det', tags='repeat'),
        C('1 woman', 'detained', 1, 'exact', 'women', sub='det'),
        C('15 civilians', 'killed', 15, 'exact', 'civilians', tags='contradicted'),
        C('3 residents', 'injured', 3, 'exact', 'civilians'),
        C('11 persons deprived of their liberty', 'detained', 11, 'exact', 'people', id='res'),
        C('4 agricultural workers', 'detained', 4, 'exact', 'other', sub='res'),
        C('detained 2 probable perpetrators', 'detained', 2, 'exact', 'people'),
        C('1,264 generators of violence have been arrested', 'detained', 1264, 'exact', 'fighters'),
        C('47 families who left their homes', 'displaced', 47, 'exact', 'people'),
    ],
    sources=[
        S('the Security Cabinet of the Government of Mexico', 'official'),
        S('the report', 'official', form='document'),
        S('the report', 'official', nth=1, form='document'),
        S('the commander of the 5th Military Zone, General Ramiro Ochoa Treviño', 'military', form='title-name'),
        S('The Attorney General of the Republic (FGR)', 'official'),
        S('The Security Cabinet', 'official'),
        S('some media outlets', 'media'),
        S('the Cabinet', 'official'),
        S('The Municipal President of Cuauhtémoc, Humberto Pérez Loya', 'official', form='title-name'),
        S('the State Attorney General’s Office (FGE)', 'official'),
        S('figures of the Security Cabinet', 'official', form='document'),
        S('The Secretariat of Welfare', 'official'),
    ],
    numbers=[
        N('14 May', 'date'),
        N('4 vehicles', 'count-objects'),
        N('5th Military Zone', 'other'),
        N('14 long weapons', 'count-objects'),
        N('3 short weapons', 'count-objects'),
        N('87 magazines', 'count-objects'),
        N('2,300 cartridges', 'count-objects'),
        N('5 vehicles', 'count-objects'),
        N('2 of them with armour plating', 'count-objects'),
        N('16 years of age', 'age'),
        N('9 May', 'date'),
        N('18 per cent', 'percentage'),
        N('1,850 elements', 'count-people'),
    ])

# kd04: disappearances of young men after police detentions in Riberas del Bravo, Ciudad Juárez (NGO
# statement with a list of demands and notes to editors, British spelling, curly quotes)
A['kd04.txt'] = dict(
    casualty=[
        C('At least 23 young men have disappeared', 'missing', 23, 'at-least', 'men', id='miss'),
        C('Of those, 14 were detained', 'detained', 14, 'exact', 'men', sub='miss'),
        C('the bodies of five', 'killed', 5, 'exact', 'men', sub='miss'),
        C('At least two of the disappeared', 'missing', 2, 'at-least', 'men', sub='miss'),
        C('212 murders', 'killed', 212, 'exact', 'people', id='mur'),
        C('37', 'killed', 37, 'exact', 'people', sub='mur'),
        C('29', 'killed', 29, 'exact', 'people'),
        C('fewer than five of the 23 men had ever been arrested', 'detained', 5, 'at-most', 'men', sub='miss',
          tags='contradicted'),
        C('the remains of at least 11 people', 'killed', 11, 'at-least', 'people', id='rem'),
        C('three of whom', 'killed', 3, 'exact', 'people', sub='rem'),
        C('300–350 families have abandoned their homes', 'displaced', None, 'range', 'people', low=300, high=350),
        C('the 23 men', 'missing', 23, 'exact', 'men', nth=1, tags='repeat'),
        C('more than 3,000 unidentified bodies', 'killed', 3000, 'at-least', 'people'),
        C('more than 115,000 people', 'missing', 115000, 'at-least', 'people', id='reg'),
        C('3,900 of them', 'missing', 3900, 'exact', 'people', sub='reg'),
    ],
    sources=[
        S('the Border Human Rights Network (BHRN)', 'ngo'),
        S('Dr Lucía Ontiveros', 'ngo', form='title-name'),
        S('BHRN', 'ngo', nth=2),
        S('Three former detainees', 'witness', form='collective'),
        S('The Chihuahua State Attorney General’s Office', 'official'),
        S('The municipal Secretariat of Public Security', 'official'),
        S('Madres del Bravo', 'other'),
        S('BHRN’s estimate', 'ngo', form='document'),
        S('Ontiveros', 'ngo', nth=1, form='name'),
        S('Mexico’s national registry of missing persons', 'official', form='document'),
    ],
    numbers=[
        N('3 October 2024', 'date'),
        N('was 15', 'age'),
        N('41 relatives', 'count-people'),
        N('Three former detainees', 'count-people'),
        N('between 20,000 and 50,000 pesos', 'money'),
        N('2023', 'year'),
        N('36 hours', 'duration'),
        N('nine clandestine graves', 'count-objects'),
        N('about 1,200 houses', 'count-objects'),
        N('District 4', 'other'),
        N('2011', 'year'),
        N('more than 400 families', 'count-people'),
    ])

# kd05: clashes and displacement in Ascensión municipality (UN OCHA-style flash update: highlights,
# situation overview, displacement by site, protection, health, education, response, funding)
A['kd05.txt'] = dict(
    casualty=[
        C('killed at least 17 people', 'killed', 17, 'at-least', 'people', id='hk'),
        C('three children', 'killed', 3, 'exact', 'children', sub='hk'),
        C('An estimated 2,100 people have fled', 'displaced', 2100, 'approx', 'people', id='hd'),
        C('about 1,400 are sheltering', 'displaced', 1400, 'approx', 'people', sub='hd'),
        C('has killed 17 people', 'killed', 17, 'exact', 'people', id='ov', tags='repeat'),
        C('injured at least 25', 'injured', 25, 'at-least', 'people', id='inj'),
        C('three children', 'killed', 3, 'exact', 'children', nth=1, sub='ov', tags='repeat'),
        C('two women', 'killed', 2, 'exact', 'women', sub='ov'),
        C('between nine and 12 people remain unaccounted for', 'missing', None, 'range', 'people', low=9, high=12),
        C('the arrest of 12 suspects', 'detained', 12, 'exact', 'people'),
        C('an estimated 2,100 people have left', 'displaced', 2100, 'approx', 'people', id='dsp', tags='repeat'),
        C('about 1,400', 'displaced', 1400, 'approx', 'people', nth=1, id='sh', sub='dsp', tags='repeat'),
        C('620 people', 'displaced', 620, 'exact', 'people', sub='sh'),
        C('310 people', 'displaced', 310, 'exact', 'people', sub='sh'),
        C('270 people', 'displaced', 270, 'exact', 'people', sub='sh'),
        C('about 200 people', 'displaced', 200, 'approx', 'people', sub='sh'),
        C('Some 700 people', 'displaced', 700, 'approx', 'people', sub='dsp'),
        C('around 40 people have crossed into the United States', 'displaced', 40, 'approx', 'people'),
        C('at least 30 young men have been taken', 'detained', 30, 'at-least', 'men'),
        C('19 of the injured', 'injured', 19, 'exact', 'people', id='hosp', sub='inj'),
        C('six of whom', 'injured', 6, 'exact', 'people', sub='hosp'),
    ],
    sources=[
        S('the Chihuahua State Attorney General’s Office (FGE)', 'official'),
        S('Local authorities', 'official'),
        S('local sources', 'anonymous'),
        S('the National Guard', 'military'),
        S('the municipal civil protection office', 'official'),
        S('partners', 'ngo', form='collective'),
        S('Protection partners', 'ngo', form='collective'),
        S('The Chihuahua State Human Rights Commission (CEDH)', 'official'),
        S('The Ascensión community hospital', 'official'),
        S('the municipal health office', 'official'),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('12 August 2024', 'date'),
        N('6 August', 'date'),
        N('several communities', 'count-objects'),
        N('6 August', 'date', nth=1),
        N('some 250 km', 'distance'),
        N('8 August', 'date'),
        N('10 August', 'date'),
        N('Two primary schools', 'count-objects'),
        N('46 complaints', 'count-objects'),
        N('12 beds', 'count-objects'),
        N('some 1,100 pupils', 'count-people'),
        N('860 people', 'count-people'),
        N('US$500,000', 'money'),
        N('US$1.8 million', 'money'),
        N('three months', 'duration'),
    ])

# kd06: gunmen kill patients at a drug rehabilitation centre in Anapra, Ciudad Juárez (a broadcaster's
# website: headline and byline, British spelling, straight quotes)
A['kd06.txt'] = dict(
    casualty=[
        C('kill 11', 'killed', 11, 'exact', 'people', id='hd'),
        C('killed 11 people', 'killed', 11, 'exact', 'people', id='tot', tags='repeat'),
        C('Four more people were wounded', 'injured', 4, 'exact', 'people', id='w'),
        C('two or three of them', 'injured', None, 'range', 'people', low=2, high=3, sub='w'),
        C('two members of staff', 'killed', 2, 'exact', 'other', sub='tot'),
        C('one of the wounded had died', 'killed', 1, 'exact', 'people', sub='w'),
        C('the death toll to 12', 'killed', 12, 'exact', 'people', tags='update contradicted'),
        C('the number of dead remained at 11', 'killed', 11, 'exact', 'people', tags='repeat'),
        C('all four of the wounded', 'injured', 4, 'exact', 'people', tags='repeat'),
        C('killed 18 people', 'killed', 18, 'exact', 'people'),
        C('almost 3,000 people were killed', 'killed', 3000, 'at-most', 'people'),
        C('1,034 homicides', 'killed', 1034, 'exact', 'people'),
        C('dozens of families have left', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('Local officials', 'official'),
        S("the Chihuahua state prosecutor's office", 'official'),
        S("the centre's director, Pastor Ramón Ibarra", 'other', form='title-name'),
        S('Mr Ibarra', 'other', form='name'),
        S('A neighbour, Rosa Elvira Chávez', 'witness', form='name'),
        S('Police sources', 'anonymous'),
        S('the local newspaper Frontera Hoy', 'media'),
        S('A doctor', 'anonymous'),
        S("the state prosecutor's office", 'official'),
        S('official figures', 'official', form='document'),
        S('Residents', 'witness'),
    ],
    numbers=[
        N('about 15 armed men', 'count-people'),
        N('19-year-old', 'age'),
        N('one person', 'count-people'),
        N('23 men', 'count-people'),
        N('eight of them escaped', 'count-people'),
        N('2009', 'year'),
        N('2010', 'year'),
        N('about 25,000 people', 'population'),
        N('several shelters', 'count-objects'),
    ])

# kd07: clandestine graves in the sand dunes outside Samalayuca (AP style, em-dash dateline, American
# spelling, straight quotes)
A['kd07.txt'] = dict(
    casualty=[
        C('the remains of at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('found two bodies', 'killed', 2, 'exact', 'people'),
        C('14 of the victims were men', 'killed', 14, 'exact', 'men', sub='tot'),
        C('three were women', 'killed', 3, 'exact', 'women', sub='tot'),
        C('the remaining two', 'killed', 2, 'exact', 'people', sub='tot'),
        C('five of the dead', 'killed', 5, 'exact', 'people', sub='tot'),
        C('as many as 26 bodies', 'killed', 26, 'at-most', 'people', tags='contradicted'),
        C('the number of bodies recovered to 21', 'killed', 21, 'exact', 'people', tags='update'),
        C('arrested two men', 'detained', 2, 'exact', 'men'),
        C('more than 3,800 people registered as missing', 'missing', 3800, 'at-least', 'people', id='reg'),
        C('almost 600 of them disappeared', 'missing', 600, 'at-most', 'people', sub='reg'),
        C('the bodies of a dozen men', 'killed', 12, 'exact', 'men'),
        C('scores of residents have left', 'displaced', None, 'vague', 'civilians'),
    ],
    sources=[
        S('Chihuahua state prosecutors', 'official'),
        S('relatives of the missing', 'witness', form='collective'),
        S('Prosecutor Jorge Armendariz Luna', 'official', form='title-name'),
        S('Armendariz', 'official', nth=1, form='name'),
        S('The Chihuahua Forensic Medical Service', 'official'),
        S('His mother, Elvira Saucedo', 'witness', form='name'),
        S('The collective, Buscadoras de Juarez', 'other'),
        S('A state official', 'anonymous'),
        S("the prosecutor's office", 'official'),
        S('State police', 'official'),
        S('a police report', 'official', form='document'),
        S('the National Search Commission', 'official'),
        S('Pedro Ruelas', 'witness', form='name'),
    ],
    numbers=[
        N('about 3 miles', 'distance'),
        N('11 grave sites', 'count-objects'),
        N('24-year-old', 'age'),
        N('seven months', 'duration'),
        N('Three of its members', 'count-people'),
        N('several remains', 'count-objects'),
        N('two years', 'duration'),
        N('about 1,500 people', 'population'),
        N('2021', 'year'),
        N('About 60 homes', 'count-objects'),
    ])

# kd08: abductions, killings and an exodus of ranching families in Ojinaga (a newspaper's own
# correspondent: byline, an em-dash aside, curly quotes, British spelling)
A['kd08.txt'] = dict(
    casualty=[
        C('three of his sons', 'detained', 3, 'exact', 'men', sub='abd'),
        C('at least 38', 'detained', 38, 'at-least', 'people', id='abd'),
        C('At least 61 people have been killed', 'killed', 61, 'at-least', 'people', id='tot'),
        C('four police officers', 'killed', 4, 'exact', 'soldiers', sub='tot'),
        C('killing nine people', 'killed', 9, 'exact', 'people'),
        C('Twenty-six others were wounded', 'injured', 26, 'exact', 'people'),
        C('another two bodies', 'killed', 2, 'exact', 'people'),
        C('killed 23 gunmen', 'killed', 23, 'exact', 'fighters'),
        C('arrested 54 suspects', 'detained', 54, 'exact', 'people'),
        C('roughly 1,200 people have been forced from their homes', 'displaced', 1200, 'approx', 'people'),
        C('more than 300 Mexican nationals', 'displaced', 300, 'at-least', 'people'),
        C('the 11 men', 'detained', 11, 'exact', 'men', id='ej'),
        C('Two were found dead', 'killed', 2, 'exact', 'men', sub='ej'),
        C('The other nine', 'missing', 9, 'exact', 'men', id='nine', sub='ej'),
        C('her three sons', 'missing', 3, 'exact', 'men', sub='nine', tags='repeat'),
    ],
    sources=[
        S('Carrasco', 'witness', nth=1, form='name'),
        S('the state attorney general’s office', 'official'),
        S('Local officials', 'official'),
        S('a municipal official', 'anonymous'),
        S('a tally kept by this newspaper', 'media', form='document'),
        S('The army', 'military'),
        S('A spokesman for the regional military command', 'military', form='role'),
        S('residents', 'witness'),
        S('The municipal government', 'official'),
        S('US Customs and Border Protection', 'official'),
    ],
    numbers=[
        N('two in the morning', 'time'),
        N('67', 'age'),
        N('28,000 people', 'population'),
        N('two or three', 'other'),
        N('12-year-old', 'age'),
        N('14 January', 'date'),
        N('about 700 troops', 'count-people'),
        N('46 pupils', 'count-people'),
        N('has six', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
