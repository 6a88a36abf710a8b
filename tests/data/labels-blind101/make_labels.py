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


# ---------------------------------------------------------------- labels (blind set 101: gq01-gq08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('destroying / neutralised / eliminated / the loss of / fell', r'\bdestroying\b|\bneutralis|\beliminated\b|\bloss\b'),
    ('homicides / shot dead / buried', r'\bhomicides\b|\bshot dead\b|\bburied\b'),
    ('taken away / captured / taken … prisoner / rescued / held', r'\btaken away\b|\bcaptured\b|\bprisoner\b|'
     r'\brescued\b|\bheld\b'),
    ('crossed / arriving / sheltering / living in / refugees', r'\bcrossed\b|\barriving\b|\bsheltering\b|'
     r'\brefugees\b|\bfrom their homes\b'),
    ('gunshot wounds / hit by stray bullets', r'\bgunshot\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/officers/VDPs', r'\b(?:servicemen|officers|VDPs)\b'),
    ('mercenaries/assailants/terrorists/members of the faction', r'\b(?:mercenaries|assailants|members)\b'),
    ('medical workers/social leaders/customary chiefs', r'\b(?:medical workers|social leaders|chiefs)\b'),
    ('families/patients/passengers/victims/suspects/refugees',
     r'\b(?:families|patients|passengers|victims|suspects|refugees)\b'),
    ('brothers/boys/a minor', r'\b(?:brothers|boys|minor)\b'),
    ('community members', r'\bcommunity members\b'),
]

