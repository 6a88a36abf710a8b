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

# ---------------------------------------------------------------- labels (blind set 79: jx01-jx08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / the martyrs / claimed the lives of / "eliminated" / "neutralized"',
     r'\bmartyr|\bclaimed the lives\b|\beliminated\b|\bneutralized\b'),
    ('shot dead / among those killed', r'\bshot dead\b|\bamong those killed\b'),
    ('captured / picked up / remain in custody / hostages',
     r'\bcaptured\b|\bpicked up\b|\bin custody\b|\bhostages\b'),
    ('evacuated / left their homes / fled', r'\bevacuated\b|\bleft their homes\b'),
    ('treated / minor injuries', r'\btreated\b|\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen / members of the security forces / Levies personnel',
     r'\bservicemen\b|\bmembers of the\b|\bpersonnel\b'),
    ('rescuers / catechists / aid workers / staff', r'\brescuers\b|\bcatechists\b|\bstaff\b'),
    ('passengers / villagers / families', r'\bpassengers\b|\bvillagers\b|\bfamilies\b'),
    ('suspects / dissidents / assailants / hostages', r'\bsuspects\b|\bdissidents\b|\bassailants\b|\bhostages\b'),
]

# jx01: Russian guided bombs and drones on Borova, Kharkiv oblast, Ukraine (Reuters style)
A['jx01.txt'] = dict(
    casualty=[
        C('killing at least seven people', 'killed', 7, 'at-least', 'people', id='tot'),
        C('wounding 19 others', 'injured', 19, 'exact', 'people', id='inj'),
        C('two of the dead were children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('the bodies of six people', 'killed', 6, 'exact', 'people'),
        C('three residents', 'missing', 3, 'exact', 'civilians'),
        C('the death toll to nine', 'killed', 9, 'exact', 'people', tags='update'),
        C('two more bodies had been found', 'killed', 2, 'exact', 'people'),
        C('the number of injured had risen to 23', 'injured', 23, 'exact', 'people', id='inj2', tags='update'),
        C('four rescuers hurt', 'injured', 4, 'exact', 'other', sub='inj2'),
        C('killed up to 60 Ukrainian servicemen', 'killed', 60, 'at-most', 'soldiers'),
        C('some 340 residents', 'displaced', 340, 'approx', 'civilians', id='evac'),
        C('85 children', 'displaced', 85, 'exact', 'children', sub='evac'),
        C('at least 12,000 civilians had been killed', 'killed', 12000, 'at-least', 'civilians'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Kharkiv regional governor Andriy Kovtun', 'official', form='title-name'),
        S('Kovtun', 'official', nth=1, form='name'),
        S("Ukraine's State Emergency Service", 'official'),
        S('the service', 'official'),
        S("The regional prosecutor's office", 'official'),
        S('Local authorities', 'official'),
        S("Russia's Defence Ministry", 'military'),
        S("Ukraine's General Staff", 'military'),
        S('The regional administration', 'official'),
        S('Oksana', 'witness', form='name'),
        S('The U.N. human rights monitoring mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('Oct 14', 'date'),
        N('aged 9 and 14', 'age'),
        N('71-year-old', 'age'),
        N('five-storey', 'other'),
        N('about 40 minutes', 'duration'),
        N('three KAB-250 guided bombs', 'count-objects'),
        N('about 20 km', 'distance'),
        N('12 miles', 'distance'),
        N('around 5,000 people', 'population'),
        N('fewer than 1,500', 'population'),
        N('24 hours', 'duration'),
        N('14 Russian assaults', 'count-objects'),
        N('31 drones', 'count-objects'),
        N('11 settlements', 'count-objects'),
        N('two hours', 'duration'),
        N('58', 'age'),
        N('February 2022', 'date'),
    ])

# jx02: fighting for Thantlang, Chin State, Myanmar (UN OCHA flash update)
A['jx02.txt'] = dict(
    casualty=[
        C('At least 14 civilians have been killed', 'killed', 14, 'at-least', 'civilians'),
        C('31 injured', 'injured', 31, 'exact', 'civilians'),
        C('An estimated 8,700 people have been newly displaced', 'displaced', 8700, 'approx', 'people', id='d87'),
        C('more than 2,000', 'displaced', 2000, 'at-least', 'people', sub='d87'),
        C('Two aid workers', 'missing', 2, 'exact', 'other'),
        C('9 people were killed', 'killed', 9, 'exact', 'people', id='m9'),
        C('four children', 'killed', 4, 'exact', 'children', sub='m9'),
        C('the civilian death toll to at least 14', 'killed', 14, 'at-least', 'civilians', tags='repeat'),
        C('31 injured civilians', 'injured', 31, 'exact', 'civilians', id='i31', tags='repeat'),
        C('11 of them', 'injured', 11, 'exact', 'civilians', sub='i31'),
        C('Three of the injured died', 'killed', 3, 'exact', 'civilians', sub='i31'),
        C('killed 23 “terrorists”', 'killed', 23, 'exact', 'fighters'),
        C('lost five fighters', 'killed', 5, 'exact', 'fighters'),
        C('captured 17 soldiers', 'detained', 17, 'exact', 'soldiers'),
        C('detained between 40 and 50 men', 'detained', None, 'range', 'men', low=40, high=50, id='det'),
        C('14 of them remain in custody', 'detained', 14, 'exact', 'men', sub='det'),
        C('8,700 people have fled', 'displaced', 8700, 'exact', 'people', tags='repeat'),
        C('2,340 people', 'displaced', 2340, 'exact', 'people'),
        C('about 41,000 people have been displaced', 'displaced', 41000, 'approx', 'people'),
        C('The two staff', 'missing', 2, 'exact', 'other', tags='repeat'),
    ],
    sources=[
        S('local sources', 'anonymous'),
        S('Local sources', 'anonymous'),
        S('The Chin Health Committee', 'ngo'),
        S('The state-run Myanmar Radio and Television (MRTV)', 'media'),
        S('Resistance forces', 'military'),
        S('relatives', 'witness'),
        S('Local partners', 'ngo'),
        S('Authorities in Mizoram’s Champhai district', 'official'),
        S('WFP', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('22 May 2025', 'date'),
        N('9 May', 'date'),
        N('about 60 km', 'distance'),
        N('13th consecutive day', 'duration'),
        N('Between 18 and 20 May', 'date'),
        N('70-year-old', 'age'),
        N('9 May', 'date', nth=1),
        N('20 May', 'date', nth=1),
        N('15 May', 'date'),
        N('12 surrounding villages', 'count-objects'),
        N('9 May', 'date', nth=2),
        N('14 relief sites', 'count-objects'),
        N('21 May', 'date'),
        N('February 2021', 'date'),
        N('roughly 60,000', 'population'),
        N('17 May', 'date'),
        N('some 3,200 people', 'count-people'),
        N('650 shelter kits', 'count-objects'),
        N('six days', 'duration'),
        N('45 per cent', 'percentage'),
        N('2025', 'year', nth=1),
        N('US$1.1 billion', 'money'),
        N('12 per cent', 'percentage'),
    ])

# jx03: an army raid on Qabatiya near Jenin, occupied West Bank (AFP style)
A['jx03.txt'] = dict(
    casualty=[
        C('killed four Palestinians', 'killed', 4, 'exact', 'people', id='tot'),
        C('the four', 'killed', 4, 'exact', 'people', tags='repeat'),
        C('11 other people were wounded', 'injured', 11, 'exact', 'people', id='inj'),
        C('three of them critically', 'injured', 3, 'exact', 'people', sub='inj'),
        C('two of those killed were its fighters', 'killed', 2, 'exact', 'fighters', sub='tot'),
        C('"eliminated" two militants', 'killed', 2, 'exact', 'fighters'),
        C('arrested 16 "wanted suspects"', 'detained', 16, 'exact', 'people'),
        C('one soldier had been lightly wounded', 'injured', 1, 'exact', 'soldiers'),
        C('19 suspects had been detained', 'detained', 19, 'exact', 'people', tags='update'),
        C('14 injured people', 'injured', 14, 'exact', 'people', tags='contradicted'),
        C('scores of people had been treated for tear gas', 'injured', None, 'vague', 'people'),
        C('at least 25 people had been detained', 'detained', 25, 'at-least', 'people', id='det',
          tags='contradicted'),
        C('two boys', 'detained', 2, 'exact', 'children', sub='det'),
        C('more than 900 Palestinians have been killed', 'killed', 900, 'at-least', 'people'),
        C('more than 40,000 people have been displaced', 'displaced', 40000, 'at-least', 'people'),
        C('at least 50 Israelis', 'killed', 50, 'at-least', 'people'),
    ],
    sources=[
        S('the Palestinian health ministry', 'official'),
        S('the army', 'military', nth=0),
        S('The ministry', 'official'),
        S("Islamic Jihad's armed wing, the Al-Quds Brigades", 'military'),
        S('The Israeli military', 'military'),
        S('the army', 'military', nth=1),
        S('The Palestine Red Crescent Society', 'ngo'),
        S('Ahmad Zakarneh', 'witness', form='name'),
        S('Jenin governor Nasser Awadallah', 'official', form='title-name'),
        S('The Detainee Support Association', 'ngo'),
        S('The UN humanitarian office OCHA', 'ngo'),
        S('Israeli officials', 'official'),
    ],
    numbers=[
        N('aged between 17 and 26', 'age'),
        N('about nine hours', 'duration'),
        N('two M16 rifles', 'count-objects'),
        N('more than two hours', 'duration'),
        N('who is 15', 'age'),
        N('52', 'age'),
        N('about 1.5 kilometres', 'distance'),
        N('some 6,000 residents', 'count-people'),
        N('aged 16 and 17', 'age'),
        N('Thousands of mourners', 'count-people'),
        N('October 2023', 'date'),
    ])

# jx04: an attack on a checkpoint in Tafas, Daraa province, Syria (state media, SANA style)
A['jx04.txt'] = dict(
    casualty=[
        C('Two members of the Internal Security Forces were martyred', 'killed', 2, 'exact', 'soldiers'),
        C('four others were injured', 'injured', 4, 'exact', 'soldiers'),
        C('killing three of them', 'killed', 3, 'exact', 'fighters'),
        C('arresting seven others', 'detained', 7, 'exact', 'fighters'),
        C('the bodies of the two martyrs', 'killed', 2, 'exact', 'soldiers', tags='repeat'),
        C('four wounded members of the security forces', 'injured', 4, 'exact', 'soldiers', id='w4',
          tags='repeat'),
        C('one of whom', 'injured', 1, 'exact', 'soldiers', sub='w4'),
        C('a number of civilians suffered minor injuries', 'injured', None, 'vague', 'civilians'),
        C('claimed the lives of 31 people', 'killed', 31, 'exact', 'people', id='y31'),
        C('9 members of the security forces', 'killed', 9, 'exact', 'soldiers', sub='y31'),
        C('dozens of civilians” had been arrested', 'detained', None, 'vague', 'civilians', tags='contradicted'),
        C('Dozens of families who had left their homes', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('the Interior Ministry', 'official'),
        S('The Ministry’s media office', 'official'),
        S('the statement', 'official', form='document'),
        S('Director of Daraa National Hospital Dr. Yasser al-Masri', 'official', form='title-name'),
        S('Governor of Daraa Anwar al-Zoubi', 'official', form='title-name'),
        S('Al-Zoubi', 'official', form='name'),
        S('The Daraa Security Directorate', 'official'),
        S('The Interior Ministry', 'official'),
        S('social media pages', 'media'),
        S('SANA’s correspondent', 'media', nth=1),
    ],
    numbers=[
        N('numbering about 15 gunmen', 'count-people'),
        N('RPG-7', 'other'),
        N('11:30 pm', 'time'),
        N('12-year-old', 'age'),
        N('4 vehicles', 'count-objects'),
        N('SYP 5 million', 'money'),
        N('two weeks', 'duration'),
    ])

# jx05: an attack on a market and a church in Dablo, Sanmatenga province, Burkina Faso
# (AP style, one sentence a paragraph)
A['jx05.txt'] = dict(
    casualty=[
        C('killed at least 22 people', 'killed', 22, 'at-least', 'people', id='tot'),
        C('at least 12 civilians', 'killed', 12, 'at-least', 'civilians', sub='tot'),
        C('17 others were wounded', 'injured', 17, 'exact', 'people', id='w17'),
        C('several of them children', 'injured', None, 'vague', 'children', sub='w17'),
        C('31 bodies', 'killed', 31, 'exact', 'people', tags='contradicted'),
        C('three catechists were among those killed', 'killed', 3, 'exact', 'other', sub='tot'),
        C('the death toll had risen to 27', 'killed', 27, 'exact', 'people', tags='update'),
        C('five of the wounded died', 'killed', 5, 'exact', 'people', sub='w17'),
        C('"neutralized" dozens of the assailants', 'killed', None, 'vague', 'fighters'),
        C('Hundreds of residents fled', 'displaced', None, 'vague', 'civilians'),
        C('arrested three suspected informants', 'detained', 3, 'exact', 'people'),
        C('More than 2 million people have been displaced', 'displaced', 2000000, 'at-least', 'people'),
        C('killed more than 150 villagers', 'killed', 150, 'at-least', 'civilians', tags='contradicted'),
    ],
    sources=[
        S('residents', 'witness'),
        S('a local official', 'anonymous'),
        S('the official', 'anonymous', nth=0),
        S('a Dablo resident', 'anonymous'),
        S('The resident', 'anonymous'),
        S('The Catholic Diocese of Kaya', 'other'),
        S('a regional official in Kaya', 'anonymous'),
        S('The government', 'official'),
        S('witnesses', 'witness'),
        S('the official', 'anonymous', nth=1),
        S('The U.N. humanitarian office', 'ngo'),
        S("the government's most recent figures", 'official', form='document'),
        S('Human rights groups', 'ngo'),
        S('the Sahel Rights Collective', 'ngo'),
        S('The army', 'military'),
    ],
    numbers=[
        N('40 or 50 of them', 'count-people'),
        N('about 45 miles', 'distance'),
        N('70 kilometers', 'distance'),
        N('at least 60 worshippers', 'count-people'),
        N('roughly 20,000 people', 'population'),
        N('more than two years', 'duration'),
        N('six years', 'duration'),
        N('nearly 400,000 people', 'count-people'),
        N('2023', 'year'),
        N('2022', 'year'),
        N('several foreign journalists', 'count-people'),
    ])

# jx06: a motorcycle bomb at the police station of Toribío, Cauca, Colombia
# (an American newspaper's own correspondent, byline)
A['jx06.txt'] = dict(
    casualty=[
        C('killed two police officers', 'killed', 2, 'exact', 'soldiers'),
        C('injured at least 18 people', 'injured', 18, 'at-least', 'people', id='inj'),
        C('one of the injured', 'killed', 1, 'exact', 'people', sub='inj'),
        C('the number of dead to four', 'killed', 4, 'exact', 'people', tags='update'),
        C('treated 23 people', 'injured', 23, 'exact', 'people', id='h23'),
        C('15–20 wounded', 'injured', None, 'range', 'people', low=15, high=20),
        C('nine of whom', 'injured', 9, 'exact', 'people', sub='h23'),
        C('killed four dissidents', 'killed', 4, 'exact', 'fighters'),
        C('detained three men', 'detained', 3, 'exact', 'men'),
        C('more than 1,200 people', 'displaced', 1200, 'at-least', 'people'),
        C('61 police officers and soldiers have been killed', 'killed', 61, 'exact', 'soldiers'),
    ],
    sources=[
        S('the governor’s office in Cauca department', 'official'),
        S('the office', 'official'),
        S('the hospital’s director, Dr. Andrés Quiguanás', 'official', form='title-name'),
        S('Luz Dary Pito', 'witness', form='name'),
        S('The army', 'military'),
        S('Members of the Indigenous Guard', 'other'),
        S('the dissident front', 'military'),
        S('Defense Minister Rodrigo Lasprilla', 'official', form='title-name'),
        S('The Ombudsman’s Office', 'official'),
        S('The Bogotá-based Peace and Conflict Observatory', 'ngo'),
        S('Several neighbors', 'witness'),
        S('one of them', 'witness'),
    ],
    numbers=[
        N('4 p.m.', 'time'),
        N('9-year-old', 'age'),
        N('70-year-old', 'age'),
        N('12 beds', 'count-objects'),
        N('two surgeons', 'count-people'),
        N('three in the morning', 'time'),
        N('34', 'age'),
        N('two blocks', 'distance'),
        N('about 30,000 people', 'population'),
        N('more than 600 times', 'other'),
        N('1980s', 'year'),
        N('2016', 'year'),
        N('16-year-old', 'age'),
        N('about 300 additional troops', 'count-people'),
        N('up to 500 million pesos', 'money'),
        N('about $120,000', 'money'),
        N('11 minors', 'count-people'),
        N('37 attacks on police stations', 'count-objects'),
        N('Several neighbors', 'count-people'),
        N('one of them', 'count-people'),
    ])

# jx07: gunmen stop two coaches and kill passengers near Loralai, Balochistan, Pakistan
# (a broadcaster's web copy with a headline, British spelling)
A['jx07.txt'] = dict(
    casualty=[
        C('kill 11 bus passengers', 'killed', 11, 'exact', 'people'),
        C('shot dead 11 men', 'killed', 11, 'exact', 'men', tags='repeat'),
        C('Two other passengers were wounded', 'injured', 2, 'exact', 'people', id='w2'),
        C('the bodies of 11 men', 'killed', 11, 'exact', 'men', tags='repeat'),
        C('Two Levies personnel were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('the death toll had risen to 12', 'killed', 12, 'exact', 'men', tags='update'),
        C('one of the wounded passengers died', 'killed', 1, 'exact', 'people', sub='w2'),
        C('killed 18 “agents of the state”', 'killed', 18, 'exact', 'soldiers', tags='contradicted'),
        C('detained 14 suspects', 'detained', 14, 'exact', 'people'),
        C('30 to 40 young men had been picked up', 'detained', None, 'range', 'men', low=30, high=40,
          tags='contradicted'),
        C('nine passengers', 'killed', 9, 'exact', 'people'),
        C('at least 480 people were killed', 'killed', 480, 'at-least', 'people'),
    ],
    sources=[
        S('officials', 'official', nth=0),
        S('Loralai’s deputy commissioner, Hamid Kakar', 'official', form='title-name'),
        S('Muhammad Aslam', 'witness', form='name'),
        S('A doctor at the District Headquarters Hospital in Loralai', 'anonymous'),
        S('the provincial government’s spokesman, Naveed Mengal', 'official', form='title-name'),
        S('The banned Baloch Liberation Army (BLA)', 'military'),
        S('officials', 'official', nth=1),
        S('Police', 'official'),
        S('The Baloch Missing Persons Forum', 'ngo'),
        S('The Islamabad-based Centre for Security Research', 'ngo'),
    ],
    numbers=[
        N('two passenger coaches', 'count-objects'),
        N('22:30', 'time'),
        N('17:30 GMT', 'time'),
        N('N-70', 'other'),
        N('roughly 35km', 'distance'),
        N('41', 'age'),
        N('20 or 25 shots', 'count-objects'),
        N('about 250km', 'distance'),
        N('1.5 million rupees', 'money'),
        N('$5,300', 'money'),
        N('hundreds of travellers', 'count-people'),
        N('about 15 million', 'population'),
        N('240 million people', 'population'),
    ])

# jx08: an ADF attack on Mangina, Beni territory, North Kivu, DR Congo (a medical NGO's statement)
A['jx08.txt'] = dict(
    casualty=[
        C('47 wounded people', 'injured', 47, 'exact', 'people', id='w47'),
        C('at least 34 civilians were killed', 'killed', 34, 'at-least', 'civilians'),
        C('15 are children', 'injured', 15, 'exact', 'children', sub='w47'),
        C('9 are women', 'injured', 9, 'exact', 'women', sub='w47'),
        C('Six patients', 'injured', 6, 'exact', 'people', id='s6', sub='w47'),
        C('two of them died', 'killed', 2, 'exact', 'people', sub='s6'),
        C('19 bodies', 'killed', 19, 'exact', 'people'),
        C('the toll higher, at 41', 'killed', 41, 'exact', 'civilians', tags='contradicted'),
        C('dozens of people were still missing', 'missing', None, 'vague', 'people'),
        C('20 to 25 people', 'missing', None, 'range', 'people', low=20, high=25),
        C('killed seven ADF fighters', 'killed', 7, 'exact', 'fighters'),
        C('two soldiers had been wounded', 'injured', 2, 'exact', 'soldiers'),
        C('12 hostages', 'detained', 12, 'exact', 'people'),
        C('nearly a dozen seriously wounded patients', 'injured', 12, 'at-most', 'people'),
        C('about 7,000 people have fled', 'displaced', 7000, 'approx', 'people'),
        C('hundreds of families already displaced', 'displaced', None, 'vague', 'people'),
        C('killed more than 1,000 people', 'killed', 1000, 'at-least', 'people'),
    ],
    sources=[
        S('the organisation', 'ngo'),
        S('Local authorities', 'official'),
        S('Dr Clarisse Kahindo', 'ngo', form='title-name'),
        S('Civil society leaders in Beni territory', 'other'),
        S('Families', 'witness', nth=1),
        S('The Congolese army', 'military'),
        S('Army spokesman Captain Jules Ngongo', 'military', form='title-name'),
        S('The UN peacekeeping mission, MONUSCO', 'military'),
        S('the Beni territory administrator', 'official'),
        S('the Kivu Civilian Protection Network', 'ngo'),
        S('Kahindo', 'ngo', nth=1, form='name'),
    ],
    numbers=[
        N('3 March 2025', 'date'),
        N('more than three hours', 'duration'),
        N('about 30 km', 'distance'),
        N('2018', 'year'),
        N('2024', 'year'),
        N('30-bed', 'count-objects'),
        N('2019', 'year'),
        N('2 mobile clinics', 'count-objects'),
        N('4 tonnes', 'quantity'),
        N('2012', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
