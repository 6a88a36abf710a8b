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

# ---------------------------------------------------------------- labels (blind set 127: is01-is08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('lost N / sacrificed his life / buried / known to have died',
     r'\blost\b|\bsacrificed\b|\bburied\b|\bknown to have died\b'),
    ('abducted / abduction / being held / arrested',
     r'\babduct|\bbeing held\b|\barrested\b'),
    ('fled / fled their homes / leave their homes / displaced people',
     r'\bfled\b|\bleave their homes\b|\bdisplaced people\b'),
    ('gunshot wounds / critically / seriously / critical condition / patients',
     r'\bwounds\b|\bcritically\b|\bseriously\b|\bcritical condition\b|\bpatients\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('terrorists/insurgents/assailants/attackers/apostates/commanders',
     r'\b(?:terrorists|insurgents|assailants|attackers|apostates|commanders)\b'),
    ('staff/colleagues/aid workers/humanitarian workers',
     r'\b(?:staff|colleagues|aid workers|humanitarian workers)\b'),
    ('persons/suspects/suppliers/Nigerians/cousins/victims',
     r'\b(?:persons|suspects|suppliers|Nigerians|cousins|victims)\b'),
    ('police member/elderly men/young men', r'\b(?:police member|elderly men|young men)\b'),
]

