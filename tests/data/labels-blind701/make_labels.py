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

# ---------------------------------------------------------------- labels (blind set 701: do01-do08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / did not come home / did not survive / bodies pulled out',
     r'\bmartyred\b|\bcome home\b|\bsurvive\b|\bpulled out\b'),
    ('forced to leave / have left / sheltering', r'\bforced to leave\b|\bleft\b|\bsheltering\b'),
    ('in custody / held', r'\bcustody\b|\bheld\b'),
    ('needed surgery', r'\bsurgery\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('worshippers/apostates/passengers/members/individuals/boys',
     r'\b(?:worshippers|apostates|passengers|members|individuals|boys)\b'),
    ('Khawarij/khawarij/mujahideen/militiamen', r'\b(?:[Kk]hawarij|mujahideen|militiamen)\b'),
    ('families/households/suspects/Afghans', r'\b(?:families|households|suspects|Afghans)\b'),
    ('colleagues/midwives/labourers/border guards/personnel',
     r'\b(?:colleagues|midwives|labourers|border guards|personnel)\b'),
]

# do01: IS-K suicide bombing of a mosque at Friday prayers in Khogyani, Nangarhar (AFP style, one
# sentence a paragraph, en-dash dateline, British spelling, curly quotes, an em-dash aside)
A['do01.txt'] = dict(
    casualty=[
        C('killing at least 19 worshippers', 'killed', 19, 'at-least', 'people', id='tot'),
        C('wounding more than 40', 'injured', 40, 'at-least', 'people', id='w40'),
        C('killed “more than 60 apostates”', 'killed', 60, 'at-least', 'people', tags='contradicted'),
        C('Two boys died', 'killed', 2, 'exact', 'children'),
        C('14 dead', 'killed', 14, 'exact', 'people', tags='contradicted'),
        C('32 wounded', 'injured', 32, 'exact', 'people', id='p32', tags='contradicted'),
        C('three more of the wounded had died', 'killed', 3, 'exact', 'people', sub='p32'),
        C('the death toll to 17', 'killed', 17, 'exact', 'people', tags='update'),
        C('dozens of the wounded', 'injured', None, 'vague', 'people', id='dz', sub='w40'),
        C('a handful of them', 'injured', None, 'vague', 'people', sub='dz'),
        C('11 of the dead were children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('arrested eight suspects', 'detained', 8, 'exact', 'people', id='arr'),
        C('two of them', 'detained', 2, 'exact', 'people', sub='arr'),
        C('up to 200 families', 'displaced', 200, 'at-most', 'people'),
        C('killed more than 50 people', 'killed', 50, 'at-least', 'people'),
        C('212 civilians had been killed', 'killed', 212, 'exact', 'civilians'),
    ],
    sources=[
        S('a provincial health official', 'anonymous'),
        S('The Islamic State Khorasan group (IS-K)', 'military'),
        S('its Amaq channel', 'media'),
        S('witnesses', 'witness'),
        S('Gul Agha', 'witness', form='name'),
        S('Provincial police spokesman Qari Abdul Basir Zahid', 'official', form='title-name'),
        S('Zahid', 'official', nth=1, form='name'),
        S('A doctor at Jalalabad’s regional hospital', 'anonymous'),
        S('The health official', 'anonymous'),
        S('The Taliban government’s chief spokesman', 'official', form='role'),
        S('Intelligence officials', 'official'),
        S('Residents', 'witness'),
        S('the United Nations', 'ngo'),
        S('The UN Assistance Mission in Afghanistan (UNAMA)', 'ngo'),
    ],
    numbers=[
        N('about 12:45 pm', 'time'),
        N('0815 GMT', 'time'),
        N('some 300 men and boys', 'count-people'),
        N('34-year-old', 'age'),
        N('40 kilometres', 'distance'),
        N('the age of 15', 'age'),
        N('2015', 'year'),
        N('dozens of attacks', 'count-objects'),
        N('August 2021', 'date'),
        N('October 2021', 'date'),
        N('the first six months', 'duration'),
    ])

# do02: Pakistani airstrikes and shelling on Marawara, Kunar (Reuters style, Reuters dateline and
# sign-off, American spelling, straight quotes)
A['do02.txt'] = dict(
    casualty=[
        C('killing 23 people', 'killed', 23, 'exact', 'people', id='tot'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('31 people had been wounded', 'injured', 31, 'exact', 'people'),
        C('pulled out 17 bodies', 'killed', 17, 'exact', 'people', sub='tot'),
        C('killing "between 40 and 50 khawarij', 'killed', None, 'range', 'fighters', low=40, high=50,
          tags='contradicted'),
        C('three soldiers had been killed', 'killed', 3, 'exact', 'soldiers'),
        C('seven wounded', 'injured', 7, 'exact', 'soldiers'),
        C('killing "dozens" of Pakistani troops', 'killed', None, 'vague', 'soldiers'),
        C('hundreds of families had fled', 'displaced', None, 'vague', 'people'),
        C('as many as 12 people were still missing', 'missing', 12, 'at-most', 'people'),
        C('received 27 wounded', 'injured', 27, 'exact', 'people', id='hosp'),
        C('eight of them', 'injured', 8, 'exact', 'people', sub='hosp'),
        C('two had died', 'killed', 2, 'exact', 'people', sub='hosp'),
        C('the toll to 25', 'killed', 25, 'exact', 'people', tags='update'),
        C('killed more than 1,200 members of the security forces', 'killed', 1200, 'at-least', 'soldiers'),
        C('over 800,000 Afghans have been forced to leave the country', 'displaced', 800000, 'at-least',
          'people'),
    ],
    sources=[
        S('Taliban officials', 'official'),
        S('the district governor, Mawlawi Noor Rahman Haqmal', 'official', form='title-name'),
        S('Haqmal', 'official', nth=1, form='name'),
        S("Pakistan's military", 'military'),
        S("The military's media wing, Inter-Services Public Relations (ISPR)", 'military'),
        S("A spokesman for the Taliban administration's defense ministry, Enayatullah Khalid", 'military',
          form='title-name'),
        S('Residents', 'witness'),
        S('Bibi Hawa', 'witness', form='name'),
        S('Provincial health director Fazal Rabi Wardak', 'official', form='title-name'),
        S('The United Nations Assistance Mission in Afghanistan', 'ngo'),
        S('Pakistan', 'official', nth=3),
        S('the Taliban', 'official', nth=2),
        S('Pakistani officials', 'official'),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('Nov 9', 'date'),
        N('several villages', 'count-objects'),
        N("the two countries", 'count-objects'),
        N('one compound', 'count-objects'),
        N('about 25 km', 'distance'),
        N('15 miles', 'distance'),
        N('52', 'age'),
        N('six hours', 'duration'),
        N('her eight grandchildren', 'count-people'),
        N('2021', 'year'),
        N('late 2023', 'date'),
    ])

# do03: a Taliban raid on an IS-K hideout in Chaparhar, Nangarhar (state media, Bakhtar News Agency;
# solar-calendar dateline, digits throughout, officialese, a denial of "foreign-funded media")
A['do03.txt'] = dict(
    casualty=[
        C('killing 6 Khawarij', 'killed', 6, 'exact', 'fighters'),
        C('arresting 4 others', 'detained', 4, 'exact', 'fighters', id='arr'),
        C('2 mujahideen', 'killed', 2, 'exact', 'soldiers'),
        C('3 others were injured', 'injured', 3, 'exact', 'soldiers'),
        C('A number of other Khawarij were wounded', 'injured', None, 'vague', 'fighters'),
        C('1 of the arrested individuals', 'detained', 1, 'exact', 'people', sub='arr'),
        C('9 civilians', 'killed', 9, 'exact', 'civilians', id='c9', tags='contradicted'),
        C('4 children', 'killed', 4, 'exact', 'children', sub='c9', tags='contradicted'),
        C('killed 37 Khawarij', 'killed', 37, 'exact', 'fighters'),
        C('detained 112 suspects', 'detained', 112, 'exact', 'people'),
        C('84 families who had left their homes', 'displaced', 84, 'exact', 'people'),
    ],
    sources=[
        S('the office of the Nangarhar governor’s spokesman', 'official'),
        S('the statement', 'official', nth=0, form='document'),
        S('the statement', 'official', nth=1, form='document'),
        S('Mawlawi Zia-ul-Haq Mukhlis', 'official', form='title-name'),
        S('Some foreign-funded media outlets', 'media'),
        S('The spokesman', 'official', form='role'),
        S('Mukhlis', 'official', nth=1, form='name'),
        S('the provincial police command', 'official'),
        S('the provincial department of refugees and repatriation', 'official'),
        S('The department', 'official'),
        S('the statement', 'official', nth=2, form='document'),
    ],
    numbers=[
        N('24 Hamal 1404', 'date'),
        N('11:30 pm', 'time'),
        N('nearly 3 hours', 'duration'),
        N('3 suicide vests', 'count-objects'),
        N('11 Kalashnikov rifles', 'count-objects'),
        N('2 motorcycles', 'count-objects'),
        N('40 kg of explosive material', 'quantity'),
        N('450,000 Pakistani rupees', 'money'),
        N('the year 1404', 'year'),
        N('19 separate operations', 'count-objects'),
        N('25 kg of flour', 'quantity'),
        N('5 litres of cooking oil', 'quantity'),
        N('1,460 returnee families', 'count-people'),
        N('the past 2 months', 'duration'),
        N('3 townships', 'count-objects'),
    ])

# do04: a roadside bomb hits an NGO's clinic minibus in Burka, Baghlan (NGO statement: headline,
# en-dash dateline, first person plural, a list of demands, notes to editors, curly quotes)
A['do04.txt'] = dict(
    casualty=[
        C('Four health workers killed', 'killed', 4, 'exact', 'other', id='head'),
        C('four of our colleagues were killed', 'killed', 4, 'exact', 'other', id='lead', tags='repeat'),
        C('five others injured', 'injured', 5, 'exact', 'other', id='inj'),
        C('Two of those killed were midwives', 'killed', 2, 'exact', 'other', sub='lead'),
        C('Three of the injured', 'injured', 3, 'exact', 'other', sub='inj'),
        C('killed two civilians', 'killed', 2, 'exact', 'civilians'),
        C('the number of dead to six', 'killed', 6, 'exact', 'people', tags='update'),
        C('three suspects have been detained', 'detained', 3, 'exact', 'people'),
        C('17 health workers were killed', 'killed', 17, 'exact', 'other'),
        C('upwards of 30 civilians have died', 'killed', 30, 'at-least', 'civilians'),
        C('42 injured', 'injured', 42, 'exact', 'other'),
        C('four of them did not come home', 'killed', 4, 'exact', 'other', tags='repeat'),
    ],
    sources=[
        S('The Hindu Kush Community Health Initiative (HKCHI)', 'ngo'),
        S('Dr Shafiqa Noori', 'ngo', form='title-name'),
        S('The Islamic State Khorasan Province (ISKP)', 'military'),
        S('Local authorities', 'official'),
        S('the provincial authorities', 'official'),
        S('the provincial health department', 'official'),
        S('the World Health Organization (WHO)', 'ngo'),
        S('Noori', 'ngo', nth=1, form='name'),
    ],
    numbers=[
        N('18 February 2025', 'date'),
        N('11 staff', 'count-people'),
        N('around 7:40 am', 'time'),
        N('2019', 'year'),
        N('a father of six', 'count-people'),
        N('30 kilometres', 'distance'),
        N('143 attacks on health care', 'count-objects'),
        N('2024', 'year'),
        N('its six mobile clinics', 'count-objects'),
        N('three days', 'duration'),
        N('about 2,500 consultations', 'count-objects'),
        N('children under five', 'age'),
        N('thousands of returnee families', 'count-people'),
        N('2008', 'year'),
        N('340 Afghan staff', 'count-people'),
        N('190 of them women', 'count-people'),
        N('5 provinces', 'count-objects'),
        N('+93 70 412 3388', 'other'),
    ])

# do05: clashes over poppy eradication and displacement in Darayim, Badakhshan (UN OCHA-style flash
# update: title, highlights, overview, displacement by location, sectors, funding; bullets, digits)
A['do05.txt'] = dict(
    casualty=[
        C('At least 11 people', 'killed', 11, 'at-least', 'people', id='h11'),
        C('2 children', 'killed', 2, 'exact', 'children', nth=0, sub='h11'),
        C('27 injured', 'injured', 27, 'exact', 'people', id='h27'),
        C('An estimated 4,200 people', 'displaced', 4200, 'approx', 'people', nth=0),
        C('approximately 600 households', 'displaced', 600, 'approx', 'people'),
        C('3 people remain unaccounted for', 'missing', 3, 'exact', 'people'),
        C('9 people were killed', 'killed', 9, 'exact', 'people', id='o9'),
        C('2 children', 'killed', 2, 'exact', 'children', nth=1, sub='o9', tags='repeat'),
        C('1 woman', 'killed', 1, 'exact', 'women', sub='o9'),
        C('2 of the injured died', 'killed', 2, 'exact', 'people', sub='h27'),
        C('the death toll to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('3 of their personnel were killed', 'killed', 3, 'exact', 'soldiers'),
        C('the 27 people injured', 'injured', 27, 'exact', 'people', id='o27', tags='repeat'),
        C('6 are members of the de facto security forces', 'injured', 6, 'exact', 'soldiers', sub='o27'),
        C('Some 40 men', 'detained', 40, 'approx', 'men', id='det'),
        C('25 remain in custody', 'detained', 25, 'exact', 'men', sub='det'),
        C('3 people', 'missing', 3, 'exact', 'people', nth=1, tags='repeat'),
        C('An estimated 4,200 people have fled their homes', 'displaced', 4200, 'approx', 'people', id='d',
          tags='repeat'),
        C('1,900 people', 'displaced', 1900, 'exact', 'people', sub='d'),
        C('1,250 people', 'displaced', 1250, 'exact', 'people', sub='d'),
        C('650 people', 'displaced', 650, 'exact', 'people', sub='d'),
        C('400 people', 'displaced', 400, 'exact', 'people', sub='d'),
        C('150–200 people', 'displaced', None, 'range', 'people', low=150, high=200),
        C('around 90 households sheltering', 'displaced', 90, 'approx', 'people', sub='d'),
        C('19 of the injured', 'injured', 19, 'exact', 'people', id='fph', sub='o27'),
        C('3 of whom', 'injured', 3, 'exact', 'people', sub='fph'),
        C('a further 8', 'injured', 8, 'exact', 'people', sub='o27'),
    ],
    sources=[
        S('local sources', 'anonymous'),
        S('The de facto authorities', 'official'),
        S('the provincial public health directorate', 'official'),
        S('partners', 'ngo', nth=1),
        S('the de facto Department of Refugees and Repatriation (DoRR)', 'official'),
        S('IOM', 'ngo'),
        S('OCHA', 'ngo', nth=0),
        S('UNHCR', 'ngo'),
        S('partners', 'ngo', nth=2),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('24 June 2025', 'date'),
        N('19 June', 'date'),
        N('US$1.8 million', 'money', nth=0),
        N('the next 3 months', 'duration'),
        N('19 and 20 June', 'date'),
        N('at least 7 villages', 'count-objects'),
        N('those 2 days', 'duration'),
        N('22 June', 'date'),
        N('21 June', 'date'),
        N('23 June', 'date', nth=0),
        N('14-year-old', 'age'),
        N('23 June', 'date', nth=1),
        N('2 trauma kits', 'count-objects'),
        N('100 surgical interventions', 'count-objects'),
        N('Approximately 320 hectares', 'quantity'),
        N('an estimated 70 per cent', 'percentage'),
        N('2 water supply systems', 'count-objects'),
        N('4,200 people', 'count-people', nth=2),
        N('1 month', 'duration'),
        N('26 June', 'date'),
        N('US$1.8 million', 'money', nth=1),
        N('15 per cent', 'percentage'),
        N('more than 6,000 returnees', 'count-people'),
    ])

# do06: a bomb on a passenger bus between Keshem and Faizabad, Badakhshan (a broadcaster's website:
# headline and byline, no dateline, British spelling, curly quotes, en-dash aside)
A['do06.txt'] = dict(
    casualty=[
        C('At least 12 dead', 'killed', 12, 'at-least', 'people', id='head'),
        C('At least 12 people have been killed', 'killed', 12, 'at-least', 'people', id='lead', tags='repeat'),
        C('about 25 injured', 'injured', 25, 'approx', 'people', id='inj'),
        C('five members of the same family', 'killed', 5, 'exact', 'people', sub='lead'),
        C('Three of the dead were children', 'killed', 3, 'exact', 'children', sub='lead'),
        C('killed 10 passengers', 'killed', 10, 'exact', 'people', tags='contradicted'),
        C('wounded 21', 'injured', 21, 'exact', 'people', tags='contradicted'),
        C('killed 30 “Ismaili apostates”', 'killed', 30, 'exact', 'people', tags='contradicted'),
        C('fewer than 10 of the dead were Ismailis', 'killed', 10, 'at-most', 'people', sub='lead'),
        C('two of the injured had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the toll to 14', 'killed', 14, 'exact', 'people', tags='update'),
        C('Seven others', 'injured', 7, 'exact', 'people', id='surg', sub='inj'),
        C('three children', 'injured', 3, 'exact', 'children', sub='surg'),
        C('A dozen of the injured', 'injured', 12, 'exact', 'people', sub='inj'),
        C('detained two men', 'detained', 2, 'exact', 'men'),
        C('killed 11 people', 'killed', 11, 'exact', 'people'),
        C('wounded more than 30', 'injured', 30, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('a health department official in Faizabad', 'anonymous'),
        S('The Taliban’s police spokesman in Badakhshan, Abdul Wadood Sarwari', 'official', form='title-name'),
        S('Mohammad Nabi', 'witness', form='name'),
        S('Mr Nabi', 'witness', form='name'),
        S('The Islamic State group’s regional affiliate, known as IS-K', 'military'),
        S('Local elders in Khairabad', 'other'),
        S('the head of Faizabad’s regional hospital, Dr Mir Ahmad Wafa', 'official', form='title-name'),
        S('Police', 'official'),
        S('The UN mission in Afghanistan, Unama', 'ngo'),
        S('one man', 'witness', form='role'),
    ],
    numbers=[
        N('40-year-old', 'age'),
        N('about a dozen people', 'count-people'),
        N('some 100,000', 'population'),
        N('Hundreds of people', 'count-people'),
        N('20 minutes', 'duration'),
        N('about 60km', 'distance'),
        N('37 miles', 'distance'),
        N('dozens of buses', 'count-objects'),
        N('150 afghanis', 'money'),
        N('about £1.70', 'money'),
        N('2021', 'year'),
        N('Two years ago', 'date'),
        N('Scores of relatives', 'count-people'),
        N('one man', 'count-people'),
    ])

# do07: a suicide bombing outside a bank on salary day in Khwaja Ghar, Takhar (AP style, em-dash
# dateline, American spelling, straight quotes, an AP contributor line)
A['do07.txt'] = dict(
    casualty=[
        C('killing at least eight people', 'killed', 8, 'at-least', 'people', id='tot'),
        C('wounding 17', 'injured', 17, 'exact', 'people'),
        C('four of the dead were civilians', 'killed', 4, 'exact', 'civilians', sub='tot'),
        C('killed "nearly 40 Taliban militiamen', 'killed', 40, 'at-most', 'fighters', tags='contradicted'),
        C('received 23 wounded people', 'injured', 23, 'exact', 'people', id='h23', tags='contradicted'),
        C('three of them had died', 'killed', 3, 'exact', 'people', sub='h23'),
        C('the death toll to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('15 or 20 bodies', 'killed', None, 'range', 'people', low=15, high=20),
        C('arrested six people', 'detained', 6, 'exact', 'people'),
        C('killed five people', 'killed', 5, 'exact', 'people'),
        C('killed at least 150 civilians', 'killed', 150, 'at-least', 'civilians'),
        C('wounded almost 400 others', 'injured', 400, 'at-most', 'civilians'),
    ],
    sources=[
        S('the provincial police', 'official', nth=0),
        S('Ghulam Sakhi Mohmand', 'official', form='name'),
        S('the Islamic State group', 'military'),
        S('its Aamaq news agency', 'media'),
        S('A doctor at the district hospital', 'anonymous'),
        S('Shir Agha', 'witness', form='name'),
        S("The Taliban government's chief spokesman", 'official', form='role'),
        S('Mohmand', 'official', nth=1, form='name'),
        S('local officials', 'official'),
        S('The U.N. mission in Afghanistan', 'ngo'),
        S('the U.N. refugee agency', 'ngo'),
    ],
    numbers=[
        N('about 8:15 a.m.', 'time'),
        N('12-year-old', 'age'),
        N('45', 'age'),
        N('9,000 afghanis', 'money'),
        N('$130', 'money'),
        N('maybe 200 people', 'count-people'),
        N('two months', 'duration'),
        N('August 2021', 'date'),
        N('2024', 'year'),
        N('about 1.1 million people', 'population'),
        N('some 250 kilometers', 'distance'),
        N('155 miles', 'distance'),
        N('nearly 2.4 million Afghans', 'count-people'),
    ])

# do08: returnees from Pakistan shelled in their camp at Asmar, Kunar (a newspaper's own correspondent:
# headline, "From our correspondent" line, first person, present-tense "says", em-dash aside)
A['do08.txt'] = dict(
    casualty=[
        C('Seven people were killed', 'killed', 7, 'exact', 'people', id='g7'),
        C('two small boys', 'killed', 2, 'exact', 'children', sub='g7'),
        C('the number of dead at nine', 'killed', 9, 'exact', 'people', id='gov', tags='contradicted'),
        C('23 were wounded', 'injured', 23, 'exact', 'people'),
        C('two of the dead were Taliban border guards', 'killed', 2, 'exact', 'soldiers', sub='gov'),
        C('21 wounded', 'injured', 21, 'exact', 'people', id='led'),
        C('Five of them', 'injured', 5, 'exact', 'people', id='five', sub='led'),
        C('two did not survive the journey', 'killed', 2, 'exact', 'people', sub='five'),
        C('roughly 300 families have fled', 'displaced', 300, 'approx', 'people'),
        C('10 to 15 more families leave', 'displaced', None, 'range', 'people', low=10, high=15),
        C('40 other Afghan labourers', 'detained', 40, 'exact', 'other'),
        C('several hundred Afghan men are held', 'detained', None, 'vague', 'men'),
        C('killing “15 Pakistani soldiers”', 'killed', 15, 'exact', 'soldiers', tags='contradicted'),
        C('3.2 million people remain internally displaced', 'displaced', 3200000, 'exact', 'people'),
        C('the seven', 'killed', 7, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('Gul Bibi', 'witness', nth=1, form='name'),
        S('The district governor, Mawlawi Hekmatullah Saqib', 'official', form='title-name'),
        S('a nurse, Farzana', 'witness', form='name'),
        S('officials', 'official'),
        S('Sher Khan', 'witness', form='name'),
        S('A lawyer in Peshawar', 'anonymous'),
        S('the Taliban’s deputy spokesman', 'official', form='role'),
        S('Islamabad’s foreign office', 'official'),
        S('The UN refugee agency, UNHCR', 'ngo'),
    ],
    numbers=[
        N('a mile or two', 'distance'),
        N('38', 'age'),
        N('one of them', 'count-objects'),
        N('seven months', 'duration'),
        N('41 years', 'duration'),
        N('Three weeks', 'duration'),
        N('four hours', 'duration'),
        N('about 1,300 families', 'count-people'),
        N('some 9,000 people', 'count-people'),
        N('19', 'age'),
        N('1.2 million Afghans', 'count-people'),
        N('more than 60 per cent', 'percentage'),
        N('4 latrines', 'count-objects'),
        N('100 families', 'count-people'),
        N('600 children', 'count-people'),
        N('2 teachers', 'count-people'),
        N('a girl of 3', 'age'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
