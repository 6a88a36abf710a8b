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

# ---------------------------------------------------------------- labels (blind set 124: fs01-fs08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('destroyed / neutralised / buried / bury / killings',
     r'\bdestroyed\b|\bneutralised\b|\bburied\b|\bbury\b|\bkillings\b'),
    ('taken hostage / taken / captured / abduct', r'\bhostage\b|\btaken\b|\bcaptured\b|\babduct\b'),
    ('left without homes / left / forced … from their homes / registered as displaced',
     r'\bwithout homes\b|\bleft\b|\bfrom their homes\b'),
    ('sustained injuries / bullet wounds / being treated', r'\binjuries\b|\bwounds\b|\btreated\b'),
    ('remained unaccounted for / whereabouts', r'\bunaccounted\b|\bremaining\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('police members/commanders/members/attackers',
     r'\b(?:police members|commanders|members|attackers)\b'),
    ('families/suspects/protesters/Somalis/brothers/daughters/young men',
     r'\b(?:families|suspects|protesters|Somalis|brothers|daughters|young men)\b'),
]

# fs01: a missile and drone strike on Pokotilivka, Kharkiv oblast, Ukraine (AP style, one sentence a
# paragraph)
A['fs01.txt'] = dict(
    casualty=[
        C('killed at least seven people', 'killed', 7, 'at-least', 'people', id='tot'),
        C('wounded 23 others', 'injured', 23, 'exact', 'people', id='inj'),
        C('four of the wounded', 'injured', 4, 'exact', 'people', sub='inj'),
        C('three residents were still missing', 'missing', 3, 'exact', 'civilians'),
        C('the death toll had risen to nine', 'killed', 9, 'exact', 'people', tags='update'),
        C('one person remained unaccounted for', 'missing', 1, 'exact', 'people', tags='update'),
        C('14 of the wounded', 'injured', 14, 'exact', 'people', id='h14', sub='inj'),
        C('three children', 'injured', 3, 'exact', 'children', sub='h14'),
        C('roughly 40 families had been left without homes', 'displaced', 40, 'approx', 'people'),
        C('destroyed up to 60 militants', 'killed', 60, 'at-most', 'fighters', tags='contradicted'),
        C('killed 34 civilians', 'killed', 34, 'exact', 'civilians'),
        C('wounded more than 170', 'injured', 170, 'at-least', 'civilians'),
        C('More than 200,000 people have left', 'displaced', 200000, 'at-least', 'people'),
    ],
    sources=[
        S('Ukrainian officials', 'official'),
        S('Kharkiv regional Gov. Andriy Teslenko', 'official', form='title-name'),
        S('Teslenko', 'official', nth=1, form='name'),
        S('the State Emergency Service', 'official'),
        S('the service', 'official'),
        S('Doctors at the Kharkiv Regional Clinical Hospital', 'anonymous'),
        S('Halyna Marchenko', 'witness', form='name'),
        S('Pokotilivka settlement head Serhiy Lytvyn', 'official', form='title-name'),
        S("Ukraine's air force", 'military'),
        S("Russia's Defense Ministry", 'military'),
        S('Ukrainian army spokesman Lt. Col. Vadym Horbenko', 'military', form='title-name'),
        S("The Kharkiv regional prosecutor's office", 'official'),
        S('prosecutors', 'official', form='collective'),
        S('the regional military administration', 'official'),
        S('Teslenko', 'official', nth=2, form='name'),
    ],
    numbers=[
        N('12-year-old', 'age'),
        N('five-story', 'other'),
        N('2 a.m.', 'time'),
        N('11 people', 'count-people'),
        N('61', 'age'),
        N('about 9,000 people', 'population'),
        N('February 2022', 'date'),
        N('two Iskander-M missiles', 'count-objects'),
        N('37 Shahed-type drones', 'count-objects'),
        N('29 of the drones', 'count-objects'),
        N('67-year-old', 'age'),
        N('about 25 kilometers', 'distance'),
        N('15 miles', 'distance'),
        N('2022', 'year', nth=1),
    ])

