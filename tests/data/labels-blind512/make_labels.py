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

# ---------------------------------------------------------------- labels (blind set 512: wb01-wb08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / executed / massacred / neutralised / paid the supreme price / buried / dying / lost',
     r'\bshot dead\b|\bexecuted\b|\bmassacred\b|\bneutralised\b|\bsupreme price\b|\bburied\b|\bdying\b|'
     r'\bdie\b|\blost\b'),
    ('rounded up / seized / taken / captured / capturing / holding', r'\brounded up\b|\bseized\b|\btaken\b|'
     r'\bcaptur(?:ed|ing)\b|\bholding\b'),
    ('streamed out / taken refuge / sheltering / new arrivals', r'\bstreamed out\b|\brefuge\b|\bsheltering\b|'
     r'\barrivals\b'),
    ('gunshot wounds / war wounds / sustained injuries / beaten', r'\bwounds\b|\binjuries\b|\bbeaten\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('boys/brothers', r'\b(?:boys|brothers)\b'),
    ('officers and men / officers', r'\bofficers\b'),
    ('refugees/families/persons/arrivals/collaborators/workers',
     r'\b(?:refugees|families|persons|arrivals|collaborators|workers)\b'),
]

# wb01: federal troops rounding up men and a massacre in a square in Asaba, Mid-West
# (AFP style, one sentence a paragraph)
A['wb01.txt'] = dict(
    casualty=[
        C('rounded up hundreds of men and boys', 'detained', None, 'vague', 'men', id='rnd'),
        C('shot dead at least 160 of them', 'killed', 160, 'at-least', 'men', sub='rnd', id='sq'),
        C('14 boys', 'killed', 14, 'exact', 'children', sub='sq'),
        C('the bodies of 72 people', 'killed', 72, 'exact', 'people'),
        C('two brothers', 'killed', 2, 'exact', 'men'),
        C('about 400 men had been taken', 'detained', 400, 'approx', 'men'),
        C('the number of dead at more than 500', 'killed', 500, 'at-least', 'people', tags='contradicted'),
        C('killing 37 rebels', 'killed', 37, 'exact', 'fighters'),
        C('capturing 11', 'detained', 11, 'exact', 'fighters'),
        C('two of its soldiers had been killed', 'killed', 2, 'exact', 'soldiers'),
        C('nine wounded', 'injured', 9, 'exact', 'soldiers'),
        C('some 200 men had been executed', 'killed', 200, 'approx', 'men', tags='contradicted'),
        C('hundreds of families had fled', 'displaced', None, 'vague', 'people'),
        C('58 people with gunshot wounds', 'injured', 58, 'exact', 'people', id='inj'),
        C('23 of them women', 'injured', 23, 'exact', 'women', sub='inj'),
        C('seven or eight of them children', 'injured', None, 'range', 'children', low=7, high=8, sub='inj'),
        C('more than 2,000 people have died', 'killed', 2000, 'at-least', 'people'),
        C('up to 600,000 people have been displaced', 'displaced', 600000, 'at-most', 'people'),
    ],
    sources=[
        S('survivors', 'witness'),
        S('Father Emmanuel Okonjo', 'other', form='title-name'),
        S('Father Okonjo', 'other', form='title-name'),
        S('A survivor, 19-year-old Chukwuma Nwaka', 'witness', form='name'),
        S('A Red Cross worker in Asaba', 'anonymous'),
        S('The federal military command in Lagos', 'military'),
        S('The command', 'military'),
        S('A federal officer at the ferry point', 'anonymous'),
        S('Residents', 'witness'),
        S('Dr Grace Obi', 'official', form='title-name'),
        S('The federal government', 'official'),
        S('Relief agencies', 'ngo'),
    ],
    numbers=[
        N('Oct 11, 1967', 'date'),
        N('the age of 16', 'age'),
        N('two mass graves', 'count-objects'),
        N('19-year-old', 'age'),
        N('nearly three hours', 'duration'),
        N('groups of 20 or 30', 'count-people'),
        N('about 4 pm', 'time'),
        N('about 50,000 people', 'population'),
        N('some 450 kilometres', 'distance'),
    ])

