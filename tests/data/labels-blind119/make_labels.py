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

# ---------------------------------------------------------------- labels (blind set 119: as01-as08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('eliminated / neutralised / lost N / sacrificed his life / claimed the lives / succumbed / shot dead',
     r'\beliminated\b|\bneutralised\b|\blost\b|\bsacrificed\b|\bclaimed the lives\b|\bsuccumbed\b|\bshot dead\b'),
    ('martyred', r'\bmartyred\b'),
    ('kidnapped / picked up / abducted', r'\bkidnapped\b|\bpicked up\b|\babducted\b'),
    ('left / arrived / crossed / disappeared', r'\bleft\b|\barrived\b|\bcrossed\b|\bdisappeared\b'),
    ('sustained injuries / critically injured', r'\bsustained injuries\b|\bcritically injured\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('gendarmes/servicemen/officers/personnel/members of the security forces',
     r'\b(?:gendarmes|servicemen|officers|personnel|members of the security forces)\b'),
    ('volunteers/nurses/teachers/colleagues', r'\b(?:volunteers|nurses|teachers|colleagues)\b'),
    ('families/passengers/suspects/refugees/patients/arrivals',
     r'\b(?:families|passengers|suspects|refugees|patients|arrivals)\b'),
    ('members of the Indigenous Guard', r'\bIndigenous Guard\b'),
]

