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

# ---------------------------------------------------------------- labels (blind set 129: ks01-ks08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralized / neutralised / found dead / lying dead / lost / killings',
     r'\bneutrali[sz]ed\b|\bfound dead\b|\blying dead\b|\blost\b|\bkillings\b'),
    ('taken away / rounded up / captured / capturing / kidnapped / remain in custody',
     r'\btaken away\b|\brounded up\b|\bcaptur(?:ed|ing)\b|\bkidnapped\b|\bcustody\b'),
    ('uprooted / left / crossed / refugees / evacuated / hiding / driven from their homes / fleeing',
     r'\buprooted\b|\bleft\b|\bcrossed\b|\brefugees\b|\bevacuated\b|\bhiding\b|\bdriven\b|\bfleeing\b'),
    ('injuries / gunshot wounds / seriously / critical condition / taken to hospitals / patients',
     r'\binjuries\b|\bwounds\b|\bseriously\b|\bcritical condition\b|\bhospitals\b|\bpatients\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('vigilantes/insurgents/combatants/militiamen/assailants',
     r'\b(?:vigilantes|insurgents|combatants|militiamen|assailants)\b'),
    ('peacekeepers', r'\bpeacekeepers\b'),
    ('persons/patients/refugees/families/households/brothers/farmers',
     r'\b(?:persons|patients|refugees|families|households|brothers|farmers)\b'),
]