# wb02: an air raid on the main market of Onitsha (Reuters style)
A['wb02.txt'] = dict(
    casualty=[
        C('killing at least 83 people', 'killed', 83, 'at-least', 'people'),
        C('wounding more than 200', 'injured', 200, 'at-least', 'people'),
        C('40 bodies', 'killed', 40, 'exact', 'people'),
        C('two of his children', 'killed', 2, 'exact', 'children'),
        C('received 146 wounded', 'injured', 146, 'exact', 'people', id='hosp'),
        C('17 of them had died', 'killed', 17, 'exact', 'people', sub='hosp'),
        C('the death toll had risen to 94', 'killed', 94, 'exact', 'people', tags='update'),
        C('112 civilians had been killed', 'killed', 112, 'exact', 'civilians', id='min', tags='contradicted'),
        C('31 women', 'killed', 31, 'exact', 'women', sub='min'),
        C('26 children', 'killed', 26, 'exact', 'children', sub='min'),
        C('killing "scores" of rebels', 'killed', None, 'vague', 'fighters'),
        C('lost three soldiers', 'killed', 3, 'exact', 'soldiers'),
        C('as many as 60 people were still unaccounted for', 'missing', 60, 'at-most', 'people'),
        C('70 to 90 bodies', 'killed', None, 'range', 'people', low=70, high=90),
        C('An estimated 100,000 residents have fled', 'displaced', 100000, 'approx', 'civilians', id='disp'),
        C('about 2,500 of the displaced', 'displaced', 2500, 'approx', 'civilians', sub='disp'),
    ],
    sources=[
        S('local officials', 'official'),
        S('hospital staff', 'anonymous'),
        S('witnesses', 'witness'),
        S('Ifeanyi Okeke', 'witness', form='name'),
        S('Dr. Nnamdi Eze', 'official', form='title-name'),
        S('Hospital officials', 'official'),
        S("The secessionist government's information ministry", 'official'),
        S('Radio Biafra', 'media'),
        S('federal Defense Ministry spokesman Lt. Col. Ahmed Musa', 'military', form='title-name'),
        S('Musa', 'military', nth=1, form='name'),
        S("Officials of the market traders' association", 'other'),
        S('The International Committee of the Red Cross', 'ngo'),
        S("the city's administrator, Chief Obiora Nwosu", 'official', form='title-name'),
        S('Relief workers', 'ngo'),
    ],
    numbers=[
        N('Jan 24', 'date'),
        N('Two jets', 'count-objects'),
        N('MiG-17s', 'other'),
        N('three passes', 'count-objects'),
        N('11 a.m.', 'time'),
        N('thousands of traders and shoppers', 'count-people'),
        N('38-year-old', 'age'),
        N('8 km', 'distance'),
        N('5 miles', 'distance'),
        N('some 160,000 people', 'population'),
        N('October 1967', 'date'),
        N('July 1967', 'date'),
        N('six weeks', 'duration'),
    ])

