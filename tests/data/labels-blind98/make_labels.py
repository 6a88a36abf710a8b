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

# ---------------------------------------------------------------- labels (blind set 98: dq01-dq08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('executed / neutralized / shoot dead / homicides / murders / buried',
     r'\bexecuted\b|\bneutralized\b|\bshoot dead\b|\bhomicides\b|\bmurders\b|\bburied\b'),
    ('injuries / beaten', r'\binjuries\b|\bbeaten\b'),
    ('captured / taken hostage / hostages / took / abducted',
     r'\bcaptured\b|\bhostages?\b|\btook\b|\babducted\b'),
    ('evacuated / crossed into / new arrivals / gone missing / disappeared / left their homes',
     r'\bevacuated\b|\bcrossed\b|\barrivals\b|\bgone missing\b|\bleave their homes\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/terrorists/attackers', r'\b(?:servicemen|terrorists|attackers)\b'),
    ('villagers/citizens/Palestinians/Israelis', r'\b(?:villagers|citizens|Palestinians|Israelis)\b'),
    ('families/households/relatives/cousins/brothers/boys/supporters/hostages',
     r'\b(?:families|households|relatives|cousins|brothers|boys|supporters|hostages)\b'),
    ('young men / men and boys', r'\b(?:young men|men and boys)\b'),
    ('colleagues/humanitarian worker', r'\b(?:colleagues|humanitarian worker)\b'),
]

