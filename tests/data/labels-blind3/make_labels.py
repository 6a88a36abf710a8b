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

# ---------------------------------------------------------------- labels (third blind set: z01-z06)

STATS_EXTRA_OUTCOME_WORDS += [
    ('slain/massacred/perished/gunned down/neutralised/eliminated',
     r'\b(?:slain|massacred|perished|gunned down|neutrali[sz]ed|eliminated)\b'),
    ('shot dead/buried', r'\bshot dead\b|\bburied\b'), ('fatalities', r'\bfatalities\b'),
    ('sustained injuries/wounds', r'\bsustained\b'), ('beaten', r'\bbeaten\b'),
    ('taken captive/captured', r'\bcaptive\b|\bcaptured\b'), ('gone missing', r'\bgone missing\b'),
    ('uprooted/evacuated/driven from their homes', r'\buprooted\b|\bevacuated\b|\bdriven\b'),
    ('supreme sacrifice', r'\bsupreme sacrifice\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('insurgents/militiamen/assailants/apostates', r'\b(?:insurgents|militiamen|assailants|apostates)\b'),
    ('peacekeepers/policemen/members of the security forces',
     r'\b(?:peacekeepers|policemen|members of the security forces)\b'),
    ('farmers/students/minors/suppliers/Afghans/Haitians/elderly',
     r'\b(?:farmers|students|minors|suppliers|Afghans|Haitians|elderly)\b'),
]

A['z01.txt'] = dict(
    casualty=[
        C('killed at least 34 civilians', 'killed', 34, 'at-least', 'civilians', id='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('27 wounded people', 'injured', 27, 'exact', 'people', id='hosp'),
        C('several of them', 'injured', None, 'vague', 'people', sub='hosp'),
        C('three had died', 'killed', 3, 'exact', 'people', sub='hosp'),
        C('19 bodies', 'killed', 19, 'exact', 'people'),
        C('neutralized several dozen terrorists', 'killed', None, 'vague', 'fighters', tags='contradicted'),
        C('two brothers were among the dead', 'killed', 2, 'exact', 'men', sub='tot'),
        C('a handful of guests were still missing', 'missing', None, 'vague', 'people'),
        C('the toll rose to 41', 'killed', 41, 'exact', 'civilians', tags='update'),
        C('seven more of the wounded perished', 'killed', 7, 'exact', 'people', sub='hosp'),
        C('killed 19 people', 'killed', 19, 'exact', 'people'),
        C('killed 52 soldiers', 'killed', 52, 'exact', 'soldiers'),
        C('uprooted over 380,000 people', 'displaced', 380000, 'at-least', 'people'),
    ],
    sources=[
        S('a local official', 'anonymous'),
        S('two residents', 'witness'),
        S('the official', 'anonymous'),
        S('Sources at the regional hospital in Sévaré', 'anonymous'),
        S('Hamadoun Cissé', 'witness', form='name'),
        S("Mali's armed forces", 'military'),
        S('state television ORTM', 'media'),
        S('Local media', 'media'),
        S('Residents', 'witness'),
        S('Aminata Traoré', 'witness', form='name'),
        S('the hospital sources', 'anonymous'),
        S('the village chief, Boubacar Diallo', 'official', form='title-name'),
        S('rights groups', 'ngo'),
        S('a spokesperson for the group', 'military', form='role'),
        S('the Norwegian Refugee Council', 'ngo'),
    ],
    numbers=[
        N('Nov 3', 'date'),
        N('two residents', 'count-people'),
        N('one', 'other'),
        N('about 45 kilometers', 'distance'),
        N('28 miles', 'distance'),
        N('9:30 p.m.', 'time'),
        N('41', 'age'),
        N('TB2s', 'other'),
        N('60-year-old', 'age'),
        N('Two-thirds', 'percentage'),
        N('2020', 'year'),
        N('14 trucks', 'count-objects'),
        N('2022', 'year'),
        N('1,700 schools', 'count-objects'),
    ])

A['z02.txt'] = dict(
    casualty=[
        C('killing 46 people', 'killed', 46, 'exact', 'people', id='tot'),
        C('injuring over 150', 'injured', 150, 'at-least', 'people', id='inj'),
        C('shot dead two policemen', 'killed', 2, 'exact', 'soldiers'),
        C('97 of the injured', 'injured', 97, 'exact', 'people', id='hosp', sub='inj'),
        C('at least 30', 'injured', 30, 'at-least', 'people', sub='hosp'),
        C('the death toll had risen to 59', 'killed', 59, 'exact', 'people', id='upd', tags='update'),
        C('11 children among the dead', 'killed', 11, 'exact', 'children', sub='upd'),
        C('slain more than 100 Shiite apostates', 'killed', 100, 'at-least', 'people', tags='contradicted'),
        C('detained 23 suspects', 'detained', 23, 'exact', 'people'),
        C('1,240 Afghans', 'detained', 1240, 'exact', 'people'),
        C('forced tens of thousands of Afghans from their homes', 'displaced', None, 'vague', 'people'),
        C('killed more than 80 people', 'killed', 80, 'at-least', 'people'),
        C('1,612 fatalities', 'killed', 1612, 'exact', 'people'),
    ],
    sources=[
        S('police', 'official'),
        S('hospital officials', 'official'),
        S('Siddique Khan', 'official', form='name'),
        S('A spokesperson for the Shah Jahan Teaching Hospital, Muhammad Asim', 'official', form='title-name'),
        S('Pakistan’s interior minister, Rana Tariq', 'official', form='title-name'),
        S('The Pakistani Taliban', 'military'),
        S('A faction of the Islamic State group', 'military'),
        S('the Amaq news agency', 'media'),
        S('Zahid Hussain', 'witness', form='name'),
        S('Police', 'official'),
        S('Officials familiar with the investigation', 'anonymous'),
        S('the government', 'official'),
        S('Rights groups', 'ngo'),
        S('the Islamabad-based Center for Research and Security Studies', 'ngo'),
        S('the provincial government', 'official'),
    ],
    numbers=[
        N('about 1:15 p.m.', 'time'),
        N('some 600 worshippers', 'count-people'),
        N('20s', 'age'),
        N('34', 'age'),
        N('two refugee settlements', 'count-objects'),
        N('about 10 days', 'duration'),
        N('2023', 'year'),
        N('1 million rupees', 'money'),
        N('$3,600', 'money'),
        N('300,000 rupees', 'money'),
    ])

A['z03.txt'] = dict(
    casualty=[
        C('neutralised 27 insurgents', 'killed', 27, 'exact', 'fighters'),
        C('arrested 16 logistics suppliers', 'detained', 16, 'exact', 'people'),
        C('gunned down 19 farmers', 'killed', 19, 'exact', 'other'),
        C('two soldiers made the supreme sacrifice', 'killed', 2, 'exact', 'soldiers'),
        C('five others sustained injuries', 'injured', 5, 'exact', 'soldiers'),
        C('buried 26 people', 'killed', 26, 'exact', 'people', tags='contradicted'),
        C('four more bodies were found', 'killed', 4, 'exact', 'people'),
        C('taken captive at least eight young men', 'detained', 8, 'at-least', 'men'),
        C('killed 11 soldiers', 'killed', 11, 'exact', 'soldiers', tags='contradicted'),
        C('captured four others', 'detained', 4, 'exact', 'soldiers', tags='contradicted'),
        C('several dozen farmers had gone missing', 'missing', None, 'vague', 'other'),
        C('more than 1,500 people', 'detained', 1500, 'at-least', 'people'),
        C('killed more than 40,000 people', 'killed', 40000, 'at-least', 'people'),
        C('driven around 2 million from their homes', 'displaced', 2000000, 'approx', 'people'),
    ],
    sources=[
        S('the Defence Headquarters', 'military'),
        S('The Director of Defence Media Operations, Major General Edward Buba', 'military', form='title-name'),
        S('Buba', 'military', nth=1, form='name'),
        S('Residents of Kawuri', 'witness'),
        S('Modu Bukar', 'witness', form='name'),
        S('The Islamic State West Africa Province (ISWAP)', 'military'),
        S('The army', 'military'),
        S('the Borno State Emergency Management Agency', 'official'),
        S('Human Rights Watch', 'ngo'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('14 February', 'date'),
        N('43 hostages', 'count-people'),
        N('21st Armoured Brigade', 'other'),
        N('31 AK-47 rifles', 'count-objects'),
        N('2,450 rounds of 7.62mm ammunition', 'count-objects'),
        N('three gun trucks', 'count-objects'),
        N('more than 70 houses', 'count-objects'),
        N('12 women', 'count-people'),
        N('nine children', 'count-people'),
        N('7 Division Hospital', 'other'),
        N('312 tonnes', 'quantity'),
        N('15-year', 'duration'),
    ])

A['z04.txt'] = dict(
    casualty=[
        C('massacred at least 115 people', 'killed', 115, 'at-least', 'people', id='tot'),
        C('14 children', 'killed', 14, 'exact', 'children', sub='tot'),
        C('27 elderly residents', 'killed', 27, 'exact', 'civilians', sub='tot'),
        C('At least 60 people sustained gunshot or machete wounds', 'injured', 60, 'at-least', 'people', id='inj'),
        C('16 of them', 'injured', 16, 'exact', 'people', sub='inj'),
        C('the number of dead at 97', 'killed', 97, 'exact', 'people', tags='contradicted'),
        C('recovered 88 bodies', 'killed', 88, 'exact', 'people'),
        C('Two policemen were among those killed', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('at least 22 people were taken captive', 'detained', 22, 'at-least', 'people', id='cap'),
        C('four women', 'detained', 4, 'exact', 'women', sub='cap'),
        C('Some 6,270 people fled', 'displaced', 6270, 'approx', 'people'),
        C('displaced more than 1.2 million Haitians', 'displaced', 1200000, 'at-least', 'people'),
        C('at least 4,864 people were killed', 'killed', 4864, 'at-least', 'people'),
    ],
    sources=[
        S('the UN human rights office (OHCHR)', 'ngo'),
        S('the office’s spokesperson, Nadia Koroma', 'ngo', form='title-name'),
        S('the statement', 'ngo', form='document'),
        S('Local authorities in the commune of Saint-Marc', 'official'),
        S('A spokesperson for the Haitian National Police', 'official', form='role'),
        S('OHCHR', 'ngo', nth=1),
        S('the Displacement Tracking Matrix of the International Organization for Migration', 'ngo'),
        S('the office', 'ngo', nth=1),
        S('The High Commissioner for Human Rights, Mariam Diallo-Kane', 'ngo', form='title-name'),
    ],
    numbers=[
        N('21 October 2025', 'date'),
        N('two-day', 'duration'),
        N('around 40 pickup trucks', 'count-objects'),
        N('3 October', 'date'),
        N('about 30 kilometres', 'distance'),
        N('seven of the hostages', 'count-people'),
        N('up to US$5,000', 'money'),
        N('resolution 2699', 'other'),
        N('2023', 'year'),
        N('about 1,000 personnel', 'count-people'),
        N('2,500', 'count-people'),
        N('two days', 'duration'),
        N('+41 22 917 9220', 'other'),
    ])

A['z05.txt'] = dict(
    casualty=[
        C('killing at least nine', 'killed', 9, 'at-least', 'people', id='tot'),
        C('wounding several dozen', 'injured', None, 'vague', 'people', id='inj'),
        C('14 of the wounded', 'injured', 14, 'exact', 'people', sub='inj'),
        C('six of the dead were students', 'killed', 6, 'exact', 'people', sub='tot'),
        C('two people had died', 'killed', 2, 'exact', 'people', tags='contradicted'),
        C('31 members of the security forces had been injured', 'injured', 31, 'exact', 'soldiers'),
        C('112 people had been arrested', 'detained', 112, 'exact', 'people', id='arr'),
        C('38 people', 'injured', 38, 'exact', 'people'),
        C('three bodies', 'killed', 3, 'exact', 'people'),
        C('at least 40 people', 'missing', 40, 'at-least', 'people', id='mis'),
        C('11 minors', 'missing', 11, 'exact', 'children', sub='mis'),
        C('23 of them had been beaten', 'injured', 23, 'exact', 'people', sub='arr'),
        C('At least 47 people have been killed', 'killed', 47, 'at-least', 'people'),
    ],
    sources=[
        S('a coalition of opposition parties and civil society groups', 'other'),
        S('The coalition', 'other', nth=0),
        S('Government spokesman Amara Camara', 'official', form='title-name'),
        S('A nurse at Kaloum University Hospital', 'anonymous'),
        S('his uncle', 'witness', form='role'),
        S('Witnesses', 'witness'),
        S('The UN human rights office', 'ngo'),
        S('Lawyers for the detainees', 'other'),
        S('the monitoring group NetBlocks', 'ngo'),
        S('the Guinean League for Human Rights', 'ngo'),
        S('The coalition', 'other', nth=1),
    ],
    numbers=[
        N('17-year-old', 'age'),
        N('7th Mobile Intervention Company', 'other'),
        N('at least 12 armoured vehicles', 'count-objects'),
        N('6 p.m.', 'time'),
        N('11 a.m.', 'time'),
        N('September 2021', 'date'),
        N('2024', 'year'),
        N('two-thirds', 'percentage'),
        N('14', 'age', nth=1),
    ])

A['z06.txt'] = dict(
    casualty=[
        C('killing three peacekeepers', 'killed', 3, 'exact', 'soldiers'),
        C('wounding eight others', 'injured', 8, 'exact', 'soldiers', id='inj'),
        C('two of them', 'injured', 2, 'exact', 'soldiers', sub='inj'),
        C('some 4,500 displaced people', 'displaced', 4500, 'approx', 'people'),
        C('killed at least 12 civilians', 'killed', 12, 'at-least', 'civilians'),
        C('the toll among civilians at 17', 'killed', 17, 'exact', 'civilians', tags='contradicted'),
        C('40 people were missing', 'missing', 40, 'exact', 'people'),
        C('killed "several assailants"', 'killed', None, 'vague', 'fighters'),
        C('some 1,800 residents of Obo had been evacuated', 'displaced', 1800, 'approx', 'civilians'),
        C('killing a dozen of its members', 'killed', 12, 'exact', 'fighters', tags='contradicted'),
        C('"eliminated" 21 rebels', 'killed', 21, 'exact', 'fighters'),
        C('uprooted 28,000 people', 'displaced', 28000, 'exact', 'people', id='upr'),
        C('over 6,000 of them', 'displaced', 6000, 'at-least', 'people', sub='upr'),
        C('More than 190 peacekeepers have been killed', 'killed', 190, 'at-least', 'soldiers'),
    ],
    sources=[
        S('the U.N. mission in the country', 'military'),
        S('a spokesperson for the mission, Ibrahima Sow', 'military', form='title-name'),
        S('Two Moroccan officials familiar with the matter', 'anonymous'),
        S('Sow', 'military', nth=1, form='name'),
        S('a local official', 'anonymous'),
        S('Local radio station Radio Zereda', 'media'),
        S('The mission', 'military'),
        S('The Azande Ani Kpi Gbe', 'military'),
        S('A spokesman for the group, Jean-Pierre Ngbandi', 'military', form='title-name'),
        S('The defense ministry', 'military'),
        S('the office of the U.N. Secretary-General', 'ngo'),
        S("the U.N. refugee agency's representative in Bangui, Marie-Claire Okoro", 'ngo', form='title-name'),
    ],
    numbers=[
        N('12.7mm', 'other'),
        N('2 a.m.', 'time'),
        N('Two Moroccan officials', 'count-people'),
        N('three-hour', 'duration'),
        N('200 km', 'distance'),
        N('124 miles', 'distance'),
        N('nine hostages', 'count-people'),
        N('resolution 2709', 'other'),
        N('5.5 million people', 'population'),
        N('about 14,400 troops and police', 'count-people'),
        N('2014', 'year'),
        N('one', 'other'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