# ks01: Islamist militants storm Mafa, Borno state, Nigeria (Reuters style, American spelling)
A['ks01.txt'] = dict(
    casualty=[
        C('killing at least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('four vigilantes', 'killed', 4, 'exact', 'fighters', sub='tot'),
        C('15 people had been wounded', 'injured', 15, 'exact', 'people', id='inj'),
        C('the death toll had risen to 26', 'killed', 26, 'exact', 'people', tags='update'),
        C('three more bodies', 'killed', 3, 'exact', 'people'),
        C('"neutralized" 11 insurgents', 'killed', 11, 'exact', 'fighters'),
        C('three soldiers were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('killed 18 Nigerian soldiers', 'killed', 18, 'exact', 'soldiers', tags='contradicted'),
        C('Two or three of my neighbors were shot dead', 'killed', None, 'range', 'civilians', low=2, high=3),
        C('14 bodies', 'killed', 14, 'exact', 'people'),
        C('taken away several women', 'detained', None, 'vague', 'women'),
        C('12 of the wounded', 'injured', 12, 'exact', 'people', sub='inj', id='w12'),
        C('two of them', 'injured', 2, 'exact', 'people', sub='w12'),
        C('between 2,000 and 3,000 residents had fled', 'displaced', None, 'range', 'civilians', low=2000, high=3000),
        C('killed more than 35,000 people', 'killed', 35000, 'at-least', 'people'),
        C('uprooted about 2 million', 'displaced', 2000000, 'approx', 'people'),
    ],
    sources=[
        S('a local official', 'anonymous'),
        S('residents', 'witness'),
        S('Babagana Kyari', 'official', form='name'),
        S('Kyari', 'official', nth=1, form='name'),
        S('The Nigerian army', 'military'),
        S('Islamic State West Africa Province (ISWAP)', 'military'),
        S("the group's Amaq news agency", 'media'),
        S('An army spokesman, Lieutenant Colonel Musa Danladi', 'military', form='title-name'),
        S('Fatima Bukar', 'witness', form='name'),
        S('Residents', 'witness'),
        S('A doctor at the State Specialist Hospital in Maiduguri', 'anonymous'),
        S('Local officials', 'official'),
        S('The Borno State Emergency Management Agency', 'official'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('about 30 pickup trucks', 'count-objects'),
        N('9 p.m.', 'time'),
        N('more than 40 shops', 'count-objects'),
        N('38', 'age'),
        N('some 60 km', 'distance'),
        N('37 miles', 'distance'),
        N('640 households', 'count-people'),
        N('up to 5,000 people', 'count-people'),
        N('around 40,000 people', 'population'),
        N('2009', 'year'),
    ])

# ks02: shelling of the market in Rubare, North Kivu, DR Congo (AFP style, British spelling, curly quotes)
A['ks02.txt'] = dict(
    casualty=[
        C('At least 17 civilians were killed', 'killed', 17, 'at-least', 'civilians', id='tot'),
        C('dozens more wounded', 'injured', None, 'vague', 'civilians'),
        C('58 wounded', 'injured', 58, 'exact', 'people', id='w'),
        C('21 of them children', 'injured', 21, 'exact', 'children', sub='w'),
        C('four died', 'killed', 4, 'exact', 'people'),
        C('Several of them', 'injured', None, 'vague', 'people', sub='w'),
        C('the toll had reached 24', 'killed', 24, 'exact', 'civilians', id='upd', tags='update'),
        C('nine women', 'killed', 9, 'exact', 'women', sub='upd'),
        C('as many as 40 people had died', 'killed', 40, 'at-most', 'people', tags='contradicted'),
        C('two children lying dead', 'killed', 2, 'exact', 'children'),
        C('more than 30 innocent civilians” had been killed', 'killed', 30, 'at-least', 'civilians',
          tags='contradicted'),
        C('killing 14 of the assailants', 'killed', 14, 'exact', 'fighters'),
        C('capturing five', 'detained', 5, 'exact', 'fighters'),
        C('two of its peacekeepers were lightly wounded', 'injured', 2, 'exact', 'soldiers'),
        C('Thousands of residents fled', 'displaced', None, 'vague', 'civilians'),
        C('nearly 7,000 people fleeing', 'displaced', 7000, 'at-most', 'people'),
    ],
    sources=[
        S('local sources', 'anonymous'),
        S('a hospital', 'official'),
        S('witnesses', 'witness'),
        S('Dr Jean-Pierre Mumbere', 'official', form='title-name'),
        S('Esther Kahindo', 'other', form='name'),
        S('Local broadcaster Radio Sauti ya Rubare', 'media'),
        S('Faustin Bahati', 'witness', form='name'),
        S('The Congolese army', 'military'),
        S('Army spokesman Colonel Patrick Mwamba', 'military', form='title-name'),
        S('The M23', 'military'),
        S('Its spokesman, Innocent Habimana', 'military', form='title-name'),
        S('The UN peacekeeping mission MONUSCO', 'military'),
        S('The UN humanitarian coordination office OCHA', 'ngo'),
        S('UN experts', 'ngo', form='collective'),
        S('Rwanda', 'official'),
    ],
    numbers=[
        N('11am', 'time'),
        N('some 3,000 traders and shoppers', 'count-people'),
        N('about 70 kilometres', 'distance'),
        N('45-year-old', 'age'),
        N('M23', 'other'),
        N('M23', 'other', nth=1),
        N('M23', 'other', nth=2),
        N('230 people', 'count-people'),
        N('several thousand Rwandan troops', 'count-people'),
        N('2021', 'year'),
    ])

# ks03: OCHA flash update on armed violence around Hombo, Kalehe territory, South Kivu, DR Congo
A['ks03.txt'] = dict(
    casualty=[
        C('At least 12 civilians killed', 'killed', 12, 'at-least', 'civilians'),
        C('19 injured', 'injured', 19, 'exact', 'civilians'),
        C('An estimated 23,000 people displaced', 'displaced', 23000, 'approx', 'people'),
        C('at least 12 civilians', 'killed', 12, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('four children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('19 others injured', 'injured', 19, 'exact', 'civilians', id='inj', tags='repeat'),
        C('six of them seriously', 'injured', 6, 'exact', 'civilians', sub='inj'),
        C('27 people', 'detained', 27, 'exact', 'people', id='abd'),
        C('at least 15 of them', 'missing', 15, 'at-least', 'people', sub='abd'),
        C('killed five Raia Mutomboki fighters', 'killed', 5, 'exact', 'fighters'),
        C('around 23,000 people', 'displaced', 23000, 'approx', 'people', id='disp', tags='repeat'),
        C('about 4,600 households', 'displaced', 4600, 'approx', 'people'),
        C('Approximately 9,500 of the displaced', 'displaced', 9500, 'approx', 'people', sub='disp'),
        C('between 1,500 and 2,000 people', 'displaced', None, 'range', 'people', low=1500, high=2000, sub='disp'),
    ],
    sources=[
        S('local authorities in Kalehe territory', 'official'),
        S('Civil society organisations in Hombo', 'other'),
        S('The Armed Forces of the DRC (FARDC)', 'military'),
        S('The Commission Mouvements de Population (CMP)', 'ngo'),
        S('Humanitarian organisations', 'ngo', form='collective'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('14 October 2025', 'date'),
        N('three villages', 'count-objects'),
        N('8 and 11 October', 'date'),
        N('8 and 11 October', 'date', nth=1),
        N('40-bed', 'count-objects'),
        N('10 October', 'date'),
        N('8 October', 'date'),
        N('some 70 per cent', 'percentage'),
        N('1,200 families', 'count-people'),
        N('310 consultations', 'count-objects'),
        N('48 children with acute malnutrition', 'count-people'),
        N('12 October', 'date'),
        N('18 tonnes', 'quantity'),
        N('3 out of 5 health facilities', 'count-objects'),
        N('2025', 'year', nth=1),
        N('US$2.54 billion', 'money'),
        N('16 per cent', 'percentage'),
    ])

# ks04: jihadists overrun a military base in Malam Fatori, Borno state, Nigeria (AP style)
A['ks04.txt'] = dict(
    casualty=[
        C('killing at least nine soldiers', 'killed', 9, 'at-least', 'soldiers'),
        C('forcing hundreds of residents to flee', 'displaced', None, 'vague', 'civilians'),
        C('14 soldiers were still missing', 'missing', 14, 'exact', 'soldiers'),
        C('five soldiers killed', 'killed', 5, 'exact', 'soldiers', tags='contradicted'),
        C('seven wounded', 'injured', 7, 'exact', 'soldiers'),
        C('the bodies of 32 terrorists', 'killed', 32, 'exact', 'fighters'),
        C('killed "more than 20 apostate soldiers"', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('10 to 12 civilians with gunshot wounds', 'injured', None, 'range', 'civilians', low=10, high=12),
        C('at least 600 people had crossed', 'displaced', 600, 'at-least', 'people'),
        C('1,350 Nigerian refugees', 'displaced', 1350, 'exact', 'people', id='ref'),
        C('about 700 children', 'displaced', 700, 'approx', 'children', sub='ref'),
        C('killed some 40,000 civilians', 'killed', 40000, 'approx', 'civilians'),
        C('displaced more than 2 million people', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('residents', 'witness', nth=1),
        S('two military officers', 'anonymous'),
        S('One of the officers', 'anonymous'),
        S("Nigeria's army", 'military'),
        S('Army spokesman Brig. Gen. Tukur Abubakar', 'military', form='title-name'),
        S('ISWAP', 'military'),
        S('An aid worker in Maiduguri', 'anonymous'),
        S('Bulama Modu', 'other', form='name'),
        S("Authorities in Niger's Diffa region", 'official'),
        S('the U.N.', 'ngo'),
    ],
    numbers=[
        N('dozens of gun trucks', 'count-objects'),
        N('3 a.m.', 'time'),
        N('nearly four hours', 'duration'),
        N('two military officers', 'count-people'),
        N('One of the officers', 'count-people'),
        N('two armored vehicles', 'count-objects'),
        N('about 230 kilometers', 'distance'),
        N('145 miles', 'distance'),
        N('nearly five years', 'duration'),
        N('2022', 'year'),
        N('about 5,000 people', 'count-people'),
        N('16-year', 'duration'),
    ])

# ks05: fighting for Lulingu, South Kivu, DR Congo (dpa style, one sentence a paragraph)
A['ks05.txt'] = dict(
    casualty=[
        C('At least 31 people have been killed', 'killed', 31, 'at-least', 'people', id='tot'),
        C('19 civilians', 'killed', 19, 'exact', 'civilians', sub='tot', id='civ'),
        C('six children', 'killed', 6, 'exact', 'children', sub='civ'),
        C('12 combatants', 'killed', 12, 'exact', 'fighters', sub='tot'),
        C('the number of soldiers killed at four', 'killed', 4, 'exact', 'soldiers'),
        C('26 rebels had been "neutralized"', 'killed', 26, 'exact', 'fighters'),
        C('killed more than 50 Wazalendo militiamen', 'killed', 50, 'at-least', 'fighters', tags='contradicted'),
        C('lost fewer than 10', 'killed', 10, 'at-most', 'fighters', tags='contradicted'),
        C('killing two patients', 'killed', 2, 'exact', 'people'),
        C('evacuated 45 other patients', 'displaced', 45, 'exact', 'people'),
        C('More than 70 wounded people', 'injured', 70, 'at-least', 'people'),
        C('thousands of people who had fled', 'displaced', None, 'vague', 'people'),
        C('almost 18,000 people have left', 'displaced', 18000, 'at-most', 'people'),
        C('rounded up around a dozen young men', 'detained', 12, 'approx', 'men', id='dz'),
        C('Three of them were later found dead', 'killed', 3, 'exact', 'men', sub='dz'),
        C('11 people', 'missing', 11, 'exact', 'people'),
        C('driven more than 7 million people from their homes', 'displaced', 7000000, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('the administrator of Shabunda territory, Jean-Claude Mulimbi', 'official', form='title-name'),
        S('The Congolese army', 'military'),
        S('The M23', 'military'),
        S('a nurse at the hospital', 'anonymous'),
        S('the nurse', 'anonymous'),
        S('the nurse', 'anonymous', nth=1),
        S('the UN humanitarian office OCHA', 'ngo'),
        S('OCHA spokeswoman Marie Kasongo', 'ngo', form='title-name'),
        S('The UN-backed broadcaster Radio Okapi', 'media'),
        S('A local civil society leader, Prosper Amisi', 'other', form='title-name'),
        S('Amisi', 'other', nth=1, form='name'),
        S('The Catholic aid organisation Caritas', 'ngo'),
        S('the UN', 'ngo', nth=1),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('three days', 'duration'),
        N('M23', 'other'),
        N('M23', 'other', nth=1),
        N('M23', 'other', nth=2),
        N('about 30,000 inhabitants', 'population'),
        N('more than 200 kilometres', 'distance'),
        N('four days', 'duration'),
        N('14 schools', 'count-objects'),
        N('the two largest cities', 'count-objects'),
        N('January 2025', 'date'),
    ])

# ks06: gunmen kill villagers in Tarmuwa, Yobe state, Nigeria (Nigerian state media, NAN style)
A['ks06.txt'] = dict(
    casualty=[
        C('the killing of seven persons', 'killed', 7, 'exact', 'people', id='tot'),
        C('five persons died on the spot', 'killed', 5, 'exact', 'people', sub='tot'),
        C('two others were confirmed dead', 'killed', 2, 'exact', 'people', sub='tot'),
        C('Eleven others sustained varying degrees of injuries', 'injured', 11, 'exact', 'people'),
        C('two suspects had been arrested', 'detained', 2, 'exact', 'people'),
        C('over 2,100 persons', 'displaced', 2100, 'at-least', 'people'),
        C('neutralised four terrorists', 'killed', 4, 'exact', 'fighters'),
        C('13 kidnapped persons', 'detained', 13, 'exact', 'people'),
        C('15 farmers were killed', 'killed', 15, 'exact', 'other'),
    ],
    sources=[
        S('The Yobe Police Command', 'official'),
        S('The Police Public Relations Officer (PPRO) in the state, DSP Haruna Mohammed', 'official',
          form='title-name'),
        S('Mohammed', 'official', nth=1, form='name'),
        S('The PPRO', 'official', form='role'),
        S('the Executive Secretary of the Yobe State Emergency Management Agency (SEMA), Alhaji Musa Idi',
          'official', form='title-name'),
        S('Idi', 'official', nth=1, form='name'),
        S('The state government', 'official'),
        S('the Special Adviser to the Governor on Media, Alhaji Yusuf Ali', 'official', form='title-name'),
        S('the Nigerian Army', 'military'),
        S('The Acting Deputy Director, Army Public Relations, Lt.-Col. Abdullahi Bello', 'military',
          form='title-name'),
    ],
    numbers=[
        N('Sept. 14, 2025', 'date'),
        N('numbering about 40', 'count-people'),
        N('6:30 p.m.', 'time'),
        N('two neighbouring communities', 'count-objects'),
        N('about 45 kilometres', 'distance'),
        N('500 bags of rice', 'quantity'),
        N('200 mattresses', 'count-objects'),
        N('N5 million', 'money'),
        N('27 Task Force Brigade', 'other'),
        N('two AK-47 rifles', 'count-objects'),
        N('60 rounds', 'count-objects'),
        N('7.62mm', 'other'),
        N('two weeks', 'duration'),
    ])

# ks07: rights group's statement on army killings and arrests in Kabambare, Maniema, DR Congo (NGO style)
A['ks07.txt'] = dict(
    casualty=[
        C('killed dozens of civilians', 'killed', None, 'vague', 'civilians'),
        C('at least 34 civilians', 'killed', 34, 'at-least', 'civilians', id='tot', tags='contradicted'),
        C('arrested more than 120 men', 'detained', 120, 'at-least', 'men'),
        C('the killings of 20 men', 'killed', 20, 'exact', 'men', sub='tot'),
        C('10 women', 'killed', 10, 'exact', 'women', sub='tot'),
        C('4 children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('two brothers', 'killed', 2, 'exact', 'men'),
        C('22 deaths', 'killed', 22, 'exact', 'civilians'),
        C('The new figure of 34', 'killed', 34, 'exact', 'civilians', id='new', tags='repeat update'),
        C('12 bodies', 'killed', 12, 'exact', 'civilians', sub='new'),
        C('detained more than 120 men', 'detained', 120, 'at-least', 'men', id='det', tags='repeat'),
        C('At least 47 of them remain in military custody', 'detained', 47, 'at-least', 'men', sub='det'),
        C('two died in detention', 'killed', 2, 'exact', 'men', sub='det'),
        C('21 Mai-Mai fighters had been killed', 'killed', 21, 'exact', 'fighters'),
        C('roughly 12,500 people have fled', 'displaced', 12500, 'approx', 'people'),
        C('hundreds of families are hiding in the forest', 'displaced', None, 'vague', 'people'),
        C('15–18 killings of civilians', 'killed', None, 'range', 'civilians', low=15, high=18),
    ],
    sources=[
        S('rights group', 'ngo'),
        S('the Congo Human Rights Observatory (CHRO)', 'ngo'),
        S('CHRO researchers', 'ngo', form='collective'),
        S('a 41-year-old woman from Kasanga village', 'witness', form='role'),
        S('CHRO', 'ngo', nth=3),
        S('relatives', 'witness', nth=1),
        S('The Congolese armed forces (FARDC)', 'military'),
        S('A spokesman for military operations in Maniema, Captain Jules Ngoy', 'military', form='title-name'),
        S('Local authorities in Kabambare', 'official'),
        S('The UN Joint Human Rights Office (UNJHRO)', 'ngo'),
    ],
    numbers=[
        N('3 November 2025', 'date'),
        N('12 and 25 October', 'date'),
        N('63 survivors, relatives and witnesses', 'count-people'),
        N('five villages', 'count-objects'),
        N('41-year-old', 'age'),
        N('20 October', 'date'),
        N('27 October', 'date'),
        N('some 300 kilometres', 'distance'),
        N('around 2,000 artisanal diggers', 'count-people'),
        N('2019', 'year'),
        N('48 hours', 'duration'),
        N('2008', 'year'),
    ])

# ks08: suicide bombing at a motor park in Babban Gida, Yobe state, Nigeria (broadcaster, BBC style)
A['ks08.txt'] = dict(
    casualty=[
        C('kills at least 16', 'killed', 16, 'at-least', 'people'),
        C('At least 16 people have been killed', 'killed', 16, 'at-least', 'people', tags='repeat'),
        C('13 people had died at the scene', 'killed', 13, 'exact', 'people', tags='contradicted'),
        C('42 others had been injured', 'injured', 42, 'exact', 'people'),
        C('the death toll at 19', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('up to 57 people had been taken to hospitals', 'injured', 57, 'at-most', 'people', tags='contradicted'),
        C('the 31 patients', 'injured', 31, 'exact', 'people', id='pat'),
        C('nine were children', 'injured', 9, 'exact', 'children', sub='pat'),
        C('three died overnight', 'killed', 3, 'exact', 'people', sub='pat'),
        C('more than 20 bodies', 'killed', 20, 'at-least', 'people', tags='contradicted'),
        C('three suspects', 'detained', 3, 'exact', 'people'),
        C('Dozens of families have since left', 'displaced', None, 'vague', 'people'),
        C('killed tens of thousands of people', 'killed', None, 'vague', 'people'),
        C('forced about 2.3 million from their homes', 'displaced', 2300000, 'approx', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('Yobe police spokesman ASP Usman Garba', 'official', form='title-name'),
        S('The State Emergency Management Agency (Sema)', 'official'),
        S('a doctor there', 'anonymous'),
        S('Musa Ibrahim', 'witness', form='name'),
        S('Police', 'official', form='collective'),
        S('residents', 'witness'),
        S('UN figures', 'ngo', form='document'),
    ],
    numbers=[
        N('17:30', 'time'),
        N('16:30 GMT', 'time'),
        N('about 50km', 'distance'),
        N('31 miles', 'distance'),
        N('hundreds of women and girls', 'count-people'),
        N('2014', 'year'),
        N('three days', 'duration'),
        N('about 25,000 people', 'population'),
        N('several years', 'duration'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