# fs02: an al Shabaab assault on a base near Xarardheere, Mudug region, Somalia (Reuters style)
A['fs02.txt'] = dict(
    casualty=[
        C('killed 47 militants', 'killed', 47, 'exact', 'fighters', id='m47'),
        C('two commanders', 'killed', 2, 'exact', 'fighters', sub='m47'),
        C('five soldiers died', 'killed', 5, 'exact', 'soldiers'),
        C('11 were wounded', 'injured', 11, 'exact', 'soldiers'),
        C('killed "more than 30 apostate soldiers', 'killed', 30, 'at-least', 'soldiers', tags='contradicted'),
        C('buried 14 of our soldiers', 'killed', 14, 'exact', 'soldiers', tags='contradicted'),
        C('five or six others', 'missing', None, 'range', 'soldiers', low=5, high=6),
        C('killing three women', 'killed', 3, 'exact', 'women'),
        C('six wounded people', 'injured', 6, 'exact', 'people'),
        C('19 wounded', 'injured', 19, 'exact', 'people', id='h19'),
        C('seven civilians', 'injured', 7, 'exact', 'civilians', sub='h19'),
        C('two of them had died', 'killed', 2, 'exact', 'people', sub='h19'),
        C('the death toll among the militants had risen to 52', 'killed', 52, 'exact', 'fighters', tags='update'),
        C('killed four al Shabaab fighters', 'killed', 4, 'exact', 'fighters'),
        C('displaced some 3.5 million Somalis', 'displaced', 3500000, 'approx', 'people'),
        C('Nearly 2,000 families have fled', 'displaced', 2000, 'at-most', 'people'),
    ],
    sources=[
        S('officials', 'official', nth=0, form='collective'),
        S('residents', 'witness', nth=0),
        S("Somalia's Ministry of Information", 'official'),
        S('The Islamist group', 'military'),
        S('its Andalus radio station', 'media'),
        S('al Shabaab', 'military', nth=0),
        S('A military officer at the base', 'anonymous'),
        S('Residents', 'witness'),
        S('Farah Abdi Warsame', 'witness', form='name'),
        S('Dr. Abdikadir Hersi', 'official', form='title-name'),
        S('Mudug regional governor Abdirahman Yusuf Ali', 'official', form='title-name'),
        S('officials', 'official', nth=1, form='collective'),
        S('The U.S. Africa Command', 'military'),
        S('The United Nations', 'ngo'),
        S('the Norwegian Refugee Council', 'ngo'),
    ],
    numbers=[
        N('Feb 11', 'date'),
        N('nearly four hours', 'duration'),
        N('about 400 km', 'distance'),
        N('250 miles', 'distance'),
        N('January 2023', 'date'),
        N('dozens of towns', 'count-objects'),
        N('2022', 'year'),
        N('about 35 km', 'distance'),
    ])

