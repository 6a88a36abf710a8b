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

# ---------------------------------------------------------------- labels (blind set 570: go01-go08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / martyred / executed / murdered / killings / claimed … lives / cost the lives / buried / lost',
     r'\bshot dead\b|\bmartyred\b|\bexecuted\b|\bmurdered\b|\bkillings?\b|\blives\b|\bburied\b|\blost\b'),
    ('remains of / bodies recovered / bodies were found / true number', r'\bremains\b|\bbodies\b|\bnumber\b'),
    ('kidnapped / still held / in custody / still being held', r'\bkidnapped\b|\bheld\b|\bcustody\b'),
    ('disappeared / not been seen', r'\bdisappeared\b'),
    ('left / forced from their homes / staying with host families / camping',
     r'\bleft\b|\bhomes\b|\bhost families\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('campesinos/peasants/cooperative members/land defenders/protesters',
     r'\b(?:campesinos|peasants|members|defenders|protesters)\b'),
    ('teenagers/minors/brothers', r'\b(?:teenagers|minors|brothers)\b'),
    ('agents/officers/ringleaders/gunmen/invaders/security guards/plantation workers',
     r'\b(?:agents|officers|ringleaders|gunmen|invaders|guards|workers)\b'),
    ('families/patients/suspects', r'\b(?:families|patients|suspects)\b'),
]

