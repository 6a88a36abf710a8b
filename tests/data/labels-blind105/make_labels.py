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

# ---------------------------------------------------------------- labels (blind set 105: kr01-kr08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('buried / corpses / homicides / shot dead / martyred / succumbed / claimed … lives / losing',
     r'\bburied\b|\bcorpses\b|\bhomicides\b|\bshot dead\b|\bmartyred\b|\bsuccumbed\b|\bclaimed\b.*\blives\b|\blosing\b'),
    ('captured / abducting / took … into custody / in detention / taken',
     r'\bcaptur|\babduct|\bcustody\b|\bdetention\b|\btook\b'),
    ('uprooted / flee / crossed', r'\buprooted\b|\bflee\b|\bcrossed\b'),
    ('treated for gunshot wounds / light injuries', r'\bwounds\b|\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('members / militants / bandits / paramilitaries / mercenaries / commanders',
     r'\b(?:members|militants|bandits|paramilitaries|mercenaries|commanders)\b'),
    ('policemen / officer / police personnel', r'\b(?:policemen|officer|police personnel)\b'),
    ('passengers / families / suspects / informants / chiefs / patients / persons',
     r'\b(?:passengers|families|suspects|informants|chiefs|patients|persons)\b'),
    ('brothers / sons / nephews', r'\b(?:brothers|sons|nephews)\b'),
    ('health professionals / vaccination team', r'\bhealth professionals\b|\bvaccination team\b'),
]