# fs03: bandit raids on villages in Bukkuyum, Zamfara state, Nigeria (a Nigerian daily's own
# correspondent, with a headline and a byline)
A['fs03.txt'] = dict(
    casualty=[
        C('kill 23', 'killed', 23, 'exact', 'people'),
        C('abduct scores', 'detained', None, 'vague', 'people'),
        C('killed at least 23 people', 'killed', 23, 'at-least', 'people', id='tot', tags='repeat'),
        C('abducted scores of others', 'detained', None, 'vague', 'people', id='abd', tags='repeat'),
        C('bury 17 people', 'killed', 17, 'exact', 'people', id='b17', sub='tot'),
        C('his two brothers', 'killed', 2, 'exact', 'men', sub='b17'),
        C('six people were killed', 'killed', 6, 'exact', 'people', sub='tot'),
        C('40 to 50 people', 'detained', None, 'range', 'people', low=40, high=50, sub='abd'),
        C('19 bodies had been recovered', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('the death toll at 26', 'killed', 26, 'exact', 'people', tags='contradicted'),
        C('more than 50 residents had been taken hostage', 'detained', 50, 'at-least', 'civilians'),
        C('Twelve of the injured', 'injured', 12, 'exact', 'people'),
        C('four others', 'injured', 4, 'exact', 'people'),
        C('more than 2,000 villagers had fled', 'displaced', 2000, 'at-least', 'civilians'),
        C('killed several of the attackers', 'killed', None, 'vague', 'fighters'),
        C('More than 1,200 people were killed', 'killed', 1200, 'at-least', 'people'),
        C('over 3,000 abducted', 'detained', 3000, 'at-least', 'people'),
    ],
    sources=[
        S('residents', 'witness', nth=0),
        S('local officials', 'official'),
        S('A resident of Danmarke, Malam Sani Garba', 'witness', form='name'),
        S('Another resident', 'anonymous'),
        S('The spokesman of the Zamfara State Police Command, ASP Lawal Idris Dangulbi', 'official',
          form='title-name'),
        S('the chairman of Bukkuyum Local Government, Alhaji Mustapha Bala Nasarawa', 'official',
          form='title-name'),
        S('The chairman', 'official', form='role'),
        S('A commander of the state-backed Community Protection Guards, Bello Dan-Kande', 'military',
          form='title-name'),
        S('The Zamfara State Government', 'official'),
        S('the Kaduna-based security consultancy Northwest Risk Watch', 'ngo'),
    ],
    numbers=[
        N('three villages', 'count-objects'),
        N('5pm', 'time'),
        N('more than a hundred of them', 'count-people'),
        N('N50 million', 'money'),
        N('about 30 kilometres', 'distance'),
        N('one of the states', 'other'),
    ])

# fs04: an attack on a police station in Tantabin, Bago region, Myanmar (state media style)
A['fs04.txt'] = dict(
    casualty=[
        C('the bodies of eight terrorists', 'killed', 8, 'exact', 'fighters'),
        C('Two police members were killed', 'killed', 2, 'exact', 'soldiers'),
        C('three others sustained injuries', 'injured', 3, 'exact', 'soldiers'),
        C('two young daughters were also injured', 'injured', 2, 'exact', 'children'),
        C('arrested five suspects', 'detained', 5, 'exact', 'people', id='arr'),
        C('two women', 'detained', 2, 'exact', 'women', sub='arr'),
        C('abducted 11 villagers', 'detained', 11, 'exact', 'civilians', id='abd'),
        C('the bodies of four of them', 'killed', 4, 'exact', 'civilians', sub='abd'),
        C('the remaining seven', 'missing', 7, 'exact', 'civilians', sub='abd'),
        C('15 civilians had been killed', 'killed', 15, 'exact', 'civilians', tags='contradicted'),
        C('approximately 1,200 residents', 'displaced', 1200, 'approx', 'civilians'),
        C('killing 41 civilians', 'killed', 41, 'exact', 'civilians', id='b41'),
        C('9 children', 'killed', 9, 'exact', 'children', sub='b41'),
        C('injuring 87 others', 'injured', 87, 'exact', 'civilians'),
    ],
    sources=[
        S('the Information Team of the State Security and Peace Commission', 'military'),
        S('the team', 'military', nth=0),
        S('the team', 'military', nth=1),
        S('Tantabin Township Administrator U Kyaw Min Htet', 'official', form='title-name'),
        S('The Information Team', 'military'),
        S('Some exile media outlets', 'media'),
        S('The team', 'military'),
        S('the team', 'military', nth=2),
        S('the team', 'military', nth=3),
        S('The statement', 'military', form='document'),
    ],
    numbers=[
        N('9 Oct', 'date'),
        N('about 50 KNU/KNLA and PDF terrorists', 'count-people'),
        N('7 October', 'date'),
        N('four bombs', 'count-objects'),
        N('1.30 am', 'time'),
        N('three rifles', 'count-objects'),
        N('200 rounds of ammunition', 'count-objects'),
        N('5 October', 'date'),
        N('K 50,000', 'money'),
        N('1 January', 'date'),
        N('63 attacks', 'count-objects'),
    ])

# fs05: bodies found and a sit-in in Jani Khel, Bannu district, Pakistan, and an army raid (dpa style)
A['fs05.txt'] = dict(
    casualty=[
        C('the bodies of four young men', 'killed', 4, 'exact', 'men'),
        C('killed 11 militants', 'killed', 11, 'exact', 'fighters', id='m11'),
        C('two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('Six of the dead were civilians', 'killed', 6, 'exact', 'civilians', sub='m11', tags='contradicted'),
        C('at least nine protesters were injured', 'injured', 9, 'at-least', 'people', id='inj'),
        C('three of them had bullet wounds', 'injured', 3, 'exact', 'people', sub='inj'),
        C('25-30 protesters had been detained', 'detained', None, 'range', 'people', low=25, high=30),
        C('More than 680 security personnel and civilians were killed', 'killed', 680, 'at-least', 'people'),
        C('Some 4,000 families were forced from their homes', 'displaced', 4000, 'approx', 'people'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('local elders', 'other'),
        S('their relatives', 'witness'),
        S('Malik Naseeb Khan', 'other', form='name'),
        S('A senior police official in Bannu', 'anonymous'),
        S('The TTP', 'military'),
        S('the military’s media wing, Inter-Services Public Relations (ISPR)', 'military'),
        S('Residents', 'witness'),
        S('Gul Rehman', 'witness', form='name'),
        S('a doctor at the District Headquarters Hospital in Bannu', 'anonymous'),
        S('Police', 'official', nth=1),
        S('Provincial government spokesman Shaukat Durrani', 'official', form='title-name'),
        S('the Islamabad-based Centre for Research and Security Studies (CRSS)', 'ngo'),
    ],
    numbers=[
        N('Thousands of tribesmen', 'count-people'),
        N('aged between 17 and 24', 'age'),
        N('five days earlier', 'duration'),
        N('two years', 'duration'),
        N('1 million rupees', 'money'),
        N('about 3,600 dollars', 'money'),
        N('15-member jirga', 'count-people'),
        N('2021', 'year'),
        N('2014', 'year'),
    ])

# fs06: a UN OCHA flash update on displacement and confinement in Tiquisio, Bolívar, Colombia
A['fs06.txt'] = dict(
    casualty=[
        C('at least 1,870 people', 'displaced', 1870, 'at-least', 'people'),
        C('about 640 families', 'displaced', 640, 'approx', 'people'),
        C('At least four civilians have been killed', 'killed', 4, 'at-least', 'civilians'),
        C('two children were injured', 'injured', 2, 'exact', 'children'),
        C('1,870 people had registered as displaced', 'displaced', 1870, 'exact', 'people', tags='repeat'),
        C('Dozens of families have also fled', 'displaced', None, 'vague', 'people'),
        C('four civilians', 'killed', 4, 'exact', 'civilians', nth=1, tags='repeat'),
        C('two children', 'injured', 2, 'exact', 'children', nth=1, tags='repeat'),
        C('killed three members of the ELN', 'killed', 3, 'exact', 'fighters', tags='contradicted'),
        C('captured two others', 'detained', 2, 'exact', 'fighters', tags='contradicted'),
        C('more than 11,000 people were displaced', 'displaced', 11000, 'at-least', 'people'),
    ],
    sources=[
        S('the Municipal Ombudsman (Personería)', 'official'),
        S('local authorities', 'official'),
        S('The Ombudsman’s Office (Defensoría del Pueblo)', 'official'),
        S('The National Army', 'military'),
        S('The ELN’s Darío Ramírez Castro Front', 'military'),
        S('the World Food Programme (WFP)', 'ngo'),
        S('Confined communities', 'witness'),
        S('The Colombian Family Welfare Institute (ICBF)', 'official'),
        S('the Victims’ Unit', 'official'),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('18 March 2025', 'date'),
        N('12 March', 'date'),
        N('An estimated 3,400 people', 'count-people'),
        N('11 veredas', 'count-objects'),
        N('12 March', 'date', nth=1),
        N('the two armed groups', 'count-objects'),
        N('13 March', 'date'),
        N('17 March', 'date'),
        N('52-year-old', 'age'),
        N('between 12 and 15 March', 'date'),
        N('14 March', 'date'),
        N('aged 8 and 11', 'age'),
        N('more than six hours', 'duration'),
        N('15 March', 'date', nth=1),
        N('An estimated 60 per cent', 'percentage'),
        N('two schools', 'count-objects'),
        N('some 900 pupils', 'count-people'),
        N('1,200 people', 'count-people'),
        N('15 days', 'duration'),
        N('16 March', 'date'),
        N('at least seven adolescents', 'count-people'),
        N('2024', 'year'),
        N('2025', 'year', nth=1),
        N('US$342 million', 'money'),
        N('9 per cent', 'percentage'),
    ])

# fs07: a suicide bombing at a tea shop in Qoryoley, Lower Shabelle, Somalia (a broadcaster's web story)
A['fs07.txt'] = dict(
    casualty=[
        C('At least 12 people have been killed', 'killed', 12, 'at-least', 'people', id='tot'),
        C('more than 20 injured', 'injured', 20, 'at-least', 'people'),
        C('four soldiers were among the dead', 'killed', 4, 'exact', 'soldiers', sub='tot'),
        C('the number of soldiers killed at 18', 'killed', 18, 'exact', 'soldiers', tags='contradicted'),
        C('27 wounded people', 'injured', 27, 'exact', 'people', id='h27'),
        C('nine', 'injured', 9, 'exact', 'people', sub='h27'),
        C('the death toll had risen to 15', 'killed', 15, 'exact', 'people', tags='update'),
        C('three of the wounded died', 'killed', 3, 'exact', 'people', sub='h27'),
        C('more than 10 bodies', 'killed', 10, 'at-least', 'people'),
        C('14 suspects had been detained', 'detained', 14, 'exact', 'people'),
        C('killed seven soldiers', 'killed', 7, 'exact', 'soldiers'),
        C('more than 30,000 people have fled', 'displaced', 30000, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('the district commissioner, Abdullahi Sheikh Nur', 'official', form='title-name'),
        S('Al-Shabab', 'military', nth=0),
        S('Its statement', 'military', form='document'),
        S('Staff at Qoryoley’s main hospital', 'anonymous'),
        S('a police officer in Qoryoley, Capt Hassan Mohamed', 'official', form='title-name'),
        S('Fadumo Ali', 'witness', form='name'),
        S('Lower Shabelle’s regional police commander, Gen Ahmed Abdi Farah', 'official', form='title-name'),
        S('the army', 'military'),
        S('Aid agencies', 'ngo', form='collective'),
        S('the UN', 'ngo'),
        S('several contributing nations', 'official', form='collective'),
    ],
    numbers=[
        N('nearly two decades', 'duration'),
        N('120km', 'distance'),
        N('75 miles', 'distance'),
        N('13', 'age'),
        N('2014', 'year'),
        N('one in five children', 'other'),
        N('some 11,900 troops', 'count-people'),
        N('several contributing nations', 'count-objects'),
    ])

# fs08: a rights group's statement on killings in Bassa, Plateau state, Nigeria (NGO statement)
A['fs08.txt'] = dict(
    casualty=[
        C('killed at least 51 people', 'killed', 51, 'at-least', 'people', id='tot'),
        C('19 women', 'killed', 19, 'exact', 'women', sub='tot'),
        C('14 children', 'killed', 14, 'exact', 'children', sub='tot'),
        C('29 bodies had been buried', 'killed', 29, 'exact', 'people', sub='tot'),
        C('three of my children', 'killed', 3, 'exact', 'children'),
        C('At least 27 people were injured', 'injured', 27, 'at-least', 'people', id='i27'),
        C('several are still being treated', 'injured', None, 'vague', 'people', sub='i27'),
        C('Seven people', 'missing', 7, 'exact', 'people'),
        C('forced more than 6,000 people from their homes', 'displaced', 6000, 'at-least', 'people'),
        C('36 people had been killed', 'killed', 36, 'exact', 'people', tags='contradicted'),
        C('12 suspects had been arrested', 'detained', 12, 'exact', 'people'),
        C('the death toll at 44', 'killed', 44, 'exact', 'people', tags='contradicted'),
        C('“neutralised” three of the attackers', 'killed', 3, 'exact', 'fighters'),
        C('eight abducted villagers', 'detained', 8, 'exact', 'civilians'),
        C('more than 800 killings', 'killed', 800, 'at-least', 'people'),
        C('dozens of people were killed', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('the Middle Belt Human Rights Initiative (MBHRI)', 'ngo'),
        S('a 34-year-old woman from Ze’ere', 'witness', form='role'),
        S('MBHRI', 'ngo', nth=2),
        S('The Plateau State Police Command', 'official'),
        S('The state government', 'official'),
        S('Operation Safe Haven, the military task force in Plateau', 'military'),
        S('Survivors', 'witness'),
        S('Dr Ruth Danjuma', 'ngo', form='title-name'),
        S('local media', 'media'),
    ],
    numbers=[
        N('24 April 2025', 'date'),
        N('four villages', 'count-objects'),
        N('between 13 and 16 April', 'date'),
        N('38 survivors', 'count-people'),
        N('two mass graves', 'count-objects'),
        N('one night', 'duration'),
        N('34-year-old', 'age'),
        N('fewer than 10 latrines', 'count-objects'),
        N('17 April', 'date'),
        N('less than 5km', 'distance'),
        N('January 2023', 'date'),
        N('30 days', 'duration'),
        N('2009', 'year'),
        N('six states', 'count-objects'),
        N('between 17 and 21 April', 'date'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
