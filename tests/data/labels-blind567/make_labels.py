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

# ---------------------------------------------------------------- labels (blind set 567: gh01-gh08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('murdered / neutralizing / fell in the line of duty / fallen / remains / exhumed',
     r'\bmurdered\b|\bneutralizing\b|\bline of duty\b|\bfallen\b|\bremains\b|\bexhumed\b'),
    ('kidnapped / kidnapping / taken / recaptured / detention / deprived of their liberty',
     r'\bkidnapp|\btaken\b|\brecaptured\b|\bdetention\b|\bliberty\b'),
    ('disappearance / disappeared / listed as missing', r'\bdisappear'),
    ('left their homes / left / gone', r'\bleft\b|\bgone\b'),
    ('hospitalized / injuries / beaten', r'\bhospitalized\b|\binjuries\b|\bbeaten\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('officers/police/guards/elements', r'\b(?:officers|police|guards|elements)\b'),
    ('aggressors/generators of violence/attackers/gang members',
     r'\b(?:aggressors|generators of violence|attackers|gang members)\b'),
    ('inmates/minors/adolescents/relatives/members/families/comuneros/candidates/campaign workers',
     r'\b(?:inmates|minors|adolescents|relatives|members|families|comuneros|candidates|campaign workers)\b'),
    ('victims of kidnapping/persons', r'\b(?:victims|persons)\b'),
]