# kr01: missile and drone strike on Kamianske, Dnipropetrovsk oblast, Ukraine (Reuters style)
A['kr01.txt'] = dict(
    casualty=[
        C('killed at least 11 people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('wounded 47', 'injured', 47, 'exact', 'people', id='inj'),
        C('Among the dead were two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Fourteen of the wounded', 'injured', 14, 'exact', 'people', sub='inj', id='hosp'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='hosp'),
        C('up to six people', 'missing', 6, 'at-most', 'people'),
        C('maybe 20 or 30 people', 'injured', None, 'range', 'people', low=20, high=30),
        C('the bodies of three more people', 'killed', 3, 'exact', 'people'),
        C('the death toll to 14', 'killed', 14, 'exact', 'people', tags='update'),
        C('the number of injured at 52', 'injured', 52, 'exact', 'people', id='inj2', tags='update'),
        C('nine children', 'injured', 9, 'exact', 'children', sub='inj2', id='kids'),
        C('one of the children', 'killed', 1, 'exact', 'children', sub='kids'),
        C('more than 13,000 civilians have been killed', 'killed', 13000, 'at-least', 'civilians'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('regional Governor Oleksandr Hrytsai', 'official', form='title-name'),
        S("Ukraine's State Emergency Service", 'official'),
        S('the service', 'official'),
        S('Tetiana Moroz', 'witness', form='name'),
        S("Ukraine's air force", 'military'),
        S("Russia's Defense Ministry", 'military'),
        S('The SBU security service', 'official'),
        S('Hrytsai', 'official', nth=1, form='name'),
        S('Mayor Andriy Bilous', 'official', form='title-name'),
        S('Public broadcaster Suspilne', 'media'),
        S('hospital staff', 'anonymous'),
        S('The U.N. human rights monitoring mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('June 12', 'date'),
        N('five-story', 'other'),
        N('aged 4 and 9', 'age'),
        N('71-year-old', 'age'),
        N('19 residents', 'count-people'),
        N('58', 'age'),
        N('four ballistic missiles', 'count-objects'),
        N('38 Shahed-type drones', 'count-objects'),
        N('31 of the drones', 'count-objects'),
        N('34-year-old', 'age'),
        N('two days', 'duration'),
        N('about 220,000 people', 'population'),
        N('some 35 km', 'distance'),
        N('22 miles', 'distance'),
        N('February 2022', 'date'),
    ])

# kr02: RSF assault on Abu Zabad, West Kordofan, Sudan (AFP style)
A['kr02.txt'] = dict(
    casualty=[
        C('killed more than 60 civilians', 'killed', 60, 'at-least', 'civilians', id='tot', tags='contradicted'),
        C('The dead included 17 women', 'killed', 17, 'exact', 'women', sub='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('around 90 people had been wounded', 'injured', 90, 'approx', 'people'),
        C('buried 23 people', 'killed', 23, 'exact', 'people'),
        C('killed “hundreds of mercenaries”', 'killed', None, 'vague', 'fighters'),
        C('killing 140 of the paramilitaries', 'killed', 140, 'exact', 'fighters'),
        C('capturing 35', 'detained', 35, 'exact', 'fighters'),
        C('losing seven soldiers', 'killed', 7, 'exact', 'soldiers'),
        C('the civilian death toll at 48', 'killed', 48, 'exact', 'civilians', tags='contradicted'),
        C('about 14,500 people had fled', 'displaced', 14500, 'approx', 'people'),
        C('two of my brothers', 'detained', 2, 'exact', 'men'),
        C('37 wounded people', 'injured', 37, 'exact', 'people', id='enh'),
        C('four of them had since died', 'killed', 4, 'exact', 'people', sub='enh'),
        C('killed tens of thousands of people', 'killed', None, 'vague', 'people'),
        C('uprooted more than 12 million', 'displaced', 12000000, 'at-least', 'people'),
    ],
    sources=[
        S('a doctors’ group', 'ngo'),
        S('the army', 'military'),
        S('the Kordofan Doctors Network', 'ngo'),
        S('a volunteer at the town’s last functioning clinic', 'anonymous'),
        S('The RSF', 'military'),
        S('Army spokesman Brigadier General Nabil Abdallah', 'military', form='title-name'),
        S('Local authorities loyal to the army', 'official'),
        S('The International Organization for Migration', 'ngo'),
        S('Hawa Ibrahim', 'witness', form='name'),
        S('director Dr Salah Eldin Musa', 'official', form='title-name'),
        S('Musa', 'official', nth=1, form='name'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('two-day', 'duration'),
        N('April 2023', 'date'),
        N('some 200 homes', 'count-objects'),
        N('some 120 kilometres', 'distance'),
        N('39', 'age'),
        N('three days', 'duration'),
        N('five children', 'count-people'),
    ])

# kr03: bandit raid on villages in Faskari, Katsina state, Nigeria (AP style)
A['kr03.txt'] = dict(
    casualty=[
        C('killing at least 23 people', 'killed', 23, 'at-least', 'people', id='tot', tags='contradicted'),
        C('abducting dozens of others', 'detained', None, 'vague', 'people', id='abd'),
        C('23 bodies had been recovered', 'killed', 23, 'exact', 'people', tags='repeat contradicted'),
        C('nine people were being treated for gunshot wounds', 'injured', 9, 'exact', 'people', id='inj'),
        C('two young sons', 'killed', 2, 'exact', 'children'),
        C('31 corpses', 'killed', 31, 'exact', 'people', tags='contradicted'),
        C('at least 40 people', 'detained', 40, 'at-least', 'people', sub='abd'),
        C('killed eight of the bandits', 'killed', 8, 'exact', 'fighters'),
        C('arrested three suspected informants', 'detained', 3, 'exact', 'people'),
        C('the death toll had risen to 27', 'killed', 27, 'exact', 'people', tags='update'),
        C('four of the injured died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('more than 200 people had been killed', 'killed', 200, 'at-least', 'people'),
        C('Thousands of residents have fled', 'displaced', None, 'vague', 'civilians'),
    ],
    sources=[
        S('police', 'official'),
        S('residents', 'witness'),
        S('residents', 'witness', nth=1),
        S('Police spokesman Ahmed Usman Dutsinma', 'official', form='title-name'),
        S('Dutsinma', 'official', nth=1, form='name'),
        S('Lawal Sani', 'witness', form='name'),
        S('Sani', 'witness', nth=1, form='name'),
        S("The state's commissioner for internal security, Ibrahim Musa Dandume", 'official', form='title-name'),
        S('Relatives', 'witness'),
        S('a community leader in Maigora, Alhaji Sule Bakori', 'other', form='title-name'),
        S('Amnesty International', 'ngo'),
        S('local officials', 'official'),
    ],
    numbers=[
        N('three villages', 'count-objects'),
        N('numbering more than 100', 'count-people'),
        N('about 11 p.m.', 'time'),
        N('300 more police officers and vigilantes', 'count-people'),
        N('50 million naira', 'money'),
        N('about $32,000', 'money'),
        N('three months', 'duration'),
        N('about 90 miles', 'distance'),
        N('145 kilometers', 'distance'),
        N('2021', 'year'),
    ])

# kr04: security operations after a bus attack near Dembi Dolo, Kellem Wollega, Ethiopia (state media, ENA style)
A['kr04.txt'] = dict(
    casualty=[
        C('killed 58 members', 'killed', 58, 'exact', 'fighters'),
        C('captured 19 others', 'detained', 19, 'exact', 'fighters'),
        C('killing nine passengers', 'killed', 9, 'exact', 'civilians'),
        C('abducting 14 others', 'detained', 14, 'exact', 'civilians', id='abd'),
        C('three health professionals', 'detained', 3, 'exact', 'other', sub='abd'),
        C('The three health professionals', 'detained', 3, 'exact', 'other', sub='abd', tags='repeat'),
        C('the remaining 11', 'detained', 11, 'exact', 'civilians', sub='abd'),
        C('the 58 militants killed', 'killed', 58, 'exact', 'fighters', id='r58', tags='repeat'),
        C('two of the group’s local commanders', 'killed', 2, 'exact', 'fighters', sub='r58'),
        C('Two members of the security forces lost their lives', 'killed', 2, 'exact', 'soldiers'),
        C('five others sustained light injuries', 'injured', 5, 'exact', 'soldiers'),
        C('some 3,200 residents who had fled', 'displaced', 3200, 'approx', 'civilians'),
        C('31 civilians wounded', 'injured', 31, 'exact', 'civilians', id='h31'),
        C('6 of them', 'injured', 6, 'exact', 'civilians', sub='h31'),
        C('at least 210 civilians had been killed', 'killed', 210, 'at-least', 'civilians'),
        C('more than 70 abducted', 'detained', 70, 'at-least', 'civilians'),
    ],
    sources=[
        S('the zone’s Peace and Security Office', 'official'),
        S('Head of the office, Commander Gemechu Dabala', 'official', form='title-name'),
        S('Commander Gemechu', 'official', nth=1, form='title-name'),
        S('the office', 'official', nth=1),
        S('Dembi Dolo town Mayor Tolera Fikadu', 'official', form='title-name'),
        S('The mayor', 'official'),
        S('the mayor', 'official'),
        S('The Ethiopian Human Rights Commission (EHRC)', 'ngo'),
        S('The zone administration', 'official'),
    ],
    numbers=[
        N('March 3/2025', 'date'),
        N('23 Kalashnikov rifles', 'count-objects'),
        N('two PKM machine guns', 'count-objects'),
        N('more than 1,400 rounds of ammunition', 'count-objects'),
        N('12 vehicles', 'count-objects'),
        N('two weeks', 'duration'),
        N('December 2024', 'date'),
        N('640 members of the local militia', 'count-people'),
        N('about 60,000 households', 'population'),
    ])

# kr05: intercommunal violence in Libenge territory, Sud-Ubangi, DR Congo (UN OCHA flash update)
A['kr05.txt'] = dict(
    casualty=[
        C('At least 34 people killed', 'killed', 34, 'at-least', 'people', tags='contradicted'),
        C('61 injured', 'injured', 61, 'exact', 'people'),
        C('An estimated 27,000 people displaced', 'displaced', 27000, 'approx', 'people', id='disp'),
        C('8,400 who crossed', 'displaced', 8400, 'exact', 'people', sub='disp'),
        C('at least 34 people have been killed', 'killed', 34, 'at-least', 'people', id='o34',
          tags='repeat contradicted'),
        C('9 women', 'killed', 9, 'exact', 'women', sub='o34'),
        C('6 children', 'killed', 6, 'exact', 'children', sub='o34'),
        C('61 injured', 'injured', 61, 'exact', 'people', nth=1, id='o61', tags='repeat'),
        C('a higher toll of 52 dead', 'killed', 52, 'exact', 'people', tags='contradicted'),
        C('17 people have been arrested', 'detained', 17, 'exact', 'people', id='arr'),
        C('2 customary chiefs', 'detained', 2, 'exact', 'people', sub='arr'),
        C('8,400 people', 'displaced', 8400, 'exact', 'people', sub='disp', tags='repeat'),
        C('140 unaccompanied or separated children', 'displaced', 140, 'exact', 'children', sub='disp'),
        C('48 of the injured', 'injured', 48, 'exact', 'people', sub='o61', id='h48'),
        C('11 of them with gunshot wounds', 'injured', 11, 'exact', 'people', sub='h48'),
        C('Four patients have died', 'killed', 4, 'exact', 'people', sub='h48'),
        C('the toll to 38', 'killed', 38, 'exact', 'people', tags='update'),
        C('At least 22 people', 'missing', 22, 'at-least', 'people'),
    ],
    sources=[
        S('the territorial administrator of Libenge', 'official'),
        S('Local civil society organisations', 'other'),
        S('The Armed Forces of the DRC (FARDC)', 'military'),
        S('UNHCR', 'ngo'),
        S('Protection partners', 'ngo'),
        S('The Libenge General Referral Hospital', 'official'),
        S('the territorial administration', 'official'),
        S('The hospital', 'official'),
        S('WFP', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 September 2025', 'date'),
        N('two communities', 'count-people'),
        N('9 September', 'date'),
        N('US$2.1 million', 'money'),
        N('three months', 'duration'),
        N('12 per cent', 'percentage'),
        N('9 September', 'date', nth=1),
        N('two communities', 'count-people', nth=1),
        N('at least 14 villages', 'count-objects'),
        N('Some 230 houses', 'count-objects'),
        N('3 schools', 'count-objects'),
        N('about 120 soldiers', 'count-people'),
        N('12 September', 'date'),
        N('6 public buildings', 'count-objects'),
        N('an estimated population of 45,000', 'population'),
        N('10 and 11 September', 'date'),
        N('15,000 people', 'count-people'),
        N('3 months', 'duration'),
        N('5 UN agencies', 'count-objects'),
        N('3 NGOs', 'count-objects'),
        N('15 September', 'date'),
        N('2 tonnes', 'quantity'),
        N('1,900 families', 'count-people'),
        N('US$2.1 million', 'money', nth=1),
        N('12 per cent', 'percentage', nth=1),
        N('about 210 km', 'distance'),
    ])

# kr06: shooting at a pool hall in Choloma, Cortés, Honduras (dpa style, one sentence a paragraph)
A['kr06.txt'] = dict(
    casualty=[
        C('killed 11 people', 'killed', 11, 'exact', 'people', id='tot'),
        C('Four more people were wounded', 'injured', 4, 'exact', 'people', id='inj'),
        C('One of them', 'killed', 1, 'exact', 'children', sub='inj'),
        C('the toll to 12', 'killed', 12, 'exact', 'people', id='upd', tags='update'),
        C('Among the dead were three brothers', 'killed', 3, 'exact', 'men', sub='upd'),
        C('seven suspects had been arrested', 'detained', 7, 'exact', 'people'),
        C('three other suspects were killed', 'killed', 3, 'exact', 'people'),
        C('One officer was slightly injured', 'injured', 1, 'exact', 'soldiers'),
        C('at least 2,300 people arrested', 'detained', 2300, 'at-least', 'people'),
        C('the total number of arrests under the emergency at 9,870', 'detained', 9870, 'exact', 'people'),
        C('87 homicides', 'killed', 87, 'exact', 'people'),
        C('six people were shot dead', 'killed', 6, 'exact', 'people'),
    ],
    sources=[
        S('police', 'official'),
        S('a police spokesman, Edgardo Barahona', 'official', form='title-name'),
        S('Barahona', 'official', nth=1, form='name'),
        S('the hospital', 'official'),
        S('the Public Ministry', 'official'),
        S('the newspaper La Prensa', 'media'),
        S('Police', 'official'),
        S('Security Minister Rolando Euceda', 'official', form='title-name'),
        S('The Honduran Human Rights Observatory (OHDH)', 'ngo'),
        S('The Security Ministry', 'official'),
        S('the Violence Observatory of the National Autonomous University of Honduras', 'ngo'),
        S('The observatory', 'ngo'),
        S('a mother', 'witness'),
    ],
    numbers=[
        N('two pickup trucks', 'count-objects'),
        N('about 20 kilometres', 'distance'),
        N('16-year-old', 'age'),
        N('aged between 19 and 24', 'age'),
        N('Barrio 18', 'other'),
        N('MS-13', 'other'),
        N('December 2022', 'date'),
        N('19 times', 'other'),
        N('more than 30 days', 'duration'),
        N('around 250,000 people', 'population'),
        N('dozens of textile factories', 'count-objects'),
        N('26 per 100,000 inhabitants', 'other'),
    ])

# kr07: airstrike on a livestock market in Al-Mahwit governorate, Yemen (NGO statement)
A['kr07.txt'] = dict(
    casualty=[
        C('killed at least 19 civilians', 'killed', 19, 'at-least', 'civilians', id='tot', tags='contradicted'),
        C('four children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('injured 32 others', 'injured', 32, 'exact', 'civilians', tags='contradicted'),
        C('two of his nephews', 'killed', 2, 'exact', 'people'),
        C('11 bodies', 'killed', 11, 'exact', 'people'),
        C('27 wounded people', 'injured', 27, 'exact', 'people', id='w27'),
        C('several of whom', 'injured', None, 'vague', 'people', sub='w27'),
        C('the toll at 23 dead', 'killed', 23, 'exact', 'people', tags='contradicted'),
        C('40 wounded', 'injured', 40, 'exact', 'people', tags='contradicted'),
        C('26 deaths', 'killed', 26, 'exact', 'people', tags='contradicted'),
        C('all 19 civilians', 'killed', 19, 'exact', 'civilians', tags='repeat'),
        C('detained at least seven people', 'detained', 7, 'at-least', 'people', id='det'),
        C('Three of them remain in detention', 'detained', 3, 'exact', 'people', sub='det'),
        C('an estimated 600 families to flee', 'displaced', 600, 'approx', 'people'),
        C('at least 62 civilian deaths', 'killed', 62, 'at-least', 'civilians'),
    ],
    sources=[
        S('Haqq Yemen Observatory', 'ngo'),
        S('a 45-year-old trader', 'witness', form='role'),
        S('A nurse at the hospital', 'anonymous'),
        S('The Houthi-run health office in Al-Mahwit', 'official'),
        S('the Houthi-controlled Al-Masirah TV', 'media'),
        S('The Observatory', 'ngo'),
        S('The US military', 'military'),
        S('the group', 'ngo'),
        S('their families', 'witness'),
        S('local authorities', 'official'),
        S('The Yemen Civilian Harm Tracker', 'ngo'),
        S('the Observatory’s director, Dr Arwa al-Sharabi', 'ngo', form='title-name'),
    ],
    numbers=[
        N('14 May 2025', 'date'),
        N('28 April', 'date'),
        N('17 people', 'count-people'),
        N('nine survivors', 'count-people'),
        N('four relatives of victims', 'count-people'),
        N('two medical workers', 'count-people'),
        N('45-year-old', 'age'),
        N('two hours', 'duration'),
        N('one operating theatre', 'count-objects'),
        N('29 April', 'date'),
        N('some 700,000 people', 'population'),
        N('about 110 kilometres', 'distance'),
        N('2015', 'year'),
        N('four months', 'duration'),
        N('2025', 'year', nth=1),
    ])

# kr08: suicide bombing of a polio team's police escort in Charsadda, Khyber Pakhtunkhwa (newspaper's own correspondent)
A['kr08.txt'] = dict(
    casualty=[
        C('At least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('two policemen', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('16 others injured', 'injured', 16, 'exact', 'people', id='inj'),
        C('the dead included three members of the vaccination team', 'killed', 3, 'exact', 'other', sub='tot'),
        C('four of the injured were police personnel', 'injured', 4, 'exact', 'soldiers', sub='inj'),
        C('seven critically injured persons', 'injured', 7, 'exact', 'people', sub='inj', id='c7'),
        C('two of them succumbed', 'killed', 2, 'exact', 'people', sub='c7'),
        C('the death toll to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('The remaining five', 'injured', 5, 'exact', 'people', sub='c7'),
        C('killed "more than 20 policemen"', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('took 14 suspects into custody', 'detained', 14, 'exact', 'people'),
        C('the two martyred policemen', 'killed', 2, 'exact', 'soldiers', tags='repeat'),
        C('two policemen', 'killed', 2, 'exact', 'soldiers', nth=1),
        C('claimed 1,612 lives', 'killed', 1612, 'exact', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('District Police Officer Muhammad Wajid Khan', 'official', form='title-name'),
        S('Rescue 1122', 'official'),
        S('An LRH spokesman, Muhammad Asim', 'official', form='title-name'),
        S('Asim', 'official', nth=1, form='name'),
        S('DPO Khan', 'official', form='title-name'),
        S('The banned Tehreek-i-Taliban Pakistan (TTP)', 'military'),
        S('Jamaatul Ahrar', 'military'),
        S('a CTD official', 'anonymous'),
        S('Tangi Traders Association president Haji Ghulam Sarwar', 'other', form='title-name'),
        S('the Islamabad-based Pakistan Conflict Monitor', 'ngo'),
    ],
    numbers=[
        N('aged between 18 and 20', 'age'),
        N('around 10:40am', 'time'),
        N('an estimated 6 to 8 kilograms', 'quantity'),
        N('Rescue 1122', 'other'),
        N('five ambulances', 'count-objects'),
        N('Rs1 million', 'money'),
        N('Rs500,000', 'money'),
        N('five-day', 'duration'),
        N('over 410,000 children', 'count-people'),
        N('the age of five', 'age'),
        N('around 30 shops', 'count-objects'),
        N('2024', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
