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

# ---------------------------------------------------------------- labels (blind set 132: ns01-ns08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / neutralised / paid the supreme price / murdered / murders / bury / claimed … lives',
     r'\bshooting dead\b|\bneutrali[sz]ed?\b|\bsupreme price\b|\bmurder(?:ed|s)\b|\bbur(?:y|ied)\b|\bclaimed\b.*\blives\b'),
    ('captured / kidnapped / abducting', r'\bcaptured\b|\bkidnapped\b|\babducting\b'),
    ('crossed into / sheltering / forced … to flee / forced to leave',
     r'\bcrossed into\b|\bsheltering\b|\bto flee\b|\bforced to leave\b'),
    ('gunshot wounds', r'\bgunshot wounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('bandits/militiamen/vigilantes/cartel members', r'\b(?:bandits|militiamen|vigilantes|cartel members)\b'),
    ('worshippers/suspects/collaborators/victims/patients/persons/households/herders',
     r'\b(?:worshippers|suspects|collaborators|victims|patients|persons|households|herders)\b'),
    ('teenagers/sons', r'\b(?:teenagers|sons|daughters)\b'),
]

# ns01: shelling of a market in Nyamilima, Rutshuru territory, North Kivu, DR Congo (Reuters style)
A['ns01.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('wounding 40 others', 'injured', 40, 'exact', 'people'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('two women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('19 bodies', 'killed', 19, 'exact', 'people', tags='repeat'),
        C('27 wounded patients', 'injured', 27, 'exact', 'people', id='pat'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='pat'),
        C('Four others', 'injured', 4, 'exact', 'people'),
        C('the death toll at 26', 'killed', 26, 'exact', 'people', id='cs', tags='contradicted'),
        C('three militiamen', 'killed', 3, 'exact', 'fighters', sub='cs'),
        C('lost two fighters', 'killed', 2, 'exact', 'fighters'),
        C('"neutralized" 14 rebels', 'killed', 14, 'exact', 'fighters'),
        C('captured five others', 'detained', 5, 'exact', 'fighters'),
        C('one soldier had died', 'killed', 1, 'exact', 'soldiers'),
        C('10 to 15 people were unaccounted for', 'missing', None, 'range', 'people', low=10, high=15),
        C('Thousands of residents fled', 'displaced', None, 'vague', 'civilians'),
        C('about 3,000 people had crossed into Uganda', 'displaced', 3000, 'approx', 'people'),
        C('displaced some 2.8 million people', 'displaced', 2800000, 'approx', 'people'),
    ],
    sources=[
        S('a local administrator', 'official', form='role'),
        S('Jean-Claude Mbusa, head of the Binza grouping', 'official', form='title-name'),
        S('Mbusa', 'official', nth=1, form='name'),
        S('Dr. Espérance Kahindo', 'official', form='title-name'),
        S('Civil society groups in Rutshuru territory', 'other', form='collective'),
        S('The M23', 'military'),
        S('Congo', 'official', nth=2),
        S('the United Nations', 'ngo'),
        S('Western governments', 'official', form='collective'),
        S('Kigali', 'official'),
        S('Rebel spokesman Innocent Kabanda', 'military', form='title-name'),
        S('Major Patrick Kasereka, an army spokesman in North Kivu', 'military', form='title-name'),
        S('Residents', 'witness'),
        S('local officials', 'official'),
        S('the U.N. refugee agency', 'ngo'),
        S('The U.N. peacekeeping mission, MONUSCO', 'military'),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('M23', 'other'),
        N('11 a.m.', 'time'),
        N('12 beds', 'count-objects'),
        N('about 50 km', 'distance'),
        N('31 miles', 'distance'),
        N('M23', 'other', nth=1),
        N('more than six hours', 'duration'),
        N('at least three villages', 'count-objects'),
        N('M23', 'other', nth=2),
        N('2021', 'year'),
    ])

