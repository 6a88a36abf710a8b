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

# ---------------------------------------------------------------- labels (blind set 87: sx01-sx08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / eliminated / neutralised / executed / buried / lost … killed',
     r'\bmartyred\b|\beliminated\b|\bneutralised\b|\bexecuted\b|\bburied\b|\bkillings\b'),
    ('shrapnel wounds / injuries', r'\bwounds\b|\binjuries\b'),
    ('abducted / rounded up / in detention', r'\babducted\b|\bin detention\b'),
    ('evacuated / evacuees / new arrivals / uprooted', r'\bevacu|\barrivals\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('volunteers/nurses', r'\b(?:volunteers|nurses)\b'),
    ('VDP/militiamen/commanders', r'\b(?:VDP|militiamen|commanders)\b'),
    ('Palestinians/Khawarij/families/suspects/prisoners',
     r'\b(?:Palestinians|Khawarij|families|suspects|prisoners)\b'),
    ('young men', r'\byoung men\b'),
]

# sx01: Russian shelling of an aid point in Soledar, Donetsk oblast, Ukraine (Reuters style)
A['sx01.txt'] = dict(
    casualty=[
        C('killing at least eight civilians', 'killed', 8, 'at-least', 'civilians', id='tot'),
        C('13 other people were wounded', 'injured', 13, 'exact', 'people', id='inj'),
        C('four of them critically', 'injured', 4, 'exact', 'people', sub='inj'),
        C('the death toll had risen to 11', 'killed', 11, 'exact', 'civilians', id='upd', tags='update'),
        C('three more bodies', 'killed', 3, 'exact', 'people'),
        C('Two of the dead were volunteers', 'killed', 2, 'exact', 'other', sub='upd'),
        C('killed "more than 500" Ukrainian soldiers', 'killed', 500, 'at-least', 'soldiers', tags='contradicted'),
        C('109 fighters killed', 'killed', 109, 'exact', 'fighters'),
        C('almost 180 wounded', 'injured', 180, 'at-most', 'fighters'),
        C('evacuated 42 people', 'displaced', 42, 'exact', 'people', id='ev'),
        C('two of the evacuees had shrapnel wounds', 'injured', 2, 'exact', 'people', sub='ev'),
        C('6,952 civilian deaths', 'killed', 6952, 'exact', 'civilians'),
        C('11,144 civilian injuries', 'injured', 11144, 'exact', 'civilians'),
    ],
    sources=[
        S('the regional governor', 'official', form='role'),
        S('Donetsk Governor Pavlo Kyrylenko', 'official', form='title-name'),
        S('Kyrylenko', 'official', nth=1, form='name'),
        S('the State Emergency Service', 'official'),
        S('Yevgeny Prigozhin', 'military', form='name'),
        S("Ukraine's military", 'military'),
        S('Serhiy Cherevaty', 'military', form='name'),
        S('Kyrylenko', 'official', nth=2, form='name'),
        S('regional police', 'official'),
        S('A police officer', 'anonymous'),
        S('The U.N. human rights monitoring mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('Jan 10', 'date'),
        N('two artillery shells', 'count-objects'),
        N('11 a.m.', 'time'),
        N('about 10 km', 'distance'),
        N('6 miles', 'distance'),
        N('48 hours', 'duration'),
        N('thousands of troops', 'count-people'),
        N('some 200 km', 'distance'),
        N('124 miles', 'distance'),
        N('about 10,000', 'population'),
        N('fewer than 600 civilians', 'count-people'),
        N('15 children', 'count-people'),
        N('87-year-old', 'age'),
        N('February 2022', 'date'),
    ])

# sx02: air strikes on Ed Daein, East Darfur, Sudan (UN OCHA flash update)
A['sx02.txt'] = dict(
    casualty=[
        C('At least 31 civilians were killed', 'killed', 31, 'at-least', 'civilians'),
        C('73 injured', 'injured', 73, 'exact', 'civilians'),
        C('An estimated 4,200 people have fled', 'displaced', 4200, 'approx', 'people'),
        C('31 people were killed', 'killed', 31, 'exact', 'people', id='tot', tags='repeat'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('73 others were injured', 'injured', 73, 'exact', 'people', id='inj', tags='repeat'),
        C('the number of injured at between 90 and 110', 'injured', None, 'range', 'people', low=90, high=110,
          tags='contradicted'),
        C('a toll of 38 dead', 'killed', 38, 'exact', 'people', tags='update'),
        C('seven of the injured had died', 'killed', 7, 'exact', 'people', sub='inj'),
        C('58 of the injured', 'injured', 58, 'exact', 'people', id='hosp', sub='inj'),
        C('19 of them children', 'injured', 19, 'exact', 'children', sub='hosp'),
        C('Two nurses were among those hurt', 'injured', 2, 'exact', 'other', sub='inj'),
        C('up to 12 people are still missing', 'missing', 12, 'at-most', 'people', id='mis'),
        C('three of them children', 'missing', 3, 'exact', 'children', sub='mis'),
        C('an estimated 4,200 people fled', 'displaced', 4200, 'approx', 'people', id='disp', tags='repeat'),
        C('About 2,600 of them', 'displaced', 2600, 'approx', 'people', sub='disp'),
        C('arrested 26 people', 'detained', 26, 'exact', 'people', id='arr'),
        C('several of those arrested are volunteers', 'detained', None, 'vague', 'other', sub='arr'),
    ],
    sources=[
        S('local health authorities', 'official'),
        S('partners', 'ngo', nth=0),
        S('The Rapid Support Forces (RSF)', 'military'),
        S('the East Darfur State Ministry of Health', 'official'),
        S('Humanitarian partners on the ground', 'ngo', form='collective'),
        S('the RSF-run civil administration in Ed Daein', 'official'),
        S('the hospital’s medical director', 'official', form='role'),
        S('Community leaders in Al-Salam', 'other'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('The RSF', 'military'),
        S('Local human rights monitors', 'ngo', form='collective'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 September 2024', 'date'),
        N('15 and 16 September', 'date'),
        N('15 September', 'date'),
        N('09:30', 'time'),
        N('two air strikes', 'count-objects'),
        N('16 September', 'date', nth=1),
        N('November 2023', 'date'),
        N('17 September', 'date', nth=0),
        N('16 September', 'date', nth=2),
        N('fewer than 40 beds', 'count-objects'),
        N('between 15 and 17 September', 'date'),
        N('some 70 km', 'distance'),
        N('April 2023', 'date'),
        N('1,150 households', 'count-people'),
        N('six-member', 'count-people'),
        N('17 September', 'date', nth=2),
        N('200 surgical interventions', 'count-objects'),
        N('about 190 km', 'distance'),
        N('three days', 'duration'),
        N('18 September', 'date', nth=1),
        N('2024', 'year', nth=1),
        N('US$2.7 billion', 'money'),
        N('41 per cent', 'percentage'),
    ])

# sx03: an air strike on a home in Bureij camp, central Gaza Strip (AP style)
A['sx03.txt'] = dict(
    casualty=[
        C('killing 17 people', 'killed', 17, 'exact', 'people', id='tot'),
        C('seven of the dead were children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('four were women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('at least five people were still missing', 'missing', 5, 'at-least', 'people'),
        C('killed roughly 20 militants', 'killed', 20, 'approx', 'fighters'),
        C('killed four more people', 'killed', 4, 'exact', 'people'),
        C('wounded 10 to 15', 'injured', None, 'range', 'people', low=10, high=15),
        C('the death toll from the day’s strikes in the central Gaza Strip to at least 29', 'killed', 29,
          'at-least', 'people', tags='update'),
        C('more than 44,000 Palestinians have been killed', 'killed', 44000, 'at-least', 'people'),
        C('over 104,000 wounded', 'injured', 104000, 'at-least', 'people'),
        C('killed around 17,000 fighters', 'killed', 17000, 'approx', 'fighters'),
        C('tens of thousands of people fled', 'displaced', None, 'vague', 'people'),
        C('detained at least 25 Palestinians', 'detained', 25, 'at-least', 'people', id='det'),
        C('two former prisoners', 'detained', 2, 'exact', 'people', sub='det'),
    ],
    sources=[
        S('hospital officials', 'official'),
        S('Al-Aqsa Martyrs Hospital in nearby Deir al-Balah', 'official'),
        S('hospital records', 'official', form='document'),
        S('Mahmoud Abu Shamala', 'witness', form='name'),
        S('Abu Shamala', 'witness', nth=1, form='name'),
        S('Civil Defense rescuers', 'official', form='collective'),
        S('The Israeli military', 'military', nth=0),
        S('the hospital', 'official'),
        S('Gaza’s Health Ministry', 'official'),
        S('The ministry', 'official'),
        S('The Israeli military', 'military', nth=1),
        S('The U.N. agency for Palestinian refugees, UNRWA', 'ngo'),
        S('The U.N. humanitarian office, OCHA', 'ngo'),
        S('the Palestinian Prisoner’s Society', 'ngo'),
    ],
    numbers=[
        N('three-story', 'other'),
        N('3-month-old', 'age'),
        N('34', 'age'),
        N('11 people sleeping', 'count-people'),
        N('27-year-old', 'age'),
        N('several homes', 'count-objects'),
        N('1949', 'year'),
        N('about 13,000 refugees', 'population'),
        N('several times that number', 'other'),
        N('around 90%', 'percentage'),
        N('2.3 million people', 'population'),
        N('several times', 'other', nth=1),
    ])

# sx04: an army operation and an attack on a base near Balcad, Middle Shabelle, Somalia (state media, SONNA)
A['sx04.txt'] = dict(
    casualty=[
        C('killed over 60 Khawarij militants', 'killed', 60, 'at-least', 'fighters', id='tot'),
        C('four senior commanders', 'killed', 4, 'exact', 'fighters', sub='tot'),
        C('a number of fighters had been captured', 'detained', None, 'vague', 'fighters'),
        C('five soldiers were martyred', 'killed', 5, 'exact', 'soldiers'),
        C('nine others were wounded', 'injured', 9, 'exact', 'soldiers'),
        C('killed 47 soldiers', 'killed', 47, 'exact', 'soldiers', tags='contradicted'),
        C('Two civilians', 'killed', 2, 'exact', 'civilians'),
        C('Four other civilians were injured', 'injured', 4, 'exact', 'civilians'),
        C('arrested 11 suspects', 'detained', 11, 'exact', 'people'),
        C('some 350 families who had fled', 'displaced', 350, 'approx', 'people'),
        C('two of its Ugandan soldiers had been slightly injured', 'injured', 2, 'exact', 'soldiers'),
        C('more than 3,000 Khawarij have been eliminated', 'killed', 3000, 'at-least', 'fighters'),
    ],
    sources=[
        S('the Ministry of Information', 'official'),
        S('Minister of Information Daud Aweis', 'official', form='title-name'),
        S('the minister', 'official', nth=0, form='role'),
        S('Deputy Defence Minister Abdifatah Qasim', 'military', form='title-name'),
        S('The Khawarij', 'military'),
        S('the deputy minister', 'military', form='role'),
        S('District Commissioner Abdullahi Ali Hassan', 'official', form='title-name'),
        S('The commissioner', 'official', form='role'),
        S('The African Union Transition Mission in Somalia (ATMIS)', 'military'),
        S('the Ministry of Defence', 'military'),
    ],
    numbers=[
        N('nine hours', 'duration'),
        N('12 kilometres', 'distance'),
        N('three technical vehicles', 'count-objects'),
        N('14 AK-47 rifles', 'count-objects'),
        N('about 40,000 people', 'population'),
        N('some 30 kilometres', 'distance'),
        N('August 2022', 'date'),
        N('more than 70 towns and villages', 'count-objects'),
        N('US$100,000', 'money'),
    ])

# sx05: a jihadist attack on Bogandé, Gnagna province, Burkina Faso (AFP style, one sentence a paragraph)
A['sx05.txt'] = dict(
    casualty=[
        C('killed at least 40 people', 'killed', 40, 'at-least', 'people', id='tot'),
        C('27 bodies', 'killed', 27, 'exact', 'people', sub='tot'),
        C('between 50 and 60 people had been buried', 'killed', None, 'range', 'people', low=50, high=60,
          tags='contradicted'),
        C('at least nine soldiers', 'killed', 9, 'at-least', 'soldiers', sub='tot'),
        C('six VDP', 'killed', 6, 'exact', 'soldiers', sub='tot'),
        C('neutralised dozens of terrorists', 'killed', None, 'vague', 'fighters'),
        C('17 wounded soldiers and VDP', 'injured', 17, 'exact', 'soldiers'),
        C('several hundred residents had fled', 'displaced', None, 'vague', 'civilians'),
        C('more than 60,000 displaced people', 'displaced', 60000, 'at-least', 'people'),
        C('abducted as many as 15 young men', 'detained', 15, 'at-most', 'men'),
        C('killed 83 soldiers and militiamen', 'killed', 83, 'exact', 'soldiers', tags='contradicted'),
        C('killed more than 26,000 people', 'killed', 26000, 'at-least', 'people'),
        C('More than 2 million people have been forced from their homes', 'displaced', 2000000, 'at-least',
          'people'),
    ],
    sources=[
        S('security and local sources', 'anonymous'),
        S('a security source', 'anonymous'),
        S('a health worker in Bogandé', 'anonymous'),
        S('A resident', 'anonymous'),
        S('the security source', 'anonymous'),
        S('state television RTB', 'media'),
        S('the army', 'military', nth=1),
        S('Another security source', 'anonymous'),
        S('A local official', 'anonymous'),
        S('the official', 'anonymous'),
        S('the latest government figures', 'official', form='document'),
        S('Residents', 'witness'),
        S('The Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)', 'military'),
        S('the conflict monitor ACLED', 'ngo'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('several motorbikes', 'count-objects'),
        N('some 220 kilometres', 'distance'),
        N('nearly two years', 'duration'),
        N('dozens of cattle', 'count-objects'),
        N('2022', 'year'),
        N('several foreign media outlets', 'count-objects'),
        N('2015', 'year'),
    ])

# sx06: a drone strike on the bus station of Debre Markos, Amhara, Ethiopia (a broadcaster's website)
A['sx06.txt'] = dict(
    casualty=[
        C('kills dozens', 'killed', None, 'vague', 'people'),
        C('killed at least 26 people', 'killed', 26, 'at-least', 'people', id='tot'),
        C('19 bodies', 'killed', 19, 'exact', 'people', sub='tot'),
        C('41 wounded people', 'injured', 41, 'exact', 'people', id='inj'),
        C('eight of whom died', 'killed', 8, 'exact', 'people', sub='inj'),
        C('the death toll had risen to 34', 'killed', 34, 'exact', 'people', tags='update'),
        C('killing more than 130 of them', 'killed', 130, 'at-least', 'fighters'),
        C('killed nearly 250 civilians', 'killed', 250, 'at-most', 'civilians'),
        C('hundreds of families had fled', 'displaced', None, 'vague', 'people'),
        C('arrested at least a dozen young men', 'detained', 12, 'at-least', 'men'),
        C('killed hundreds of thousands of people', 'killed', None, 'vague', 'people'),
        C('thousands of people', 'detained', None, 'vague', 'people', nth=1),
        C('displaced more than 140,000 people', 'displaced', 140000, 'at-least', 'people'),
    ],
    sources=[
        S('witnesses', 'witness'),
        S('residents', 'witness'),
        S('hospital staff', 'anonymous'),
        S('Witnesses', 'witness'),
        S('a bus driver', 'anonymous'),
        S('A doctor at Debre Markos Comprehensive Specialized Hospital', 'anonymous'),
        S('the doctor', 'anonymous'),
        S('a local official', 'anonymous'),
        S('the Government Communication Service', 'official'),
        S('A spokesman for the Amhara Fano National Force, Asres Mare', 'military', form='title-name'),
        S('The Ethiopian Human Rights Commission (EHRC)', 'official'),
        S('the commission', 'official'),
        S('Residents', 'witness'),
        S('Rights groups', 'ngo', form='collective'),
        S('The UN’s humanitarian office', 'ngo'),
    ],
    numbers=[
        N('10:00', 'time'),
        N('07:00 GMT', 'time'),
        N('about 265km', 'distance'),
        N('165 miles', 'distance'),
        N('2023', 'year', nth=0),
        N('two-year', 'duration'),
        N('August 2023', 'date'),
        N('1.1 million', 'count-people'),
    ])

# sx07: junta air strikes on Kawlin, Sagaing Region, Myanmar (a newspaper's own correspondent)
A['sx07.txt'] = dict(
    casualty=[
        C('kill at least 22', 'killed', 22, 'at-least', 'civilians'),
        C('killing at least 22 civilians', 'killed', 22, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('wounding more than 40', 'injured', 40, 'at-least', 'civilians', id='inj'),
        C('14 bodies', 'killed', 14, 'exact', 'people', id='mkt', sub='tot'),
        C('three of them were children', 'killed', 3, 'exact', 'children', sub='mkt'),
        C('the toll had climbed to 25', 'killed', 25, 'exact', 'civilians', tags='update'),
        C('three of the wounded died', 'killed', 3, 'exact', 'civilians', sub='inj'),
        C('killed “over 30” of them', 'killed', 30, 'at-least', 'fighters', tags='contradicted'),
        C('fewer than 10 civilians had been hurt', 'injured', 10, 'at-most', 'civilians', tags='contradicted'),
        C('Thousands of residents fled', 'displaced', None, 'vague', 'civilians'),
        C('detained 13 men', 'detained', 13, 'exact', 'men'),
        C('killing 96 civilians', 'killed', 96, 'exact', 'civilians', id='nug'),
        C('21 of them children', 'killed', 21, 'exact', 'children', sub='nug'),
        C('more than 6,000 people have been killed', 'killed', 6000, 'at-least', 'people'),
        C('over 27,000 are in detention', 'detained', 27000, 'at-least', 'people'),
        C('more than 3 million people have been displaced', 'displaced', 3000000, 'at-least', 'people'),
    ],
    sources=[
        S('local administration', 'official'),
        S('the township’s People’s Administration Team', 'official'),
        S('Ko Thura Aung', 'witness', form='name'),
        S('the administration team', 'official', nth=0),
        S('The junta’s information team', 'military'),
        S('the state-run Global New Light of Myanmar', 'media'),
        S('Bo Htet', 'military', form='name'),
        S('the administration team', 'official', nth=1),
        S('Residents of Kawlin', 'witness'),
        S('Their families', 'witness'),
        S('The National Unity Government’s human rights ministry', 'official'),
        S('the Assistance Association for Political Prisoners (AAPP)', 'ngo'),
        S('The United Nations', 'ngo'),
    ],
    numbers=[
        N('2023', 'year'),
        N('about 2pm', 'time'),
        N('Ward 4', 'other'),
        N('about 40km', 'distance'),
        N('roughly 25,000 people', 'population'),
        N('some 230km', 'distance'),
        N('one of the first district-level towns', 'other'),
        N('at least 58 air strikes', 'count-objects'),
        N('February 2021', 'date'),
    ])

# sx08: reprisal killings near Kampti, Poni province, Burkina Faso (a rights group's statement)
A['sx08.txt'] = dict(
    casualty=[
        C('executed dozens of villagers', 'killed', None, 'vague', 'civilians'),
        C('executed at least 34 civilians', 'killed', 34, 'at-least', 'civilians', id='tot'),
        C('killing at least 17 soldiers', 'killed', 17, 'at-least', 'soldiers'),
        C('19 bodies', 'killed', 19, 'exact', 'people', sub='tot'),
        C('The remaining 15 were killed', 'killed', 15, 'exact', 'civilians', sub='tot'),
        C('at least 11 children', 'killed', 11, 'at-least', 'children', sub='tot'),
        C('seven or eight men', 'missing', None, 'range', 'men', low=7, high=8),
        C('more than 2,000 residents', 'displaced', 2000, 'at-least', 'civilians'),
        C('640 new arrivals', 'displaced', 640, 'exact', 'people'),
        C('dozens of terrorists” were killed', 'killed', None, 'vague', 'fighters', tags='contradicted'),
        C('at least 1,100 killings of civilians', 'killed', 1100, 'at-least', 'civilians'),
    ],
    sources=[
        S('the Sahel Civilian Protection Monitor (SCPM)', 'ngo'),
        S('security sources', 'anonymous'),
        S('Witnesses', 'witness'),
        S('a 41-year-old woman from Yanpéré', 'witness', form='role'),
        S('witnesses', 'witness', nth=1),
        S('Relatives', 'witness'),
        S('local authorities', 'official'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('government spokesperson Jean-Emmanuel Ouédraogo', 'official', form='title-name'),
        S('Aminata Diallo', 'ngo', form='name'),
        S('SCPM', 'ngo', nth=4),
    ],
    numbers=[
        N('two villages', 'count-objects', nth=0),
        N('3 March 2025', 'date'),
        N('two villages', 'count-objects', nth=1),
        N('two days', 'duration', nth=0),
        N('14 February 2025', 'date'),
        N('16 February', 'date'),
        N('about 15 kilometres', 'distance'),
        N('23 people', 'count-people'),
        N('between 20 and 27 February', 'date'),
        N('15 witnesses', 'count-people'),
        N('four relatives', 'count-people'),
        N('two local officials', 'count-people'),
        N('41-year-old', 'age'),
        N('two days', 'duration', nth=1),
        N('70-year-old', 'age'),
        N('aged 12', 'age'),
        N('the two villages', 'count-objects'),
        N('24 February', 'date'),
        N('2022', 'year'),
        N('nine of the country’s 13 regions', 'count-objects'),
        N('January 2020', 'date'),
        N('tens of thousands of civilians', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