# dq01: a Russian bombardment of Niu-York, Donetsk oblast, Ukraine (Reuters style, American spelling)
A['dq01.txt'] = dict(
    casualty=[
        C('killing at least nine civilians', 'killed', 9, 'at-least', 'civilians', id='tot'),
        C('wounding 23', 'injured', 23, 'exact', 'civilians', id='inj'),
        C('Two of the dead were teenage brothers', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Four of the wounded', 'injured', 4, 'exact', 'civilians', sub='inj'),
        C('the death toll to 11', 'killed', 11, 'exact', 'civilians', tags='update'),
        C('the toll to 12', 'killed', 12, 'exact', 'civilians', tags='update'),
        C('killed up to 120 Ukrainian servicemen', 'killed', 120, 'at-most', 'soldiers', tags='contradicted'),
        C('Three of our soldiers were killed', 'killed', 3, 'exact', 'soldiers', tags='contradicted'),
        C('seven wounded', 'injured', 7, 'exact', 'soldiers'),
        C('about 40 residents', 'displaced', 40, 'approx', 'civilians', id='ev'),
        C('six children', 'displaced', 6, 'exact', 'children', sub='ev'),
        C('the deaths of more than 12,000 civilians', 'killed', 12000, 'at-least', 'civilians'),
    ],
    sources=[
        S('Ukrainian officials', 'official'),
        S('Moscow', 'official'),
        S('Vadym Kostenko', 'official', form='name'),
        S('Police in the Donetsk region', 'official'),
        S('police', 'official'),
        S("Ukraine's General Staff", 'military'),
        S("Russia's Defense Ministry", 'military'),
        S('Lieutenant Colonel Andriy Hrytsenko', 'military', form='title-name'),
        S('Kostenko', 'official', nth=1, form='name'),
        S('Olha Marchenko', 'witness', form='name'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('about 10,000 people', 'population'),
        N('fewer than 900 residents', 'population'),
        N('3 km', 'distance'),
        N('2 miles', 'distance'),
        N('19th century', 'year'),
        N('two-story', 'other'),
        N('67-year-old', 'age'),
        N('14 Russian assaults', 'count-objects'),
        N('several streets', 'count-objects'),
        N('24 hours', 'duration'),
        N('more than 700 people', 'count-people'),
        N('a family of five', 'count-people'),
        N('52', 'age'),
        N('February 2022', 'date'),
    ])

# dq02: an air strike on a monastery in Depayin township, Sagaing Region, Myanmar (AFP style)
A['dq02.txt'] = dict(
    casualty=[
        C('At least 27 people', 'killed', 27, 'at-least', 'people', id='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('about 300 people who had fled', 'displaced', 300, 'approx', 'people'),
        C('19 bodies', 'killed', 19, 'exact', 'people'),
        C('Seven more died', 'killed', 7, 'exact', 'people'),
        C('between 40 and 50 people had been wounded', 'injured', None, 'range', 'people', low=40, high=50, id='inj'),
        C('at least a dozen of the wounded', 'injured', 12, 'at-least', 'people', sub='inj'),
        C('the death toll had risen to 31', 'killed', 31, 'exact', 'people', id='upd', tags='update'),
        C('13 children', 'killed', 13, 'exact', 'children', sub='upd'),
        C('several people were still missing', 'missing', None, 'vague', 'people'),
        C('at least 400 villagers had fled', 'displaced', 400, 'at-least', 'civilians'),
        C('killing 32 “terrorists”', 'killed', 32, 'exact', 'fighters', tags='contradicted'),
        C('dozens of her supporters were killed', 'killed', None, 'vague', 'people'),
        C('more than 3.5 million people have been displaced', 'displaced', 3500000, 'at-least', 'people',
          id='idp'),
        C('about 1.2 million of them', 'displaced', 1200000, 'approx', 'people', sub='idp'),
        C('killed more than 6,000 civilians', 'killed', 6000, 'at-least', 'civilians'),
        C('arrested upwards of 28,000 people', 'detained', 28000, 'at-least', 'people'),
    ],
    sources=[
        S('a local resistance official', 'anonymous'),
        S('residents', 'witness'),
        S('Ko Thura', 'military', form='name'),
        S('Another resident', 'anonymous'),
        S('the shadow National Unity Government (NUG)', 'official'),
        S('Residents', 'witness'),
        S('Myanmar’s junta', 'military'),
        S('Its information team', 'military'),
        S('the state-run Global New Light of Myanmar', 'media'),
        S('The United Nations', 'ngo'),
        S('The Assistance Association for Political Prisoners', 'ngo'),
    ],
    numbers=[
        N('about 25 kilometres', 'distance'),
        N('2:00 pm', 'time'),
        N('0730 GMT', 'time'),
        N('two nurses', 'count-people'),
        N('February 2021', 'date'),
        N('2003', 'year'),
    ])

# dq03: a settler attack on Qusra near Nablus, occupied West Bank (Palestinian state media, WAFA style)
A['dq03.txt'] = dict(
    casualty=[
        C('more than 20 others were injured', 'injured', 20, 'at-least', 'people'),
        C('23 injuries', 'injured', 23, 'exact', 'people', id='prcs'),
        C('four injured', 'injured', 4, 'exact', 'people', sub='prcs'),
        C('six beaten', 'injured', 6, 'exact', 'people', sub='prcs'),
        C('13', 'injured', 13, 'exact', 'people', sub='prcs'),
        C('Three of the injured', 'injured', 3, 'exact', 'people', id='hosp', sub='prcs'),
        C('one of them', 'injured', 1, 'exact', 'people', sub='hosp'),
        C('detained five young men', 'detained', 5, 'exact', 'men', id='det'),
        C('Two of my cousins were beaten', 'injured', 2, 'exact', 'people'),
        C('two Israelis were lightly hurt', 'injured', 2, 'exact', 'people'),
        C('four Palestinian suspects had been arrested', 'detained', 4, 'exact', 'people', tags='contradicted'),
        C('killed more than 1,000 Palestinians', 'killed', 1000, 'at-least', 'people', id='wb'),
        C('over 200 children', 'killed', 200, 'at-least', 'children', sub='wb'),
        C('roughly 30 Bedouin families', 'displaced', 30, 'approx', 'people'),
    ],
    sources=[
        S('The Ministry of Health', 'official'),
        S('The Palestine Red Crescent Society', 'ngo'),
        S('the society', 'ngo'),
        S('Head of the Qusra village council, Hani Odeh', 'official', form='title-name'),
        S('Eyewitness Ahmad Hassan', 'witness', form='title-name'),
        S('the Israeli army', 'military'),
        S('The Colonization and Wall Resistance Commission', 'official'),
        S('The Commission', 'official'),
    ],
    numbers=[
        N('October 14, 2025', 'date'),
        N('19', 'age'),
        N('more than 50 colonists', 'count-people'),
        N('three homes', 'count-objects'),
        N('seven vehicles', 'count-objects'),
        N('around 120 olive trees', 'count-objects'),
        N('16', 'age'),
        N('8 in the morning', 'time'),
        N('dozens of Palestinians', 'count-people'),
        N('412 attacks', 'count-objects'),
        N('October 2023', 'date'),
        N('about 7,000 citizens', 'population'),
    ])

# dq04: a UN OCHA flash update on attacks in Foro Baranga, West Darfur, Sudan
A['dq04.txt'] = dict(
    casualty=[
        C('At least 48 civilians have been killed', 'killed', 48, 'at-least', 'civilians'),
        C('more than 110 injured', 'injured', 110, 'at-least', 'civilians'),
        C('An estimated 19,000 people have been displaced', 'displaced', 19000, 'approx', 'people', id='idp'),
        C('some 6,500 who have crossed into Chad', 'displaced', 6500, 'approx', 'people', sub='idp'),
        C('One humanitarian worker was killed', 'killed', 1, 'exact', 'other'),
        C('two others remain unaccounted for', 'missing', 2, 'exact', 'other'),
        C('48 civilians were killed', 'killed', 48, 'exact', 'civilians', id='tot', tags='repeat'),
        C('9 women', 'killed', 9, 'exact', 'women', sub='tot'),
        C('14 children', 'killed', 14, 'exact', 'children', sub='tot'),
        C('more than 110 people were injured', 'injured', 110, 'at-least', 'people', tags='repeat'),
        C('the number of dead at 70-80', 'killed', None, 'range', 'civilians', low=70, high=80, tags='contradicted'),
        C('as many as 40 men and boys had been abducted', 'detained', 40, 'at-most', 'men'),
        C('buried 37 bodies', 'killed', 37, 'exact', 'people'),
        C('23 injured people were evacuated', 'injured', 23, 'exact', 'people'),
        C('two colleagues are still missing', 'missing', 2, 'exact', 'other', tags='repeat'),
        C('19,000 people', 'displaced', 19000, 'exact', 'people', nth=1, tags='repeat'),
        C('approximately 3,800 households', 'displaced', 3800, 'approx', 'people'),
        C('some 6,500 new arrivals', 'displaced', 6500, 'approx', 'people', tags='repeat'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('health partners', 'ngo'),
        S('Local authorities', 'official'),
        S('Community leaders', 'other'),
        S('The leaders', 'other'),
        S('The Sudanese Red Crescent Society', 'ngo'),
        S('the organisation', 'ngo'),
        S('The International Organization for Migration’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('The UN Refugee Agency (UNHCR)', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 August 2025', 'date'),
        N('14 August', 'date'),
        N('14 August', 'date', nth=1),
        N('about 200 km', 'distance'),
        N('at least 12 surrounding villages', 'count-objects'),
        N('two days', 'duration'),
        N('15 August', 'date'),
        N('14 August', 'date', nth=2),
        N('85 per cent', 'percentage'),
        N('15 August', 'date', nth=1),
        N('1,200 households', 'count-people'),
        N('3 water points', 'count-objects'),
        N('640 consultations', 'count-objects'),
        N('16 August', 'date'),
        N('17 August', 'date'),
        N('2025', 'year', nth=1),
        N('US$4.16 billion', 'money'),
        N('23 per cent', 'percentage'),
    ])

# dq05: a rights group's statement on reprisal killings in Koloko, Kénédougou, Burkina Faso (NGO style)
A['dq05.txt'] = dict(
    casualty=[
        C('Killed Dozens of Villagers', 'killed', None, 'vague', 'civilians'),
        C('executed at least 38 ethnic Fulani civilians', 'killed', 38, 'at-least', 'civilians', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('11 soldiers dead', 'killed', 11, 'exact', 'soldiers'),
        C('lost three relatives', 'killed', 3, 'exact', 'people'),
        C('21 bodies', 'killed', 21, 'exact', 'people'),
        C('shoot dead eight or nine people', 'killed', None, 'range', 'people', low=8, high=9, id='n9'),
        C('two boys', 'killed', 2, 'exact', 'children', sub='n9'),
        C('detained at least 13 men', 'detained', 13, 'at-least', 'men'),
        C('fewer than 10 civilians had died', 'killed', 10, 'at-most', 'civilians', tags='contradicted'),
        C('neutralized more than 50 terrorists', 'killed', 50, 'at-least', 'fighters', tags='contradicted'),
        C('killed 27 soldiers', 'killed', 27, 'exact', 'soldiers', tags='contradicted'),
        C('captured four', 'detained', 4, 'exact', 'soldiers'),
        C('more than 4,000 people', 'displaced', 4000, 'at-least', 'people'),
        C('over 2 million people are internally displaced', 'displaced', 2000000, 'at-least', 'people'),
        C('more than 600 civilians were killed', 'killed', 600, 'at-least', 'civilians'),
    ],
    sources=[
        S('the Sahel Human Rights Observatory', 'ngo'),
        S('the government', 'official'),
        S('The Observatory', 'ngo', nth=0),
        S('a 54-year-old herder', 'witness', form='role'),
        S('Witnesses', 'witness'),
        S('A trader', 'witness', form='role'),
        S('Relatives', 'witness'),
        S('the sister of one of the men', 'witness', form='role'),
        S('the armed forces', 'military'),
        S('Government spokesman Rasmané Kaboré', 'official', form='title-name'),
        S('Jama’at Nusrat al-Islam wal-Muslimin (JNIM)', 'military'),
        S('local aid workers', 'ngo'),
        S('The UN', 'ngo'),
        S('Aïssata Diallo', 'ngo', form='name'),
        S('The Observatory', 'ngo', nth=1),
    ],
    numbers=[
        N('March 3, 2026', 'date'),
        N('February 9 and 10, 2026', 'date'),
        N('26 people', 'count-people'),
        N('17 witnesses', 'count-people'),
        N('at least 140 structures', 'count-objects'),
        N('two Fulani neighborhoods', 'count-objects'),
        N('one by one', 'other'),
        N('54-year-old', 'age'),
        N('dozens of members', 'count-people'),
        N('45', 'age'),
        N('aged about 15', 'age'),
        N('February 10', 'date'),
        N('one of the men', 'other'),
        N('February 12', 'date'),
        N('at least nine other mass killings', 'count-objects'),
        N('2023', 'year'),
    ])

# dq06: a shooting at a bar in Guaymas, Sonora, Mexico (dpa style, one sentence a paragraph)
A['dq06.txt'] = dict(
    casualty=[
        C('killing 12 people', 'killed', 12, 'exact', 'people', id='tot'),
        C('wounding at least seven', 'injured', 7, 'at-least', 'people'),
        C('Ten of the victims died', 'killed', 10, 'exact', 'people', sub='tot'),
        C('two more died', 'killed', 2, 'exact', 'people', sub='tot'),
        C('three women', 'killed', 3, 'exact', 'women', sub='tot'),
        C('the number of injured to nine', 'injured', 9, 'exact', 'people', id='inj', tags='update'),
        C('two of them', 'injured', 2, 'exact', 'people', sub='inj'),
        C('11 wounded people', 'injured', 11, 'exact', 'people', tags='contradicted'),
        C('detained three suspects', 'detained', 3, 'exact', 'people'),
        C('187 homicides', 'killed', 187, 'exact', 'people'),
        C('the bodies of 14 men', 'killed', 14, 'exact', 'men'),
        C('400 to 500 people have gone missing', 'missing', None, 'range', 'people', low=400, high=500),
        C('Dozens of families have fled', 'displaced', None, 'vague', 'people'),
        C('more than 450,000 murders', 'killed', 450000, 'at-least', 'people'),
    ],
    sources=[
        S('state authorities', 'official'),
        S("the Sonora state prosecutor's office", 'official'),
        S("the prosecutor's office", 'official', nth=0),
        S('the statement', 'official'),
        S('State Security Secretary Víctor Manuel Ramírez', 'official', form='title-name'),
        S('Ramírez', 'official', nth=1, form='name'),
        S('A waitress', 'witness', form='role'),
        S("the prosecutor's office", 'official', nth=1),
        S('The Mexican Red Cross in Guaymas', 'ngo'),
        S('Ramírez', 'official', nth=2, form='name'),
        S('The federal Security Ministry', 'official'),
        S('the national statistics institute INEGI', 'official'),
        S("the prosecutor's office", 'official', nth=3),
        S('Local search collectives', 'other'),
        S("the community's traditional authorities", 'official'),
        S('official figures', 'official', form='document'),
    ],
    numbers=[
        N('1 am', 'time'),
        N('0800 GMT', 'time'),
        N('about 60 customers', 'count-people'),
        N('16-year-old', 'age'),
        N('at least five men', 'count-people'),
        N('two pickup trucks', 'count-objects'),
        N('more than 100 shell casings', 'count-objects'),
        N('about 135 kilometres', 'distance'),
        N('four rifles', 'count-objects'),
        N('300 additional soldiers and National Guard troops', 'count-people'),
        N('more than 120 per 100,000 inhabitants', 'other'),
        N('2021', 'year'),
        N('December 2006', 'date'),
    ])

# dq07: a missile from Yemen hits Ofakim, southern Israel (a broadcaster's web report, British spelling)
A['dq07.txt'] = dict(
    casualty=[
        C('Two killed', 'killed', 2, 'exact', 'people'),
        C('19 people injured', 'injured', 19, 'exact', 'people', id='inj'),
        C('the two victims', 'killed', 2, 'exact', 'people', tags='repeat'),
        C('11 of the wounded', 'injured', 11, 'exact', 'people', id='sor', sub='inj'),
        C('three children', 'injured', 3, 'exact', 'children', sub='sor'),
        C('the number of injured at 23', 'injured', 23, 'exact', 'people', tags='contradicted'),
        C('about 30 families', 'displaced', 30, 'approx', 'people'),
        C('three people were killed', 'killed', 3, 'exact', 'people'),
        C('almost 90 injured', 'injured', 90, 'at-most', 'people'),
        C('killed more than 50 people', 'killed', 50, 'at-least', 'people'),
        C('about 1,200 people were killed', 'killed', 1200, 'approx', 'people'),
        C('251 taken hostage', 'detained', 251, 'exact', 'people'),
        C('more than 68,000 people have been killed', 'killed', 68000, 'at-least', 'people'),
    ],
    sources=[
        S('Israel’s emergency services', 'official'),
        S('Magen David Adom (MDA)', 'official'),
        S('MDA', 'official', nth=1),
        S('Soroka Medical Center in Beersheba', 'official'),
        S('Israel’s Kan public broadcaster', 'media'),
        S('The Israeli military', 'military'),
        S('Ofakim resident Miriam Levi', 'witness', form='title-name'),
        S('Ofakim’s mayor, Yossi Ben-Hamo', 'official', form='title-name'),
        S('A Houthi military spokesman', 'military', form='role'),
        S('The Houthi-run health ministry', 'official'),
        S('The Israeli military', 'military', nth=1),
        S('Israeli tallies', 'official', form='document'),
        S('The Hamas-run health ministry in Gaza', 'official'),
    ],
    numbers=[
        N('aged 71 and 68', 'age'),
        N('four people', 'count-people'),
        N('40-year-old', 'age'),
        N('about 20km', 'distance'),
        N('12 miles', 'distance'),
        N('05:30', 'time'),
        N('02:30 GMT', 'time'),
        N('hundreds of thousands of people', 'count-people'),
        N('several interceptors', 'count-objects'),
        N('58', 'age'),
        N('at least 12 flats', 'count-objects'),
        N('7 October 2023', 'date'),
    ])

# dq08: a raid on a fishing village near Banalia, Tshopo, DR Congo (a newspaper's own correspondent)
A['dq08.txt'] = dict(
    casualty=[
        C('46 people with machete and gunshot wounds', 'injured', 46, 'exact', 'people'),
        C('killed at least 31 villagers', 'killed', 31, 'at-least', 'civilians'),
        C('buried 38 people', 'killed', 38, 'exact', 'people', id='bol', tags='contradicted'),
        C('12 children', 'killed', 12, 'exact', 'children', sub='bol'),
        C('17 people were still missing', 'missing', 17, 'exact', 'people'),
        C('killed nine of the attackers', 'killed', 9, 'exact', 'fighters'),
        C('freed 23 hostages', 'detained', 23, 'exact', 'people'),
        C('Two soldiers were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('Twenty-two civilians lost their lives', 'killed', 22, 'exact', 'civilians', tags='contradicted'),
        C('took five or six men', 'detained', None, 'range', 'men', low=5, high=6),
        C('more than 5,000 people had fled', 'displaced', 5000, 'at-least', 'people', id='idp'),
        C('Around 1,800', 'displaced', 1800, 'approx', 'people', sub='idp'),
        C('nearly 900 displaced people', 'displaced', 900, 'at-most', 'people'),
        C('hundreds of families who fled', 'displaced', None, 'vague', 'people'),
        C('killed more than 400 civilians', 'killed', 400, 'at-least', 'civilians'),
        C('killed thousands of civilians', 'killed', None, 'vague', 'civilians'),
    ],
    sources=[
        S('its director, Dr. Emmanuel Likoko', 'official', form='title-name'),
        S('local officials', 'official'),
        S('The territory’s administrator, Jean-Pierre Bolamba', 'official', form='title-name'),
        S('Lt. Col. Patrick Ebonga', 'military', form='title-name'),
        S('Dieudonné Asani', 'witness', form='name'),
        S('The local Red Cross committee', 'ngo'),
        S('the committee', 'ngo'),
        S('Father Marcel Lokuli', 'other', form='title-name'),
        S('The United Nations peacekeeping mission, MONUSCO', 'military'),
    ],
    numbers=[
        N('about 2,000 people', 'population'),
        N('some 40 miles', 'distance'),
        N('34', 'age'),
        N('roughly 30,000', 'population'),
        N('about 75 miles', 'distance'),
        N('three decades', 'duration'),
        N('the past three months', 'duration'),
        N('1990s', 'year'),
        N('2019', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
