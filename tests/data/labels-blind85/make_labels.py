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

# ---------------------------------------------------------------- labels (blind set 85: qx01-qx08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / martyring / embraced shahadat / sent to hell / fallen / homicides / buried',
     r'\bmartyr|\bshahadat\b|\bsent to hell\b|\bfallen\b|\bhomicides\b|\bburied\b'),
    ('shot dead / the killing of / the arrest of', r'\bshot dead\b|\bthe killing of\b|\bthe arrest of\b'),
    ('left / sought refuge / fled', r'\bleft\b|\bsought refuge\b|\bleave\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/officers/police officers', r'\b(?:servicemen|officers)\b'),
    ('gunmen/assailants/terrorists/facilitators', r'\b(?:gunmen|assailants|facilitators)\b'),
    ('passengers/labourers/families/IDPs/Palestinians/Israelis',
     r'\b(?:passengers|labourers|families|IDPs|Palestinians|Israelis)\b'),
    ('sons', r'\bsons\b'),
]

# qx01: Russian guided bomb and drones on Bashtanka, Mykolaiv oblast, Ukraine (Reuters style)
A['qx01.txt'] = dict(
    casualty=[
        C('killing at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('wounding 31', 'injured', 31, 'exact', 'people', id='inj'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Seven of the wounded', 'injured', 7, 'exact', 'people', sub='inj'),
        C('the death toll had risen to 12', 'killed', 12, 'exact', 'people', tags='update'),
        C('three more bodies were recovered', 'killed', 3, 'exact', 'people'),
        C('the number of people hurt had climbed to 34', 'injured', 34, 'exact', 'people', tags='update'),
        C('Two or three residents were still unaccounted for', 'missing', None, 'range', 'civilians', low=2, high=3),
        C('killing up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('detained two local men', 'detained', 2, 'exact', 'men'),
        C('wounding two people', 'injured', 2, 'exact', 'people'),
        C('more than 1,300 people have left', 'displaced', 1300, 'at-least', 'people'),
        C('at least 12,650 civilians had been killed', 'killed', 12650, 'at-least', 'civilians'),
        C('more than 29,000 injured', 'injured', 29000, 'at-least', 'civilians'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Regional governor Taras Melnyk', 'official', form='title-name'),
        S('the State Emergency Service', 'official'),
        S('the service', 'official'),
        S('Halyna Shevchuk', 'witness', form='name'),
        S("Russia's Defense Ministry", 'military'),
        S("Ukraine's Southern Defense Forces", 'military'),
        S('Police in the region', 'official'),
        S('Mayor Dmytro Kovalenko', 'official', form='title-name'),
        S('The regional administration', 'official'),
        S('The U.N. human rights monitoring mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('eight months', 'duration'),
        N('13-year-old', 'age'),
        N('two-story', 'other'),
        N('about 4:40 a.m.', 'time'),
        N('23 homes', 'count-objects'),
        N('five people', 'count-people'),
        N('67', 'age'),
        N('24-year-old', 'age'),
        N('about 65 km', 'distance'),
        N('40 miles', 'distance'),
        N('some 12,000 households', 'count-people'),
        N('around 11,000 residents', 'population'),
        N('2022', 'year'),
        N('February 2022', 'date'),
    ])

# qx02: air strike on a monastery ceremony in Pale township, Sagaing Region, Myanmar (broadcaster style)
A['qx02.txt'] = dict(
    casualty=[
        C('killed at least 24 people', 'killed', 24, 'at-least', 'people', id='tot'),
        C('buried 19 bodies', 'killed', 19, 'exact', 'people'),
        C('The bodies of five others', 'killed', 5, 'exact', 'people'),
        C('nine of the dead were children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('between 30 and 40 people had been wounded', 'injured', None, 'range', 'people', low=30, high=40),
        C('the toll higher, at 27', 'killed', 27, 'exact', 'people', id='pdf', tags='contradicted'),
        C('three of its fighters', 'killed', 3, 'exact', 'fighters', sub='pdf'),
        C('killing roughly 15 of them', 'killed', 15, 'approx', 'fighters', tags='contradicted'),
        C('arrested 11 men', 'detained', 11, 'exact', 'men', id='arr'),
        C('Two of the men', 'detained', 2, 'exact', 'men', sub='arr'),
        C('some 6,000 people have fled', 'displaced', 6000, 'approx', 'people'),
        C('more than 3.5 million people are now displaced', 'displaced', 3500000, 'at-least', 'people'),
    ],
    sources=[
        S('residents', 'witness'),
        S('a local resistance group', 'military'),
        S('Witnesses', 'witness'),
        S('a volunteer with a local rescue group', 'anonymous'),
        S('The Pale Township People’s Defence Force', 'military'),
        S('The NUG’s human rights ministry', 'official'),
        S('State broadcaster MRTV', 'media'),
        S('A spokesman for the military council, Major General Zaw Htet', 'military', form='title-name'),
        S('residents', 'witness', nth=1),
        S('the NUG’s local administrator, Ko Min', 'official', form='title-name'),
        S('Local aid workers', 'ngo'),
        S('The United Nations', 'ngo'),
    ],
    numbers=[
        N('Yak-130', 'other'),
        N('two bombs', 'count-objects'),
        N('about 10:30', 'time'),
        N('several more explosives', 'count-objects'),
        N('the age of 12', 'age'),
        N('2021', 'year'),
        N('three times', 'other'),
        N('two nearby hamlets', 'count-objects'),
    ])

# qx03: Israeli raid on Dura near Hebron, occupied West Bank (AP style)
A['qx03.txt'] = dict(
    casualty=[
        C('killed three Palestinians', 'killed', 3, 'exact', 'people', id='tot'),
        C('14 other people were wounded', 'injured', 14, 'exact', 'people', id='inj'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='inj'),
        C('scores more', 'injured', None, 'vague', 'people'),
        C('60-70 people', 'injured', None, 'range', 'people', low=60, high=70),
        C('killed two gunmen', 'killed', 2, 'exact', 'fighters'),
        C('the three dead', 'killed', 3, 'exact', 'people', tags='repeat'),
        C('One soldier was lightly wounded', 'injured', 1, 'exact', 'soldiers'),
        C('nine wanted suspects were arrested', 'detained', 9, 'exact', 'people'),
        C('one of the wounded', 'killed', 1, 'exact', 'people', sub='inj'),
        C('the toll from the raid to four', 'killed', 4, 'exact', 'people', tags='update'),
        C('detained at least 35 people', 'detained', 35, 'at-least', 'people', id='det'),
        C('17 of them', 'detained', 17, 'exact', 'people', id='heb', sub='det'),
        C('two women', 'detained', 2, 'exact', 'women', sub='heb'),
        C('At least 950 Palestinians have been killed', 'killed', 950, 'at-least', 'people'),
        C('42 Israelis', 'killed', 42, 'exact', 'people'),
    ],
    sources=[
        S('the Palestinian Health Ministry', 'official'),
        S('The ministry', 'official'),
        S('The Palestinian Red Crescent', 'ngo'),
        S('The Israeli military', 'military'),
        S('the ministry', 'official'),
        S('the military', 'military'),
        S('Residents', 'witness'),
        S('Mahmoud Amro', 'witness', form='name'),
        S("Dura's mayor, Ahmad Sweiti", 'official', form='title-name'),
        S('the ministry', 'official', nth=1),
        S("The Palestinian Prisoners' Society", 'ngo'),
        S('the U.N. humanitarian office', 'ngo'),
        S('official Israeli figures', 'official', form='document'),
    ],
    numbers=[
        N('16-year-old', 'age'),
        N('nearly 40 minutes', 'duration'),
        N('M16', 'other'),
        N('two pistols', 'count-objects'),
        N('3 a.m.', 'time'),
        N('more than 20 military vehicles', 'count-objects'),
        N('52', 'age'),
        N('some 3,000 homes', 'count-objects'),
        N('19-year-old', 'age'),
        N('about 40,000 people', 'population'),
        N('October 2023', 'date'),
    ])

# qx04: car bomb and reprisal killings in Talbiseh, Homs province, Syria (NGO statement)
A['qx04.txt'] = dict(
    casualty=[
        C('leave 23 civilians dead', 'killed', 23, 'exact', 'civilians', id='hl'),
        C('the killing of 23 civilians', 'killed', 23, 'exact', 'civilians', id='tot', tags='repeat'),
        C('six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('Seventeen civilians were killed', 'killed', 17, 'exact', 'civilians', sub='tot'),
        C('nearly 40 others were wounded', 'injured', 40, 'at-most', 'civilians', id='wnd'),
        C('several of them', 'injured', None, 'vague', 'civilians', sub='wnd'),
        C('shot dead six men', 'killed', 6, 'exact', 'men', sub='tot'),
        C('The six', 'killed', 6, 'exact', 'men', id='six', tags='repeat'),
        C('his three sons', 'killed', 3, 'exact', 'men', sub='six'),
        C('killed 11 people', 'killed', 11, 'exact', 'people', tags='contradicted'),
        C('arrested four suspects', 'detained', 4, 'exact', 'people'),
        C('a toll of 14 dead', 'killed', 14, 'exact', 'people', tags='contradicted'),
        C('the arrest of over 30 men', 'detained', 30, 'at-least', 'men', id='arr'),
        C('12 of them', 'missing', 12, 'exact', 'men', sub='arr'),
        C('approximately 350 families have left', 'displaced', 350, 'approx', 'people'),
        C('the deaths of 214 civilians', 'killed', 214, 'exact', 'civilians', id='yr'),
        C('38 children', 'killed', 38, 'exact', 'children', sub='yr'),
    ],
    sources=[
        S('The Syrian Network for Civil Documentation (SNCD)', 'ngo'),
        S('SNCD’s field researchers', 'ngo'),
        S('SNCD’s researchers', 'ngo'),
        S('Syria’s Ministry of Interior', 'official'),
        S('The official news agency SANA', 'media'),
        S('Abu Khaled, a resident of Talbiseh', 'witness', form='name'),
        S('SNCD', 'ngo', nth=4),
        S('members of the local council', 'official'),
        S('SNCD', 'ngo', nth=5),
        S('SNCD’s director, Fadel Haddad', 'ngo', form='title-name'),
    ],
    numbers=[
        N('9 March 2025', 'date'),
        N('approximately 7:15am', 'time'),
        N('6 March', 'date'),
        N('dozens of residents', 'count-people'),
        N('71-year-old', 'age'),
        N('6 March', 'date', nth=1),
        N('maybe 60 people', 'count-people'),
        N('1 January', 'date'),
        N('2013', 'year'),
        N('70 field researchers', 'count-people'),
    ])

# qx05: jihadist attack on an army post and a market near Tamou, Tillabéri region, Niger
# (dpa style, one sentence a paragraph)
A['qx05.txt'] = dict(
    casualty=[
        C('At least 17 soldiers', 'killed', 17, 'at-least', 'soldiers'),
        C('11 civilians were killed', 'killed', 11, 'exact', 'civilians'),
        C('12 soldiers had "fallen with honour"', 'killed', 12, 'exact', 'soldiers', tags='contradicted'),
        C('nine had been wounded', 'injured', 9, 'exact', 'soldiers'),
        C('two were missing', 'missing', 2, 'exact', 'soldiers'),
        C('killed upwards of 40 terrorists', 'killed', 40, 'at-least', 'fighters'),
        C('11 villagers had been buried', 'killed', 11, 'exact', 'civilians', tags='repeat'),
        C('20 to 25 people', 'injured', None, 'range', 'people', low=20, high=25, id='inj'),
        C('several children', 'injured', None, 'vague', 'children', sub='inj'),
        C('Four of the wounded died', 'killed', 4, 'exact', 'people', sub='inj'),
        C('the number of civilians killed to 15', 'killed', 15, 'exact', 'civilians', tags='update'),
        C('A number of villagers were also abducted', 'detained', None, 'vague', 'civilians'),
        C('killed "more than 50 soldiers"', 'killed', 50, 'at-least', 'soldiers', tags='contradicted'),
        C('more than 4,600 people had fled', 'displaced', 4600, 'at-least', 'people'),
        C('killed thousands of people', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('a security source in the regional capital', 'anonymous'),
        S('the source', 'anonymous'),
        S("Niger's Defence Ministry", 'military'),
        S('state television RTN', 'media'),
        S('The ministry', 'military'),
        S('A local elected official in Tamou', 'anonymous'),
        S('the official', 'anonymous'),
        S('the official', 'anonymous', nth=1),
        S('Islamic State Sahel Province', 'military'),
        S('Residents', 'witness'),
        S('The UN refugee agency UNHCR', 'ngo'),
        S('the conflict monitor ACLED', 'ngo'),
    ],
    numbers=[
        N('Dozens of gunmen', 'count-people'),
        N('about 8 kilometres', 'distance'),
        N('some 30 motorbikes', 'count-objects'),
        N('about 50 kilometres', 'distance'),
        N('July 2023', 'date'),
    ])

# qx06: cartel attack and displacement in Teloloapan, Guerrero, Mexico (a newspaper's own correspondent)
A['qx06.txt'] = dict(
    casualty=[
        C('at least 13 people were dead', 'killed', 13, 'at-least', 'people', id='tot'),
        C('hundreds of families', 'displaced', None, 'vague', 'people'),
        C('four municipal police officers', 'killed', 4, 'exact', 'soldiers', sub='tot'),
        C('Eight other people', 'injured', 8, 'exact', 'people', id='inj'),
        C('two of them', 'injured', 2, 'exact', 'people', sub='inj'),
        C('as many as 17 people had been reported missing', 'missing', 17, 'at-most', 'people'),
        C('five suspects had been detained', 'detained', 5, 'exact', 'people'),
        C('recovered six bodies', 'killed', 6, 'exact', 'people'),
        C('around 1,200 people had sought refuge', 'displaced', 1200, 'approx', 'people'),
        C('the number of displaced at fewer than 800', 'displaced', 800, 'at-most', 'people', tags='contradicted'),
        C('more than 30,000 homicides', 'killed', 30000, 'at-least', 'people'),
        C('more than 100,000 people', 'missing', 100000, 'at-least', 'people'),
        C('tens of thousands have been forced from their homes', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('Guerrero’s state prosecutor’s office', 'official'),
        S('Residents', 'witness'),
        S('a woman', 'anonymous'),
        S('The state government’s security spokesman, Rafael Ocampo', 'official', form='title-name'),
        S('the prosecutor’s office', 'official'),
        S('The Catholic diocese of Ciudad Altamirano', 'other'),
        S('the state civil protection agency', 'official'),
        S('the town’s mayor, Abel Carranza', 'official', form='title-name'),
        S('the national statistics institute, INEGI', 'official'),
    ],
    numbers=[
        N('a town of 55,000', 'population'),
        N('15-year-old', 'age'),
        N('two years', 'duration'),
        N('About 600 soldiers and National Guard troops', 'count-people'),
        N('two parishes', 'count-objects'),
        N('some 4,000 pupils', 'count-people'),
        N('2023', 'year'),
        N('one of Mexico’s most violent', 'other'),
    ])

# qx07: attack on a passenger coach and a security operation near Dalbandin, Chagai district,
# Balochistan, Pakistan (state media, APP style)
A['qx07.txt'] = dict(
    casualty=[
        C('killed seven terrorists', 'killed', 7, 'exact', 'fighters', id='op'),
        C('martyring five passengers', 'killed', 5, 'exact', 'people', id='bus'),
        C('injuring a dozen others', 'injured', 12, 'exact', 'people', id='binj'),
        C('two labourers', 'killed', 2, 'exact', 'other', sub='bus'),
        C('seven terrorists were sent to hell', 'killed', 7, 'exact', 'fighters', tags='repeat'),
        C('two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('three were in critical condition', 'injured', 3, 'exact', 'people', sub='binj'),
        C('Seven of the injured', 'injured', 7, 'exact', 'people', sub='binj'),
        C('four passengers martyred', 'killed', 4, 'exact', 'people'),
        C('nine injured', 'injured', 9, 'exact', 'people'),
        C('arrested 14 suspected facilitators', 'detained', 14, 'exact', 'people'),
        C('killing 212 terrorists', 'killed', 212, 'exact', 'fighters'),
        C('61 officers and soldiers have embraced shahadat', 'killed', 61, 'exact', 'soldiers'),
    ],
    sources=[
        S('the Inter Services Public Relations (ISPR)', 'military'),
        S('the ISPR', 'military'),
        S('the ISPR', 'military', nth=1),
        S('Deputy Commissioner Chagai Imran Zarkoon', 'official', form='title-name'),
        S('the Levies control room in Dalbandin', 'official'),
        S('Balochistan Government Spokesman Saleem Baloch', 'official', form='title-name'),
        S('Chief Minister Balochistan', 'official', form='role'),
        S('the Chief Minister', 'official', form='role'),
        S('the ISPR', 'military', nth=2),
    ],
    numbers=[
        N('Oct 12', 'date'),
        N('N-40', 'other'),
        N('43 passengers', 'count-people'),
        N('around 9:30 pm', 'time'),
        N('about 25 kilometres', 'distance'),
        N('Three Kalashnikovs', 'count-objects'),
        N('2 hand grenades', 'count-objects'),
        N('Rs 1 million', 'money'),
        N('Rs 500,000', 'money'),
        N('more than 4,000 intelligence-based operations', 'count-objects'),
        N('about 340 kilometres', 'distance'),
    ])

# qx08: attack on a displacement site near Fataki, Djugu territory, Ituri, DR Congo (UN OCHA flash update)
A['qx08.txt'] = dict(
    casualty=[
        C('At least 41 people were killed', 'killed', 41, 'at-least', 'people', id='hl'),
        C('27 injured', 'injured', 27, 'exact', 'people'),
        C('An estimated 16,000 people have fled', 'displaced', 16000, 'approx', 'people'),
        C('killed 41 people', 'killed', 41, 'exact', 'people', id='ov', tags='repeat update'),
        C('17 children', 'killed', 17, 'exact', 'children', sub='ov'),
        C('11 women', 'killed', 11, 'exact', 'women', sub='ov'),
        C('29 deaths', 'killed', 29, 'exact', 'people'),
        C('Twenty-seven people were injured', 'injured', 27, 'exact', 'people', id='inj', tags='repeat'),
        C('19 of whom', 'injured', 19, 'exact', 'people', sub='inj'),
        C('killed four assailants', 'killed', 4, 'exact', 'fighters'),
        C('arrested six others', 'detained', 6, 'exact', 'fighters'),
        C('the death toll at 52', 'killed', 52, 'exact', 'people', tags='contradicted'),
        C('25–30 people remained unaccounted for', 'missing', None, 'range', 'people', low=25, high=30),
        C('an estimated 16,000 people', 'displaced', 16000, 'approx', 'people', id='disp', tags='repeat'),
        C('Some 9,500 of them', 'displaced', 9500, 'approx', 'people', sub='disp'),
        C('almost 580,000 IDPs', 'displaced', 580000, 'at-most', 'people'),
        C('at least 210 civilians have been killed', 'killed', 210, 'at-least', 'civilians'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Flash Update No. 1', 'ngo', form='document'),
        S('Local sources', 'anonymous'),
        S('a faction of the CODECO armed group', 'military'),
        S('The Congolese armed forces (FARDC)', 'military'),
        S('Civil society organisations in Djugu', 'other'),
        S('the Commission Mouvement de Populations (CMP)', 'ngo'),
        S('the UN Joint Human Rights Office', 'ngo'),
        S('the Humanitarian Coordinator in the DRC, Marie-Claire Dubois', 'ngo', form='title-name'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('21 May 2025', 'date'),
        N('6 km', 'distance'),
        N('18 to 19 May', 'date'),
        N('US$3.4 million', 'money'),
        N('three months', 'duration'),
        N('around 11 pm', 'time'),
        N('18 May', 'date'),
        N('some 870 shelters', 'count-objects'),
        N('No. 1', 'other'),
        N('four surrounding villages', 'count-objects'),
        N('19 May', 'date', nth=1),
        N('14 km', 'distance'),
        N('about 120 peacekeepers', 'count-people'),
        N('19 May', 'date', nth=2),
        N('two mobile clinics', 'count-objects'),
        N('1,340 consultations', 'count-objects'),
        N('20 May', 'date'),
        N('46 children', 'count-people'),
        N('85 tonnes', 'quantity'),
        N('6,200 people', 'count-people'),
        N('20 and 21 May', 'date'),
        N('2025', 'year', nth=1),
        N('$2.54 billion', 'money'),
        N('11 per cent', 'percentage'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
