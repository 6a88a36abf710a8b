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

# ---------------------------------------------------------------- labels (blind set 62: vq01-vq08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / martyrs / succumbed / neutralised / claim … lives / shot dead',
     r'\bmartyr|\bsuccumbed\b|\bneutrali[sz]ed\b|\bclaim\b.*\blives\b|\bshot dead\b'),
    ('abducted / hostages / captured / taken for questioning',
     r'\babducted\b|\bhostages\b|\bcaptured\b|\bquestioning\b'),
    ('left / relocated / evacuated / sheltering', r'\bleft\b|\brelocated\b|\bevacuated\b|\bsheltering\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/commandos/policemen/members of security forces',
     r'\b(?:servicemen|commandos|policemen|members)\b'),
    ('attackers/militiamen/Maoists/terrorists', r'\b(?:attackers|militiamen|Maoists|terrorists)\b'),
    ('suspects/persons/patients/families/hostages', r'\b(?:suspects|persons|patients|families|hostages)\b'),
    ('nurses', r'\bnurses\b'),
]

# vq01: a Russian cluster-warhead missile on a market and bus stop in Chuhuiv, Kharkiv oblast (Reuters style)
A['vq01.txt'] = dict(
    casualty=[
        C('killing at least eight people', 'killed', 8, 'at-least', 'people', id='tot'),
        C('wounding 27 others', 'injured', 27, 'exact', 'people', id='inj'),
        C('three children', 'injured', 3, 'exact', 'children', sub='inj'),
        C('four or five bodies', 'killed', None, 'range', 'people', low=4, high=5),
        C('19 of the wounded', 'injured', 19, 'exact', 'people', sub='inj', id='h19'),
        C('five of them', 'injured', 5, 'exact', 'people', sub='h19'),
        C('the death toll had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('the number of injured to 31', 'injured', 31, 'exact', 'people', tags='update'),
        C('two more bodies', 'killed', 2, 'exact', 'people'),
        C('killed up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('about 300 residents', 'displaced', 300, 'approx', 'civilians'),
        C('more than 1,200 people had left', 'displaced', 1200, 'at-least', 'people'),
        C('detained two men', 'detained', 2, 'exact', 'men'),
        C('wounded three people', 'injured', 3, 'exact', 'people'),
        C('at least 12,900 civilians had been killed', 'killed', 12900, 'at-least', 'civilians'),
    ],
    sources=[
        S('the regional governor', 'official', form='role'),
        S('Governor Andriy Horbach', 'official', form='title-name'),
        S('Valentyna Moroz', 'witness', form='name'),
        S('Horbach', 'official', nth=1, form='name'),
        S("Ukraine's State Emergency Service", 'official'),
        S("Russia's Defense Ministry", 'military'),
        S("The Ukrainian military's General Staff", 'military'),
        S("The Kharkiv regional prosecutor's office", 'official'),
        S('Local authorities', 'official'),
        S("Ukraine's SBU security service", 'official'),
        S('the service', 'official'),
        S('the regional governor', 'official', nth=1, form='role'),
        S('The U.N. human rights monitoring mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('11 a.m.', 'time'),
        N('two soccer fields', 'quantity'),
        N('63', 'age'),
        N('71-year-old', 'age'),
        N('14 people', 'count-people'),
        N('about 30,000 people', 'population'),
        N('some 40 km', 'distance'),
        N('25 miles', 'distance'),
        N('roughly 30 km', 'distance'),
        N('February 2022', 'date'),
    ])

# vq02: a UN OCHA flash update on an attack on Mornei, West Darfur, Sudan
A['vq02.txt'] = dict(
    casualty=[
        C('At least 46 people', 'killed', 46, 'at-least', 'people', id='h46'),
        C('17 children', 'killed', 17, 'exact', 'children', sub='h46'),
        C('An estimated 9,200 people have fled', 'displaced', 9200, 'approx', 'people'),
        C('46 people were killed', 'killed', 46, 'exact', 'people', tags='repeat'),
        C('112 injured', 'injured', 112, 'exact', 'people', id='inj'),
        C('31 of them', 'injured', 31, 'exact', 'people', sub='inj'),
        C('the death toll at more than 60', 'killed', 60, 'at-least', 'people', tags='contradicted'),
        C('at least 20 people remain unaccounted for', 'missing', 20, 'at-least', 'people'),
        C('up to 150 men and boys were abducted', 'detained', 150, 'at-most', 'men'),
        C('some 9,200 people have been displaced', 'displaced', 9200, 'approx', 'people', id='dtm', tags='repeat'),
        C('roughly 2,100', 'displaced', 2100, 'approx', 'people', sub='dtm'),
        C('58 of the injured', 'injured', 58, 'exact', 'people', sub='inj', id='i58'),
        C('eight of whom have since died', 'killed', 8, 'exact', 'people', sub='i58'),
    ],
    sources=[
        S('humanitarian partners', 'ngo', form='collective'),
        S('community leaders', 'other'),
        S('local authorities', 'official'),
        S('the West Darfur State Ministry of Health', 'official'),
        S('Community leaders', 'other'),
        S('The Rapid Support Forces (RSF)', 'military'),
        S('Displaced women', 'witness'),
        S('The UN Human Rights Office', 'ngo'),
        S('the International Organization for Migration’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('UNHCR', 'ngo'),
        S('Health partners', 'ngo'),
        S('the Humanitarian Coordinator for Sudan', 'ngo', form='role'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('14 August', 'date'),
        N('11 and 12 August', 'date'),
        N('11 and 12 August', 'date', nth=1),
        N('some 80 km', 'distance'),
        N('about 38,000 people', 'population'),
        N('13 August', 'date'),
        N('about 70 per cent', 'percentage'),
        N('14 gathering sites', 'count-objects'),
        N('6 staff', 'count-people'),
        N('13 August', 'date', nth=1),
        N('120 tonnes', 'quantity'),
        N('11,000 people', 'count-people'),
        N('13 August', 'date', nth=2),
        N('three of the gathering sites', 'count-objects'),
        N('2,000 households', 'count-people'),
        N('2024', 'year'),
        N('US$4.16 billion', 'money'),
        N('23 per cent', 'percentage'),
    ])

# vq03: a jihadist attack on Seytenga, Burkina Faso's Sahel region (AFP style, one sentence a paragraph)
A['vq03.txt'] = dict(
    casualty=[
        C('killed dozens of people', 'killed', None, 'vague', 'people'),
        C('at least 30 bodies', 'killed', 30, 'at-least', 'people'),
        C('27 civilians', 'killed', 27, 'exact', 'civilians'),
        C('11 soldiers', 'killed', 11, 'exact', 'soldiers'),
        C('20–25 people wounded', 'injured', None, 'range', 'people', low=20, high=25),
        C('more than 50 dead', 'killed', 50, 'at-least', 'people', tags='contradicted'),
        C('36 wounded', 'injured', 36, 'exact', 'people', id='w36', tags='contradicted'),
        C('eight of them children', 'injured', 8, 'exact', 'children', sub='w36'),
        C('neutralised several dozen terrorists', 'killed', None, 'vague', 'fighters'),
        C('14 hostages', 'detained', 14, 'exact', 'people'),
        C('Some 3,000 people have fled', 'displaced', 3000, 'approx', 'people', id='fled'),
        C('about 400 children', 'displaced', 400, 'approx', 'children', sub='fled'),
        C('killed scores of residents', 'killed', None, 'vague', 'civilians'),
        C('killed more than 20,000 people', 'killed', 20000, 'at-least', 'people'),
        C('forced over 2 million people from their homes', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('security and local sources', 'anonymous'),
        S('a resident', 'witness'),
        S('A security source in Dori', 'anonymous'),
        S('A local official', 'anonymous'),
        S('A medical source at Dori regional hospital', 'anonymous'),
        S('The army', 'military'),
        S('Residents', 'witness'),
        S('a humanitarian worker in Dori', 'anonymous'),
        S('Aminata Diallo', 'witness', form='name'),
        S('the conflict monitor ACLED', 'ngo'),
    ],
    numbers=[
        N('5 pm', 'time'),
        N('some 40 kilometres', 'distance'),
        N('at least 40 shops', 'count-objects'),
        N('about 15 kilometres', 'distance'),
        N('one', 'other'),
        N('2022', 'year'),
        N('two nights', 'duration'),
        N('2015', 'year'),
        N('2022', 'year', nth=1),
        N('several foreign media outlets', 'count-objects'),
    ])

# vq04: an NGO press release on militia attacks near Manono, Tanganyika province, DR Congo
A['vq04.txt'] = dict(
    casualty=[
        C('74 wounded people', 'injured', 74, 'exact', 'people', id='tot'),
        C('29 are children', 'injured', 29, 'exact', 'children', sub='tot'),
        C('18 are women', 'injured', 18, 'exact', 'women', sub='tot'),
        C('Seven patients died', 'killed', 7, 'exact', 'people'),
        C('12 others', 'injured', 12, 'exact', 'people'),
        C('One of our nurses was injured', 'injured', 1, 'exact', 'other'),
        C('at least 38 people were killed', 'killed', 38, 'at-least', 'people'),
        C('a further nine bodies', 'killed', 9, 'exact', 'people'),
        C('between 50 and 70 dead', 'killed', None, 'range', 'people', low=50, high=70, tags='contradicted'),
        C('dozens of people still missing', 'missing', None, 'vague', 'people'),
        C('killed a dozen militiamen', 'killed', 12, 'exact', 'fighters'),
        C('arrested 11 suspects', 'detained', 11, 'exact', 'people'),
        C('forced around 15,000 people to flee', 'displaced', 15000, 'approx', 'people', id='disp'),
        C('almost 4,800 displaced people', 'displaced', 4800, 'at-most', 'people', sub='disp'),
        C('some 6.9 million people are internally displaced', 'displaced', 6900000, 'approx', 'people'),
    ],
    sources=[
        S('the organisation', 'ngo'),
        S('Dr Patrice Ilunga', 'ngo', form='title-name'),
        S('the local authorities in Manono territory', 'official'),
        S('The territory administrator', 'official', form='role'),
        S('Kabulo Ngoy', 'witness', form='name'),
        S('Civil society groups in Manono', 'other'),
        S('The Congolese army (FARDC)', 'military'),
        S('OCHA, the UN’s humanitarian coordination office', 'ngo'),
        S('Ilunga', 'ngo', nth=1, form='name'),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('3 March', 'date'),
        N('three villages', 'count-objects'),
        N('26 February', 'date'),
        N('more than 450 km', 'distance'),
        N('two-year-old', 'age'),
        N('15 years', 'duration'),
        N('1 March', 'date'),
        N('more than 60 houses', 'count-objects'),
        N('52', 'age'),
        N('28 February', 'date'),
        N('120-bed', 'count-objects'),
        N('2019', 'year'),
        N('3 tonnes', 'quantity'),
        N('11 countries', 'count-objects'),
        N('four provinces', 'count-objects'),
    ])

# vq05: a jihadist attack on an army post near Materi, northern Benin (dpa style)
A['vq05.txt'] = dict(
    casualty=[
        C('killed at least 15 soldiers', 'killed', 15, 'at-least', 'soldiers'),
        C('around 20 attackers', 'killed', 20, 'approx', 'fighters'),
        C('eight soldiers were wounded', 'injured', 8, 'exact', 'soldiers', id='w8'),
        C('killed 32 soldiers', 'killed', 32, 'exact', 'soldiers', tags='contradicted'),
        C('the death toll among the troops had risen to 21', 'killed', 21, 'exact', 'soldiers', tags='update'),
        C('several soldiers were still missing', 'missing', None, 'vague', 'soldiers'),
        C('Two of the wounded', 'injured', 2, 'exact', 'soldiers', sub='w8'),
        C('two civilians', 'killed', 2, 'exact', 'civilians'),
        C('detained nine people', 'detained', 9, 'exact', 'people'),
        C('Fewer than 20 soldiers had died', 'killed', 20, 'at-most', 'soldiers', tags='contradicted'),
        C('hundreds of families had left', 'displaced', None, 'vague', 'people'),
        C("killed upwards of 200 members of Benin's security forces", 'killed', 200, 'at-least', 'soldiers'),
        C('23 soldiers died', 'killed', 23, 'exact', 'soldiers'),
    ],
    sources=[
        S('the army', 'military'),
        S('army chief of staff General Félix Adjovi', 'military', form='title-name'),
        S('state television', 'media'),
        S('Adjovi', 'military', nth=1, form='name'),
        S('The al-Qaeda-linked group JNIM', 'military'),
        S('A security source in Natitingou', 'anonymous'),
        S('the source', 'anonymous'),
        S('Residents of Materi', 'witness'),
        S('a teacher in Materi', 'anonymous'),
        S('Government spokesman Romuald Dossou-Yovo', 'official', form='title-name'),
        S('Local officials in Materi', 'official'),
        S('the Dakar-based Sahel Security Observatory', 'ngo'),
        S("Benin's government", 'official'),
    ],
    numbers=[
        N('Dozens of heavily armed men', 'count-people'),
        N('about 25 kilometers', 'distance'),
        N('four vehicles', 'count-objects'),
        N('almost three hours', 'duration'),
        N('three days', 'duration'),
        N('2021', 'year'),
        N('one', 'other'),
        N('3,500 additional soldiers', 'count-people'),
        N('2022', 'year'),
    ])

# vq06: a Maoist IED ambush on a police search party in Latehar, Jharkhand, India (own correspondent)
A['vq06.txt'] = dict(
    casualty=[
        C('Three Jharkhand Jaguar commandos were killed', 'killed', 3, 'exact', 'soldiers'),
        C('five others injured', 'injured', 5, 'exact', 'soldiers', id='inj'),
        C('two of them', 'injured', 2, 'exact', 'soldiers', sub='inj'),
        C('at least two Maoists', 'killed', 2, 'at-least', 'fighters'),
        C('one of the injured commandos', 'killed', 1, 'exact', 'soldiers', sub='inj'),
        C('taking the toll to four', 'killed', 4, 'exact', 'soldiers', tags='update'),
        C('killed seven “mercenaries of the state”', 'killed', 7, 'exact', 'soldiers', tags='contradicted'),
        C('nearly two dozen persons had been detained', 'detained', 24, 'at-most', 'people', id='det'),
        C('two women', 'detained', 2, 'exact', 'women', sub='det'),
        C('around 30 families had left', 'displaced', 30, 'approx', 'people'),
        C('four policemen were killed', 'killed', 4, 'exact', 'soldiers'),
        C('27 Maoists have been killed', 'killed', 27, 'exact', 'fighters'),
        C('139 arrested', 'detained', 139, 'exact', 'fighters'),
    ],
    sources=[
        S('police', 'official', form='collective'),
        S('Latehar superintendent of police Anjani Kumar Oraon', 'official', form='title-name'),
        S('the SP', 'official', form='role'),
        S('hospital sources', 'anonymous'),
        S('The banned CPI (Maoist)', 'military'),
        S('Inspector-general of police (operations) Rajeev Ranjan Singh', 'official', form='title-name'),
        S('Villagers in Chhipadohar', 'witness'),
        S('Somari Devi', 'witness', form='name'),
        S('State home secretary Vandana Tirkey', 'official', form='title-name'),
        S('police data', 'official', form='document'),
        S('The state police headquarters', 'official'),
    ],
    numbers=[
        N('Oct. 9', 'date'),
        N('two-day', 'duration'),
        N('6.45am', 'time'),
        N('nearly 40 minutes', 'duration'),
        N('29', 'age'),
        N('about 80 households', 'population'),
        N('45-year-old', 'age'),
        N('Rs 10 lakh', 'money'),
        N('about 100km', 'distance'),
        N('46 have surrendered', 'count-people'),
        N('fewer than 60 armed cadres', 'count-people'),
        N('about 25km', 'distance'),
    ])

# vq07: revenge attacks between communities near Rumbek, Lakes state, South Sudan (broadcaster, VOA style)
A['vq07.txt'] = dict(
    casualty=[
        C('Dozens killed', 'killed', None, 'vague', 'people'),
        C('At least 34 people have been killed', 'killed', 34, 'at-least', 'people'),
        C('41 wounded', 'injured', 41, 'exact', 'people'),
        C('killing 19 people', 'killed', 19, 'exact', 'people', id='c19'),
        C('four women', 'killed', 4, 'exact', 'women', sub='c19'),
        C('at least nine children had been abducted', 'detained', 9, 'at-least', 'children'),
        C('several people were still missing', 'missing', None, 'vague', 'people'),
        C('15 more people were killed', 'killed', 15, 'exact', 'people'),
        C('23 bodies', 'killed', 23, 'exact', 'people', tags='contradicted'),
        C('41 wounded', 'injured', 41, 'exact', 'people', nth=1, id='h41', tags='repeat'),
        C('12 of them children', 'injured', 12, 'exact', 'children', sub='h41'),
        C('three had died overnight', 'killed', 3, 'exact', 'people', sub='h41'),
        C('arrested 17 suspects', 'detained', 17, 'exact', 'people'),
        C('as many as 2,500 civilians who had fled', 'displaced', 2500, 'at-most', 'civilians'),
        C('4,000 to 5,000 people have been displaced', 'displaced', None, 'range', 'people', low=4000, high=5000),
        C('claim hundreds of lives', 'killed', None, 'vague', 'people'),
        C('forced tens of thousands of people from their homes', 'displaced', None, 'vague', 'people'),
        C('killed more than 1,600 people', 'killed', 1600, 'at-least', 'people'),
    ],
    sources=[
        S('officials', 'official', form='collective'),
        S('Lakes state information minister Mabior Makuei Ater', 'official', form='title-name'),
        S('Ater', 'official', nth=1, form='name'),
        S('the minister', 'official', form='role'),
        S('The commissioner of Rumbek Centre County, Majak Deng Mading', 'official', form='title-name'),
        S('medical director Dr. Achol Marial', 'official', form='title-name'),
        S("The South Sudan People's Defence Forces (SSPDF)", 'military'),
        S('SSPDF spokesman Brig. Gen. Santo Majok', 'military', form='title-name'),
        S('The United Nations Mission in South Sudan, UNMISS', 'military'),
        S('Local leaders', 'other'),
        S('Local radio station Lakes Community FM', 'media'),
        S('Mary Aluel', 'witness', form='name'),
        S('U.N. figures', 'ngo', form='document'),
        S('human rights groups', 'ngo', form='collective'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('two villages', 'count-objects'),
        N('two villages', 'count-objects', nth=1),
        N('six hours', 'duration'),
        N('200 troops', 'count-people'),
        N('8 rifles', 'count-objects'),
        N('some 300 head of cattle', 'count-objects'),
        N('mother of five', 'count-people'),
        N('2021', 'year'),
        N('about 3,000 guns', 'count-objects'),
        N('2023', 'year'),
        N('more than 1,000 head of cattle', 'count-objects'),
    ])

# vq08: a car bomb by a market in Mayadin, Deir ez-Zor province, Syria (state media, SANA style)
A['vq08.txt'] = dict(
    casualty=[
        C('Nine civilians were martyred', 'killed', 9, 'exact', 'civilians', id='tot'),
        C('23 others were injured', 'injured', 23, 'exact', 'civilians', id='inj'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('six of the injured', 'injured', 6, 'exact', 'civilians', sub='inj'),
        C('a number of them', 'injured', None, 'vague', 'civilians', sub='inj'),
        C('The toll later rose to 11', 'killed', 11, 'exact', 'civilians', tags='update'),
        C('two of the injured died', 'killed', 2, 'exact', 'civilians', sub='inj'),
        C('the number of dead at 14', 'killed', 14, 'exact', 'people', tags='contradicted'),
        C('arrested three suspects', 'detained', 3, 'exact', 'people'),
        C('approximately 60 families', 'displaced', 60, 'approx', 'people'),
        C('killed four ISIS terrorists', 'killed', 4, 'exact', 'fighters'),
        C('captured two others', 'detained', 2, 'exact', 'fighters'),
        C('killed five members of the General Security', 'killed', 5, 'exact', 'soldiers'),
        C('wounded several passers-by', 'injured', None, 'vague', 'civilians'),
    ],
    sources=[
        S('a source at the provincial Health Directorate', 'anonymous'),
        S('The source', 'anonymous'),
        S('The Director of Mayadin National Hospital, Dr. Khaled al-Hassan', 'official', form='title-name'),
        S('the Health Directorate', 'official'),
        S('Al-Ikhbariya TV', 'media'),
        S('a security source', 'anonymous'),
        S('Local activists', 'other', form='collective'),
        S('The Internal Security Command in Deir Ezzor', 'official'),
        S('The Syrian Civil Defense', 'official'),
        S('Deir Ezzor Governor Mohammad Nour al-Abdullah', 'official', form='title-name'),
        S('the Governor', 'official', form='role'),
        S('the Ministry of Defense', 'military'),
        S('the city council', 'official'),
    ],
    numbers=[
        N('45 km', 'distance'),
        N('about 150 kilograms', 'quantity'),
        N('dozens of people', 'count-people'),
        N('4 people', 'count-people'),
        N('two shops', 'count-objects'),
        N('12 vehicles', 'count-objects'),
        N('27 shops', 'count-objects'),
        N('around 80,000 people', 'population'),
        N('about 50 km', 'distance'),
        N('more than 12,000 displaced people', 'count-people'),
        N('six months', 'duration'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