# wb03: refugees on the roads and men rounded up at roadblocks as federal forces close on Enugu
# (AP style)
A['wb03.txt'] = dict(
    casualty=[
        C('Tens of thousands of people streamed out', 'displaced', None, 'vague', 'people'),
        C('at least 45 civilians had been killed', 'killed', 45, 'at-least', 'civilians', id='tot'),
        C('19 of the dead were children', 'killed', 19, 'exact', 'children', sub='tot'),
        C('three people had died', 'killed', 3, 'exact', 'people'),
        C('rounded up about 300 young men', 'detained', 300, 'approx', 'men', id='rnd', tags='contradicted'),
        C('20 to 25 of the men had been beaten', 'injured', None, 'range', 'men', low=20, high=25, sub='rnd'),
        C('arrested only 41 rebels', 'detained', 41, 'exact', 'fighters'),
        C('killed more than 250 rebels', 'killed', 250, 'at-least', 'fighters'),
        C('lost 18 of its own soldiers', 'killed', 18, 'exact', 'soldiers'),
        C('over 120 people wounded', 'injured', 120, 'at-least', 'people'),
        C('counted 62 bodies', 'killed', 62, 'exact', 'people', tags='contradicted'),
        C('five of its own workers were missing', 'missing', 5, 'exact', 'other'),
        C('sheltering around 7,000 refugees', 'displaced', 7000, 'approx', 'people'),
        C('Two or three children die', 'killed', None, 'range', 'children', low=2, high=3),
        C('nearly 600,000 people have been forced from their homes', 'displaced', 600000, 'at-most', 'people'),
    ],
    sources=[
        S('a Biafran official', 'anonymous'),
        S('The official', 'anonymous'),
        S('Ngozi Anyaoku', 'witness', form='name'),
        S('two residents', 'witness', form='collective'),
        S('A railway clerk', 'witness', form='role'),
        S('Federal army spokesman Col. Bello Danjuma', 'military', form='title-name'),
        S('Danjuma', 'military', nth=1, form='name'),
        S('The medical director of the Enugu General Hospital, Dr. Felix Ude', 'official', form='title-name'),
        S('The Biafran Red Cross', 'ngo'),
        S('A Catholic missionary', 'anonymous'),
        S('Aid officials', 'ngo'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('more than 10 miles', 'distance'),
        N('10 shillings', 'money'),
        N('70', 'age'),
        N('two residents', 'count-people'),
        N('1st Division', 'other'),
        N('about 140,000 people', 'population'),
        N('May 30, 1967', 'date'),
    ])

# wb04: jets strafing refugees on the road out of Owerri (a broadcaster's website: headline, byline)
A['wb04.txt'] = dict(
    casualty=[
        C('Dozens killed', 'killed', None, 'vague', 'people'),
        C('At least 34 people were killed', 'killed', 34, 'at-least', 'people', tags='repeat'),
        C('dozens more wounded', 'injured', None, 'vague', 'people'),
        C('several thousand men, women and children', 'displaced', None, 'vague', 'people'),
        C('three children are dead', 'killed', 3, 'exact', 'children'),
        C('the bodies of two dozen people', 'killed', 24, 'exact', 'people'),
        C('treated 47 wounded', 'injured', 47, 'exact', 'people', id='w'),
        C('nine of them children', 'injured', 9, 'exact', 'children', sub='w'),
        C('four of them had died', 'killed', 4, 'exact', 'people', sub='w'),
        C('killed 120 rebels', 'killed', 120, 'exact', 'fighters'),
        C('losing 14 soldiers', 'killed', 14, 'exact', 'soldiers'),
        C('the toll from the air attack had risen to 52', 'killed', 52, 'exact', 'people', id='upd',
          tags='update'),
        C('23 women', 'killed', 23, 'exact', 'women', sub='upd'),
        C('15 children', 'killed', 15, 'exact', 'children', sub='upd'),
        C('about 80,000 people have fled', 'displaced', 80000, 'approx', 'people'),
        C('1,400 new arrivals', 'displaced', 1400, 'exact', 'people'),
        C('15-20 children were dying', 'killed', None, 'range', 'children', low=15, high=20),
        C('killed more than 100,000 people', 'killed', 100000, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('aid workers', 'ngo'),
        S('Cyril Ekwueme', 'witness', form='name'),
        S('Villagers', 'witness', form='collective'),
        S('a Dutch nurse', 'anonymous'),
        S('The federal army', 'military'),
        S('Biafran radio', 'media'),
        S('Oxfam', 'ngo'),
        S('A camp official at Obowo', 'anonymous'),
        S('a Biafran district officer', 'anonymous'),
        S('Britain’s Foreign Office', 'official'),
        S('relief agencies', 'ngo'),
    ],
    numbers=[
        N('two federal jets', 'count-objects'),
        N('27-year-old', 'age'),
        N('about 6km', 'distance'),
        N('4 miles', 'distance'),
        N('7am', 'time'),
        N('under five', 'age'),
        N('three days', 'duration'),
        N('about 45,000', 'population'),
        N('a few hundred elderly people', 'count-people'),
    ])

# wb05: the federal army's capture of Aba (state media, NAN style: headline, "The … Command says")
A['wb05.txt'] = dict(
    casualty=[
        C('kill 217 rebels', 'killed', 217, 'exact', 'fighters'),
        C('killing 217 rebels', 'killed', 217, 'exact', 'fighters', tags='repeat'),
        C('capturing 64 others', 'detained', 64, 'exact', 'fighters'),
        C('11 officers and men', 'killed', 11, 'exact', 'soldiers'),
        C('36 others sustained injuries', 'injured', 36, 'exact', 'soldiers'),
        C('Seven soldiers are missing', 'missing', 7, 'exact', 'soldiers'),
        C('217 rebels were neutralised', 'killed', 217, 'exact', 'fighters', tags='repeat'),
        C('64 captured', 'detained', 64, 'exact', 'fighters', id='cap', tags='repeat'),
        C('12 officers', 'detained', 12, 'exact', 'fighters', sub='cap'),
        C('about 2,300 displaced persons', 'displaced', 2300, 'approx', 'people'),
        C('23 civilians', 'killed', 23, 'exact', 'civilians'),
        C('executed upwards of 400 residents', 'killed', 400, 'at-least', 'civilians'),
        C('some 150 men were abducted', 'detained', 150, 'approx', 'men'),
        C('arrested 29 suspected rebel collaborators', 'detained', 29, 'exact', 'people', id='arr'),
        C('four women', 'detained', 4, 'exact', 'women', sub='arr'),
        C('12,640 displaced persons', 'displaced', 12640, 'exact', 'people'),
    ],
    sources=[
        S('Command', 'military', form='organisation'),
        S('The Third Marine Commando Division of the Nigerian Army', 'military'),
        S('The division’s spokesman, Maj. Tunde Bakare', 'military', form='title-name'),
        S('the statement', 'military', form='document'),
        S('the statement', 'military', nth=1, form='document'),
        S('the General Officer Commanding, Col. Ibrahim Haruna', 'military', form='title-name'),
        S('Haruna', 'military', nth=1, form='name'),
        S('A community leader, Chief Okezie Nwankwo', 'other', form='title-name'),
        S('Nwankwo', 'other', nth=1, form='name'),
        S('The Military Police Command in Aba', 'military'),
        S('the Federal Ministry of Information', 'official'),
        S('The ministry', 'official'),
    ],
    numbers=[
        N('Sept. 5, 1968', 'date'),
        N('three days', 'duration'),
        N('6.30 a.m.', 'time'),
        N('340 rifles', 'count-objects'),
        N('18 machine guns', 'count-objects'),
        N('two armoured cars', 'count-objects'),
        N('10-year-old', 'age'),
        N('67', 'age'),
        N('1,800 bags of rice', 'count-objects'),
        N('600 cartons of milk', 'count-objects'),
    ])

# wb06: starving camps around Umuahia (NGO statement with demands and notes to editors)
A['wb06.txt'] = dict(
    casualty=[
        C('At least 40 children are dying', 'killed', 40, 'at-least', 'children'),
        C('61,000 displaced people', 'displaced', 61000, 'exact', 'people'),
        C('Hundreds of families fleeing', 'displaced', None, 'vague', 'people'),
        C('1,127 people have died', 'killed', 1127, 'exact', 'people', id='d'),
        C('842 of them children', 'killed', 842, 'exact', 'children', sub='d'),
        C('buried twenty-two children', 'killed', 22, 'exact', 'children'),
        C('three of her five children had died', 'killed', 3, 'exact', 'children'),
        C('killed 14 people', 'killed', 14, 'exact', 'people', id='q'),
        C('six children', 'killed', 6, 'exact', 'children', sub='q'),
        C('injured 31', 'injured', 31, 'exact', 'people'),
        C('between 6,000 and 8,000 people are dying', 'killed', None, 'range', 'people', low=6000, high=8000,
          tags='contradicted'),
        C('35 men were abducted', 'detained', 35, 'exact', 'men'),
        C('at least nine others remain unaccounted for', 'missing', 9, 'at-least', 'men'),
        C('almost 2 million people are displaced', 'displaced', 2000000, 'at-most', 'people'),
    ],
    sources=[
        S('the relief organisation Children First International', 'ngo'),
        S('Dr Margaret Hale', 'ngo', form='title-name'),
        S('A mother at the Amaokwe camp, Comfort Eze', 'witness', form='name'),
        S('camp staff', 'anonymous'),
        S('The Biafran Ministry of Health', 'official'),
        S('A federal government spokesman in Lagos', 'anonymous'),
        S('Children First International', 'ngo', nth=1),
        S('Hale', 'ngo', nth=1, form='name'),
        S('UNICEF', 'ngo'),
    ],
    numbers=[
        N('14 August 1968', 'date'),
        N('23 camps', 'count-objects'),
        N('four weeks', 'duration'),
        N('under five', 'age'),
        N('two days', 'duration'),
        N('one camp', 'count-objects'),
        N('24', 'age'),
        N('about 15,000 people', 'count-people'),
        N('about 150 tonnes', 'quantity'),
        N('2,000 tonnes', 'quantity'),
        N('9 August', 'date'),
        N('£4 million', 'money'),
        N('22 per cent', 'percentage'),
        N('1961', 'year'),
        N('140 Nigerian', 'count-people'),
        N('nine expatriate staff', 'count-people'),
    ])

# wb07: an air raid on Abagana market and displacement to sites around it (UN flash update)
A['wb07.txt'] = dict(
    casualty=[
        C('killed at least 58 people', 'killed', 58, 'at-least', 'people'),
        C('injured more than 130', 'injured', 130, 'at-least', 'people'),
        C('An estimated 18,000 people have fled', 'displaced', 18000, 'approx', 'people', id='disp'),
        C('58 dead', 'killed', 58, 'exact', 'people', id='dead', tags='repeat'),
        C('134 injured', 'injured', 134, 'exact', 'people', id='inj', tags='repeat'),
        C('21 women', 'killed', 21, 'exact', 'women', sub='dead'),
        C('17 children were among the dead', 'killed', 17, 'exact', 'children', sub='dead'),
        C('12 of the injured have since died', 'killed', 12, 'exact', 'people', sub='inj'),
        C('the toll to 70', 'killed', 70, 'exact', 'people', tags='update'),
        C('at least 30 of the injured', 'injured', 30, 'at-least', 'people', sub='inj'),
        C('the toll at 96', 'killed', 96, 'exact', 'people', tags='contradicted'),
        C('approximately 200 men and boys were detained', 'detained', 200, 'approx', 'men', id='det'),
        C('at least 40 of them remain unaccounted for', 'missing', 40, 'at-least', 'men', sub='det'),
        C('6,200 people', 'displaced', 6200, 'exact', 'people', sub='disp'),
        C('4,850', 'displaced', 4850, 'exact', 'people', sub='disp'),
        C('about 3,900', 'displaced', 3900, 'approx', 'people', sub='disp'),
        C('3,000–4,000', 'displaced', None, 'range', 'people', low=3000, high=4000, sub='disp'),
        C('96 people with war wounds', 'injured', 96, 'exact', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('hospital sources', 'anonymous'),
        S('Humanitarian partners', 'ngo', form='collective'),
        S('The Divisional Officer', 'official', form='role'),
        S('The Abagana health centre', 'official'),
        S('Hospital sources', 'anonymous'),
        S('Biafran authorities', 'official'),
        S('Federal military authorities', 'military'),
        S('Protection monitors', 'ngo', form='collective'),
        S('camp committees', 'other', form='collective'),
        S('committees', 'other', nth=1, form='collective'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('4 April 1968', 'date'),
        N('2 April', 'date'),
        N('31 March', 'date'),
        N('fewer than 10 days', 'duration'),
        N('one of the largest', 'other'),
        N('around 10:15', 'time'),
        N('an estimated 5,000 traders and buyers', 'count-people'),
        N('3 April', 'date'),
        N('3 April', 'date', nth=1),
        N('between 1 and 3 April', 'date'),
        N('3 April', 'date', nth=3),
        N('3 April', 'date', nth=4),
        N('Two relief convoys', 'count-objects'),
        N('12 km', 'distance'),
        N('40 tonnes', 'quantity'),
        N('2,500 blankets', 'count-objects'),
        N('three largest sites', 'count-objects'),
        N('410 patients', 'count-people'),
        N('US$12.5 million', 'money'),
        N('31 per cent', 'percentage'),
        N('$1.2 million', 'money'),
    ])

# wb08: men taken from a church compound, a grave and a hungry mission camp in Awka
# (a newspaper's own correspondent: headline, byline)
A['wb08.txt'] = dict(
    casualty=[
        C('seized dozens of men', 'detained', None, 'vague', 'men'),
        C('hundreds of families', 'displaced', None, 'vague', 'people'),
        C('The bodies of 23 men', 'killed', 23, 'exact', 'men', id='g'),
        C('two of them were boys', 'killed', 2, 'exact', 'children', sub='g'),
        C('74 men taken', 'detained', 74, 'exact', 'men'),
        C('detained about 150 men', 'detained', 150, 'approx', 'men', id='y'),
        C('holding a dozen of them', 'detained', 12, 'exact', 'men', sub='y'),
        C('four soldiers killed', 'killed', 4, 'exact', 'soldiers'),
        C('11 hurt', 'injured', 11, 'exact', 'soldiers'),
        C('killed 40 or 50 people', 'killed', None, 'range', 'people', low=40, high=50),
        C('the toll at 64', 'killed', 64, 'exact', 'people', tags='contradicted'),
        C('some 4,000 people displaced', 'displaced', 4000, 'approx', 'people'),
        C('between 15 and 20 people', 'killed', None, 'range', 'people', low=15, high=20),
        C('buried seven children', 'killed', 7, 'exact', 'children'),
        C('“fewer than 20” civilians had died', 'killed', 20, 'at-most', 'civilians', tags='contradicted'),
        C('“massacred” 300 civilians', 'killed', 300, 'exact', 'civilians', tags='contradicted'),
        C('roughly 1,000 people were missing', 'missing', 1000, 'approx', 'people'),
    ],
    sources=[
        S('the church’s vicar', 'other', form='role'),
        S('members of his congregation', 'witness', form='collective'),
        S('Mrs Felicia Okafor', 'witness', form='title-name'),
        S('The vicar, the Rev. Samuel Nweke', 'other', form='title-name'),
        S('Capt. Musa Yusuf', 'military', form='title-name'),
        S('Residents', 'witness'),
        S('a Biafran official', 'anonymous'),
        S('Sister Bernadette Kelly', 'official', form='title-name'),
        S('Ayo Bankole', 'official', form='name'),
        S('Radio Biafra', 'media'),
        S('The Nigerian Red Cross Society', 'ngo'),
    ],
    numbers=[
        N('older than 15', 'age'),
        N('51', 'age'),
        N('some 30,000 inhabitants', 'population'),
        N('three times', 'other'),
        N('Two miles', 'distance'),
        N('three weeks', 'duration'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