# gh01: an ambush on a state police convoy in the forests of Huitzilac (AFP style, one sentence a
# paragraph, British spelling, curly quotes)
A['gh01.txt'] = dict(
    casualty=[
        C('killing at least 13 officers', 'killed', 13, 'at-least', 'soldiers', id='tot'),
        C('wounding nine others', 'injured', 9, 'exact', 'soldiers', id='w'),
        C('two of the wounded', 'injured', 2, 'exact', 'soldiers', sub='w'),
        C('Three of the attackers were killed', 'killed', 3, 'exact', 'fighters'),
        C('14 wounded people', 'injured', 14, 'exact', 'people', id='rc'),
        C('two children', 'injured', 2, 'exact', 'children', sub='rc'),
        C('the death toll among the police to 15', 'killed', 15, 'exact', 'soldiers', tags='update'),
        C('two officers had died', 'killed', 2, 'exact', 'soldiers'),
        C('killed “more than 20 police”', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('detained six suspects', 'detained', 6, 'exact', 'people', id='d'),
        C('two minors', 'detained', 2, 'exact', 'children', sub='d'),
        C('dozens of families had left their homes', 'displaced', None, 'vague', 'people'),
        C('eight people were kidnapped', 'detained', 8, 'exact', 'people', id='k'),
        C('the bodies of five of them', 'killed', 5, 'exact', 'people', sub='k'),
        C('nearly 1,900 people as missing', 'missing', 1900, 'at-most', 'people'),
    ],
    sources=[
        S('security officials', 'official'),
        S('the Morelos State Security Commission', 'official'),
        S('a wounded officer', 'anonymous'),
        S('the local daily La Voz del Sur', 'media'),
        S('Commission spokesman Arturo Galván', 'official', form='title-name'),
        S('Galván', 'official', nth=1, form='name'),
        S('The Mexican Red Cross', 'ngo'),
        S('the state prosecutor’s office', 'official'),
        S('A criminal group, the Sierra Norte Cartel', 'military'),
        S('the commission', 'official'),
        S('The Mexican army', 'military'),
        S('Residents of Tres Marías', 'witness'),
        S('Teresa Ocampo', 'witness', form='name'),
        S('the prosecutor’s office', 'official'),
        S('The National Search Commission', 'official'),
        S('official data', 'official', form='document'),
        S('Security analyst Marcela Ruiz', 'other', form='title-name'),
    ],
    numbers=[
        N('7:40 am', 'time'),
        N('four patrol trucks', 'count-objects'),
        N('about 20 kilometres', 'distance'),
        N('dozens of them', 'count-people'),
        N('41-year-old', 'age'),
        N('300 soldiers', 'count-people'),
        N('63-year-old', 'age'),
        N('some 20,000 people', 'population'),
        N('December 2023', 'date'),
        N('about two million inhabitants', 'population'),
        N('12 percent', 'percentage'),
    ])

# gh02: gunmen attack a bar and a taxi stand in Cuautla; a National Guard clash on the road to
# Yecapixtla (Reuters style, American spelling, straight quotes)
A['gh02.txt'] = dict(
    casualty=[
        C('killing at least 11 people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('two women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('Eight others were wounded', 'injured', 8, 'exact', 'people', id='w'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='w'),
        C('seven or eight bodies', 'killed', None, 'range', 'people', low=7, high=8),
        C('the toll had risen to 13', 'killed', 13, 'exact', 'people', tags='update contradicted'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='w'),
        C('the death toll stood at 12', 'killed', 12, 'exact', 'people', tags='update contradicted'),
        C('six of the wounded', 'injured', 6, 'exact', 'people', sub='w'),
        C('About 140 people were killed', 'killed', 140, 'approx', 'people'),
        C('killed four suspected gang members', 'killed', 4, 'exact', 'fighters'),
        C('arrested two others', 'detained', 2, 'exact', 'fighters'),
        C('as many as 30 families had fled', 'displaced', 30, 'at-most', 'people'),
        C('almost 30,000 people were murdered', 'killed', 30000, 'at-most', 'people'),
        C('over 100,000 are listed as missing', 'missing', 100000, 'at-least', 'people'),
    ],
    sources=[
        S('authorities in the central state of Morelos', 'official'),
        S("the Morelos state prosecutor's office", 'official'),
        S('Attorney General Rogelio Beltrán', 'official', form='title-name'),
        S('Witnesses', 'witness'),
        S('a waiter', 'witness'),
        S('A local news website, Cuautla al Momento', 'media'),
        S('hospital sources', 'anonymous'),
        S('A spokeswoman for the office, Karla Estrada', 'official', form='name'),
        S('the National Public Security System', 'official'),
        S('the Defense Ministry', 'military'),
        S("A local human rights group, the Cuautla Citizens' Observatory", 'ngo'),
        S('Governor Alejandra Sotelo', 'official', form='title-name'),
        S('Sotelo', 'official', nth=1, form='name'),
        S('government figures', 'official', form='document'),
    ],
    numbers=[
        N('16-year-old', 'age'),
        N('more than 60 shell casings', 'count-objects'),
        N('two gangs', 'count-objects'),
        N('two pickup trucks', 'count-objects'),
        N('11 p.m.', 'time'),
        N('about 190,000 people', 'population'),
        N('some 45 km', 'distance'),
        N('28 miles', 'distance'),
        N('2022', 'year'),
        N('18%', 'percentage'),
        N('250 additional police officers', 'count-people'),
        N('500,000 pesos', 'money'),
        N('$29,000', 'money'),
    ])

# gh03: an operation against a "criminal cell" in Tejalpa, Jiutepec (state government news agency
# voice: "elements", "generators of violence", officers who "fell in the line of duty", reports on
# social networks denied; en-dash dateline)
A['gh03.txt'] = dict(
    casualty=[
        C('neutralizing 5 aggressors', 'killed', 5, 'exact', 'fighters'),
        C('arresting 9 generators of violence', 'detained', 9, 'exact', 'fighters', id='arr'),
        C('a number of residents were evacuated', 'displaced', None, 'vague', 'civilians'),
        C('2 state police officers fell in the line of duty', 'killed', 2, 'exact', 'soldiers'),
        C('3 more were injured', 'injured', 3, 'exact', 'soldiers'),
        C('2 women', 'detained', 2, 'exact', 'women', sub='arr'),
        C('dozens of dead', 'killed', None, 'vague', 'people', tags='contradicted'),
        C('the official figure is 7 dead', 'killed', 7, 'exact', 'people', id='of'),
        C('5 aggressors', 'killed', 5, 'exact', 'fighters', nth=1, sub='of', tags='repeat'),
        C('2 police elements', 'killed', 2, 'exact', 'soldiers', sub='of', tags='repeat'),
        C('4 civilians suffered minor injuries', 'injured', 4, 'exact', 'civilians'),
        C('12 civilians had been killed', 'killed', 12, 'exact', 'civilians', tags='contradicted'),
        C('3 persons', 'detained', 3, 'exact', 'people'),
        C('arrested 41 persons', 'detained', 41, 'exact', 'people'),
        C('17 victims of kidnapping', 'detained', 17, 'exact', 'people'),
        C('the 2 fallen elements', 'killed', 2, 'exact', 'soldiers', tags='repeat'),
    ],
    sources=[
        S('the Coordination Table for Peace Building', 'official'),
        S('the report', 'official', form='document'),
        S('the State Security Commission (CES)', 'official'),
        S('The State Government', 'official'),
        S('social networks', 'other'),
        S('Government Secretary Ricardo Arenas', 'official', form='title-name'),
        S('Secretary Arenas', 'official', form='title-name'),
        S('The Morelos delegation of the Mexican Red Cross', 'ngo'),
        S('The CES', 'official'),
        S('an online portal', 'media'),
        S("The State Attorney General's Office (FGE)", 'official'),
        S('the Coordination Table', 'official', nth=1),
        S('Governor Alejandra Sotelo', 'official', form='title-name'),
    ],
    numbers=[
        N('14 May 2024', 'date'),
        N('16:20 hours', 'time'),
        N('7 long weapons', 'count-objects'),
        N('1,200 cartridges', 'count-objects'),
        N('3 vehicles', 'count-objects'),
        N('15-year-old', 'age'),
        N('38 investigation files', 'count-objects'),
        N('23 percent', 'percentage'),
        N('the first four months', 'duration'),
        N('2023', 'year'),
    ])

# gh04: a clandestine grave, the disappeared and the arrest of searching relatives in Yautepec (NGO
# statement with a headline, demands and notes to editors, British spelling, curly quotes)
A['gh04.txt'] = dict(
    casualty=[
        C('27 bodies', 'killed', 27, 'exact', 'people'),
        C('The remains of at least 27 people', 'killed', 27, 'at-least', 'people', id='g', tags='repeat'),
        C('19 were men', 'killed', 19, 'exact', 'men', sub='g'),
        C('eight were women', 'killed', 8, 'exact', 'women', sub='g'),
        C('at least four were adolescents', 'killed', 4, 'at-least', 'children', sub='g'),
        C('six of the bodies', 'killed', 6, 'exact', 'people', sub='g'),
        C('the disappearance of 212 people', 'missing', 212, 'exact', 'people', id='dis'),
        C('31 women', 'missing', 31, 'exact', 'women', sub='dis'),
        C('17 children', 'missing', 17, 'exact', 'children', sub='dis'),
        C('the number of missing in the municipality at roughly 150', 'missing', 150, 'approx', 'people',
          tags='contradicted'),
        C('dozens of people', 'missing', None, 'vague', 'people'),
        C('detained 14 members of the collective', 'detained', 14, 'exact', 'people', id='pr'),
        C('two elderly women', 'detained', 2, 'exact', 'women', sub='pr'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='pr'),
        C('the 27 people exhumed', 'killed', 27, 'exact', 'people', tags='repeat'),
        C('the 14 relatives detained', 'detained', 14, 'exact', 'people', tags='repeat'),
        C('two of whom have been killed', 'killed', 2, 'exact', 'people'),
        C('1,912 people as disappeared or missing', 'missing', 1912, 'exact', 'people'),
    ],
    sources=[
        S('the Morelos Centre for Human Rights (CEDHUM)', 'ngo'),
        S('forensic staff', 'anonymous'),
        S('María Elena Cortés', 'witness', form='name'),
        S('CEDHUM', 'ngo', nth=2),
        S('The Morelos State Prosecutor’s Office', 'official'),
        S('families', 'witness', nth=1),
        S('The State Search Commission', 'official'),
        S('Daniela Ríos', 'ngo', form='name'),
        S('The National Registry of Missing and Unlocated Persons', 'official'),
    ],
    numbers=[
        N('3 September 2024', 'date'),
        N('12 August', 'date'),
        N('three years', 'duration'),
        N('58', 'age'),
        N('March 2021', 'date'),
        N('the age of 24', 'age'),
        N('2018', 'year'),
        N('36 municipalities', 'count-objects'),
        N('26 August', 'date'),
        N('90 days', 'duration'),
        N('at least 20 additional forensic experts', 'count-people'),
        N('26 August', 'date', nth=1),
        N('2022', 'year'),
        N('43 families', 'count-people'),
    ])

# gh05: armed clashes and displacement in the Sierra de Huautla, Tlaquiltenango (UN OCHA-style flash
# update: highlights, situation overview, displacement by site, sectors, funding)
A['gh05.txt'] = dict(
    casualty=[
        C('At least 9 people killed', 'killed', 9, 'at-least', 'people'),
        C('14 injured', 'injured', 14, 'exact', 'people'),
        C('An estimated 1,350 people displaced', 'displaced', 1350, 'approx', 'people'),
        C('Some 23 people', 'missing', 23, 'approx', 'people', id='m'),
        C('8 children', 'missing', 8, 'exact', 'children', sub='m'),
        C('at least 9 people have been killed', 'killed', 9, 'at-least', 'people', id='k', tags='repeat'),
        C('2 women', 'killed', 2, 'exact', 'women', sub='k'),
        C('14 injured people', 'injured', 14, 'exact', 'people', tags='repeat'),
        C('the bodies of 4 men', 'killed', 4, 'exact', 'men'),
        C('the total to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('30–40 people may have been taken', 'detained', None, 'range', 'people', low=30, high=40),
        C('1,350 displaced people', 'displaced', 1350, 'exact', 'people', id='d', tags='repeat'),
        C('hundreds more', 'displaced', None, 'vague', 'people'),
        C('420 people', 'displaced', 420, 'exact', 'people', sub='d'),
        C('310 people', 'displaced', 310, 'exact', 'people', sub='d'),
        C('180 people', 'displaced', 180, 'exact', 'people', sub='d'),
        C('an estimated 440 people', 'displaced', 440, 'approx', 'people', sub='d'),
        C('14 wounded', 'injured', 14, 'exact', 'people', id='w', tags='repeat'),
        C('3 of whom', 'injured', 3, 'exact', 'people', sub='w'),
        C('the detention of 12 men', 'detained', 12, 'exact', 'men', id='dt'),
        C('8 of whom', 'detained', 8, 'exact', 'men', sub='dt'),
    ],
    sources=[
        S('the municipal authorities', 'official'),
        S('the Morelos Attorney General’s Office', 'official'),
        S('Local sources', 'anonymous'),
        S('The State Civil Protection Coordination', 'official'),
        S('Protection partners', 'ngo'),
        S('The Jojutla General Hospital', 'official'),
        S('Partners', 'ngo'),
        S('UNHCR', 'ngo'),
        S('The Humanitarian Country Team', 'ngo'),
    ],
    numbers=[
        N('Flash Update No. 1', 'other'),
        N('19 November 2024', 'date'),
        N('15 November', 'date'),
        N('six rural communities', 'count-objects'),
        N('US$850,000', 'money'),
        N('30 days', 'duration'),
        N('15 November', 'date', nth=1),
        N('two armed groups', 'count-objects'),
        N('12-year-old', 'age'),
        N('18 November', 'date'),
        N('18 November', 'date', nth=1),
        N('An estimated 200 people', 'count-people'),
        N('250 hygiene kits', 'count-objects'),
        N('11 schools', 'count-objects'),
        N('US$850,000', 'money', nth=1),
        N('30 days', 'duration', nth=1),
        N('15 per cent', 'percentage'),
    ])

# gh06: gunmen attack a birthday party in Temixco (a broadcaster's website: headline and byline,
# British spelling, straight quotes)
A['gh06.txt'] = dict(
    casualty=[
        C('kill seven', 'killed', 7, 'exact', 'people'),
        C('killed at least seven people', 'killed', 7, 'at-least', 'people', id='t', tags='repeat'),
        C('Another 11 people were wounded', 'injured', 11, 'exact', 'people', id='w'),
        C('five of the dead', 'killed', 5, 'exact', 'people', id='fam', sub='t'),
        C('his two brothers', 'killed', 2, 'exact', 'men', sub='fam'),
        C('three of the wounded were children', 'injured', 3, 'exact', 'children', id='wc', sub='w'),
        C('two of them', 'injured', 2, 'exact', 'children', sub='wc'),
        C('Two police officers', 'injured', 2, 'exact', 'soldiers', sub='w'),
        C('the death toll to eight', 'killed', 8, 'exact', 'people', tags='update'),
        C('arrested three suspects', 'detained', 3, 'exact', 'people'),
        C('left four dead', 'killed', 4, 'exact', 'people'),
        C('the real toll could be up to 10', 'killed', 10, 'at-most', 'people', tags='contradicted'),
        C('two more bodies', 'killed', 2, 'exact', 'people'),
        C('Around 30 families', 'displaced', 30, 'approx', 'people'),
        C('at least 34 people had been killed', 'killed', 34, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S("The Morelos state prosecutor's office", 'official'),
        S('a relative', 'anonymous'),
        S('Red Cross paramedics', 'ngo'),
        S("the prosecutor's office", 'official'),
        S('Police', 'official'),
        S('Residents of Temixco', 'witness'),
        S('Local media', 'media'),
        S("A collective of victims' families in Temixco", 'other'),
        S('neighbours', 'witness'),
        S("The state's Human Rights Commission", 'official'),
        S('Governor Alejandra Sotelo', 'official', form='title-name'),
        S('the National Institute of Statistics and Geography (Inegi)', 'official'),
    ],
    numbers=[
        N('14-year-old', 'age'),
        N('about 80 guests', 'count-people'),
        N('47-year-old', 'age'),
        N('62-year-old', 'age'),
        N('two rifles', 'count-objects'),
        N('around 120,000 people', 'population'),
        N('two years', 'duration'),
        N('two gangs', 'count-objects'),
        N('2023', 'year'),
        N('one of the highest', 'other'),
        N('57 murders per 100,000 inhabitants', 'other'),
    ])

# gh07: a riot and escape attempt at the Atlacholoaya prison in Xochitepec (AP style, em-dash dateline,
# American spelling, straight quotes)
A['gh07.txt'] = dict(
    casualty=[
        C('at least six inmates dead', 'killed', 6, 'at-least', 'people', id='tot'),
        C('21 people injured', 'injured', 21, 'exact', 'people', id='inj'),
        C('four guards', 'injured', 4, 'exact', 'soldiers', sub='inj'),
        C('Three of the dead', 'killed', 3, 'exact', 'people', sub='tot'),
        C('Eleven inmates were recaptured', 'detained', 11, 'exact', 'people'),
        C('between 25 and 30 inmates', 'injured', None, 'range', 'people', low=25, high=30, tags='contradicted'),
        C('fewer than 20 inmates', 'injured', 20, 'at-most', 'people', tags='contradicted'),
        C('the death toll to eight', 'killed', 8, 'exact', 'people', tags='update'),
        C('two of the injured inmates had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('17 people remained hospitalized', 'injured', 17, 'exact', 'people', id='h', sub='inj'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='h'),
        C('killed five inmates', 'killed', 5, 'exact', 'people'),
        C('wounded nine', 'injured', 9, 'exact', 'people'),
        C('nearly 100 people died', 'killed', 100, 'at-most', 'people'),
        C('wounded two others', 'injured', 2, 'exact', 'soldiers'),
    ],
    sources=[
        S('authorities', 'official'),
        S('The Morelos state Security Commission', 'official'),
        S('the commission', 'official'),
        S('a state police official', 'anonymous'),
        S('Rosa Martínez', 'witness', form='name'),
        S('Martínez', 'witness', nth=1, form='name'),
        S('prison staff', 'anonymous'),
        S('A Security Commission spokesman, Héctor Lagunas', 'official', form='name'),
        S('Federal officials', 'official'),
        S("the state prosecutor's office", 'official'),
        S('The National Human Rights Commission', 'official'),
        S('rights groups', 'ngo'),
        S('Prison rights group Puertas Abiertas', 'ngo'),
        S('the municipal government', 'official'),
    ],
    numbers=[
        N('5:30 a.m.', 'time'),
        N('some 400 men', 'count-people'),
        N('At least two prisoners', 'count-people'),
        N('52', 'age'),
        N('at least 15 ambulances', 'count-objects'),
        N('2,840 inmates', 'count-people'),
        N('nearly 40%', 'percentage'),
        N('62 guards per shift', 'count-people'),
        N('2019', 'year'),
        N('about 230,000 people', 'count-people'),
    ])

# gh08: the killing of a mayoral candidate, the land conflict and arrests at a roadblock in Tepoztlán
# (a newspaper's own correspondent: byline, an em-dash aside, curly quotes)
A['gh08.txt'] = dict(
    casualty=[
        C('three of his campaign workers', 'killed', 3, 'exact', 'other'),
        C('Four others were wounded', 'injured', 4, 'exact', 'people'),
        C('29 candidates killed', 'killed', 29, 'exact', 'people'),
        C('left two comuneros dead', 'killed', 2, 'exact', 'civilians'),
        C('scores injured', 'injured', None, 'vague', 'civilians'),
        C('11 of its members have been murdered', 'killed', 11, 'exact', 'people'),
        C('at least five have disappeared', 'missing', 5, 'at-least', 'people'),
        C('detained 23 people', 'detained', 23, 'exact', 'people', id='d'),
        C('nine women', 'detained', 9, 'exact', 'women', sub='d'),
        C('19 of those detained', 'detained', 19, 'exact', 'people', sub='d'),
        C('four', 'detained', 4, 'exact', 'people', sub='d'),
        C('three officers were hurt', 'injured', 3, 'exact', 'soldiers'),
        C('Thirty-one people were detained', 'detained', 31, 'exact', 'people', id='d31', tags='contradicted'),
        C('a dozen of them', 'injured', 12, 'exact', 'people', sub='d31'),
        C('Several families', 'displaced', None, 'vague', 'people'),
        C('30 to 40 people', 'displaced', None, 'range', 'people', low=30, high=40),
    ],
    sources=[
        S('the state prosecutor’s office', 'official'),
        S('Datos Cívicos, a Mexico City consultancy', 'ngo'),
        S('his widow, Claudia Medina', 'witness', form='name'),
        S('Residents', 'witness'),
        S('the community assembly', 'other'),
        S('The state prosecutor’s office', 'official'),
        S('The state government', 'official'),
        S('Police', 'official'),
        S('The assembly', 'other'),
        S('a shopkeeper', 'anonymous'),
        S('The state electoral institute, IMPEPAC', 'official'),
        S('Medina', 'witness', nth=1, form='name'),
    ],
    numbers=[
        N('46-year-old', 'age'),
        N('17-year-old', 'age'),
        N('2 June', 'date'),
        N('one', 'other'),
        N('some 14,000 people', 'population'),
        N('2021', 'year'),
        N('68', 'age'),
        N('2021', 'year', nth=1),
        N('4,812 votes', 'vote'),
        N('4,390', 'vote'),
        N('fewer than 500 ballots', 'vote'),
        N('62 candidates', 'count-people'),
        N('nine had withdrawn', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
