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

# ---------------------------------------------------------------- labels (blind set 309: ji01-ji08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('lost … officers / lost their lives / succumbed / shot dead / neutralised',
     r'\blost\b|\blives\b|\bsuccumbed\b|\bshot dead\b|\bneutralised\b'),
    ('took / rounded up / held / taken / led away', r'\btook\b|\brounded up\b|\bheld\b|\btaken\b'),
    ('sheltering / sleeping in the open / left their homes', r'\bsheltering\b|\bsleeping\b|\bleft their homes\b'),
    ('sustained injuries / beaten / wounds', r'\binjuries\b|\bbeaten\b|\bwounds\b'),
    ('we cannot find', r'\bcannot find\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('officers / members of the security forces', r'\bofficers\b|\bsecurity forces\b'),
    ('passengers / families / students / suspects', r'\b(?:passengers|families|students|suspects)\b'),
    ('teachers / school workers / boda boda riders / aid worker',
     r'\b(?:teachers|workers|riders|aid worker)\b'),
    ('attackers / Christians / young men / sons', r'\b(?:attackers|Christians|young men|sons)\b'),
]

# ji01: gunmen ambushing a passenger bus near El Wak, Mandera county, Kenya (AFP style, one sentence a
# paragraph)
A['ji01.txt'] = dict(
    casualty=[
        C('killing at least 11 people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('two police officers', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('eight passengers were wounded', 'injured', 8, 'exact', 'people', id='inj'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='inj'),
        C('abducted four others', 'detained', 4, 'exact', 'people'),
        C('the death toll at 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the bodies of 11 people', 'killed', 11, 'exact', 'people', tags='repeat'),
        C('five of the wounded', 'injured', 5, 'exact', 'people', sub='inj'),
        C('killed “more than 20 Christians”', 'killed', 20, 'at-least', 'people', tags='contradicted'),
        C('two other men', 'detained', 2, 'exact', 'men'),
        C('arrested six suspects', 'detained', 6, 'exact', 'people'),
        C('Some 1,200 residents', 'displaced', 1200, 'approx', 'civilians'),
        C('killed dozens of passengers', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('police', 'official', nth=1),
        S('Mandera County Police Commander Wilson Keter', 'official', form='title-name'),
        S('Keter', 'official', nth=1, form='name'),
        S('The Kenya Red Cross', 'ngo'),
        S('A nurse at Mandera County Referral Hospital', 'anonymous'),
        S('Al-Shabaab’s Andalus radio', 'media'),
        S('police', 'official', nth=2),
        S('the hospital nurse', 'anonymous'),
        S('Survivors', 'witness'),
        S('Abdi Noor', 'witness', form='name'),
        S('Police', 'official', nth=1),
        S('Interior Minister Daniel Kiprono', 'official', form='title-name'),
        S('the county government', 'official'),
    ],
    numbers=[
        N('52 passengers', 'count-people'),
        N('about 15 kilometres', 'distance'),
        N('7:00 am', 'time'),
        N('about 20 of them', 'count-people'),
        N('nine-year-old', 'age'),
        N('34', 'age'),
        N('two villages', 'count-objects'),
        N('AK-47', 'other'),
        N('300 extra officers', 'count-people'),
        N('2015', 'year'),
        N('2014', 'year'),
        N('2011', 'year'),
    ])

# ji02: clan clashes over pasture and water near Qabobey, Wajir county, Kenya (Reuters style)
A['ji02.txt'] = dict(
    casualty=[
        C('At least 17 people were killed', 'killed', 17, 'at-least', 'people', id='tot'),
        C('more than 30 wounded', 'injured', 30, 'at-least', 'people', id='inj'),
        C('11 of the dead', 'killed', 11, 'exact', 'people', sub='tot'),
        C('six', 'killed', 6, 'exact', 'people', nth=0, sub='tot'),
        C('buried 21 people', 'killed', 21, 'exact', 'people', tags='contradicted'),
        C('seven or eight men we cannot find', 'missing', None, 'range', 'men', low=7, high=8),
        C('14 of the wounded', 'injured', 14, 'exact', 'people', id='ev', sub='inj'),
        C('four women', 'injured', 4, 'exact', 'women', sub='ev'),
        C('three of the patients had died', 'killed', 3, 'exact', 'people', sub='ev'),
        C('the number of dead to 20', 'killed', 20, 'exact', 'people', tags='update'),
        C('arrested nine suspects', 'detained', 9, 'exact', 'people'),
        C('scores of families had fled', 'displaced', None, 'vague', 'people'),
        C('killed at least 12 people', 'killed', 12, 'at-least', 'people'),
        C('forced an estimated 4,000 from their homes', 'displaced', 4000, 'approx', 'people'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('local leaders', 'other'),
        S('Wajir County Police Commander Peter Maina', 'official', form='title-name'),
        S('Maina', 'official', nth=1, form='name'),
        S('A local elder, Hassan Abdullahi', 'other', form='name'),
        S('The Kenya Red Cross', 'ngo'),
        S('Dr. Fatuma Ibrahim', 'official', form='title-name'),
        S('Police', 'official', nth=1),
        S('Residents', 'witness'),
        S('Khadija Osman', 'witness', form='name'),
        S('Wajir Governor Ahmed Abdi Salat', 'official', form='title-name'),
        S('the National Drought Management Authority', 'official'),
        S('the U.N. humanitarian office OCHA', 'ngo'),
    ],
    numbers=[
        N('March 4', 'date'),
        N('two days', 'duration'),
        N('about 60 km', 'distance'),
        N('37 miles', 'distance'),
        N('one side', 'other'),
        N('some 2,000 camels', 'count-objects'),
        N('14-year-old', 'age'),
        N('AK-47s', 'other'),
        N('10-year-old', 'age'),
        N('12 rifles', 'count-objects'),
        N('about 150 officers', 'count-people'),
        N('the two sides', 'count-objects'),
        N('45-year-old', 'age'),
        N('mother of six', 'count-people'),
        N('50,000 shillings', 'money'),
        N('$387', 'money'),
        N('about 780,000 people', 'population'),
        N('four failed rainy seasons', 'other'),
        N('almost 40%', 'percentage'),
        N('2023', 'year'),
    ])

# ji03: a roadside bomb on a police convoy near Kiunga on Kenya's coast (AP style)
A['ji03.txt'] = dict(
    casualty=[
        C('killing five officers', 'killed', 5, 'exact', 'soldiers', id='tot'),
        C('wounding seven', 'injured', 7, 'exact', 'soldiers', id='inj'),
        C('two of the wounded officers', 'injured', 2, 'exact', 'soldiers', sub='inj'),
        C('killed three of the attackers', 'killed', 3, 'exact', 'fighters'),
        C('lost five of our officers', 'killed', 5, 'exact', 'soldiers', tags='repeat'),
        C('killed 11 “apostate soldiers”', 'killed', 11, 'exact', 'soldiers', tags='contradicted'),
        C('one of them died', 'killed', 1, 'exact', 'soldiers', sub='inj'),
        C('the death toll to six', 'killed', 6, 'exact', 'soldiers', tags='update'),
        C('rounded up some two dozen young men', 'detained', 24, 'approx', 'men'),
        C('took my two sons', 'detained', 2, 'exact', 'men'),
        C('fewer than 15 suspects were being held', 'detained', 15, 'at-most', 'people', tags='contradicted'),
        C('detained at least 23 people', 'detained', 23, 'at-least', 'people', id='prf'),
        C('three teachers', 'detained', 3, 'exact', 'other', sub='prf'),
        C('six of them were still unaccounted for', 'missing', 6, 'exact', 'people', sub='prf'),
        C('killed upwards of 100 members of the security forces', 'killed', 100, 'at-least', 'soldiers'),
    ],
    sources=[
        S('officials', 'official'),
        S('a police report', 'official', form='document'),
        S('The report', 'official', form='document'),
        S('Coast regional police commander Stephen Wanyama', 'official', form='title-name'),
        S('Al-Shabaab', 'military'),
        S('Police spokeswoman Mercy Atieno', 'official', form='title-name'),
        S('a doctor at Coast General Hospital', 'anonymous'),
        S('Residents of Kiunga', 'witness'),
        S('Amina Bakari', 'witness', form='name'),
        S('Police', 'official', nth=1),
        S('Pwani Rights Forum', 'ngo'),
        S('the Horn Security Observatory', 'ngo'),
    ],
    numbers=[
        N('four trucks', 'count-objects'),
        N('10:30 a.m.', 'time'),
        N('30 to 40 militants', 'count-people'),
        N('one of its websites', 'other'),
        N('about 250 kilometers', 'distance'),
        N('155 miles', 'distance'),
        N('some 3,000 people', 'population'),
        N('52', 'age'),
        N('2017', 'year'),
        N('2011', 'year'),
        N('about 3,500 soldiers', 'count-people'),
    ])

# ji04: a UN OCHA flash update on inter-clan clashes over grazing land around Dadaab, Garissa county, Kenya
A['ji04.txt'] = dict(
    casualty=[
        C('At least 14 people have been killed', 'killed', 14, 'at-least', 'people'),
        C('37 injured', 'injured', 37, 'exact', 'people', id='inj'),
        C('An estimated 6,500 people have been displaced', 'displaced', 6500, 'approx', 'people', id='disp'),
        C('the death toll stood at 14', 'killed', 14, 'exact', 'people', id='ov', tags='repeat'),
        C('three women', 'killed', 3, 'exact', 'women', sub='ov'),
        C('two children', 'killed', 2, 'exact', 'children', sub='ov'),
        C('nine of the dead were young men', 'killed', 9, 'exact', 'men', sub='ov'),
        C('the number of dead at 19', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('23 suspects had been arrested', 'detained', 23, 'exact', 'people'),
        C('12 of the injured', 'injured', 12, 'exact', 'people', id='ref', sub='inj'),
        C('4 of them', 'injured', 4, 'exact', 'people', sub='ref'),
        C('A number of injured people', 'injured', None, 'vague', 'people'),
        C('between 8 and 10 people', 'missing', None, 'range', 'people', low=8, high=10),
        C('about 2,800 people', 'displaced', 2800, 'approx', 'people', sub='disp'),
        C('1,900 people', 'displaced', 1900, 'exact', 'people', sub='disp'),
        C('1,300 people', 'displaced', 1300, 'exact', 'people', sub='disp'),
        C('500–600 people sleeping in the open', 'displaced', None, 'range', 'people', low=500, high=600,
          sub='disp'),
        C('one aid worker was briefly detained', 'detained', 1, 'exact', 'other'),
        C('31 people with gunshot and machete wounds', 'injured', 31, 'exact', 'people', id='msf'),
        C('2 of them died', 'killed', 2, 'exact', 'people', sub='msf'),
    ],
    sources=[
        S('the Garissa County Government', 'official'),
        S('Community leaders in Dadaab', 'other'),
        S('The National Police Service (NPS)', 'official'),
        S('the Kenya Red Cross Society (KRCS)', 'ngo'),
        S('Local elders', 'other'),
        S('UNHCR', 'ngo'),
        S('the Department of Refugee Services (DRS)', 'official'),
        S('Partners', 'ngo', nth=0),
        S('Médecins Sans Frontières (MSF)', 'ngo'),
        S('Partners', 'ngo', nth=1),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 September 2025', 'date'),
        N('two pastoralist clans', 'count-objects'),
        N('12 September', 'date', nth=0),
        N('4 of the 11 affected villages', 'count-objects'),
        N('12 September', 'date', nth=1),
        N('about 40 km', 'distance'),
        N('at least five villages', 'count-objects'),
        N('three days', 'duration'),
        N('17 September', 'date', nth=0),
        N('the two clans', 'count-objects'),
        N('120 additional officers', 'count-people'),
        N('17 September', 'date', nth=1),
        N('Nearly 60 per cent', 'percentage'),
        N('2,000 head of livestock', 'count-objects'),
        N('14 September', 'date'),
        N('Two humanitarian vehicles', 'count-objects'),
        N('15 September', 'date'),
        N('three-day', 'duration'),
        N('4,200 people', 'count-people'),
        N('6 temporary learning spaces', 'count-objects'),
        N('US$1.8 million', 'money'),
        N('10,000 people', 'count-people'),
        N('three months', 'duration'),
        N('12 per cent', 'percentage'),
    ])

# ji05: an IED on a police patrol near Hulugho, Garissa county, Kenya (Kenyan state media, KNA in the NAN
# manner: "The … Command says", "disclosed this in a statement", a quote continued across paragraphs)
A['ji05.txt'] = dict(
    casualty=[
        C('Four officers killed', 'killed', 4, 'exact', 'soldiers'),
        C('six hurt', 'injured', 6, 'exact', 'soldiers'),
        C('four police officers lost their lives', 'killed', 4, 'exact', 'soldiers', tags='repeat'),
        C('six others sustained injuries', 'injured', 6, 'exact', 'soldiers', id='inj', tags='repeat'),
        C('neutralised seven of the attackers', 'killed', 7, 'exact', 'fighters'),
        C('Three of the injured officers', 'injured', 3, 'exact', 'soldiers', id='crit', sub='inj'),
        C('the other three', 'injured', 3, 'exact', 'soldiers', sub='inj'),
        C('two civilians', 'injured', 2, 'exact', 'civilians'),
        C('arrested 11 suspects', 'detained', 11, 'exact', 'people', id='arr'),
        C('two women', 'detained', 2, 'exact', 'women', sub='arr'),
        C('15-20 militants had been killed', 'killed', None, 'range', 'fighters', low=15, high=20,
          tags='contradicted'),
        C('one of the critically injured officers succumbed', 'killed', 1, 'exact', 'soldiers', sub='crit'),
        C('the number of officers killed to five', 'killed', 5, 'exact', 'soldiers', tags='update'),
        C('killed 12 officers', 'killed', 12, 'exact', 'soldiers', tags='contradicted'),
        C('more than 40 security officers had been killed', 'killed', 40, 'at-least', 'soldiers'),
        C('hundreds of families had fled', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('The North Eastern Regional Police Command', 'official'),
        S('The Regional Police Commander, Mr Daniel Kiprotich', 'official', form='title-name'),
        S('Mr Kiprotich', 'official', form='name'),
        S('The Commander', 'official', form='role'),
        S('Garissa County Commissioner Mr Peter Wambua', 'official', form='title-name'),
        S('Wambua', 'official', nth=1, form='name'),
        S('Residents', 'witness'),
        S('medical sources at Kenyatta National Hospital', 'anonymous'),
        S('Al-Shabaab', 'military'),
        S('the Command', 'official'),
        S('Ijara Member of Parliament Mr Abdi Ali Hussein', 'official', form='title-name'),
    ],
    numbers=[
        N('Oct. 7, 2025', 'date'),
        N('4.30pm', 'time'),
        N('three Land Cruisers', 'count-objects'),
        N('about 30 al-Shabaab militants', 'count-people'),
        N('five AK-47 rifles', 'count-objects'),
        N('two rocket-propelled grenade launchers', 'count-objects'),
        N('over 600 rounds of ammunition', 'count-objects'),
        N('10 kilometres', 'distance'),
        N('all three vehicles', 'count-objects'),
        N('2019', 'year'),
        N('as many as 12 schools', 'count-objects'),
    ])

# ji06: an NGO statement on the abduction of teachers from a primary school in Bura, Fafi sub-county,
# Garissa county, Kenya (with demands and notes to editors)
A['ji06.txt'] = dict(
    casualty=[
        C('Five teachers abducted', 'detained', 5, 'exact', 'other', id='ab'),
        C('shot dead two school workers', 'killed', 2, 'exact', 'other'),
        C('the five teachers', 'detained', 5, 'exact', 'other', tags='repeat'),
        C('Two other teachers were wounded', 'injured', 2, 'exact', 'other', id='w'),
        C('three men', 'detained', 3, 'exact', 'men', sub='ab'),
        C('two women', 'detained', 2, 'exact', 'women', sub='ab'),
        C('At least 19 teachers have been killed', 'killed', 19, 'at-least', 'other'),
        C('killed four of them', 'killed', 4, 'exact', 'fighters'),
        C('17 people had been arrested', 'detained', 17, 'exact', 'people'),
        C('six teachers had been taken', 'detained', 6, 'exact', 'other', tags='contradicted'),
        C('one of the wounded had since died', 'killed', 1, 'exact', 'other', sub='w'),
        C('nearly 40 families have fled', 'displaced', 40, 'at-most', 'people'),
        C('beaten several young men', 'injured', None, 'vague', 'men'),
    ],
    sources=[
        S('Elimu Salama Network (ESN)', 'ngo'),
        S('the school’s head teacher, Ahmed Gure', 'witness', form='title-name'),
        S('A wounded teacher', 'witness', form='role'),
        S('Dr Halima Sheikh', 'ngo', form='title-name'),
        S('Police', 'official'),
        S('Fafi Deputy County Commissioner John Otieno', 'official', form='title-name'),
        S('The local branch of the Kenya National Union of Teachers (KNUT)', 'other'),
        S('the county education office', 'official'),
        S('residents', 'witness'),
        S('UNICEF', 'ngo'),
    ],
    numbers=[
        N('3 February 2025', 'date'),
        N('30 January', 'date'),
        N('41', 'age'),
        N('about 15 gunmen', 'count-people'),
        N('1am', 'time'),
        N('aged between 24 and 38', 'age'),
        N('11 teachers', 'count-people'),
        N('Twenty-one children', 'count-people'),
        N('2015', 'year', nth=0),
        N('hundreds more', 'count-people'),
        N('some 150km', 'distance'),
        N('all three schools', 'count-objects'),
        N('an estimated 1,100 children', 'count-people'),
        N('KES 45 million', 'money'),
        N('22%', 'percentage'),
        N('2012', 'year'),
        N('64 schools', 'count-objects'),
        N('about 4,000 teachers', 'count-people'),
        N('2015', 'year', nth=1),
    ])

# ji07: gunmen attacking a passenger bus near Habaswein, Wajir county, Kenya (a broadcaster's website:
# headline and byline instead of a dateline)
A['ji07.txt'] = dict(
    casualty=[
        C('kill 12', 'killed', 12, 'exact', 'people'),
        C('At least 12 people have been killed', 'killed', 12, 'at-least', 'people', id='tot', tags='repeat'),
        C('nine passengers', 'killed', 9, 'exact', 'people', sub='tot'),
        C('three police officers', 'killed', 3, 'exact', 'soldiers', sub='tot'),
        C('Another 19 people were wounded', 'injured', 19, 'exact', 'people', id='inj'),
        C('seven of them', 'injured', 7, 'exact', 'people', sub='inj'),
        C('killed 25 "government soldiers"', 'killed', 25, 'exact', 'soldiers', tags='contradicted'),
        C('two or three bodies', 'killed', None, 'range', 'people', low=2, high=3),
        C('10 to 15 of them are still missing', 'missing', None, 'range', 'people', low=10, high=15),
        C('14 of the wounded', 'injured', 14, 'exact', 'people', sub='inj'),
        C('the bodies of four more passengers', 'killed', 4, 'exact', 'people'),
        C('the death toll to 16', 'killed', 16, 'exact', 'people', tags='update'),
        C('three suspects', 'detained', 3, 'exact', 'people'),
        C('over 200 people have been killed', 'killed', 200, 'at-least', 'people'),
        C('tens of thousands of residents have left their homes', 'displaced', None, 'vague', 'civilians'),
    ],
    sources=[
        S('officials', 'official'),
        S('police', 'official', nth=0),
        S('Regional police commander Rose Chebet', 'official', form='title-name'),
        S('Ms Chebet', 'official', form='name'),
        S('The Somalia-based militant group al-Shabaab', 'military'),
        S('Passengers', 'witness'),
        S('Fatuma Hussein', 'witness', form='name'),
        S('the Kenya Red Cross', 'ngo'),
        S('The Daily Nation newspaper', 'media'),
        S('hospital sources in Garissa', 'anonymous'),
        S('A local chief', 'anonymous'),
        S('interior ministry spokesman Eric Mugo', 'official', form='title-name'),
        S('The Northern Kenya Human Rights Forum', 'ngo'),
        S('Moses Omondi', 'other', form='name'),
    ],
    numbers=[
        N('about 60 people', 'count-people'),
        N('27-year-old', 'age'),
        N('mother of two', 'count-people'),
        N('200 more officers', 'count-people'),
        N('around 20,000 people', 'population'),
        N('about 110km', 'distance'),
        N('70 miles', 'distance'),
        N('one of the few', 'other'),
        N('2015', 'year'),
    ])

# ji08: gunmen abducting teachers from a secondary school in Mkunumbi, Lamu county, Kenya (a Kenyan
# daily's own correspondent: headline, byline)
A['ji08.txt'] = dict(
    casualty=[
        C('abducted four teachers', 'detained', 4, 'exact', 'other', id='ab'),
        C('injured two students', 'injured', 2, 'exact', 'people'),
        C('the four', 'detained', 4, 'exact', 'other', id='four', tags='repeat'),
        C('three men', 'detained', 3, 'exact', 'men', sub='four'),
        C('took two boda boda riders', 'detained', 2, 'exact', 'other', id='rid'),
        C('Twenty-three suspects had been arrested', 'detained', 23, 'exact', 'people'),
        C('the body of one of the riders', 'killed', 1, 'exact', 'other', sub='rid'),
        C('killed two of the attackers', 'killed', 2, 'exact', 'fighters'),
        C('abducted two teachers', 'detained', 2, 'exact', 'other'),
        C('up to 70 teachers had fled', 'displaced', 70, 'at-most', 'other'),
        C('nine teachers had been abducted', 'detained', 9, 'exact', 'other'),
        C('the six', 'detained', 6, 'exact', 'other', tags='contradicted'),
        C('dozens of families were sheltering', 'displaced', None, 'vague', 'people'),
        C('roughly 250 residents had left their homes', 'displaced', 250, 'approx', 'civilians'),
        C('around 60 people were killed', 'killed', 60, 'approx', 'people'),
    ],
    sources=[
        S('Lamu County Commissioner Charles Kitavi', 'official', form='title-name'),
        S('Mr Kitavi', 'official', form='name'),
        S('Residents of Mkunumbi', 'witness'),
        S('Lamu County Police Commander Moses Kirui', 'official', form='title-name'),
        S('Police', 'official', nth=1),
        S('Kenya Defence Forces spokesman Brigadier Paul Njuguna', 'military', form='title-name'),
        S('Kenya Union of Post Primary Education Teachers (Kuppet) Lamu branch secretary Abdalla Mohamed',
          'other', form='title-name'),
        S('the Teachers Service Commission (TSC)', 'official'),
        S('Village elder Bakari Shee', 'other', form='title-name'),
        S('a Form Three student', 'anonymous'),
    ],
    numbers=[
        N('between 10 and 12', 'count-people'),
        N('about 11pm', 'time'),
        N('58-year-old', 'age'),
        N('more than 300 officers', 'count-people'),
        N('three weeks', 'duration'),
        N('about 40km', 'distance'),
        N('Form Three', 'other'),
        N('2014', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
