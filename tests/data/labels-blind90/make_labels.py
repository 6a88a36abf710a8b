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

# ---------------------------------------------------------------- labels (ninetieth blind set: vx01-vx08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('executed / martyred / neutralised / eliminated / shot dead / lost … men',
     r'\bexecuted\b|\bmartyred\b|\bneutralised\b|\beliminated\b|\bshot dead\b|\blost\b'),
    ('abducted / captured / seized … hostages / arrested',
     r'\babducted\b|\bcaptured\b|\bseized\b|\barrested\b'),
    ('new arrivals / crossed the border / driven … from their homes / forced … to flee',
     r'\barrivals\b|\bcrossed the border\b|\bdriven\b|\bforced\b.*\bflee\b'),
    ('minor injuries / lightly wounded', r'\binjuries\b|\blightly wounded\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/members/commanders', r'\b(?:servicemen|members|commanders)\b'),
    ('militiamen/attackers/mercenaries', r'\b(?:militiamen|attackers|mercenaries)\b'),
    ('volunteers/teachers/rescuers/workers/health workers',
     r'\b(?:volunteers|teachers|rescuers|workers)\b'),
    ('hostages/passengers/households/families/victims/suspects',
     r'\b(?:hostages|passengers|households|families|victims|suspects)\b'),
    ('brothers/granddaughters/neighbors/young men',
     r'\b(?:brothers|granddaughters|neighbors|young men)\b'),
]

