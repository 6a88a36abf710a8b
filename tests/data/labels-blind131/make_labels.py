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

# ---------------------------------------------------------------- labels (blind set 131: ms01-ms08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('paid the supreme price / neutralised / murdered / homicides / buried',
     r'\bsupreme price\b|\bneutralised\b|\bmurdered\b|\bhomicides\b|\bburied\b'),
    ('abducted / captured / arrested / detained', r'\babducted\b|\bcaptured\b|\barrested\b|\bdetained\b'),
    ('disappeared / listed as missing / unaccounted for', r'\bdisappeared\b|\bmissing\b|\bunaccounted\b'),
    ('fled their homes / forced … from their homes', r'\bfled\b|\bhomes\b'),
    ('gunshot wounds / gunshot injuries', r'\bgunshot\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('herders/vigilantes/bandits/assailants/attackers/gang or cartel members/combatants',
     r'\b(?:herders|vigilantes|bandits|assailants|attackers|members|combatants)\b'),
    ('nurses/health workers/operative', r'\b(?:nurses|health workers|operative)\b'),
    ('patients/persons/victims/minor', r'\b(?:patients|persons|victims|minor)\b'),
]

# ms01: shelling of the market in Rugari, Rutshuru territory, North Kivu (AFP style, one sentence a paragraph)
A['ms01.txt'] = dict(
    casualty=[
        C('At least 19 civilians were killed', 'killed', 19, 'at-least', 'civilians', id='mkt'),
        C('Eleven of the dead were women', 'killed', 11, 'exact', 'women', sub='mkt'),
        C('at least 43 people had been wounded', 'injured', 43, 'at-least', 'people', id='inj'),
        C('toll of 16 dead', 'killed', 16, 'exact', 'people', tags='contradicted'),
        C('38 injured', 'injured', 38, 'exact', 'people', tags='contradicted'),
        C('the market toll to 23', 'killed', 23, 'exact', 'civilians', tags='update'),
        C('four of the wounded had died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('killed “more than 60 enemy combatants', 'killed', 60, 'at-least', 'fighters'),
        C('“about a dozen” soldiers had been wounded', 'injured', 12, 'approx', 'soldiers'),
        C('forced tens of thousands of people from their homes', 'displaced', None, 'vague', 'people', id='disp'),
        C('an estimated 52,000 of them', 'displaced', 52000, 'approx', 'people', sub='disp'),
        C('at least three children had died', 'killed', 3, 'at-least', 'children'),
        C('buried 27 bodies', 'killed', 27, 'exact', 'people', id='rc'),
        C('several fighters', 'killed', None, 'vague', 'fighters', sub='rc'),
        C('arrested 14 young men', 'detained', 14, 'exact', 'men'),
    ],
    sources=[
        S('local officials', 'official'),
        S('Jean-Paul Habimana', 'other', form='name'),
        S('Habimana', 'other', nth=1, form='name'),
        S('The Rutshuru territory administrator, Colonel Eric Mbuyi', 'military', form='title-name'),
        S('the provincial health division', 'official'),
        S('The M23', 'military', nth=0),
        S('UN experts', 'ngo'),
        S('rebel spokesman Innocent Bizimana', 'military', form='title-name'),
        S('a military source in Goma', 'anonymous'),
        S('the UN humanitarian office OCHA', 'ngo'),
        S('OCHA', 'ngo', nth=1),
        S('Aid workers', 'ngo'),
        S('The Congolese Red Cross', 'ngo'),
        S('police in Goma', 'official'),
        S('rights groups', 'ngo'),
    ],
    numbers=[
        N('M23', 'other', nth=0),
        N('10 o’clock', 'time'),
        N('two more', 'count-objects'),
        N('M23', 'other', nth=1),
        N('M23', 'other', nth=2),
        N('two days', 'duration'),
        N('some 30 kilometres', 'distance'),
        N('settle scores', 'other'),
        N('M23', 'other', nth=3),
        N('2021', 'year'),
        N('1.4 million', 'population'),
        N('at least three ceasefires', 'count-objects'),
    ])

# ms02: gunmen attack three villages in Tafawa Balewa, Bauchi state, Nigeria (Reuters style)
A['ms02.txt'] = dict(
    casualty=[
        C('killed 32 people', 'killed', 32, 'exact', 'people', id='tot'),
        C('21 of the victims were killed', 'killed', 21, 'exact', 'people', sub='tot', id='gungu'),
        C('six children', 'killed', 6, 'exact', 'children', sub='gungu'),
        C('17 people', 'injured', 17, 'exact', 'people', id='inj'),
        C('38 bodies recovered', 'killed', 38, 'exact', 'people', tags='contradicted'),
        C('at least 10 people still unaccounted for', 'missing', 10, 'at-least', 'people'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the death toll to 34', 'killed', 34, 'exact', 'people', tags='update'),
        C('arrested seven suspects', 'detained', 7, 'exact', 'people'),
        C('about 2,500 people had fled', 'displaced', 2500, 'approx', 'people'),
        C('11 Fulani herders were killed', 'killed', 11, 'exact', 'people', tags='contradicted'),
        C('more than 1,200 people had been killed', 'killed', 1200, 'at-least', 'people'),
        C('hundreds of people died', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('Bauchi police spokesman Musa Danladi', 'official', form='title-name'),
        S('Danladi', 'official', nth=1, form='name'),
        S('Residents', 'witness'),
        S('Yakubu Dauda', 'other', form='name'),
        S('police', 'official', nth=2),
        S('The Bauchi state government', 'official'),
        S("A spokesman for the army's 33 Artillery Brigade, Captain Ibrahim Saleh", 'military', form='title-name'),
        S('The Nigerian Red Cross', 'ngo'),
        S('the state chapter of the Miyetti Allah Cattle Breeders Association', 'other'),
        S('residents', 'witness'),
        S('The Abuja-based Centre for Democracy and Security Studies', 'ngo'),
    ],
    numbers=[
        N('three farming villages', 'count-objects'),
        N('AK-47', 'other'),
        N('11 p.m.', 'time'),
        N('more than 80 houses', 'count-objects'),
        N('the three villages', 'count-objects'),
        N('two on each', 'count-people'),
        N('24-hour', 'duration'),
        N('50 million naira', 'money'),
        N('$32,000', 'money'),
        N('33 Artillery Brigade', 'other'),
        N('two rifles', 'count-objects'),
        N('150 rounds', 'count-objects'),
        N('two primary schools', 'count-objects'),
        N('about 200 cattle', 'count-objects'),
        N('January 2023', 'date'),
        N('June 2024', 'date'),
        N('1991', 'year'),
    ])

# ms03: UN OCHA flash update on gang violence in Carrefour-Feuilles, Port-au-Prince, Haiti
A['ms03.txt'] = dict(
    casualty=[
        C('killed at least 30 people', 'killed', 30, 'at-least', 'people'),
        C('More than 5,400 people have been displaced', 'displaced', 5400, 'at-least', 'people'),
        C('at least 30 people have been killed', 'killed', 30, 'at-least', 'people', id='dpc', tags='repeat'),
        C('22 others injured', 'injured', 22, 'exact', 'people', id='inj'),
        C('several of them', 'injured', None, 'vague', 'people', sub='inj'),
        C('four police officers', 'killed', 4, 'exact', 'soldiers', sub='dpc'),
        C('figure of 41 dead', 'killed', 41, 'exact', 'people', id='dp', tags='contradicted'),
        C('12 people', 'killed', 12, 'exact', 'people', sub='dp'),
        C('Seventeen people remain missing', 'missing', 17, 'exact', 'people', id='mis'),
        C('at least five of them were abducted', 'detained', 5, 'at-least', 'people', sub='mis'),
        C('killed “several gang members', 'killed', None, 'vague', 'fighters'),
        C('arrested three suspects', 'detained', 3, 'exact', 'people'),
        C('5,412 internally displaced persons', 'displaced', 5412, 'exact', 'people', id='dtm',
          tags='repeat update'),
        C('3,100', 'displaced', 3100, 'exact', 'people'),
        C('nearly 1,900 are children', 'displaced', 1900, 'at-most', 'children', sub='dtm'),
        C('around 2,000 people', 'displaced', 2000, 'approx', 'people', sub='dtm'),
        C('more than 200,000 people are currently displaced', 'displaced', 200000, 'at-least', 'people'),
        C('treated 64 people for gunshot wounds', 'injured', 64, 'exact', 'people', id='msf'),
        C('19 of them children', 'injured', 19, 'exact', 'children', sub='msf'),
        C('three of them had died', 'killed', 3, 'exact', 'people', sub='msf'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('human rights organisations', 'ngo'),
        S('the Directorate of Civil Protection (DPC)', 'official'),
        S('The Haitian rights organisation Défenseurs Plus', 'ngo'),
        S('relatives', 'witness'),
        S('The Haitian National Police (PNH)', 'official'),
        S('The International Organization for Migration’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('IOM', 'ngo'),
        S('Médecins Sans Frontières (MSF)', 'ngo'),
        S('partners', 'ngo', nth=0),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('16 August', 'date'),
        N('11 August', 'date', nth=0),
        N('11 spontaneous sites', 'count-objects'),
        N('six days', 'duration'),
        N('11 August', 'date', nth=1),
        N('roughly 120,000 inhabitants', 'population'),
        N('13 August', 'date'),
        N('at least seven women', 'count-people'),
        N('14 August', 'date'),
        N('11 sites', 'count-objects'),
        N('15 August', 'date'),
        N('two days earlier', 'duration'),
        N('Around 60 per cent', 'percentage'),
        N('under five', 'age'),
        N('11 August', 'date', nth=2),
        N('two mobile clinics', 'count-objects'),
        N('20–25 patients a day', 'count-people'),
        N('3,800 hot meals', 'count-objects'),
        N('1,200 hygiene kits', 'count-objects'),
        N('US$674 million', 'money'),
        N('27 per cent', 'percentage'),
        N('18 August', 'date'),
    ])

# ms04: gunmen at a cockfighting arena in Lagos de Moreno, Jalisco, Mexico (AP style)
A['ms04.txt'] = dict(
    casualty=[
        C('killing 11 people', 'killed', 11, 'exact', 'people', id='tot'),
        C('wounding at least nine', 'injured', 9, 'at-least', 'people', id='inj'),
        C('two women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('two of the wounded', 'injured', 2, 'exact', 'people', sub='inj'),
        C('five or six bodies', 'killed', None, 'range', 'people', low=5, high=6),
        C('three suspects had been detained', 'detained', 3, 'exact', 'people'),
        C('the death toll had risen to 12', 'killed', 12, 'exact', 'people', tags='update'),
        C('more than 300 people have disappeared', 'missing', 300, 'at-least', 'people'),
        C('found 47 bodies', 'killed', 47, 'exact', 'people'),
        C('29,675 homicides', 'killed', 29675, 'exact', 'people'),
        C('More than 125,000 people are officially listed as missing', 'missing', 125000, 'at-least', 'people'),
    ],
    sources=[
        S('state prosecutors', 'official'),
        S("Jalisco's state prosecutor's office", 'official'),
        S("the prosecutor's office", 'official'),
        S('a man', 'anonymous'),
        S('State security coordinator Arturo Villaseñor', 'official', form='title-name'),
        S('Local media', 'media'),
        S('The federal government', 'official'),
        S('Search collectives', 'other'),
        S('Luz Elena Gutiérrez', 'other', form='name'),
        S('the National Public Security System', 'official'),
    ],
    numbers=[
        N('about 170,000', 'population'),
        N('16-year-old', 'age'),
        N('Around 200 people', 'count-people'),
        N('at least four armed men', 'count-people'),
        N('two pickup trucks', 'count-objects'),
        N('more than 90 shell casings', 'count-objects'),
        N('250 National Guard troops', 'count-people'),
        N('2018', 'year'),
        N('the past 18 months', 'duration'),
        N('about 6%', 'percentage'),
    ])

# ms05: NGO statement on an attack on Bunyatenge, Lubero territory, North Kivu
A['ms05.txt'] = dict(
    casualty=[
        C('killing at least 14 civilians', 'killed', 14, 'at-least', 'civilians', id='tot'),
        C('two of them patients', 'killed', 2, 'exact', 'people', sub='tot'),
        C('the two patients', 'killed', 2, 'exact', 'people', tags='repeat'),
        C('Three of our nurses are missing', 'missing', 3, 'exact', 'other'),
        C('a further 23 people were wounded', 'injured', 23, 'exact', 'people'),
        C('the bodies of 17 people', 'killed', 17, 'exact', 'people', tags='contradicted'),
        C('30 to 40 people had been abducted', 'detained', None, 'range', 'people', low=30, high=40),
        C('killed six of the assailants', 'killed', 6, 'exact', 'fighters'),
        C('captured two', 'detained', 2, 'exact', 'fighters'),
        C('more than 8,000 people', 'displaced', 8000, 'at-least', 'people'),
        C('nine health workers were killed', 'killed', 9, 'exact', 'other'),
        C('12 abducted', 'detained', 12, 'exact', 'other'),
        C('some 1.7 million people are internally displaced', 'displaced', 1700000, 'approx', 'people', id='nk'),
        C('More than 100,000 of them have fled their homes', 'displaced', 100000, 'at-least', 'people', sub='nk'),
    ],
    sources=[
        S('the organisation', 'ngo', nth=0),
        S('Dr Patrick Kasereka', 'ngo', form='title-name'),
        S('The organisation', 'ngo', nth=0),
        S('Local authorities in Lubero', 'official'),
        S('Residents', 'witness'),
        S('The military administrator of Lubero territory, Colonel Dieudonné Mwamba', 'military',
          form='title-name'),
        S('local civil society', 'other'),
        S('SSI', 'ngo', nth=3),
        S('Marie-Laure Fontaine', 'ngo', form='name'),
        S('the UN refugee agency UNHCR', 'ngo'),
        S('the UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
    ],
    numbers=[
        N('4 March 2025', 'date'),
        N('1 to 2 March', 'date'),
        N('11pm', 'time'),
        N('9-year-old', 'age'),
        N('about 110 kilometres', 'distance'),
        N('the two days', 'duration'),
        N('2024', 'year'),
        N('41 attacks', 'count-objects'),
        N('2008', 'year'),
        N('22 health centres', 'count-objects'),
        N('three hospitals', 'count-objects'),
        N('a staff of 340', 'count-people'),
    ])

# ms06: bandits attack villages in Jibia, Katsina state, Nigeria (state media, NAN style)
A['ms06.txt'] = dict(
    casualty=[
        C('killing 12 of the attackers', 'killed', 12, 'exact', 'fighters'),
        C('five villagers were killed', 'killed', 5, 'exact', 'civilians'),
        C('three others sustained gunshot injuries', 'injured', 3, 'exact', 'civilians'),
        C('23 persons', 'detained', 23, 'exact', 'people', id='abd'),
        C('11 women', 'detained', 11, 'exact', 'women', sub='abd'),
        C('seven children', 'detained', 7, 'exact', 'children', sub='abd'),
        C('one Community Watch Corps operative paid the supreme price', 'killed', 1, 'exact', 'soldiers'),
        C('neutralised scores of bandits', 'killed', None, 'vague', 'fighters'),
        C('hundreds of residents abducted', 'detained', None, 'vague', 'civilians'),
        C('2,600 displaced persons', 'displaced', 2600, 'exact', 'people'),
        C('the number of villagers killed at nine', 'killed', 9, 'exact', 'civilians', tags='contradicted'),
        C('four bodies were discovered', 'killed', 4, 'exact', 'people'),
    ],
    sources=[
        S('The Katsina State Police Command', 'official'),
        S("The Command's Police Public Relations Officer, DSP Sani Garba-Umar", 'official', form='title-name'),
        S('The PPRO', 'official', form='role'),
        S('Garba-Umar', 'official', nth=1, form='name'),
        S('the Nigerian Air Force (NAF)', 'military'),
        S('The NAF spokesman, Air Commodore Musa Tanko-Ibrahim', 'military', form='title-name'),
        S('NAN', 'media', nth=1),
        S('the Commissioner for Internal Security and Home Affairs, Alhaji Bashir Dankaka', 'official',
          form='title-name'),
        S('a community leader in Jibia', 'anonymous'),
    ],
    numbers=[
        N('May 19, 2025', 'date'),
        N('numbering over 100', 'count-people'),
        N('1:30 a.m.', 'time'),
        N('one AK-47 rifle', 'count-objects'),
        N('two locally made guns', 'count-objects'),
        N('46 rustled cattle', 'count-objects'),
        N('1,500 Community Watch Corps operatives', 'count-people'),
        N('300 of them', 'count-people'),
        N('two IDP camps', 'count-objects'),
        N('N75 million', 'money'),
    ])

# ms07: gangs attack Thomazeau, Ouest department, Haiti (broadcaster, BBC style, with a headline)
A['ms07.txt'] = dict(
    casualty=[
        C('kill at least 25', 'killed', 25, 'at-least', 'people'),
        C('killed at least 25 people', 'killed', 25, 'at-least', 'people', id='lede', tags='repeat'),
        C('at least six children', 'killed', 6, 'at-least', 'children', sub='lede'),
        C('31 people had been killed', 'killed', 31, 'exact', 'people', tags='contradicted'),
        C('17 injured', 'injured', 17, 'exact', 'people'),
        C('16 were still missing', 'missing', 16, 'exact', 'people'),
        C('more than 6,000 people have fled', 'displaced', 6000, 'at-least', 'people'),
        C('14 wounded people', 'injured', 14, 'exact', 'people', id='hc'),
        C('four of them with gunshot wounds', 'injured', 4, 'exact', 'people', sub='hc'),
        C('killed 12 vigilantes', 'killed', 12, 'exact', 'fighters'),
        C('killed “about 10 bandits', 'killed', 10, 'approx', 'fighters'),
        C('Two police officers were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('more than 4,800 people were killed', 'killed', 4800, 'at-least', 'people'),
        C('over 1.3 million are now displaced', 'displaced', 1300000, 'at-least', 'people'),
    ],
    sources=[
        S('the town’s mayor', 'official', form='role'),
        S('Residents', 'witness'),
        S('the mayor, Jean-Robert Délinois', 'official', form='title-name'),
        S('one woman', 'anonymous'),
        S('Haiti’s civil protection agency', 'official'),
        S('The UN’s International Organization for Migration (IOM)', 'ngo'),
        S('Aid agencies', 'ngo'),
        S('the Baz Gran Plèn gang', 'military'),
        S('The Haitian National Police', 'official'),
        S('a police spokesman', 'official', form='role'),
        S('The Dominican Republic', 'official'),
        S('UN figures', 'ngo', form='document'),
    ],
    numbers=[
        N('hundreds of gang members', 'count-people'),
        N('one woman', 'count-people'),
        N('one doctor', 'count-people'),
        N('about 60,000 people', 'population'),
        N('some 25km', 'distance'),
        N('more than 270,000 Haitians', 'count-people'),
        N('1,500 additional troops', 'count-people'),
        N('January 2023', 'date'),
        N('fewer than 10,000 officers', 'count-people'),
        N('about 12 million', 'population'),
    ])

# ms08: gunmen storm a rehabilitation centre in Pénjamo, Guanajuato, Mexico (dpa style)
A['ms08.txt'] = dict(
    casualty=[
        C('killing nine people', 'killed', 9, 'exact', 'people'),
        C('injuring four others', 'injured', 4, 'exact', 'people'),
        C('A number of them', 'missing', None, 'vague', 'people'),
        C('at least 12 people had died', 'killed', 12, 'at-least', 'people', tags='contradicted'),
        C('five municipal police officers were killed', 'killed', 5, 'exact', 'soldiers'),
        C('detained two suspects', 'detained', 2, 'exact', 'people', id='det'),
        C('one of them a minor', 'detained', 1, 'exact', 'children', sub='det'),
        C('Dozens of families', 'displaced', None, 'vague', 'people'),
        C('3,087 people were murdered', 'killed', 3087, 'exact', 'people'),
        C('at least 60 police officers were killed', 'killed', 60, 'at-least', 'soldiers'),
        C('killed 11 people', 'killed', 11, 'exact', 'people'),
        C('killed 14 suspected cartel members', 'killed', 14, 'exact', 'fighters'),
    ],
    sources=[
        S('the authorities', 'official'),
        S("the Guanajuato state prosecutor's office", 'official'),
        S('A survivor', 'witness', form='role'),
        S('relatives', 'witness'),
        S('Relatives of the victims', 'witness'),
        S('State security officials', 'official'),
        S('the Pénjamo municipal government', 'official'),
        S('The state government', 'official'),
        S('local church workers', 'other'),
        S('the federal Security Ministry', 'official'),
        S('the army', 'military', nth=1),
    ],
    numbers=[
        N('three vehicles', 'count-objects'),
        N('17-year-old', 'age'),
        N('between eight and ten men', 'count-people'),
        N('Around 40 people', 'count-people'),
        N('350 soldiers and National Guard members', 'count-people'),
        N('several years', 'duration'),
        N('roughly 10 per cent', 'percentage'),
        N('2021', 'year'),
        N('around 150,000 inhabitants', 'population'),
        N('about 300 kilometres', 'distance'),
        N('22 rifles', 'count-objects'),
        N('a handful of grenades', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