# is01: a junta air strike on a monastery sheltering displaced villagers in Kyauktaga township, Bago
# region, Myanmar (Reuters style, American spelling, straight quotes)
A['is01.txt'] = dict(
    casualty=[
        C('killed at least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('19 bodies', 'killed', 19, 'exact', 'people', sub='tot'),
        C('four more died', 'killed', 4, 'exact', 'people', sub='tot'),
        C('about 30 people were wounded', 'injured', 30, 'approx', 'people', id='inj'),
        C('11 of them seriously', 'injured', 11, 'exact', 'people', sub='inj'),
        C('at least five villagers were still missing', 'missing', 5, 'at-least', 'civilians'),
        C('14 women', 'killed', 14, 'exact', 'women', sub='tot'),
        C('the number of wounded at 45', 'injured', 45, 'exact', 'people', tags='contradicted'),
        C('two more people had died', 'killed', 2, 'exact', 'people'),
        C('the toll to 25', 'killed', 25, 'exact', 'people', tags='update'),
        C('some 20 terrorists" had been killed', 'killed', 20, 'approx', 'fighters', tags='contradicted'),
        C('312 civilian deaths', 'killed', 312, 'exact', 'civilians'),
        C('more than 3.5 million people have been displaced', 'displaced', 3500000, 'at-least', 'people'),
        C('about 18,000 residents have fled their homes', 'displaced', 18000, 'approx', 'civilians'),
    ],
    sources=[
        S('a local resistance group', 'military'),
        S('a rescue worker', 'anonymous'),
        S('Ko Zaw Lin', 'witness', form='name'),
        S('The Kyauktaga Revolutionary Force', 'military'),
        S('the group', 'military'),
        S('State-run MRTV', 'media'),
        S('A junta spokesman, Major General Zaw Min Tun', 'military', form='title-name'),
        S('the Myanmar Conflict Tracker', 'ngo'),
        S('the United Nations', 'ngo'),
        S('local officials of the opposition National Unity Government', 'official'),
        S('Residents', 'witness'),
        S('a 42-year-old farmer', 'witness', form='role'),
    ],
    numbers=[
        N('two bombs', 'count-objects'),
        N('9 p.m.', 'time'),
        N('about 150 people', 'count-people'),
        N('some 60 km', 'distance'),
        N('37 miles', 'distance'),
        N('one of several anti-junta militias', 'other'),
        N('two dormitories', 'count-objects'),
        N('three months', 'duration'),
        N('February 2021', 'date'),
        N('42-year-old', 'age'),
    ])

# is02: an al-Shabaab assault on an army base near Bulo Mareer, Lower Shabelle, Somalia (AFP style,
# British spelling, curly quotes)
A['is02.txt'] = dict(
    casualty=[
        C('killing at least 17 soldiers', 'killed', 17, 'at-least', 'soldiers', id='tot'),
        C('lost 17 soldiers', 'killed', 17, 'exact', 'soldiers', tags='repeat'),
        C('more than 20 were wounded', 'injured', 20, 'at-least', 'soldiers'),
        C('the bodies of at least eight attackers', 'killed', 8, 'at-least', 'fighters'),
        C('killed 48 “apostate soldiers”', 'killed', 48, 'exact', 'soldiers', tags='contradicted'),
        C('dozens of terrorists” had been killed', 'killed', None, 'vague', 'fighters'),
        C('11 dead', 'killed', 11, 'exact', 'soldiers', tags='contradicted'),
        C('15 injured', 'injured', 15, 'exact', 'soldiers', tags='contradicted'),
        C('killing two children', 'killed', 2, 'exact', 'children'),
        C('14 wounded soldiers', 'injured', 14, 'exact', 'soldiers', id='med'),
        C('three of whom died', 'killed', 3, 'exact', 'soldiers', sub='med'),
        C('some 140,000 people have fled their homes', 'displaced', 140000, 'approx', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('residents', 'witness'),
        S('a Somali army officer', 'anonymous'),
        S('the officer', 'anonymous'),
        S('Al-Shabaab', 'military', nth=1),
        S('Lower Shabelle governor Mohamed Ibrahim Barre', 'official', form='title-name'),
        S('Residents of Bulo Mareer', 'witness'),
        S('Halima Abdi Nur', 'witness', form='name'),
        S('A medical source at Mogadishu’s Madina hospital', 'anonymous'),
        S('The African Union Support and Stabilisation Mission in Somalia (AUSSOM)', 'military'),
        S('The UN humanitarian agency OCHA', 'ngo'),
    ],
    numbers=[
        N('one of the deadliest attacks', 'other'),
        N('two car bombs', 'count-objects'),
        N('4:30 am', 'time'),
        N('0130 GMT', 'time'),
        N('Around 200 soldiers', 'count-people'),
        N('three armoured vehicles', 'count-objects'),
        N('nearly three hours', 'duration'),
        N('mother of six', 'count-people'),
        N('about 110 kilometres', 'distance'),
        N('70 miles', 'distance'),
        N('March 2024', 'date'),
        N('at least five major attacks', 'count-objects'),
        N('more than 15 years', 'duration'),
    ])

# is03: two suicide bombers at a camp for displaced people in Dalori near Maiduguri, Borno state,
# Nigeria (AP style, American spelling, straight quotes)
A['is03.txt'] = dict(
    casualty=[
        C('killing at least 12 people', 'killed', 12, 'at-least', 'people', id='tot'),
        C('wounding 31 others', 'injured', 31, 'exact', 'people'),
        C('31 injured persons', 'injured', 31, 'exact', 'people', tags='repeat'),
        C('eight of the dead were children', 'killed', 8, 'exact', 'children', sub='tot'),
        C('10 people had died', 'killed', 10, 'exact', 'people', sub='tot'),
        C('two more', 'killed', 2, 'exact', 'people', sub='tot'),
        C('the number of injured had risen to 34', 'injured', 34, 'exact', 'people', tags='update'),
        C('15 bodies', 'killed', 15, 'exact', 'people', tags='contradicted'),
        C('about 25,000 people who fled', 'displaced', 25000, 'approx', 'people'),
        C('killed 27 insurgents', 'killed', 27, 'exact', 'fighters'),
        C('arrested 9 suspected suppliers', 'detained', 9, 'exact', 'people'),
        C('killed more than 40,000 people', 'killed', 40000, 'at-least', 'people'),
        C('displaced about 2 million', 'displaced', 2000000, 'approx', 'people'),
    ],
    sources=[
        S('emergency officials', 'official'),
        S('Yakubu Lawan', 'official', form='name'),
        S('Lawan', 'official', nth=1, form='name'),
        S('Police spokesman Ibrahim Garba', 'official', form='title-name'),
        S('Members of the Civilian Joint Task Force', 'military'),
        S('Babagana Modu', 'military', form='name'),
        S('Aisha Bukar', 'witness', form='name'),
        S('the International Organization for Migration', 'ngo'),
        S('The agency', 'ngo'),
        S("Nigeria's military", 'military'),
        S('The Borno state government', 'official'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('Two suicide bombers', 'count-people'),
        N('7 p.m.', 'time'),
        N('the two bombers', 'count-people'),
        N('35', 'age'),
        N('500,000 naira', 'money'),
        N('$330', 'money'),
        N('its 16th year', 'duration'),
    ])

# is04: a militia attack on Nyankunde, Ituri province, DR Congo (a broadcaster's web story, British
# spelling, one sentence a paragraph)
A['is04.txt'] = dict(
    casualty=[
        C('killed at least 31 civilians', 'killed', 31, 'at-least', 'civilians', id='tot'),
        C('12 of the victims were children', 'killed', 12, 'exact', 'children', sub='tot'),
        C('nine were women', 'killed', 9, 'exact', 'women', sub='tot'),
        C('27 wounded people', 'injured', 27, 'exact', 'people', id='inj'),
        C('eight of them with gunshot wounds', 'injured', 8, 'exact', 'people', sub='inj'),
        C('two patients had died', 'killed', 2, 'exact', 'people'),
        C('the number of dead at 38', 'killed', 38, 'exact', 'people', tags='contradicted'),
        C('at least 15 people had been abducted', 'detained', 15, 'at-least', 'people'),
        C('killed six assailants', 'killed', 6, 'exact', 'fighters'),
        C('arrested two others', 'detained', 2, 'exact', 'fighters'),
        C('one soldier had been wounded', 'injured', 1, 'exact', 'soldiers'),
        C('19 seriously injured people', 'injured', 19, 'exact', 'people'),
        C('Thousands of residents fled', 'displaced', None, 'vague', 'civilians', id='fled'),
        C('4,500 displaced people', 'displaced', 4500, 'exact', 'people', sub='fled'),
        C('more than 1,000 people were killed', 'killed', 1000, 'at-least', 'people'),
        C('more than 1.5 million people are displaced', 'displaced', 1500000, 'at-least', 'people'),
        C('killed at least 1,200 civilians', 'killed', 1200, 'at-least', 'civilians'),
    ],
    sources=[
        S('local officials', 'official'),
        S('Nyankunde’s chief, Jean-Pierre Ndjabu', 'official', form='title-name'),
        S('Mr Ndjabu', 'official', form='name'),
        S('The director of Nyankunde’s evangelical hospital, Dr Esther Mambo', 'official', form='title-name'),
        S('Civil society groups in Irumu territory', 'other'),
        S('Codeco', 'military', nth=1),
        S('The Congolese army', 'military'),
        S('The army’s spokesman in Ituri, Lt Désiré Mupenda', 'military', form='title-name'),
        S('The UN peacekeeping mission, Monusco', 'military'),
        S('a local Red Cross official', 'anonymous'),
        S('the UN refugee agency', 'ngo'),
        S('The Ituri Conflict Observatory', 'ngo'),
        S('The provincial government', 'official'),
    ],
    numbers=[
        N('three directions', 'count-objects'),
        N('02:00', 'time'),
        N('00:00 GMT', 'time'),
        N('about 400 patients and relatives', 'count-people'),
        N('about 45km', 'distance'),
        N('28 miles', 'distance'),
        N('one of the worst massacres', 'other'),
        N('2002', 'year'),
        N('around 5.7 million', 'population'),
        N('three days', 'duration'),
    ])

# is05: an aid organisation's statement on armed men overrunning Rann, Borno state, Nigeria (NGO
# statement with a headline and notes to editors, British spelling)
A['is05.txt'] = dict(
    casualty=[
        C('Three staff among dead', 'killed', 3, 'exact', 'other'),
        C('Three staff members', 'killed', 3, 'exact', 'other', sub='tot', tags='repeat'),
        C('at least 19 people killed', 'killed', 19, 'at-least', 'people', id='tot'),
        C('Two of our colleagues are still missing', 'missing', 2, 'exact', 'other'),
        C('23 bodies had been recovered', 'killed', 23, 'exact', 'people'),
        C('41 people with gunshot and burn wounds', 'injured', 41, 'exact', 'people', id='inj'),
        C('17 of them children', 'injured', 17, 'exact', 'children', sub='inj'),
        C('36 of the wounded', 'injured', 36, 'exact', 'people', id='ehp', sub='inj'),
        C('11 women', 'injured', 11, 'exact', 'women', sub='ehp'),
        C('nine children', 'injured', 9, 'exact', 'children', sub='ehp'),
        C('Five patients remain in a critical condition', 'injured', 5, 'exact', 'people', sub='ehp'),
        C('one patient died', 'killed', 1, 'exact', 'people'),
        C('an estimated 35,000 people who had fled', 'displaced', 35000, 'approx', 'people'),
        C('some 9,000 Nigerians had fled', 'displaced', 9000, 'approx', 'people'),
        C('at least 11 aid workers have been killed', 'killed', 11, 'at-least', 'other'),
        C('six others are still being held', 'detained', 6, 'exact', 'other'),
        C('killed 14 terrorists', 'killed', 14, 'exact', 'fighters'),
    ],
    sources=[
        S('the organisation', 'ngo'),
        S('Dr Fatima Abubakar', 'ngo', form='title-name'),
        S('an EHP nurse', 'anonymous'),
        S('community leaders', 'other'),
        S('The Borno State Emergency Management Agency', 'official'),
        S('Community leaders', 'other'),
        S('the UN refugee agency', 'ngo'),
        S('the UN humanitarian coordinator in Nigeria', 'ngo', form='role'),
        S('The Nigerian army', 'military'),
    ],
    numbers=[
        N('22 September 2025', 'date'),
        N('2017', 'year'),
        N('8 pm', 'time'),
        N('more than 20 motorcycles', 'count-objects'),
        N('at least four pickup trucks', 'count-objects'),
        N('about 10 km', 'distance'),
        N('the age of five', 'age'),
        N('18 months', 'duration'),
        N('more than 60,000 people', 'population'),
        N('2014', 'year'),
        N('420 national', 'count-people'),
        N('18 international staff', 'count-people'),
    ])

# is06: a UN OCHA flash update on clashes in and around Kitchanga, Masisi territory, North Kivu, DR
# Congo (headings, highlights, funding)
A['is06.txt'] = dict(
    casualty=[
        C('killed at least 42 civilians', 'killed', 42, 'at-least', 'civilians'),
        C('An estimated 68,000 people have fled', 'displaced', 68000, 'approx', 'people'),
        C('Two humanitarian workers were briefly detained', 'detained', 2, 'exact', 'other'),
        C('42 civilians have been killed', 'killed', 42, 'exact', 'civilians', id='tot', tags='repeat'),
        C('nine of them children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('117 wounded', 'injured', 117, 'exact', 'civilians'),
        C('killing two patients', 'killed', 2, 'exact', 'people'),
        C('56 dead', 'killed', 56, 'exact', 'people', tags='contradicted'),
        C('at least 20 bodies', 'killed', 20, 'at-least', 'people'),
        C('killed about 70 Wazalendo fighters', 'killed', 70, 'approx', 'fighters'),
        C('lost five of their own', 'killed', 5, 'exact', 'fighters'),
        C('the 68,000 displaced people', 'displaced', 68000, 'exact', 'people', id='disp', tags='repeat'),
        C('about 23,000', 'displaced', 23000, 'approx', 'people', sub='disp'),
        C('about 40,000 displaced people', 'displaced', 40000, 'approx', 'people', id='old'),
        C('up to 15,000 of them have been displaced', 'displaced', 15000, 'at-most', 'people', sub='old'),
        C('the abduction of at least 12 young men', 'detained', 12, 'at-least', 'men'),
        C('88 wounded', 'injured', 88, 'exact', 'people', id='msf'),
        C('31 of them with gunshot wounds', 'injured', 31, 'exact', 'people', sub='msf'),
        C('Six of the wounded have since died', 'killed', 6, 'exact', 'people', sub='msf'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Local authorities in Masisi territory', 'official'),
        S('the hospital’s medical director', 'official', form='role'),
        S('Civil society organisations in Masisi', 'other'),
        S('The M23', 'military'),
        S('the Commission de Mouvement de Population (CMP)', 'ngo'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Protection partners', 'ngo'),
        S('Médecins Sans Frontières (MSF)', 'ngo'),
        S('MSF', 'ngo', nth=1),
        S('WFP', 'ngo'),
        S('Partners', 'ngo', nth=1),
    ],
    numbers=[
        N('No. 3', 'other'),
        N('18 February 2026', 'date'),
        N('M23', 'other', nth=0),
        N('11 February', 'date', nth=0),
        N('15 February', 'date'),
        N('11 February', 'date', nth=1),
        N('M23', 'other', nth=1),
        N('some 90 km', 'distance'),
        N('13 February', 'date'),
        N('M23', 'other', nth=2),
        N('14 collective sites', 'count-objects'),
        N('three camps', 'count-objects'),
        N('34 cases of gender-based violence', 'count-objects'),
        N('11 February', 'date', nth=2),
        N('Dozens of houses', 'count-objects'),
        N('11 February', 'date', nth=3),
        N('120 beds', 'count-objects'),
        N('12,400 people', 'count-people'),
        N('between 14 and 17 February', 'date'),
        N('45,000 people', 'count-people'),
        N('two emergency surgical kits', 'count-objects'),
        N('100 interventions', 'count-objects'),
        N('2026', 'year', nth=1),
        N('US$2.5 billion', 'money'),
        N('9 per cent', 'percentage'),
        N('$6.2 million', 'money'),
        N('three months', 'duration'),
    ])

# is07: a drone attack on the market of Tigyaing, Sagaing region, Myanmar, and other incidents (state
# media, Global New Light of Myanmar style, with a headline)
A['is07.txt'] = dict(
    casualty=[
        C('Five civilians killed', 'killed', 5, 'exact', 'civilians'),
        C('killing five innocent civilians', 'killed', 5, 'exact', 'civilians', tags='repeat'),
        C('injuring 14 others', 'injured', 14, 'exact', 'civilians', id='inj'),
        C('four women', 'injured', 4, 'exact', 'women', sub='inj'),
        C('two elderly men', 'injured', 2, 'exact', 'men', sub='inj'),
        C('three of the injured', 'injured', 3, 'exact', 'civilians', sub='inj'),
        C('killing eight terrorists', 'killed', 8, 'exact', 'fighters'),
        C('One police member sacrificed his life', 'killed', 1, 'exact', 'soldiers'),
        C('two others were injured', 'injured', 2, 'exact', 'soldiers'),
        C('detained seven persons', 'detained', 7, 'exact', 'people'),
        C('more than 30 villagers" were killed', 'killed', 30, 'at-least', 'civilians', tags='contradicted'),
        C('killed 73 civilians', 'killed', 73, 'exact', 'civilians'),
        C('wounded more than 120 others', 'injured', 120, 'at-least', 'civilians'),
        C('2,400 local people have had to leave their homes', 'displaced', 2400, 'exact', 'people'),
        C('the five victims', 'killed', 5, 'exact', 'civilians', tags='repeat'),
    ],
    sources=[
        S('the Tigyaing Township Administration Committee', 'official'),
        S('the committee', 'official', nth=0),
        S('the committee', 'official', nth=1),
        S('Township administrator U Kyaw Myo Htet', 'official', form='title-name'),
        S('the Tatmadaw True News Information Team', 'military'),
        S('the information team', 'military', nth=0),
        S('Exile media outlets', 'media'),
        S('the so-called NUG', 'official'),
        S('the information team', 'military', nth=1),
        S('the team', 'military', nth=0),
        S('the region government', 'official'),
        S('the team', 'military', nth=1),
    ],
    numbers=[
        N('7 March', 'date'),
        N('8.30 am', 'time'),
        N('5 March', 'date'),
        N('10-year-old', 'age'),
        N('three commercial drones', 'count-objects'),
        N('60mm', 'other'),
        N('two mines', 'count-objects'),
        N('more than 3,000 residents', 'population'),
        N('12 village-tracts', 'count-objects'),
        N('4 March', 'date'),
        N('about 40 terrorists', 'count-people'),
        N('six rifles', 'count-objects'),
        N('6 March', 'date', nth=0),
        N('2026', 'year'),
        N('K 5 million', 'money'),
        N('6 March', 'date', nth=1),
    ])

# is08: a suicide bombing at a militia meeting in Mahas, Hiraan region, Somalia (a broadsheet's own
# correspondent, with a byline instead of a dateline)
A['is08.txt'] = dict(
    casualty=[
        C('Twenty-six people are now known to have died', 'killed', 26, 'exact', 'people', id='tot',
          tags='update'),
        C('killed “more than 40 apostates”', 'killed', 40, 'at-least', 'people', tags='contradicted'),
        C('19 people had been killed outright', 'killed', 19, 'exact', 'people', sub='tot'),
        C('seven had died of their wounds', 'killed', 7, 'exact', 'people', sub='tot'),
        C('four commanders', 'killed', 4, 'exact', 'fighters', sub='tot'),
        C('Another 43 people were wounded', 'injured', 43, 'exact', 'people', id='inj'),
        C('about a dozen of them critically', 'injured', 12, 'approx', 'people', sub='inj'),
        C('more than 40 patients', 'injured', 40, 'at-least', 'people'),
        C('a toll of 18', 'killed', 18, 'exact', 'people'),
        C('at least 35 people died', 'killed', 35, 'at-least', 'people', tags='contradicted'),
        C('several others are missing', 'missing', None, 'vague', 'people'),
        C('lost two cousins', 'killed', 2, 'exact', 'people'),
        C('buried 11 people', 'killed', 11, 'exact', 'people'),
        C('arrested three suspects', 'detained', 3, 'exact', 'people'),
        C('12,000 people have fled', 'displaced', 12000, 'exact', 'people'),
        C('killed at least 21 people', 'killed', 21, 'at-least', 'people'),
    ],
    sources=[
        S('residents', 'witness'),
        S('Al-Shabaab', 'military'),
        S('Hassan Moalim Ali', 'official', form='name'),
        S('Dr Ruqiya Hashi', 'official', form='title-name'),
        S('Officials', 'official'),
        S('Elders from the Hawadle clan in Mahas', 'other'),
        S('Abdirisak Omar', 'witness', form='name'),
        S('Information Minister Ahmed Farah Jama', 'official', form='title-name'),
        S('Aid agencies', 'ngo'),
    ],
    numbers=[
        N('11am', 'time'),
        N('30 beds', 'count-objects'),
        N('one of three surgeons', 'count-people'),
        N('one cemetery', 'count-objects'),
        N('about 100km', 'distance'),
        N('several times', 'other'),
        N('2022', 'year'),
        N('dozens of towns', 'count-objects'),
        N('520,000', 'population'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