# gq01: a missile strike on Novopavlivka, Dnipropetrovsk oblast, Ukraine (Reuters style)
A['gq01.txt'] = dict(
    casualty=[
        C('killing at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Twenty-three people were wounded', 'injured', 23, 'exact', 'people', id='inj'),
        C('11 of them seriously', 'injured', 11, 'exact', 'people', sub='inj'),
        C('three residents who were unaccounted for', 'missing', 3, 'exact', 'civilians'),
        C('the death toll to 12', 'killed', 12, 'exact', 'people', tags='update'),
        C('three more bodies were found', 'killed', 3, 'exact', 'people'),
        C('destroying up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('taken 16 Russian soldiers prisoner', 'detained', 16, 'exact', 'soldiers'),
        C('two people were killed', 'killed', 2, 'exact', 'people'),
        C('a dozen wounded', 'injured', 12, 'exact', 'people'),
        C('more than 12,000 civilians have been killed', 'killed', 12000, 'at-least', 'civilians'),
    ],
    sources=[
        S('regional Governor Oleksandr Hnatenko', 'official', form='title-name'),
        S('Hnatenko', 'official', nth=1, form='name'),
        S("Ukraine's State Emergency Service", 'official'),
        S('the service', 'official'),
        S("Russia's Defense Ministry", 'military'),
        S('Local officials', 'official'),
        S('Nadiya Kovalenko', 'witness', form='name'),
        S('The village head, Mykola Tkachuk', 'official', form='title-name'),
        S("The regional prosecutor's office", 'official'),
        S("Ukraine's air force", 'military'),
        S("Ukraine's military", 'military'),
        S('regional police', 'official'),
        S('The United Nations human rights monitoring mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('Aug 14', 'date'),
        N('14-year-old', 'age'),
        N('about 40 km', 'distance'),
        N('25 miles', 'distance'),
        N('14 people', 'count-people'),
        N('two collapsed houses', 'count-objects'),
        N('Between 10 and 15 other houses', 'count-objects'),
        N('about 150 km', 'distance'),
        N('93 miles', 'distance'),
        N('61', 'age'),
        N('roughly 2,400 people', 'population'),
        N('dozens of residents', 'count-people'),
        N('7:42 p.m.', 'time'),
        N('two ballistic missiles', 'count-objects'),
        N('57 drones', 'count-objects'),
        N('49 of the drones', 'count-objects'),
        N('February 2022', 'date'),
    ])

# gq02: raids on villages around Jebel Moon, West Darfur, Sudan (a newspaper's own correspondent in Chad)
A['gq02.txt'] = dict(
    casualty=[
        C('at least 47 people had been killed', 'killed', 47, 'at-least', 'people', id='tot', tags='contradicted'),
        C('12 women', 'killed', 12, 'exact', 'women', sub='tot'),
        C('at least nine children', 'killed', 9, 'at-least', 'children', sub='tot'),
        C('more than 60 people were wounded', 'injured', 60, 'at-least', 'people'),
        C('two brothers were among those killed', 'killed', 2, 'exact', 'men', sub='tot'),
        C('neutralised more than 30 mercenaries', 'killed', 30, 'at-least', 'fighters', tags='contradicted'),
        C('four of its fighters were killed', 'killed', 4, 'exact', 'fighters'),
        C('38 wounded patients', 'injured', 38, 'exact', 'people', id='msf'),
        C('three of whom later died', 'killed', 3, 'exact', 'people', sub='msf'),
        C('Fourteen had gunshot wounds', 'injured', 14, 'exact', 'people', sub='msf'),
        C('roughly 6,200 people had crossed into Chad', 'displaced', 6200, 'approx', 'people'),
        C('upwards of 770,000 Sudanese refugees', 'displaced', 770000, 'at-least', 'people'),
        C('Hundreds more are arriving', 'displaced', None, 'vague', 'people'),
        C('the number of dead at 63', 'killed', 63, 'exact', 'people', tags='contradicted'),
        C('15-20 men had been taken away', 'detained', None, 'range', 'men', low=15, high=20),
        C('an estimated 300,000 people died', 'killed', 300000, 'approx', 'people'),
        C('killed tens of thousands of people', 'killed', None, 'vague', 'people'),
        C('driven about 12 million from their homes', 'displaced', 12000000, 'approx', 'people'),
    ],
    sources=[
        S('a local emergency response room', 'ngo'),
        S('the volunteer group', 'ngo'),
        S('Mariam Abakar', 'witness', form='name'),
        S('The Rapid Support Forces', 'military'),
        S('the RSF', 'military'),
        S('Volunteers in the area', 'ngo'),
        S('Médecins Sans Frontières', 'ngo'),
        S('the charity', 'ngo'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('a UNHCR spokesperson in N’Djamena', 'anonymous'),
        S('Sudan’s army-aligned government in Port Sudan', 'official'),
        S('Local activists', 'other'),
        S('aid workers', 'ngo'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('roughly 25 miles', 'distance'),
        N('34', 'age'),
        N('four children', 'count-people'),
        N('two days', 'duration'),
        N('2023', 'year'),
        N('roughly 3,000 people', 'count-people'),
        N('early 2000s', 'year'),
        N('April 2023', 'date'),
    ])

# gq03: a drone strike on the livestock market of Sirba, West Darfur, Sudan (dpa style, one sentence a paragraph)
A['gq03.txt'] = dict(
    casualty=[
        C('killed at least 22 people', 'killed', 22, 'at-least', 'people', id='tot'),
        C('Around 40 others were injured', 'injured', 40, 'approx', 'people', id='inj'),
        C('five children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('31 civilians had been killed', 'killed', 31, 'exact', 'civilians', tags='contradicted'),
        C('17 bodies', 'killed', 17, 'exact', 'people'),
        C('two or three of the wounded had died', 'killed', None, 'range', 'people', low=2, high=3, sub='inj'),
        C('several thousand residents had fled', 'displaced', None, 'vague', 'civilians'),
        C('the number of newly displaced at about 9,500', 'displaced', 9500, 'approx', 'people'),
        C('killed between 10,000 and 15,000 people', 'killed', None, 'range', 'people', low=10000, high=15000),
        C('over 150,000 people have been displaced', 'displaced', 150000, 'at-least', 'people'),
        C('detained 11 medical workers', 'detained', 11, 'exact', 'other', id='det'),
        C('Two of them', 'detained', 2, 'exact', 'other', sub='det'),
        C('nine were still being held', 'detained', 9, 'exact', 'other', sub='det'),
    ],
    sources=[
        S('local medics', 'anonymous'),
        S('the Sudan Doctors Network', 'ngo'),
        S('The Rapid Support Forces (RSF) paramilitary', 'military'),
        S('an army spokesman, Brigadier Nabil Abdallah', 'military', form='title-name'),
        S('A trader at the market', 'witness', form='role'),
        S('Aid workers', 'ngo'),
        S('The International Organization for Migration (IOM)', 'ngo'),
        S('a UN panel of experts', 'ngo'),
        S('The RSF', 'military'),
        S('the UN', 'ngo'),
        S('the Sudan Doctors Network', 'ngo', nth=1),
        S('the group', 'ngo'),
        S('the UN', 'ngo', nth=1),
    ],
    numbers=[
        N('ten minutes', 'duration'),
        N('At least 200 head of cattle', 'count-objects'),
        N('about 40 kilometres', 'distance'),
        N('2023', 'year'),
        N('June 2023', 'date'),
        N('some 25 million people', 'count-people'),
    ])

# gq04: an attack on Sidéradougou, Comoé province, Burkina Faso (state media, AIB style)
A['gq04.txt'] = dict(
    casualty=[
        C('neutralising “several dozen” assailants', 'killed', None, 'vague', 'fighters'),
        C('47 bodies of terrorists', 'killed', 47, 'exact', 'fighters'),
        C('the loss of five soldiers', 'killed', 5, 'exact', 'soldiers'),
        C('three VDPs', 'killed', 3, 'exact', 'soldiers'),
        C('Eleven others were wounded', 'injured', 11, 'exact', 'soldiers'),
        C('14 civilians', 'injured', 14, 'exact', 'civilians', id='civ'),
        C('four children', 'injured', 4, 'exact', 'children', sub='civ'),
        C('Two of them', 'injured', 2, 'exact', 'civilians', sub='civ'),
        C('approximately 3,000 people who had fled', 'displaced', 3000, 'approx', 'people'),
        C('neutralised “dozens” of terrorists', 'killed', None, 'vague', 'fighters'),
        C('rescued 23 people', 'detained', 23, 'exact', 'people'),
        C('killed thousands of people', 'killed', None, 'vague', 'people'),
        C('forced more than 2 million people from their homes', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('the Army General Staff', 'military'),
        S('the communiqué', 'military', form='document'),
        S('the statement', 'military', form='document'),
        S('the General Staff', 'military'),
        S('the Minister of State, Minister of Defence and Veterans’ Affairs, Brigadier-General Théophile Kaboré',
          'military', form='title-name'),
        S('the regional directorate of health of the Cascades', 'official'),
        S('The High Commissioner of the Comoé province, Mrs Aminata Traoré', 'official', form='title-name'),
        S('the General Staff', 'military', nth=1),
        S('the Army', 'military', nth=1),
    ],
    numbers=[
        N('9 March 2025', 'date'),
        N('about a hundred', 'count-people'),
        N('three directions', 'other'),
        N('5:30 a.m.', 'time'),
        N('32 motorcycles', 'count-objects'),
        N('19 AK-47 assault rifles', 'count-objects'),
        N('1010', 'other'),
        N('17', 'other'),
        N('6 March', 'date'),
        N('several logistics installations', 'count-objects'),
        N('2015', 'year'),
        N('some 70 km', 'distance'),
    ])

# gq05: a dissident attack on the police station of Orito, Putumayo, Colombia (AP style)
A['gq05.txt'] = dict(
    casualty=[
        C('killing four police officers', 'killed', 4, 'exact', 'soldiers'),
        C('At least seven other people were injured', 'injured', 7, 'at-least', 'people', id='inj'),
        C('three officers', 'injured', 3, 'exact', 'soldiers', sub='inj'),
        C('killed six members of the faction', 'killed', 6, 'exact', 'fighters'),
        C('captured two others', 'detained', 2, 'exact', 'fighters', id='cap'),
        C('one of them a minor', 'detained', 1, 'exact', 'children', sub='cap'),
        C('as many as 200 families had fled', 'displaced', 200, 'at-most', 'people'),
        C('at least three community members had been killed', 'killed', 3, 'at-least', 'civilians'),
        C('another 80 to 100 people', 'displaced', None, 'range', 'people', low=80, high=100),
        C('1,150 people had been displaced', 'displaced', 1150, 'exact', 'people'),
        C('27 social leaders had been killed', 'killed', 27, 'exact', 'other'),
        C('14 officers had died', 'killed', 14, 'exact', 'soldiers'),
    ],
    sources=[
        S('Colombian authorities', 'official'),
        S('Col. Javier Rincón', 'official', form='title-name'),
        S('Defense Minister Ricardo Montoya', 'military', form='title-name'),
        S('Montoya', 'military', nth=1, form='name'),
        S('the army', 'military'),
        S('Leaders of the Indigenous Siona people', 'other'),
        S('Mario Yaiguaje', 'other', form='name'),
        S("The Ombudsman's Office", 'official'),
        S('Police', 'official'),
        S('The U.N. Verification Mission in Colombia', 'ngo'),
    ],
    numbers=[
        N('9-year-old', 'age'),
        N('almost two hours', 'duration'),
        N('some 500 fighters', 'count-people'),
        N('200 million pesos', 'money'),
        N('about $48,000', 'money'),
        N('two days', 'duration'),
        N('2025', 'year'),
        N('2024', 'year'),
        N('about 33,000 people', 'population'),
        N("one of the country's main oil pipelines", 'other'),
        N('more than 100 times', 'other'),
        N('2016', 'year'),
        N('some 13,000 combatants', 'count-people'),
        N('Several dissident factions', 'count-objects'),
        N('40%', 'percentage'),
    ])

# gq06: gunmen at a birthday party in Cortazar, Guanajuato, Mexico (a broadcaster's website, with a headline)
A['gq06.txt'] = dict(
    casualty=[
        C('kill 11', 'killed', 11, 'exact', 'people'),
        C('At least 11 people have been killed', 'killed', 11, 'at-least', 'people', id='tot', tags='repeat'),
        C('Another 14 were wounded', 'injured', 14, 'exact', 'people', id='inj'),
        C('Several of the injured', 'injured', None, 'vague', 'people', sub='inj'),
        C('eight men', 'killed', 8, 'exact', 'men', sub='tot'),
        C('two women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('four of the victims', 'killed', 4, 'exact', 'people', sub='tot'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the death toll to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('15 people had died', 'killed', 15, 'exact', 'people', tags='contradicted'),
        C('arrested three suspects', 'detained', 3, 'exact', 'people'),
        C('2,982 homicides', 'killed', 2982, 'exact', 'people'),
        C('26 police officers were killed', 'killed', 26, 'exact', 'soldiers'),
        C('nine people were shot dead', 'killed', 9, 'exact', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S("the Guanajuato state prosecutor's office", 'official'),
        S('Witnesses', 'witness'),
        S('one guest', 'anonymous'),
        S("The state's security secretary, Juan Mendoza Ruiz", 'official', form='title-name'),
        S("the prosecutor's office", 'official'),
        S('Local news site Noticias Cortazar', 'media'),
        S('paramedics at the scene', 'anonymous'),
        S('the state security secretariat', 'official'),
        S('the national statistics institute, INEGI', 'official'),
        S('the civil group Observatorio Ciudadano del Bajío', 'ngo'),
        S('critics', 'other'),
    ],
    numbers=[
        N('12-year-old', 'age'),
        N('about 60 people', 'count-people'),
        N('40th birthday', 'age'),
        N('at least five armed men', 'count-people'),
        N('two pickup trucks', 'count-objects'),
        N('several minutes', 'duration'),
        N('one guest', 'count-people'),
        N('26 shell casings', 'count-objects'),
        N('two assault rifles', 'count-objects'),
        N('some 6.2 million people', 'population'),
        N('several years', 'duration'),
        N('2024', 'year'),
        N('about 20 minutes', 'duration'),
        N('this one', 'other'),
    ])

# gq07: a drone strike and reprisal killings in Nejo, West Wollega, western Oromia, Ethiopia (NGO statement)
A['gq07.txt'] = dict(
    casualty=[
        C('killed at least 34 civilians', 'killed', 34, 'at-least', 'civilians', id='tot'),
        C('19 people who died', 'killed', 19, 'exact', 'people', id='drone', sub='tot'),
        C('two old women', 'killed', 2, 'exact', 'women', sub='drone'),
        C('52 wounded people', 'injured', 52, 'exact', 'people', id='inj'),
        C('At least 11 of the wounded were children', 'injured', 11, 'at-least', 'children', id='kids', sub='inj'),
        C('one of whom died', 'killed', 1, 'exact', 'children', sub='kids'),
        C('The other 15 civilians', 'killed', 15, 'exact', 'civilians', sub='tot'),
        C('Almost 200 others were detained', 'detained', 200, 'at-most', 'civilians'),
        C('four boys', 'killed', 4, 'exact', 'children'),
        C('“eliminated” 46 OLA fighters', 'killed', 46, 'exact', 'fighters'),
        C('abducted at least nine passengers', 'detained', 9, 'at-least', 'people'),
        C('more than 400,000 people are displaced', 'displaced', 400000, 'at-least', 'people'),
        C('killing of at least 34 civilians', 'killed', 34, 'at-least', 'civilians', tags='repeat'),
    ],
    sources=[
        S('the East Africa Rights Monitor', 'ngo'),
        S('a 27-year-old trader', 'witness', form='role'),
        S('Hospital staff in Nejo', 'anonymous'),
        S('the Monitor', 'ngo'),
        S('witnesses', 'witness'),
        S('relatives', 'witness', nth=1),
        S('A relative of one of the executed men', 'witness', form='role'),
        S('state-affiliated media', 'media'),
        S('Residents', 'witness'),
        S('An OLA spokesman', 'military', form='role'),
        S('the UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
        S('Selam Tesfaye', 'ngo', form='name'),
    ],
    numbers=[
        N('12 May 2025', 'date'),
        N('between 18 and 22 April', 'date'),
        N('41 people', 'count-people'),
        N('23 photographs and videos', 'count-objects'),
        N('around 11 in the morning', 'time'),
        N('27-year-old', 'age'),
        N('two days', 'duration'),
        N('120 kilometres', 'distance'),
        N('one of the executed men', 'other'),
        N('one grave', 'count-objects'),
        N('5 May', 'date'),
        N('20 April', 'date'),
        N('500,000 birr', 'money'),
        N('the four Wollega zones', 'count-objects'),
        N('about 30 per cent', 'percentage'),
        N('five days', 'duration'),
    ])

# gq08: intercommunal violence around Gemena, Sud-Ubangi province, DR Congo (UN OCHA flash update)
A['gq08.txt'] = dict(
    casualty=[
        C('At least 61 people have been killed', 'killed', 61, 'at-least', 'people', id='tot'),
        C('112 injured', 'injured', 112, 'exact', 'people'),
        C('An estimated 27,000 people have been displaced', 'displaced', 27000, 'approx', 'people', id='disp'),
        C('some 4,300 who crossed the Ubangi River', 'displaced', 4300, 'approx', 'people', sub='disp'),
        C('6,500 displaced people', 'displaced', 6500, 'exact', 'people', sub='disp'),
        C('left 23 people dead', 'killed', 23, 'exact', 'people'),
        C('87 wounded patients', 'injured', 87, 'exact', 'people', id='hosp'),
        C('31 are women', 'injured', 31, 'exact', 'women', sub='hosp'),
        C('19 children', 'injured', 19, 'exact', 'children', sub='hosp'),
        C('58 dead', 'killed', 58, 'exact', 'people'),
        C('the toll had risen to 61', 'killed', 61, 'exact', 'people', tags='repeat update'),
        C('three bodies were recovered', 'killed', 3, 'exact', 'people'),
        C('the number of dead at more than 80', 'killed', 80, 'at-least', 'people', tags='contradicted'),
        C('dozens of people are still missing', 'missing', None, 'vague', 'people'),
        C('fewer than 10 people remain unaccounted for', 'missing', 10, 'at-most', 'people', tags='contradicted'),
        C('64 people had been arrested', 'detained', 64, 'exact', 'people', id='arr'),
        C('three customary chiefs', 'detained', 3, 'exact', 'other', sub='arr'),
        C('nearly 5,000 people are sheltering', 'displaced', 5000, 'at-most', 'people', sub='disp'),
        C('the 4,300 refugees', 'displaced', 4300, 'exact', 'people', tags='repeat'),
        C('two deaths', 'killed', 2, 'exact', 'people'),
    ],
    sources=[
        S('provincial authorities', 'official'),
        S('the provincial Ministry of the Interior', 'official'),
        S('the Gemena General Hospital', 'official'),
        S('Provincial authorities', 'official'),
        S('the Governor of Sud-Ubangi', 'official', form='role'),
        S('Civil society groups in Gemena', 'other'),
        S('the provincial authorities', 'official'),
        S('The police', 'official'),
        S('UNHCR', 'ngo'),
        S('Protection partners', 'ngo'),
        S('partners', 'ngo', nth=3),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('17 October 2025', 'date'),
        N('9 October', 'date'),
        N('two communities', 'count-people'),
        N('9 October', 'date', nth=1),
        N('two villages', 'count-objects'),
        N('about 15 km', 'distance'),
        N('several villages', 'count-objects'),
        N('at least 1,200 houses', 'count-objects'),
        N('14 villages', 'count-objects'),
        N('12 October', 'date'),
        N('two neighbourhoods', 'count-objects'),
        N('9 October', 'date', nth=2),
        N('under 15', 'age'),
        N('15 October', 'date'),
        N('13 October', 'date'),
        N('6 p.m.', 'time'),
        N('6 a.m.', 'time'),
        N('11 schools', 'count-objects'),
        N('three churches', 'count-objects'),
        N('more than 8,000 pupils', 'count-people'),
        N('two mobile clinics', 'count-objects'),
        N('1,500 consultations', 'count-objects'),
        N('42 suspected cholera cases', 'count-people'),
        N('10 October', 'date'),
        N('140 unaccompanied or separated children', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$2.54 billion', 'money'),
        N('16 per cent', 'percentage'),
        N('$3 million', 'money'),
        N('45,000 people', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
