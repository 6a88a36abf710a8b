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

# ---------------------------------------------------------------- labels (blind set 120: bs01-bs08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('sent to hell / embraced shahadat / martyred / neutralised / executed / buried',
     r'\bhell\b|\bshahadat\b|\bmartyr|\bneutrali[sz]|\bexecuted\b|\bburied\b'),
    ('taken … prisoner / abducted / not been seen since',
     r'\bprisoner\b|\babducted\b|\bnot been seen\b'),
    ('evacuated / uprooted / left / arrived / forced … from their homes',
     r'\bevacuated\b|\buprooted\b|\bleft\b|\barrived\b|\bforced\b'),
    ('serious / critical condition / intensive care / sustained injuries',
     r'\bcondition\b|\bintensive care\b|\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/policemen/police personnel/security personnel/constables/members',
     r'\b(?:servicemen|policemen|personnel|constables|members)\b'),
    ('khwarij/terrorists', r'\b(?:khwarij|terrorists)\b'),
    ('volunteers/nurses/humanitarian workers', r'\b(?:volunteers|nurses|workers)\b'),
    ('brothers/cousins/victims/households/families/peasant farmers/young men',
     r'\b(?:brothers|cousins|victims|households|families|farmers|young men)\b'),
]

# bs01: a guided-bomb strike on an aid point in Derhachi, Kharkiv oblast, Ukraine (Reuters style)
A['bs01.txt'] = dict(
    casualty=[
        C('killing eight people', 'killed', 8, 'exact', 'people', id='tot'),
        C('wounding at least 23 others', 'injured', 23, 'at-least', 'people', id='inj'),
        C('two of the dead were volunteers', 'killed', 2, 'exact', 'other', sub='tot'),
        C('Five people were in serious condition', 'injured', 5, 'exact', 'people', sub='inj'),
        C('the death toll had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('three of the wounded died', 'killed', 3, 'exact', 'people', sub='inj'),
        C('19 of the wounded', 'injured', 19, 'exact', 'people', id='h19', sub='inj'),
        C('six of them', 'injured', 6, 'exact', 'people', sub='h19'),
        C('killed up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('killing four civilians', 'killed', 4, 'exact', 'civilians'),
        C('injuring dozens', 'injured', None, 'vague', 'civilians'),
        C('roughly 3,400 people have been evacuated', 'displaced', 3400, 'approx', 'people', id='ev'),
        C('some 900 children', 'displaced', 900, 'approx', 'children', sub='ev'),
        C('at least 1,090 civilians had been killed', 'killed', 1090, 'at-least', 'civilians'),
    ],
    sources=[
        S('the regional governor', 'official', form='role'),
        S('Governor Vadym Kostiuk', 'official', form='title-name'),
        S('local officials', 'official'),
        S('the State Emergency Service', 'official'),
        S('Halyna Marchenko', 'witness', form='name'),
        S('Kostiuk', 'official', nth=1, form='name'),
        S('Hospital officials', 'official'),
        S("Russia's Defense Ministry", 'military'),
        S("Ukraine's General Staff", 'military'),
        S('Local authorities', 'official'),
        S("The Kharkiv regional prosecutor's office", 'official'),
        S('the office', 'official'),
        S('the regional administration', 'official'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('14-year-old', 'age'),
        N('two-story', 'other'),
        N('11 a.m.', 'time'),
        N('about 150 people', 'count-people'),
        N('17 people', 'count-people'),
        N('40 minutes', 'duration'),
        N('63', 'age'),
        N('about 10 kilometers', 'distance'),
        N('6 miles', 'distance'),
        N('some 25 km', 'distance'),
        N('around 18,000', 'population'),
        N('fewer than 7,000 residents', 'population'),
        N('more than 30 guided bombs', 'count-objects'),
        N('one-room', 'other'),
        N('about $250', 'money'),
        N('six months', 'duration'),
        N('37%', 'percentage'),
        N('2024', 'year'),
    ])

# bs02: the paramilitary RSF's capture of Meiram, West Kordofan, Sudan (AFP style, curly quotes)
A['bs02.txt'] = dict(
    casualty=[
        C('killed at least 63 civilians', 'killed', 63, 'at-least', 'civilians', id='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('seven women', 'killed', 7, 'exact', 'women', sub='tot'),
        C('abducted dozens of women and girls', 'detained', None, 'vague', 'women', id='abd'),
        C('several nurses', 'detained', None, 'vague', 'other', sub='abd'),
        C('the number of dead had reached 78', 'killed', 78, 'exact', 'civilians', tags='contradicted'),
        C('at least 40 people were still unaccounted for', 'missing', 40, 'at-least', 'people'),
        C('my two brothers', 'killed', 2, 'exact', 'men'),
        C('killed “hundreds of mercenaries”', 'killed', None, 'vague', 'fighters'),
        C('taken 57 soldiers prisoner', 'detained', 57, 'exact', 'soldiers'),
        C('killing more than 70 RSF fighters', 'killed', 70, 'at-least', 'fighters'),
        C('six dead', 'killed', 6, 'exact', 'soldiers'),
        C('14 wounded', 'injured', 14, 'exact', 'soldiers'),
        C('between 9,000 and 12,000 people had fled', 'displaced', None, 'range', 'people', low=9000, high=12000),
        C('the killing of nine children', 'killed', 9, 'exact', 'children', tags='contradicted'),
        C('killed tens of thousands of people', 'killed', None, 'vague', 'people'),
        C('uprooted more than 12 million', 'displaced', 12000000, 'at-least', 'people'),
    ],
    sources=[
        S('a medical group', 'ngo'),
        S('the Sudan Doctors Network', 'ngo'),
        S('The network', 'ngo'),
        S('A local resistance committee', 'other'),
        S('a 34-year-old farmer and father of four', 'witness', form='role'),
        S('The RSF', 'military'),
        S('The army’s 22nd Infantry Division in Babanusa', 'military'),
        S('The International Organization for Migration', 'ngo'),
        S('The UN children’s agency UNICEF', 'ngo'),
        S('UN figures', 'ngo', form='document'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('one', 'other'),
        N('34-year-old', 'age'),
        N('father of four', 'count-people'),
        N('22nd Infantry Division', 'other'),
        N('about 60 kilometres', 'distance'),
        N('April 2023', 'date'),
        N('$4.2 billion', 'money'),
        N('13 percent', 'percentage'),
    ])

# bs03: a jihadist assault on a military detachment in Tansila, Banwa province, Burkina Faso (AP style)
A['bs03.txt'] = dict(
    casualty=[
        C('killing at least 30 soldiers', 'killed', 30, 'at-least', 'soldiers', id='tot'),
        C('19 soldiers', 'killed', 19, 'exact', 'soldiers', sub='tot'),
        C('12 members', 'killed', 12, 'exact', 'soldiers', sub='tot'),
        C('More than 20 others were wounded', 'injured', 20, 'at-least', 'soldiers'),
        C('several are missing', 'missing', None, 'vague', 'soldiers'),
        C('buried 14 people', 'killed', 14, 'exact', 'people'),
        C('killed “more than 100” soldiers', 'killed', 100, 'at-least', 'soldiers', tags='contradicted'),
        C('“neutralized” dozens of terrorists', 'killed', None, 'vague', 'fighters'),
        C('some 2,500 people had arrived', 'displaced', 2500, 'approx', 'people'),
        C('killed thousands of people', 'killed', None, 'vague', 'people'),
        C('forced over 2 million from their homes', 'displaced', 2000000, 'at-least', 'people'),
        C('executed at least 23 civilians', 'killed', 23, 'at-least', 'civilians'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('residents', 'witness'),
        S('a security official', 'anonymous'),
        S('the official', 'anonymous'),
        S('A resident of Tansila', 'anonymous'),
        S('Al-Qaida-linked Jama’at Nusrat al-Islam wal-Muslimin', 'military'),
        S('State broadcaster RTB', 'media'),
        S('Aid workers in Solenzo', 'ngo'),
        S('Mariam Sawadogo', 'other', form='name'),
        S('Jean-Marc Ouédraogo', 'other', form='name'),
        S('aid groups', 'ngo'),
        S('Rights groups', 'ngo'),
        S('the U.N. human rights office', 'ngo'),
    ],
    numbers=[
        N('5 a.m.', 'time'),
        N('hundreds of fighters', 'count-people'),
        N('three sides', 'count-objects'),
        N('two armored vehicles', 'count-objects'),
        N('about 45 kilometers', 'distance'),
        N('28 miles', 'distance'),
        N('2022', 'year'),
        N('two coups', 'count-objects'),
        N('eight months', 'duration'),
    ])

# bs04: a rights group's statement on a drone strike on the market of Kolongo, Ségou region, Mali
A['bs04.txt'] = dict(
    casualty=[
        C('killed at least 24 civilians', 'killed', 24, 'at-least', 'civilians'),
        C('At least 24 civilians', 'killed', 24, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('all 24 victims', 'killed', 24, 'exact', 'civilians', tags='repeat'),
        C('Another 31 people were injured', 'injured', 31, 'exact', 'people', id='inj'),
        C('12 of them', 'injured', 12, 'exact', 'people', sub='inj'),
        C('two cousins', 'killed', 2, 'exact', 'people'),
        C('16 bodies', 'killed', 16, 'exact', 'people'),
        C('‘neutralising’ about 15 of them', 'killed', 15, 'approx', 'fighters', tags='contradicted'),
        C('detained at least 18 men', 'detained', 18, 'at-least', 'men', id='det'),
        C('Five of them have not been seen since', 'missing', 5, 'exact', 'men', sub='det'),
        C('more than 3,000 residents have left', 'displaced', 3000, 'at-least', 'civilians'),
        C('killed at least 143 civilians', 'killed', 143, 'at-least', 'civilians'),
    ],
    sources=[
        S('Civic Watch Sahel', 'ngo', nth=0),
        S('Witnesses', 'witness'),
        S('a nurse at the Kolongo community health centre', 'anonymous'),
        S('a 41-year-old livestock trader', 'witness', form='role'),
        S('The Malian Armed Forces (FAMa)', 'military'),
        S('The statement', 'military', form='document'),
        S('Civic Watch Sahel', 'ngo', nth=2),
        S('residents', 'witness'),
        S('their families', 'witness'),
        S('Local authorities in Macina district', 'official'),
        S('The UN human rights office (OHCHR)', 'ngo'),
        S('Civic Watch Sahel', 'ngo', nth=3),
        S('Aïssata Coulibaly', 'ngo', form='name'),
    ],
    numbers=[
        N('14 February 2025', 'date'),
        N('9 February', 'date'),
        N('27 survivors', 'count-people'),
        N('two munitions', 'count-objects'),
        N('1pm', 'time'),
        N('several hundred people', 'count-people'),
        N('two-year-old', 'age'),
        N('81', 'age'),
        N('41-year-old', 'age'),
        N('10 February', 'date'),
        N('two neighbouring villages', 'count-objects'),
        N('80 kilometres', 'distance'),
        N('11 February', 'date'),
        N('11 drone strikes', 'count-objects'),
        N('January 2024', 'date'),
        N('about 40 monitors', 'count-people'),
        N('between 10 and 13 February', 'date'),
    ])

# bs05: a motorcycle bomb at a police station in Cajibío, Cauca, Colombia (a broadcaster's website)
A['bs05.txt'] = dict(
    casualty=[
        C('killing four people', 'killed', 4, 'exact', 'people', id='tot'),
        C('two police officers', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('At least 17 others were injured', 'injured', 17, 'at-least', 'people'),
        C('killed three members', 'killed', 3, 'exact', 'fighters'),
        C('arrested two others', 'detained', 2, 'exact', 'fighters', id='arr'),
        C('one of them', 'detained', 1, 'exact', 'fighters', sub='arr'),
        C('the number of injured to 21', 'injured', 21, 'exact', 'people', id='upd', tags='update'),
        C('five remained in a critical condition', 'injured', 5, 'exact', 'people', sub='upd'),
        C('killing six peasant farmers', 'killed', 6, 'exact', 'civilians', tags='contradicted'),
        C('more than 1,500 people', 'displaced', 1500, 'at-least', 'people'),
        C('Dozens of families', 'displaced', None, 'vague', 'people'),
        C('19 members of the security forces', 'killed', 19, 'exact', 'soldiers'),
        C('12 civilians had died', 'killed', 12, 'exact', 'civilians'),
    ],
    sources=[
        S('officials', 'official'),
        S('the mayor of Cajibío, Luz Marina Caicedo', 'official', form='title-name'),
        S('The department’s governor', 'official', form='role'),
        S('the army', 'military'),
        S('Cauca’s health department', 'official'),
        S('shopkeeper Álvaro Muñoz', 'witness', form='title-name'),
        S('a man', 'military', form='anonymous'),
        S('the defence ministry', 'military'),
        S('Colombia’s human rights ombudsman’s office', 'official'),
        S('The ombudsman, Iris Mosquera', 'official', form='title-name'),
        S('The Bogotá-based conflict monitor Paz y Territorio', 'ngo'),
        S('Our correspondent in Bogotá', 'media', form='role'),
    ],
    numbers=[
        N('10-year-old', 'age'),
        N('09:00', 'time'),
        N('2016', 'year'),
        N('16-year-old', 'age'),
        N('about 30km', 'distance'),
        N('19 miles', 'distance'),
        N('three blocks', 'distance'),
        N('at least 40 cases', 'count-objects'),
        N('46 attacks', 'count-objects'),
        N('about 1.5 million people', 'population'),
    ])

# bs06: an air strike on a monastery in Mawlaik, Sagaing region, Myanmar (dpa style, one sentence a
# paragraph)
A['bs06.txt'] = dict(
    casualty=[
        C('At least 19 people were killed', 'killed', 19, 'at-least', 'people', id='tot'),
        C('wounded more than 30 people', 'injured', 30, 'at-least', 'people', id='inj'),
        C('16 bodies', 'killed', 16, 'exact', 'people'),
        C('three more people had died', 'killed', 3, 'exact', 'people'),
        C('eight children', 'killed', 8, 'exact', 'children', sub='tot'),
        C('About 400 people', 'displaced', 400, 'approx', 'people'),
        C('the toll at 22', 'killed', 22, 'exact', 'people', tags='contradicted'),
        C('Twenty-six of the wounded', 'injured', 26, 'exact', 'people', sub='inj'),
        C('11 "terrorists" had been killed', 'killed', 11, 'exact', 'fighters', tags='contradicted'),
        C('hundreds of families had left', 'displaced', None, 'vague', 'people'),
        C('detained 12 young men', 'detained', 12, 'exact', 'men'),
        C('killing at least 41 civilians', 'killed', 41, 'at-least', 'civilians'),
        C('some 3.5 million people are displaced', 'displaced', 3500000, 'approx', 'people'),
    ],
    sources=[
        S('a local resistance group', 'military'),
        S("the Mawlaik People's Defence Force (PDF)", 'military'),
        S('A member of a volunteer rescue team', 'anonymous'),
        S('the rescuer', 'anonymous'),
        S('The exile-run news outlet Myanmar Now', 'media'),
        S('residents', 'witness'),
        S('a doctor in the town', 'anonymous'),
        S('the doctor', 'anonymous'),
        S('Military spokesman Brigadier General Aung Naing Soe', 'military', form='title-name'),
        S('The state-run Global New Light of Myanmar newspaper', 'media'),
        S('Residents', 'witness'),
        S('the PDF', 'military'),
        S('The National Unity Government (NUG)', 'official'),
        S('the UN refugee agency UNHCR', 'ngo'),
        S('The military', 'military'),
    ],
    numbers=[
        N('2024', 'year'),
        N('72-year-old', 'age'),
        N('some 70 kilometres', 'distance'),
        N('2021', 'year'),
        N('14 air strikes', 'count-objects'),
    ])

# bs07: an attack on a police station in Paharpur, Dera Ismail Khan district, Pakistan (state media,
# APP/ISPR style)
A['bs07.txt'] = dict(
    casualty=[
        C('sending eight khwarij to hell', 'killed', 8, 'exact', 'fighters'),
        C('three policemen embraced shahadat', 'killed', 3, 'exact', 'soldiers', id='pol'),
        C('all eight khwarij were sent to hell', 'killed', 8, 'exact', 'fighters', tags='repeat'),
        C('Two soldiers', 'injured', 2, 'exact', 'soldiers'),
        C('four policemen were injured', 'injured', 4, 'exact', 'soldiers'),
        C('two civilians', 'killed', 2, 'exact', 'civilians'),
        C('Another five civilians sustained injuries', 'injured', 5, 'exact', 'civilians'),
        C('two constables', 'killed', 2, 'exact', 'soldiers', sub='pol'),
        C('79 police personnel have embraced shahadat', 'killed', 79, 'exact', 'soldiers', id='p79'),
        C('14', 'killed', 14, 'exact', 'soldiers', nth=1, sub='p79'),
        C('arrested five suspected terrorists', 'detained', 5, 'exact', 'people'),
        C('240 people', 'killed', 240, 'exact', 'people', id='csr'),
        C('96 security personnel', 'killed', 96, 'exact', 'soldiers', sub='csr'),
    ],
    sources=[
        S('the Inter Services Public Relations (ISPR)', 'military'),
        S('the ISPR', 'military', nth=0),
        S('the military’s media wing', 'military'),
        S('District Police Officer Sajjad Ahmed Khan', 'official', form='title-name'),
        S('The DPO', 'official', form='role'),
        S('the ISPR', 'military', nth=1),
        S('The Prime Minister', 'official', form='role'),
        S('The Khyber Pakhtunkhwa government', 'official'),
        S('the provincial police department', 'official'),
        S('a CTD spokesman', 'official', form='role'),
        S('The Islamabad-based Centre for Security Research', 'ngo'),
    ],
    numbers=[
        N('Aug 14', 'date'),
        N('12 to 15 khwarij', 'count-people'),
        N('three directions', 'count-objects'),
        N('11:30 pm', 'time'),
        N('nearly three hours', 'duration'),
        N('12-year-old', 'age'),
        N('Rs 10 million', 'money'),
        N('two suicide vests', 'count-objects'),
        N('22 percent', 'percentage'),
    ])

# bs08: a UN OCHA flash update on attacks on Malha locality, North Darfur, Sudan
A['bs08.txt'] = dict(
    casualty=[
        C('At least 57 civilians', 'killed', 57, 'at-least', 'civilians', id='tot'),
        C('14 children', 'killed', 14, 'exact', 'children', sub='tot'),
        C('80 others injured', 'injured', 80, 'exact', 'civilians'),
        C('An estimated 18,500 people have been displaced', 'displaced', 18500, 'approx', 'people'),
        C('42 people killed', 'killed', 42, 'exact', 'people', sub='tot'),
        C('the bodies of 15 others', 'killed', 15, 'exact', 'people', sub='tot'),
        C('as many as 70 people may have been killed', 'killed', 70, 'at-most', 'people', tags='contradicted'),
        C('80 people had been injured', 'injured', 80, 'exact', 'people', id='inj', tags='repeat'),
        C('23 of them children', 'injured', 23, 'exact', 'children', sub='inj'),
        C('31 patients in critical condition', 'injured', 31, 'exact', 'people', sub='inj'),
        C('Two humanitarian workers', 'killed', 2, 'exact', 'other'),
        C('at least 30 women and girls were abducted', 'detained', 30, 'at-least', 'women'),
        C('an estimated 18,500 people', 'displaced', 18500, 'approx', 'people', id='disp', tags='repeat'),
        C('about 3,700 households', 'displaced', 3700, 'approx', 'people'),
        C('some 9,000 people have arrived', 'displaced', 9000, 'approx', 'people', sub='disp'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Community leaders in Malha', 'other'),
        S('The Malha Locality Health Office', 'official'),
        S('Partners', 'ngo'),
        S('A local women’s group', 'other'),
        S('the International Organization for Migration’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('community representatives', 'other'),
        S('Humanitarian partners', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('21 August 2025', 'date'),
        N('16 August', 'date'),
        N('one of the four health facilities', 'count-objects'),
        N('16 August', 'date', nth=1),
        N('dozens of vehicles', 'count-objects'),
        N('about 200 km', 'distance'),
        N('three days', 'duration'),
        N('several families', 'count-people'),
        N('some 110 km', 'distance'),
        N('17 August', 'date'),
        N('11 of them', 'count-people'),
        N('20 August', 'date'),
        N('12 surrounding villages', 'count-objects'),
        N('9,200 people', 'count-people'),
        N('between 18 and 20 August', 'date'),
        N('two mobile health teams', 'count-objects'),
        N('about 15,000 litres', 'quantity'),
        N('42,000 people', 'count-people'),
        N('ten days', 'duration'),
        N('2025', 'year', nth=1),
        N('US$4.16 billion', 'money'),
        N('23 per cent', 'percentage'),
        N('20 August', 'date', nth=2),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
