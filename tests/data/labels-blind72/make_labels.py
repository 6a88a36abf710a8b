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

# ---------------------------------------------------------------- labels (blind set 72: bx01-bx08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('eliminated / neutralized / neutralising / the loss of / lynched / buried / bury',
     r'\beliminated\b|\bneutrali[sz](?:ed|ing)\b|\bloss\b|\blynched\b|\bbur(?:ied|y)\b'),
    ('captured / kidnapped / apprehended / held / holding',
     r'\bcaptured\b|\bkidnapped\b|\bapprehended\b|\bheld\b|\bholding\b'),
    ('treated / patients with … injuries / hit by stray bullets / beaten',
     r'\btreated\b|\binjuries\b|\bhit by\b|\bbeaten\b'),
    ('forced from their homes / arrived', r'\bforced from their homes\b|\barrived\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/combatants/VDP/police officers', r'\b(?:servicemen|combatants|VDP)\b'),
    ('terrorists/bandits/assailants/gang members',
     r'\b(?:terrorists|bandits|assailants|gang members)\b'),
    ('pupils/nurses/employees/paramedic', r'\b(?:pupils|nurses|employees|paramedic)\b'),
    ('Palestinians/Israelis/Christians/suspects/collaborators/individuals/relatives/brothers/members',
     r'\b(?:Palestinians|Israelis|Christians|suspects|collaborators|individuals|relatives|brothers|members)\b'),
    ('households/patients', r'\b(?:households|patients)\b'),
]

