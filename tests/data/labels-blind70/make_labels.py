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

# ---------------------------------------------------------------- labels (seventieth blind set: dw01-dw08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / eliminated / fell with arms in hand / killings',
     r'\bneutrali[sz](?:ed|ing)\b|\beliminated\b|\bfell with arms\b|\bkillings\b'),
    ('evacuated / taken away / captured / made homeless / moved / forced out / admitted / treated / struck',
     r'\bevacuated\b|\btaken away\b|\bcaptured\b|\bhomeless\b|\bmoved\b|\bforced out\b|\badmitted\b|'
     r'\btreated\b|\bstruck\b|\bheld\b'),
    ('shot / fleeing / flee', r'\bshot\b|\bflee\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/auxiliaries/VDP/militiamen/assailants',
     r'\b(?:servicemen|auxiliaries|VDP|militiamen|assailants)\b'),
    ('Palestinians/Israelis/families/suspects/students/refugees/drivers',
     r'\b(?:Palestinians|Israelis|families|suspects|students|refugees|drivers)\b'),
]

# dw01: a glide-bomb and drone strike on Konotop, Sumy region, Ukraine (Reuters style)
A['dw01.txt'] = dict(
    casualty=[
        C('killing at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('injuring 27', 'injured', 27, 'exact', 'people', id='inj'),
        C('four children', 'injured', 4, 'exact', 'children', sub='inj'),
        C('Three of the dead were bus drivers', 'killed', 3, 'exact', 'other', sub='tot'),
        C('two or three residents were still unaccounted for', 'missing', None, 'range', 'civilians', low=2, high=3),
        C('the number of injured at 31', 'injured', 31, 'exact', 'people', id='inj31', tags='update'),
        C('killing up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('the death toll had risen to 12', 'killed', 12, 'exact', 'people', tags='update'),
        C('the bodies of three more people', 'killed', 3, 'exact', 'people'),
        C('A dozen of the injured', 'injured', 12, 'exact', 'people', sub='inj31'),
        C('at least 14,000 civilians had been killed', 'killed', 14000, 'at-least', 'civilians'),
        C('more than 150,000 people have been evacuated', 'displaced', 150000, 'at-least', 'people'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Sumy regional governor Mykola Dovhan', 'official', form='title-name'),
        S("Ukraine's State Emergency Service", 'official'),
        S("Russia's Defence Ministry", 'military'),
        S("Ukraine's General Staff", 'military'),
        S('Konotop Mayor Viktor Hlushko', 'official', form='title-name'),
        S('Valentyna', 'witness', form='name'),
        S("Ukraine's air force", 'military'),
        S('Dovhan', 'official', nth=1, form='name'),
        S('The United Nations human rights monitoring mission in Ukraine', 'ngo'),
        S('regional authorities', 'official'),
    ],
    numbers=[
        N('Nov 18', 'date'),
        N('two guided aerial bombs', 'count-objects'),
        N('five-storey', 'other'),
        N('7 a.m.', 'time'),
        N('11 people', 'count-people'),
        N('14 hours', 'duration'),
        N('67', 'age'),
        N('86 drones', 'count-objects'),
        N('three missiles', 'count-objects'),
        N('71 of the drones', 'count-objects'),
        N('16-year-old', 'age'),
        N('about 80 km', 'distance'),
        N('50 miles', 'distance'),
        N('around 80,000 people', 'population'),
        N('February 2022', 'date'),
    ])

# dw02: an army raid on Sebastia, occupied West Bank (AP style)
A['dw02.txt'] = dict(
    casualty=[
        C('killing two Palestinians', 'killed', 2, 'exact', 'people', id='tot'),
        C('wounding at least 15', 'injured', 15, 'at-least', 'people', id='inj'),
        C('one of the wounded', 'injured', 1, 'exact', 'people', sub='inj'),
        C('treated 23 people', 'injured', 23, 'exact', 'people', id='prcs'),
        C('five of them for live-fire wounds', 'injured', 5, 'exact', 'people', sub='prcs'),
        C('One paramedic was struck', 'injured', 1, 'exact', 'other'),
        C('scores of others suffered from tear gas inhalation', 'injured', None, 'vague', 'people'),
        C('"eliminated" two armed militants', 'killed', 2, 'exact', 'fighters', tags='repeat'),
        C('arrested 11 wanted suspects', 'detained', 11, 'exact', 'people'),
        C('Between 30 and 40 families had been forced out of their homes', 'displaced', None, 'range', 'people',
          low=30, high=40),
        C('the 11 detained', 'detained', 11, 'exact', 'people', id='det', tags='repeat'),
        C('three university students', 'detained', 3, 'exact', 'people', sub='det'),
        C('the number of West Bank arrests this month at around 480', 'detained', 480, 'approx', 'people'),
        C('more than 1,000 Palestinians have been killed', 'killed', 1000, 'at-least', 'people'),
        C('at least 60 Israelis', 'killed', 60, 'at-least', 'people'),
    ],
    sources=[
        S('the Palestinian Health Ministry', 'official'),
        S('The ministry', 'official'),
        S('Medics at Rafidia Hospital in Nablus', 'anonymous'),
        S('The Palestinian Red Crescent', 'ngo'),
        S('The Israeli military', 'military'),
        S('the military', 'military'),
        S('Sebastia council head Nael Shaar', 'official', form='title-name'),
        S('Shaar', 'official', nth=1, form='name'),
        S('Samira Othman', 'witness', form='name'),
        S("The Palestinian Prisoners' Society", 'ngo'),
        S('The Health Ministry', 'official'),
        S('Israeli authorities', 'official'),
    ],
    numbers=[
        N('19-year-old', 'age'),
        N('44-year-old', 'age'),
        N('father of three', 'count-people'),
        N('17-year-old', 'age'),
        N('at least six homes', 'count-objects'),
        N('61', 'age'),
        N('about 3,000 Palestinians', 'population'),
        N('32 million shekels', 'money'),
        N('about $8.7 million', 'money'),
        N('15-year-old', 'age'),
        N('October 2023', 'date'),
    ])

# dw03: a UN OCHA flash update on attacks on villages in Faradje territory, Haut-Uele, DR Congo
A['dw03.txt'] = dict(
    casualty=[
        C('At least 38 civilians killed', 'killed', 38, 'at-least', 'civilians'),
        C('An estimated 21,500 people displaced', 'displaced', 21500, 'approx', 'people'),
        C('at least 38 civilians were killed', 'killed', 38, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('11 women', 'killed', 11, 'exact', 'women', sub='tot'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('46 others injured', 'injured', 46, 'exact', 'civilians', id='inj'),
        C('a higher toll of 52 dead', 'killed', 52, 'exact', 'people', tags='contradicted'),
        C('a number of people are still missing', 'missing', None, 'vague', 'people'),
        C('Ten people', 'detained', 10, 'exact', 'people', id='abd'),
        C('four health workers', 'detained', 4, 'exact', 'other', sub='abd'),
        C('killed seven assailants', 'killed', 7, 'exact', 'fighters'),
        C('Two soldiers were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('an estimated 21,500 people have fled', 'displaced', 21500, 'approx', 'people', id='idp', tags='repeat'),
        C('roughly 2,000 people who fled', 'displaced', 2000, 'approx', 'people', sub='idp'),
        C('as many as 13,000 of the newly displaced', 'displaced', 13000, 'at-most', 'people', sub='idp'),
        C('31,000 South Sudanese refugees', 'displaced', 31000, 'exact', 'people'),
        C('29 of the injured', 'injured', 29, 'exact', 'civilians', id='h29', sub='inj'),
        C('seven of whom', 'injured', 7, 'exact', 'civilians', sub='h29'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Civil society sources in Faradje', 'anonymous'),
        S('Survivors', 'witness'),
        S('The Armed Forces of the DRC (FARDC)', 'military'),
        S('the FARDC', 'military'),
        S('the provincial Commission for Population Movements (CMP)', 'official'),
        S('UNHCR', 'ngo'),
        S('Partners', 'ngo', nth=1),
        S('Partners', 'ngo', nth=2),
        S('Partners', 'ngo', nth=3),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('22 September 2025', 'date'),
        N('four villages', 'count-objects'),
        N('between 14 and 19 September', 'date'),
        N('RN26', 'other'),
        N('US$3.2 million', 'money'),
        N('Between 14 and 19 September', 'date'),
        N('some 25 to 40 km', 'distance'),
        N('groups of 20 to 30 men', 'count-people'),
        N('Some 120 houses', 'count-objects'),
        N('20 September', 'date'),
        N('about 60,000', 'population'),
        N('9 schools', 'count-objects'),
        N('two churches', 'count-objects'),
        N('45 beds', 'count-objects'),
        N('two emergency kits', 'count-objects'),
        N('21 September', 'date'),
        N('1,500 household kits', 'count-objects'),
        N('at least 4,000 more households', 'count-people'),
        N('340 unaccompanied and separated children', 'count-people'),
        N('US$3.2 million', 'money', nth=1),
        N('30 days', 'duration'),
        N('2025', 'year', nth=1),
        N('19 per cent', 'percentage'),
    ])

# dw04: a jihadist assault on an army base in Tougan, Boucle du Mouhoun, Burkina Faso (AFP style,
# one sentence a paragraph)
A['dw04.txt'] = dict(
    casualty=[
        C('killed dozens of soldiers and civilian auxiliaries', 'killed', None, 'vague', 'soldiers'),
        C('at least 27 dead', 'killed', 27, 'at-least', 'people', id='sec'),
        C('19 soldiers', 'killed', 19, 'exact', 'soldiers', sub='sec'),
        C('eight VDP', 'killed', 8, 'exact', 'soldiers', sub='sec'),
        C('15 to 20 others were wounded', 'injured', None, 'range', 'people', low=15, high=20),
        C('several soldiers were missing', 'missing', None, 'vague', 'soldiers'),
        C('more than 40 dead', 'killed', 40, 'at-least', 'people', tags='contradicted'),
        C('killed 63 soldiers and militiamen', 'killed', 63, 'exact', 'soldiers', tags='contradicted'),
        C('the bodies of at least 12 civilians', 'killed', 12, 'at-least', 'civilians', id='civ'),
        C('two children', 'killed', 2, 'exact', 'children', sub='civ'),
        C('Around 3,000 people have fled', 'displaced', 3000, 'approx', 'people'),
        C('left around 20 people dead', 'killed', 20, 'approx', 'people'),
        C('left more than 20,000 people dead', 'killed', 20000, 'at-least', 'people'),
        C('More than 2 million people have been displaced', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('security and local sources', 'anonymous'),
        S('a security source', 'anonymous'),
        S('The source', 'anonymous'),
        S('A local official in Tougan', 'anonymous'),
        S('JNIM, the Al-Qaeda-linked Group for the Support of Islam and Muslims', 'military'),
        S('A resident of Tougan', 'witness'),
        S('the resident', 'witness'),
        S('a humanitarian worker in the region', 'anonymous'),
        S('local sources', 'anonymous', nth=1),
        S('ACLED', 'ngo'),
        S('the latest official figures', 'official', form='document'),
    ],
    numbers=[
        N('dozens of motorbikes', 'count-objects'),
        N('34-year-old', 'age'),
        N('some 110 kilometres', 'distance'),
        N('some 25,000 inhabitants', 'population'),
        N('more than two years', 'duration'),
        N('September 2024', 'date'),
        N('September 2022', 'date'),
        N('2015', 'year'),
        N('the past three years', 'duration'),
        N('March 2023', 'date'),
    ])

# dw05: a rights group's statement on killings and detentions in Ber, near Timbuktu, Mali (NGO statement)
A['dw05.txt'] = dict(
    casualty=[
        C('At least 24 civilians killed', 'killed', 24, 'at-least', 'civilians'),
        C('dozens detained', 'detained', None, 'vague', 'civilians'),
        C('killed at least 24 civilians', 'killed', 24, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('five elderly men', 'killed', 5, 'exact', 'men', sub='tot'),
        C('24 killings', 'killed', 24, 'exact', 'civilians', id='k24', tags='repeat'),
        C('19 men', 'killed', 19, 'exact', 'men', sub='k24'),
        C('five people shot', 'killed', 5, 'exact', 'people', sub='k24'),
        C('40–50 other men were taken away', 'detained', None, 'range', 'men', low=40, high=50, id='d40'),
        C('17 of them', 'missing', 17, 'exact', 'men', sub='d40'),
        C('“neutralised” 18 terrorists', 'killed', 18, 'exact', 'fighters', tags='contradicted'),
        C('the arrest of 27 suspects', 'detained', 27, 'exact', 'people', tags='contradicted'),
        C('approximately 4,200 people have fled', 'displaced', 4200, 'approx', 'people'),
        C('displaced tens of thousands of civilians', 'displaced', None, 'vague', 'civilians'),
        C('412 civilian deaths', 'killed', 412, 'exact', 'civilians'),
        C('298', 'killed', 298, 'exact', 'civilians'),
    ],
    sources=[
        S('Droits et Justice Sahel (DJS)', 'ngo'),
        S('a 38-year-old woman', 'anonymous'),
        S('DJS', 'ngo', nth=3),
        S('Relatives', 'witness'),
        S('The Malian Armed Forces (FAMa)', 'military'),
        S('the UN refugee agency, UNHCR', 'ngo'),
        S('Local leaders', 'other'),
        S('Fatoumata Cissé Diarra', 'ngo', form='name'),
        S('DJS', 'ngo', nth=6),
    ],
    numbers=[
        N('9 October 2025', 'date'),
        N('12-year-old', 'age'),
        N('three-day', 'duration'),
        N('about 60 kilometres', 'distance'),
        N('31 witnesses and relatives', 'count-people'),
        N('2 and 3 October', 'date'),
        N('six in the morning', 'time'),
        N('two days later', 'duration'),
        N('38-year-old', 'age'),
        N('4 October', 'date'),
        N('6 October', 'date'),
        N('1 October', 'date'),
        N('more than 110,000', 'population'),
        N('roughly 14,000 residents', 'population'),
        N('several times', 'other'),
        N('2012', 'year'),
        N('August 2023', 'date'),
        N('no one', 'other'),
        N('January and September 2025', 'date'),
    ])

# dw06: demolitions and a settler attack in Masafer Yatta, south Hebron hills (a broadsheet's own
# correspondent, with a byline instead of a dateline)
A['dw06.txt'] = dict(
    casualty=[
        C('63 people', 'displaced', 63, 'exact', 'people', id='d63'),
        C('38 of them children', 'displaced', 38, 'exact', 'children', sub='d63'),
        C('treated nine people', 'injured', 9, 'exact', 'people', id='t9'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='t9'),
        C('two Israelis had been lightly injured', 'injured', 2, 'exact', 'people'),
        C('detained four Palestinians', 'detained', 4, 'exact', 'people'),
        C('one Israeli', 'detained', 1, 'exact', 'people'),
        C('at least 1,600 Palestinians', 'displaced', 1600, 'at-least', 'people', id='d1600'),
        C('some 700 children', 'displaced', 700, 'approx', 'children', sub='d1600'),
        C('a further 1,100', 'displaced', 1100, 'exact', 'people'),
        C('58 Palestinians were injured', 'injured', 58, 'exact', 'people'),
        C('nearly 20 families', 'displaced', 20, 'at-most', 'people'),
        C('more than 3,000 Palestinians held', 'detained', 3000, 'at-least', 'people'),
    ],
    sources=[
        S('The Palestinian Red Crescent', 'ngo'),
        S('The Israeli military', 'military'),
        S('Police', 'official'),
        S('The Civil Administration', 'military'),
        S('Nasser Abu Aram', 'witness', form='name'),
        S('the UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
        S('OCHA', 'ngo', nth=1),
        S('Yousef Hamamdeh', 'other', form='name'),
        S('the Israeli rights group HaMoked', 'ngo'),
        S('An Israeli defence official', 'anonymous'),
    ],
    numbers=[
        N('14 homes', 'count-objects'),
        N('two water cisterns', 'count-objects'),
        N('a handful of soldiers', 'count-people'),
        N('70-year-old', 'age'),
        N('three of the Palestinians', 'count-people'),
        N('Firing Zone 918', 'other'),
        N('1980s', 'year'),
        N('About 1,200 Palestinians', 'population'),
        N('the dozen or so hamlets', 'count-objects'),
        N('May 2022', 'date'),
        N('more than two decades', 'duration'),
        N('47', 'age'),
        N('a father of eight', 'count-people'),
        N('47 settler attacks', 'count-objects'),
        N('the first nine months', 'duration'),
        N('two of them', 'count-objects'),
    ])

# dw07: militia attacks in Idiofa territory, Kwilu, DR Congo (a broadcaster's website, BBC style)
A['dw07.txt'] = dict(
    casualty=[
        C('Dozens killed', 'killed', None, 'vague', 'people'),
        C('At least 43 people have been killed', 'killed', 43, 'at-least', 'people', id='tot'),
        C('12 children', 'killed', 12, 'exact', 'children', sub='tot'),
        C('Some 60 others have been admitted', 'injured', 60, 'approx', 'people', id='inj'),
        C('six of the wounded had died', 'killed', 6, 'exact', 'people', sub='inj'),
        C('thousands fleeing', 'displaced', None, 'vague', 'people'),
        C('the number of displaced at about 18,000', 'displaced', 18000, 'approx', 'people'),
        C('more than 25,000 people had been forced to flee', 'displaced', 25000, 'at-least', 'people',
          tags='contradicted'),
        C('killed 15 militiamen', 'killed', 15, 'exact', 'fighters'),
        C('captured 22 others', 'detained', 22, 'exact', 'fighters'),
        C('Three soldiers were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('fewer than 10 of the dead in Mbeo were militiamen', 'killed', 10, 'at-most', 'fighters',
          tags='contradicted'),
        C('37 suspected militiamen arrested', 'detained', 37, 'exact', 'fighters'),
        C('killed almost 3,000 people', 'killed', 3000, 'at-most', 'people'),
        C('displaced upwards of 150,000', 'displaced', 150000, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S("The territory's administrator, Jean-Pierre Kikunda", 'official', form='title-name'),
        S('Dr Albertine Mwanza', 'official', form='title-name'),
        S('Our correspondent in Kikwit', 'media'),
        S("The provincial governor's office", 'official'),
        S('the Catholic diocese of Idiofa', 'other'),
        S('a woman', 'witness'),
        S('The army', 'military'),
        S('army spokesman Maj Serge Lukusa', 'military', form='title-name'),
        S('A local member of parliament, Jeanine Kalala', 'official', form='title-name'),
        S('The national interior ministry', 'official'),
        S('A UN report', 'ngo', form='document'),
        S('Local civil society groups', 'other'),
        S('Placide Mabiala', 'other', form='name'),
    ],
    numbers=[
        N('at least seven villages', 'count-objects'),
        N('several of the health centres', 'count-objects'),
        N('two days', 'duration'),
        N('2022', 'year'),
        N('about 600km', 'distance'),
        N('more than 1.5 million people', 'population'),
    ])

# dw08: an attack on Nouna, Kossi province, Burkina Faso (state media, AIB style)
A['dw08.txt'] = dict(
    casualty=[
        C('neutralizing more than 100 assailants', 'killed', 100, 'at-least', 'fighters'),
        C('the bodies of 112 terrorists', 'killed', 112, 'exact', 'fighters'),
        C('nine of our valiant soldiers', 'killed', 9, 'exact', 'soldiers', id='fds'),
        C('six VDP', 'killed', 6, 'exact', 'soldiers', sub='fds'),
        C('17 others were wounded', 'injured', 17, 'exact', 'soldiers'),
        C('Fourteen civilians lost their lives', 'killed', 14, 'exact', 'civilians'),
        C('about 30 were wounded', 'injured', 30, 'approx', 'civilians', id='civ30'),
        C('11 of the injured civilians', 'injured', 11, 'exact', 'civilians', sub='civ30'),
        C('Hundreds of residents who had fled', 'displaced', None, 'vague', 'civilians'),
        C('more than 50 soldiers killed', 'killed', 50, 'at-least', 'soldiers', tags='contradicted'),
        C('neutralized more than 1,500 terrorists', 'killed', 1500, 'at-least', 'fighters'),
        C('some 4,100 displaced people', 'displaced', 4100, 'approx', 'people'),
        C('the nine soldiers', 'killed', 9, 'exact', 'soldiers', tags='repeat'),
        C('14 civilians killed', 'killed', 14, 'exact', 'civilians', tags='repeat'),
    ],
    sources=[
        S('the Army General Staff', 'military'),
        S('the statement', 'military', form='document'),
        S('the General Staff', 'military'),
        S('the provincial High Commissioner, Lieutenant-Colonel Adama Ouédraogo', 'official', form='title-name'),
        S('The High Commissioner', 'official'),
        S('The General Staff', 'military'),
        S('certain foreign media', 'media'),
        S('the statement', 'military', nth=1, form='document'),
        S('the Minister of Security, Brigadier General Issa Tapsoba', 'official', form='title-name'),
        S('The Kossi provincial directorate for humanitarian action', 'official'),
    ],
    numbers=[
        N('March 14, 2025', 'date'),
        N('several hundred', 'count-people'),
        N('14th Rapid Intervention Battalion', 'other'),
        N('5:30 a.m.', 'time'),
        N('more than four hours', 'duration'),
        N('43 motorcycles', 'count-objects'),
        N('dozens of assault rifles', 'count-objects'),
        N('three machine guns', 'count-objects'),
        N('42 localities', 'count-objects'),
        N('25 tons of rice', 'quantity'),
        N('300 liters of oil', 'quantity'),
        N('three days', 'duration'),
        N('March 14', 'date', nth=1),
        N('March 16', 'date'),
        N('about 280 km', 'distance'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
