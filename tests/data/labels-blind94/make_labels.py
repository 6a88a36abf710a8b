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

# ---------------------------------------------------------------- labels (blind set 94: zy01-zy08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / neutralised / homicides / fatalities / lost … fighters',
     r'\bmartyred\b|\bneutralised\b|\bhomicides\b|\bfatalities\b|\blost\b'),
    ('sustained injuries / seriously wounded', r'\bsustained injuries\b|\bseriously\b'),
    ('hostages / held / freed / the detention of', r'\bhostages\b|\bheld\b|\bdetention\b'),
    ('left / forced from their homes / internally displaced', r'\bleft\b|\binternally displaced\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('teenagers', r'\bteenagers\b'),
    ('servicemen/officers', r'\b(?:servicemen|officer)\b'),
    ('Khawarij/terrorists/combatants', r'\b(?:Khawarij|terrorists|combatants)\b'),
    ('workers/staff/volunteers', r'\b(?:workers|staff|volunteers|health worker)\b'),
    ('families/guests/suspects/hostages/members/patients',
     r'\b(?:families|guests|suspects|hostages|members|patients)\b'),
]

# zy01: a drone strike on a market in occupied Nova Kakhovka, Kherson oblast, Ukraine (Reuters style)
A['zy01.txt'] = dict(
    casualty=[
        C('killing seven people', 'killed', 7, 'exact', 'people', id='tot'),
        C('wounding at least 22', 'injured', 22, 'at-least', 'people', id='inj'),
        C('two teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('11 of the wounded', 'injured', 11, 'exact', 'people', id='h11', sub='inj'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='h11'),
        C('killing "up to 40" Russian servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('the toll had risen to nine', 'killed', 9, 'exact', 'people', tags='update'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('wounding three other people', 'injured', 3, 'exact', 'people'),
        C('detained at least 14 residents', 'detained', 14, 'at-least', 'civilians', id='det'),
        C('six of them', 'missing', 6, 'exact', 'civilians', sub='det'),
        C('Tens of thousands of them fled', 'displaced', None, 'vague', 'civilians'),
        C('more than 12,000 civilians have been killed', 'killed', 12000, 'at-least', 'civilians', id='un'),
        C('some 670 children', 'killed', 670, 'approx', 'children', sub='un'),
    ],
    sources=[
        S("the town's Russian-installed administration", 'official'),
        S('Vladimir Sokolenko', 'official', form='name'),
        S('Natalia Hlushchenko', 'witness', form='name'),
        S("Ukraine's Southern Defense Forces", 'military'),
        S('Spokesman Oleksandr Hrytsenko', 'military', form='title-name'),
        S('Sokolenko', 'official', nth=1, form='name'),
        S("Russia's state news agency TASS", 'media'),
        S('the regional health department', 'official'),
        S("Russia's Defense Ministry", 'military'),
        S('Kherson regional Governor Andriy Tkachuk', 'official', form='title-name'),
        S("Ukraine's prosecutor general's office", 'official'),
        S('the administration', 'official'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('Aug 12', 'date'),
        N('about 90 km', 'distance'),
        N('56 miles', 'distance'),
        N('58', 'age'),
        N('Rossiya 24', 'other'),
        N('31 Ukrainian drones', 'count-objects'),
        N('64-year-old', 'age'),
        N('More than 200 homes', 'count-objects'),
        N('about 45,000 residents', 'population'),
        N('June 2023', 'date'),
        N('dozens of villages', 'count-objects'),
        N('under 20,000', 'population'),
        N('February 2022', 'date'),
    ])

# zy02: an air strike on a monastery near Myinmu, Sagaing Region, Myanmar (a broadcaster's web story)
A['zy02.txt'] = dict(
    casualty=[
        C('At least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('11 of them children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('the death toll at 27', 'killed', 27, 'exact', 'people', tags='contradicted'),
        C('more than 40 people had been wounded', 'injured', 40, 'at-least', 'people'),
        C('killing 18 of them', 'killed', 18, 'exact', 'fighters'),
        C('31 wounded people', 'injured', 31, 'exact', 'people', id='doc'),
        C('Seven', 'injured', 7, 'exact', 'people', id='sev', sub='doc'),
        C('two of them died', 'killed', 2, 'exact', 'people', sub='sev'),
        C('three more bodies', 'killed', 3, 'exact', 'people'),
        C('the number of dead to 26', 'killed', 26, 'exact', 'people', tags='update'),
        C('more than 2,000 people had fled', 'displaced', 2000, 'at-least', 'people'),
        C('five members of his family', 'detained', 5, 'exact', 'people'),
        C('killed almost 7,400 civilians', 'killed', 7400, 'at-most', 'civilians'),
        C('arrested upwards of 29,000 people', 'detained', 29000, 'at-least', 'people'),
        C('roughly 1.2 million people', 'displaced', 1200000, 'approx', 'people'),
    ],
    sources=[
        S('residents', 'witness'),
        S('a local resistance group', 'military'),
        S('a member of the village’s defence force', 'anonymous'),
        S('The shadow National Unity Government (NUG)', 'official'),
        S('state-run MRTV', 'media'),
        S('A doctor at a resistance-run clinic in a neighbouring village', 'anonymous'),
        S('the defence force member', 'anonymous'),
        S('Residents', 'witness'),
        S('The military’s Myawaddy television', 'media'),
        S('The Assistance Association for Political Prisoners (AAPP)', 'ngo'),
        S('The UN', 'ngo'),
    ],
    numbers=[
        N('Two fighter jets', 'count-objects'),
        N('four bombs', 'count-objects'),
        N('1am', 'time'),
        N('Around 150 people', 'count-people'),
        N('2021', 'year'),
        N('six-month-old', 'age'),
        N('three neighbouring villages', 'count-objects'),
        N('two or three times', 'other'),
        N('February 2021', 'date'),
    ])

# zy03: strikes on a tent camp west of Khan Younis, southern Gaza Strip (AFP style)
A['zy03.txt'] = dict(
    casualty=[
        C('killed at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('received 17 bodies', 'killed', 17, 'exact', 'people', sub='tot'),
        C('more than 60 wounded people', 'injured', 60, 'at-least', 'people', id='inj'),
        C('14 of them', 'injured', 14, 'exact', 'people', sub='inj'),
        C('two more bodies', 'killed', 2, 'exact', 'people', sub='tot'),
        C('three of her children', 'killed', 3, 'exact', 'children'),
        C('killed 20 to 25 militants', 'killed', None, 'range', 'fighters', low=20, high=25),
        C('arrested scores of suspects', 'detained', None, 'vague', 'people'),
        C('one soldier had been seriously wounded', 'injured', 1, 'exact', 'soldiers'),
        C('the toll from the Mawasi strikes at 25', 'killed', 25, 'exact', 'people', tags='contradicted'),
        C('several people were still missing', 'missing', None, 'vague', 'people'),
        C('the bodies of 53 people', 'killed', 53, 'exact', 'people'),
        C('the death toll since the start of the war to 43,391', 'killed', 43391, 'exact', 'people',
          tags='update'),
        C('More than 102,000 people have been wounded', 'injured', 102000, 'at-least', 'people'),
        C('some 320,000 people have fled', 'displaced', 320000, 'approx', 'people'),
        C('two of its staff had been injured', 'injured', 2, 'exact', 'other'),
        C('the deaths of 1,206 people', 'killed', 1206, 'exact', 'people'),
        C('seized 251 hostages', 'detained', 251, 'exact', 'people', id='host'),
        C('97 of whom', 'detained', 97, 'exact', 'people', id='h97', sub='host'),
        C('34', 'killed', 34, 'exact', 'people', sub='h97'),
    ],
    sources=[
        S("Gaza's civil defence agency", 'official'),
        S('agency spokesman Ibrahim Nofal', 'official', form='title-name'),
        S('Nasser Hospital in Khan Younis', 'official'),
        S('Umm Mohammed al-Astal', 'witness', form='name'),
        S('The Israeli military', 'military'),
        S('the army', 'military', nth=0),
        S('The Hamas-run government media office', 'official'),
        S("Gaza's health ministry", 'official'),
        S('UN figures', 'ngo', form='document'),
        S('A British medical charity, Medical Relief International', 'ngo'),
        S('an AFP tally', 'media'),
        S('the Israeli military', 'military'),
    ],
    numbers=[
        N('several of them', 'count-objects'),
        N('39', 'age'),
        N('24 hours', 'duration'),
        N('nearly 80 percent', 'percentage'),
        N('October 7, 2023', 'date'),
    ])

# zy04: an attack on an army base near Adado, Galgaduud, Somalia, and a market bombing (state media, SONNA style)
A['zy04.txt'] = dict(
    casualty=[
        C('killed more than 70 Khawarij terrorists', 'killed', 70, 'at-least', 'fighters', id='tot'),
        C('The bodies of 38 of the terrorists', 'killed', 38, 'exact', 'fighters', sub='tot'),
        C('five soldiers were martyred', 'killed', 5, 'exact', 'soldiers'),
        C('a dozen others sustained injuries', 'injured', 12, 'exact', 'soldiers'),
        C('14 civilians', 'detained', 14, 'exact', 'civilians', id='cap'),
        C('four women', 'detained', 4, 'exact', 'women', sub='cap'),
        C('27 soldiers had been killed', 'killed', 27, 'exact', 'soldiers', tags='contradicted'),
        C('killing 11 civilians', 'killed', 11, 'exact', 'civilians'),
        C('injuring at least 30 others', 'injured', 30, 'at-least', 'civilians', id='inj'),
        C('a number of children', 'injured', None, 'vague', 'children', sub='inj'),
        C('two more people had succumbed', 'killed', 2, 'exact', 'people'),
        C('the death toll from the blast to 13', 'killed', 13, 'exact', 'civilians', tags='update'),
        C('Eight of the wounded', 'injured', 8, 'exact', 'civilians', sub='inj'),
        C('hundreds of families had fled', 'displaced', None, 'vague', 'people'),
        C('killed over 1,200 Khawarij', 'killed', 1200, 'at-least', 'fighters'),
    ],
    sources=[
        S('the Ministry of Defence', 'military'),
        S('the ministry', 'military', nth=0),
        S('the statement', 'military', nth=0, form='document'),
        S('the statement', 'military', nth=1, form='document'),
        S('Galmudug State Security Minister Ahmed Farah Guled', 'official', form='title-name'),
        S('The commander of the army’s 21st Division, General Abdirahman Mohamed Hussein', 'military',
          form='title-name'),
        S('Government spokesman Farhan Abdi Nur', 'official', form='title-name'),
        S('the Khawarij', 'military', nth=0),
        S('The director of Adado District Hospital, Dr Hawa Ali Warsame', 'official', form='title-name'),
        S('Local elders in Adado', 'other'),
        S('the ministry', 'military', nth=1),
        S('The Federal Government', 'official'),
    ],
    numbers=[
        N('three directions', 'count-objects'),
        N('4:30 am', 'time'),
        N('16 AK-47 rifles', 'count-objects'),
        N('two PKM machine guns', 'count-objects'),
        N('some 500 kilometres', 'distance'),
        N('21st Division', 'other'),
        N('several weeks', 'duration'),
        N('four days', 'duration'),
        N('2022', 'year'),
        N('more than 60 towns and villages', 'count-objects'),
    ])

# zy05: an attack on an army post at the Kandadji dam site, Tillabéri, Niger (dpa style, one sentence a
# paragraph)
A['zy05.txt'] = dict(
    casualty=[
        C('killed at least 12 soldiers', 'killed', 12, 'at-least', 'soldiers', id='tot'),
        C('three civilian workers', 'killed', 3, 'exact', 'other'),
        C('21 soldiers were wounded', 'injured', 21, 'exact', 'soldiers', id='w'),
        C('seven of them', 'injured', 7, 'exact', 'soldiers', sub='w'),
        C('four others were missing', 'missing', 4, 'exact', 'soldiers'),
        C('More than 40 terrorists were neutralised', 'killed', 40, 'at-least', 'fighters'),
        C('the bodies of 17 soldiers', 'killed', 17, 'exact', 'soldiers', tags='contradicted'),
        C('between 25 and 30 wounded', 'injured', None, 'range', 'people', low=25, high=30),
        C("the army's losses to 16 dead", 'killed', 16, 'exact', 'soldiers', tags='update'),
        C('four of the wounded had died', 'killed', 4, 'exact', 'soldiers', sub='w'),
        C('killed six workers', 'killed', 6, 'exact', 'other'),
        C('dozens of families had left', 'displaced', None, 'vague', 'people'),
        C('11 other people', 'detained', 11, 'exact', 'people'),
        C('more than 1,700 people were killed', 'killed', 1700, 'at-least', 'people'),
        C('some 420,000 people are internally displaced', 'displaced', 420000, 'approx', 'people'),
    ],
    sources=[
        S("the country's military government", 'official'),
        S('state television Télé Sahel', 'media'),
        S('The army', 'military'),
        S('the statement', 'official', form='document'),
        S('A local official in Ayorou', 'anonymous'),
        S('a nurse at the centre', 'anonymous'),
        S('the Defence Ministry', 'military'),
        S('Residents of Kandadji', 'witness'),
        S('one resident, a 47-year-old fisherman', 'witness', form='role'),
        S("the region's governor, Colonel Maïnassara Boubacar", 'official', form='title-name'),
        S('the Sahel Security Observatory', 'ngo'),
        S('The UN refugee agency UNHCR', 'ngo'),
    ],
    numbers=[
        N('Several hundred assailants', 'count-people'),
        N('about 40 kilometres', 'distance'),
        N('1.3-kilometre', 'distance'),
        N('hundreds of thousands of people', 'count-people'),
        N('around 1,500 people', 'count-people'),
        N('one resident', 'count-people'),
        N('47-year-old', 'age'),
        N('July 2023', 'date'),
        N('40 per cent', 'percentage'),
    ])

# zy06: gunmen attack a family party in Zitácuaro, Michoacán, Mexico (AP style)
A['zy06.txt'] = dict(
    casualty=[
        C('killing eight people', 'killed', 8, 'exact', 'people', id='tot'),
        C('wounding at least five others', 'injured', 5, 'at-least', 'people', id='inj'),
        C('Three of the dead', 'killed', 3, 'exact', 'people', sub='tot'),
        C('one of the wounded', 'killed', 1, 'exact', 'people', sub='inj'),
        C('the death toll to nine', 'killed', 9, 'exact', 'people', tags='update'),
        C('as many as 11 people had been killed', 'killed', 11, 'at-most', 'people', tags='contradicted'),
        C('two guests were still missing', 'missing', 2, 'exact', 'people'),
        C('detained four suspects', 'detained', 4, 'exact', 'people'),
        C('One National Guard officer was killed', 'killed', 1, 'exact', 'soldiers'),
        C('hundreds of residents', 'displaced', None, 'vague', 'civilians'),
        C('1,342 homicides', 'killed', 1342, 'exact', 'people'),
        C('More than 100,000 people are listed as missing', 'missing', 100000, 'at-least', 'people'),
    ],
    sources=[
        S('authorities in the state of Michoacán', 'official'),
        S("the Michoacán state prosecutor's office", 'official'),
        S('a neighbor', 'anonymous'),
        S('State prosecutor Arturo Mendoza Rangel', 'official', form='title-name'),
        S('Mendoza', 'official', nth=1, form='name'),
        S('Local media', 'media'),
        S('relatives of the victims', 'witness'),
        S("Michoacán's Public Security Secretariat", 'official'),
        S('the secretariat', 'official'),
        S('the Rev. Javier Oseguera', 'other', form='title-name'),
        S('Oseguera', 'other', nth=1, form='name'),
        S("the federal government's Executive Secretariat of the National Public Security System", 'official'),
        S('the National Search Commission', 'official'),
    ],
    numbers=[
        N('12-year-old', 'age'),
        N('two pickup trucks', 'count-objects'),
        N('11:40 p.m.', 'time'),
        N('more than 100 rounds', 'count-objects'),
        N('19-year-old', 'age'),
        N('Federal Highway 15', 'other'),
        N('about 160,000 people', 'population'),
        N('some 100 miles', 'distance'),
        N('160 kilometers', 'distance'),
        N('several communities', 'count-objects'),
        N('2024', 'year'),
        N('one of the highest totals', 'other'),
    ])

# zy07: a UN OCHA flash update on fighting in Al Dhale'e governorate, southern Yemen
A['zy07.txt'] = dict(
    casualty=[
        C('At least 14 civilians', 'killed', 14, 'at-least', 'civilians', id='h14'),
        C('five children', 'killed', 5, 'exact', 'children', sub='h14'),
        C('37 injured', 'injured', 37, 'exact', 'civilians', nth=0),
        C('An estimated 2,900 families', 'displaced', 2900, 'approx', 'people'),
        C('about 20,300 people', 'displaced', 20300, 'approx', 'people'),
        C('14 civilians have been killed', 'killed', 14, 'exact', 'civilians', id='o14', tags='repeat'),
        C('37 injured', 'injured', 37, 'exact', 'civilians', nth=1, tags='repeat'),
        C('nine of the fatalities', 'killed', 9, 'exact', 'civilians', sub='o14'),
        C('five deaths', 'killed', 5, 'exact', 'civilians'),
        C('six people', 'missing', 6, 'exact', 'people'),
        C('three children were killed', 'killed', 3, 'exact', 'children'),
        C('killed four civilians', 'killed', 4, 'exact', 'civilians'),
        C('40–50 combatants on both sides have been killed', 'killed', None, 'range', 'fighters', low=40, high=50),
        C('31 wounded patients', 'injured', 31, 'exact', 'people', id='hosp'),
        C('eight women', 'injured', 8, 'exact', 'women', sub='hosp'),
        C('six children', 'injured', 6, 'exact', 'children', sub='hosp'),
        C('12', 'injured', 12, 'exact', 'people', nth=1, sub='hosp'),
        C('Two health workers were injured', 'injured', 2, 'exact', 'other'),
        C('an estimated 2,900 families have been displaced', 'displaced', 2900, 'approx', 'people', tags='repeat'),
        C('Approximately 600 families displaced', 'displaced', 600, 'approx', 'people'),
        C('the detention of at least 23 civilians', 'detained', 23, 'at-least', 'civilians', id='det'),
        C('four humanitarian volunteers', 'detained', 4, 'exact', 'other', id='vol', sub='det'),
        C('Two of the volunteers', 'detained', 2, 'exact', 'other', sub='vol'),
    ],
    sources=[
        S('the Governorate Health Office', 'official'),
        S('Local authorities', 'official'),
        S('Ansar Allah-affiliated media', 'media'),
        S('Media reports', 'media'),
        S('local sources', 'anonymous'),
        S('The hospital', 'official'),
        S('the Displacement Tracking Matrix (DTM) of the International Organization for Migration (IOM)', 'ngo'),
        S('Protection partners', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('18 September 2025', 'date'),
        N('9 September', 'date', nth=0),
        N('6,400 people', 'count-people', nth=0),
        N('9 September', 'date', nth=1),
        N('15 September', 'date'),
        N('No. 2', 'other'),
        N('14 September', 'date', nth=0),
        N('16 September', 'date'),
        N('12 September', 'date'),
        N('9 and 16 September', 'date'),
        N('14 September', 'date', nth=1),
        N('9 September', 'date', nth=2),
        N('Around 40 per cent', 'percentage'),
        N('17 schools and public buildings', 'count-objects'),
        N('9 September', 'date', nth=3),
        N('6,400 people', 'count-people', nth=1),
        N('1,100 families', 'count-people'),
        N('2,150 consultations', 'count-objects'),
        N('2025', 'year', nth=1),
        N('US$2.47 billion', 'money'),
        N('19 per cent', 'percentage'),
    ])

# zy08: shelling of displacement sites near Bweremana, Masisi, North Kivu, DR Congo (NGO statement)
A['zy08.txt'] = dict(
    casualty=[
        C('killing at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('wounding 46', 'injured', 46, 'exact', 'people', id='w'),
        C('46 wounded', 'injured', 46, 'exact', 'people', id='w2', tags='repeat'),
        C('Five of them died', 'killed', 5, 'exact', 'people', sub='w2'),
        C('Of the wounded, 19 were children', 'injured', 19, 'exact', 'children', sub='w2'),
        C('14', 'injured', 14, 'exact', 'people', sub='w2'),
        C('Eleven patients', 'injured', 11, 'exact', 'people', sub='w2'),
        C('One LMR community health worker was among those injured', 'injured', 1, 'exact', 'other', sub='w2'),
        C('the death toll at 13', 'killed', 13, 'exact', 'people', tags='contradicted'),
        C('killed “dozens of M23 terrorists”', 'killed', None, 'vague', 'fighters'),
        C('lost fewer than five fighters', 'killed', 5, 'at-most', 'fighters'),
        C('abducted at least seven young men', 'detained', 7, 'at-least', 'men'),
        C('An estimated 12,000 people', 'displaced', 12000, 'approx', 'people'),
        C('nearly 150,000 people have been displaced', 'displaced', 150000, 'at-most', 'people'),
    ],
    sources=[
        S('medical teams from Lifeline Medical Response (LMR)', 'ngo'),
        S('Dr Esther Kavira', 'ngo', form='title-name'),
        S('The provincial authorities', 'official'),
        S('The Congolese army (FARDC)', 'military'),
        S('the M23', 'military', nth=1),
        S('An army spokesman in North Kivu, Lieutenant-Colonel Patrick Mwamba Kasongo', 'military',
          form='title-name'),
        S('An M23 spokesman', 'military', form='role'),
        S('Residents', 'witness'),
        S('a mother of five', 'anonymous'),
        S('The UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
    ],
    numbers=[
        N('4 February 2025', 'date'),
        N('two displacement sites', 'count-objects'),
        N('less than three hours', 'duration'),
        N('the age of 15', 'age'),
        N('about 40 kilometres', 'distance'),
        N('two of our ambulances', 'count-objects'),
        N('M23', 'other', nth=0),
        N('M23', 'other', nth=1),
        N('M23', 'other', nth=3),
        N('one of the sites', 'count-objects'),
        N('a mother of five', 'count-people'),
        N('the two sites', 'count-objects'),
        N('one latrine', 'count-objects'),
        N('every 180 people', 'count-people'),
        N('more than 300 patients', 'count-people'),
        N('2008', 'year'),
        N('11 health facilities', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