# bx01: a strike on the Russian-held town of Svatove, Luhansk region, Ukraine (Reuters style)
A['bx01.txt'] = dict(
    casualty=[
        C('killed nine people', 'killed', 9, 'exact', 'people', id='tot'),
        C('wounded at least 22', 'injured', 22, 'at-least', 'people', id='inj'),
        C('killed dozens of Russian soldiers', 'killed', None, 'vague', 'soldiers'),
        C('14 of the wounded', 'injured', 14, 'exact', 'people', sub='inj'),
        C('killing up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers'),
        C('wounding around 60 more', 'injured', 60, 'approx', 'soldiers'),
        C('the death toll to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('four people', 'killed', 4, 'exact', 'people'),
        C('17 people were still being treated', 'injured', 17, 'exact', 'people', id='t17'),
        C('three of them in a serious condition', 'injured', 3, 'exact', 'people', sub='t17'),
        C('two or three employees', 'missing', None, 'range', 'other', low=2, high=3),
        C('a higher toll of 15 dead', 'killed', 15, 'exact', 'people', id='tass', tags='contradicted'),
        C('six members of a family', 'killed', 6, 'exact', 'people', sub='tass'),
        C('detained two local men', 'detained', 2, 'exact', 'men'),
        C('the deaths of more than 12,000 civilians', 'killed', 12000, 'at-least', 'civilians'),
        C('More than 3.5 million people remain internally displaced', 'displaced', 3500000, 'at-least',
          'people'),
    ],
    sources=[
        S('Russian-installed officials', 'official'),
        S('Kyiv', 'official', nth=0),
        S('Leonid Pasechnik', 'official', form='name'),
        S("Russia's Defense Ministry", 'military'),
        S("Ukraine's General Staff", 'military'),
        S("A spokesman for the Ukrainian military's eastern grouping, Captain Dmytro Zaporozhets", 'military',
          form='title-name'),
        S('Russian-installed authorities', 'official'),
        S('Pasechnik', 'official', nth=1, form='name'),
        S("Russia's state news agency TASS", 'media'),
        S('emergency services', 'official'),
        S("Pasechnik's office", 'official'),
        S('A woman in Svatove', 'witness'),
        S('The United Nations human rights monitoring mission in Ukraine', 'ngo'),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('two missiles', 'count-objects'),
        N('6 a.m.', 'time'),
        N('12-year-old', 'age'),
        N('about 150 km', 'distance'),
        N('93 miles', 'distance'),
        N('31 Ukrainian drones', 'count-objects'),
        N('roughly 45 km', 'distance'),
        N('several streets', 'count-objects'),
        N('three hours', 'duration'),
        N('around 16,000', 'population'),
        N('February 2022', 'date'),
        N('late 2022', 'date'),
    ])

# bx02: air raids on Mindat township, Chin State, Myanmar (a broadcaster's website, Al Jazeera style)
A['bx02.txt'] = dict(
    casualty=[
        C('killing at least 18 civilians', 'killed', 18, 'at-least', 'civilians', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('hundreds of people who fled', 'displaced', None, 'vague', 'people'),
        C('more than 30 people were wounded', 'injured', 30, 'at-least', 'people', id='inj'),
        C('a dozen pupils', 'injured', 12, 'exact', 'children', sub='inj'),
        C('as many as five people unaccounted for', 'missing', 5, 'at-most', 'people'),
        C('the bodies of 14 people', 'killed', 14, 'exact', 'people'),
        C('four more had died', 'killed', 4, 'exact', 'people'),
        C('about 25 “terrorists” had been killed', 'killed', 25, 'approx', 'fighters', tags='contradicted'),
        C('the death toll from the raids at 21', 'killed', 21, 'exact', 'civilians', id='chro', tags='update'),
        C('three of the injured had died', 'killed', 3, 'exact', 'people', sub='inj'),
        C('nine of the dead were children', 'killed', 9, 'exact', 'children', id='ch', sub='chro'),
        C('two of them', 'killed', 2, 'exact', 'children', sub='ch'),
        C('captured 16 soldiers', 'detained', 16, 'exact', 'soldiers'),
        C('eight of its own members were killed', 'killed', 8, 'exact', 'fighters'),
        C('thousands of people had fled', 'displaced', None, 'vague', 'people'),
        C('about 100,000 people', 'displaced', 100000, 'approx', 'people'),
    ],
    sources=[
        S('local resistance groups', 'military'),
        S('residents', 'witness'),
        S('Salai Thang Lian', 'military', nth=0, form='name'),
        S('Salai Thang Lian', 'military', nth=1, form='name'),
        S('A local aid worker', 'anonymous'),
        S('State-run broadcaster MRTV', 'media'),
        S('The Chin Human Rights Organization (CHRO)', 'ngo'),
        S('The group', 'ngo'),
        S('CDF Mindat', 'military', nth=1),
        S('Residents', 'witness'),
        S('Ngai Sui', 'witness', form='name'),
        S('The UN humanitarian office, OCHA', 'ngo'),
    ],
    numbers=[
        N('early 2024', 'date'),
        N('two bombs', 'count-objects'),
        N('two doctors', 'count-people'),
        N('the age of five', 'age'),
        N('February 2021', 'date'),
        N('several weeks', 'duration'),
        N('some 100 km', 'distance'),
        N('three grandchildren', 'count-people'),
        N('roughly 480,000', 'population'),
    ])

# bx03: an Israeli raid on Yabad near Jenin, occupied West Bank (AFP style)
A['bx03.txt'] = dict(
    casualty=[
        C('killed four Palestinians', 'killed', 4, 'exact', 'people', id='tot'),
        C('11 other people were wounded', 'injured', 11, 'exact', 'people', id='inj'),
        C('two of them critically', 'injured', 2, 'exact', 'people', sub='inj'),
        C('eliminated three terrorists', 'killed', 3, 'exact', 'fighters', tags='contradicted'),
        C('arrested 14 "wanted individuals"', 'detained', 14, 'exact', 'people'),
        C('One soldier was lightly wounded', 'injured', 1, 'exact', 'soldiers'),
        C('two of its fighters', 'killed', 2, 'exact', 'fighters', sub='tot'),
        C('The other two were civilians', 'killed', 2, 'exact', 'civilians', sub='tot'),
        C('one of its paramedics had been beaten', 'injured', 1, 'exact', 'other'),
        C('treated nearly two dozen people', 'injured', 24, 'at-most', 'people'),
        C('around 40,000 people have been forced from their homes', 'displaced', 40000, 'approx', 'people'),
        C('detained at least 27 people', 'detained', 27, 'at-least', 'people', id='det'),
        C('three women', 'detained', 3, 'exact', 'women', sub='det'),
        C('at least 1,040 Palestinians have been killed', 'killed', 1040, 'at-least', 'people'),
        C('44 Israelis', 'killed', 44, 'exact', 'people'),
    ],
    sources=[
        S('the Palestinian health ministry', 'official'),
        S('The ministry', 'official'),
        S('The Israeli army', 'military'),
        S('The Jenin Brigade', 'military'),
        S('relatives', 'witness'),
        S('the Yabad municipality', 'official'),
        S('his uncle, Mahmoud Abu Bakr', 'witness', form='name'),
        S('The Palestinian Red Crescent', 'ngo'),
        S('The UN agency for Palestinian refugees, UNRWA', 'ngo'),
        S("the Palestinian Prisoners' Society", 'ngo'),
        S('the health ministry in Ramallah', 'official'),
        S('Israeli official figures', 'official', form='document'),
    ],
    numbers=[
        N('16-year-old', 'age'),
        N('more than five hours', 'duration'),
        N('dozens of mourners', 'count-people'),
        N('about 40 minutes', 'duration'),
        N('about 20,000 people', 'population'),
        N('some 10 kilometres', 'distance'),
        N('January 2025', 'date'),
        N('1967', 'year'),
        N('October 2023', 'date'),
    ])

# bx04: a UN OCHA flash update on hostilities in Tabqa, Ar-Raqqa governorate, Syria
A['bx04.txt'] = dict(
    casualty=[
        C('killed at least 38 people', 'killed', 38, 'at-least', 'people', id='tot'),
        C('11 civilians', 'killed', 11, 'exact', 'civilians', sub='tot'),
        C('More than 16,500 people have been displaced', 'displaced', 16500, 'at-least', 'people'),
        C('killing seven civilians', 'killed', 7, 'exact', 'civilians', id='w7'),
        C('four children', 'killed', 4, 'exact', 'children', sub='w7'),
        C('injuring 15 others', 'injured', 15, 'exact', 'civilians'),
        C('the overall death toll to 41', 'killed', 41, 'exact', 'people', id='t41', tags='update'),
        C('13 were civilians', 'killed', 13, 'exact', 'civilians', sub='t41'),
        C('96 people have been injured', 'injured', 96, 'exact', 'people', id='i96'),
        C('22 children', 'injured', 22, 'exact', 'children', sub='i96'),
        C('the number of fighters killed considerably higher, at between 30 and 40', 'killed', None, 'range',
          'fighters', low=30, high=40, tags='contradicted'),
        C('detained 57 people', 'detained', 57, 'exact', 'people'),
        C('holding "dozens" of civilians', 'detained', None, 'vague', 'civilians'),
        C('at least nine men', 'missing', 9, 'at-least', 'men'),
        C('the 16,500 people displaced', 'displaced', 16500, 'exact', 'people', id='d2', tags='repeat'),
        C('an estimated 9,200', 'displaced', 9200, 'approx', 'people', sub='d2'),
        C('some 3,100', 'displaced', 3100, 'approx', 'people', sub='d2'),
        C('over 120 patients with conflict-related injuries', 'injured', 120, 'at-least', 'people'),
        C('one paramedic was killed', 'killed', 1, 'exact', 'other'),
        C('two others were injured', 'injured', 2, 'exact', 'other'),
    ],
    sources=[
        S('local health authorities', 'official'),
        S('the Tabqa Health Committee', 'official'),
        S('The health committee', 'official'),
        S('Local sources', 'anonymous'),
        S('The SDF', 'military'),
        S('the Ministry of Defence in Damascus', 'military'),
        S('Community leaders', 'other'),
        S('Partners', 'ngo'),
        S('the Syrian Arab Red Crescent (SARC)', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('9 October 2025', 'date'),
        N('4 October', 'date', nth=0),
        N('an estimated 450,000 people', 'count-people'),
        N('36 hours', 'duration'),
        N('4 October', 'date', nth=1),
        N('6 October', 'date'),
        N('two families', 'count-people'),
        N('14 collective shelters', 'count-objects'),
        N('about 60 per cent', 'percentage'),
        N('4 October', 'date', nth=2),
        N('60-bed', 'count-objects'),
        N('Two ambulances', 'count-objects'),
        N('7 October', 'date'),
        N('500 surgical interventions', 'count-objects'),
        N('8 October', 'date'),
        N('at least 40 sites', 'count-objects'),
        N('2025', 'year', nth=1),
        N('US$3.19 billion', 'money'),
        N('18 per cent', 'percentage'),
        N('9 October', 'date', nth=1),
    ])

# bx05: a massacre in a village of Gujba local government area, Yobe state, Nigeria (AP style)
A['bx05.txt'] = dict(
    casualty=[
        C('killing at least 34 people', 'killed', 34, 'at-least', 'people', id='tot'),
        C('21 bodies', 'killed', 21, 'exact', 'people', sub='tot'),
        C('13 others were buried', 'killed', 13, 'exact', 'people', sub='tot'),
        C('a number of women have been abducted', 'detained', None, 'vague', 'women', id='abd'),
        C('bury 13 people', 'killed', 13, 'exact', 'people', id='b13', tags='repeat'),
        C('two of his brothers', 'killed', 2, 'exact', 'men', sub='b13'),
        C('the death toll at 37', 'killed', 37, 'exact', 'people', tags='update'),
        C('19 people were being treated', 'injured', 19, 'exact', 'people'),
        C('"neutralized" 11 terrorists', 'killed', 11, 'exact', 'fighters'),
        C('eight of the abducted women', 'detained', 8, 'exact', 'women', sub='abd'),
        C('three others were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('killed at least 19 people', 'killed', 19, 'at-least', 'people'),
        C('hundreds of people had fled', 'displaced', None, 'vague', 'people', id='fled'),
        C('at least 600', 'displaced', 600, 'at-least', 'people', sub='fled'),
        C('more than 200 villagers had been killed', 'killed', 200, 'at-least', 'civilians'),
        C('killed more than 40,000 people', 'killed', 40000, 'at-least', 'people'),
        C('displaced some 2 million', 'displaced', 2000000, 'approx', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('residents', 'witness'),
        S('Dungus Abdulkarim', 'official', form='name'),
        S('Abdulkarim', 'official', nth=1, form='name'),
        S('Babagana Ali', 'witness', form='name'),
        S('Yobe Gov. Mai Mala Buni', 'official', form='title-name'),
        S("Nigeria's military", 'military'),
        S('the statement', 'military', form='document'),
        S('Residents', 'witness'),
        S('A local official, Musa Lawan', 'official', form='name'),
        S("Amnesty International's Nigeria office", 'ngo'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('around 11 p.m.', 'time'),
        N('dozens of gunmen', 'count-people'),
        N('one by one', 'other'),
        N('16-year', 'duration'),
        N('about 20 miles', 'distance'),
        N('32 kilometers', 'distance'),
        N('two camps', 'count-objects'),
        N('2009', 'year'),
    ])

# bx06: an ADF massacre and a militia attack in Irumu territory, Ituri, DR Congo (dpa style, one
# sentence a paragraph)
A['bx06.txt'] = dict(
    casualty=[
        C('At least 27 civilians were killed', 'killed', 27, 'at-least', 'civilians', id='tot'),
        C('15 of the dead were women', 'killed', 15, 'exact', 'women', sub='tot'),
        C('at least four were children', 'killed', 4, 'at-least', 'children', sub='tot'),
        C('seven other people had been seriously injured', 'injured', 7, 'exact', 'people'),
        C('arrested four suspected collaborators', 'detained', 4, 'exact', 'people'),
        C('the death toll at 31', 'killed', 31, 'exact', 'civilians', tags='contradicted'),
        C('roughly 20 villagers had been abducted', 'detained', 20, 'approx', 'civilians'),
        C('a lower toll of 19 dead', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('killed six assailants', 'killed', 6, 'exact', 'fighters'),
        C('two soldiers had been wounded', 'injured', 2, 'exact', 'soldiers'),
        C('12 wounded civilians', 'injured', 12, 'exact', 'civilians'),
        C('Hundreds of residents fled', 'displaced', None, 'vague', 'civilians'),
        C('more than 4,000 people had arrived', 'displaced', 4000, 'at-least', 'people'),
        C('some 60,000 displaced people', 'displaced', 60000, 'approx', 'people'),
        C('killing thousands of civilians', 'killed', None, 'vague', 'civilians'),
        C('killed "more than 40 Christians"', 'killed', 40, 'at-least', 'people', tags='contradicted'),
        C('killed three people', 'killed', 3, 'exact', 'people'),
        C('wounded five', 'injured', 5, 'exact', 'people'),
        C('about 1.7 million people are displaced', 'displaced', 1700000, 'approx', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Jean-Pierre Bikilisende', 'official', form='name'),
        S('Bikilisende', 'official', nth=1, form='name'),
        S('A local civil society group, the Irumu Citizens’ Forum', 'other'),
        S('the forum’s president, Christophe Munyanderu', 'other', form='name'),
        S('The Congolese army', 'military'),
        S('Lieutenant Jules Ngongo', 'military', form='title-name'),
        S('The UN peacekeeping mission MONUSCO', 'military'),
        S('the UN humanitarian office OCHA', 'ngo'),
        S('OCHA', 'ngo', nth=1),
        S('Islamic State', 'military', nth=1),
        S('the local miners’ cooperative', 'other'),
        S('The UN refugee agency UNHCR', 'ngo'),
    ],
    numbers=[
        N('about 35 kilometres', 'distance'),
        N('2014', 'year'),
        N('late 2021', 'date'),
        N('around 5.7 million inhabitants', 'population'),
    ])

# bx07: an attack on Markoye, Oudalan province, Burkina Faso (state media, AIB style)
A['bx07.txt'] = dict(
    casualty=[
        C('neutralising more than 60 terrorists', 'killed', 60, 'at-least', 'fighters'),
        C('the loss of 12 of our valiant combatants', 'killed', 12, 'exact', 'soldiers', id='loss'),
        C('nine VDP', 'killed', 9, 'exact', 'soldiers', sub='loss'),
        C('17 wounded', 'injured', 17, 'exact', 'soldiers'),
        C('the bodies of 68 terrorists', 'killed', 68, 'exact', 'fighters', tags='update'),
        C('14 suspects had been apprehended', 'detained', 14, 'exact', 'people'),
        C('four civilians lost their lives', 'killed', 4, 'exact', 'civilians'),
        C('several others were hit by stray bullets', 'injured', None, 'vague', 'civilians'),
        C('dozens of soldiers had been killed', 'killed', None, 'vague', 'soldiers', tags='contradicted'),
        C('1,250 displaced households', 'displaced', 1250, 'exact', 'people'),
        C('some 8,400 people', 'displaced', 8400, 'approx', 'people'),
    ],
    sources=[
        S('the Chief of General Staff of the Armies', 'military'),
        S('the communiqué', 'military', nth=0, form='document'),
        S('the communiqué', 'military', nth=1, form='document'),
        S('The Minister of Defence and Veterans Affairs, General Célestin Simporé', 'military',
          form='title-name'),
        S('the Minister', 'military', form='role'),
        S('the High Commissioner of Oudalan province, Colonel Issa Sawadogo', 'official', form='title-name'),
        S('Government spokesman Pingdwendé Gilbert Ouédraogo', 'official', form='title-name'),
        S('certain foreign media', 'media'),
        S('The Regional Director of Humanitarian Action for the Sahel, Ms Aminata Diallo', 'official',
          form='title-name'),
    ],
    numbers=[
        N('18 May 2025', 'date'),
        N('16 May', 'date'),
        N('numbering several hundred', 'count-people'),
        N('three directions', 'count-objects'),
        N('5.30 am', 'time'),
        N('more than four hours', 'duration'),
        N('47 assault rifles', 'count-objects'),
        N('6 machine guns', 'count-objects'),
        N('23 motorcycles', 'count-objects'),
        N('about 45 kilometres', 'distance'),
        N('2022', 'year'),
        N('several months', 'duration'),
    ])

# bx08: a human-rights network's statement on gang killings in Gonaïves, Artibonite, Haiti (NGO statement)
A['bx08.txt'] = dict(
    casualty=[
        C('At least 46 people', 'killed', 46, 'at-least', 'people', id='tot'),
        C('12 women', 'killed', 12, 'exact', 'women', sub='tot'),
        C('five children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('29 people with gunshot or machete wounds', 'injured', 29, 'exact', 'people'),
        C('18 missing relatives', 'missing', 18, 'exact', 'people'),
        C('kidnapped around 30 people', 'detained', 30, 'approx', 'people', id='kid'),
        C('four nurses', 'detained', 4, 'exact', 'other', sub='kid'),
        C('11 of them were still being held', 'detained', 11, 'exact', 'people', sub='kid'),
        C('killed "at least 20 bandits"', 'killed', 20, 'at-least', 'fighters', id='pol'),
        C('arrested nine', 'detained', 9, 'exact', 'fighters'),
        C('two police officers had been wounded', 'injured', 2, 'exact', 'soldiers'),
        C('at least three of those killed in the operation were residents', 'killed', 3, 'at-least', 'civilians',
          sub='pol'),
        C('lynched at least seven suspected gang members', 'killed', 7, 'at-least', 'people'),
        C('41 wounded patients', 'injured', 41, 'exact', 'people', id='h41'),
        C('six of them had died', 'killed', 6, 'exact', 'people', sub='h41'),
        C('more than 5,600 people fled', 'displaced', 5600, 'at-least', 'people'),
        C('almost 92,000 people already displaced', 'displaced', 92000, 'at-most', 'people'),
        C('at least 1,617 people were killed', 'killed', 1617, 'at-least', 'people'),
        C('580 injured', 'injured', 580, 'exact', 'people'),
    ],
    sources=[
        S('the Haitian Network for Human Rights and Justice (RHDHJ)', 'ngo'),
        S('An RHDHJ team', 'ngo'),
        S('Marie-Carmèle Joseph', 'ngo', form='name'),
        S('relatives', 'witness', nth=2),
        S('The Haitian National Police (PNH)', 'official'),
        S('witnesses', 'witness'),
        S('residents', 'witness', nth=2),
        S('The director of La Providence hospital in Gonaïves, Dr. Jean-Robert Pierre', 'official',
          form='title-name'),
        S('the International Organization for Migration (IOM)', 'ngo'),
        S('the United Nations Integrated Office in Haiti (BINUH)', 'ngo'),
    ],
    numbers=[
        N('3 July 2025', 'date'),
        N('between 27 and 30 June', 'date'),
        N('from 1 to 2 July', 'date'),
        N('63 survivors', 'count-people'),
        N('28 June', 'date'),
        N('National Road 1', 'other'),
        N('US$50,000', 'money'),
        N('30 June', 'date', nth=1),
        N('the four days', 'duration'),
        N('two surgeons', 'count-people'),
        N('roughly 1,000 personnel', 'count-people'),
        N('23 Haitian human rights organizations', 'count-objects'),
        N('1996', 'year'),
        N('all 10 departments', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
