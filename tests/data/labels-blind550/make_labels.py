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

# ---------------------------------------------------------------- labels (blind set 550: sd01-sd08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / buried / found dead / lost … men / fatal toll words',
     r'\bmartyred\b|\bburied\b|\bfound dead\b|\blost\b|\bkills\b'),
    ('captured / taken / hostage / arrests', r'\bcaptured\b|\btaken\b|\bhostage\b|\barrests\b'),
    ('sought shelter / left the camp / cannot find', r'\bsought shelter\b|\bleft the camp\b|\bcannot find\b'),
    ('treated … for wounds', r'\bwounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('policemen/police officers/Marines/American soldiers', r'\b(?:policemen|Marines?|American soldiers)\b'),
    ('gunmen/militiamen/members/leaders/anti-Iraqi forces',
     r'\b(?:gunmen|militiamen|members|leaders|forces)\b'),
    ('citizens/pilgrims/neighbors/families/persons/Iranians/rafidha/apostates',
     r'\b(?:citizens|pilgrims|neighbors|families|persons|Iranians|rafidha|apostates)\b'),
    ('boys/grandsons/sons', r'\b(?:boys|grandsons|sons)\b'),
]

# sd01: US troops against Mahdi Army militiamen around the main mosque of Kufa, April 2004 (AFP style,
# one sentence a paragraph)
A['sd01.txt'] = dict(
    casualty=[
        C('At least 34 people were killed', 'killed', 34, 'at-least', 'people', id='tot'),
        C('more than 120 wounded', 'injured', 120, 'at-least', 'people', id='inj'),
        C('six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('29 bodies', 'killed', 29, 'exact', 'people', sub='tot'),
        C('17 of the wounded', 'injured', 17, 'exact', 'people', sub='inj'),
        C('killed “more than 40 anti-Iraqi forces”', 'killed', 40, 'at-least', 'fighters'),
        C('two American soldiers were killed', 'killed', 2, 'exact', 'soldiers'),
        C('five wounded', 'injured', 5, 'exact', 'soldiers'),
        C('11 of its fighters had been killed', 'killed', 11, 'exact', 'fighters', tags='contradicted'),
        C('detained 23 suspected militiamen', 'detained', 23, 'exact', 'fighters', id='det'),
        C('two Iranians', 'detained', 2, 'exact', 'people', sub='det'),
        C('up to six policemen had also been wounded', 'injured', 6, 'at-most', 'soldiers'),
        C('the toll from the Kufa fighting to 41 dead', 'killed', 41, 'exact', 'people', id='upd',
          tags='update'),
        C('162 wounded', 'injured', 162, 'exact', 'people', id='upw', tags='update'),
        C('several of the injured had died', 'killed', None, 'vague', 'people', sub='inj'),
        C('eight of the dead were policemen', 'killed', 8, 'exact', 'soldiers', sub='upd'),
        C('14 women', 'injured', 14, 'exact', 'women', sub='upw'),
        C('Thousands of residents fled', 'displaced', None, 'vague', 'civilians'),
        C('as many as 2,500 families had sought shelter', 'displaced', 2500, 'at-most', 'people'),
    ],
    sources=[
        S('hospital officials', 'official'),
        S('Dr Haidar al-Jaburi', 'official', form='title-name'),
        S('al-Jaburi', 'official', nth=1, form='name'),
        S('The US military', 'military'),
        S('A Mahdi Army spokesman, Sheikh Qais al-Mansuri', 'military', form='title-name'),
        S('Witnesses', 'witness'),
        S('Abbas Kadhim', 'witness', form='name'),
        S('Iraqi police', 'official'),
        S('A police officer', 'anonymous'),
        S('the health ministry in Baghdad', 'official'),
        S('A ministry official, Qassem Hashem', 'official', form='name'),
        S('the UN refugee agency UNHCR', 'ngo'),
        S('Coalition officials', 'official'),
    ],
    numbers=[
        N('at least three buildings', 'count-objects'),
        N('four hours', 'duration'),
        N('38', 'age'),
        N('about 10 kilometres', 'distance'),
        N('two days', 'duration'),
        N('one of his aides', 'other'),
        N('2003', 'year'),
        N('around 1,500', 'count-people'),
        N('some 300 Iraqi police and civil defence troops', 'count-people'),
        N('April 4', 'date'),
    ])

# sd02: fighting among the tombs of Wadi al-Salam cemetery, Najaf, August 2004 (Reuters style)
A['sd02.txt'] = dict(
    casualty=[
        C('at least 19 civilians had been killed', 'killed', 19, 'at-least', 'civilians', id='civ'),
        C('85 wounded', 'injured', 85, 'exact', 'civilians', id='w'),
        C('killed "dozens of militia fighters"', 'killed', None, 'vague', 'fighters'),
        C('One Marine was killed', 'killed', 1, 'exact', 'soldiers'),
        C('three were wounded', 'injured', 3, 'exact', 'soldiers'),
        C('seven Mahdi Army fighters had died', 'killed', 7, 'exact', 'fighters', tags='contradicted'),
        C('12 pilgrims', 'killed', 12, 'exact', 'people'),
        C('seven of the dead civilians were women', 'killed', 7, 'exact', 'women', sub='civ'),
        C('four were children', 'killed', 4, 'exact', 'children', sub='civ'),
        C('23 of the wounded', 'injured', 23, 'exact', 'civilians', sub='w'),
        C('arrested 61 suspected militiamen', 'detained', 61, 'exact', 'fighters', id='arr'),
        C('nine Iranians', 'detained', 9, 'exact', 'people', sub='arr'),
        C('at least 300 families had fled', 'displaced', 300, 'at-least', 'people'),
        C('four or five neighbors', 'killed', None, 'range', 'civilians', low=4, high=5),
        C('the toll at 156 dead', 'killed', 156, 'exact', 'people'),
        C('over 500 wounded', 'injured', 500, 'at-least', 'people'),
        C('the civilian death toll for the day had risen to 26', 'killed', 26, 'exact', 'civilians',
          tags='update'),
        C('seven bodies were pulled', 'killed', 7, 'exact', 'people'),
    ],
    sources=[
        S('hospital officials', 'official'),
        S('The U.S. military', 'military'),
        S('a Marine spokesman, Captain Daniel Herrera', 'military', form='title-name'),
        S("A spokesman for Sadr's office in Najaf, Ahmed al-Shaibani", 'military', form='name'),
        S('Dr. Falah al-Mahani', 'official', form='title-name'),
        S("Iraq's Interior Ministry", 'official'),
        S("Sadr's aides", 'military'),
        S('Residents', 'witness'),
        S('Karim Abd al-Hussein', 'witness', form='name'),
        S("Iraq's Health Ministry", 'official'),
        S('A hospital doctor', 'anonymous'),
        S('hotel owners', 'witness'),
    ],
    numbers=[
        N('almost two weeks', 'duration'),
        N('40 beds', 'count-objects'),
        N('48 hours', 'duration'),
        N('about 10 km', 'distance'),
        N('6 miles', 'distance'),
        N('200 meters', 'distance'),
        N('45-year-old', 'age'),
        N('Aug. 5', 'date'),
        N('eight-member delegation', 'count-people'),
        N('one day', 'duration'),
        N('tens of thousands of Iranian and Pakistani pilgrims', 'count-people'),
        N('90 percent', 'percentage'),
        N("130 hotels", 'count-objects'),
    ])

# sd03: an attack on the district police directorate in Hindiya, Karbala province, October 2007
# (state media, the government news agency's voice: martyred, terrorists, fabricated reports denied)
A['sd03.txt'] = dict(
    casualty=[
        C('killing 16 terrorists', 'killed', 16, 'exact', 'fighters'),
        C('wounding a number of others', 'injured', None, 'vague', 'fighters'),
        C('arresting 38', 'detained', 38, 'exact', 'fighters', id='arr'),
        C('4 policemen were martyred', 'killed', 4, 'exact', 'soldiers'),
        C('9 others were wounded', 'injured', 9, 'exact', 'soldiers'),
        C('6 of the arrested terrorists', 'detained', 6, 'exact', 'fighters', sub='arr'),
        C('taken 11 citizens hostage', 'detained', 11, 'exact', 'civilians', id='hos'),
        C('one elderly man', 'killed', 1, 'exact', 'men', sub='hos'),
        C("the number of civilians martyred by the gang's fire had risen to 7", 'killed', 7, 'exact',
          'civilians', id='civ', tags='update'),
        C('2 women', 'killed', 2, 'exact', 'women', sub='civ'),
        C('23 citizens were wounded', 'injured', 23, 'exact', 'civilians', id='w'),
        C('3 of the wounded', 'injured', 3, 'exact', 'civilians', sub='w'),
        C('killed more than 50 people', 'killed', 50, 'at-least', 'people', tags='contradicted'),
        C('dozens of families who had fled', 'displaced', None, 'vague', 'people'),
        C('112 wanted persons', 'detained', 112, 'exact', 'people', id='a112'),
        C('14 leaders of terrorist gangs', 'detained', 14, 'exact', 'fighters', sub='a112'),
        C('3 policemen martyred', 'killed', 3, 'exact', 'soldiers'),
    ],
    sources=[
        S('the Karbala Operations Command', 'military'),
        S('The Command', 'military'),
        S('The statement', 'military', form='document'),
        S('Karbala Governor Hamid al-Musawi', 'official', form='title-name'),
        S('The Governor', 'official', form='role'),
        S('A medical source', 'anonymous'),
        S('Interior Ministry spokesman Brigadier General Saad Mutlak', 'official', form='title-name'),
        S('some satellite channels', 'media'),
        S('Citizens in Hindiya', 'witness'),
        S('The Karbala Operations Command', 'military'),
        S("the Prime Minister's media office", 'official'),
    ],
    numbers=[
        N('14 October', 'date'),
        N('nearly three hours', 'duration'),
        N('27 rifles', 'count-objects'),
        N('5 rocket launchers', 'count-objects'),
        N('400 kilograms', 'quantity'),
        N('300 members of the Emergency Police', 'count-people'),
        N('48 hours', 'duration'),
        N('5-member committee', 'count-people'),
        N('1 million dinars', 'money'),
        N('25 km', 'distance'),
    ])

# sd04: killings, arrests and disappearances at a camp for displaced families in Haidariya, north of
# Najaf, June 2007 (NGO statement with demands and notes to editors)
A['sd04.txt'] = dict(
    casualty=[
        C('At least nine displaced people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('27 others injured', 'injured', 27, 'exact', 'people', id='inj'),
        C('detained at least 46 men', 'detained', 46, 'at-least', 'men', id='det'),
        C('19 of whom', 'missing', 19, 'exact', 'men', sub='det'),
        C('two sons were among those taken', 'detained', 2, 'exact', 'men', sub='det'),
        C('some 4,200 people who fled', 'displaced', 4200, 'approx', 'people'),
        C('six gunmen had been killed', 'killed', 6, 'exact', 'fighters', tags='contradicted'),
        C('20 suspects had been arrested', 'detained', 20, 'exact', 'people', tags='contradicted'),
        C('the nine people killed', 'killed', 9, 'exact', 'people', tags='repeat'),
        C('four of the injured', 'injured', 4, 'exact', 'people', sub='inj'),
        C('treated 34 people for gunshot and shrapnel wounds', 'injured', 34, 'exact', 'people', id='rc',
          tags='contradicted'),
        C('11 of them women', 'injured', 11, 'exact', 'women', sub='rc'),
        C('between 500 and 600 residents have left the camp', 'displaced', None, 'range', 'civilians', low=500, high=600),
        C('the 19 missing men', 'missing', 19, 'exact', 'men', tags='repeat'),
        C('the killing of nine camp residents', 'killed', 9, 'exact', 'civilians', tags='repeat'),
        C('the 4,200 displaced people', 'displaced', 4200, 'exact', 'people', tags='repeat'),
        C('upwards of 51,000 displaced persons', 'displaced', 51000, 'at-least', 'people'),
    ],
    sources=[
        S('the Mesopotamia Rights Centre (MRC)', 'ngo'),
        S('camp residents', 'witness'),
        S('Umm Hussein', 'witness', form='name'),
        S('The Najaf provincial council', 'official'),
        S('MRC', 'ngo', nth=2),
        S('The Iraqi Red Crescent', 'ngo'),
        S('the Red Crescent', 'ngo'),
        S('Layla Hassan', 'ngo', form='name'),
        S('A police officer in Najaf', 'anonymous'),
        S('the International Organization for Migration (IOM)', 'ngo'),
    ],
    numbers=[
        N('12 June 2007', 'date'),
        N('9 June', 'date'),
        N('31 camp residents', 'count-people'),
        N('over 15', 'age'),
        N('52', 'age'),
        N('2006', 'year'),
        N('12 kilometres', 'distance'),
        N('10 June', 'date'),
        N('70-year-old', 'age'),
        N('a week or two', 'duration'),
        N('9 June', 'date', nth=1),
        N('2004', 'year'),
        N('February 2006', 'date'),
        N('one of the largest host provinces', 'other'),
        N('between 10 and 14 June', 'date'),
    ])

# sd05: clashes at the shrines of Karbala and in Husseiniya during the Shaabaniya pilgrimage, August 2007
# (UN OCHA flash update: highlights, overview, displacement by site, health, protection, response,
# funding)
A['sd05.txt'] = dict(
    casualty=[
        C('At least 47 people killed', 'killed', 47, 'at-least', 'people'),
        C('more than 260 injured', 'injured', 260, 'at-least', 'people'),
        C('An estimated 3,400 families displaced', 'displaced', 3400, 'approx', 'people'),
        C('the death toll stands at 47', 'killed', 47, 'exact', 'people', id='dt', tags='repeat'),
        C('9 policemen', 'killed', 9, 'exact', 'soldiers', sub='dt'),
        C('4 women', 'killed', 4, 'exact', 'women', sub='dt'),
        C('263 people injured', 'injured', 263, 'exact', 'people', id='inj', tags='repeat'),
        C('31 of them', 'injured', 31, 'exact', 'people', sub='inj'),
        C('218 people have been arrested', 'detained', 218, 'exact', 'people'),
        C('at least 40 others are missing', 'missing', 40, 'at-least', 'people', id='miss'),
        C('an estimated 3,400 families fled', 'displaced', 3400, 'approx', 'people', id='dis', tags='repeat'),
        C('1,150 families', 'displaced', 1150, 'exact', 'people', sub='dis'),
        C('900 families', 'displaced', 900, 'exact', 'people', sub='dis'),
        C('650 families', 'displaced', 650, 'exact', 'people', sub='dis'),
        C('400 families', 'displaced', 400, 'exact', 'people', nth=2, sub='dis'),
        C('around 300 families', 'displaced', 300, 'approx', 'people', sub='dis'),
        C('180 of the injured', 'injured', 180, 'exact', 'people', sub='inj'),
        C('14 of the missing have since been found dead', 'killed', 14, 'exact', 'people', sub='miss'),
        C('25–30 men', 'detained', None, 'range', 'men', low=25, high=30),
    ],
    sources=[
        S('the Karbala Health Directorate', 'official'),
        S('The Directorate', 'official'),
        S('The Ministry of Interior', 'official'),
        S('Local sources', 'anonymous'),
        S('IOM monitors', 'ngo'),
        S('the Karbala Governorate', 'official'),
        S('Al-Husseini General Hospital', 'official'),
        S('Protection partners', 'ngo'),
        S('The Ministry of Human Rights', 'official'),
        S('UNHCR', 'ngo'),
        S('The Iraqi Red Crescent Society (IRCS)', 'ngo'),
    ],
    numbers=[
        N('Flash Update No. 1', 'other'),
        N('30 August 2007', 'date'),
        N('28–29 August', 'date'),
        N('four sites', 'count-objects'),
        N('30 August', 'date', nth=1),
        N('an estimated 60,000 residents', 'population'),
        N('28 August', 'date'),
        N('hundreds of thousands of pilgrims', 'count-people'),
        N('10 km', 'distance'),
        N('12 ambulances', 'count-objects'),
        N('between 28 and 30 August', 'date'),
        N('some 120 families', 'count-people'),
        N('29 August', 'date', nth=1),
        N('63 complaints', 'count-objects'),
        N('35 per cent', 'percentage'),
        N('2,500 family food rations', 'count-objects'),
        N('1,200 tents', 'count-objects'),
        N('2007', 'year', nth=1),
        N('22 per cent', 'percentage'),
        N('US$1.5 million', 'money'),
    ])

# sd06: a car bomb at the Thursday market of Mishkhab, Najaf province, November 2006 (a broadcaster's
# website: headline, timestamp and byline)
A['sd06.txt'] = dict(
    casualty=[
        C('kills dozens', 'killed', None, 'vague', 'people'),
        C('killing at least 31 people', 'killed', 31, 'at-least', 'people', id='tot'),
        C('two policemen', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('injuring more than 70', 'injured', 70, 'at-least', 'people', id='inj'),
        C('24 bodies', 'killed', 24, 'exact', 'people', id='b'),
        C('several of them burned beyond recognition', 'killed', None, 'vague', 'people', sub='b'),
        C('12 of the injured were children', 'injured', 12, 'exact', 'children', sub='inj'),
        C('the death toll had risen to 38', 'killed', 38, 'exact', 'people', tags='update'),
        C('91 wounded', 'injured', 91, 'exact', 'people', tags='update'),
        C('arrested four men', 'detained', 4, 'exact', 'men'),
        C('killed "more than 100 rafidha"', 'killed', 100, 'at-least', 'people', tags='contradicted'),
        C('his two boys', 'missing', 2, 'exact', 'children'),
        C('nearly 1,700 displaced families', 'displaced', 1700, 'at-most', 'people'),
        C('about a dozen people were wounded', 'injured', 12, 'approx', 'people'),
        C('more than 3,000 civilians were killed', 'killed', 3000, 'at-least', 'civilians'),
        C('the October toll at 1,289', 'killed', 1289, 'exact', 'civilians', tags='contradicted'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S("A doctor at the town's hospital", 'anonymous'),
        S('Najaf police chief Maj Gen Fadhil al-Rubaie', 'official', form='title-name'),
        S('an Islamist website', 'media'),
        S('the Islamic State of Iraq', 'military'),
        S('Hamid Jassim', 'witness', form='name'),
        S('the local council', 'official'),
        S('Residents', 'witness'),
        S("The provincial governor's office", 'official'),
        S('The UN mission in Iraq, Unami', 'ngo'),
        S('The Iraqi government', 'official'),
    ],
    numbers=[
        N('16:42 GMT', 'time'),
        N('16 November 2006', 'date'),
        N('about 1100 local time', 'time'),
        N('0800 GMT', 'time'),
        N('dozens of villages', 'count-objects'),
        N('about 60,000 people', 'population'),
        N('some 35km', 'distance'),
        N('22 miles', 'distance'),
        N('two to a bed', 'other'),
        N('four entrances', 'count-objects'),
        N('three days', 'duration'),
    ])

# sd07: police against Mahdi Army gunmen in Manathira, south of Najaf, 2007 (AP style)
A['sd07.txt'] = dict(
    casualty=[
        C('killed at least 18 people', 'killed', 18, 'at-least', 'people', id='tot'),
        C('five policemen', 'killed', 5, 'exact', 'soldiers', sub='tot'),
        C('11 gunmen were killed', 'killed', 11, 'exact', 'fighters'),
        C('23 were captured', 'detained', 23, 'exact', 'fighters'),
        C('Two civilians', 'killed', 2, 'exact', 'civilians'),
        C('received a dozen bodies', 'killed', 12, 'exact', 'people'),
        C('39 wounded', 'injured', 39, 'exact', 'people', id='w'),
        C('Nine of the wounded', 'injured', 9, 'exact', 'people', sub='w'),
        C('killed 26 Mahdi Army members', 'killed', 26, 'exact', 'fighters', tags='contradicted'),
        C('arrested "more than 100"', 'detained', 100, 'at-least', 'fighters', tags='contradicted'),
        C('fewer than 20 suspects had been detained', 'detained', 20, 'at-most', 'people', tags='contradicted'),
        C('two police officers were missing', 'missing', 2, 'exact', 'soldiers'),
        C('roughly 60 families had fled', 'displaced', 60, 'approx', 'people'),
        C('three of his neighbors were among the dead', 'killed', 3, 'exact', 'civilians', sub='tot'),
        C('the toll to 21', 'killed', 21, 'exact', 'people', tags='update'),
        C('three wounded policemen had died', 'killed', 3, 'exact', 'soldiers'),
        C('the bodies of three men', 'killed', 3, 'exact', 'men'),
    ],
    sources=[
        S('officials', 'official'),
        S('Najaf police spokesman Maj. Salim al-Ghazali', 'official', form='title-name'),
        S('Al-Ghazali', 'official', form='name'),
        S('Dr. Sadiq Murad', 'official', form='title-name'),
        S('Murad', 'official', nth=1, form='name'),
        S('A Mahdi Army official', 'anonymous'),
        S('The Interior Ministry in Baghdad', 'official'),
        S('Residents', 'witness'),
        S('Fadhil Abbas', 'witness', form='name'),
        S('The U.S. military', 'military'),
        S('a hospital official', 'anonymous'),
        S('police', 'official', nth=5),
    ],
    numbers=[
        N('10-year-old', 'age'),
        N('about 20 miles', 'distance'),
        N('two nights', 'duration'),
        N('34-year-old', 'age'),
        N('6 p.m.', 'time'),
        N('6 a.m.', 'time'),
        N("one of Shiite Islam's holiest sites", 'other'),
        N("Iraq's 18 provinces", 'count-objects'),
        N('as many as 60,000 fighters', 'count-people'),
    ])

# sd08: a suicide bombing at a funeral in Abbasiya, east of Kufa, and the displaced families who had
# settled there, 2007 (a newspaper's own correspondent: byline, em-dash asides)
A['sd08.txt'] = dict(
    casualty=[
        C('27 people died', 'killed', 27, 'exact', 'people', id='tot'),
        C('nine members of a single family', 'killed', 9, 'exact', 'people', sub='tot'),
        C('58 were wounded', 'injured', 58, 'exact', 'people', id='w'),
        C('scores of people with lighter wounds', 'injured', None, 'vague', 'people'),
        C('buried 33', 'killed', 33, 'exact', 'people', tags='contradicted'),
        C('two grandsons', 'killed', 2, 'exact', 'children'),
        C('Twenty-one of the wounded', 'injured', 21, 'exact', 'people', id='w21', sub='w'),
        C('six of them in intensive care', 'injured', 6, 'exact', 'people', sub='w21'),
        C('Three had died overnight', 'killed', 3, 'exact', 'people', sub='w'),
        C('the official toll to 30', 'killed', 30, 'exact', 'people', tags='update'),
        C('arrested three men', 'detained', 3, 'exact', 'men'),
        C('Almost 900 families displaced', 'displaced', 900, 'at-most', 'people'),
        C('between 10 and 12 people', 'missing', None, 'range', 'people', low=10, high=12, id='m'),
        C('four children', 'missing', 4, 'exact', 'children', sub='m'),
        C('killed “hundreds of Shia apostates”', 'killed', None, 'vague', 'people'),
        C('412 civilians killed', 'killed', 412, 'exact', 'civilians'),
        C('lost 60 men', 'killed', 60, 'exact', 'men'),
    ],
    sources=[
        S('Local officials', 'official'),
        S('Villagers', 'witness'),
        S('Sayyid Mahmoud al-Khafaji', 'witness', form='title-name'),
        S('Dr Kadhim al-Shammari', 'official', form='title-name'),
        S('Police in Kufa', 'official'),
        S('A senior police officer', 'anonymous'),
        S('the Najaf office of the Ministry of Displacement and Migration', 'official'),
        S('Zahra Hassan', 'witness', form='name'),
        S('The village council', 'official'),
        S('an Iraqi intelligence officer in Najaf', 'anonymous'),
        S('al-Qaeda in Iraq', 'military'),
        S('A US military spokesman in Baghdad, Lt Col Mark Preston', 'military', form='title-name'),
        S('coalition records', 'military', form='document'),
        S('al-Khafaji', 'witness', nth=1, form='name'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('61', 'age'),
        N('aged eight and 11', 'age'),
        N('about 40 miles', 'distance'),
        N('17-year-old', 'age'),
        N('39', 'age'),
        N('five children', 'count-people'),
        N('two rooms', 'count-objects'),
        N('19', 'age'),
        N('2006', 'year'),
        N('2004', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
