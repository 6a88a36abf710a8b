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

# ---------------------------------------------------------------- labels (blind set 553: vd01-vd08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('died a hero\'s death / eliminating / executed / claimed the lives / shot',
     r'\beliminating\b|\bexecuted\b|\bclaimed the lives\b|\bshot\b'),
    ('taken / took / held / capturing / abducted / disappearance / not been seen',
     r'\btaken\b|\btook\b|\bheld\b|\bcapturing\b|\babducted\b|\bdisappearance\b|\bnot been seen\b|'
     r'\bnot been heard\b'),
    ('moved out / resettled / relocated / left / new arrivals / registered as displaced',
     r'\bmoved out\b|\bresettled\b|\brelocated\b|\bleft\b|\barrivals\b'),
    ('beaten', r'\bbeaten\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/officers', r'\b(?:servicemen|officers)\b'),
    ('suspects/detainees/accomplices/holidaymakers/arrivals',
     r'\b(?:suspects|detainees|accomplices|holidaymakers|arrivals)\b'),
    ('workers/railway workers', r'\bworkers\b'),
    ('teenage girls / sons', r'\b(?:girls|sons)\b'),
]

# vd01: a rocket strike on a barracks and detentions in Melitopol (AFP style, one sentence a paragraph)
A['vd01.txt'] = dict(
    casualty=[
        C('killing at least 23 soldiers', 'killed', 23, 'at-least', 'soldiers', id='tot'),
        C('two officers', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('More than 40 soldiers were wounded', 'injured', 40, 'at-least', 'soldiers', id='w'),
        C('nine of them', 'injured', 9, 'exact', 'soldiers', sub='w'),
        C('killed three civilians', 'killed', 3, 'exact', 'civilians', tags='contradicted'),
        C('Seventeen people were hurt', 'injured', 17, 'exact', 'people', id='h', tags='contradicted'),
        C('six of them children', 'injured', 6, 'exact', 'children', sub='h'),
        C('around 60 residents were moved out of damaged homes', 'displaced', 60, 'approx', 'civilians'),
        C('as many as 30 soldiers had been killed', 'killed', 30, 'at-most', 'soldiers', tags='contradicted'),
        C('their toll to five dead', 'killed', 5, 'exact', 'civilians', tags='update'),
        C('two women had died', 'killed', 2, 'exact', 'women'),
        C('detained 15 to 20 men', 'detained', None, 'range', 'men', low=15, high=20),
        C('detained more than 500 residents', 'detained', 500, 'at-least', 'civilians', id='det'),
        C('at least 70 of them remain unaccounted for', 'missing', 70, 'at-least', 'civilians', sub='det'),
        C('dozens of soldiers', 'injured', None, 'vague', 'soldiers'),
        C('an estimated 60,000 have left', 'displaced', 60000, 'approx', 'people'),
    ],
    sources=[
        S('a Ukrainian military spokesman', 'military', form='role'),
        S('Colonel Andriy Kovtun', 'military', form='title-name'),
        S('Kovtun', 'military', nth=1, form='name'),
        S('The Russian-installed administration of the Zaporizhzhia region', 'official'),
        S('occupation official Oleg Semyonov', 'official', form='title-name'),
        S('Kovtun', 'military', nth=2, form='name'),
        S('Olena', 'witness', form='name'),
        S('Russia’s defence ministry', 'military'),
        S('the state news agency TASS', 'media'),
        S('The partisan group Melitopol Resistance', 'military'),
        S('the occupation authorities', 'official'),
        S('Melitopol’s exiled city council', 'official'),
        S('the council', 'official'),
        S('An occupation official', 'anonymous'),
        S('Ukrainian officials', 'official'),
    ],
    numbers=[
        N('at least 300 troops', 'count-people'),
        N('12-year-old', 'age'),
        N('some 800 metres', 'distance'),
        N('four explosions', 'count-objects'),
        N('54', 'age'),
        N('at least a dozen ambulances', 'count-objects'),
        N('10 of 12 rockets', 'count-objects'),
        N('25 February 2022', 'date'),
        N('about 120 kilometres', 'distance'),
        N('some 150,000 inhabitants', 'population'),
    ])

# vd02: a missile strike on an ammunition depot, FSB arrests and the missing in Pryazovske (Reuters style)
A['vd02.txt'] = dict(
    casualty=[
        C('killed at least nine people', 'killed', 9, 'at-least', 'people', id='tot', tags='contradicted'),
        C('wounded 31 others', 'injured', 31, 'exact', 'people', id='w'),
        C('killed dozens of Russian soldiers', 'killed', None, 'vague', 'soldiers'),
        C('four of the dead were workers', 'killed', 4, 'exact', 'other', sub='tot'),
        C('12 of the wounded', 'injured', 12, 'exact', 'people', sub='w'),
        C('killed up to 60 Russian servicemen', 'killed', 60, 'at-most', 'soldiers'),
        C('the death toll to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('four more bodies had been pulled', 'killed', 4, 'exact', 'people'),
        C('roughly 200 families had left', 'displaced', 200, 'approx', 'people'),
        C('detained six people', 'detained', 6, 'exact', 'people', id='fsb'),
        C('two women', 'detained', 2, 'exact', 'women', sub='fsb'),
        C('detained at least 180 residents', 'detained', 180, 'at-least', 'civilians', id='mon'),
        C('41 of them are still missing', 'missing', 41, 'exact', 'civilians', sub='mon'),
        C('Over 3,000 people have registered as displaced', 'displaced', 3000, 'at-least', 'people'),
        C('11 other officers', 'killed', 11, 'exact', 'soldiers'),
    ],
    sources=[
        S('Russian-installed officials', 'official'),
        S('Kyiv', 'official'),
        S('Vladimir Kostenko', 'official', form='name'),
        S("Ukraine's General Staff", 'military'),
        S('Iryna Drozd', 'military', form='name'),
        S('Two residents', 'witness'),
        S('Kostenko', 'official', nth=1, form='name'),
        S("Russia's Federal Security Service (FSB)", 'official'),
        S('The Southern Ukraine Rights Monitor', 'ngo'),
        S("the group's coordinator, Halyna Moroz", 'ngo', form='title-name'),
        S("Russia's defense ministry", 'military'),
        S('the Zaporizhzhia regional military administration', 'official'),
        S('the General Staff', 'military'),
    ],
    numbers=[
        N('9-year-old', 'age'),
        N('about 200 tons', 'quantity'),
        N('Two residents', 'count-people'),
        N('at least five explosions', 'count-objects'),
        N('4 a.m.', 'time'),
        N('March 2022', 'date'),
        N('seven missiles', 'count-objects'),
        N('24 hours', 'duration'),
        N('about 6,000', 'population'),
    ])

# vd03: shelling of the market, martyred servicemen, "saboteurs" and a denied abduction report in
# Molochansk (state media of the Russian-installed regional government, en-dash dateline)
A['vd03.txt'] = dict(
    casualty=[
        C('killing 4 civilians', 'killed', 4, 'exact', 'civilians'),
        C('injuring 11 others', 'injured', 11, 'exact', 'civilians', id='w'),
        C('2 children', 'injured', 2, 'exact', 'children', sub='w'),
        C('the number of dead to 5', 'killed', 5, 'exact', 'civilians', tags='update'),
        C('Two servicemen', 'killed', 2, 'exact', 'soldiers'),
        C('3 more were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('eliminating up to 40 militants', 'killed', 40, 'at-most', 'fighters'),
        C('capturing 3 Ukrainian servicemen', 'detained', 3, 'exact', 'soldiers'),
        C('detained 9 suspects', 'detained', 9, 'exact', 'people'),
        C('abducted 20 residents', 'detained', 20, 'exact', 'civilians', tags='contradicted'),
        C('claimed the lives of 27 civilians', 'killed', 27, 'exact', 'civilians', id='y'),
        C('3 children', 'killed', 3, 'exact', 'children', sub='y'),
        C('wounded more than 90', 'injured', 90, 'at-least', 'civilians'),
        C('resettled almost 1,200 residents', 'displaced', 1200, 'at-most', 'civilians'),
        C('the 5 dead', 'killed', 5, 'exact', 'civilians', tags='repeat'),
    ],
    sources=[
        S('the Government of the Zaporozhye Region', 'official'),
        S('the regional Ministry of Emergency Situations', 'official'),
        S('Acting Head of the Region Andrei Voloshin', 'official', form='title-name'),
        S('The head of the Molochansk city administration, Sergei Pavlenko', 'official', form='title-name'),
        S('the Ministry of Defence of the Russian Federation', 'military'),
        S('the ministry', 'military'),
        S('the regional department of the Ministry of Internal Affairs', 'official'),
        S('The regional government', 'official'),
        S('Ukrainian Telegram channels', 'media'),
        S('the press service', 'official'),
        S('the regional Ministry of Health', 'official'),
        S('Pavlenko', 'official', nth=1, form='name'),
    ],
    numbers=[
        N('18 August', 'date'),
        N('9:40', 'time'),
        N('37 people', 'count-people'),
        N('about 25 kilometres', 'distance'),
        N('1 million rubles', 'money'),
        N('24-year-old', 'age'),
        N('6 tonnes', 'quantity'),
        N('450 food sets', 'count-objects'),
        N('3 days', 'duration'),
    ])

# vd04: detentions, torture, deaths after release and the missing in Kamianka-Dniprovska (NGO statement
# with demands and notes to editors)
A['vd04.txt'] = dict(
    casualty=[
        C('detained at least 143 civilians', 'detained', 143, 'at-least', 'civilians', id='det'),
        C('58 of them remain missing', 'missing', 58, 'exact', 'civilians', sub='det'),
        C('At least five of those detained were women', 'detained', 5, 'at-least', 'women', sub='det'),
        C('At least 31 former detainees were beaten', 'injured', 31, 'at-least', 'people', id='b'),
        C('seven of them have since died', 'killed', 7, 'exact', 'people', id='d', sub='b'),
        C('three of them', 'killed', 3, 'exact', 'people', sub='d'),
        C('12-15 men were detained', 'detained', None, 'range', 'men', low=12, high=15),
        C('the deaths of 22 civilians', 'killed', 22, 'exact', 'civilians', id='k'),
        C('four children', 'killed', 4, 'exact', 'children', sub='k'),
        C('Scores of residents were wounded', 'injured', None, 'vague', 'civilians'),
        C('the disappearance of 67 residents', 'missing', 67, 'exact', 'civilians', tags='contradicted'),
        C('fewer than 20 people', 'detained', 20, 'at-most', 'people', tags='contradicted'),
        C('about 9,000 residents have left', 'displaced', 9000, 'approx', 'civilians'),
        C('the 58 missing', 'missing', 58, 'exact', 'civilians', tags='repeat'),
    ],
    sources=[
        S('the Dnipro Shore Human Rights Group (DSHRG)', 'ngo'),
        S('The report', 'ngo', form='document'),
        S('a 61-year-old woman', 'witness', form='role'),
        S('Local residents', 'witness'),
        S('The group', 'ngo'),
        S('The Zaporizhzhia regional prosecutor’s office', 'official'),
        S('Russian-installed officials', 'official'),
        S('Maksym Hrytsenko', 'other', form='name'),
        S('the municipal council', 'official'),
        S('Oksana Lytvyn', 'ngo', form='name'),
    ],
    numbers=[
        N('12 April 2023', 'date'),
        N('February 2022', 'date'),
        N('96 interviews', 'count-objects'),
        N('at least four places of detention', 'count-objects'),
        N('61-year-old', 'age'),
        N('9 January', 'date'),
        N('between March 2022 and March 2023', 'date'),
        N('several of the families', 'count-people'),
        N('13,000 prewar inhabitants', 'population'),
        N('2015', 'year'),
        N('three regions', 'count-objects'),
        N('between October 2022 and February 2023', 'date'),
        N('48 pages', 'count-objects'),
    ])

# vd05: shelling, announced "relocation", detentions at checkpoints and displacement by location in
# Mykhailivka (UN OCHA flash update)
A['vd05.txt'] = dict(
    casualty=[
        C('At least 8 civilians killed', 'killed', 8, 'at-least', 'civilians'),
        C('27 injured', 'injured', 27, 'exact', 'civilians'),
        C('An estimated 4,300 people relocated', 'displaced', 4300, 'approx', 'people'),
        C('at least 8 civilians were killed', 'killed', 8, 'at-least', 'civilians', id='k2', tags='repeat'),
        C('2 children', 'killed', 2, 'exact', 'children', sub='k2'),
        C('27 injured', 'injured', 27, 'exact', 'civilians', nth=1, id='i2', tags='repeat'),
        C('9 of them', 'injured', 9, 'exact', 'civilians', sub='i2'),
        C('a higher toll of 11 killed', 'killed', 11, 'exact', 'civilians', tags='contradicted'),
        C('An estimated 4,300 people have left', 'displaced', 4300, 'approx', 'people', id='d', tags='repeat'),
        C('about 1,100 children', 'displaced', 1100, 'approx', 'children', sub='d'),
        C('at least 35 men were detained', 'detained', 35, 'at-least', 'men', id='det'),
        C('14 of whom have not been heard from', 'missing', 14, 'exact', 'men', sub='det'),
        C('31 injured patients', 'injured', 31, 'exact', 'people'),
        C('2 health workers were injured', 'injured', 2, 'exact', 'other'),
        C('around 2,900 people', 'displaced', 2900, 'approx', 'people', sub='d'),
        C('about 1,100 people', 'displaced', 1100, 'approx', 'people', sub='d'),
        C('some 300 people', 'displaced', 300, 'approx', 'people', sub='d'),
        C('86 people', 'displaced', 86, 'exact', 'people'),
    ],
    sources=[
        S('local sources', 'anonymous'),
        S('Local sources', 'anonymous'),
        S('The Russian Federation-installed authorities', 'official'),
        S('the Ukrainian authorities', 'official'),
        S('the Russian Federation-installed authorities', 'official'),
        S('local sources', 'anonymous', nth=1),
        S('Protection partners', 'ngo'),
        S('Partners', 'ngo'),
        S('The district hospital in Mykhailivka', 'official'),
        S('The World Health Organization (WHO)', 'ngo'),
        S('Shelter partners', 'ngo'),
        S('The Zaporizhzhia Regional Military Administration', 'official'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('9 May 2023', 'date'),
        N('6 and 7 May', 'date'),
        N('5 May', 'date'),
        N('US$4.5 million', 'money'),
        N('6 and 7 May', 'date', nth=1),
        N('some 35 km', 'distance'),
        N('5 May', 'date', nth=1),
        N('18 frontline settlements', 'count-objects'),
        N('up to 1,000 vehicles', 'count-objects'),
        N('a number of older people', 'count-people'),
        N('48 hours', 'duration'),
        N('2 of its 3 ambulances', 'count-objects'),
        N('7 May', 'date', nth=2),
        N('8 May', 'date'),
        N('at least 140 houses', 'count-objects'),
        N('5 May', 'date', nth=2),
        N('February 2022', 'date'),
        N('2023', 'year', nth=1),
        N('US$3.9 billion', 'money'),
        N('24 per cent', 'percentage'),
        N('US$4.5 million', 'money', nth=1),
        N('3 months', 'duration'),
    ])

# vd06: men rounded up after a rail sabotage, a strike on a school used as barracks in Yakymivka
# (a broadcaster's website: headline and byline)
A['vd06.txt'] = dict(
    casualty=[
        C('detained dozens of men', 'detained', None, 'vague', 'men'),
        C('killed at least 12 Russian servicemen', 'killed', 12, 'at-least', 'soldiers'),
        C('wounded about 20', 'injured', 20, 'approx', 'soldiers'),
        C('two railway workers had been killed', 'killed', 2, 'exact', 'other'),
        C('one was missing', 'missing', 1, 'exact', 'other'),
        C('two sons had been taken away', 'detained', 2, 'exact', 'men'),
        C('About 40 men', 'detained', 40, 'approx', 'men'),
        C('at least 67 people detained', 'detained', 67, 'at-least', 'people', id='det'),
        C('at least 30 of whom are still being held', 'detained', 30, 'at-least', 'people', sub='det'),
        C('The bodies of two men', 'killed', 2, 'exact', 'men'),
        C('11 "accomplices of terrorists" had been detained', 'detained', 11, 'exact', 'people',
          tags='contradicted'),
        C('killed as many as 25 soldiers', 'killed', 25, 'at-most', 'soldiers'),
        C('the number of dead at eight', 'killed', 8, 'exact', 'soldiers', tags='contradicted'),
        C('three civilians', 'injured', 3, 'exact', 'civilians'),
        C('Thousands have left', 'displaced', None, 'vague', 'people'),
        C('Some 2,500 people have registered as displaced', 'displaced', 2500, 'approx', 'people'),
    ],
    sources=[
        S('residents', 'witness'),
        S('Ukrainian officials', 'official'),
        S("Ukraine's military intelligence agency (HUR)", 'military'),
        S('The Moscow-installed administration of the Yakymivka district', 'official'),
        S('residents', 'witness', nth=1),
        S('A woman', 'anonymous'),
        S("Ukraine's human rights ombudsman's office", 'official'),
        S('the office', 'official'),
        S('Russian state television', 'media'),
        S("the town's exiled Ukrainian council", 'official'),
        S('Pro-Kremlin military bloggers', 'media'),
        S('the Moscow-installed administration', 'official'),
        S('Serhiy', 'witness', form='name'),
        S('the Zaporizhzhia regional council', 'official'),
    ],
    numbers=[
        N('about 3km', 'distance'),
        N('six wagons', 'count-objects'),
        N('up to 20 trains', 'count-objects'),
        N('40-second', 'duration'),
        N('19 and 23', 'age'),
        N('47', 'age'),
        N('between 18 and 60', 'age'),
        N('February 2022', 'date'),
        N('about 11,000', 'population'),
        N('about 30km', 'distance'),
    ])

# vd07: a drone strike on a hotel, disputed tolls, arrests and the missing in Prymorsk (AP style)
A['vd07.txt'] = dict(
    casualty=[
        C('killed six people', 'killed', 6, 'exact', 'people', id='k'),
        C('wounded 19', 'injured', 19, 'exact', 'people', id='w'),
        C('more than 50 of its fighters had been killed', 'killed', 50, 'at-least', 'fighters',
          tags='contradicted'),
        C('two teenage girls', 'killed', 2, 'exact', 'children', sub='k'),
        C('seven of the wounded', 'injured', 7, 'exact', 'people', sub='w'),
        C('dozens more were wounded', 'injured', None, 'vague', 'fighters'),
        C('at least 10 bodies', 'killed', 10, 'at-least', 'people'),
        C('Two or three of the wounded were children', 'injured', None, 'range', 'children', low=2, high=3, sub='w'),
        C('the death toll to eight', 'killed', 8, 'exact', 'people', tags='update'),
        C('two of the injured had died', 'killed', 2, 'exact', 'people', sub='w'),
        C('detained two local men', 'detained', 2, 'exact', 'men'),
        C('detained at least 94 people', 'detained', 94, 'at-least', 'people', id='det'),
        C('between 30 and 35 of them were still missing', 'missing', None, 'range', 'people', low=30, high=35,
          sub='det'),
        C('nearly 70,000 people had been moved out', 'displaced', 70000, 'at-most', 'people'),
        C('killed two civilians', 'killed', 2, 'exact', 'civilians'),
        C('wounded five others', 'injured', 5, 'exact', 'civilians'),
    ],
    sources=[
        S('Moscow-installed officials', 'official'),
        S("Ukraine's military", 'military'),
        S('The head of the Moscow-appointed administration in Prymorsk, Viktor Lysenko', 'official',
          form='title-name'),
        S('Lysenko', 'official', nth=1, form='name'),
        S("Ukraine's southern military command", 'military'),
        S('A Prymorsk resident', 'anonymous'),
        S('Lysenko', 'official', nth=2, form='name'),
        S("Russia's Investigative Committee", 'official'),
        S('The Zaporizhzhia Oblast Human Rights Coalition', 'ngo'),
        S('Yurii Kravets', 'other', form='name'),
        S("Ukraine's Ministry of Reintegration", 'official'),
        S("Ukraine's General Staff", 'military'),
    ],
    numbers=[
        N('70-year-old', 'age'),
        N('about 120 members', 'count-people'),
        N('three-story', 'other'),
        N('2 a.m.', 'time'),
        N('February 2022', 'date'),
        N('15 kilometers', 'distance'),
        N('about 12,000 people', 'population'),
        N('some 80 kilometers', 'distance'),
        N('24 hours', 'duration'),
    ])

# vd08: people leaving occupied Kyrylivka describe detentions, the missing, mines and the dead (a
# newspaper's own correspondent, byline, em-dash aside)
A['vd08.txt'] = dict(
    casualty=[
        C('more than 1,800 people', 'displaced', 1800, 'at-least', 'people'),
        C('took 11 people', 'detained', 11, 'exact', 'people'),
        C('detained at least 40 men', 'detained', 40, 'at-least', 'men', id='det'),
        C('at least nine of them have not been seen', 'missing', 9, 'at-least', 'men', sub='det'),
        C('17 residents have been killed', 'killed', 17, 'exact', 'civilians', id='k'),
        C('six', 'killed', 6, 'exact', 'civilians', sub='k'),
        C('four', 'killed', 4, 'exact', 'civilians', sub='k'),
        C('seven shot', 'killed', 7, 'exact', 'civilians', sub='k'),
        C('A further 23 are missing', 'missing', 23, 'exact', 'civilians'),
        C('killed three holidaymakers', 'killed', 3, 'exact', 'people'),
        C('injured eight', 'injured', 8, 'exact', 'people'),
        C('killed some 30 soldiers', 'killed', 30, 'approx', 'soldiers'),
        C('“several” servicemen had been wounded', 'injured', None, 'vague', 'soldiers', tags='contradicted'),
        C('More than 1,300 of the village’s residents have left', 'displaced', 1300, 'at-least', 'civilians'),
        C('Two men', 'detained', 2, 'exact', 'men'),
        C('the arbitrary detention of 912 civilians', 'detained', 912, 'exact', 'civilians', id='un'),
        C('at least 64 of those detained had been executed', 'killed', 64, 'at-least', 'civilians', sub='un'),
        C('roughly 150 new arrivals', 'displaced', 150, 'approx', 'people'),
    ],
    sources=[
        S('the city’s military administration', 'official'),
        S('Bondar', 'witness', nth=2, form='name'),
        S('Residents', 'witness'),
        S('Petro Savchuk', 'official', form='name'),
        S('Savchuk', 'official', nth=1, form='name'),
        S('the Moscow-installed authorities', 'official'),
        S('Residents', 'witness', nth=1),
        S('Ukraine’s military', 'military'),
        S('Russian officials', 'official'),
        S('Savchuk', 'official', nth=2, form='name'),
        S('Ihor', 'witness', form='name'),
        S('The UN human rights monitoring mission in Ukraine', 'ngo'),
        S('A volunteer at the centre', 'anonymous'),
    ],
    numbers=[
        N('three days', 'duration'),
        N('two hours', 'duration'),
        N('three days', 'duration', nth=1),
        N('58', 'age'),
        N('some 2,000 permanent residents', 'population'),
        N('tens of thousands', 'population'),
        N('one night', 'duration'),
        N('2022', 'year'),
        N('34', 'age'),
        N('6,000 roubles', 'money'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
