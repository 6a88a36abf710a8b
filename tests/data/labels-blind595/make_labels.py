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

# ---------------------------------------------------------------- labels (blind set 595: er01-er08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('beheading / beheaded / murdered / martyred / shot dead / cost the lives / buried',
     r'\bbehead(?:ed|ing)\b|\bmurdered\b|\bmartyred\b|\bshot dead\b|\blives\b|\bburied\b'),
    ('capturing / taken / the abducted / those abducted', r'\bcapturing\b|\btaken\b|\babducted\b'),
    ('gunshot wounds / minor injuries', r'\bgunshot wounds\b|\binjuries\b'),
    ('had left / have left / who fled', r'\bleft\b|\bfled\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('insurgents/rangers/officers/members of the FDS/security forces',
     r'\b(?:insurgents|rangers|officers|members)\b'),
    ('citizens/individuals/families/passengers/Christians',
     r'\b(?:citizens|individuals|families|passengers|Christians)\b'),
    ('boys/teenagers/sons/brothers', r'\b(?:boys|teenagers|sons|brothers)\b'),
]

# er01: an insurgent night raid on Msawize, Niassa Special Reserve (AFP style, one sentence a
# paragraph, British spelling, curly quotes)
A['er01.txt'] = dict(
    casualty=[
        C('killed at least 11 villagers', 'killed', 11, 'at-least', 'civilians', id='tot'),
        C('beheading several of them', 'killed', None, 'vague', 'civilians', sub='tot'),
        C('Among the dead were four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('23 people', 'detained', 23, 'exact', 'people', id='abd'),
        C('nine others were wounded', 'injured', 9, 'exact', 'people'),
        C('the death toll higher, at 14', 'killed', 14, 'exact', 'civilians', tags='contradicted'),
        C('killed “17 Christians”', 'killed', 17, 'exact', 'people', tags='contradicted'),
        C('killed six insurgents', 'killed', 6, 'exact', 'fighters'),
        C('two soldiers died', 'killed', 2, 'exact', 'soldiers'),
        C('three were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('up to 600 people had left', 'displaced', 600, 'at-most', 'people'),
        C('his two grown sons', 'missing', 2, 'exact', 'men'),
        C('more than 1,200 people had been displaced', 'displaced', 1200, 'at-least', 'people'),
        C('about 3,000 residents', 'displaced', 3000, 'approx', 'civilians'),
        C('two of the abducted', 'detained', 2, 'exact', 'people', sub='abd'),
        C('the bodies of three more villagers', 'killed', 3, 'exact', 'civilians'),
        C('the official toll to 14', 'killed', 14, 'exact', 'civilians', tags='update'),
    ],
    sources=[
        S('local officials', 'official'),
        S('the village chief, Saide Amisse', 'official', form='title-name'),
        S('Amisse', 'official', nth=1, form='name'),
        S('The Northern Mozambique Violence Tracker', 'ngo'),
        S('Islamic State’s Amaq propaganda agency', 'media'),
        S('Mozambique’s defence ministry', 'military'),
        S('A ministry spokesman, Colonel Omar Saranga', 'military', form='title-name'),
        S('Residents', 'witness'),
        S('Fátima Ali', 'witness', form='name'),
        S('The UN refugee agency UNHCR', 'ngo'),
        S('An aid worker', 'anonymous'),
        S('the district administrator, Ernesto Muanheua', 'official', form='title-name'),
    ],
    numbers=[
        N('14-year-old', 'age'),
        N('10 pm', 'time'),
        N('some 60 kilometres', 'distance'),
        N('2021', 'year'),
        N('more than 100 homes', 'count-objects'),
        N('48 hours', 'duration'),
        N('one', 'other'),
        N('an estimated 60,000 people', 'population'),
        N('38', 'age'),
        N('two days', 'duration'),
    ])

# er02: police fire on post-election protesters in the port city of Nacala, Nampula (Reuters style)
A['er02.txt'] = dict(
    casualty=[
        C('killing at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('More than 40 others were wounded', 'injured', 40, 'at-least', 'people', id='inj'),
        C('Fourteen of them', 'injured', 14, 'exact', 'people', sub='inj'),
        C('the death toll in Nacala at 12', 'killed', 12, 'exact', 'people', id='oc', tags='contradicted'),
        C('three people', 'killed', 3, 'exact', 'people', sub='oc'),
        C('27 officers had been injured', 'injured', 27, 'exact', 'soldiers'),
        C('61 people arrested', 'detained', 61, 'exact', 'people'),
        C('two boys shot dead', 'killed', 2, 'exact', 'children'),
        C('taken away 10 to 15 young men', 'detained', None, 'range', 'men', low=10, high=15),
        C('dozens of families had fled', 'displaced', None, 'vague', 'people'),
        C('at least 30 people have been killed', 'killed', 30, 'at-least', 'people'),
        C('More than 300 have been arrested', 'detained', 300, 'at-least', 'people'),
        C('19 people', 'killed', 19, 'exact', 'people', id='min', tags='contradicted'),
        C('two police officers', 'killed', 2, 'exact', 'soldiers', sub='min'),
        C('the number of dead had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='inj'),
    ],
    sources=[
        S('a hospital official', 'anonymous'),
        S('a rights group', 'ngo'),
        S('the official', 'anonymous'),
        S('The Nampula-based rights group Observatório Cidadão', 'ngo'),
        S('Police spokesman Zacarias Nacute', 'official', form='title-name'),
        S('Nacute', 'official', nth=1, form='name'),
        S('Witnesses', 'witness'),
        S('Amade Momade', 'witness', form='name'),
        S('Residents of the Ontupaia neighborhood', 'witness'),
        S('the civil society electoral watchdog Voto Livre', 'ngo'),
        S('the group', 'ngo'),
        S('The interior ministry', 'official'),
        S('The port operator', 'other'),
        S('the hospital official', 'anonymous'),
    ],
    numbers=[
        N('Nov 7', 'date'),
        N('16-year-old', 'age'),
        N('two vehicles', 'count-objects'),
        N('about 200 km', 'distance'),
        N('124 miles', 'distance'),
        N('34-year-old', 'age'),
        N('Oct. 9', 'date'),
        N('20%', 'percentage'),
        N('Oct. 21', 'date'),
        N('about 250,000 people', 'population'),
        N('some 4.5 million tonnes', 'quantity'),
        N('24 hours', 'duration'),
    ])

# er03: terrorists repelled at the Alua administrative post, Nampula (state media, the government
# news agency's voice: "martyred", "terrorists", a denial of "false news", an en-dash dateline)
A['er03.txt'] = dict(
    casualty=[
        C('killing 13 terrorists', 'killed', 13, 'exact', 'fighters'),
        C('wounding a number of others', 'injured', None, 'vague', 'fighters'),
        C('capturing four others', 'detained', 4, 'exact', 'fighters'),
        C('Two members of the FDS were martyred', 'killed', 2, 'exact', 'soldiers'),
        C('three others suffered minor injuries', 'injured', 3, 'exact', 'soldiers'),
        C('murdered 5 defenceless citizens', 'killed', 5, 'exact', 'civilians', id='c'),
        C('2 children', 'killed', 2, 'exact', 'children', sub='c'),
        C('wounded 8 others', 'injured', 8, 'exact', 'civilians'),
        C('some 1,500 residents who fled', 'displaced', 1500, 'approx', 'civilians'),
        C('more than 40 civilians had been killed', 'killed', 40, 'at-least', 'civilians', tags='contradicted'),
        C('the number of terrorists killed had risen to 16', 'killed', 16, 'exact', 'fighters', tags='update'),
        C('the bodies of 3 more terrorists', 'killed', 3, 'exact', 'fighters'),
        C('the detention of 7 individuals', 'detained', 7, 'exact', 'people', id='d'),
        C('2 women', 'detained', 2, 'exact', 'women', sub='d'),
        C('cost the lives of 22 citizens', 'killed', 22, 'exact', 'civilians'),
        C('forced around 4,300 people from their homes', 'displaced', 4300, 'approx', 'people'),
    ],
    sources=[
        S('the Ministry of National Defence', 'military'),
        S('the Ministry', 'military', nth=1),
        S('the statement', 'military', form='document'),
        S('the Chief of the Alua Administrative Post, Armando Napuanha', 'official', form='title-name'),
        S('Napuanha', 'official', nth=1, form='name'),
        S('The Ministry', 'military'),
        S('a private television station', 'media'),
        S("the Ministry's spokesperson, Colonel Benedito Mandlate", 'military', form='title-name'),
        S('the Ministry', 'military', nth=3),
        S('the spokesperson of the Police of the Republic of Mozambique (PRM), Rosa Chaúque', 'official',
          form='title-name'),
        S('the Provincial Delegation of the National Institute for Disaster Risk Management (INGD)', 'official'),
        S('The INGD', 'official'),
    ],
    numbers=[
        N('18 September', 'date'),
        N('numbering about 60', 'count-people'),
        N('several shops', 'count-objects'),
        N('about four hours', 'duration'),
        N('9 AK-47 rifles', 'count-objects'),
        N('2 motorcycles', 'count-objects'),
        N('37 houses', 'count-objects'),
        N('two days', 'duration'),
        N('812 food kits', 'count-objects'),
        N('3 temporary accommodation centres', 'count-objects'),
    ])

# er04: raids, arbitrary detentions and deaths in custody at the Corrane resettlement centre,
# Meconta, Nampula (NGO statement with demands and notes to editors)
A['er04.txt'] = dict(
    casualty=[
        C('detained at least 34 displaced men', 'detained', 34, 'at-least', 'men', id='det'),
        C('three of them have since died', 'killed', 3, 'exact', 'men', sub='det'),
        C('my two brothers', 'detained', 2, 'exact', 'men'),
        C('Nine of the men', 'detained', 9, 'exact', 'men', sub='det'),
        C('at least 19 others', 'missing', 19, 'at-least', 'men', sub='det'),
        C('killed four people', 'killed', 4, 'exact', 'people'),
        C('wounded two others', 'injured', 2, 'exact', 'people'),
        C('11 men', 'injured', 11, 'exact', 'men'),
        C('12 men had been detained', 'detained', 12, 'exact', 'men', tags='contradicted'),
        C('roughly 6,000 displaced people', 'displaced', 6000, 'approx', 'people'),
        C('nearly 1,000 newly displaced people', 'displaced', 1000, 'at-most', 'people'),
        C('at least 40 families have left', 'displaced', 40, 'at-least', 'people'),
        C('the 19 men still missing', 'missing', 19, 'exact', 'men', tags='repeat'),
        C('the three deaths in custody', 'killed', 3, 'exact', 'men', tags='repeat'),
    ],
    sources=[
        S('the human rights organisation Protecção Cidadã', 'ngo'),
        S('a 41-year-old woman', 'witness', form='role'),
        S('Residents', 'witness'),
        S('A nurse at the centre’s health post', 'anonymous'),
        S('Relatives of a 29-year-old fisherman', 'witness'),
        S('The Meconta district police command', 'official'),
        S('Ana Mucavele', 'ngo', form='name'),
        S('the International Organization for Migration (IOM)', 'ngo'),
        S('Camp leaders', 'other'),
    ],
    numbers=[
        N('12 March 2024', 'date'),
        N('between 20 and 27 February', 'date'),
        N('26 residents of the centre', 'count-people'),
        N('two health workers', 'count-people'),
        N('2am', 'time'),
        N('41-year-old', 'age'),
        N('2020', 'year'),
        N('up to 5,000 meticais', 'money'),
        N('17 February', 'date'),
        N('29-year-old', 'age'),
        N('3 March', 'date'),
        N('about 50km', 'distance'),
        N('2017', 'year'),
        N('2009', 'year'),
        N('between 28 February and 8 March 2024', 'date'),
    ])

# er05: attacks on six villages and displacement by location in Mazua District, Nampula (UN OCHA
# flash update: highlights, situation overview, displacement list, sectors, funding)
A['er05.txt'] = dict(
    casualty=[
        C('At least 14 civilians killed', 'killed', 14, 'at-least', 'civilians'),
        C('9 injured', 'injured', 9, 'exact', 'civilians'),
        C('An estimated 11,400 people displaced', 'displaced', 11400, 'approx', 'people'),
        C('killing at least 14 civilians', 'killed', 14, 'at-least', 'civilians', id='t2', tags='repeat'),
        C('3 children', 'killed', 3, 'exact', 'children', sub='t2'),
        C('Nine people were injured', 'injured', 9, 'exact', 'people', id='i2', tags='repeat'),
        C('4 of them', 'injured', 4, 'exact', 'people', sub='i2'),
        C('at least 7 people', 'detained', 7, 'at-least', 'people'),
        C('Two members of the security forces were killed', 'killed', 2, 'exact', 'soldiers'),
        C('an estimated 11,400 people have fled', 'displaced', 11400, 'approx', 'people', id='d', tags='repeat'),
        C('5,900 people', 'displaced', 5900, 'exact', 'people', sub='d'),
        C('1,850 people', 'displaced', 1850, 'exact', 'people', sub='d'),
        C('1,300 people', 'displaced', 1300, 'exact', 'people', sub='d'),
        C('1,400 people', 'displaced', 1400, 'exact', 'people', sub='d'),
        C('900–1,000 people', 'displaced', None, 'range', 'people', low=900, high=1000, sub='d'),
        C('the 7 people abducted', 'detained', 7, 'exact', 'people', tags='repeat'),
        C('the 9 injured', 'injured', 9, 'exact', 'civilians', id='i3', tags='repeat'),
        C('2', 'injured', 2, 'exact', 'civilians', nth=2, sub='i3'),
        C('One patient died', 'killed', 1, 'exact', 'people'),
        C('the death toll to 15', 'killed', 15, 'exact', 'civilians', tags='update'),
        C('11,400 displaced people', 'displaced', 11400, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Local leaders', 'other'),
        S('media reports', 'media', form='document'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo', form='document'),
        S('Protection partners', 'ngo'),
        S('Women at the transit centre', 'witness'),
        S('the District Services of Health, Women and Social Action (SDSMAS)', 'official'),
    ],
    numbers=[
        N('Flash Update No. 3', 'other'),
        N('4 October 2022', 'date'),
        N('six villages', 'count-objects'),
        N('between 22 and 30 September', 'date'),
        N('5,200 people', 'count-people'),
        N('23 per cent', 'percentage'),
        N('Between 22 and 30 September', 'date'),
        N('six villages', 'count-objects', nth=1),
        N('Some 240 houses', 'count-objects'),
        N('2 schools', 'count-objects'),
        N('22 September', 'date'),
        N('at least 85 unaccompanied and separated children', 'count-people'),
        N('5,200 people', 'count-people', nth=1),
        N('1 and 2 October', 'date'),
        N('800 shelter kits', 'count-objects'),
        N('2 October', 'date', nth=1),
        N('2022', 'year', nth=1),
        N('US$388 million', 'money'),
        N('38 per cent', 'percentage'),
        N('US$4.5 million', 'money'),
        N('three months', 'duration'),
    ])

# er06: rangers and villagers killed in a raid on Naulala, Niassa Special Reserve (a broadcaster's
# website: headline and byline)
A['er06.txt'] = dict(
    casualty=[
        C('killed three wildlife rangers', 'killed', 3, 'exact', 'other'),
        C('at least eight villagers', 'killed', 8, 'at-least', 'civilians'),
        C('killed “11 Mozambican soldiers”', 'killed', 11, 'exact', 'soldiers', tags='contradicted'),
        C('seven bodies', 'killed', 7, 'exact', 'people'),
        C('at least a dozen people', 'detained', 12, 'at-least', 'people', id='ab'),
        C('10 wounded people', 'injured', 10, 'exact', 'people', id='w'),
        C('two of whom later died', 'killed', 2, 'exact', 'people', sub='w'),
        C('the number of dead had risen to 14', 'killed', 14, 'exact', 'people', id='upd', tags='update'),
        C('the three rangers', 'killed', 3, 'exact', 'other', sub='upd', tags='repeat'),
        C('four of those abducted', 'detained', 4, 'exact', 'people', sub='ab'),
        C('one ranger was missing', 'missing', 1, 'exact', 'other'),
        C('up to 2,000 people have fled', 'displaced', 2000, 'at-most', 'people'),
        C('killed more than 6,000 people', 'killed', 6000, 'at-least', 'people'),
        C('forced almost 1 million from their homes', 'displaced', 1000000, 'at-most', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('the reserve’s management', 'official'),
        S('The Islamic State group', 'military'),
        S('the reserve', 'official', nth=1),
        S('Ali Saide', 'witness', form='name'),
        S('Mr Saide', 'witness', form='name'),
        S('A nurse from the burnt clinic', 'anonymous'),
        S('a provincial government spokesman, Ilídio Mussa', 'official', form='title-name'),
        S('The Wildlife Conservation Society (WCS)', 'ngo'),
        S('the organisation', 'ngo'),
        S('Aid agencies', 'ngo'),
        S('Mr Mussa', 'official', form='name'),
        S('residents', 'witness'),
        S('the conflict monitor Acled', 'ngo'),
    ],
    numbers=[
        N('about 30', 'count-people'),
        N('2017', 'year'),
        N('56-year-old', 'age'),
        N('three days', 'duration'),
        N('some 4,000 elephants', 'count-objects'),
        N('tens of thousands of people', 'population'),
        N('Two of its 17 hunting and tourism concessions', 'count-objects'),
        N('2017', 'year', nth=1),
    ])

# er07: police fire on post-election protesters in Angoche, Nampula (AP style)
A['er07.txt'] = dict(
    casualty=[
        C('killed at least seven people', 'killed', 7, 'at-least', 'people'),
        C('wounded scores more', 'injured', None, 'vague', 'people'),
        C('Thirty-eight people with gunshot wounds', 'injured', 38, 'exact', 'people', id='inj'),
        C('four or five bodies', 'killed', None, 'range', 'people', low=4, high=5),
        C('nine children', 'injured', 9, 'exact', 'children', sub='inj'),
        C('Two of the wounded died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('16 police officers were injured', 'injured', 16, 'exact', 'soldiers'),
        C('87 people had been detained', 'detained', 87, 'exact', 'people'),
        C('11 people had been killed', 'killed', 11, 'exact', 'people', id='rc', tags='contradicted'),
        C('two teenagers', 'killed', 2, 'exact', 'children', sub='rc'),
        C('over 120 had been arrested', 'detained', 120, 'at-least', 'people', tags='contradicted'),
        C('at least 150 people have been killed', 'killed', 150, 'at-least', 'people'),
        C('fewer than 60 people had died', 'killed', 60, 'at-most', 'people', tags='contradicted'),
        C('54 injured people', 'injured', 54, 'exact', 'people', id='rx'),
        C('six of them', 'injured', 6, 'exact', 'people', sub='rx'),
        C('Hundreds of residents fled', 'displaced', None, 'vague', 'civilians'),
    ],
    sources=[
        S('residents', 'witness'),
        S('a local hospital', 'official'),
        S('the director of Angoche Rural Hospital, Dr. Sérgio Amade', 'official', form='title-name'),
        S('Abdul Chande', 'witness', form='name'),
        S('Police spokesman Feliciano da Costa', 'official', form='title-name'),
        S('The civic group Rede Cidadã', 'ngo'),
        S('the group', 'ngo'),
        S('Government spokesman Inácio Mabote', 'official', form='title-name'),
        S('The Mozambique Red Cross', 'ngo'),
        S('local fishermen', 'witness'),
        S('Amade', 'official', nth=1, form='name'),
        S('Opposition supporters', 'other'),
        S('international observers', 'ngo'),
        S('residents', 'witness', nth=2),
    ],
    numbers=[
        N('27', 'age'),
        N('Two police stations', 'count-objects'),
        N('Oct. 21', 'date'),
        N('1992', 'year'),
        N('40 beds', 'count-objects'),
        N('about 90,000 people', 'population'),
        N('about 175 kilometers', 'distance'),
        N('110 miles', 'distance'),
        N('Oct. 9', 'date'),
        N('65%', 'percentage'),
        N('12 hours', 'duration'),
    ])

# er08: the burnt mission, the January raid, the abducted boys and the displaced of Chipene,
# Nampula (a newspaper's own correspondent, byline, an em-dash aside)
A['er08.txt'] = dict(
    casualty=[
        C('at least six people were killed', 'killed', 6, 'at-least', 'people'),
        C('killing four men', 'killed', 4, 'exact', 'men'),
        C('wounding two women', 'injured', 2, 'exact', 'women'),
        C('two men had died', 'killed', 2, 'exact', 'men', tags='contradicted'),
        C('buried four of our people', 'killed', 4, 'exact', 'people', tags='repeat'),
        C('About 2,600', 'displaced', 2600, 'approx', 'people'),
        C('at least 11 boys abducted', 'detained', 11, 'at-least', 'children', id='ab'),
        C('five', 'detained', 5, 'exact', 'children', sub='ab'),
        C('killed “more than 20 terrorists”', 'killed', 20, 'at-least', 'fighters'),
        C('beheaded three passengers', 'killed', 3, 'exact', 'people'),
        C('19 people', 'injured', 19, 'exact', 'people'),
        C('at least 57 civilians have been killed', 'killed', 57, 'at-least', 'civilians'),
        C('as many as 30,000 people displaced', 'displaced', 30000, 'at-most', 'people'),
        C('Between 12 and 15 people are still unaccounted for', 'missing', None, 'range', 'people', low=12, high=15),
    ],
    sources=[
        S('residents', 'witness'),
        S('The provincial police command', 'official'),
        S('Father Agostinho Mulima', 'other', form='title-name'),
        S('the parish', 'other', nth=1),
        S('the INGD disaster agency', 'official'),
        S('A spokesman for the armed forces in Nampula', 'military', form='role'),
        S('residents', 'witness', nth=1),
        S('a nurse', 'anonymous'),
        S('the monitoring project Observatório Rural do Norte', 'ngo'),
        S('The district administrator, Zacarias Mahanda', 'official', form='title-name'),
        S('the parish', 'other', nth=2),
        S('The diocese', 'other'),
        S('Assane', 'witness', nth=1, form='name'),
    ],
    numbers=[
        N('Eighteen months', 'duration'),
        N('September 2022', 'date'),
        N('73-year-old', 'age'),
        N('9 January', 'date'),
        N('about 40 gunmen', 'count-people'),
        N('roughly 9,000 people', 'population'),
        N('2022', 'year', nth=1),
        N('34', 'age'),
        N('15', 'age'),
        N('1,240 families', 'count-people'),
        N('$1.8m', 'money'),
        N('£1.4m', 'money'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
