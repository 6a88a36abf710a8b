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

# ---------------------------------------------------------------- labels (blind set 53: fk01-fk08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / claimed the lives / neutralised / victims had died',
     r'\bshot dead\b|\bclaimed the lives\b|\bneutralised\b'),
    ('captured / picked up / abducted', r'\bcaptured\b|\bpicked up\b'),
    ('flee / sheltering / sought refuge / spent the night / left their homes / evacuated',
     r'\bflee\b|\bsheltering\b|\bleft their homes\b|\bevacuated\b'),
    ('treated / beaten', r'\btreated\b|\bbeaten\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/jawans/security personnel/members of the security forces',
     r'\b(?:servicemen|jawans|personnel|security forces)\b'),
    ('combatants/terrorists/Maoists', r'\b(?:combatants|terrorists|Maoists)\b'),
    ('volunteers/aid workers', r'\b(?:volunteers|aid workers)\b'),
    ('Palestinians/Israelis/Ukrainians/suspects/persons/patients/victims/families',
     r'\b(?:Palestinians|Israelis|Ukrainians|suspects|persons|patients|victims|families)\b'),
    ('minors/elderly women', r'\b(?:minors|elderly women)\b'),
]

# fk01: guided bombs on an aid point in Orikhiv, Zaporizhzhia oblast, Ukraine (Reuters style)
A['fk01.txt'] = dict(
    casualty=[
        C('killing eight people', 'killed', 8, 'exact', 'people', id='tot'),
        C('wounding 19', 'injured', 19, 'exact', 'people', id='inj'),
        C('Two volunteers', 'killed', 2, 'exact', 'other', sub='tot'),
        C('the death toll had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('three more people died', 'killed', 3, 'exact', 'people'),
        C('Five of the injured', 'injured', 5, 'exact', 'people', sub='inj'),
        C('killed up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('wounding another six people', 'injured', 6, 'exact', 'people'),
        C('evacuated 37 people', 'displaced', 37, 'exact', 'people', id='ev'),
        C('nine children', 'displaced', 9, 'exact', 'children', sub='ev'),
        C('at least 12,300 civilians had been killed', 'killed', 12300, 'at-least', 'civilians'),
        C('Almost 3.6 million Ukrainians remain internally displaced', 'displaced', 3600000, 'at-most',
          'people'),
    ],
    sources=[
        S('regional governor Oleh Marchuk', 'official', form='title-name'),
        S('Marchuk', 'official', nth=1, form='name'),
        S('Valentyna Hrytsenko', 'witness', form='name'),
        S("The regional prosecutor's office", 'official'),
        S('the office', 'official'),
        S("Russia's Defense Ministry", 'military'),
        S("A spokesman for Ukraine's southern defense forces, Vladyslav Kotenko", 'military', form='title-name'),
        S('Local authorities', 'official'),
        S('Marchuk', 'official', nth=2, form='name'),
        S('The United Nations human rights monitoring mission in Ukraine', 'ngo'),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('at least four guided aerial bombs', 'count-objects'),
        N('One of the bombs', 'count-objects'),
        N('about 60 residents', 'count-people'),
        N('Dozens of homes', 'count-objects'),
        N('67', 'age'),
        N('about 50 km', 'distance'),
        N('30 miles', 'distance'),
        N('14 settlements', 'count-objects'),
        N('24 hours', 'duration'),
        N('12-year-old', 'age'),
        N('about 7 km', 'distance'),
        N('around 14,000', 'population'),
        N('fewer than 1,000 residents', 'population'),
        N('more than two years', 'duration'),
        N('February 2022', 'date'),
    ])

# fk02: shelling of Thandwe, Rakhine state, Myanmar (state media style)
A['fk02.txt'] = dict(
    casualty=[
        C('killing six civilians', 'killed', 6, 'exact', 'civilians', id='tot'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('injuring 15 others', 'injured', 15, 'exact', 'civilians', id='inj'),
        C('three elderly women', 'injured', 3, 'exact', 'women', sub='inj'),
        C('the bodies of four AA terrorists', 'killed', 4, 'exact', 'fighters'),
        C('claimed the lives of 27 civilians', 'killed', 27, 'exact', 'civilians'),
        C('wounded 58', 'injured', 58, 'exact', 'civilians'),
        C('about 2,400 local people', 'displaced', 2400, 'approx', 'people'),
        C('captured 63 members of the security forces', 'detained', 63, 'exact', 'soldiers', tags='contradicted'),
        C('killing nearly two dozen residents', 'killed', 24, 'at-most', 'civilians', tags='contradicted'),
        C('19 villagers died', 'killed', 19, 'exact', 'civilians', tags='contradicted'),
        C('detained seven persons', 'detained', 7, 'exact', 'people'),
    ],
    sources=[
        S('the Tatmadaw Information Team', 'military'),
        S('the statement', 'military', nth=0, form='document'),
        S('the team', 'military', nth=0),
        S('the statement', 'military', nth=1, form='document'),
        S('The AA', 'military'),
        S('The team', 'military'),
        S('Some exile media outlets', 'media'),
        S('the team', 'military', nth=1),
        S('Thandwe District Administrator U Kyaw Zin Htet', 'official', form='title-name'),
        S('U Kyaw Zin Htet', 'official', nth=1, form='name'),
        S('the team', 'military', nth=2),
        S('the statement', 'military', nth=2, form='document'),
    ],
    numbers=[
        N('18 Nov', 'date'),
        N('16 November', 'date'),
        N('about 8.30 pm', 'time'),
        N('11 houses', 'count-objects'),
        N('two 107 mm rockets', 'count-objects'),
        N('1 November', 'date'),
        N('12 relief camps', 'count-objects'),
        N('K 45 million', 'money'),
        N('146 households', 'count-people'),
        N('three wards', 'count-objects'),
        N('214 terrorist attacks', 'count-objects'),
        N('November 2023', 'date'),
    ])

# fk03: settler attack and army fire in Kifl Haris near Salfit, occupied West Bank (AFP style)
A['fk03.txt'] = dict(
    casualty=[
        C('shot dead two Palestinians', 'killed', 2, 'exact', 'people'),
        C('11 others had been wounded', 'injured', 11, 'exact', 'people', id='inj'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='inj'),
        C('treated 26 people', 'injured', 26, 'exact', 'people', id='prcs'),
        C('14', 'injured', 14, 'exact', 'people', sub='prcs'),
        C('four who were beaten', 'injured', 4, 'exact', 'people', sub='prcs'),
        C('Four Israeli civilians were injured', 'injured', 4, 'exact', 'civilians'),
        C('arrested nine suspects', 'detained', 9, 'exact', 'people'),
        C('the number of Palestinians detained at 17', 'detained', 17, 'exact', 'people', id='pps',
          tags='contradicted'),
        C('three minors', 'detained', 3, 'exact', 'children', sub='pps'),
        C('at least 40 residents', 'displaced', 40, 'at-least', 'civilians'),
        C('killed roughly 980 Palestinians', 'killed', 980, 'approx', 'people'),
        C('at least 36 Israelis', 'killed', 36, 'at-least', 'people'),
    ],
    sources=[
        S('the Palestinian health ministry', 'official', nth=0),
        S('The ministry', 'official'),
        S('The Palestinian Red Crescent', 'ngo'),
        S('Ayman Abu Zeid', 'witness', form='name'),
        S('The Israeli army', 'military'),
        S('The army', 'military'),
        S('The Palestinian Prisoners’ Society', 'ngo'),
        S('The head of the Kifl Haris village council, Jamal Bouzieh', 'official', form='title-name'),
        S('The UN humanitarian office OCHA', 'ngo'),
        S('the Palestinian health ministry', 'official', nth=1),
        S('official Israeli figures', 'official', form='document'),
    ],
    numbers=[
        N('19', 'age'),
        N('43', 'age'),
        N('around 4pm', 'time'),
        N('50 or 60 of them', 'count-people'),
        N('38-year-old', 'age'),
        N('seven homes', 'count-objects'),
        N('12 vehicles', 'count-objects'),
        N('around 300 olive trees', 'count-objects'),
        N('more than 1,400 settler attacks', 'count-objects'),
        N('October 2023', 'date'),
    ])

# fk04: car bomb at a market in Tuz Khurmatu, Iraq (a broadcaster's website, headline, no dateline)
A['fk04.txt'] = dict(
    casualty=[
        C('kills at least 14', 'killed', 14, 'at-least', 'people'),
        C('killing at least 14 people', 'killed', 14, 'at-least', 'people', id='tot', tags='repeat'),
        C('injuring more than 40 others', 'injured', 40, 'at-least', 'people', id='inj'),
        C('three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('nine of the injured', 'injured', 9, 'exact', 'people', sub='inj'),
        C('the death toll to 17', 'killed', 17, 'exact', 'people', tags='update'),
        C('three more victims had died', 'killed', 3, 'exact', 'people'),
        C('killed "more than 30 PMF fighters"', 'killed', 30, 'at-least', 'fighters', tags='contradicted'),
        C('two of its fighters', 'killed', 2, 'exact', 'fighters', sub='tot'),
        C('11 killed', 'killed', 11, 'exact', 'people', tags='contradicted'),
        C('36 injured', 'injured', 36, 'exact', 'people', tags='contradicted'),
        C('eight or nine bodies', 'killed', None, 'range', 'people', low=8, high=9),
        C('Hundreds of Kurdish families fled', 'displaced', None, 'vague', 'people'),
        C('at least 30 people were killed', 'killed', 30, 'at-least', 'people'),
        C('arrested five suspects', 'detained', 5, 'exact', 'people'),
    ],
    sources=[
        S('health officials', 'official'),
        S('Dr Hassan al-Bayati', 'official', form='title-name'),
        S('the Salahuddin provincial health directorate', 'official'),
        S('The jihadist group Islamic State (IS)', 'military'),
        S('A PMF spokesman, Ali al-Hussaini', 'military', form='title-name'),
        S("Iraq's Security Media Cell", 'military'),
        S('Witnesses', 'witness'),
        S('Mohammed Nadhim', 'witness', form='name'),
        S('the interior ministry', 'official'),
    ],
    numbers=[
        N('10:00', 'time'),
        N('07:00 GMT', 'time'),
        N('about 75km', 'distance'),
        N('47 miles', 'distance'),
        N('about 50kg', 'quantity'),
        N('about 110,000', 'population'),
        N('some 170km', 'distance'),
        N('2017', 'year', nth=0),
        N('06:00', 'time'),
        N('2017', 'year', nth=1),
    ])

# fk05: attacks on Zalingei and Hamidiya camp, Central Darfur, Sudan (UN OCHA flash update)
A['fk05.txt'] = dict(
    casualty=[
        C('At least 64 civilians have been killed', 'killed', 64, 'at-least', 'civilians'),
        C('more than 150 injured', 'injured', 150, 'at-least', 'civilians'),
        C('An estimated 38,000 people have fled', 'displaced', 38000, 'approx', 'people'),
        C('41 camp residents were killed', 'killed', 41, 'exact', 'civilians', id='camp'),
        C('11 women', 'killed', 11, 'exact', 'women', sub='camp'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='camp'),
        C('20–25 people were abducted', 'detained', None, 'range', 'people', low=20, high=25),
        C('163 wounded patients', 'injured', 163, 'exact', 'people', id='hosp'),
        C('38 of them', 'injured', 38, 'exact', 'people', sub='hosp'),
        C('14 patients died', 'killed', 14, 'exact', 'people'),
        C('a further 47 people', 'injured', 47, 'exact', 'people', id='msf'),
        C('12 children', 'injured', 12, 'exact', 'children', sub='msf'),
        C('killed "over 100" fighters', 'killed', 100, 'at-least', 'fighters', tags='contradicted'),
        C('lost fewer than 10 fighters', 'killed', 10, 'at-most', 'fighters', tags='contradicted'),
        C('some 38,000 people have been displaced', 'displaced', 38000, 'approx', 'people', id='disp',
          tags='repeat'),
        C('Approximately 22,000 of them', 'displaced', 22000, 'approx', 'people', sub='disp'),
        C('Two aid workers were detained', 'detained', 2, 'exact', 'other'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('health partners', 'ngo'),
        S('Camp leaders', 'other'),
        S('The Zalingei Locality Health Office', 'official'),
        S('Médecins Sans Frontières (MSF)', 'ngo'),
        S('The Rapid Support Forces (RSF)', 'military'),
        S('the Joint Forces', 'military', nth=1),
        S('the International Organization for Migration (IOM) Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Partners', 'ngo'),
        S('the Humanitarian Country Team', 'ngo'),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('21 May 2025', 'date'),
        N('12 May', 'date', nth=0),
        N('two of its wards', 'count-objects'),
        N('16 May', 'date'),
        N('12 May', 'date', nth=1),
        N('about 45,000 people', 'population'),
        N('five days', 'duration'),
        N('between 12 and 19 May', 'date'),
        N('the two camps', 'count-objects'),
        N('12 May', 'date', nth=2),
        N('17 schools', 'count-objects'),
        N('about 80 per cent', 'percentage'),
        N('15,000 people', 'count-people'),
        N('120,000 litres', 'quantity'),
        N('three tonnes', 'quantity'),
        N('several hours', 'duration'),
        N('18 May', 'date'),
        N('2025', 'year', nth=1),
        N('US$4.16 billion', 'money'),
        N('13 per cent', 'percentage'),
    ])

# fk06: attack on an army post near Abala, western Niger (dpa style, one sentence a paragraph)
A['fk06.txt'] = dict(
    casualty=[
        C('killed at least 22 soldiers', 'killed', 22, 'at-least', 'soldiers'),
        C('Nine soldiers were wounded', 'injured', 9, 'exact', 'soldiers', id='wnd'),
        C('four are missing', 'missing', 4, 'exact', 'soldiers'),
        C('"dozens of terrorists" had been "neutralised"', 'killed', None, 'vague', 'fighters'),
        C('31 bodies', 'killed', 31, 'exact', 'people', tags='contradicted'),
        C('at least five civilians were killed', 'killed', 5, 'at-least', 'civilians'),
        C('scores wounded', 'injured', None, 'vague', 'civilians'),
        C('two of the wounded soldiers had died', 'killed', 2, 'exact', 'soldiers', sub='wnd'),
        C('the toll to 24', 'killed', 24, 'exact', 'soldiers', tags='update'),
        C('upwards of 3,000 residents', 'displaced', 3000, 'at-least', 'civilians'),
        C('detained between 10 and 15 men', 'detained', None, 'range', 'men', low=10, high=15),
        C('34 soldiers were killed', 'killed', 34, 'exact', 'soldiers'),
        C('More than 1,800 people were killed', 'killed', 1800, 'at-least', 'people', id='acled'),
        C('around 600 civilians', 'killed', 600, 'approx', 'civilians', sub='acled'),
    ],
    sources=[
        S("the country's military government", 'official'),
        S('the army', 'military', nth=0),
        S('state broadcaster RTN', 'media'),
        S('the army', 'military', nth=1),
        S('A local official in Abala', 'anonymous'),
        S('The official', 'anonymous'),
        S("Niger's interior ministry", 'official'),
        S('The UN refugee agency UNHCR', 'ngo'),
        S('UNHCR spokeswoman Claire Mbaye', 'ngo', form='title-name'),
        S("The rights group Tillabéri Citizens' Watch", 'ngo'),
        S('the defence ministry', 'military'),
        S('the Armed Conflict Location & Event Data Project (Acled)', 'ngo'),
    ],
    numbers=[
        N('Several hundred assailants', 'count-people'),
        N('about 200 head of cattle', 'count-objects'),
        N('around 20,000 inhabitants', 'population'),
        N('about 150 kilometres', 'distance'),
        N('Around 40 per cent', 'percentage'),
        N('July 2023', 'date'),
    ])

# fk07: fighting and displacement in the Minembwe highlands, South Kivu, DR Congo (NGO press release)
A['fk07.txt'] = dict(
    casualty=[
        C('Thousands flee', 'displaced', None, 'vague', 'people'),
        C('forced an estimated 27,000 people from their homes', 'displaced', 27000, 'approx', 'people', id='disp'),
        C('58 wounded people', 'injured', 58, 'exact', 'people', id='hc'),
        C('17 children', 'injured', 17, 'exact', 'children', sub='hc'),
        C('seven of them died', 'killed', 7, 'exact', 'people', sub='hc'),
        C('at least 35 people have been killed', 'killed', 35, 'at-least', 'people', id='tot'),
        C('12 fighters', 'killed', 12, 'exact', 'fighters', sub='tot'),
        C('as many as 50 people may have died', 'killed', 50, 'at-most', 'people', tags='contradicted'),
        C('killed 19 Banyamulenge civilians', 'killed', 19, 'exact', 'civilians'),
        C('arrested two dozen Twirwaneho combatants', 'detained', 24, 'exact', 'fighters'),
        C('about 9,000', 'displaced', 9000, 'approx', 'people', sub='disp'),
        C('around 1,200 civilians', 'displaced', 1200, 'approx', 'civilians'),
        C('a number of women have been abducted', 'detained', None, 'vague', 'women'),
        C('six to eight women', 'missing', None, 'range', 'women', low=6, high=8),
        C('more than 1.6 million internally displaced people', 'displaced', 1600000, 'at-least', 'people'),
    ],
    sources=[
        S('the humanitarian organisation Hope Across Borders (HAB)', 'ngo'),
        S('Esther Mugisha', 'ngo', form='name'),
        S('Local authorities in Fizi territory', 'official'),
        S('Mugisha', 'ngo', nth=1, form='name'),
        S('The Twirwaneho group', 'military'),
        S('The FARDC spokesman in South Kivu, Lieutenant Dieudonné Kasereka', 'military', form='title-name'),
        S('The UN peacekeeping mission, MONUSCO', 'military'),
        S('Community leaders', 'other'),
        S('Mugisha', 'ngo', nth=2, form='name'),
        S('UN figures', 'ngo', form='document'),
    ],
    numbers=[
        N('4 March 2025', 'date'),
        N('less than two weeks', 'duration'),
        N('19 February', 'date'),
        N('three days', 'duration'),
        N('only two doctors', 'count-people'),
        N('more than 10,000 people', 'population'),
        N('more than 40 villages', 'count-objects'),
        N('26 February', 'date'),
        N('2025', 'year', nth=1),
        N('9 per cent', 'percentage'),
        N('2011', 'year'),
        N('six mobile clinics', 'count-objects'),
    ])

# fk08: IED blast on a BSF vehicle in Malkangiri, Odisha, India (an Indian newspaper's own correspondent)
A['fk08.txt'] = dict(
    casualty=[
        C('Three BSF jawans were killed', 'killed', 3, 'exact', 'soldiers'),
        C('five others injured', 'injured', 5, 'exact', 'soldiers', id='inj'),
        C('two of them', 'injured', 2, 'exact', 'soldiers', sub='inj'),
        C('Two Maoists', 'killed', 2, 'exact', 'fighters'),
        C('eight jawans were killed', 'killed', 8, 'exact', 'soldiers', tags='contradicted'),
        C('11 SOG jawans were killed', 'killed', 11, 'exact', 'soldiers'),
        C('about a dozen villagers had been picked up', 'detained', 12, 'approx', 'civilians'),
        C('beaten several villagers', 'injured', None, 'vague', 'civilians'),
        C('nearly 60 families', 'displaced', 60, 'at-most', 'people'),
        C('28 civilians', 'killed', 28, 'exact', 'civilians'),
        C('19 security personnel have been killed', 'killed', 19, 'exact', 'soldiers'),
    ],
    sources=[
        S('Malkangiri Superintendent of Police (SP) Rakesh Pattnaik', 'official', form='title-name'),
        S('the SP', 'official', form='role'),
        S('Director General of Police (DGP) Sanjeev Panda', 'official', form='title-name'),
        S('the DGP', 'official', form='role'),
        S('the Andhra-Odisha Border Special Zonal Committee (AOBSZC) of the banned CPI (Maoist)', 'military'),
        S('Its spokesperson Kailash', 'military', form='title-name'),
        S('Police sources', 'anonymous'),
        S('Jodambo panchayat sarpanch Laxmi Madkami', 'official', form='title-name'),
        S('the Bhubaneswar-based Centre for Conflict Studies', 'ngo'),
        S('officials', 'official'),
    ],
    numbers=[
        N('40-member team', 'count-people'),
        N('around 10.45 am', 'time'),
        N('about 250 km', 'distance'),
        N('around 15 to 20 Maoists', 'count-people'),
        N('two-hour', 'duration'),
        N('Rs 25 lakh', 'money'),
        N('barely 5 km', 'distance'),
        N('2011', 'year'),
        N('two hamlets', 'count-objects'),
        N('2020', 'year'),
        N('about 6.1 lakh', 'population'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
