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

# ---------------------------------------------------------------- labels (blind set 65: yq01-yq08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / sent to hell / neutralized / shot dead / left … dead',
     r'\bmartyred\b|\bsent to hell\b|\bneutralized\b|\bshot dead\b|\bleft\b.*\bdead\b'),
    ('captured / the arrest of / arrested', r'\bcaptured\b|\barrest\b|\barrested\b'),
    ('evacuated / new arrivals / left', r'\bevacuated\b|\barrivals\b|\bleft\b'),
    ('sustained injuries / suffered cuts / treated', r'\bsustained injuries\b|\bsuffered cuts\b|\btreated\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/security personnel/members of the security forces/sons of the soil',
     r'\b(?:servicemen|security personnel|security forces|sons of the soil|heroes)\b'),
    ('khwarij/Maoists/terrorists/assailants', r'\b(?:khwarij|Maoists|terrorists|assailants)\b'),
    ('Palestinians/Israelis/families/suspects/neighbors',
     r'\b(?:Palestinians|Israelis|families|suspects|neighbors|members of a family|advisers)\b'),
    ('paramedics', r'\bparamedics\b'),
]

# yq01: Russian guided bombs on the centre of Zolochiv, Kharkiv oblast, Ukraine (Reuters style)
A['yq01.txt'] = dict(
    casualty=[
        C('killing seven people', 'killed', 7, 'exact', 'people', id='tot'),
        C('wounding at least 22 others', 'injured', 22, 'at-least', 'people', id='inj'),
        C('five of the wounded', 'injured', 5, 'exact', 'people', sub='inj'),
        C('two or three people were still unaccounted for', 'missing', None, 'range', 'people', low=2, high=3),
        C('Dozens more people suffered cuts', 'injured', None, 'vague', 'people'),
        C('the bodies of two women', 'killed', 2, 'exact', 'women'),
        C('the death toll to nine', 'killed', 9, 'exact', 'people', tags='update'),
        C('three wounded neighbors', 'injured', 3, 'exact', 'civilians'),
        C('killing up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('injuring two elderly residents', 'injured', 2, 'exact', 'civilians'),
        C('killed 38 civilians', 'killed', 38, 'exact', 'civilians'),
        C('injured upwards of 190', 'injured', 190, 'at-least', 'civilians'),
        C('Some 1,400 people', 'displaced', 1400, 'approx', 'people', id='ev'),
        C('260 children', 'displaced', 260, 'exact', 'children', sub='ev'),
        C('more than 12,000 civilians have been killed', 'killed', 12000, 'at-least', 'civilians'),
    ],
    sources=[
        S('the regional governor', 'official', form='role'),
        S('Governor Andriy Kovalenko', 'official', form='title-name'),
        S("Ukraine's State Emergency Service", 'official'),
        S('the service', 'official', nth=0),
        S('the service', 'official', nth=1),
        S('Halyna Moroz', 'witness', form='name'),
        S("Russia's Defense Ministry", 'military'),
        S('Oleksiy Danylchenko', 'military', form='name'),
        S('the governor', 'official', form='role'),
        S('Local officials', 'official'),
        S("The Kharkiv regional prosecutor's office", 'official'),
        S('the regional administration', 'official'),
        S('The United Nations Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('Two Russian guided bombs', 'count-objects'),
        N('500 kg', 'quantity'),
        N('11 a.m.', 'time'),
        N('14-year-old', 'age'),
        N('11 people', 'count-people'),
        N('63', 'age'),
        N('about 15 km', 'distance'),
        N('9 miles', 'distance'),
        N('around 8,000', 'population'),
        N('fewer than 3,000 people', 'population'),
        N('12 more villages', 'count-objects'),
        N('February 2022', 'date'),
    ])

# yq02: IS attack on an army post and a village in Tarmiyah, north of Baghdad, Iraq (AFP style)
A['yq02.txt'] = dict(
    casualty=[
        C('killing at least 11 people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('six soldiers', 'killed', 6, 'exact', 'soldiers', sub='tot'),
        C('shot dead three members of one family', 'killed', 3, 'exact', 'people'),
        C('Five more people were wounded', 'injured', 5, 'exact', 'people', id='vil'),
        C('two of them critically', 'injured', 2, 'exact', 'people', sub='vil'),
        C('nine bodies', 'killed', 9, 'exact', 'people'),
        C('14 wounded', 'injured', 14, 'exact', 'people', id='hosp'),
        C('four soldiers', 'injured', 4, 'exact', 'soldiers', sub='hosp'),
        C('three heroes of our armed forces were martyred', 'killed', 3, 'exact', 'soldiers', tags='contradicted'),
        C('two were wounded', 'injured', 2, 'exact', 'soldiers', tags='contradicted'),
        C('killed four of the assailants', 'killed', 4, 'exact', 'fighters'),
        C('two more people had died', 'killed', 2, 'exact', 'people'),
        C('the toll to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('arrested 23 suspects', 'detained', 23, 'exact', 'people'),
        C('roughly 40 families had left', 'displaced', 40, 'approx', 'people'),
        C('two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('killed “dozens of terrorists”', 'killed', None, 'vague', 'fighters'),
    ],
    sources=[
        S('security and medical sources', 'anonymous'),
        S('an army officer', 'anonymous'),
        S('a local official', 'anonymous'),
        S('A doctor at Tarmiyah hospital', 'anonymous'),
        S('The Iraqi military’s Security Media Cell', 'military'),
        S('a health ministry official', 'anonymous'),
        S('the interior ministry', 'official'),
        S('Tribal leader Sheikh Khalid al-Jubouri', 'other', form='title-name'),
        S('The United Nations Assistance Mission for Iraq (UNAMI)', 'ngo'),
        S('the authorities', 'official'),
    ],
    numbers=[
        N('numbering between 15 and 20', 'count-people'),
        N('a handful of soldiers', 'count-people'),
        N('16-year-old', 'age'),
        N('four houses', 'count-objects'),
        N('about 50 kilometres', 'distance'),
        N('one of the last areas', 'other'),
        N('2014', 'year'),
        N('2017', 'year'),
    ])

# yq03: army raid and settler attack on Deir Sharaf, occupied West Bank (a legal centre's statement)
A['yq03.txt'] = dict(
    casualty=[
        C('three Palestinians killed', 'killed', 3, 'exact', 'people'),
        C('dozens injured', 'injured', None, 'vague', 'people'),
        C('Three Palestinians', 'killed', 3, 'exact', 'people', id='tot', tags='repeat'),
        C('at least 34 others injured', 'injured', 34, 'at-least', 'people', tags='repeat'),
        C('The other two victims', 'killed', 2, 'exact', 'people', sub='tot'),
        C('treated 41 people', 'injured', 41, 'exact', 'people', id='prcs'),
        C('19 of them', 'injured', 19, 'exact', 'people', sub='prcs'),
        C('Eight of the wounded', 'injured', 8, 'exact', 'people', sub='prcs'),
        C('detained 14 residents', 'detained', 14, 'exact', 'civilians', id='det'),
        C('two paramedics', 'detained', 2, 'exact', 'other', sub='det'),
        C('four Israelis had been arrested', 'detained', 4, 'exact', 'people'),
        C('at least 27 Palestinians were killed', 'killed', 27, 'at-least', 'people'),
        C('Nearly 2,100 Palestinians', 'displaced', 2100, 'at-most', 'people'),
    ],
    sources=[
        S('the Olive Branch Legal Center', 'ngo'),
        S('the Center’s field researchers', 'ngo'),
        S('witnesses', 'witness'),
        S('Yousef’s brother, Omar Odeh', 'witness', form='name'),
        S('The Palestinian Red Crescent Society', 'ngo'),
        S('the society', 'ngo'),
        S('the Center', 'ngo', nth=2),
        S('The Israeli military', 'military'),
        S('An Israeli police spokesperson', 'official', form='role'),
        S('The Center', 'ngo'),
        S('the Center', 'ngo', nth=3),
        S('the Center’s director, Rania Khoury', 'ngo', form='title-name'),
    ],
    numbers=[
        N('9 September 2025', 'date'),
        N('17-year-old', 'age'),
        N('4:30 a.m.', 'time'),
        N('more than 20 military vehicles', 'count-objects'),
        N('17', 'age', nth=1),
        N('24', 'age'),
        N('31', 'age'),
        N('about 30 of them', 'count-people'),
        N('Nine of them', 'count-people'),
        N('1,240 settler attacks', 'count-objects'),
        N('eight months', 'duration'),
        N('January 2023', 'date'),
    ])

# yq04: jihadist attack on an army camp at Nampala, central Mali (dpa style, one sentence a paragraph)
A['yq04.txt'] = dict(
    casualty=[
        C('killed at least 23 soldiers', 'killed', 23, 'at-least', 'soldiers'),
        C('killed "over 60 soldiers"', 'killed', 60, 'at-least', 'soldiers', tags='contradicted'),
        C('captured 11', 'detained', 11, 'exact', 'soldiers'),
        C('seven soldiers had died', 'killed', 7, 'exact', 'soldiers', tags='contradicted'),
        C('15 were wounded', 'injured', 15, 'exact', 'soldiers'),
        C('31 "terrorists" had been "neutralized"', 'killed', 31, 'exact', 'fighters'),
        C('26 bodies', 'killed', 26, 'exact', 'people'),
        C('Eight to 10 soldiers were still unaccounted for', 'missing', None, 'range', 'soldiers', low=8, high=10),
        C('Two civilians', 'killed', 2, 'exact', 'civilians'),
        C('hundreds of people', 'displaced', None, 'vague', 'people'),
        C('at least 478 civilians had been killed', 'killed', 478, 'at-least', 'civilians'),
        C('detaining scores of men', 'detained', None, 'vague', 'men'),
        C('Almost 420,000 people are internally displaced', 'displaced', 420000, 'at-most', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('a local official', 'anonymous'),
        S('The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)', 'military'),
        S('The group', 'military'),
        S("Mali's army", 'military'),
        S('state broadcaster ORTM', 'media'),
        S('The army', 'military', nth=0),
        S('A resident of Nampala', 'anonymous'),
        S('the resident', 'anonymous', nth=0),
        S('the local official', 'anonymous'),
        S('the resident', 'anonymous', nth=1),
        S('a humanitarian worker', 'anonymous'),
        S('The UN human rights office', 'ngo'),
        S('Rights groups', 'ngo'),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('5 am', 'time'),
        N('nearly three hours', 'duration'),
        N('14 vehicles', 'count-objects'),
        N('about 100 kilometers', 'distance'),
        N('some 450 kilometers', 'distance'),
        N('2020', 'year'),
        N('2021', 'year'),
        N('some 13,000 personnel', 'count-people'),
    ])

# yq05: inter-communal violence in Yumbi territory, Mai-Ndombe, DR Congo (UN OCHA situation report)
A['yq05.txt'] = dict(
    casualty=[
        C('At least 46 people have been killed', 'killed', 46, 'at-least', 'people'),
        C('An estimated 27,000 people have been displaced', 'displaced', 27000, 'approx', 'people', id='disp'),
        C('approximately 6,500', 'displaced', 6500, 'approx', 'people', sub='disp'),
        C('left several people injured', 'injured', None, 'vague', 'people'),
        C('46 deaths', 'killed', 46, 'exact', 'people', id='ta', tags='repeat update'),
        C('12 women', 'killed', 12, 'exact', 'women', sub='ta'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='ta'),
        C('31', 'killed', 31, 'exact', 'people'),
        C('Two nurses were among the dead', 'killed', 2, 'exact', 'other', sub='ta'),
        C('the toll at more than 70', 'killed', 70, 'at-least', 'people', tags='contradicted'),
        C('At least 58 people were injured', 'injured', 58, 'at-least', 'people', id='inj'),
        C('23 of them', 'injured', 23, 'exact', 'people', sub='inj'),
        C('17 people', 'missing', 17, 'exact', 'people'),
        C('the arrest of 19 suspects', 'detained', 19, 'exact', 'people'),
        C('6,480 new arrivals', 'displaced', 6480, 'exact', 'people', tags='repeat'),
        C('treating 37 wounded people', 'injured', 37, 'exact', 'people'),
        C('more than 500 people were killed', 'killed', 500, 'at-least', 'people'),
        C('displaced tens of thousands of people', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('The territorial administrator', 'official', form='role'),
        S('Civil society organisations in Yumbi', 'other'),
        S('Local authorities', 'official'),
        S('The FARDC', 'military'),
        S('The National Commission for Refugees (CNR) of the Republic of Congo', 'official'),
        S('Médecins Sans Frontières (MSF)', 'ngo'),
        S('Protection partners', 'ngo', form='collective'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('18 March 2025', 'date'),
        N('9 March', 'date'),
        N('4,200 people', 'count-people'),
        N('9 and 10 March', 'date'),
        N('14 March', 'date'),
        N('17 March', 'date'),
        N('40 beds', 'count-objects'),
        N('two companies', 'count-people'),
        N('12 March', 'date'),
        N('Some 15 villages', 'count-objects'),
        N('about 70 kilometres', 'distance'),
        N('between 10 and 16 March', 'date'),
        N('at least 60 unaccompanied or separated children', 'count-people'),
        N('210 tonnes', 'quantity'),
        N('18,000 people', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$2.54 billion', 'money'),
        N('9 per cent', 'percentage'),
        N('$1.5 million', 'money'),
        N('December 2018', 'date'),
        N('three days', 'duration'),
    ])

# yq06: security forces fire on protesters in Mongo, Guéra province, Chad (a broadcaster's website)
A['yq06.txt'] = dict(
    casualty=[
        C('At least nine people have been killed', 'killed', 9, 'at-least', 'people'),
        C('Dozens more were injured', 'injured', None, 'vague', 'people'),
        C('eight bodies', 'killed', 8, 'exact', 'people'),
        C('43 injured people', 'injured', 43, 'exact', 'people', id='hosp'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='hosp'),
        C('four people had died', 'killed', 4, 'exact', 'people', tags='contradicted'),
        C('27 members of the security forces had been hurt', 'injured', 27, 'exact', 'soldiers'),
        C('64 people had been arrested', 'detained', 64, 'exact', 'people'),
        C('the real death toll was at least 13', 'killed', 13, 'at-least', 'people', tags='contradicted'),
        C('as many as 150 people had been detained', 'detained', 150, 'at-most', 'people', id='det', tags='contradicted'),
        C('two journalists', 'detained', 2, 'exact', 'other', sub='det'),
        C('several minors', 'detained', None, 'vague', 'children', sub='det'),
        C('the toll had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('two of the injured died', 'killed', 2, 'exact', 'people', sub='hosp'),
        C('three of his advisers', 'detained', 3, 'exact', 'people'),
        C('between 20 and 30 families', 'displaced', None, 'range', 'people', low=20, high=30),
        C('left around 30 people dead', 'killed', 30, 'approx', 'people'),
    ],
    sources=[
        S('medical staff', 'anonymous'),
        S("A doctor at Mongo's provincial hospital", 'anonymous'),
        S('Government spokesman Abakar Moussa Haggar', 'official', form='title-name'),
        S('The Chadian League for Human Rights (LTDH)', 'ngo'),
        S('Its secretary general, Mahamat Nour Abdelkerim', 'ngo', form='title-name'),
        S('witnesses', 'witness'),
        S('the hospital', 'official', nth=1),
        S('Residents', 'witness'),
        S('one resident, Achta Mahamat', 'witness', form='name'),
        S('the monitoring group NetBlocks', 'ngo'),
        S('the United Nations', 'ngo'),
        S("Our correspondent in N'Djamena", 'media'),
    ],
    numbers=[
        N('two vehicles', 'count-objects'),
        N('about 400km', 'distance'),
        N('around 40,000 people', 'population'),
        N('71', 'age'),
        N('one resident', 'count-people'),
        N('60km', 'distance'),
        N('2021', 'year'),
    ])

# yq07: army raid in Datta Khel, North Waziristan, Pakistan (state news agency, APP/ISPR style)
A['yq07.txt'] = dict(
    casualty=[
        C('killed eight khwarij', 'killed', 8, 'exact', 'fighters'),
        C('eight khwarij were sent to hell', 'killed', 8, 'exact', 'fighters', tags='repeat'),
        C('three brave sons of the soil', 'killed', 3, 'exact', 'soldiers'),
        C('two others sustained injuries', 'injured', 2, 'exact', 'soldiers'),
        C('killing two children', 'killed', 2, 'exact', 'children'),
        C('injuring five members of a family', 'injured', 5, 'exact', 'people'),
        C('arrested four suspected facilitators', 'detained', 4, 'exact', 'people'),
        C('36 security personnel', 'killed', 36, 'exact', 'soldiers'),
        C('29 civilians lost their lives', 'killed', 29, 'exact', 'civilians'),
        C('61 militants were killed', 'killed', 61, 'exact', 'fighters'),
    ],
    sources=[
        S('the Inter-Services Public Relations (ISPR)', 'military'),
        S('the ISPR', 'military', nth=0),
        S("the military's media wing", 'military'),
        S('the ISPR', 'military', nth=1),
        S('the statement', 'military', form='document'),
        S('Federal Interior Minister Syed Nadeem Gardezi', 'official', form='title-name'),
        S('local administration officials', 'official'),
        S('tribal elders', 'other'),
        S('a CTD spokesman', 'anonymous'),
        S('the Islamabad-based Centre for Conflict and Security Studies', 'ngo'),
        S('The report', 'ngo', form='document'),
    ],
    numbers=[
        N('Aug 14', 'date'),
        N('38', 'age'),
        N('29', 'age'),
        N('22', 'age'),
        N('Nearly 300 people', 'count-people'),
        N('six hours', 'duration'),
        N('Rs1 million', 'money'),
        N('two hand grenades', 'count-objects'),
        N('73 militant attacks', 'count-objects'),
        N('31 per cent', 'percentage'),
    ])

# yq08: police encounter with Maoists near Bishunpur, Gumla, Jharkhand, India (a newspaper's own correspondent)
A['yq08.txt'] = dict(
    casualty=[
        C('Three rebels killed', 'killed', 3, 'exact', 'fighters'),
        C('Three suspected Maoists', 'killed', 3, 'exact', 'fighters', id='tot', tags='repeat'),
        C('three bodies', 'killed', 3, 'exact', 'fighters', tags='repeat'),
        C('Two of the dead', 'killed', 2, 'exact', 'fighters', sub='tot'),
        C('one of the dead was a party member', 'killed', 1, 'exact', 'fighters', sub='tot', tags='contradicted'),
        C('the other two were villagers', 'killed', 2, 'exact', 'civilians', sub='tot', tags='contradicted'),
        C('two young men', 'missing', 2, 'exact', 'men'),
        C('a number of others had been picked up', 'detained', None, 'vague', 'men'),
        C('shot dead two villagers', 'killed', 2, 'exact', 'civilians'),
        C('10–12 families', 'displaced', None, 'range', 'people', low=10, high=12),
        C('22 Maoists have been killed', 'killed', 22, 'exact', 'fighters'),
        C('164 arrested', 'detained', 164, 'exact', 'fighters'),
    ],
    sources=[
        S('police', 'official', nth=0, form='collective'),
        S('Gumla superintendent of police Anand Kishore Minz', 'official', form='title-name'),
        S('Minz', 'official', nth=1, form='name'),
        S('doctors at RIMS', 'anonymous'),
        S('Police', 'official', form='collective'),
        S('Minz', 'official', nth=2, form='name'),
        S('the police', 'official', form='collective'),
        S('A spokesperson for the Maoists’ North Chhotanagpur zonal committee', 'military', form='role'),
        S('Villagers in Jobhipath', 'witness'),
        S('the Bishunpur block development officer, Sunita Kujur', 'official', form='title-name'),
        S('State police figures', 'official', form='document'),
        S('Officers', 'official', form='collective'),
        S('Chief minister’s office sources', 'anonymous'),
    ],
    numbers=[
        N('Oct. 7', 'date'),
        N('Rs 5 lakh', 'money'),
        N('209 CoBRA battalion', 'other'),
        N('5.30am', 'time'),
        N('nearly 40 minutes', 'duration'),
        N('two country-made pistols', 'count-objects'),
        N('67 live cartridges', 'count-objects'),
        N('27', 'age'),
        N('five to six rebels', 'count-people'),
        N('34', 'age'),
        N('22', 'age'),
        N('three weeks', 'duration'),
        N('two hamlets', 'count-objects'),
        N('18 have surrendered', 'count-people'),
        N('fewer than 50 armed cadres', 'count-people'),
        N('Rs 10 lakh', 'money'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