# ns02: a raid and mass abduction in Kagarko, Kaduna state, Nigeria (AP style)
A['ns02.txt'] = dict(
    casualty=[
        C('shooting dead at least eight people', 'killed', 8, 'at-least', 'people', id='tot'),
        C('abducting dozens of others', 'detained', None, 'vague', 'people'),
        C('two little daughters', 'detained', 2, 'exact', 'children'),
        C('bury 11 people', 'killed', 11, 'exact', 'people', tags='contradicted'),
        C('eight people had been killed', 'killed', 8, 'exact', 'people', tags='repeat'),
        C('32 abducted', 'detained', 32, 'exact', 'people'),
        C('as many as 57 villagers were still missing', 'missing', 57, 'at-most', 'civilians', tags='contradicted'),
        C('three vigilantes were among the dead', 'killed', 3, 'exact', 'fighters', sub='tot'),
        C('killed hundreds of people', 'killed', None, 'vague', 'people'),
        C('kidnapped 14 worshippers', 'detained', 14, 'exact', 'people'),
        C('At least 4,700 people were abducted', 'detained', 4700, 'at-least', 'people'),
    ],
    sources=[
        S('police', 'official', form='collective'),
        S('residents', 'witness'),
        S('resident Ibrahim Audu', 'witness', form='name'),
        S('Audu', 'witness', nth=1, form='name'),
        S('Kaduna state police spokesman Haruna Bello', 'official', form='title-name'),
        S('Danjuma Gyang', 'military', form='name'),
        S('relatives', 'witness'),
        S('Residents', 'witness'),
        S('The state government', 'official'),
        S('a diocesan spokesman', 'anonymous'),
        S('the Lagos-based risk analysis firm Sahel Risk Analytics', 'ngo'),
    ],
    numbers=[
        N('2 a.m.', 'time'),
        N('nearly three hours', 'duration'),
        N('43', 'age'),
        N('9-year-old', 'age'),
        N('six of the captives', 'count-people'),
        N('several families', 'count-people'),
        N('50 million naira', 'money'),
        N('$32,000', 'money'),
        N('four districts', 'count-objects'),
        N('72 hours', 'duration'),
        N('Ten of them', 'count-people'),
        N('12 months', 'duration'),
    ])