# vx01: a Russian assault west of Marinka, Donetsk oblast, and a missile strike on an evacuation point
# (Reuters style)
A['vx01.txt'] = dict(
    casualty=[
        C('killed at least seven civilians', 'killed', 7, 'at-least', 'civilians', id='tot'),
        C('Two of the dead were volunteers', 'killed', 2, 'exact', 'other', sub='tot'),
        C('a dozen other people were wounded', 'injured', 12, 'exact', 'people', id='inj'),
        C('three of them seriously', 'injured', 3, 'exact', 'people', sub='inj'),
        C('the death toll to nine', 'killed', 9, 'exact', 'civilians', tags='update'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('186 killed', 'killed', 186, 'exact', 'soldiers'),
        C('more than 300 wounded', 'injured', 300, 'at-least', 'soldiers'),
        C('killed up to 230 Ukrainian servicemen', 'killed', 230, 'at-most', 'soldiers'),
        C('detained two men', 'detained', 2, 'exact', 'men'),
        C('More than 1.5 million people have fled', 'displaced', 1500000, 'at-least', 'people'),
    ],
    sources=[
        S('Ukrainian officials', 'official'),
        S('Donetsk regional governor Oleh Marchenko', 'official', form='title-name'),
        S('Serhiy Dobrov', 'witness', form='name'),
        S("the regional prosecutor's office", 'official'),
        S('Prosecutors', 'official'),
        S("Ukraine's General Staff", 'military'),
        S('Col. Andriy Tkachuk', 'military', form='title-name'),
        S("Russia's Defense Ministry", 'military'),
        S('Russia', 'official', nth=1),
        S('Kyiv', 'official'),
        S('Moscow', 'official'),
        S('The regional administration', 'official'),
        S('Police', 'official'),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('Feb 11', 'date'),
        N('one of their heaviest', 'other'),
        N('about 6 km', 'distance'),
        N('4 miles', 'distance'),
        N('two buses', 'count-objects'),
        N('41', 'age'),
        N('four people', 'count-people'),
        N('27 Russian attacks', 'count-objects'),
        N('24 hours', 'duration'),
        N('dozens of armored vehicles', 'count-objects'),
        N('three U.S.-made armored vehicles', 'count-objects'),
        N('about 10,000', 'population'),
        N('more than 18 months', 'duration'),
        N('December 2023', 'date'),
        N('about 1,300 people', 'count-people'),
        N('85 children', 'count-people'),
        N('February 2022', 'date'),
    ])

# vx02: a UN OCHA flash update on attacks on Um Dukhun, Central Darfur, Sudan
A['vx02.txt'] = dict(
    casualty=[
        C('At least 52 civilians were killed', 'killed', 52, 'at-least', 'civilians'),
        C('almost 100 injured', 'injured', 100, 'at-most', 'civilians'),
        C('An estimated 18,000 people have fled', 'displaced', 18000, 'approx', 'people', id='kpidp'),
        C('some 7,000', 'displaced', 7000, 'approx', 'people', sub='kpidp'),
        C('52 civilians had been killed', 'killed', 52, 'exact', 'civilians', id='moh', tags='repeat'),
        C('11 women', 'killed', 11, 'exact', 'women', sub='moh'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='moh'),
        C('94 people had been treated', 'injured', 94, 'exact', 'people'),
        C('the number of civilians killed higher, at 60 to 70', 'killed', None, 'range', 'civilians',
          low=60, high=70, tags='contradicted'),
        C('14 of their fighters had been killed', 'killed', 14, 'exact', 'fighters'),
        C('at least 30 men were abducted', 'detained', 30, 'at-least', 'men'),
        C('between 200 and 250 people', 'missing', None, 'range', 'people', low=200, high=250),
        C('18,000 people were displaced', 'displaced', 18000, 'exact', 'people', id='idp', tags='repeat'),
        C('About 11,000 of them', 'displaced', 11000, 'approx', 'people', sub='idp'),
        C('some 7,000 crossed the border', 'displaced', 7000, 'approx', 'people', sub='idp', tags='repeat'),
        C('4,200 new arrivals', 'displaced', 4200, 'exact', 'people'),
        C('Two of its health workers were killed', 'killed', 2, 'exact', 'other'),
        C('37 wounded people', 'injured', 37, 'exact', 'people', id='msf'),
        C('two of them died', 'killed', 2, 'exact', 'people', sub='msf'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('The Central Darfur State Ministry of Health', 'official'),
        S('Community leaders', 'other'),
        S('The Rapid Support Forces (RSF)', 'military'),
        S('The RSF', 'military'),
        S('Local sources', 'anonymous'),
        S('Humanitarian partners', 'ngo'),
        S('The International Organization for Migration (IOM) Displacement Tracking Matrix (DTM)', 'ngo'),
        S('UNHCR', 'ngo'),
        S('the World Health Organization (WHO)', 'ngo'),
        S('Médecins Sans Frontières (MSF)', 'ngo'),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('22 March 2025', 'date'),
        N('17 and 19 March', 'date'),
        N('17 March', 'date'),
        N('three days', 'duration'),
        N('19 March', 'date', nth=1),
        N('23 surrounding villages', 'count-objects'),
        N('86 per cent', 'percentage'),
        N('18 March', 'date'),
        N('18 March', 'date', nth=1),
        N('four UN agencies', 'count-objects'),
        N('25 March', 'date'),
        N('320 metric tonnes', 'quantity'),
        N('24,000 people', 'count-people'),
        N('one month', 'duration'),
        N('2025', 'year', nth=1),
        N('US$4.2 billion', 'money'),
        N('9 per cent', 'percentage'),
        N('20 March', 'date'),
    ])

# vx03: Israeli strikes and a ground offensive in Zeitoun, Gaza City (AFP style)
A['vx03.txt'] = dict(
    casualty=[
        C('killed at least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('a family of nine', 'killed', 9, 'exact', 'people', sub='tot'),
        C('11 bodies', 'killed', 11, 'exact', 'people'),
        C('at least six more people are missing', 'missing', 6, 'at-least', 'people'),
        C('“dozens” of wounded people', 'injured', None, 'vague', 'people'),
        C('two granddaughters were killed', 'killed', 2, 'exact', 'children'),
        C('eliminated dozens of terrorists', 'killed', None, 'vague', 'fighters'),
        C('two soldiers had been lightly wounded', 'injured', 2, 'exact', 'soldiers'),
        C('killing seven people', 'killed', 7, 'exact', 'people', id='sch'),
        C('three children', 'killed', 3, 'exact', 'children', sub='sch'),
        C('another 15', 'injured', 15, 'exact', 'people'),
        C('61 people had been killed', 'killed', 61, 'exact', 'people'),
        C('the toll since the start of the war to 44,612', 'killed', 44612, 'exact', 'people', tags='update'),
        C('roughly 40,000 people had fled', 'displaced', 40000, 'approx', 'people'),
        C('detained over 50 men', 'detained', 50, 'at-least', 'men', id='det'),
        C('four of its rescuers', 'detained', 4, 'exact', 'other', sub='det'),
        C('arrested “dozens of terror suspects”', 'detained', None, 'vague', 'people'),
        C('killed about 1,200 people', 'killed', 1200, 'approx', 'people'),
        C('seized 251 hostages', 'detained', 251, 'exact', 'people', id='hos'),
        C('58 of whom', 'detained', 58, 'exact', 'people', sub='hos'),
    ],
    sources=[
        S('Gaza’s civil defence agency', 'official'),
        S('agency spokesman Nidal Abu Samra', 'official', form='title-name'),
        S('Umm Khaled al-Masri', 'witness', form='name'),
        S('The Israeli army', 'military'),
        S('The military', 'military'),
        S('medics at al-Ahli Arab Hospital', 'anonymous'),
        S('The health ministry in the Hamas-run territory', 'official'),
        S('The UN agency for Palestinian refugees, UNRWA', 'ngo'),
        S('The Gaza civil defence', 'official'),
        S('The army', 'military'),
        S('Israeli figures', 'official', form='document'),
        S('Israeli officials', 'official'),
        S('a UN satellite analysis', 'ngo', form='document'),
    ],
    numbers=[
        N('several other sites', 'count-objects'),
        N('54', 'age'),
        N('2:00 am', 'time'),
        N('24 hours', 'duration'),
        N('7 October 2023', 'date'),
        N('about 70 per cent', 'percentage'),
    ])

# vx04: an army operation near Baraawe, Lower Shabelle, Somalia (state media, SONNA style)
A['vx04.txt'] = dict(
    casualty=[
        C('killed 43 Khawarij terrorists', 'killed', 43, 'exact', 'fighters'),
        C('killed 43 terrorists', 'killed', 43, 'exact', 'fighters', id='q43', tags='repeat'),
        C('three senior commanders', 'killed', 3, 'exact', 'fighters', sub='q43'),
        C('wounded 20-25 others', 'injured', None, 'range', 'fighters', low=20, high=25),
        C('Two soldiers were martyred', 'killed', 2, 'exact', 'soldiers'),
        C('four others sustained minor injuries', 'injured', 4, 'exact', 'soldiers'),
        C('abducted 17 civilians', 'detained', 17, 'exact', 'civilians', id='abd'),
        C('five teachers', 'detained', 5, 'exact', 'other', sub='abd'),
        C('killed 30 soldiers', 'killed', 30, 'exact', 'soldiers', tags='contradicted'),
        C('captured six others', 'detained', 6, 'exact', 'soldiers', tags='contradicted'),
        C('some 3,500 households had been displaced', 'displaced', 3500, 'approx', 'people'),
        C('killed thousands of Khawarij', 'killed', None, 'vague', 'fighters'),
    ],
    sources=[
        S('the Ministry of Defence', 'military'),
        S('Deputy Defence Minister Abdirahman Hassan Nur', 'military', form='title-name'),
        S('the Deputy Minister', 'military', nth=0, form='role'),
        S('the Deputy Minister', 'military', nth=1, form='role'),
        S('The Lower Shabelle regional administration', 'official'),
        S('the administration', 'official'),
        S('The Ministry of Defence', 'military'),
        S('Khawarij-affiliated websites', 'military'),
        S('Residents of Baraawe', 'witness'),
        S('The Ministry of Humanitarian Affairs and Disaster Management', 'official'),
        S('the Ministry of Information, Culture and Tourism', 'official'),
    ],
    numbers=[
        N('nearly six hours', 'duration'),
        N('about 25 kilometres', 'distance'),
        N('12 AK-47 rifles', 'count-objects'),
        N('two PKM machine guns', 'count-objects'),
        N('$5,000', 'money'),
        N('Eleven of the hostages', 'count-people'),
        N('about 200 kilometres', 'distance'),
        N('October 2014', 'date'),
        N('more than 200 towns and villages', 'count-objects'),
        N('5555', 'other'),
    ])

# vx05: a rights group's press release on executions in Koutougou, Soum province, Burkina Faso
A['vx05.txt'] = dict(
    casualty=[
        C('Killed at Least 31 Villagers', 'killed', 31, 'at-least', 'civilians'),
        C('executed at least 31 civilians', 'killed', 31, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('12 bodies', 'killed', 12, 'exact', 'people', id='bod'),
        C('my two brothers', 'killed', 2, 'exact', 'men', sub='bod'),
        C('five other men', 'killed', 5, 'exact', 'men'),
        C('29 of the dead', 'killed', 29, 'exact', 'civilians', sub='tot'),
        C('two other victims', 'killed', 2, 'exact', 'civilians', sub='tot'),
        C('detained at least nine men', 'detained', 9, 'at-least', 'men'),
        C('"neutralised" about 40 terrorists', 'killed', 40, 'approx', 'fighters', tags='contradicted'),
        C('eight soldiers', 'killed', 8, 'exact', 'soldiers'),
        C('three VDP members were killed', 'killed', 3, 'exact', 'soldiers'),
        C('between 2,000 and 3,000 residents fled', 'displaced', None, 'range', 'civilians', low=2000, high=3000),
        C('approximately 250,000 displaced people', 'displaced', 250000, 'approx', 'people'),
        C('at least 230 civilian deaths', 'killed', 230, 'at-least', 'civilians'),
        C('killed hundreds of civilians', 'killed', None, 'vague', 'civilians'),
    ],
    sources=[
        S('Witnesses', 'witness', nth=0),
        S('the Sahel Rights Monitor', 'ngo', nth=0),
        S('a 43-year-old herder', 'anonymous'),
        S('A woman of 60', 'anonymous'),
        S('Relatives', 'witness'),
        S('Witnesses', 'witness', nth=1),
        S('Aminata Kabore', 'ngo', form='name'),
        S("The army's general staff", 'military'),
        S('humanitarian workers', 'ngo'),
        S('The Monitor', 'ngo', nth=2),
        S("the Monitor's research", 'ngo', form='document'),
    ],
    numbers=[
        N('14 May 2025', 'date'),
        N('26 and 27 April 2025', 'date'),
        N('24 people', 'count-people'),
        N('17 witnesses', 'count-people'),
        N('about 20 vehicles', 'count-objects'),
        N('43-year-old', 'age'),
        N('60', 'age'),
        N('28 April', 'date'),
        N('some 40 kilometres', 'distance'),
        N('2022', 'year'),
        N('5 May', 'date'),
        N('January 2024', 'date'),
    ])

# vx06: gunmen attack a bus station in Dembi Dollo, western Oromia, Ethiopia (dpa style, one sentence a
# paragraph)
A['vx06.txt'] = dict(
    casualty=[
        C('At least 18 people were killed', 'killed', 18, 'at-least', 'people'),
        C('Dozens of others were wounded', 'injured', None, 'vague', 'people'),
        C('41 wounded people', 'injured', 41, 'exact', 'people', id='h'),
        C('nine of whom', 'injured', 9, 'exact', 'people', sub='h'),
        C('Two of the wounded died', 'killed', 2, 'exact', 'people', sub='h'),
        C('the death toll to 20', 'killed', 20, 'exact', 'people', tags='update'),
        C('killed 12 of the attackers', 'killed', 12, 'exact', 'fighters'),
        C('captured five others', 'detained', 5, 'exact', 'fighters'),
        C('arrested dozens of young men', 'detained', None, 'vague', 'men'),
        C('as many as 60 people had been detained', 'detained', 60, 'at-most', 'people'),
        C('killed 11 passengers', 'killed', 11, 'exact', 'people'),
        C('more than 700,000 people have been displaced', 'displaced', 700000, 'at-least', 'people'),
        C('at least three aid workers killed', 'killed', 3, 'at-least', 'other'),
    ],
    sources=[
        S('local officials', 'official'),
        S('a spokesman for the zone administration, Gemechu Tolera', 'official', form='title-name'),
        S('The OLA', 'military'),
        S('The medical director of Dembi Dollo General Hospital, Lelisa Fikadu', 'official', form='title-name'),
        S('A resident', 'witness'),
        S("The Oromia regional government's communication bureau", 'official'),
        S('Residents', 'witness'),
        S('The state-affiliated Ethiopian Human Rights Commission (EHRC)', 'ngo'),
        S('The UN humanitarian office OCHA', 'ngo'),
        S('Aid agencies', 'ngo'),
    ],
    numbers=[
        N('about 650 kilometres', 'distance'),
        N('3 pm', 'time'),
        N('about 50,000 people', 'population'),
        N('2018', 'year'),
        N('Two rounds of peace talks', 'count-objects'),
        N('2023', 'year'),
    ])

# vx07: RSF attacks on villages south of Rabak and a drone strike on a power station, White Nile state,
# Sudan (AP style)
A['vx07.txt'] = dict(
    casualty=[
        C('killed at least 45 villagers', 'killed', 45, 'at-least', 'civilians', id='tot'),
        C('12 women', 'killed', 12, 'exact', 'women', sub='tot'),
        C('At least 60 others were wounded', 'injured', 60, 'at-least', 'civilians', id='inj'),
        C('19 of them children', 'injured', 19, 'exact', 'children', sub='inj'),
        C('a higher toll of 53 dead', 'killed', 53, 'exact', 'people', tags='contradicted'),
        C('23 people were still missing', 'missing', 23, 'exact', 'people'),
        C('30 to 40 bodies', 'killed', None, 'range', 'people', low=30, high=40),
        C('three of his neighbors were shot dead', 'killed', 3, 'exact', 'civilians'),
        C('killing more than 100 "mercenaries"', 'killed', 100, 'at-least', 'fighters'),
        C('Two workers were killed', 'killed', 2, 'exact', 'other'),
        C('nearly 9,500 people had fled', 'displaced', 9500, 'at-most', 'people'),
        C('tens of thousands of people who fled', 'displaced', None, 'vague', 'people'),
        C('killed tens of thousands of people', 'killed', None, 'vague', 'people'),
        C('driven around 12 million from their homes', 'displaced', 12000000, 'approx', 'people'),
    ],
    sources=[
        S("a doctors' group", 'ngo'),
        S('The Sudan Doctors Network', 'ngo'),
        S('the group', 'ngo'),
        S('The White Nile state health ministry', 'official'),
        S('Relatives', 'witness'),
        S('Hamid Abdalla', 'witness', form='name'),
        S('The RSF', 'military'),
        S('the state-run Sudan Electricity Company', 'official'),
        S('The U.N. migration agency', 'ngo'),
        S('U.N. agencies', 'ngo'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('4-month-old', 'age'),
        N('38-year-old', 'age'),
        N('father of six', 'count-people'),
        N('about 15 kilometers', 'distance'),
        N('9 miles', 'distance'),
        N('two neighboring states', 'count-objects'),
        N('some 300,000 people', 'population'),
        N('about 275 kilometers', 'distance'),
        N('170 miles', 'distance'),
        N('April 2023', 'date'),
    ])

# vx08: clan clashes near Erigavo, Sanaag region, Somaliland (a broadcaster's website, headline, no
# dateline)
A['vx08.txt'] = dict(
    casualty=[
        C('26 dead', 'killed', 26, 'exact', 'people'),
        C('At least 26 people have been killed', 'killed', 26, 'at-least', 'people', id='tot', tags='repeat'),
        C('17 of the dead', 'killed', 17, 'exact', 'people', sub='tot'),
        C('48 wounded people', 'injured', 48, 'exact', 'people'),
        C('the other nine victims', 'killed', 9, 'exact', 'people', sub='tot'),
        C('detained 34 militiamen', 'detained', 34, 'exact', 'fighters', id='det'),
        C('two clan commanders', 'detained', 2, 'exact', 'fighters', sub='det'),
        C('Three soldiers were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('lost 19 men', 'killed', 19, 'exact', 'men'),
        C('upwards of 4,000 families have fled', 'displaced', 4000, 'at-least', 'people'),
        C('killed more than 30 people', 'killed', 30, 'at-least', 'people'),
        C('forced thousands to flee', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('local elders', 'other'),
        S('hospital staff', 'anonymous'),
        S('The director of Erigavo General Hospital, Dr Mohamed Ali Jama', 'official', form='title-name'),
        S('Elders', 'other'),
        S('Somaliland’s interior ministry', 'official'),
        S('the ministry', 'official'),
        S('A spokesman for one of the clans, Abdi Warsame', 'other', form='title-name'),
        S('Residents', 'witness'),
        S('Aid agencies', 'ngo'),
        S('residents', 'witness'),
        S('the UN', 'ngo'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('about 30km', 'distance'),
        N('19 miles', 'distance'),
        N('only 60 beds', 'count-objects'),
        N('the two sides', 'count-objects'),
        N('one of the clans', 'other'),
        N('hundreds of goats and camels', 'count-objects'),
        N('48-hour', 'duration'),
        N('12 ministers and elders', 'count-people'),
        N('1991', 'year'),
        N('around 60,000 people', 'population'),
        N('2023', 'year'),
        N('one of Somalia’s federal states', 'other'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