# as01: Russian guided bombs on an aid point in Prymorske, Zaporizhzhia region, Ukraine (Reuters style)
A['as01.txt'] = dict(
    casualty=[
        C('killing at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('wounding 23', 'injured', 23, 'exact', 'people', id='inj'),
        C('Two of those killed were volunteers', 'killed', 2, 'exact', 'other', sub='tot'),
        C('Four children were among the wounded', 'injured', 4, 'exact', 'children', sub='inj'),
        C('the death toll had risen to 12', 'killed', 12, 'exact', 'people', tags='update'),
        C('pulled three more bodies', 'killed', 3, 'exact', 'people'),
        C('Two people remain unaccounted for', 'missing', 2, 'exact', 'people'),
        C('17 of the injured', 'injured', 17, 'exact', 'people', id='h17', sub='inj'),
        C('five of them', 'injured', 5, 'exact', 'people', sub='h17'),
        C('"eliminated" up to 45 Ukrainian servicemen', 'killed', 45, 'at-most', 'soldiers'),
        C('wounded six civilians', 'injured', 6, 'exact', 'civilians'),
        C('killed 117 civilians', 'killed', 117, 'exact', 'civilians'),
        C('injured nearly 430', 'injured', 430, 'at-most', 'civilians'),
        C('Roughly 20,000 people have left', 'displaced', 20000, 'approx', 'people'),
        C('at least 14,000 civilians had been killed', 'killed', 14000, 'at-least', 'civilians'),
    ],
    sources=[
        S('regional Governor Ivan Fedorchuk', 'official', form='title-name'),
        S('Fedorchuk', 'official', nth=1, form='name'),
        S('the local military administration', 'official'),
        S('Halyna', 'witness', form='name'),
        S('the State Emergency Service', 'official'),
        S('the service', 'official'),
        S("Ukraine's Prosecutor General's Office", 'official'),
        S("Russia's Defense Ministry", 'military'),
        S('Russian-installed officials in the occupied part of the region', 'official'),
        S('Fedorchuk', 'official', nth=2, form='name'),
        S('The United Nations Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('Oct 14', 'date'),
        N('three bombs', 'count-objects'),
        N('11:20 a.m.', 'time'),
        N('6 years old', 'age'),
        N('About 40 people', 'count-people'),
        N('about 25 km', 'distance'),
        N('15 miles', 'distance'),
        N('67-year-old', 'age'),
        N('KAB-250', 'other'),
        N('Su-34', 'other'),
        N('24 hours', 'duration'),
        N('two ammunition depots', 'count-objects'),
        N('about 1,800', 'population'),
        N('February 2022', 'date'),
    ])

# as02: a UN OCHA flash update on shelling and a drone strike in Kalogi, South Kordofan, Sudan
A['as02.txt'] = dict(
    casualty=[
        C('At least 31 civilians', 'killed', 31, 'at-least', 'civilians', id='tot'),
        C('12 children', 'killed', 12, 'exact', 'children', sub='tot'),
        C('74 people injured', 'injured', 74, 'exact', 'people', id='inj'),
        C('19 of them', 'injured', 19, 'exact', 'people', sub='inj'),
        C('An estimated 7,000 people have fled', 'displaced', 7000, 'approx', 'people', id='idp'),
        C('22 deaths', 'killed', 22, 'exact', 'civilians', sub='tot'),
        C('a further nine', 'killed', 9, 'exact', 'civilians', id='f9', sub='tot'),
        C('two nurses', 'killed', 2, 'exact', 'other', sub='f9'),
        C('killed “more than 40 people”', 'killed', 40, 'at-least', 'people', tags='contradicted'),
        C('at least 15 people remain missing', 'missing', 15, 'at-least', 'people'),
        C('five young men were abducted', 'detained', 5, 'exact', 'men'),
        C('58 of the injured', 'injured', 58, 'exact', 'people', sub='inj'),
        C('Eleven of the most critically injured', 'injured', 11, 'exact', 'people', sub='inj'),
        C('about 5,200 of the displaced', 'displaced', 5200, 'approx', 'people', sub='idp'),
        C('some 1,800', 'displaced', 1800, 'approx', 'people', sub='idp'),
        C('around 1,200 people displaced', 'displaced', 1200, 'approx', 'people'),
    ],
    sources=[
        S('Local health authorities', 'official'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('The locality health department', 'official'),
        S('The Sudan People’s Liberation Movement-North (SPLM-N)', 'military'),
        S('The Sudanese Armed Forces (SAF)', 'military'),
        S('Community leaders', 'other'),
        S('the World Health Organization (WHO)', 'ngo'),
        S('DTM', 'ngo', nth=1),
        S('Authorities in Rashad', 'official'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('17 March 2026', 'date'),
        N('14 and 15 March', 'date'),
        N('US$3.4 million', 'money'),
        N('three months', 'duration'),
        N('14 March', 'date', nth=0),
        N('10:30', 'time'),
        N('several artillery shells', 'count-objects'),
        N('14 March', 'date', nth=1),
        N('15 March', 'date', nth=1),
        N('16 March', 'date', nth=0),
        N('one of only two functioning facilities', 'count-objects'),
        N('16 March', 'date', nth=1),
        N('up to four days', 'duration'),
        N('300 dignity kits', 'count-objects'),
        N('about 4,000 people', 'count-people'),
        N('one-month', 'duration'),
        N('9,500 people', 'count-people'),
        N('20 March', 'date'),
        N('some 350 km', 'distance'),
    ])

# as03: a separatist attack on a gendarmerie post and a market in Muyuka, South-West Cameroon (AFP style)
A['as03.txt'] = dict(
    casualty=[
        C('killing five gendarmes', 'killed', 5, 'exact', 'soldiers'),
        C('at least seven civilians', 'killed', 7, 'at-least', 'civilians'),
        C('lost five gendarmes', 'killed', 5, 'exact', 'soldiers', tags='repeat'),
        C('three others were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('seven civilians had been killed', 'killed', 7, 'exact', 'civilians', tags='repeat'),
        C('“at least 15” people', 'injured', 15, 'at-least', 'people', id='w15'),
        C('A handful of the wounded', 'injured', None, 'vague', 'people', sub='w15'),
        C('10-12 people were still unaccounted for', 'missing', None, 'range', 'people', low=10, high=12),
        C('“neutralised” 11 “terrorists”', 'killed', 11, 'exact', 'fighters'),
        C('lost three gendarmes', 'killed', 3, 'exact', 'soldiers', tags='contradicted'),
        C('four civilians had died', 'killed', 4, 'exact', 'civilians', tags='contradicted'),
        C('six suspected separatist fighters had been arrested', 'detained', 6, 'exact', 'fighters'),
        C('killed “more than 20” soldiers', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('kidnapped two teachers', 'detained', 2, 'exact', 'other'),
        C('hundreds of families had fled', 'displaced', None, 'vague', 'people'),
        C('killed more than 6,000 people', 'killed', 6000, 'at-least', 'people'),
        C('forced upwards of 600,000 from their homes', 'displaced', 600000, 'at-least', 'people'),
    ],
    sources=[
        S('security and local sources', 'anonymous'),
        S('a senior military officer in Buea', 'anonymous'),
        S('the officer', 'anonymous'),
        S('residents', 'witness'),
        S('A local councillor', 'anonymous'),
        S('The army', 'military'),
        S('state broadcaster CRTV', 'media'),
        S('army spokesman Captain Jules-Aimé Ngono', 'military', form='title-name'),
        S('Ngono', 'military', nth=1, form='name'),
        S('A spokesman for the Ambazonia Defence Forces (ADF)', 'military', form='role'),
        S('local officials in Kumba', 'official'),
        S('Residents', 'witness'),
        S('Mary Eposi', 'witness', form='name'),
        S('the International Crisis Group', 'ngo'),
        S('The Norwegian Refugee Council', 'ngo'),
    ],
    numbers=[
        N('“dozens” of armed men', 'count-people'),
        N('12-year-old', 'age'),
        N('a number of weapons', 'count-objects'),
        N('14 locally made shotguns', 'count-objects'),
        N('one of the main armed groups', 'other'),
        N('some 30 kilometres', 'distance'),
        N('2017', 'year'),
        N('41-year-old', 'age'),
        N('two English-speaking regions', 'count-objects'),
        N('several years', 'duration'),
    ])

# as04: a jihadist attack on a base and a market in Banh, Loroum province, Burkina Faso (broadcaster's
# website, one sentence a paragraph)
A['as04.txt'] = dict(
    casualty=[
        C('killed at least 40 people', 'killed', 40, 'at-least', 'people', id='tot'),
        C('At least 12 of the dead were civilians', 'killed', 12, 'at-least', 'civilians', id='civ', sub='tot'),
        C('three children', 'killed', 3, 'exact', 'children', sub='civ'),
        C('killed "more than 100" soldiers', 'killed', 100, 'at-least', 'soldiers', tags='contradicted'),
        C('fewer than 20 soldiers had died', 'killed', 20, 'at-most', 'soldiers', tags='contradicted'),
        C('neutralised dozens of terrorists', 'killed', None, 'vague', 'fighters'),
        C('27 wounded people', 'injured', 27, 'exact', 'people', id='w'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='w'),
        C('Two of the wounded later died', 'killed', 2, 'exact', 'people', sub='w'),
        C('at least 10 bodies', 'killed', 10, 'at-least', 'people'),
        C('17 men', 'detained', 17, 'exact', 'men', id='det'),
        C('four of them had since disappeared', 'missing', 4, 'exact', 'men', sub='det'),
        C('more than 2,000 people have arrived', 'displaced', 2000, 'at-least', 'people'),
        C('the tens of thousands already displaced', 'displaced', None, 'vague', 'people'),
        C('more than 2 million people are internally displaced', 'displaced', 2000000, 'at-least', 'people'),
        C('killed more than 20,000 people', 'killed', 20000, 'at-least', 'people'),
    ],
    sources=[
        S('local sources', 'anonymous'),
        S('a security source in Ouahigouya', 'anonymous'),
        S('residents', 'witness'),
        S("The al-Qaeda-linked group Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", 'military'),
        S('A military source in Ouagadougou', 'anonymous'),
        S('state broadcaster RTB', 'media'),
        S('A health worker at the medical centre in Titao', 'anonymous'),
        S('the health worker', 'anonymous'),
        S('A resident', 'witness', form='role'),
        S('The Sahel Rights Collective', 'ngo'),
        S('Aid agencies', 'ngo'),
        S("The UN's humanitarian agency, OCHA", 'ngo'),
        S('the conflict monitoring group Acled', 'ngo'),
    ],
    numbers=[
        N('about 20km', 'distance'),
        N('12 miles', 'distance'),
        N('dozens of motorbikes', 'count-objects'),
        N('08:00', 'time'),
        N('nearly three hours', 'duration'),
        N('several months', 'duration'),
        N('2023', 'year'),
        N('one of the largest such crises', 'other'),
        N('2015', 'year'),
        N('2022', 'year'),
    ])

# as05: a car bomb at a police station in Caloto, Cauca, Colombia (AP style)
A['as05.txt'] = dict(
    casualty=[
        C('killing two police officers', 'killed', 2, 'exact', 'soldiers'),
        C('injuring at least 18 people', 'injured', 18, 'at-least', 'people', id='inj'),
        C('Six of the injured were children', 'injured', 6, 'exact', 'children', sub='inj'),
        C('three people', 'injured', 3, 'exact', 'people', sub='inj'),
        C('wounding two more officers', 'injured', 2, 'exact', 'soldiers'),
        C('forced as many as 300 Nasa families from their homes', 'displaced', 300, 'at-most', 'people'),
        C('two members of the Indigenous Guard had been killed', 'killed', 2, 'exact', 'civilians'),
        C('more than 2,500 people', 'displaced', 2500, 'at-least', 'people'),
        C('11 police officers and soldiers have been killed', 'killed', 11, 'exact', 'soldiers'),
    ],
    sources=[
        S('authorities', 'official'),
        S('Cauca Gov. Liliana Paz Ordóñez', 'official', form='title-name'),
        S('Paz', 'official', nth=1, form='name'),
        S('shopkeeper María Eugenia Campo', 'witness', form='title-name'),
        S('Defense Minister Iván Restrepo', 'military', form='title-name'),
        S('a commander of the front', 'military', form='role'),
        S('Indigenous authorities in northern Cauca', 'other'),
        S('The Association of Indigenous Councils of Northern Cauca', 'ngo'),
        S("Colombia's Ombudsman's Office", 'official'),
        S('the Defense Ministry', 'military'),
    ],
    numbers=[
        N('16-year-old', 'age'),
        N('6:30 p.m.', 'time'),
        N('about 40 homes and shops', 'count-objects'),
        N('58', 'age'),
        N('2016', 'year'),
        N('19-year-old', 'age'),
        N('at least three others', 'count-people'),
        N('at least 90 minors', 'count-people'),
        N('2024', 'year'),
        N('about 17,000 people', 'population'),
        N('roughly 100 kilometers', 'distance'),
        N('60 miles', 'distance'),
    ])

# as06: a bus bombing and an attack on an outpost in Hlegu Township, Yangon Region, Myanmar (state media)
A['as06.txt'] = dict(
    casualty=[
        C('Three civilians were killed', 'killed', 3, 'exact', 'civilians'),
        C('five others injured', 'injured', 5, 'exact', 'civilians', id='inj'),
        C('two of them', 'injured', 2, 'exact', 'civilians', sub='inj'),
        C('The remaining three', 'injured', 3, 'exact', 'civilians', sub='inj'),
        C('arrested two PDF terrorists', 'detained', 2, 'exact', 'fighters'),
        C('the bodies of six of their members', 'killed', 6, 'exact', 'fighters'),
        C('two or three wounded terrorists', 'injured', None, 'range', 'fighters', low=2, high=3),
        C('One member of the security forces sacrificed his life', 'killed', 1, 'exact', 'soldiers'),
        C('two others sustained injuries', 'injured', 2, 'exact', 'soldiers'),
        C('abducted four villagers', 'detained', 4, 'exact', 'civilians'),
        C('12 villagers were killed', 'killed', 12, 'exact', 'civilians', tags='contradicted'),
        C('claimed the lives of 41 civilians', 'killed', 41, 'exact', 'civilians', id='y'),
        C('6 children', 'killed', 6, 'exact', 'children', sub='y'),
        C('injured 96 others', 'injured', 96, 'exact', 'civilians'),
        C('25 members of the security forces have been killed', 'killed', 25, 'exact', 'soldiers'),
        C('More than 200 villagers who had fled', 'displaced', 200, 'at-least', 'civilians'),
    ],
    sources=[
        S('the True News Information Team', 'military'),
        S('the team', 'military', nth=0),
        S('the team', 'military', nth=1),
        S('the Hlegu Township General Administration Department', 'official'),
        S('Some foreign news agencies and exile media outlets', 'media'),
        S('The team', 'military'),
        S('the Yangon Region Government', 'official'),
        S('township administrator U Kyaw Min Oo', 'official', form='title-name'),
    ],
    numbers=[
        N('22 August', 'date'),
        N('7.15 am', 'time'),
        N('20 August', 'date'),
        N('34 passengers', 'count-people'),
        N('58-year-old', 'age'),
        N('one remote-control detonator', 'count-objects'),
        N('20 rounds of ammunition', 'count-objects'),
        N('K 850,000', 'money'),
        N('about 30 terrorists', 'count-people'),
        N('18 August', 'date'),
    ])

# as07: a suicide bombing at a bus stand in Dhadar, Kachhi district, Balochistan, Pakistan (a Pakistani
# daily's own correspondent)
A['as07.txt'] = dict(
    casualty=[
        C('At least 11 people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('three Levies personnel', 'killed', 3, 'exact', 'soldiers', sub='tot'),
        C('26 others injured', 'injured', 26, 'exact', 'people', id='inj'),
        C('eight critically injured', 'injured', 8, 'exact', 'people', sub='inj'),
        C('Several of the wounded', 'injured', None, 'vague', 'people', sub='inj'),
        C('two of the injured had succumbed', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the death toll to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('the three martyred personnel', 'killed', 3, 'exact', 'soldiers', tags='repeat'),
        C('six bodies', 'killed', 6, 'exact', 'people'),
        C('killed "17 security personnel"', 'killed', 17, 'exact', 'soldiers', tags='contradicted'),
        C('picked up 14 suspects', 'detained', 14, 'exact', 'people'),
        C('abducted 12 passengers', 'detained', 12, 'exact', 'people', id='ab'),
        C('shot dead five of them', 'killed', 5, 'exact', 'people', sub='ab'),
        C('killed 782 people', 'killed', 782, 'exact', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('Deputy Commissioner Kachhi Abdul Rauf Magsi', 'official', form='title-name'),
        S('Dr Nazir Ahmed Lehri', 'official', form='title-name'),
        S('A Levies official', 'anonymous'),
        S('Ghulam Rasool', 'witness', form='name'),
        S('The banned Baloch Liberation Army (BLA)', 'military'),
        S('Officials', 'official'),
        S('SSP Kachhi Akram Jamali', 'official', form='title-name'),
        S('the Levies force', 'official'),
        S('the Islamabad-based Centre for Security and Peace Research', 'ngo'),
    ],
    numbers=[
        N('6.45pm', 'time'),
        N('N-65', 'other'),
        N('some 200 metres', 'distance'),
        N('Rs1 million', 'money'),
        N('Rs300,000', 'money'),
        N('2025', 'year'),
        N('40 per cent', 'percentage'),
        N('about 120 kilometres', 'distance'),
    ])

# as08: a medical NGO's statement on attacks on Beida, West Darfur, Sudan, and refugees in Chad
A['as08.txt'] = dict(
    casualty=[
        C('48 killed', 'killed', 48, 'exact', 'people'),
        C('At least 48 people were killed', 'killed', 48, 'at-least', 'people', tags='repeat'),
        C('more than 120 wounded', 'injured', 120, 'at-least', 'people'),
        C('87 wounded', 'injured', 87, 'exact', 'people', id='b87'),
        C('23 of them children', 'injured', 23, 'exact', 'children', sub='b87'),
        C('Nine patients died', 'killed', 9, 'exact', 'people'),
        C('two of our colleagues remain unaccounted for', 'missing', 2, 'exact', 'other'),
        C('killed “dozens” of their fighters', 'killed', None, 'vague', 'fighters'),
        C('112 civilians had been killed', 'killed', 112, 'exact', 'civilians', tags='contradicted'),
        C('abducted 35 people', 'detained', 35, 'exact', 'people', id='ab'),
        C('9 women', 'detained', 9, 'exact', 'women', sub='ab'),
        C('between 200 and 300 people', 'missing', None, 'range', 'people', low=200, high=300),
        C('more than 9,000 people have crossed', 'displaced', 9000, 'at-least', 'people', id='x'),
        C('the number of Sudanese refugees in eastern Chad to over 850,000', 'displaced', 850000, 'at-least',
          'people', tags='update'),
        C('Some 4,500 of the new arrivals are children', 'displaced', 4500, 'approx', 'children', sub='x'),
        C('treated 64 wounded refugees', 'injured', 64, 'exact', 'people'),
        C('Four patients have died', 'killed', 4, 'exact', 'people'),
        C('thousands of people were killed', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('Sahel Medical Relief (SMR)', 'ngo'),
        S('Dr Halima Abakar', 'ngo', form='title-name'),
        S('The Rapid Support Forces (RSF)', 'military'),
        S('The RSF', 'military'),
        S('Sudan’s Ministry of Health', 'official'),
        S('Masalit community leaders in Adré', 'other'),
        S('UNHCR, the UN refugee agency', 'ngo'),
        S('a UN panel of experts', 'ngo'),
    ],
    numbers=[
        N('3 May 2026', 'date'),
        N('29 and 30 April', 'date'),
        N('24 hours', 'duration'),
        N('under 15', 'age'),
        N('30 April', 'date', nth=1),
        N('as young as three', 'age'),
        N('30 April', 'date', nth=2),
        N('29 April', 'date'),
        N('two days', 'duration'),
        N('1 May', 'date'),
        N('31 surgical operations', 'count-objects'),
        N('2023', 'year'),
        N('the estimated 15,000 people', 'count-people'),
        N('up to 200 patients a day', 'count-people'),
        N('2004', 'year'),
        N('6 clinics', 'count-objects'),
        N('some 240 Sudanese staff', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
