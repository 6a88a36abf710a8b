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

# ---------------------------------------------------------------- labels (fifteenth blind set: b01-b08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot … dead / succumbed / fallen / among the dead', r'\bshot\b.*\bdead\b|\bsuccumbed\b|\bfallen\b|\bamong the dead\b'),
    ('captured / abducting / abducted / taken away / holding', r'\bcaptured\b|\babduct|\btaken away\b|\bholding\b'),
    ('evacuated / fleeing / crossed / left / sheltered', r'\bevacuated\b|\bfleeing\b|\bcrossed\b|\bleft\b|\bsheltered\b'),
    ('treated / gunshot wounds / war-wounded', r'\btreated\b|\bgunshot\b|\bwar-wounded\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('gunmen/assailants/suspects', r'\b(?:gunmen|assailants|suspects)\b'),
    ('officers/members of the security forces', r'\b(?:officers|members of the security forces)\b'),
    ('passengers/patients/victims/families', r'\b(?:passengers|patients|victims|families)\b'),
    ('Druze/Bedouin/Yazidis/Mozambicans', r'\b(?:Druze|Bedouin|Yazidis?|Mozambicans)\b'),
    ('staff/colleagues/employees', r'\b(?:staff|colleagues|employees)\b'),
]

# b01: clashes between tribal armed groups in Sabha, southern Libya (Reuters style, American spelling,
# straight quotes)
A['b01.txt'] = dict(
    casualty=[
        C('killed at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('wounded 46', 'injured', 46, 'exact', 'people', id='inj'),
        C('hundreds of families fled', 'displaced', None, 'vague', 'people'),
        C('three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('Eleven of the wounded', 'injured', 11, 'exact', 'people', sub='inj'),
        C('the death toll lower, at 12', 'killed', 12, 'exact', 'people', id='gnu', tags='contradicted'),
        C('arrested nine gunmen', 'detained', 9, 'exact', 'fighters'),
        C('Four members of the security forces were among the dead', 'killed', 4, 'exact', 'soldiers', sub='gnu'),
        C('the toll had climbed to 23', 'killed', 23, 'exact', 'people', tags='update'),
        C('four more people died', 'killed', 4, 'exact', 'people'),
        C('Roughly 30 of the wounded', 'injured', 30, 'approx', 'people', sub='inj'),
        C('recovered seven bodies', 'killed', 7, 'exact', 'people'),
        C('evacuated 85 residents', 'displaced', 85, 'exact', 'civilians', id='ev'),
        C('40 of them children', 'displaced', 40, 'exact', 'children', sub='ev'),
        C('some 1,400 people had been displaced', 'displaced', 1400, 'approx', 'people'),
        C('11 Tebu fighters had been killed', 'killed', 11, 'exact', 'fighters'),
        C('more than 100 people have been killed', 'killed', 100, 'at-least', 'people'),
    ],
    sources=[
        S("the city's main hospital", 'official'),
        S('Sabha Medical Center', 'official'),
        S('two local officials', 'anonymous'),
        S('The interior ministry of the Tripoli-based Government of National Unity (GNU)', 'official'),
        S('ministry spokesman Abdel-Moneim al-Arabi', 'official', form='title-name'),
        S('al-Arabi', 'official', nth=1, form='name'),
        S('Hospital director Mustafa Hamed', 'official', form='title-name'),
        S('Hamed', 'official', nth=1, form='name'),
        S('The Libyan Red Crescent', 'ngo'),
        S('Fatima Abdallah', 'witness', form='name'),
        S('The municipal council', 'official'),
        S('Residents', 'witness'),
        S('A Tebu community leader, Issa Abdelkarim', 'other', form='name'),
        S('the Libyan National Army (LNA)', 'military'),
        S('The U.N. Support Mission in Libya (UNSMIL)', 'ngo'),
        S('U.N. estimates', 'ngo', form='document'),
    ],
    numbers=[
        N('Two days', 'duration'),
        N('61-year-old', 'age'),
        N('two local officials', 'count-people'),
        N('4 p.m.', 'time'),
        N('two surgeons', 'count-people'),
        N('who was 17', 'age'),
        N('her five children', 'count-people'),
        N('about 190 km', 'distance'),
        N('118 miles', 'distance'),
        N('2011', 'year'),
        N('about 130,000 people', 'population'),
        N('some 650 km', 'distance'),
        N('400 miles', 'distance'),
        N('2014', 'year'),
    ])

# b02: fighting in Suwayda, southern Syria, between Druze fighters, Bedouin tribes and government forces
# (AFP style, British spelling, curly quotes)
A['b02.txt'] = dict(
    casualty=[
        C('killed more than 90 people', 'killed', 90, 'at-least', 'people', id='tot'),
        C('47 Druze', 'killed', 47, 'exact', 'people', id='dr', sub='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='dr'),
        C('two children', 'killed', 2, 'exact', 'children', sub='dr'),
        C('18 Bedouin', 'killed', 18, 'exact', 'people', sub='tot'),
        C('27 members of the security forces', 'killed', 27, 'exact', 'soldiers', sub='tot'),
        C('at least 150 others had been wounded', 'injured', 150, 'at-least', 'people'),
        C('toll of 37 dead', 'killed', 37, 'exact', 'people', tags='contradicted'),
        C('112 wounded', 'injured', 112, 'exact', 'people', tags='contradicted'),
        C('15 soldiers had been killed', 'killed', 15, 'exact', 'soldiers'),
        C('captured more than 40 gunmen', 'detained', 40, 'at-least', 'fighters'),
        C('at least a dozen bodies', 'killed', 12, 'at-least', 'people'),
        C('received 60 bodies', 'killed', 60, 'exact', 'people'),
        C('abducting 20–30 Druze civilians', 'detained', None, 'range', 'civilians', low=20, high=30),
        C('holding “dozens” of Bedouin', 'detained', None, 'vague', 'people'),
        C('29 more bodies had been found', 'killed', 29, 'exact', 'people'),
        C('its toll to 116', 'killed', 116, 'exact', 'people', tags='update'),
        C('around 2,000 families had been displaced', 'displaced', 2000, 'approx', 'people'),
        C('killed more than 100 people', 'killed', 100, 'at-least', 'people'),
    ],
    sources=[
        S('a war monitor', 'ngo'),
        S('The Syrian Observatory for Human Rights', 'ngo'),
        S('The Britain-based monitor', 'ngo'),
        S('The health ministry in Damascus', 'official'),
        S('the official news agency SANA', 'media'),
        S('The defence ministry', 'military'),
        S('An AFP correspondent in Suwayda city', 'media'),
        S('a doctor at Suwayda National Hospital', 'anonymous'),
        S('The Men of Dignity movement', 'military'),
        S('tribal leaders', 'other'),
        S('Local news outlet Suwayda 24', 'media'),
        S('the Observatory', 'ngo', nth=0),
        S('Abu Fadi', 'military', form='name'),
        S('The International Organization for Migration', 'ngo'),
        S('the Observatory', 'ngo', nth=1),
    ],
    numbers=[
        N('the two sides', 'count-objects'),
        N('one of the main Druze armed groups', 'other'),
        N('Suwayda 24', 'other'),
        N('38-year-old', 'age'),
        N('around 700,000', 'population'),
        N('2011', 'year'),
    ])

# b03: shelling of a hospital in El Fasher and flight to Tawila, North Darfur, Sudan (a medical NGO's
# statement, first person, notes to editors)
A['b03.txt'] = dict(
    casualty=[
        C('killing 11 people', 'killed', 11, 'exact', 'people', id='k'),
        C('nine of them patients', 'killed', 9, 'exact', 'people', sub='k'),
        C('injuring at least 17', 'injured', 17, 'at-least', 'people', id='i'),
        C('three of our staff', 'injured', 3, 'exact', 'other', id='st', sub='i'),
        C('Two of our injured colleagues', 'injured', 2, 'exact', 'other', sub='st'),
        C('278 war-wounded', 'injured', 278, 'exact', 'people', id='ww'),
        C('31 of them died', 'killed', 31, 'exact', 'people', sub='ww'),
        C('more than 9,000 people fleeing', 'displaced', 9000, 'at-least', 'people'),
        C('taken away four or five young men', 'detained', None, 'range', 'men', low=4, high=5),
        C('shot two others dead', 'killed', 2, 'exact', 'men'),
        C('treated 41 people', 'injured', 41, 'exact', 'people', id='gs'),
        C('15 of them children', 'injured', 15, 'exact', 'children', sub='gs'),
        C('some 380,000 people have been displaced', 'displaced', 380000, 'approx', 'people'),
        C('between 1,500 and 2,000 displaced people', 'displaced', None, 'range', 'people', low=1500, high=2000),
        C('62 civilians had been killed', 'killed', 62, 'exact', 'civilians'),
    ],
    sources=[
        S('the international medical organisation Health Frontiers International (HFI)', 'ngo'),
        S('Dr Halima Osman', 'ngo', form='title-name'),
        S('A 34-year-old woman', 'witness', form='role'),
        S('Many patients', 'witness', form='collective'),
        S('The International Organization for Migration (IOM)', 'ngo'),
        S('humanitarian partners in Tawila', 'ngo'),
        S('The health authorities in El Fasher', 'official'),
        S('The Rapid Support Forces (RSF)', 'military'),
    ],
    numbers=[
        N('14 May 2025', 'date'),
        N('7:40 am', 'time'),
        N('One shell', 'count-objects'),
        N('more than 20 women', 'count-people'),
        N('64 patients', 'count-people'),
        N('four surgeons', 'count-people'),
        N('some 60 km', 'distance'),
        N('two or three days', 'duration'),
        N('3,150 children under five', 'count-people'),
        N('27 per cent', 'percentage'),
        N('34-year-old', 'age'),
        N('2019', 'year'),
        N('two clinics', 'count-objects'),
        N('2024', 'year'),
        N('4,870 surgical interventions', 'count-objects'),
        N('more than 61,000 outpatient consultations', 'count-objects'),
    ])

# b04: police shootings during post-election protests in Maputo, Mozambique (AP style, em-dash dateline)
A['b04.txt'] = dict(
    casualty=[
        C('killing at least nine people', 'killed', 9, 'at-least', 'people'),
        C('31 people were wounded', 'injured', 31, 'exact', 'people'),
        C('more than 200 had been arrested', 'detained', 200, 'at-least', 'people', id='arr'),
        C('67 people have been killed', 'killed', 67, 'exact', 'people', id='all'),
        C('six children', 'killed', 6, 'exact', 'children', sub='all'),
        C('hundreds have been injured', 'injured', None, 'vague', 'people'),
        C('three people had died', 'killed', 3, 'exact', 'people', tags='contradicted'),
        C('18 officers had been hurt', 'injured', 18, 'exact', 'soldiers'),
        C('detained 142 people', 'detained', 142, 'exact', 'people', tags='contradicted'),
        C('27 people with gunshot wounds', 'injured', 27, 'exact', 'people', id='h'),
        C('four of whom had died', 'killed', 4, 'exact', 'people', sub='h'),
        C('Dozens more were treated', 'injured', None, 'vague', 'people'),
        C('killed at least 48 people', 'killed', 48, 'at-least', 'people'),
        C('11 of those arrested were still unaccounted for', 'missing', 11, 'exact', 'people', sub='arr'),
        C('approximately 2,000 Mozambicans had crossed', 'displaced', 2000, 'approx', 'people'),
    ],
    sources=[
        S('a civil society group', 'ngo'),
        S('The Voz Cidadã platform', 'ngo'),
        S('Police spokesman Leonel Muchanga', 'official', form='title-name'),
        S('Muchanga', 'official', nth=1, form='name'),
        S('clinical director Dr. Ernesto Macuácua', 'official', form='title-name'),
        S('an AP journalist', 'media'),
        S('A 23-year-old street vendor, Celso Mabunda', 'witness', form='name'),
        S('Mabunda', 'witness', nth=1, form='name'),
        S('Amnesty International', 'ngo'),
        S('Voz Cidadã', 'ngo', nth=1),
        S('Malawian authorities', 'official'),
        S('The runner-up', 'other', form='role'),
        S('official results', 'official', form='document'),
    ],
    numbers=[
        N('Oct. 21', 'date'),
        N('between 18 and 30', 'age'),
        N('about 50 youths', 'count-people'),
        N('at least a dozen shots', 'count-objects'),
        N('23-year-old', 'age'),
        N('between Oct. 21 and Nov. 10', 'date'),
        N('as young as 13', 'age'),
        N('1975', 'year'),
        N('Oct. 9', 'date'),
        N('71%', 'percentage'),
        N('20%', 'percentage'),
    ])

# b05: an attack on a passenger convoy near Parachinar and tribal clashes in Kurram, Khyber Pakhtunkhwa,
# Pakistan (a Pakistani newspaper's own correspondent, with a headline and an "Our Correspondent" byline)
A['b05.txt'] = dict(
    casualty=[
        C('kill 42', 'killed', 42, 'exact', 'people'),
        C('At least 42 passengers', 'killed', 42, 'at-least', 'people', id='tot', tags='repeat'),
        C('seven women', 'killed', 7, 'exact', 'women', sub='tot'),
        C('five children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('29 others injured', 'injured', 29, 'exact', 'people', id='inj'),
        C('the bodies of 38 victims', 'killed', 38, 'exact', 'people', sub='tot'),
        C('four', 'killed', 4, 'exact', 'people', nth=0, sub='tot'),
        C('17 of the injured', 'injured', 17, 'exact', 'people', sub='inj'),
        C('the death toll from the convoy attack had risen to 47', 'killed', 47, 'exact', 'people', tags='update'),
        C('five of the injured succumbed', 'killed', 5, 'exact', 'people', sub='inj'),
        C('at least 12 more people were killed', 'killed', 12, 'at-least', 'people'),
        C('upwards of 30 wounded', 'injured', 30, 'at-least', 'people'),
        C('the number of dead in the clashes at 16', 'killed', 16, 'exact', 'people', tags='contradicted'),
        C('hundreds of families had left', 'displaced', None, 'vague', 'people'),
        C('the number of displaced families at over 600', 'displaced', 600, 'at-least', 'people'),
        C('at least 10 people', 'detained', 10, 'at-least', 'people', id='ab'),
        C('two government employees', 'detained', 2, 'exact', 'other', sub='ab'),
        C('arrested 14 suspects', 'detained', 14, 'exact', 'people'),
        C('More than 130 people were killed', 'killed', 130, 'at-least', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('a senior police official', 'anonymous'),
        S('Kurram Deputy Commissioner Ashfaq Khan', 'official', form='title-name'),
        S('DHQ Hospital Medical Superintendent Dr Mir Hasan Jan', 'official', form='title-name'),
        S('A passenger, Sajid Hussain', 'witness', form='name'),
        S('a hospital spokesperson', 'anonymous'),
        S('local elders', 'other'),
        S('Sources at the DHQ hospital', 'anonymous'),
        S('Residents', 'witness'),
        S('The district administration', 'official'),
        S('Tribal elders', 'other'),
        S('Police', 'official'),
        S('Khyber Pakhtunkhwa government spokesperson Zahid Gul', 'official', form='title-name'),
        S('the Human Rights Commission of Pakistan', 'ngo'),
    ],
    numbers=[
        N('around 200 vehicles', 'count-objects'),
        N('about 40 kilometres', 'distance'),
        N('between 10 and 12', 'count-people'),
        N('nearly 40 minutes', 'duration'),
        N('a number of houses and shops', 'count-objects'),
        N('one of the tribes', 'other'),
        N('a jirga of 25 elders', 'count-people'),
        N('Rs1 million', 'money'),
        N('Rs500,000', 'money'),
        N('some 785,000 people', 'population'),
    ])

# b06: a cattle raid and revenge attacks in Pibor, Jonglei, South Sudan (a UN peacekeeping mission's press
# statement, UNMISS style)
A['b06.txt'] = dict(
    casualty=[
        C('killed at least 31 people', 'killed', 31, 'at-least', 'people'),
        C('injured dozens', 'injured', None, 'vague', 'people'),
        C('killing 17 people', 'killed', 17, 'exact', 'people', id='raid'),
        C('six women', 'killed', 6, 'exact', 'women', sub='raid'),
        C('three children', 'killed', 3, 'exact', 'children', sub='raid'),
        C('Eight children were abducted', 'detained', 8, 'exact', 'children', id='abd'),
        C('two of them', 'detained', 2, 'exact', 'children', sub='abd'),
        C('killing 14 civilians', 'killed', 14, 'exact', 'civilians'),
        C('wounding 20 to 25 others', 'injured', None, 'range', 'civilians', low=20, high=25),
        C('seven critically injured people', 'injured', 7, 'exact', 'people'),
        C('more than 8,000 people have been displaced', 'displaced', 8000, 'at-least', 'people', id='idp'),
        C('some 2,300 of them', 'displaced', 2300, 'approx', 'people', sub='idp'),
        C('as many as 40 people may have been killed', 'killed', 40, 'at-most', 'people', tags='contradicted'),
        C('scores of people still missing', 'missing', None, 'vague', 'people'),
        C('11 suspects had been arrested', 'detained', 11, 'exact', 'people'),
        C('213 people were killed', 'killed', 213, 'exact', 'people'),
        C('97 abducted', 'detained', 97, 'exact', 'people'),
    ],
    sources=[
        S('the Mission', 'military', nth=0),
        S('local authorities', 'official'),
        S('the Special Representative of the Secretary-General and Head of UNMISS, Margaret Otieno', 'military',
          form='title-name'),
        S('Humanitarian partners', 'ngo'),
        S('The Greater Pibor Administrative Area’s Minister of Information, Peter Lotiri', 'official',
          form='title-name'),
        S('The Jonglei State police commissioner', 'official', form='role'),
        S('The UNMISS Human Rights Division', 'military'),
    ],
    numbers=[
        N('9 March 2025', 'date'),
        N('2 March', 'date'),
        N('an estimated 4,000 head of cattle', 'count-objects'),
        N('5 and 6 March', 'date'),
        N('26 short- and long-duration patrols', 'count-objects'),
        N('3 March', 'date'),
        N('a further 120 peacekeepers', 'count-people'),
        N('42 incidents', 'count-objects'),
        N('2024', 'year'),
    ])

# b07: clashes between the Iraqi army and the YBS in Sinjar, Iraq (a Kurdish broadcaster, Rudaw style,
# with a headline and no dateline)
A['b07.txt'] = dict(
    casualty=[
        C('Two Iraqi soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('three YBS fighters killed', 'killed', 3, 'exact', 'fighters'),
        C('at least five people dead', 'killed', 5, 'at-least', 'people', id='tot'),
        C('two soldiers', 'killed', 2, 'exact', 'soldiers', sub='tot', tags='repeat'),
        C('hundreds of Yazidi families fled', 'displaced', None, 'vague', 'people'),
        C('two of his soldiers were killed', 'killed', 2, 'exact', 'soldiers', tags='repeat'),
        C('four others wounded', 'injured', 4, 'exact', 'soldiers'),
        C('detained 11 gunmen', 'detained', 11, 'exact', 'fighters'),
        C('three of its fighters had been killed', 'killed', 3, 'exact', 'fighters', tags='repeat'),
        C('seven civilians', 'injured', 7, 'exact', 'civilians'),
        C('the death toll at seven', 'killed', 7, 'exact', 'people', tags='update'),
        C('two civilians', 'killed', 2, 'exact', 'civilians'),
        C('3,480 people fleeing', 'displaced', 3480, 'exact', 'people'),
        C('an estimated 400 families had been sheltered', 'displaced', 400, 'approx', 'people'),
        C('killed at least one soldier', 'killed', 1, 'at-least', 'soldiers'),
        C('displaced more than 10,000 people', 'displaced', 10000, 'at-least', 'people'),
        C('killing thousands of Yazidi men', 'killed', None, 'vague', 'men'),
        C('abducting more than 6,400 people', 'detained', 6400, 'at-least', 'people', id='ab'),
        C('Around 2,600 of them are still missing', 'missing', 2600, 'approx', 'people', sub='ab'),
        C('More than 200,000 Yazidis remain displaced', 'displaced', 200000, 'at-least', 'people'),
    ],
    sources=[
        S('a security source', 'anonymous'),
        S('the source', 'anonymous'),
        S("An officer in the army's 20th Division", 'anonymous'),
        S('The YBS', 'military'),
        S('The Iraqi Joint Operations Command', 'military'),
        S('Sinjar mayor Khalaf Barakat', 'official', form='title-name'),
        S("Rudaw's correspondent in Sinjar", 'media'),
        S("The Kurdistan Region's Joint Crisis Coordination Centre (JCC)", 'official'),
        S('the International Organization for Migration (IOM)', 'ngo'),
        S('Yazidi activist Nadia Qasim', 'other', form='title-name'),
        S("the Kurdistan Region's Office for Rescuing Kidnapped Yazidis", 'official'),
    ],
    numbers=[
        N('20th Division', 'other'),
        N('12-year-old', 'age'),
        N('2020', 'year'),
        N('May 2022', 'date'),
        N('August 2014', 'date'),
    ])

# b08: a jihadist attack on an army post in the Savanes region of northern Togo (state media, with the
# government's communiqué; one sentence a paragraph)
A['b08.txt'] = dict(
    casualty=[
        C('Twelve soldiers', 'killed', 12, 'exact', 'soldiers'),
        C('killed 17 assailants', 'killed', 17, 'exact', 'fighters'),
        C('Five soldiers were wounded', 'injured', 5, 'exact', 'soldiers', id='inj'),
        C('Two civilians', 'killed', 2, 'exact', 'civilians'),
        C('Three other villagers', 'injured', 3, 'exact', 'civilians'),
        C('four suspects had been arrested', 'detained', 4, 'exact', 'people'),
        C('the death toll among the soldiers had risen to 13', 'killed', 13, 'exact', 'soldiers', tags='update'),
        C('one of the wounded died', 'killed', 1, 'exact', 'soldiers', sub='inj'),
        C('the 13 fallen soldiers', 'killed', 13, 'exact', 'soldiers', tags='repeat'),
        C('killed more than 40 soldiers', 'killed', 40, 'at-least', 'soldiers', tags='contradicted'),
        C('some 4,500 people had fled', 'displaced', 4500, 'approx', 'people', id='idp'),
        C('nearly 2,000 children', 'displaced', 2000, 'at-most', 'children', sub='idp'),
        C('31 soldiers', 'killed', 31, 'exact', 'soldiers'),
        C('29 civilians', 'killed', 29, 'exact', 'civilians'),
    ],
    sources=[
        S('the Government', 'official', nth=0),
        S('the communiqué', 'official', nth=0, form='document'),
        S('the communiqué', 'official', nth=1, form='document'),
        S('the prefect of Kpendjal, Colonel Kossi Agbéko', 'official', form='title-name'),
        S('a nurse there', 'anonymous'),
        S('The prefect', 'official', form='role'),
        S('the general staff of the armed forces', 'military'),
        S('the general staff', 'military', nth=1),
        S('the general staff', 'military', nth=2),
        S('the jihadist group JNIM', 'military'),
        S('The Minister of Communication and Media, Akoua Dzifa Adjoa', 'official', form='title-name'),
        S('The regional directorate of social action', 'official'),
        S('the directorate', 'official'),
        S('official figures', 'official', form='document'),
    ],
    numbers=[
        N('18 July 2025', 'date'),
        N('4 a.m.', 'time'),
        N('about sixty', 'count-people'),
        N('14 assault rifles', 'count-objects'),
        N('two machine guns', 'count-objects'),
        N('23 motorcycles', 'count-objects'),
        N('several boxes of ammunition', 'count-objects'),
        N('2022', 'year', nth=0),
        N('a further 12 months', 'duration'),
        N('2022', 'year', nth=1),
        N('1011', 'other'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
