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

# ---------------------------------------------------------------- labels (blind set 103: ir01-ir08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / shot dead / bury / the loss of / the bodies of',
     r'\bneutralised\b|\bshot dead\b|\bbury\b|\bloss of\b|\bbodies of\b'),
    ('captured / capturing / abducted / the arrest of', r'\bcaptur|\babducted\b|\barrest of\b'),
    ('evacuated / uprooted / taken refuge / lost their homes / homeless / left / arrived',
     r'\bevacuated\b|\buprooted\b|\brefuge\b|\blost their homes\b|\bhomeless\b|\bhad left\b|\barrived\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/officers', r'\b(?:servicemen|officers)\b'),
    ('volunteers/health workers/land defenders', r'\b(?:volunteers|health workers|defenders)\b'),
    ('minors/community members/families/suspects/detainees/patients',
     r'\b(?:minors|community members|families|suspects|detainees|patients)\b'),
    ('attackers/militiamen/terrorists', r'\b(?:attackers|militiamen|terrorists)\b'),
]

# ir01: glide-bomb and artillery strike on Stepnohirsk, Zaporizhzhia oblast, Ukraine (Reuters style)
A['ir01.txt'] = dict(
    casualty=[
        C('killing at least seven civilians', 'killed', 7, 'at-least', 'civilians', id='tot'),
        C('wounding 19 others', 'injured', 19, 'exact', 'civilians', id='inj'),
        C('three children', 'injured', 3, 'exact', 'children', sub='inj'),
        C('two of the dead were volunteers', 'killed', 2, 'exact', 'other', sub='tot'),
        C('between five and eight were still unaccounted for', 'missing', None, 'range', 'people', low=5, high=8),
        C('three of the wounded', 'injured', 3, 'exact', 'civilians', sub='inj'),
        C('the number of wounded had risen to 21', 'injured', 21, 'exact', 'civilians', tags='update'),
        C('two more people', 'injured', 2, 'exact', 'people'),
        C('killing up to 45 servicemen', 'killed', 45, 'at-most', 'soldiers', tags='contradicted'),
        C('killing 38 Russian soldiers', 'killed', 38, 'exact', 'soldiers'),
        C('wounding 64', 'injured', 64, 'exact', 'soldiers'),
        C('four Russian soldiers had been captured', 'detained', 4, 'exact', 'soldiers'),
        C('about 1,350 people', 'displaced', 1350, 'approx', 'people', id='ev'),
        C('260 children', 'displaced', 260, 'exact', 'children', sub='ev'),
        C('at least 112 civilians had been killed', 'killed', 112, 'at-least', 'civilians'),
        C('more than 600 injured', 'injured', 600, 'at-least', 'civilians'),
    ],
    sources=[
        S('Ukrainian officials', 'official'),
        S('Regional Governor Oleh Hrytsenko', 'official', form='title-name'),
        S('Mykola Sydorenko', 'official', form='name'),
        S('Local police', 'official'),
        S("The regional prosecutor's office", 'official'),
        S("Russia's Defense Ministry", 'military'),
        S("The Ukrainian military's southern command", 'military'),
        S("The command's spokesman, Colonel Vadym Lysenko", 'military', form='title-name'),
        S('A 67-year-old resident, Halyna Marchenko', 'witness', form='name'),
        S('The regional administration', 'official'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('May 14', 'date'),
        N('500-kilogram', 'quantity'),
        N('four people', 'count-people'),
        N('two years', 'duration'),
        N('maybe 300 people', 'population'),
        N('February 2022', 'date'),
        N('about 2,000 people', 'population'),
        N('two U.S.-made armored vehicles', 'count-objects'),
        N('11 Russian assaults', 'count-objects'),
        N('24 hours', 'duration'),
        N('67-year-old', 'age'),
        N('80', 'age'),
        N('14 settlements', 'count-objects'),
        N('one', 'other'),
        N('about 25 km', 'distance'),
        N('15 miles', 'distance'),
        N('some 700,000', 'population'),
    ])

# ir02: paramilitary raid on villages around Hasahisa, Gezira state, Sudan (AFP style)
A['ir02.txt'] = dict(
    casualty=[
        C('killing more than 40 people', 'killed', 40, 'at-least', 'people', id='tot'),
        C('forcing thousands from their homes', 'displaced', None, 'vague', 'people'),
        C('bury 23 people', 'killed', 23, 'exact', 'people'),
        C('the toll at 43 dead', 'killed', 43, 'exact', 'people', id='com'),
        C('57 wounded', 'injured', 57, 'exact', 'people'),
        C('11 women', 'killed', 11, 'exact', 'women', sub='com'),
        C('at least nine children', 'killed', 9, 'at-least', 'children', sub='com'),
        C('dozens of residents were still unaccounted for', 'missing', None, 'vague', 'civilians'),
        C('received 31 wounded', 'injured', 31, 'exact', 'people', id='hosp'),
        C('three or four had died', 'killed', None, 'range', 'people', low=3, high=4, sub='hosp'),
        C('killing 27 of their fighters', 'killed', 27, 'exact', 'fighters'),
        C('capturing 15', 'detained', 15, 'exact', 'fighters'),
        C('killed 52 civilians', 'killed', 52, 'exact', 'civilians'),
        C('abducted at least 30 men', 'detained', 30, 'at-least', 'men', id='abd'),
        C('three of its volunteers', 'detained', 3, 'exact', 'other', sub='abd'),
        C('about 6,200 people had fled', 'displaced', 6200, 'approx', 'people'),
        C('more than 500,000 people have been displaced', 'displaced', 500000, 'at-least', 'people'),
        C('nearly 12 million have been uprooted', 'displaced', 12000000, 'at-most', 'people'),
    ],
    sources=[
        S('activists', 'other'),
        S('medics', 'anonymous'),
        S('The Hasahisa Resistance Committee', 'other'),
        S('Adil', 'witness', form='name'),
        S('The committee', 'other'),
        S('A doctor at Hasahisa Teaching Hospital', 'anonymous'),
        S('The RSF', 'military'),
        S('the group', 'military'),
        S('Sudan’s foreign ministry', 'official'),
        S('Emergency Response Rooms', 'ngo'),
        S('The International Organization for Migration', 'ngo'),
        S('The United Nations', 'ngo'),
    ],
    numbers=[
        N('one of hundreds of neighbourhood groups', 'count-objects'),
        N('two neighbouring villages', 'count-objects'),
        N('two surgeons', 'count-people'),
        N('60 kilometres', 'distance'),
        N('70-year-old', 'age'),
        N('April 2023', 'date'),
    ])

# ir03: attack on army positions in Bourem, Gao region, Mali (state media, AMAP/ORTM style)
A['ir03.txt'] = dict(
    casualty=[
        C('neutralised around 30 terrorists', 'killed', 30, 'approx', 'fighters'),
        C('the bodies of 18 terrorists', 'killed', 18, 'exact', 'fighters'),
        C('Four soldiers were killed', 'killed', 4, 'exact', 'soldiers'),
        C('seven others wounded', 'injured', 7, 'exact', 'soldiers', id='w7'),
        C('two of them', 'injured', 2, 'exact', 'soldiers', sub='w7'),
        C('arrested a dozen suspects', 'detained', 12, 'exact', 'people'),
        C('more than 20 soldiers had been killed', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('three civilians', 'killed', 3, 'exact', 'civilians'),
        C('14 wounded civilians', 'injured', 14, 'exact', 'civilians'),
        C('roughly 400 families had taken refuge', 'displaced', 400, 'approx', 'people'),
        C('212 terrorists were neutralised', 'killed', 212, 'exact', 'fighters'),
        C('64 others arrested', 'detained', 64, 'exact', 'fighters'),
    ],
    sources=[
        S('the General Staff of the Armed Forces', 'military'),
        S('the communiqué', 'military', nth=0, form='document'),
        S('the General Staff', 'military', nth=1),
        S('the communiqué', 'military', nth=1, form='document'),
        S('the communiqué', 'military', nth=2, form='document'),
        S('The General Staff', 'military'),
        S('the Jama’at Nusrat al-Islam wal-Muslimin (JNIM)', 'military'),
        S('The governor of the Gao region, General Moussa Koné', 'official', form='title-name'),
        S('The mayor of Bourem, Alhousseini Maïga', 'official', form='title-name'),
        S('State broadcaster ORTM', 'media'),
        S('the General Staff', 'military', nth=2),
    ],
    numbers=[
        N('9 September', 'date'),
        N('around 5.30 am', 'time'),
        N('25 motorbikes', 'count-objects'),
        N('12 weapons', 'count-objects'),
        N('some 95 kilometres', 'distance'),
        N('more than 120 offensive and reconnaissance missions', 'count-objects'),
        N('about 27,000 inhabitants', 'population'),
        N('2012', 'year'),
    ])

# ir04: gunmen's attack on Yelwata, Benue state, Nigeria (AP style, one sentence a paragraph)
A['ir04.txt'] = dict(
    casualty=[
        C('killing at least 56 people', 'killed', 56, 'at-least', 'people', id='tot'),
        C('56 bodies', 'killed', 56, 'exact', 'people', id='bod', tags='repeat'),
        C('17 children', 'killed', 17, 'exact', 'children', sub='bod'),
        C('12 women', 'killed', 12, 'exact', 'women', sub='bod'),
        C('At least 31 others were wounded', 'injured', 31, 'at-least', 'people', id='inj'),
        C('26 of the injured', 'injured', 26, 'exact', 'people', id='h26', sub='inj'),
        C('four of them had died', 'killed', 4, 'exact', 'people', sub='h26'),
        C('the death toll to 68', 'killed', 68, 'exact', 'people', tags='update'),
        C('the number of dead at "more than 100', 'killed', 100, 'at-least', 'people', tags='contradicted'),
        C('three of my children', 'killed', 3, 'exact', 'children'),
        C('about 3,000 residents had fled', 'displaced', 3000, 'approx', 'civilians', id='fled'),
        C('about 1,200 of them', 'displaced', 1200, 'approx', 'civilians', sub='fled'),
        C('14 suspects had been arrested', 'detained', 14, 'exact', 'people'),
        C('killed six of the attackers', 'killed', 6, 'exact', 'fighters'),
        C('killed thousands of people', 'killed', None, 'vague', 'people'),
        C('between 500 and 600 people were killed', 'killed', None, 'range', 'people', low=500, high=600),
        C('upwards of 100,000 were displaced', 'displaced', 100000, 'at-least', 'people'),
    ],
    sources=[
        S('police', 'official'),
        S('local officials', 'official'),
        S('Benue police spokeswoman Doosuur Ikyaa', 'official', form='title-name'),
        S('Ikyaa', 'official', nth=1, form='name'),
        S('A doctor at Benue State University Teaching Hospital', 'anonymous'),
        S('the Benue state government', 'official'),
        S("Amnesty International's Nigeria office", 'ngo'),
        S('residents', 'witness'),
        S('community leaders', 'other'),
        S('Terwase Aondona', 'witness', form='name'),
        S("The state's deputy governor, Joseph Terkula", 'official', form='title-name'),
        S('The State Emergency Management Agency', 'official'),
        S('Police', 'official'),
        S('The military', 'military'),
        S("Nigeria's presidency", 'official'),
        S('The International Crisis Group', 'ngo'),
    ],
    numbers=[
        N('dozens of homes', 'count-objects'),
        N('about 11 p.m.', 'time'),
        N('nearly three hours', 'duration'),
        N('about 18 kilometers', 'distance'),
        N('11 miles', 'distance'),
        N('43-year-old', 'age'),
        N('two schools', 'count-objects'),
        N('two assault rifles', 'count-objects'),
        N('150 rounds of ammunition', 'count-objects'),
        N('2023', 'year'),
    ])

# ir05: Al-Shabaab offensive on Adan Yabaal, Middle Shabelle, Somalia (UN OCHA flash update)
A['ir05.txt'] = dict(
    casualty=[
        C('displaced an estimated 27,000 people', 'displaced', 27000, 'approx', 'people', id='d1'),
        C('At least 19 civilians have been killed', 'killed', 19, 'at-least', 'civilians', id='k1'),
        C('42 injured', 'injured', 42, 'exact', 'civilians', id='i1'),
        C('two health workers are missing', 'missing', 2, 'exact', 'other'),
        C('at least 19 civilians', 'killed', 19, 'at-least', 'civilians', id='k2', tags='repeat'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='k2'),
        C('four women', 'killed', 4, 'exact', 'women', sub='k2'),
        C('42 people have been injured', 'injured', 42, 'exact', 'people', id='i2', tags='repeat'),
        C('23 of the injured', 'injured', 23, 'exact', 'people', id='j23', sub='i2'),
        C('nine children', 'injured', 9, 'exact', 'children', sub='j23'),
        C('three patients have since died', 'killed', 3, 'exact', 'people', sub='j23'),
        C('killed 70–80 Al-Shabaab fighters', 'killed', None, 'range', 'fighters', low=70, high=80),
        C('the loss of 11 soldiers', 'killed', 11, 'exact', 'soldiers'),
        C('killed 46 soldiers', 'killed', 46, 'exact', 'soldiers', tags='contradicted'),
        C('captured nine', 'detained', 9, 'exact', 'soldiers'),
        C('an estimated 27,000 people have fled', 'displaced', 27000, 'approx', 'people', id='d2', tags='repeat'),
        C('Around 9,800 people', 'displaced', 9800, 'approx', 'people', sub='d2'),
        C('Two health workers have been missing', 'missing', 2, 'exact', 'other', tags='repeat'),
        C('detained at least 35 men', 'detained', 35, 'at-least', 'men'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('health partners', 'ngo'),
        S('Local authorities', 'official'),
        S('The SNA', 'military'),
        S('Al-Shabaab-affiliated Radio Andalus', 'media'),
        S('the Displacement Tracking Matrix (DTM) of the International Organization for Migration (IOM)', 'ngo'),
        S('Protection partners', 'ngo'),
        S('Partners', 'ngo', form='collective'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 March 2025', 'date'),
        N('10 March', 'date', nth=0),
        N('US$3.5 million', 'money', nth=0),
        N('10 March', 'date', nth=1),
        N('some 230 km', 'distance'),
        N('72 hours', 'duration'),
        N('14 March', 'date'),
        N('95 km', 'distance'),
        N('15 March', 'date'),
        N('10 March', 'date', nth=2),
        N('14 informal sites', 'count-objects'),
        N('Some 60 per cent', 'percentage'),
        N('12 March', 'date'),
        N('11,000 people', 'count-people'),
        N('US$3.5 million', 'money', nth=1),
        N('three months', 'duration'),
        N('2025', 'year', nth=1),
        N('$1.4 billion', 'money'),
        N('12 per cent', 'percentage'),
    ])

# ir06: police eviction of a land-occupying community in Tiquisate, Escuintla, Guatemala (NGO statement)
A['ir06.txt'] = dict(
    casualty=[
        C('three community members were shot dead', 'killed', 3, 'exact', 'civilians'),
        C('at least 27 people were injured', 'injured', 27, 'at-least', 'people', id='inj'),
        C('five minors', 'injured', 5, 'exact', 'children', sub='inj'),
        C('the three died', 'killed', 3, 'exact', 'civilians', tags='repeat'),
        C('19 of its officers had been injured', 'injured', 19, 'exact', 'soldiers', id='off'),
        C('two of them', 'injured', 2, 'exact', 'soldiers', sub='off'),
        C('the arrest of 24 people', 'detained', 24, 'exact', 'people'),
        C('31 detainees', 'detained', 31, 'exact', 'people', id='det', tags='contradicted'),
        C('four women', 'detained', 4, 'exact', 'women', sub='det'),
        C('At least 85 families lost their homes', 'displaced', 85, 'at-least', 'people'),
        C('as many as 400 people', 'displaced', 400, 'at-most', 'people'),
        C('Several community members remain unaccounted for', 'missing', None, 'vague', 'civilians'),
        C('nearly 2,300 families homeless', 'displaced', 2300, 'at-most', 'people'),
        C('22 land defenders were killed', 'killed', 22, 'exact', 'other'),
    ],
    sources=[
        S('The Observatorio de Derechos Humanos de la Costa Sur (ODHCS)', 'ngo'),
        S('residents', 'witness'),
        S('Witnesses', 'witness'),
        S('The Public Prosecutor’s Office (MP)', 'official'),
        S('The PNC', 'official'),
        S('ODHCS lawyers', 'ngo', form='collective'),
        S('The Human Rights Ombudsman’s Office (PDH)', 'official'),
        S('the Unit for the Protection of Human Rights Defenders in Guatemala (UDEFEGUA)', 'ngo'),
        S('Ana Lucía Chavajay', 'ngo', form='name'),
    ],
    numbers=[
        N('22 October 2024', 'date'),
        N('21 October', 'date'),
        N('some 600 agents', 'count-people'),
        N('around 150 armed private security guards', 'count-people'),
        N('6 am', 'time'),
        N('112 families', 'population'),
        N('2019', 'year'),
        N('34', 'age'),
        N('19', 'age'),
        N('52', 'age'),
        N('16-year-old', 'age'),
        N('six hours', 'duration'),
        N('14 violent evictions', 'count-objects'),
        N('1,200-hectare', 'quantity'),
        N('more than five years', 'duration'),
        N('+502 2250 1187', 'other'),
    ])

# ir07: attack on mourners in a village near Hawija, Kirkuk province, Iraq (broadcaster, Al Jazeera style)
A['ir07.txt'] = dict(
    casualty=[
        C('At least 13 people have been killed', 'killed', 13, 'at-least', 'people', id='tot'),
        C('Nine of the dead were civilians', 'killed', 9, 'exact', 'civilians', sub='tot'),
        C('four were fighters', 'killed', 4, 'exact', 'fighters', sub='tot'),
        C('Another 21 people were wounded', 'injured', 21, 'exact', 'people', id='inj'),
        C('several of them', 'injured', None, 'vague', 'people', sub='inj'),
        C('the bodies of 11 people', 'killed', 11, 'exact', 'people'),
        C('16 wounded', 'injured', 16, 'exact', 'people', id='h16'),
        C('four of whom', 'injured', 4, 'exact', 'people', sub='h16'),
        C('the death toll had risen to 15', 'killed', 15, 'exact', 'people', tags='update'),
        C('two of the wounded died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('killed seven "terrorists"', 'killed', 7, 'exact', 'fighters'),
        C('arrested three suspects', 'detained', 3, 'exact', 'people'),
        C('detained 10-12 men', 'detained', None, 'range', 'men', low=10, high=12),
        C('killed more than 25 "apostate militiamen"', 'killed', 25, 'at-least', 'fighters', tags='contradicted'),
        C('four fighters were among the dead', 'killed', 4, 'exact', 'fighters', sub='tot', tags='repeat'),
        C('dozens of families had left', 'displaced', None, 'vague', 'people'),
        C('almost 40 civilians had been killed', 'killed', 40, 'at-most', 'civilians'),
    ],
    sources=[
        S('Iraqi security officials', 'official'),
        S('officials', 'official', nth=1),
        S('Kirkuk police spokesman Brigadier Amer Nouri', 'official', form='title-name'),
        S("Al Jazeera's Salim Abdulkarim", 'media'),
        S('A doctor at Hawija General Hospital', 'anonymous'),
        S('the Kirkuk health directorate', 'official'),
        S("Iraq's Joint Operations Command", 'military'),
        S('Police', 'official'),
        S("ISIL's Amaq news agency", 'media'),
        S('Iraqi officials', 'official'),
        S('Residents of Tal Sheikh', 'witness'),
        S('Khalaf Hussein', 'witness', form='name'),
        S('The United Nations Assistance Mission for Iraq (UNAMI)', 'ngo'),
    ],
    numbers=[
        N('one', 'other', nth=0),
        N('more than two years', 'duration'),
        N('2014', 'year'),
        N('58-year-old', 'age'),
        N('some 100,000 people', 'population'),
        N('about 55km', 'distance'),
        N('one', 'other', nth=1),
        N('October 2017', 'date'),
    ])

# ir08: fighting between troops and a breakaway armed group in Tipo-Tipo, Basilan, the Philippines
# (a newspaper's own correspondent, byline instead of a dateline)
A['ir08.txt'] = dict(
    casualty=[
        C('Thousands of villagers were fleeing', 'displaced', None, 'vague', 'civilians'),
        C('left at least 14 people dead', 'killed', 14, 'at-least', 'people', id='tot'),
        C('four soldiers', 'killed', 4, 'exact', 'soldiers', sub='tot'),
        C('killed nine of the attackers', 'killed', 9, 'exact', 'fighters'),
        C('the four soldiers', 'killed', 4, 'exact', 'soldiers', tags='repeat'),
        C('11 troops were wounded', 'injured', 11, 'exact', 'soldiers', id='w'),
        C('two of them', 'injured', 2, 'exact', 'soldiers', sub='w'),
        C('fewer than five of his men had died', 'killed', 5, 'at-most', 'fighters', tags='contradicted'),
        C('2,187 families', 'displaced', 2187, 'exact', 'people'),
        C('about 9,600 people, had been displaced', 'displaced', 9600, 'approx', 'people', tags='repeat'),
        C('17 civilians had been wounded', 'injured', 17, 'exact', 'civilians', id='civ'),
        C('six children', 'injured', 6, 'exact', 'children', sub='civ'),
        C('five suspects had been arrested', 'detained', 5, 'exact', 'people'),
        C('detained at least eight civilians', 'detained', 8, 'at-least', 'civilians', id='det', tags='contradicted'),
        C('two minors', 'detained', 2, 'exact', 'children', sub='det'),
    ],
    sources=[
        S('Colonel Ramil Santos', 'military', form='title-name'),
        S('Santos', 'military', nth=1, form='name'),
        S('The commander of the breakaway group', 'military', form='role'),
        S('The provincial disaster office', 'official'),
        S('her brother, Abdulwahid Hajan', 'witness', form='name'),
        S('The provincial health office', 'official'),
        S('doctors', 'anonymous'),
        S('Police in Basilan', 'official'),
        S('The Commission on Human Rights', 'official'),
        S('The army', 'military'),
        S('The Bangsamoro Ministry of Social Services and Development', 'official'),
        S('local officials', 'official'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('68th Infantry Battalion', 'other'),
        N('about 40 gunmen', 'count-people'),
        N('101st Infantry Brigade', 'other'),
        N('seven high-powered firearms', 'count-objects'),
        N('30 minutes', 'duration'),
        N('11 evacuation centres', 'count-objects'),
        N('31', 'age'),
        N('70-year-old', 'age'),
        N('17-year-old', 'age'),
        N('3,500 food packs', 'count-objects'),
        N('2023', 'year'),
        N('2014', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
