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

# ---------------------------------------------------------------- labels (blind set 731: zya01-zya08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / neutralized / shot dead / executed / buried / fell on the field of honour / martyrs',
     r'\bneutrali[sz]|\bshot dead\b|\bexecuted\b|\bburied\b|\bfield of honour\b|\bmartyrs\b'),
    ('captured / taken away / abducted', r'\bcaptured\b|\btaken away\b'),
    ('had arrived / are sheltering / left / forced … from their homes',
     r'\barrived\b|\bsheltering\b|\bleft\b|\bforced\b'),
    ('fled with injuries', r'\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('VDP / members / volunteers / commanders', r'\b(?:VDP|members|volunteers|commanders)\b'),
    ('attackers', r'\battackers\b'),
    ('patients / truck drivers / colleagues / cousins / brothers',
     r'\b(?:patients|drivers|colleagues|cousins|brothers)\b'),
    ('households / persons / families / Burkinabè', r'\b(?:households|persons|families|Burkinabè)\b'),
]

# zya01: jihadists overrun the army detachment at Mansila, Yagha province, Sahel region (AFP style, en-dash
# dateline, British spelling, curly quotes)
A['zya01.txt'] = dict(
    casualty=[
        C('killing at least 34 soldiers', 'killed', 34, 'at-least', 'soldiers', id='tot'),
        C('21 of the dead were soldiers', 'killed', 21, 'exact', 'soldiers', sub='tot'),
        C('about 40 wounded', 'injured', 40, 'approx', 'soldiers', id='w40'),
        C('“dozens” of soldiers were still missing', 'missing', None, 'vague', 'soldiers'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'soldiers', sub='w40'),
        C('the toll to at least 36', 'killed', 36, 'at-least', 'soldiers', tags='update'),
        C('26 dead', 'killed', 26, 'exact', 'soldiers', tags='contradicted'),
        C('19 wounded', 'injured', 19, 'exact', 'soldiers', tags='contradicted'),
        C('killed more than 100 soldiers', 'killed', 100, 'at-least', 'soldiers', tags='contradicted'),
        C('more than 80 terrorists” had been neutralised', 'killed', 80, 'at-least', 'fighters'),
        C('shot dead at least seven civilians', 'killed', 7, 'at-least', 'civilians'),
        C('buried 12 people', 'killed', 12, 'exact', 'people', id='b12'),
        C('two women', 'killed', 2, 'exact', 'women', sub='b12'),
        C('more than 3,000 people had fled', 'displaced', 3000, 'at-least', 'people'),
        C('nearly 2.1 million already displaced', 'displaced', 2100000, 'at-most', 'people'),
        C('killed more than 20,000 people', 'killed', 20000, 'at-least', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('a security source', 'anonymous'),
        S('A local official', 'anonymous'),
        S('A doctor at the regional hospital in Dori', 'anonymous'),
        S('A military source in Ouagadougou', 'anonymous'),
        S('The Al-Qaeda-linked Group to Support Islam and Muslims (JNIM)', 'military'),
        S('Az-Zallaqa', 'media'),
        S('state television RTB', 'media'),
        S('the army general staff', 'military'),
        S('Residents of Mansila', 'witness'),
        S('Hamidou Dicko', 'witness', form='name'),
        S('A humanitarian worker in Dori', 'anonymous'),
        S('the latest official figures', 'official', form='document'),
        S('the Armed Conflict Location & Event Data Project (ACLED)', 'ngo'),
    ],
    numbers=[
        N('in their hundreds', 'count-people'),
        N('three directions', 'count-objects'),
        N('5 am', 'time'),
        N('some 120 kilometres', 'distance'),
        N('11 vehicles', 'count-objects'),
        N('14-year-old', 'age'),
        N('50 kilometres', 'distance'),
        N('March 2023', 'date'),
        N('2015', 'year'),
        N('September 2022', 'date'),
        N('tens of thousands of VDP auxiliaries', 'count-people'),
    ])

# zya02: an ambush on a supply convoy bound for blockaded Séguénéga, Yatenga province, Nord region (Reuters
# style, Reuters dateline and sign-off, American spelling, straight quotes)
A['zya02.txt'] = dict(
    casualty=[
        C('killing dozens of soldiers', 'killed', None, 'vague', 'soldiers'),
        C('at least 27 soldiers', 'killed', 27, 'at-least', 'soldiers'),
        C('11 members', 'killed', 11, 'exact', 'soldiers'),
        C('between 25 and 30 truck drivers were unaccounted for', 'missing', None, 'range', 'other', low=25, high=30),
        C('the number of dead at 52', 'killed', 52, 'exact', 'people', tags='contradicted'),
        C('19 bodies', 'killed', 19, 'exact', 'people'),
        C('several of his colleagues shot dead', 'killed', None, 'vague', 'other'),
        C('killed 73 soldiers', 'killed', 73, 'exact', 'soldiers', tags='contradicted'),
        C('captured four others', 'detained', 4, 'exact', 'soldiers', tags='contradicted'),
        C('as many as 60,000 displaced people', 'displaced', 60000, 'at-most', 'people'),
        C('buried four of them', 'killed', 4, 'exact', 'children'),
        C('killed hundreds of people', 'killed', None, 'vague', 'people', id='conv'),
        C('at least 37', 'killed', 37, 'at-least', 'people', sub='conv'),
    ],
    sources=[
        S('two security sources', 'anonymous'),
        S('a local official', 'anonymous'),
        S('the sources', 'anonymous'),
        S('The first security source', 'anonymous'),
        S('The second source', 'anonymous'),
        S('the local official', 'anonymous'),
        S('a driver', 'witness', form='role'),
        S('JNIM', 'military', nth=1),
        S('the municipality', 'official'),
        S('Residents', 'witness'),
        S('Aminata Sawadogo', 'witness', form='name'),
        S('The U.N. World Food Programme', 'ngo'),
        S('ACLED data', 'ngo', form='document'),
    ],
    numbers=[
        N('Oct 14', 'date'),
        N('two security sources', 'count-people'),
        N('about 150 trucks', 'count-objects'),
        N('more than eight months', 'duration'),
        N('nearly two hours', 'duration'),
        N('55 km', 'distance'),
        N('34 miles', 'distance'),
        N('September 2022', 'date'),
        N('several foreign media outlets', 'count-objects'),
        N('about 40,000 people', 'population'),
        N('50-kg', 'quantity'),
        N('45,000 CFA francs', 'money'),
        N('$75', 'money'),
        N('mother of six', 'count-people'),
        N('2022', 'year', nth=1),
        N('about 1 million people', 'count-people'),
        N('some 40 towns', 'count-objects'),
        N('two years', 'duration'),
        N('September 2022', 'date', nth=1),
    ])

# zya03: an army operation around Ouarkoye, Mouhoun province, Boucle du Mouhoun region (state news agency
# in official register, digits throughout, en-dash dateline, British spelling, curly quotes)
A['zya03.txt'] = dict(
    casualty=[
        C('neutralised 47 terrorists', 'killed', 47, 'exact', 'fighters'),
        C('the 47 neutralised', 'killed', 47, 'exact', 'fighters', tags='repeat'),
        C('a number of terrorists fled with injuries', 'injured', None, 'vague', 'fighters'),
        C('4 soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('2 VDP fell on the field of honour', 'killed', 2, 'exact', 'soldiers'),
        C('9 others were wounded', 'injured', 9, 'exact', 'soldiers'),
        C('the 6 martyrs', 'killed', 6, 'exact', 'soldiers', tags='repeat'),
        C('3 civilians were killed', 'killed', 3, 'exact', 'civilians'),
        C('5 others wounded', 'injured', 5, 'exact', 'civilians', id='cw'),
        C('2 of the wounded are children', 'injured', 2, 'exact', 'children', sub='cw'),
        C('about fifty civilians were executed', 'killed', 50, 'approx', 'civilians', tags='contradicted'),
        C('1,240 households', 'displaced', 1240, 'exact', 'people'),
        C('7,812 persons', 'displaced', 7812, 'exact', 'people'),
        C('neutralised more than 600 terrorists', 'killed', 600, 'at-least', 'fighters'),
    ],
    sources=[
        S('the General Staff of the Armies', 'military'),
        S('the communiqué', 'military', nth=0, form='document'),
        S('the commander of the operation, Lieutenant-Colonel Yacouba Ouédraogo', 'military',
          form='title-name'),
        S('the General Staff', 'military', nth=1),
        S('The High Commissioner of the Mouhoun province, Mrs Adjaratou Konaté', 'official',
          form='title-name'),
        S('The General Staff', 'military'),
        S('a foreign radio station', 'media'),
        S('the communiqué', 'military', nth=1, form='document'),
        S('The Regional Directorate of Solidarity and Humanitarian Action of the Boucle du Mouhoun',
          'official'),
        S('The Regional Director, Mr Issouf Sanou', 'official', form='title-name'),
        S('the General Staff', 'military', nth=2),
    ],
    numbers=[
        N('12 February 2025', 'date'),
        N('14th Rapid Intervention Battalion', 'other'),
        N('BIR 14', 'other'),
        N('around 200 terrorists', 'count-people'),
        N('31 motorcycles', 'count-objects'),
        N('2 machine guns', 'count-objects'),
        N('19 AK-47 assault rifles', 'count-objects'),
        N('several radio sets', 'count-objects'),
        N('1 January', 'date'),
        N('3 sites', 'count-objects'),
        N('45 tonnes', 'quantity'),
        N('16, 17 and 1010', 'other'),
    ])

# zya04: an attack on the health centre of blockaded Pobé-Mengao, Soum province, Sahel region (NGO press
# release, British spelling, curly quotes, notes to editors)
A['zya04.txt'] = dict(
    casualty=[
        C('Three health workers were killed', 'killed', 3, 'exact', 'other'),
        C('shot dead at least nine patients', 'killed', 9, 'at-least', 'people'),
        C('wounded 17 others', 'injured', 17, 'exact', 'people', id='w17'),
        C('six children', 'injured', 6, 'exact', 'children', sub='w17'),
        C('11 of the wounded', 'injured', 11, 'exact', 'people', sub='w17'),
        C('23 of them have died', 'killed', 23, 'exact', 'children'),
        C('Roughly 26,000 of them are internally displaced', 'displaced', 26000, 'approx', 'people'),
        C('abducted at least 14 men', 'detained', 14, 'at-least', 'men', id='ab'),
        C('the bodies of five of them', 'killed', 5, 'exact', 'men', sub='ab'),
        C('at least 40 civilians had been killed', 'killed', 40, 'at-least', 'civilians'),
        C('“neutralised” dozens of terrorists', 'killed', None, 'vague', 'fighters'),
        C('some 2 million people have been forced from their homes', 'displaced', 2000000, 'approx', 'people'),
    ],
    sources=[
        S('the medical organisation Santé Sahel Solidarité (SSS)', 'ngo'),
        S('A nurse', 'anonymous'),
        S('Dr Mariam Zongo', 'ngo', form='title-name'),
        S('the local authorities', 'official'),
        S('the provincial social action service', 'official'),
        S('Residents', 'witness'),
        S('The town’s mayor, Boureima Tamboura', 'official', form='title-name'),
        S('The Burkinabè army', 'military'),
        S('the World Health Organization (WHO)', 'ngo'),
    ],
    numbers=[
        N('3 April 2025', 'date'),
        N('more than two years', 'duration'),
        N('27-year-old', 'age'),
        N('under five', 'age'),
        N('45 kilometres', 'distance'),
        N('almost seven hours', 'duration'),
        N('2023', 'year'),
        N('1,312 children', 'count-people'),
        N('about 9,000', 'population'),
        N('more than 35,000', 'population'),
        N('up to 300 per cent', 'percentage'),
        N('60 lorries', 'count-objects'),
        N('at least 160 health facilities', 'count-objects'),
        N('more than 400', 'count-objects'),
        N('2016', 'year'),
        N('12 health facilities', 'count-objects'),
        N('+226 70 18 44 92', 'other'),
    ])

# zya05: a UN OCHA flash update on attacks and displacement in Gourcy commune, Zondoma province, Nord region
# (highlights, section headings, British spelling, no quotes)
A['zya05.txt'] = dict(
    casualty=[
        C('At least 63 civilians were killed', 'killed', 63, 'at-least', 'civilians'),
        C('41 injured', 'injured', 41, 'exact', 'civilians'),
        C('An estimated 18,500 people have fled', 'displaced', 18500, 'approx', 'people'),
        C('63 civilians were killed', 'killed', 63, 'exact', 'civilians', nth=1, id='k63', tags='repeat'),
        C('14 women', 'killed', 14, 'exact', 'women', sub='k63'),
        C('22 children', 'killed', 22, 'exact', 'children', sub='k63'),
        C('41 people were injured', 'injured', 41, 'exact', 'people', tags='repeat'),
        C('the toll could rise to more than 80', 'killed', 80, 'at-least', 'civilians', tags='contradicted'),
        C('10–15 people remain unaccounted for', 'missing', None, 'range', 'people', low=10, high=15),
        C('Up to 35 men were abducted', 'detained', 35, 'at-most', 'men'),
        C('2,914 households', 'displaced', 2914, 'exact', 'people'),
        C('18,476 people', 'displaced', 18476, 'exact', 'people', id='new'),
        C('More than 61,000 internally displaced persons', 'displaced', 61000, 'at-least', 'people'),
        C('about 4,000 people are sheltering', 'displaced', 4000, 'approx', 'people', sub='new'),
        C('38 wounded', 'injured', 38, 'exact', 'people', id='h38'),
        C('6 died', 'killed', 6, 'exact', 'people', sub='h38'),
    ],
    sources=[
        S('the local authorities', 'official'),
        S('Local sources', 'anonymous'),
        S('Survivors', 'witness'),
        S('a community leader', 'other', form='role'),
        S('the Regional Directorate of Humanitarian Action', 'official'),
        S('CONASUR', 'official'),
        S('partners', 'ngo', nth=0),
        S('the district health directorate', 'official'),
        S('Partners', 'ngo', nth=1),
        S('the World Food Programme (WFP)', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 November 2024', 'date'),
        N('four villages', 'count-objects'),
        N('9 and 10 November', 'date'),
        N('9 November', 'date'),
        N('58 per cent', 'percentage'),
        N('US$3.4 million', 'money'),
        N('three months', 'duration'),
        N('9 and 10 November', 'date', nth=1),
        N('some 15 to 25 km', 'distance'),
        N('numbering several hundred', 'count-people'),
        N('11 November', 'date'),
        N('16 November', 'date'),
        N('about 83,000', 'population'),
        N('2019', 'year'),
        N('three schools', 'count-objects'),
        N('27 schools', 'count-objects'),
        N('some 6,200 pupils', 'count-people'),
        N('9 and 12 November', 'date'),
        N('one ambulance', 'count-objects'),
        N('9,300 people', 'count-people'),
        N('20 emergency latrines', 'count-objects'),
        N('2.7 million people', 'count-people'),
        N('2024', 'year', nth=1),
        N('US$935 million', 'money'),
        N('38 per cent', 'percentage'),
        N('+226 25 30 60 11', 'other'),
    ])

# zya06: the killing of Fulani civilians in Lanfièra, Sourou province, Boucle du Mouhoun region (a
# newspaper's own correspondent, first person, em dashes, British spelling, curly quotes)
A['zya06.txt'] = dict(
    casualty=[
        C('at least 28 people were dead', 'killed', 28, 'at-least', 'people', id='d28'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='d28'),
        C('two brothers were among those killed', 'killed', 2, 'exact', 'men', sub='d28'),
        C('the final toll higher, at 41', 'killed', 41, 'exact', 'people', tags='contradicted'),
        C('buried 36 people', 'killed', 36, 'exact', 'people'),
        C('19 wounded', 'injured', 19, 'exact', 'people', id='w19'),
        C('seven of them women', 'injured', 7, 'exact', 'women', sub='w19'),
        C('Three have since died', 'killed', 3, 'exact', 'people', sub='w19'),
        C('killing 17 volunteers', 'killed', 17, 'exact', 'soldiers'),
        C('fewer than a dozen VDP members had been detained', 'detained', 12, 'at-most', 'soldiers'),
        C('an estimated 2,500 people', 'displaced', 2500, 'approx', 'people'),
        C('more than 1,800 Burkinabè had arrived', 'displaced', 1800, 'at-least', 'people'),
        C('the killing of more than 1,000 Fulani civilians', 'killed', 1000, 'at-least', 'civilians'),
        C('Four of his cousins are still missing', 'missing', 4, 'exact', 'people'),
    ],
    sources=[
        S('survivors', 'witness'),
        S('Hassane Barry', 'witness', form='name'),
        S('Residents', 'witness'),
        S('a local official', 'anonymous'),
        S('The town’s imam', 'other', form='role'),
        S('a nurse', 'anonymous'),
        S('a security source', 'anonymous'),
        S('Several Fulani residents', 'witness'),
        S('A gendarmerie officer in Tougan', 'anonymous'),
        S('the UN refugee agency, UNHCR', 'ngo'),
        S('Voix des Communautés', 'ngo'),
        S('Its founder, Boukary Diallo', 'ngo', form='title-name'),
    ],
    numbers=[
        N('two pick-up trucks', 'count-objects'),
        N('three hours', 'duration'),
        N('eight months old', 'age'),
        N('34', 'age'),
        N('30km', 'distance'),
        N('some 90,000 men', 'count-people'),
        N('2022', 'year'),
        N('2023', 'year', nth=0),
        N('five days', 'duration'),
        N('Several Fulani residents', 'count-people'),
        N('2023', 'year', nth=1),
        N('several times', 'other'),
        N('a handful of relatives', 'count-people'),
        N('a household of 19', 'count-people'),
        N('no one', 'other'),
    ])

# zya07: a jihadist assault on Kossouka, Nord region, and the flight to Ouahigouya (a broadcaster's web
# report, VOA style, American spelling, straight quotes, radio sign-off)
A['zya07.txt'] = dict(
    casualty=[
        C('dozens of civilians were killed', 'killed', None, 'vague', 'civilians'),
        C('thousands of people have fled', 'displaced', None, 'vague', 'people'),
        C('"neutralized" more than 60 attackers', 'killed', 60, 'at-least', 'fighters'),
        C('eight soldiers', 'killed', 8, 'exact', 'soldiers'),
        C('13 VDP were killed', 'killed', 13, 'exact', 'soldiers'),
        C('22 others wounded', 'injured', 22, 'exact', 'soldiers'),
        C('counted 47 bodies', 'killed', 47, 'exact', 'people'),
        C('abducted 15 to 20 young men', 'detained', None, 'range', 'men', low=15, high=20),
        C('at least 52 civilians were buried', 'killed', 52, 'at-least', 'civilians'),
        C('36 wounded people', 'injured', 36, 'exact', 'people', id='w36'),
        C('four of them died', 'killed', 4, 'exact', 'people', sub='w36'),
        C('killed 70 VDP', 'killed', 70, 'exact', 'soldiers', tags='contradicted'),
        C('three VDP commanders had been arrested', 'detained', 3, 'exact', 'soldiers'),
        C('almost 5,000 people had fled', 'displaced', 5000, 'at-most', 'people'),
        C('more than 2 million internally displaced people', 'displaced', 2000000, 'at-least', 'people'),
        C('at least 1,400 of them have been killed', 'killed', 1400, 'at-least', 'soldiers'),
    ],
    sources=[
        S("Burkina Faso's army", 'military'),
        S('residents', 'witness'),
        S('aid workers', 'anonymous'),
        S('national television', 'media'),
        S('the army', 'military'),
        S('Residents', 'witness'),
        S('one resident', 'witness'),
        S('Another resident', 'witness'),
        S('A local humanitarian official', 'anonymous'),
        S('The al-Qaida-affiliated group JNIM', 'military'),
        S('Local radio station Voix du Yatenga', 'media'),
        S('The national emergency relief agency, CONASUR', 'official'),
        S('the latest government figures', 'official', form='document'),
        S('Analyst Souleymane Kaboré of the Ouagadougou-based Sahel Security Institute', 'other',
          form='title-name'),
        S('Kaboré', 'other', nth=1, form='name'),
    ],
    numbers=[
        N('around 10 in the morning', 'time'),
        N('hundreds of them', 'count-people'),
        N('one resident', 'count-people'),
        N('40 kilometers', 'distance'),
        N('two schools', 'count-objects'),
        N('March 2023', 'date'),
        N('more than 50,000', 'count-people'),
        N('two weeks', 'duration'),
        N('2022', 'year'),
    ])

# zya08: gunmen attack a camp for displaced people outside Sampelga, Séno province, Sahel region (AP style,
# one sentence a paragraph, American spelling, curly quotes, AP dateline and contributor line)
A['zya08.txt'] = dict(
    casualty=[
        C('killed at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('at least 25 people were wounded', 'injured', 25, 'at-least', 'people', id='w25'),
        C('about a dozen women had been taken away', 'detained', 12, 'approx', 'women'),
        C('14 of the wounded', 'injured', 14, 'exact', 'people', id='h14', sub='w25'),
        C('two of them died', 'killed', 2, 'exact', 'people', sub='h14'),
        C('the toll to 21', 'killed', 21, 'exact', 'people', tags='update'),
        C('23 bodies had been buried', 'killed', 23, 'exact', 'people', tags='contradicted'),
        C('about 4,500 people who fled', 'displaced', 4500, 'approx', 'people'),
        C('hundreds of families left', 'displaced', None, 'vague', 'people'),
        C('two soldiers were killed', 'killed', 2, 'exact', 'soldiers'),
        C('four wounded', 'injured', 4, 'exact', 'soldiers'),
        C('killed at least 40 people', 'killed', 40, 'at-least', 'people'),
        C('killed thousands of people', 'killed', None, 'vague', 'people'),
        C('displaced more than 2 million', 'displaced', 2000000, 'at-least', 'people'),
        C('executed at least 223 villagers', 'killed', 223, 'at-least', 'civilians'),
    ],
    sources=[
        S('residents', 'witness'),
        S('an aid worker', 'anonymous'),
        S('a resident', 'witness'),
        S('The aid worker', 'anonymous'),
        S('Adama Tall', 'other', form='name'),
        S('Tall', 'other', nth=1, form='name'),
        S('the U.N. humanitarian office', 'ngo'),
        S('Tall', 'other', nth=2, form='name'),
        S('state broadcaster RTB', 'media'),
        S('the army', 'military'),
        S('The army', 'military'),
        S('local officials', 'official'),
        S('the Norwegian Refugee Council', 'ngo'),
        S('the aid group', 'ngo'),
        S('Rights groups', 'ngo'),
        S('Human Rights Watch', 'ngo'),
    ],
    numbers=[
        N('about 20 miles', 'distance'),
        N('32 kilometers', 'distance'),
        N('two or three times', 'other'),
        N('the two groups', 'count-objects'),
        N('2023', 'year'),
        N('April 2024', 'date'),
        N('two villages', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
