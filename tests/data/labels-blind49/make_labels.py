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

# ---------------------------------------------------------------- labels (blind set 49: nn01-nn08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('buried / found dead / the deaths of', r'\bburied\b|\bfound dead\b|\bdeaths of\b'),
    ('captured / abduction / abducted / taken / held', r'\bcaptured\b|\babduct|\btaken\b|\bheld\b'),
    ('arrived / evacuated / left / refugees who fled', r'\barrived\b|\bevacuated\b|\bleft\b|\brefugees\b'),
    ('treated / hit by live rounds / beaten / bullet injuries',
     r'\btreated\b|\bhit by\b|\bbeaten\b|\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('policemen/gendarmes/commandos/security personnel/members/cadres',
     r'\b(?:policemen|gendarmes|commandos|security personnel|members|cadres)\b'),
    ('Maoists/assailants/combatants/facilitators', r'\b(?:Maoists|assailants|combatants|facilitators)\b'),
    ('Palestinians/Israelis/families/refugees/minors/farmers/social leaders',
     r'\b(?:Palestinians|Israelis|families|refugees|minors|farmers|social leaders)\b'),
]

# nn01: herders' raid on two villages near Am Timan, Salamat, Chad (AFP style)
A['nn01.txt'] = dict(
    casualty=[
        C('At least 23 people were killed', 'killed', 23, 'at-least', 'people', id='tot'),
        C('dozens wounded', 'injured', None, 'vague', 'people', id='inj'),
        C('seven women', 'killed', 7, 'exact', 'women', sub='tot'),
        C('five children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('Eleven of the wounded', 'injured', 11, 'exact', 'people', sub='inj'),
        C('38 injured people', 'injured', 38, 'exact', 'people'),
        C('buried 31 people', 'killed', 31, 'exact', 'people', tags='contradicted'),
        C('200 to 300 families had fled', 'displaced', None, 'range', 'people', low=200, high=300),
        C('killing six of them', 'killed', 6, 'exact', 'fighters'),
        C('arresting 14 suspects', 'detained', 14, 'exact', 'people'),
        C('Two gendarmes were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('the number of dead at 19', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('the toll to 26', 'killed', 26, 'exact', 'people', tags='update'),
        C('three of the wounded had died', 'killed', 3, 'exact', 'people', sub='inj'),
        C('killed more than 1,000 people', 'killed', 1000, 'at-least', 'people'),
        C('some 45,000 refugees who fled', 'displaced', 45000, 'approx', 'people'),
        C('hundreds of thousands of refugees', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('the regional governor', 'official', form='role'),
        S('Governor Mahamat Abakar Tidjani', 'official', form='title-name'),
        S('Doctors at the regional hospital in Am Timan', 'anonymous'),
        S('Residents', 'witness'),
        S('Hassan Adoum', 'witness', form='name'),
        S('Tidjani', 'official', nth=1, form='name'),
        S('the public security ministry', 'official'),
        S('the governor’s office', 'official'),
        S('the Chadian Human Rights League (LTDH)', 'ngo'),
        S('the UN refugee agency UNHCR', 'ngo'),
        S('aid groups', 'ngo'),
    ],
    numbers=[
        N('two farming villages', 'count-objects'),
        N('about 15 kilometres', 'distance'),
        N('4:00 am', 'time'),
        N('0300 GMT', 'time'),
        N('47-year-old', 'age'),
        N('5 million CFA francs', 'money'),
        N('$8,200', 'money'),
        N('2021', 'year'),
    ])

# nn02: suicide bombing at a police checkpoint in Bosaso, Puntland, Somalia (Reuters style)
A['nn02.txt'] = dict(
    casualty=[
        C('killing at least 11 people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('Another 19 people were wounded', 'injured', 19, 'exact', 'people', id='inj'),
        C('Seven of the dead were police officers', 'killed', 7, 'exact', 'soldiers', sub='tot'),
        C('two were children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('seven or eight bodies', 'killed', None, 'range', 'people', low=7, high=8),
        C('15 of the wounded', 'injured', 15, 'exact', 'people', id='h15', sub='inj'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='h15'),
        C('A handful of others', 'injured', None, 'vague', 'people', sub='inj'),
        C('more than 30 apostate soldiers" had been killed', 'killed', 30, 'at-least', 'soldiers',
          tags='contradicted'),
        C('arrested five suspects', 'detained', 5, 'exact', 'people'),
        C('the death toll had risen to 14', 'killed', 14, 'exact', 'people', tags='update'),
        C('three of the wounded died', 'killed', 3, 'exact', 'people', sub='inj'),
        C('more than 200 militants have been killed', 'killed', 200, 'at-least', 'fighters'),
    ],
    sources=[
        S('officials', 'official', nth=0),
        S('police commander Colonel Abdirizak Farah', 'official', form='title-name'),
        S('Farah', 'official', nth=1, form='name'),
        S('Shopkeeper Said Abdi Yusuf', 'witness', form='title-name'),
        S('The director of Bosaso General Hospital, Dr. Faisa Mohamud', 'official', form='title-name'),
        S('The Islamic State group', 'military'),
        S('its Amaq news agency', 'media'),
        S("Puntland's security minister, Abdisamad Hirsi Warsame", 'official', form='title-name'),
        S('Warsame', 'official', nth=1, form='name'),
        S('The regional government', 'official'),
        S('Analysts', 'other'),
        S('Security officials', 'official'),
        S('a 2023 United Nations report', 'ngo', form='document'),
    ],
    numbers=[
        N('8 a.m.', 'time'),
        N('about 50 meters', 'distance'),
        N('two neighborhoods', 'count-objects'),
        N('roughly 100 km', 'distance'),
        N('60 miles', 'distance'),
        N('several hundred fighters', 'count-people'),
        N('about 700,000 people', 'population'),
        N('$5,000', 'money'),
        N('2023', 'year'),
    ])

# nn03: OCHA flash update on Mai-Mai attacks in Kailo territory and displacement to Kindu, Maniema, DR Congo
A['nn03.txt'] = dict(
    casualty=[
        C('At least 48 civilians have been killed', 'killed', 48, 'at-least', 'civilians', id='tot'),
        C('An estimated 31,000 people have fled', 'displaced', 31000, 'approx', 'people', id='disp'),
        C('48 civilians were killed', 'killed', 48, 'exact', 'civilians', id='rep', tags='repeat'),
        C('73 injured', 'injured', 73, 'exact', 'civilians'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='rep'),
        C('nine women', 'killed', 9, 'exact', 'women', sub='rep'),
        C('killed 22 assailants', 'killed', 22, 'exact', 'fighters', id='fardc'),
        C('captured 9 others', 'detained', 9, 'exact', 'fighters'),
        C('at least five of those killed were farmers', 'killed', 5, 'at-least', 'civilians', sub='fardc'),
        C('approximately 31,000 people have arrived', 'displaced', 31000, 'approx', 'people', id='rep31', tags='repeat'),
        C('about 4,500 of whom', 'displaced', 4500, 'approx', 'people', sub='rep31'),
        C('Between 5,000 and 7,000 people', 'displaced', None, 'range', 'people', low=5000, high=7000),
        C('17 cases of abduction', 'detained', 17, 'exact', 'people', id='abd'),
        C('Twelve of the abducted people', 'detained', 12, 'exact', 'people', sub='abd'),
        C('39 wounded people', 'injured', 39, 'exact', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('local sources', 'anonymous'),
        S('the provincial health division', 'official'),
        S('Authorities in Kailo', 'official'),
        S('The Congolese army (FARDC)', 'military'),
        S('A civil society coordination in Kindu', 'other'),
        S('Local authorities', 'official'),
        S('the Commission Mouvement de Population (CMP)', 'ngo'),
        S('Protection monitors', 'ngo'),
        S('Humanitarian partners', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('14 October 2025', 'date'),
        N('2 October', 'date', nth=0),
        N('60 per cent', 'percentage'),
        N('US$3.4 million', 'money'),
        N('three months', 'duration'),
        N('2 October', 'date', nth=1),
        N('at least 14 villages', 'count-objects'),
        N('between 2 and 12 October', 'date', nth=0),
        N('several villages', 'count-objects'),
        N('11 October', 'date'),
        N('six schools', 'count-objects'),
        N('two churches', 'count-objects'),
        N('23 cases of sexual violence', 'other'),
        N('between 2 and 12 October', 'date', nth=1),
        N('At least three health centres', 'count-objects'),
        N('8 October', 'date'),
        N('1,650 households', 'count-people'),
        N('10 and 11 October', 'date'),
        N('9 October', 'date'),
        N('120 beds', 'count-objects'),
    ])

# nn04: Israeli raid on Tubas and the Far'a camp, northern West Bank (AP style)
A['nn04.txt'] = dict(
    casualty=[
        C('killed four Palestinians', 'killed', 4, 'exact', 'people', id='tot'),
        C('11 people were wounded', 'injured', 11, 'exact', 'people', id='inj'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='inj'),
        C('killed three “terrorists”', 'killed', 3, 'exact', 'fighters'),
        C('arrested 15 wanted suspects', 'detained', 15, 'exact', 'people'),
        C('two soldiers were lightly wounded', 'injured', 2, 'exact', 'soldiers'),
        C('treated 14 people', 'injured', 14, 'exact', 'people', id='prcs'),
        C('eight hit by live rounds', 'injured', 8, 'exact', 'people', sub='prcs'),
        C('six who were beaten', 'injured', 6, 'exact', 'people', sub='prcs'),
        C('scores of people had suffered', 'injured', None, 'vague', 'people'),
        C('held dozens of men', 'detained', None, 'vague', 'men'),
        C('the three militants', 'killed', 3, 'exact', 'fighters', tags='repeat'),
        C('two of the dead were members', 'killed', 2, 'exact', 'fighters', sub='tot'),
        C('Nearly 1,000 Palestinians have been killed', 'killed', 1000, 'at-most', 'people'),
        C('at least 40 Israelis', 'killed', 40, 'at-least', 'people'),
    ],
    sources=[
        S('the Palestinian Health Ministry', 'official'),
        S('the military', 'military', nth=0),
        S('The ministry', 'official'),
        S('The Israeli military', 'military'),
        S('The Palestinian Red Crescent', 'ngo'),
        S('Ahmad Daraghmeh', 'witness', form='name'),
        S('Tubas Governor Kamal Sawafta', 'official', form='title-name'),
        S('Palestinian militant groups', 'military'),
        S('the ministry', 'official', nth=0),
        S('Israel', 'official', nth=0),
        S('Israeli figures', 'official', form='document'),
        S('The military', 'military', nth=1),
    ],
    numbers=[
        N('two-day', 'duration'),
        N('16-year-old', 'age'),
        N('one of its ambulances', 'count-objects'),
        N('nearly two hours', 'duration'),
        N('2 in the morning', 'time'),
        N('five hours', 'duration'),
        N('38', 'age'),
        N('at least 20 homes and shops', 'count-objects'),
        N('about 6,000 residents', 'count-people'),
        N('October 2023', 'date'),
    ])

# nn05: overnight missile and drone attack on Chernihiv region, Ukraine (dpa style)
A['nn05.txt'] = dict(
    casualty=[
        C('killed three people', 'killed', 3, 'exact', 'people', id='tot'),
        C('injured at least 17', 'injured', 17, 'at-least', 'people', id='inj'),
        C('Among the injured were two children', 'injured', 2, 'exact', 'children', sub='inj'),
        C('the death toll to four', 'killed', 4, 'exact', 'people', tags='update'),
        C('Two people were still missing', 'missing', 2, 'exact', 'people'),
        C('the number of injured at 21', 'injured', 21, 'exact', 'people', tags='update'),
        C('wounded two civilians', 'injured', 2, 'exact', 'civilians'),
        C('Some 1,300 residents', 'displaced', 1300, 'approx', 'civilians'),
        C('more than 14,000 civilians have been killed', 'killed', 14000, 'at-least', 'civilians'),
        C('upwards of 35,000 injured', 'injured', 35000, 'at-least', 'civilians'),
    ],
    sources=[
        S('regional authorities', 'official'),
        S('the head of the regional military administration, Oleh Tkachenko', 'official', form='title-name'),
        S('the Ukrainian air force', 'military'),
        S('the State Emergency Service', 'official'),
        S('the service', 'official'),
        S('Tkachenko', 'official', nth=1, form='name'),
        S('Police', 'official'),
        S('a 59-year-old neighbour', 'witness', form='role'),
        S("Russia's Defence Ministry", 'military'),
        S('The governor of the neighbouring Russian region of Bryansk', 'official', form='role'),
        S('the regional administration', 'official'),
        S('the local energy company', 'other'),
        S('The UN human rights monitoring mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('aged 8 and 13', 'age'),
        N('about 120 kilometres', 'distance'),
        N('several villages', 'count-objects'),
        N('four Iskander-M ballistic missiles', 'count-objects'),
        N('142 drones', 'count-objects'),
        N('118 of the drones', 'count-objects'),
        N('five people', 'count-people'),
        N('two-storey', 'other'),
        N('67-year-old', 'age'),
        N('59-year-old', 'age'),
        N('Around 40 per cent', 'percentage'),
        N('thousands of residents', 'count-people'),
        N('February 2022', 'date'),
    ])

# nn06: militant attack on a police station in Kabal, Swat valley, Pakistan (a Pakistani paper's correspondent)
A['nn06.txt'] = dict(
    casualty=[
        C('At least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('five policemen', 'killed', 5, 'exact', 'soldiers', sub='tot'),
        C('14 others injured', 'injured', 14, 'exact', 'people', id='inj'),
        C('four militants were also killed', 'killed', 4, 'exact', 'fighters'),
        C('the 14 injured', 'injured', 14, 'exact', 'people', id='rep', tags='repeat'),
        C('four', 'injured', 4, 'exact', 'people', nth=1, sub='rep'),
        C('the death toll to 10', 'killed', 10, 'exact', 'people', tags='update'),
        C('killed “more than 20 policemen', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('arrested 12 suspected facilitators', 'detained', 12, 'exact', 'people'),
        C('three soldiers were injured', 'injured', 3, 'exact', 'soldiers'),
        C('over 100 families had left', 'displaced', 100, 'at-least', 'people'),
        C('the number at fewer than 40', 'displaced', 40, 'at-most', 'people', tags='contradicted'),
        C('forcing roughly 2 million people from their homes', 'displaced', 2000000, 'approx', 'people'),
        C('at least 97 security personnel were killed', 'killed', 97, 'at-least', 'soldiers'),
    ],
    sources=[
        S('officials', 'official'),
        S('the district police officer (DPO), Shafiullah Khan', 'official', form='title-name'),
        S('the DPO', 'official', form='role'),
        S('Dr Naveed Ahmad', 'official', form='title-name'),
        S('Residents of Kabal', 'witness'),
        S('Gul Rehman', 'witness', form='name'),
        S('The banned Tehreek-i-Taliban Pakistan (TTP)', 'military'),
        S('A senior police official', 'anonymous'),
        S('The military’s media wing, ISPR', 'military'),
        S('Elders in Kabal', 'other'),
        S('the district administration', 'official'),
        S('The Pakistan Institute for Conflict and Security Studies (PICSS)', 'ngo'),
    ],
    numbers=[
        N('15 to 20 militants', 'count-people'),
        N('11:30pm', 'time'),
        N('nearly three hours', 'duration'),
        N('two directions', 'other'),
        N('19-year-old', 'age'),
        N('about 200 metres', 'distance'),
        N('Rs10 million', 'money'),
        N('2009', 'year', nth=0),
        N('2022', 'year'),
        N('2009', 'year', nth=1),
        N('one', 'other'),
        N('86 militant attacks', 'count-objects'),
        N('three months', 'duration'),
    ])

# nn07: C-60 encounter with Maoists near Kopri, Gadchiroli, Maharashtra, India (broadcaster's web copy,
# one sentence a paragraph)
A['nn07.txt'] = dict(
    casualty=[
        C('Six Maoists', 'killed', 6, 'exact', 'fighters', id='tot'),
        C('two women cadres', 'killed', 2, 'exact', 'women', sub='tot'),
        C('The bodies of six Maoists', 'killed', 6, 'exact', 'fighters', id='rep', tags='repeat'),
        C('four men', 'killed', 4, 'exact', 'men', sub='rep'),
        C('two women', 'killed', 2, 'exact', 'women', nth=1, sub='rep'),
        C('as many as a dozen other Maoists', 'injured', 12, 'at-most', 'fighters'),
        C('Two commandos suffered bullet injuries', 'injured', 2, 'exact', 'soldiers'),
        C('abducted three villagers', 'detained', 3, 'exact', 'civilians', id='abd'),
        C('one of whom was later found dead', 'killed', 1, 'exact', 'civilians', sub='abd'),
        C('The other two', 'detained', 2, 'exact', 'civilians', sub='abd'),
        C('at least 11 Maoists had been killed', 'killed', 11, 'at-least', 'fighters'),
        C('19', 'killed', 19, 'exact', 'fighters'),
        C('four of the six killed were unarmed villagers', 'killed', 4, 'exact', 'civilians', sub='tot',
          tags='contradicted'),
        C('all six', 'killed', 6, 'exact', 'fighters', tags='repeat'),
        C('around 300 people', 'displaced', 300, 'approx', 'people'),
        C('15 police commandos', 'killed', 15, 'exact', 'soldiers'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('Gadchiroli Superintendent of Police Nilesh Deshmukh', 'official', form='title-name'),
        S('the SP', 'official', form='role'),
        S('Deshmukh', 'official', nth=1, form='name'),
        S('Police', 'official', nth=1),
        S('the villagers’ relatives', 'witness'),
        S('A senior officer of the anti-Naxal operations cell', 'anonymous'),
        S('the Dandakaranya Special Zonal Committee of the CPI (Maoist)', 'military'),
        S('The police', 'official'),
        S('Tribal rights activist Sainu Hichami', 'other', form='title-name'),
        S('Hichami', 'other', nth=1, form='name'),
    ],
    numbers=[
        N('Rs 38 lakh', 'money'),
        N('6.30 am', 'time'),
        N('C-60', 'other'),
        N('around 40 to 50 Maoists', 'count-people'),
        N('nearly four hours', 'duration'),
        N('two AK-47 rifles', 'count-objects'),
        N('42', 'age'),
        N('27 cases', 'count-objects'),
        N('Rs 16 lakh', 'money'),
        N('three days', 'duration'),
        N('14 cadres', 'count-people'),
        N('at least five villages', 'count-objects'),
        N('about 1.1 million people', 'population'),
        N('one', 'other', nth=1),
        N('more than four decades', 'duration'),
        N('May 2019', 'date'),
    ])

# nn08: an NGO's statement on fighting between FARC dissident factions in Guaviare, Colombia
A['nn08.txt'] = dict(
    casualty=[
        C('killed at least 17 people', 'killed', 17, 'at-least', 'people', id='tot'),
        C('forced almost 2,300 people from their homes', 'displaced', 2300, 'at-most', 'people', id='disp'),
        C('the deaths of 11 combatants', 'killed', 11, 'exact', 'fighters', sub='tot'),
        C('six civilians', 'killed', 6, 'exact', 'civilians', sub='tot'),
        C('Of the displaced, around 1,400', 'displaced', 1400, 'approx', 'people', sub='disp'),
        C('412 families', 'displaced', 412, 'exact', 'people'),
        C('A number of families have also left', 'displaced', None, 'vague', 'people'),
        C('at least 23 minors taken', 'detained', 23, 'at-least', 'children'),
        C('at least eight people', 'missing', 8, 'at-least', 'people', id='miss'),
        C('two social leaders', 'missing', 2, 'exact', 'other', sub='miss'),
        C('captured four members', 'detained', 4, 'exact', 'fighters'),
        C('killed more than 30 "enemy combatants', 'killed', 30, 'at-least', 'fighters', id='bloque',
          tags='contradicted'),
        C('several of the bodies', 'killed', None, 'vague', 'civilians', sub='bloque'),
        C('more than 58,000 people were displaced', 'displaced', 58000, 'at-least', 'people'),
    ],
    sources=[
        S('the Guaviare Human Rights Observatory (OGDH)', 'ngo'),
        S('Our field teams', 'ngo'),
        S('the municipal ombudsman’s office (Personería)', 'official'),
        S('Ana Lucía Restrepo', 'ngo', form='name'),
        S("The Colombian Army's Seventh Division", 'military'),
        S('the Bloque Amazonas', 'military'),
        S('Community leaders', 'other'),
        S("The national Ombudsman's Office (Defensoría del Pueblo)", 'official'),
        S('the UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
    ],
    numbers=[
        N('February 21, 2025', 'date'),
        N('February 9', 'date'),
        N('14-year-old', 'age'),
        N('Some 1,100 people', 'count-people'),
        N('nine Indigenous and peasant communities', 'count-objects'),
        N('February 18', 'date'),
        N('12 rifles', 'count-objects'),
        N('3,000 rounds of ammunition', 'count-objects'),
        N('at least 6,000 people', 'count-people'),
        N('2024', 'year'),
        N('14 community organizations', 'count-objects'),
        N('2016', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
