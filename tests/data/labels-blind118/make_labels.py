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

# ---------------------------------------------------------------- labels (blind set 118: zr01-zr08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('executed / neutralised / sacrificed their lives / lost … children / the killing of',
     r'\bexecuted\b|\bneutralised\b|\bsacrificed\b|\blost\b|\bthe killing of\b'),
    ('evacuated / relocated / left / forced … from their homes / refugees',
     r'\bevacuated\b|\brelocated\b|\bleft\b|\brefugees\b'),
    ('taken / whereabouts', r'\btaken\b|\bwhereabouts\b'),
    ('treated for injuries', r'\btreated for injuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/gendarmes/policemen/members of the security forces',
     r'\b(?:servicemen|gendarmes|policemen|members of the security forces)\b'),
    ('attackers/guerrillas/members of the armed groups',
     r'\b(?:attackers|guerrillas|members of the armed groups)\b'),
    ('teenagers/sons/households/families/victims/suspects/accomplices/social leaders',
     r'\b(?:teenagers|sons|households|families|victims|suspects|accomplices|social leaders)\b'),
    ('religious groups (Christians and apostates)', r'\bChristians\b'),
]

# zr01: Russian glide bombs and drones on the centre of Novhorod-Siverskyi, Chernihiv oblast (Reuters style)
A['zr01.txt'] = dict(
    casualty=[
        C('killing at least seven people', 'killed', 7, 'at-least', 'people', id='tot'),
        C('wounding 23', 'injured', 23, 'exact', 'people', id='inj'),
        C('Four children were among the injured', 'injured', 4, 'exact', 'children', id='kids', sub='inj'),
        C('two of them', 'injured', 2, 'exact', 'children', sub='kids'),
        C('at least three residents were still unaccounted for', 'missing', 3, 'at-least', 'civilians'),
        C('the death toll had risen to nine', 'killed', 9, 'exact', 'people', tags='update'),
        C('the number of injured to 26', 'injured', 26, 'exact', 'people', tags='update'),
        C('10 to 12 wounded people', 'injured', None, 'range', 'people', low=10, high=12),
        C('killed as many as 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('evacuated approximately 160 residents', 'displaced', 160, 'approx', 'civilians', id='ev'),
        C('35 children', 'displaced', 35, 'exact', 'children', sub='ev'),
        C('at least 12,600 civilians had been killed', 'killed', 12600, 'at-least', 'civilians'),
        C('over 29,000 injured', 'injured', 29000, 'at-least', 'civilians'),
    ],
    sources=[
        S('regional Governor Oleh Hrytsenko', 'official', form='title-name'),
        S('Hrytsenko', 'official', nth=1, form='name'),
        S('the State Emergency Service', 'official'),
        S('the service', 'official'),
        S('Larysa Bondarenko', 'witness', form='name'),
        S("Russia's Defense Ministry", 'military'),
        S('Hrytsenko', 'official', nth=2, form='name'),
        S('Police', 'official'),
        S('Local authorities', 'official'),
        S("Ukraine's military", 'military'),
        S('the regional administration', 'official'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('March 14', 'date'),
        N('about 45 km', 'distance'),
        N('28 miles', 'distance'),
        N('aged 9 and 12', 'age'),
        N('One of the bombs', 'count-objects'),
        N('three-story', 'other'),
        N('11 a.m.', 'time'),
        N('11 people', 'count-people'),
        N('one after another', 'other'),
        N('three bombs', 'count-objects'),
        N('less than ten minutes', 'duration'),
        N('58', 'age'),
        N('around 11,000 people', 'population'),
        N('12,500', 'population'),
        N('2022', 'year'),
        N('54 of the 71 drones', 'count-objects'),
        N('64-year-old', 'age'),
        N('February 2022', 'date'),
    ])

# zr02: attacks on Golo, Jebel Marra, Central Darfur (UN OCHA flash update)
A['zr02.txt'] = dict(
    casualty=[
        C('At least 42 civilians were killed', 'killed', 42, 'at-least', 'civilians', id='hl'),
        C('70 injured', 'injured', 70, 'exact', 'civilians'),
        C('An estimated 18,000 people have been displaced', 'displaced', 18000, 'approx', 'people'),
        C('42 civilians were killed', 'killed', 42, 'exact', 'civilians', nth=1, id='moh', tags='repeat'),
        C('11 women', 'killed', 11, 'exact', 'women', sub='moh'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='moh'),
        C('70 others were injured', 'injured', 70, 'exact', 'civilians', id='mohw', tags='repeat'),
        C('23 of them', 'injured', 23, 'exact', 'civilians', sub='mohw'),
        C('the toll higher, at 57', 'killed', 57, 'exact', 'civilians', tags='contradicted'),
        C('six of its fighters were killed', 'killed', 6, 'exact', 'fighters'),
        C('fewer than 10 civilians had died', 'killed', 10, 'at-most', 'civilians', tags='contradicted'),
        C('killing “more than 30 rebels”', 'killed', 30, 'at-least', 'fighters', tags='contradicted'),
        C('at least 25 people', 'detained', 25, 'at-least', 'people'),
        C('Two volunteers', 'killed', 2, 'exact', 'other', sub='moh'),
        C('about 18,000 people', 'displaced', 18000, 'approx', 'people', id='dtm', tags='repeat'),
        C('roughly 3,600 households', 'displaced', 3600, 'approx', 'people'),
        C('Some 11,500 of the displaced', 'displaced', 11500, 'approx', 'people', sub='dtm'),
        C('tens of thousands of people displaced', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('Partners', 'ngo', form='collective'),
        S('local authorities', 'official'),
        S('community leaders', 'other'),
        S('the Central Darfur State Ministry of Health', 'official'),
        S('The Sudan Liberation Movement–Abdel Wahid (SLM-AW)', 'military'),
        S('The movement', 'military'),
        S('The RSF', 'military'),
        S('Local sources', 'anonymous'),
        S('the Society', 'ngo'),
        S('The International Organization for Migration’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Partners', 'ngo', nth=1, form='collective'),
        S('the Humanitarian Coordinator for Sudan, Anders Haugland', 'ngo', form='title-name'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 September 2025', 'date'),
        N('12 and 15 September', 'date'),
        N('some 60 km', 'distance'),
        N('12 September', 'date'),
        N('four days', 'duration'),
        N('dozens of homes', 'count-objects'),
        N('14 surrounding villages', 'count-objects'),
        N('12 and 16 September', 'date'),
        N('at least 120 children', 'count-people'),
        N('17 September', 'date'),
        N('40 tonnes', 'quantity'),
        N('two surgical kits', 'count-objects'),
        N('100 surgical interventions', 'count-objects'),
        N('2025', 'year', nth=1),
        N('US$4.2 billion', 'money'),
        N('23 per cent', 'percentage'),
    ])

# zr03: separatist raid on the market of Jakiri, North-West region, Cameroon (a newspaper's own correspondent)
A['zr03.txt'] = dict(
    casualty=[
        C('kill eight', 'killed', 8, 'exact', 'people'),
        C('killing eight people', 'killed', 8, 'exact', 'people', id='tot', tags='repeat'),
        C('wounding at least 15 others', 'injured', 15, 'at-least', 'people', id='inj'),
        C('five bodies', 'killed', 5, 'exact', 'people'),
        C('two gendarmes', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('nine of the wounded', 'injured', 9, 'exact', 'people', id='nine', sub='inj'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='nine'),
        C('killed “over a dozen soldiers”', 'killed', 12, 'at-least', 'soldiers', tags='contradicted'),
        C('“neutralised” four of the attackers', 'killed', 4, 'exact', 'fighters'),
        C('arrested two suspected accomplices', 'detained', 2, 'exact', 'people'),
        C('as many as 300 people had left', 'displaced', 300, 'at-most', 'people'),
        C('killed more than 6,000 people', 'killed', 6000, 'at-least', 'people'),
        C('forced nearly 630,000 from their homes', 'displaced', 630000, 'at-most', 'people'),
    ],
    sources=[
        S('officials', 'official', form='collective'),
        S('local officials', 'official'),
        S('the divisional officer for Bui, Emmanuel Nfor Tatah', 'official', form='title-name'),
        S('a trader, Bridget Fonyuy', 'witness', form='name'),
        S('a nurse at the Jakiri district hospital', 'anonymous'),
        S('The Ambazonia Defence Forces (ADF)', 'military'),
        S('The army', 'military'),
        S('Army spokesman Colonel Serge Mbarga Ateba', 'military', form='title-name'),
        S('Residents', 'witness'),
        S('Peter Kongnyuy', 'witness', form='name'),
        S('the International Crisis Group', 'ngo'),
        S('UN agencies', 'ngo'),
        S('traders', 'witness', nth=2),
    ],
    numbers=[
        N('10am', 'time'),
        N('a dozen stalls', 'count-objects'),
        N('34', 'age'),
        N('12-year-old', 'age'),
        N('90 kilometres', 'distance'),
        N('one of several armed groups', 'other'),
        N('2017', 'year'),
        N('seven years', 'duration'),
        N('one of the few places', 'other'),
    ])

# zr04: executions and detentions in Dianké, Mopti region, Mali (a rights group's statement)
A['zr04.txt'] = dict(
    casualty=[
        C('executed at least 24 men', 'killed', 24, 'at-least', 'men', id='tot'),
        C('detained dozens of others', 'detained', None, 'vague', 'men'),
        C('rounded up 40 to 50 men', 'detained', None, 'range', 'men', low=40, high=50, id='ru'),
        C('two sons were among those taken', 'detained', 2, 'exact', 'men', sub='ru'),
        C('buried 19 bodies', 'killed', 19, 'exact', 'people'),
        C('24 victims', 'killed', 24, 'exact', 'men', tags='repeat'),
        C('at least five more men died', 'killed', 5, 'at-least', 'men'),
        C('11 others', 'missing', 11, 'exact', 'men'),
        C('neutralised 31 terrorists', 'killed', 31, 'exact', 'fighters', tags='contradicted'),
        C('arrested 14 suspects', 'detained', 14, 'exact', 'people'),
        C('two soldiers had been wounded', 'injured', 2, 'exact', 'soldiers'),
        C('around 2,000 people had fled', 'displaced', 2000, 'approx', 'people'),
        C('the killing of upwards of 400 civilians', 'killed', 400, 'at-least', 'civilians'),
        C('almost 380,000 people are internally displaced', 'displaced', 380000, 'at-most', 'people'),
    ],
    sources=[
        S('the Sahel Rights Observatory (SRO)', 'ngo'),
        S('Survivors', 'witness'),
        S('a 52-year-old herder', 'witness', form='role'),
        S('SRO', 'ngo', nth=2),
        S('Relatives', 'witness'),
        S('The army’s general staff', 'military'),
        S('SRO', 'ngo', nth=3),
        S('Residents', 'witness'),
        S('Aminata Diallo', 'ngo', form='name'),
        S('SRO', 'ngo', nth=6),
        S('The UN’s Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
    ],
    numbers=[
        N('3 February 2025', 'date'),
        N('21 and 22 January', 'date'),
        N('17 people', 'count-people'),
        N('nine witnesses', 'count-people'),
        N('three relatives', 'count-people'),
        N('two local officials', 'count-people'),
        N('about 30 vehicles', 'count-objects'),
        N('52-year-old', 'age'),
        N('aged between 18 and 70', 'age'),
        N('23 January', 'date'),
        N('roughly 150 km', 'distance'),
        N('January 2024', 'date'),
        N('2016', 'year'),
        N('five countries', 'count-objects'),
    ])

# zr05: fighting between a FARC dissident faction and the ELN in Policarpa, Nariño, Colombia (AP style)
A['zr05.txt'] = dict(
    casualty=[
        C('killed at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('two teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('forced more than 1,200 people from their homes', 'displaced', 1200, 'at-least', 'people'),
        C('seven of the dead were civilians', 'killed', 7, 'exact', 'civilians', sub='tot'),
        C('two were members of the armed groups', 'killed', 2, 'exact', 'fighters', sub='tot'),
        C('four more people were wounded', 'injured', 4, 'exact', 'people', id='w'),
        C('Two of the wounded were police officers', 'injured', 2, 'exact', 'soldiers', sub='w'),
        C('Several of the dead', 'killed', None, 'vague', 'people', sub='tot'),
        C('approximately 340 families had fled', 'displaced', 340, 'approx', 'people'),
        C('the bodies of three men', 'killed', 3, 'exact', 'men'),
        C('killed "more than 20" ELN guerrillas', 'killed', 20, 'at-least', 'fighters', tags='contradicted'),
        C('arrested three people', 'detained', 3, 'exact', 'people'),
        C('52 social leaders were killed', 'killed', 52, 'exact', 'other'),
    ],
    sources=[
        S('authorities', 'official', form='collective'),
        S('Nariño Gov. Mauricio Cabrera', 'official', form='title-name'),
        S('Cabrera', 'official', nth=1, form='name'),
        S("The ombudsman's office", 'official'),
        S('Yaneth Ortiz', 'witness', form='name'),
        S('The army', 'military'),
        S('the military', 'military'),
        S('A commander of the dissident faction', 'military', form='role'),
        S('Cabrera', 'official', nth=2, form='name'),
        S('the Indepaz think tank', 'ngo'),
    ],
    numbers=[
        N('two armed groups', 'count-objects'),
        N('2016', 'year'),
        N('another 2,500 people', 'count-people'),
        N('14 rural villages', 'count-objects'),
        N('41', 'age'),
        N('six hours', 'duration'),
        N('three children', 'count-people'),
        N("one of Colombia's main coca-growing regions", 'other'),
        N('several armed groups', 'count-objects'),
        N('2022', 'year'),
        N('four months', 'duration'),
    ])

# zr06: an attack on Thandaunggyi, Kayin State, Myanmar (state media, GNLM/MNA style)
A['zr06.txt'] = dict(
    casualty=[
        C('killing three civilians', 'killed', 3, 'exact', 'civilians'),
        C('injuring 11 others', 'injured', 11, 'exact', 'civilians', id='inj'),
        C('14 terrorists were killed', 'killed', 14, 'exact', 'fighters'),
        C('a number of others were wounded', 'injured', None, 'vague', 'fighters'),
        C('Two members of the security forces sacrificed their lives', 'killed', 2, 'exact', 'soldiers'),
        C('four were wounded', 'injured', 4, 'exact', 'soldiers'),
        C('two of them', 'injured', 2, 'exact', 'civilians', sub='inj'),
        C('1,350 residents', 'displaced', 1350, 'exact', 'civilians', id='rel'),
        C('around 400 children', 'displaced', 400, 'approx', 'children', sub='rel'),
        C('more than 30 civilians were killed', 'killed', 30, 'at-least', 'civilians', tags='contradicted'),
        C('killed 1,027 civilians', 'killed', 1027, 'exact', 'civilians'),
        C('two dozen suspects have been detained', 'detained', 24, 'exact', 'people'),
    ],
    sources=[
        S('the True News Information Team of the State Administration Council', 'military'),
        S('the team', 'military'),
        S('the statement', 'military', form='document'),
        S('the medical superintendent, Dr Kyaw Zin Htet', 'official', form='title-name'),
        S('The Thandaunggyi Township administrator, U Than Naing Oo', 'official', form='title-name'),
        S('Some media outlets', 'media'),
        S('The team', 'military'),
        S('the information team', 'military'),
        S('officials', 'official', form='collective'),
    ],
    numbers=[
        N('14 Nov', 'date'),
        N('12 November', 'date'),
        N('seven-year-old', 'age'),
        N('about five hours', 'duration'),
        N('more than 40 rounds', 'count-objects'),
        N('60mm', 'other'),
        N('Seven houses', 'count-objects'),
        N('15-year-old', 'age'),
        N('six wards', 'count-objects'),
        N('2021', 'year'),
        N('83 bridges', 'count-objects'),
        N('412 schools', 'count-objects'),
    ])

# zr07: a militant attack on a police station in Matta, Swat, Pakistan (dpa style, one sentence a paragraph)
A['zr07.txt'] = dict(
    casualty=[
        C('killing at least six police officers', 'killed', 6, 'at-least', 'soldiers'),
        C('Two civilians', 'killed', 2, 'exact', 'civilians'),
        C('nine people were injured', 'injured', 9, 'exact', 'people', id='inj'),
        C('four policemen', 'injured', 4, 'exact', 'soldiers', id='pol', sub='inj'),
        C('killed four of the attackers', 'killed', 4, 'exact', 'fighters'),
        C('killed 17 police officers', 'killed', 17, 'exact', 'soldiers', tags='contradicted'),
        C('the bodies of eight people', 'killed', 8, 'exact', 'people'),
        C('three or four of the injured', 'injured', None, 'range', 'people', low=3, high=4, sub='inj'),
        C('the death toll to 10', 'killed', 10, 'exact', 'people', tags='update'),
        C('two of the wounded policemen had died', 'killed', 2, 'exact', 'soldiers', sub='pol'),
        C('hundreds of families had left', 'displaced', None, 'vague', 'people'),
        C('arrested 23 suspects', 'detained', 23, 'exact', 'people'),
        C('displaced about 2 million people', 'displaced', 2000000, 'approx', 'people'),
        C('over 900 people', 'killed', 900, 'at-least', 'people'),
    ],
    sources=[
        S('officials', 'official', form='collective'),
        S('district police chief Farooq Ahmad Khan', 'official', form='title-name'),
        S('Khan', 'official', nth=1, form='name'),
        S("the military's media wing, the Inter-Services Public Relations (ISPR)", 'military'),
        S('The ISPR', 'military'),
        S('The TTP', 'military'),
        S('A doctor at the Saidu Teaching Hospital in Mingora', 'anonymous'),
        S('the provincial health department', 'official'),
        S('Residents', 'witness'),
        S('Fazal Rabbi', 'witness', form='name'),
        S('Police', 'official'),
        S('the Pakistan Institute for Conflict and Security Studies', 'ngo'),
    ],
    numbers=[
        N('around 3 am', 'time'),
        N('nearly three hours', 'duration'),
        N('two or three others', 'count-people'),
        N('47', 'age'),
        N('some 250 kilometres', 'distance'),
        N('2007', 'year'),
        N('2009', 'year'),
    ])

# zr08: a double suicide bombing at the market of Kousseri, Far North region, Cameroon (a broadcaster's website)
A['zr08.txt'] = dict(
    casualty=[
        C('kill at least 16', 'killed', 16, 'at-least', 'people'),
        C('killing at least 16 people', 'killed', 16, 'at-least', 'people', tags='repeat'),
        C('injuring more than 40', 'injured', 40, 'at-least', 'people'),
        C('14 bodies', 'killed', 14, 'exact', 'people'),
        C('the death toll at 19', 'killed', 19, 'exact', 'people', id='upd', tags='update'),
        C('six children', 'killed', 6, 'exact', 'children', sub='upd'),
        C('47 people were being treated for injuries', 'injured', 47, 'exact', 'people', id='w47', tags='update'),
        C('12 of them', 'injured', 12, 'exact', 'people', sub='w47'),
        C('20-25 people had died', 'killed', None, 'range', 'people', low=20, high=25, tags='contradicted'),
        C('several of his men were among the wounded', 'injured', None, 'vague', 'men', sub='w47'),
        C('lost two of her children', 'killed', 2, 'exact', 'children'),
        C('killing 30 “Christians and apostates”', 'killed', 30, 'exact', 'people', tags='contradicted'),
        C('arrested 11 suspects', 'detained', 11, 'exact', 'people'),
        C('killed 23 Boko Haram fighters', 'killed', 23, 'exact', 'fighters'),
        C('six people were killed', 'killed', 6, 'exact', 'people'),
        C('about 450,000 people are internally displaced', 'displaced', 450000, 'approx', 'people'),
        C('almost 130,000 Nigerian refugees', 'displaced', 130000, 'at-most', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('Kousseri’s mayor, Abakar Mahamat Saleh', 'official', form='title-name'),
        S('The regional delegate for public health, Dr Hamadou Bouba', 'official', form='title-name'),
        S('Issa Ali', 'other', form='name'),
        S('A trader, Hadjé Fatimé', 'witness', form='name'),
        S('Islamic State’s Amaq news agency', 'media'),
        S('Cameroon’s army', 'military'),
        S('The Multinational Joint Task Force', 'military'),
        S('The UN', 'ngo'),
    ],
    numbers=[
        N('Two suicide bombers', 'count-people'),
        N('09:30', 'time'),
        N('08:30 GMT', 'time'),
        N('less than 5km', 'distance'),
        N('three miles', 'distance'),
        N('7pm', 'time'),
        N('6am', 'time'),
        N('two weeks', 'duration'),
        N('an estimated 100,000 people', 'population'),
        N('2021', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