# go01: a police and army eviction of a landless farmers' settlement at Rigores (AFP style, one sentence
# a paragraph, British spelling, curly quotes)
A['go01.txt'] = dict(
    casualty=[
        C('killing at least seven people', 'killed', 7, 'at-least', 'people', id='tot'),
        C('two teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Twenty-three people were wounded', 'injured', 23, 'exact', 'people', id='inj'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='inj'),
        C('three agents were wounded', 'injured', 3, 'exact', 'soldiers', id='ag'),
        C('one of them', 'injured', 1, 'exact', 'soldiers', sub='ag'),
        C('14 “invaders” were arrested', 'detained', 14, 'exact', 'people'),
        C('the number of detained higher, at 31', 'detained', 31, 'exact', 'people', id='cd',
          tags='contradicted'),
        C('11 of them were women', 'detained', 11, 'exact', 'women', sub='cd'),
        C('The death toll rose to nine', 'killed', 9, 'exact', 'people', tags='update'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('16 of the wounded', 'injured', 16, 'exact', 'people', sub='inj'),
        C('between 40 and 50 families fled', 'displaced', None, 'range', 'people', low=40, high=50),
        C('nearly a dozen people were still missing', 'missing', 12, 'at-most', 'people'),
        C('18 killings', 'killed', 18, 'exact', 'people'),
        C('12', 'killed', 12, 'exact', 'people', nth=1),
        C('More than 150 campesinos have been killed', 'killed', 150, 'at-least', 'civilians'),
    ],
    sources=[
        S('a local rights group', 'ngo'),
        S('the Aguán Campesino Rights Centre (CEDAC)', 'ngo'),
        S('Marta Euceda', 'witness', form='name'),
        S('The national police', 'official'),
        S('Police', 'official', nth=1),
        S('CEDAC', 'ngo', nth=1),
        S('Dr Ramón Aguilar', 'official', form='title-name'),
        S('Aguilar', 'official', nth=1, form='name'),
        S('The Xatruch joint task force', 'military'),
        S('Residents', 'witness'),
        S('Juan Ramírez', 'witness', form='name'),
        S('The National Human Rights Commissioner (CONADEH)', 'official'),
        S('rights groups', 'ngo'),
        S('The company', 'other'),
    ],
    numbers=[
        N('some 300 families', 'count-people'),
        N('41', 'age'),
        N('nine shotguns', 'count-objects'),
        N('2021', 'year'),
        N('1,200 hectares', 'quantity'),
        N('12-year-old', 'age'),
        N('17', 'age'),
        N('2023', 'year'),
        N('2009', 'year'),
        N('about 2,500 workers', 'count-people'),
    ])

# go02: gunmen kill five at a cooperative's roadside checkpoint outside Trujillo (Reuters style)
A['go02.txt'] = dict(
    casualty=[
        C('shot dead five people', 'killed', 5, 'exact', 'people'),
        C('detained three suspects', 'detained', 3, 'exact', 'people'),
        C('six people were killed', 'killed', 6, 'exact', 'people', tags='contradicted'),
        C('five', 'killed', 5, 'exact', 'people', nth=1, tags='repeat'),
        C('10 to 12 were wounded', 'injured', None, 'range', 'people', low=10, high=12),
        C('eight wounded people', 'injured', 8, 'exact', 'people', id='h'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='h'),
        C('27 people killed', 'killed', 27, 'exact', 'people', id='obs'),
        C('19 cooperative members', 'killed', 19, 'exact', 'civilians', sub='obs'),
        C('64 others have been arrested', 'detained', 64, 'exact', 'people'),
        C('killed two gunmen', 'killed', 2, 'exact', 'fighters'),
        C('arrested four others', 'detained', 4, 'exact', 'fighters'),
        C('one soldier was slightly injured', 'injured', 1, 'exact', 'soldiers'),
        C('killed at least 170 people', 'killed', 170, 'at-least', 'people'),
        C('Roughly 1,400 families have fled', 'displaced', 1400, 'approx', 'people'),
    ],
    sources=[
        S('police', 'official'),
        S('colleagues', 'other'),
        S('Dilcia Mejía', 'other', form='name'),
        S('Police spokesman Edgardo Barahona', 'official', form='title-name'),
        S('The National Police', 'official'),
        S('The Aguán Permanent Human Rights Observatory', 'ngo'),
        S('A hospital doctor in Trujillo', 'anonymous'),
        S('The observatory', 'ngo'),
        S('Security Minister Gustavo Rivera', 'official', form='title-name'),
        S('the military', 'military'),
        S('Residents', 'witness'),
        S('the United Nations human rights office in Honduras', 'ngo'),
        S('the office', 'ngo'),
        S('Human rights defenders in the valley', 'other'),
    ],
    numbers=[
        N('58', 'age'),
        N('11 years', 'duration'),
        N('some 3,000 acres', 'quantity'),
        N('at least two other men', 'count-people'),
        N('14-year-old', 'age'),
        N('the first six months', 'duration'),
        N('200 more troops', 'count-people'),
        N('1970s', 'year'),
        N('tens of thousands of acres', 'quantity'),
        N('2008', 'year'),
        N('2020', 'year'),
    ])

# go03: an army operation against "terrorists" of a "so-called peasant movement" in Sonaguera (state
# media, the government news agency's voice, en-dash dateline)
A['go03.txt'] = dict(
    casualty=[
        C('killed 9 terrorists', 'killed', 9, 'exact', 'fighters'),
        C('Two soldiers were martyred', 'killed', 2, 'exact', 'soldiers'),
        C('6 others were wounded', 'injured', 6, 'exact', 'soldiers'),
        C('arrested 17 members', 'detained', 17, 'exact', 'fighters', id='arr'),
        C('3 ringleaders', 'detained', 3, 'exact', 'fighters', sub='arr'),
        C('14 peasants had been executed', 'killed', 14, 'exact', 'civilians', tags='contradicted'),
        C('forced some 60 families from their homes', 'displaced', 60, 'approx', 'people'),
        C('48 residents who had fled', 'displaced', 48, 'exact', 'civilians'),
        C('murdered 5 residents', 'killed', 5, 'exact', 'civilians', id='mur'),
        C('2 palm plantation workers', 'killed', 2, 'exact', 'other', sub='mur'),
        C('kidnapped a number of others', 'detained', None, 'vague', 'civilians'),
        C('cost the lives of 23 security guards', 'killed', 23, 'exact', 'other'),
        C('4 members of the security forces', 'killed', 4, 'exact', 'soldiers'),
        C('more than 30 other people have been wounded', 'injured', 30, 'at-least', 'people'),
        C('41 people had died', 'killed', 41, 'exact', 'people', tags='contradicted'),
        C('fewer than 20 deaths', 'killed', 20, 'at-most', 'people', tags='contradicted'),
    ],
    sources=[
        S('the Secretariat of Defence', 'military'),
        S('the Secretariat', 'military', nth=1),
        S('Task Force spokesman Lieutenant Colonel Mario Turcios', 'military', form='title-name'),
        S('foreign-funded organisations', 'ngo'),
        S('Lieutenant Colonel Turcios', 'military', form='title-name'),
        S('Sonaguera Mayor Juan Alberto Maradiaga', 'official', form='title-name'),
        S('the Mayor', 'official', form='role'),
        S('the Secretariat of Security', 'official'),
        S('The Secretariat of Security', 'official'),
        S('the National Human Rights Commissioner', 'official'),
        S('the National Agrarian Institute', 'official'),
        S('the statement', 'military', form='document'),
    ],
    numbers=[
        N('12 June', 'date'),
        N('10 June', 'date'),
        N('12 firearms', 'count-objects'),
        N('2,400 rounds', 'count-objects'),
        N('4 vehicles', 'count-objects'),
        N('1,500 property titles', 'count-objects'),
        N('8,000 hectares', 'quantity'),
        N('2022', 'year'),
        N('some 3,200 soldiers and police officers', 'count-people'),
    ])

# go04: arrests, beatings, two brothers shot dead and families forced out during the clearing of a farm
# at Guadalupe Carney (NGO statement with demands and notes to editors, British spelling, curly quotes)
A['go04.txt'] = dict(
    casualty=[
        C('At least 19 members', 'detained', 19, 'at-least', 'civilians', id='arr'),
        C('six women', 'detained', 6, 'exact', 'women', sub='arr'),
        C('Seven of those detained', 'detained', 7, 'exact', 'civilians', sub='arr'),
        C('Two others', 'injured', 2, 'exact', 'men', sub='arr'),
        C('the killing of two brothers', 'killed', 2, 'exact', 'men'),
        C('11 officers were injured', 'injured', 11, 'exact', 'soldiers'),
        C('More than 230 families have been forced from their homes', 'displaced', 230, 'at-least', 'people'),
        C('almost 1,100 people', 'displaced', 1100, 'at-most', 'people', id='d'),
        C('400 of them children', 'displaced', 400, 'exact', 'children', sub='d'),
        C('38 killings of land defenders', 'killed', 38, 'exact', 'civilians'),
        C('41 such killings', 'killed', 41, 'exact', 'civilians', tags='contradicted'),
        C('the seven community members still held', 'detained', 7, 'exact', 'civilians', tags='repeat'),
        C('the 1,100 displaced people', 'displaced', 1100, 'exact', 'people', tags='repeat'),
        C('claimed the lives of some 180 people', 'killed', 180, 'approx', 'people'),
    ],
    sources=[
        S('Campesino Rights Watch (CRW)', 'ngo'),
        S('Laura Fernández', 'ngo', form='name'),
        S('four witnesses', 'witness'),
        S('A nurse at the local health centre', 'anonymous'),
        S('The Ministry of Security', 'official'),
        S('the community’s land committee', 'other'),
        S('The committee', 'other'),
        S('CRW', 'ngo', nth=4),
        S('The UN human rights office in Honduras (OHCHR)', 'ngo'),
        S('Fernández', 'ngo', nth=1, form='name'),
        S('local human rights organisations', 'ngo'),
    ],
    numbers=[
        N('3 October 2024', 'date'),
        N('16-year-old', 'age'),
        N('24 September', 'date'),
        N('180 km', 'distance'),
        N('24 years', 'duration'),
        N('aged 22 and 25', 'age'),
        N('27 September', 'date'),
        N('four witnesses', 'count-people'),
        N('around 90 houses', 'count-objects'),
        N('January 2022', 'date'),
        N('at least 112 criminal cases', 'count-objects'),
        N('2023', 'year'),
        N('27 people', 'count-people'),
        N('2000', 'year'),
        N('2008', 'year'),
    ])

# go05: clashes, displacement by collective site, detentions and the missing around Bonito Oriental
# (UN OCHA flash update)
A['go05.txt'] = dict(
    casualty=[
        C('At least 11 people killed', 'killed', 11, 'at-least', 'people'),
        C('26 injured', 'injured', 26, 'exact', 'people'),
        C('An estimated 3,400 people displaced', 'displaced', 3400, 'approx', 'people'),
        C('22 people reported detained', 'detained', 22, 'exact', 'people'),
        C('at least 5 reported missing', 'missing', 5, 'at-least', 'people'),
        C('the death toll stands at 11', 'killed', 11, 'exact', 'people', id='t2', tags='repeat'),
        C('2 children', 'killed', 2, 'exact', 'children', sub='t2'),
        C('1 woman', 'killed', 1, 'exact', 'women', sub='t2'),
        C('26 people have been injured', 'injured', 26, 'exact', 'people', id='i2', tags='repeat'),
        C('9 of whom', 'injured', 9, 'exact', 'people', sub='i2'),
        C('3 officers were among the injured', 'injured', 3, 'exact', 'soldiers', sub='i2'),
        C('two further bodies were found', 'killed', 2, 'exact', 'people'),
        C('3,400 people have fled their homes', 'displaced', 3400, 'exact', 'people', id='d', tags='repeat'),
        C('1,150 people', 'displaced', 1150, 'exact', 'people', sub='d'),
        C('820', 'displaced', 820, 'exact', 'people', sub='d'),
        C('610', 'displaced', 610, 'exact', 'people', sub='d'),
        C('340', 'displaced', 340, 'exact', 'people', sub='d'),
        C('Around 480 people are staying with host families', 'displaced', 480, 'approx', 'people', sub='d'),
        C('another 200–300 people', 'displaced', None, 'range', 'people', low=200, high=300),
        C('more than 2,900 people', 'displaced', 2900, 'at-least', 'people', sub='d'),
        C('22 people have been detained', 'detained', 22, 'exact', 'people', id='det', tags='repeat'),
        C('4 minors', 'detained', 4, 'exact', 'children', sub='det'),
        C('At least 5 people', 'missing', 5, 'at-least', 'people', tags='repeat'),
        C('26 patients', 'injured', 26, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('local health authorities', 'official'),
        S('The National Police', 'official'),
        S('Municipal authorities', 'official'),
        S('The Municipal Emergency Committee (CODEM)', 'official'),
        S('CODEM', 'official', nth=1),
        S('Partners', 'ngo'),
        S('Protection partners', 'ngo'),
        S('their relatives', 'witness'),
        S('The Honduran Red Cross', 'ngo'),
        S('The regional hospital', 'official'),
    ],
    numbers=[
        N('Flash Update No. 1', 'other'),
        N('15 August 2024', 'date'),
        N('9 August', 'date'),
        N('four collective sites', 'count-objects'),
        N('US$1.8 million', 'money'),
        N('at least seven rural communities', 'count-objects'),
        N('13 August', 'date'),
        N('fewer than 20 latrines', 'count-objects'),
        N('1,200 hygiene kits', 'count-objects'),
        N('some 2,600 students', 'count-people'),
        N('two schools', 'count-objects'),
        N('US$1.8 million', 'money', nth=1),
        N('6,000 people', 'count-people'),
        N('60 days', 'duration'),
        N('23 per cent', 'percentage'),
    ])

# go06: a night raid on the farming community of Quebrada de Arena (a broadcaster's website: headline
# and byline)
A['go06.txt'] = dict(
    casualty=[
        C('killed six people', 'killed', 6, 'exact', 'people', id='tot'),
        C('three of them children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('the death toll at four', 'killed', 4, 'exact', 'people', tags='contradicted'),
        C('13 people', 'injured', 13, 'exact', 'people', id='inj'),
        C('Five of the injured', 'injured', 5, 'exact', 'people', sub='inj'),
        C('the toll had risen to seven', 'killed', 7, 'exact', 'people', tags='update'),
        C('scores of people were hurt', 'injured', None, 'vague', 'people'),
        C('at least 350 people had left the community', 'displaced', 350, 'at-least', 'people'),
        C('up to 40 families', 'displaced', 40, 'at-most', 'people'),
        C('Four men', 'missing', 4, 'exact', 'men'),
        C('arrested two men', 'detained', 2, 'exact', 'men'),
        C('more than 160 people', 'killed', 160, 'at-least', 'people'),
        C('some 247,000 people are internally displaced', 'displaced', 247000, 'approx', 'people'),
    ],
    sources=[
        S('residents', 'witness'),
        S('local officials', 'official'),
        S('Survivors', 'witness'),
        S('Rosa Amaya', 'witness', form='name'),
        S('Police', 'official'),
        S('Ms Amaya', 'witness', form='name'),
        S('The local health centre', 'official'),
        S('the health centre’s director, Dr Elsa Rivera', 'official', form='title-name'),
        S('Residents', 'witness'),
        S('The office of the national human rights commissioner', 'official'),
        S('relatives', 'witness', nth=1),
        S('the armed forces', 'military'),
        S('A military spokesman, Colonel Héctor Rosales', 'military', form='title-name'),
        S('Rights groups', 'ngo'),
        S('The UN refugee agency, UNHCR', 'ngo'),
    ],
    numbers=[
        N('dozens of homes', 'count-objects'),
        N('almost two years', 'duration'),
        N('about 20 armed men', 'count-people'),
        N('two pick-up trucks', 'count-objects'),
        N('03:00', 'time'),
        N('09:00 GMT', 'time'),
        N('34', 'age'),
        N('nine years old', 'age'),
        N('80-year-old', 'age'),
        N('1994', 'year'),
        N('85 families', 'count-people'),
        N('2019', 'year'),
        N('2009', 'year'),
        N('fewer than one in 10', 'other'),
    ])

# go07: a clandestine grave on a palm plantation, a deadly clash with protesters and the missing of
# Silín (AP style)
A['go07.txt'] = dict(
    casualty=[
        C('recovered the remains of at least eight people', 'killed', 8, 'at-least', 'people', id='rem'),
        C('two of the bodies', 'killed', 2, 'exact', 'people', sub='rem'),
        C('the number of bodies recovered from the site to nine', 'killed', 9, 'exact', 'people',
          tags='update'),
        C('two or three more bodies', 'killed', None, 'range', 'people', low=2, high=3),
        C('at least 15 people have disappeared', 'missing', 15, 'at-least', 'people'),
        C('left two people dead', 'killed', 2, 'exact', 'people'),
        C('19 injured', 'injured', 19, 'exact', 'people', id='inj'),
        C('12 officers were among the injured', 'injured', 12, 'exact', 'soldiers', sub='inj'),
        C('21 protesters had been arrested', 'detained', 21, 'exact', 'civilians'),
        C('34 of its members were detained', 'detained', 34, 'exact', 'civilians', id='m', tags='contradicted'),
        C('21', 'detained', 21, 'exact', 'civilians', nth=1, tags='repeat'),
        C('nine were still being held', 'detained', 9, 'exact', 'civilians', sub='m'),
        C('Nearly 200 people have been killed', 'killed', 200, 'at-most', 'people'),
        C('Several families have left', 'displaced', None, 'vague', 'people'),
        C('as many as 60 people had fled', 'displaced', 60, 'at-most', 'people'),
    ],
    sources=[
        S('prosecutors', 'official'),
        S('Public Ministry spokesman Yuri Mora', 'official', form='title-name'),
        S('Mora', 'official', nth=1, form='name'),
        S('Relatives', 'witness'),
        S('Carmen Bustillo', 'witness', form='name'),
        S('a person familiar with the investigation', 'anonymous'),
        S('Police', 'official'),
        S('The Aguán Valley Peasant Movement', 'other'),
        S('Police', 'official', nth=1),
        S('regional police commander Commissioner Óscar Meléndez', 'official', form='title-name'),
        S('the Inter-American Commission on Human Rights', 'ngo'),
        S('Critics', 'other'),
        S('community leader Tomás Guevara', 'other', form='title-name'),
        S('Guevara', 'other', nth=1, form='name'),
    ],
    numbers=[
        N('the past three years', 'duration'),
        N('2021', 'year'),
        N('63', 'age'),
        N('2022', 'year'),
        N('7 a.m.', 'time'),
        N('17-year-old', 'age'),
        N('1992', 'year'),
        N('2009', 'year'),
        N('2023', 'year'),
        N('three cooperatives', 'count-objects'),
        N('some 7,000 hectares', 'quantity'),
        N('about 2,000 residents', 'population'),
    ])

# go08: the dead, the missing and the families who left after the killings at the Isletas cooperative
# (a newspaper's own correspondent, byline)
A['go08.txt'] = dict(
    casualty=[
        C('shot dead three members', 'killed', 3, 'exact', 'civilians'),
        C('buried nine more of its members', 'killed', 9, 'exact', 'civilians'),
        C('14 others have been wounded', 'injured', 14, 'exact', 'civilians'),
        C('the three killed in May', 'killed', 3, 'exact', 'civilians', tags='repeat'),
        C('arrested four men', 'detained', 4, 'exact', 'men', id='ar'),
        C('two of them', 'detained', 2, 'exact', 'men', sub='ar'),
        C('one of them', 'detained', 1, 'exact', 'men', sub='ar'),
        C('claimed at least 22 lives', 'killed', 22, 'at-least', 'people'),
        C('161 killings', 'killed', 161, 'exact', 'people'),
        C('hundreds more people have been wounded', 'injured', None, 'vague', 'people'),
        C('detained more than 40 “armed invaders”', 'detained', 40, 'at-least', 'fighters'),
        C('lost two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('the true number for Isletas is 31', 'killed', 31, 'exact', 'people', tags='contradicted'),
        C('six more people', 'missing', 6, 'exact', 'people'),
        C('At least 70 families have left', 'displaced', 70, 'at-least', 'people', id='fam'),
        C('a handful', 'displaced', None, 'vague', 'people', sub='fam'),
    ],
    sources=[
        S('the cooperative’s own records', 'other', form='document'),
        S('Reina Martínez', 'witness', form='name'),
        S('the regional prosecutor’s office', 'official'),
        S('The company', 'other'),
        S('the Aguán Permanent Human Rights Observatory', 'ngo'),
        S('The army’s Xatruch task force', 'military'),
        S('Its commander, Colonel René Paz', 'military', form='title-name'),
        S('Neighbours', 'witness'),
        S('A local pastor', 'anonymous'),
        S('Martínez', 'witness', nth=1, form='name'),
        S('the headteacher, Óscar Funes', 'witness', form='title-name'),
    ],
    numbers=[
        N('about 1,800 people', 'population'),
        N('52', 'age'),
        N('3,000 people', 'count-people'),
        N('1970s', 'year'),
        N('1,000 members', 'count-people'),
        N('1994', 'year'),
        N('2012', 'year'),
        N('about 2,600 hectares', 'quantity'),
        N('2009', 'year'),
        N('10 miles', 'distance'),
        N('2012', 'year', nth=1),
        N('410 pupils', 'count-people'),
        N('260', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