# ns03: gunmen attack a christening party in Villagrán, Guanajuato, Mexico (AFP style)
A['ns03.txt'] = dict(
    casualty=[
        C('killing 12 people', 'killed', 12, 'exact', 'people', id='tot'),
        C('two teenagers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('At least 11 others were wounded', 'injured', 11, 'at-least', 'people', id='inj'),
        C('Six of the victims died', 'killed', 6, 'exact', 'people', sub='tot'),
        C('three of the wounded', 'injured', 3, 'exact', 'people', sub='inj'),
        C('the death toll at 14', 'killed', 14, 'exact', 'people', tags='contradicted'),
        C('two of the injured had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('detained four suspects', 'detained', 4, 'exact', 'people'),
        C('the 12 victims', 'killed', 12, 'exact', 'people', tags='repeat'),
        C('2,981 murders', 'killed', 2981, 'exact', 'people'),
        C('More than 450,000 people have been murdered', 'killed', 450000, 'at-least', 'people'),
    ],
    sources=[
        S('the state prosecutor’s office', 'official'),
        S('the office', 'official'),
        S('a relative of a victim', 'anonymous'),
        S('the Guanajuato health ministry', 'official'),
        S('Local media', 'media'),
        S('police sources', 'anonymous'),
        S('the state security ministry', 'official'),
        S('Mayor Lorena García', 'official', form='title-name'),
        S('Bishop Rafael Montiel of the Diocese of Celaya', 'other', form='title-name'),
        S('official figures', 'official', form='document'),
    ],
    numbers=[
        N('around 60,000 people', 'population'),
        N('three pickup trucks', 'count-objects'),
        N('roughly 80 guests', 'count-people'),
        N('two rifles', 'count-objects'),
        N('three days', 'duration'),
        N('several years', 'duration'),
        N('Mexico’s 32 states', 'count-objects'),
        N('2006', 'year'),
    ])

# ns04: OCHA flash update on an attack on Miriki, Lubero territory, North Kivu, DR Congo
A['ns04.txt'] = dict(
    casualty=[
        C('At least 23 civilians killed', 'killed', 23, 'at-least', 'civilians'),
        C('9 injured', 'injured', 9, 'exact', 'civilians'),
        C('An estimated 4,200 people have fled', 'displaced', 4200, 'approx', 'people'),
        C('at least 23 civilians were killed', 'killed', 23, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('8 women', 'killed', 8, 'exact', 'women', sub='tot'),
        C('5 children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('up to 6 people remain unaccounted for', 'missing', 6, 'at-most', 'people'),
        C('killed 7 people', 'killed', 7, 'exact', 'people'),
        C('an estimated 4,200 people', 'displaced', 4200, 'approx', 'people', id='disp', tags='repeat'),
        C('some 840 households', 'displaced', 840, 'approx', 'people'),
        C('about 1,100 people', 'displaced', 1100, 'approx', 'people', sub='disp'),
        C('9 wounded', 'injured', 9, 'exact', 'civilians', id='w9', tags='repeat'),
        C('3 children', 'injured', 3, 'exact', 'children', sub='w9'),
        C('1,800 of the displaced', 'displaced', 1800, 'exact', 'people', sub='disp'),
        C('some 2.5 million internally displaced people', 'displaced', 2500000, 'approx', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Local civil society organizations', 'other', form='collective'),
        S('Local sources', 'anonymous'),
        S('The FDLR', 'military'),
        S('the Commission Mouvement de Population (CMP)', 'ngo'),
        S('Health partners', 'ngo', form='collective'),
        S('Protection partners', 'ngo', form='collective'),
        S('The UN Organization Stabilization Mission in the DRC (MONUSCO)', 'military'),
        S('Partners', 'ngo', form='collective'),
    ],
    numbers=[
        N('No. 1', 'other'),
        N('18 February', 'date'),
        N('US$1.3 million', 'money'),
        N('three months', 'duration'),
        N('15 to 16 February', 'date'),
        N('about 110 km', 'distance'),
        N('17 February', 'date'),
        N('28 January', 'date'),
        N('2 schools', 'count-objects'),
        N('some 900 pupils', 'count-people'),
        N('10 days', 'duration'),
        N('at least 40 houses', 'count-objects'),
        N('60 peacekeepers', 'count-people'),
        N('17 February', 'date', nth=1),
        N('15-day', 'duration'),
        N('2 mobile clinics', 'count-objects'),
        N('2025', 'year'),
        N('$2.54 billion', 'money'),
        N('11 per cent', 'percentage'),
    ])

# ns05: military operation against bandits in Kankara, Katsina state, Nigeria (state media, NAN style)
A['ns05.txt'] = dict(
    casualty=[
        C('neutralise 17 bandits', 'killed', 17, 'exact', 'fighters'),
        C('neutralised 17 bandits', 'killed', 17, 'exact', 'fighters', tags='repeat'),
        C('two soldiers paid the supreme price', 'killed', 2, 'exact', 'soldiers'),
        C('four others sustained gunshot wounds', 'injured', 4, 'exact', 'soldiers'),
        C('several other bandits escaped with gunshot wounds', 'injured', None, 'vague', 'fighters'),
        C('six suspected collaborators', 'detained', 6, 'exact', 'people'),
        C('neutralised 143 terrorists', 'killed', 143, 'exact', 'fighters'),
        C('arrested 68 suspects', 'detained', 68, 'exact', 'people'),
        C('killed a dozen villagers', 'killed', 12, 'exact', 'civilians'),
        C('abducted scores of others', 'detained', None, 'vague', 'civilians', id='abd'),
        C('20-25 of them were still being held', 'detained', None, 'range', 'civilians', low=20, high=25, sub='abd'),
        C('more than 2,100 residents', 'displaced', 2100, 'at-least', 'civilians'),
    ],
    sources=[
        S('the Defence Headquarters (DHQ)', 'military'),
        S('The Director, Defence Media Operations, Maj.-Gen. Ibrahim Kure', 'military', form='title-name'),
        S('Kure', 'military', nth=1, form='name'),
        S('The DHQ spokesman', 'military', form='role'),
        S('the Katsina State Commissioner for Internal Security and Home Affairs, Alhaji Sani Danlami', 'official',
          form='title-name'),
        S('The commissioner', 'official', form='role'),
        S('Danlami', 'official', nth=1, form='name'),
    ],
    numbers=[
        N('23 kidnap victims', 'count-people'),
        N('Oct. 14, 2024', 'date'),
        N('23 kidnapped persons', 'count-people'),
        N('9 AK-47 rifles', 'count-objects'),
        N('412 rounds of 7.62mm special ammunition', 'count-objects'),
        N('11 motorcycles', 'count-objects'),
        N('N2.4 million', 'money'),
        N('nine women', 'count-people'),
        N('five children', 'count-people'),
        N('97 kidnapped hostages', 'count-people'),
        N('three IDP camps', 'count-objects'),
        N('1,500 members', 'count-people'),
        N('34 local government areas', 'count-objects'),
        N('about 110 kilometres', 'distance'),
        N('one of the areas', 'other'),
    ])

# ns06: cartel drone attack on a hamlet in Tuzantla, Michoacán, Mexico (dpa style, one sentence a paragraph)
A['ns06.txt'] = dict(
    casualty=[
        C('At least five people were killed', 'killed', 5, 'at-least', 'people', id='tot'),
        C('seven injured', 'injured', 7, 'exact', 'people', id='inj'),
        C('the death toll at eight', 'killed', 8, 'exact', 'people', id='web', tags='contradicted'),
        C('three bodies had been found', 'killed', 3, 'exact', 'people', sub='web'),
        C('Around 300 residents fled', 'displaced', 300, 'approx', 'civilians', id='disp'),
        C('about 70 of them were children', 'displaced', 70, 'approx', 'children', sub='disp'),
        C('arrested three suspected cartel members', 'detained', 3, 'exact', 'fighters'),
        C('Two soldiers were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('the death toll to seven', 'killed', 7, 'exact', 'people', tags='update'),
        C('two of the injured had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('hundreds of families have been forced to leave', 'displaced', None, 'vague', 'people'),
        C('almost 1,300 people were murdered', 'killed', 1300, 'at-most', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S("the Michoacán state prosecutor's office", 'official'),
        S('the office', 'official'),
        S('Witnesses', 'witness'),
        S('The website', 'media'),
        S('a woman', 'witness', form='role'),
        S('State security officials', 'official'),
        S('the municipal government', 'official'),
        S('Mayor Elvira Ocampo', 'official', form='title-name'),
        S('The army', 'military'),
        S('the Defence Ministry', 'military'),
        S("the prosecutor's office", 'official'),
        S('Human rights groups', 'ngo', form='collective'),
        S('official data', 'official', form='document'),
    ],
    numbers=[
        N('14-year-old', 'age'),
        N('at least a dozen drones', 'count-objects'),
        N('more than two hours', 'duration'),
        N('the next one', 'other'),
        N('three grandchildren', 'count-people'),
        N('two schools', 'count-objects'),
        N('250 soldiers', 'count-people'),
        N('two helicopters', 'count-objects'),
        N('2021', 'year'),
        N('about 4.7 million inhabitants', 'population'),
        N('another 1,000 members', 'count-people'),
    ])

# ns07: an aid group's statement on fighting around Lukweti, Masisi territory, North Kivu, DR Congo (NGO style)
A['ns07.txt'] = dict(
    casualty=[
        C('dozens of civilians dead', 'killed', None, 'vague', 'civilians'),
        C('forced thousands of people to flee', 'displaced', None, 'vague', 'people'),
        C('killing three people', 'killed', 3, 'exact', 'people', id='strike'),
        C('killing two patients', 'killed', 2, 'exact', 'people', sub='strike'),
        C('injuring four other people', 'injured', 4, 'exact', 'people'),
        C('143 wounded people', 'injured', 143, 'exact', 'people', id='w'),
        C('38 children', 'injured', 38, 'exact', 'children', sub='w'),
        C('Twenty-two patients had gunshot wounds', 'injured', 22, 'exact', 'people', sub='w'),
        C('Seven patients died', 'killed', 7, 'exact', 'people', sub='w'),
        C('38 wounded', 'injured', 38, 'exact', 'people', sub='w'),
        C('at least 40 civilians have been killed', 'killed', 40, 'at-least', 'civilians'),
        C('roughly 18,000 people have fled', 'displaced', 18000, 'approx', 'people'),
        C('more than 1.2 million people are displaced', 'displaced', 1200000, 'at-least', 'people'),
        C('12 of the group’s fighters had been killed', 'killed', 12, 'exact', 'fighters'),
        C('at least 17 health workers were killed', 'killed', 17, 'at-least', 'other'),
    ],
    sources=[
        S('Dr Aline Furaha, MAGL’s medical coordinator in North Kivu', 'ngo', form='title-name'),
        S('local authorities', 'official'),
        S('The UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
        S('A Wazalendo spokesman, Jules Mulumba', 'military', form='title-name'),
        S('The M23/AFC', 'military'),
        S('MAGL', 'ngo', nth=3),
        S('the World Health Organization', 'ngo'),
    ],
    numbers=[
        N('9 May 2025', 'date'),
        N('M23', 'other'),
        N('14:30', 'time'),
        N('34', 'age'),
        N('27 inpatients', 'count-people'),
        N('11 newborns', 'count-people'),
        N('2 km', 'distance'),
        N('1 May', 'date'),
        N('two days', 'duration'),
        N('five hours', 'duration'),
        N('1 May', 'date', nth=1),
        N('under five', 'age'),
        N('M23', 'other', nth=1),
        N('M23', 'other', nth=2),
        N('four months', 'duration'),
        N('2019', 'year'),
        N('four other health facilities', 'count-objects'),
        N('about 95,000', 'population'),
    ])

# ns08: attacks on three villages in Bogoro, Bauchi state, Nigeria (a Nigerian daily's own correspondent)
A['ns08.txt'] = dict(
    casualty=[
        C('Death toll in Bogoro attacks rises to 23', 'killed', 23, 'exact', 'people', tags='update'),
        C('At least 17 people were killed', 'killed', 17, 'at-least', 'people', id='tot'),
        C('several others injured', 'injured', None, 'vague', 'people'),
        C('two sons', 'killed', 2, 'exact', 'children'),
        C('11 people were buried', 'killed', 11, 'exact', 'people', sub='tot'),
        C('the death toll at nine', 'killed', 9, 'exact', 'people', tags='contradicted'),
        C('six persons injured', 'injured', 6, 'exact', 'people'),
        C('four suspects had been arrested', 'detained', 4, 'exact', 'people'),
        C('the number of dead had risen to 23', 'killed', 23, 'exact', 'people', tags='update repeat'),
        C('six more bodies were recovered', 'killed', 6, 'exact', 'people'),
        C('a number of residents were still missing', 'missing', None, 'vague', 'civilians'),
        C('over 2,000 residents had fled', 'displaced', 2000, 'at-least', 'civilians'),
        C('1,846 displaced persons', 'displaced', 1846, 'exact', 'people'),
        C('two herders were missing', 'missing', 2, 'exact', 'civilians'),
        C('claimed hundreds of lives', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('A resident of Kungibar, Mr Yakubu Dauda', 'witness', form='name'),
        S('The Police Public Relations Officer in the state, SP Aminu Gambo', 'official', form='title-name'),
        S('the chairman of the Bogoro chapter of the Sayawa Elders Forum, Pastor Ezekiel Dogo', 'other',
          form='title-name'),
        S('The Chairman of Bogoro LGA, Hon. Danladi Bala', 'official', form='title-name'),
        S('The Bauchi State Emergency Management Agency (SEMA)', 'official'),
        S('the state chapter of the Miyetti Allah Cattle Breeders Association of Nigeria (MACBAN)', 'other'),
        S('The state government', 'official'),
        S('the Commissioner for Information, Malam Adamu Yusuf', 'official', form='title-name'),
    ],
    numbers=[
        N('three communities', 'count-objects'),
        N('number over 50', 'count-people'),
        N('10pm', 'time'),
        N('aged eight and 12', 'age'),
        N('120 houses', 'count-objects'),
        N('three churches', 'count-objects'),
        N('millions of naira', 'money'),
        N('four camps', 'count-objects'),
        N('37 cows', 'count-objects'),
        N('24-hour', 'duration'),
        N('2001', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
