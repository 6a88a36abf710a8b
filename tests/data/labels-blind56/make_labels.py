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

# ---------------------------------------------------------------- labels (blind set 56: jq01-jq08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / neutralized / supreme sacrifice / martyred / hacked to death',
     r'\bneutrali[sz]ed\b|\bsupreme sacrifice\b|\bmartyred\b|\bhacked\b'),
    ('treated / in a critical condition / under the debris',
     r'\btreated\b|\bcritical condition\b|\bdebris\b'),
    ('kidnapped / rescued … abducted / cannot find', r'\bkidnapped\b|\babducted\b|\bcannot find\b'),
    ('shifted / crossed the river / sheltering / households', r'\bshifted\b|\bcrossed\b|\bhouseholds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/jawan/gang members/assailants/attackers',
     r'\b(?:servicemen|jawan|gang members|assailants|attackers|militia members)\b'),
    ('grandsons/brothers/young men', r'\b(?:grandsons|brothers|young Pahari men)\b'),
    ('worshippers/herders/households/families/members/suspects',
     r'\b(?:worshippers|herders|households|families|members|suspects)\b'),
    ('nurses/patients', r'\b(?:nurses|patients)\b'),
]

# jq01: a Russian missile strike on an apartment building in Izium, Kharkiv oblast, Ukraine (Reuters style)
A['jq01.txt'] = dict(
    casualty=[
        C('killing at least 11 people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('injuring 28 others', 'injured', 28, 'exact', 'people', id='inj'),
        C('two of the injured were children', 'injured', 2, 'exact', 'children', sub='inj'),
        C('the death toll to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('two more bodies', 'killed', 2, 'exact', 'people'),
        C('as many as six residents', 'missing', 6, 'at-most', 'civilians'),
        C('The number of injured rose to 31', 'injured', 31, 'exact', 'people', tags='update'),
        C('killing "up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('two grandsons', 'missing', 2, 'exact', 'children'),
        C('exhumed more than 400 bodies', 'killed', 400, 'at-least', 'people'),
        C('at least 14,000 civilians had been killed', 'killed', 14000, 'at-least', 'civilians', id='un'),
        C('more than 700 children', 'killed', 700, 'at-least', 'children', sub='un'),
    ],
    sources=[
        S('Ukrainian officials', 'official'),
        S('Kharkiv regional governor Oleh Hrytsenko', 'official', form='title-name'),
        S('Dmytro Sydorenko', 'official', form='name'),
        S('the State Emergency Service', 'official'),
        S('the governor', 'official', form='role'),
        S("Russia's Defense Ministry", 'military'),
        S('Andriy Kovalchuk', 'military', form='name'),
        S("Ukraine's air force", 'military'),
        S('Olena Tkachenko', 'witness', form='name'),
        S('The United Nations Human Rights Monitoring Mission in Ukraine', 'ngo'),
        S('Officials in Kharkiv', 'official'),
    ],
    numbers=[
        N('Oct 14', 'date'),
        N('five-story', 'other'),
        N('pulled 14 people alive', 'count-people'),
        N('9-year-old', 'age'),
        N('7:40 a.m.', 'time'),
        N('one entrance', 'count-objects'),
        N('two Iskander-M ballistic missiles', 'count-objects'),
        N('57 drones', 'count-objects'),
        N('44 of the drones', 'count-objects'),
        N('63', 'age'),
        N('about 45,000', 'population'),
        N('more than six months', 'duration'),
        N('2022', 'year'),
        N('February 2022', 'date'),
        N('three times', 'other'),
        N('dozens of cars', 'count-objects'),
    ])

# jq02: clashes between Pahari and Bengali residents in Khagrachari, Chittagong Hill Tracts, Bangladesh
# (a Dhaka daily's own correspondent)
A['jq02.txt'] = dict(
    casualty=[
        C('Three dead', 'killed', 3, 'exact', 'people'),
        C('dozens hurt', 'injured', None, 'vague', 'people'),
        C('At least three people were killed', 'killed', 3, 'at-least', 'people', id='tot', tags='repeat'),
        C('more than 50 injured', 'injured', 50, 'at-least', 'people', tags='repeat'),
        C('Two of the dead were young Pahari men', 'killed', 2, 'exact', 'men', sub='tot'),
        C('38 people had been treated', 'injured', 38, 'exact', 'people', id='hosp'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='hosp'),
        C('Nine patients in a critical condition', 'injured', 9, 'exact', 'people', sub='hosp'),
        C('arrested 17 people', 'detained', 17, 'exact', 'people'),
        C('the number of people arrested had risen to 23', 'detained', 23, 'exact', 'people', tags='update'),
        C('hundreds of families” had fled', 'displaced', None, 'vague', 'people'),
        C('12 to 15 of its members had been injured', 'injured', None, 'range', 'people', low=12, high=15),
    ],
    sources=[
        S('Khagrachari Superintendent of Police Nazmul Hasan Bhuiyan', 'official', form='title-name'),
        S('Khagrachari Sadar Hospital’s resident medical officer, Dr Ripan Chakma', 'official',
          form='title-name'),
        S('Police', 'official', nth=1),
        S('the district police', 'official'),
        S('Deputy Commissioner Farhana Akter', 'official', form='title-name'),
        S('Leaders of the Hill Students’ Council', 'other'),
        S('A Bengali organisation, the Hill Tracts Citizens’ Forum', 'other'),
        S('Locals', 'witness'),
        S('traders', 'witness'),
        S('rights activists', 'other'),
    ],
    numbers=[
        N('Section 144', 'other'),
        N('Section 144', 'other', nth=1),
        N('34-year-old', 'age'),
        N('about 110 kilometres', 'distance'),
        N('at least 120 houses and shops', 'count-objects'),
        N('10pm', 'time'),
        N('1997', 'year'),
        N('more than two decades', 'duration'),
        N('The three hill districts', 'count-objects'),
        N('about 1.8 million people', 'population'),
        N('more than a dozen indigenous communities', 'other'),
    ])

# jq03: a car bomb near the bus station of Azaz, northern Syria (AFP style)
A['jq03.txt'] = dict(
    casualty=[
        C('killing eight civilians', 'killed', 8, 'exact', 'civilians', id='so'),
        C('two children', 'killed', 2, 'exact', 'children', sub='so'),
        C('almost 30 others were wounded', 'injured', 30, 'at-most', 'people', id='w'),
        C('several of them', 'injured', None, 'vague', 'people', sub='w'),
        C('a higher toll of 11 dead', 'killed', 11, 'exact', 'people', id='wh', tags='contradicted'),
        C('43 injured', 'injured', 43, 'exact', 'people', tags='contradicted'),
        C('three bodies', 'killed', 3, 'exact', 'people', sub='wh'),
        C('five or six bodies', 'killed', None, 'range', 'people', low=5, high=6),
        C('26 wounded', 'injured', 26, 'exact', 'people', id='hosp'),
        C('four women', 'injured', 4, 'exact', 'women', sub='hosp'),
        C('two of them had died', 'killed', 2, 'exact', 'people', sub='hosp'),
        C('raised its toll to 10', 'killed', 10, 'exact', 'civilians', tags='update'),
        C('arrested four suspects', 'detained', 4, 'exact', 'people'),
        C('neutralised” 13 PKK/YPG terrorists', 'killed', 13, 'exact', 'fighters'),
        C('hundreds of thousands of people displaced', 'displaced', None, 'vague', 'people'),
        C('killed at least 14 people', 'killed', 14, 'at-least', 'people'),
        C('killed more than 500,000 people', 'killed', 500000, 'at-least', 'people'),
        C('forced around 12 million from their homes', 'displaced', 12000000, 'approx', 'people'),
    ],
    sources=[
        S('a war monitor', 'ngo'),
        S('The Syrian Observatory for Human Rights', 'ngo'),
        S('The Syria Civil Defence', 'ngo'),
        S('Abu Khaled', 'witness', form='name'),
        S('The director of Azaz’s main hospital, Dr Mahmoud al-Issa', 'official', form='title-name'),
        S('The Observatory', 'ngo'),
        S('An AFP correspondent', 'media'),
        S('The local council in Azaz', 'official'),
        S('The SDF', 'military'),
        S('Turkey’s defence ministry', 'military'),
        S('the Observatory', 'ngo'),
    ],
    numbers=[
        N('11:15 am', 'time'),
        N('0815 GMT', 'time'),
        N('41', 'age'),
        N('at least four cars', 'count-objects'),
        N('around five kilometres', 'distance'),
        N('2011', 'year'),
    ])

# jq04: a jihadist attack on a cattle market near Ayorou, western Niger (dpa style, one sentence a paragraph)
A['jq04.txt'] = dict(
    casualty=[
        C('killed at least 22 civilians', 'killed', 22, 'at-least', 'civilians'),
        C('19 bodies', 'killed', 19, 'exact', 'people', id='b19'),
        C('four children', 'killed', 4, 'exact', 'children', sub='b19'),
        C('between 15 and 20 people had been wounded', 'injured', None, 'range', 'people', low=15, high=20),
        C('killed 12 civilians', 'killed', 12, 'exact', 'civilians', tags='contradicted'),
        C('neutralized" dozens of the assailants', 'killed', None, 'vague', 'fighters'),
        C('six soldiers had been wounded', 'injured', 6, 'exact', 'soldiers'),
        C('31 suspects had been arrested', 'detained', 31, 'exact', 'people'),
        C('counted 25 dead', 'killed', 25, 'exact', 'people', tags='contradicted'),
        C('several herders were still missing', 'missing', None, 'vague', 'civilians'),
        C('Several hundred families have since fled', 'displaced', None, 'vague', 'people'),
        C('killed more than 40 worshippers', 'killed', 40, 'at-least', 'people'),
        C('more than 500,000 people are now displaced', 'displaced', 500000, 'at-least', 'people'),
    ],
    sources=[
        S('local sources', 'anonymous'),
        S('a municipal council member in Ayorou', 'anonymous'),
        S('the council member', 'anonymous'),
        S("Niger's military government", 'official'),
        S('state television', 'media'),
        S('The statement', 'official', form='document'),
        S('A resident of Ayorou, Moussa Hamani', 'witness', form='name'),
        S('the 58-year-old', 'witness', form='role'),
        S('Hamani', 'witness', nth=1, form='name'),
        S('a humanitarian worker in Niamey', 'anonymous'),
        S('the government', 'official'),
        S('The UN', 'ngo'),
    ],
    numbers=[
        N('dozens of motorbikes', 'count-objects'),
        N('10 am', 'time'),
        N('about 90 kilometers', 'distance'),
        N("three sons", 'count-people'),
        N('only one', 'count-people'),
        N('58-year-old', 'age'),
        N('hundreds of head of cattle', 'count-objects'),
        N('three-borders zone', 'other'),
        N('three days', 'duration'),
        N('July 2023', 'date'),
        N('some 27 million inhabitants', 'population'),
    ])

# jq05: Teke-Yaka violence in Bolobo territory, Mai-Ndombe, DR Congo (UN OCHA flash update)
A['jq05.txt'] = dict(
    casualty=[
        C('At least 34 people killed', 'killed', 34, 'at-least', 'people'),
        C('57 injured', 'injured', 57, 'exact', 'people'),
        C('An estimated 12,500 people displaced', 'displaced', 12500, 'approx', 'people'),
        C('34 people have been killed', 'killed', 34, 'exact', 'people', id='b34', tags='repeat'),
        C('11 women', 'killed', 11, 'exact', 'women', sub='b34'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='b34'),
        C('57 injured', 'injured', 57, 'exact', 'people', nth=1, tags='repeat'),
        C('the death toll at over 50', 'killed', 50, 'at-least', 'people', tags='contradicted'),
        C('killed 12 people', 'killed', 12, 'exact', 'people'),
        C('abducted four people', 'detained', 4, 'exact', 'people'),
        C('the four', 'missing', 4, 'exact', 'people', tags='repeat'),
        C('two soldiers were killed', 'killed', 2, 'exact', 'soldiers'),
        C('15 militia members arrested', 'detained', 15, 'exact', 'fighters'),
        C('41 wounded patients', 'injured', 41, 'exact', 'people', id='hosp'),
        C('18 of them', 'injured', 18, 'exact', 'people', sub='hosp'),
        C('seven', 'injured', 7, 'exact', 'people', nth=1, sub='hosp'),
        C('three patients died', 'killed', 3, 'exact', 'people', sub='hosp'),
        C('some 12,500 people have fled', 'displaced', 12500, 'approx', 'people', id='bd', tags='repeat'),
        C('Approximately 7,800 of them', 'displaced', 7800, 'approx', 'people', sub='bd'),
        C('an estimated 2,000 have crossed the Congo River', 'displaced', 2000, 'approx', 'people', sub='bd'),
        C('250–300 households', 'displaced', None, 'range', 'people', low=250, high=300),
    ],
    sources=[
        S('local authorities', 'official'),
        S('the territorial administrator', 'official', form='role'),
        S('Civil society organisations in Bolobo', 'other'),
        S('The Armed Forces of the DRC (FARDC)', 'military'),
        S('the provincial health division', 'official'),
        S('Local authorities', 'official'),
        S('humanitarian partners', 'ngo'),
        S('UNHCR', 'ngo'),
        S('Partners', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 June 2025', 'date'),
        N('9 June', 'date'),
        N('mid-2022', 'year'),
        N('9 June', 'date', nth=1),
        N('at least seven villages', 'count-objects'),
        N('14 June', 'date'),
        N('about 80 houses', 'count-objects'),
        N('15 and 16 June', 'date'),
        N('only two surgeons', 'count-people'),
        N('two schools', 'count-objects'),
        N('some 1,200 pupils', 'count-people'),
        N('3 tonnes', 'quantity'),
        N('1,150 household kits', 'count-objects'),
        N('9,000 people', 'count-people'),
        N('30 days', 'duration'),
        N('140-kilometre', 'distance'),
        N('2025', 'year', nth=1),
        N('US$2.54 billion', 'money'),
        N('11 per cent', 'percentage'),
    ])

# jq06: attacks on farming villages in Barkin Ladi, Plateau state, Nigeria (an NGO statement)
A['jq06.txt'] = dict(
    casualty=[
        C('killed at least 47 people', 'killed', 47, 'at-least', 'people'),
        C('the bodies of 16 people', 'killed', 16, 'exact', 'people', id='kwi'),
        C('my two brothers', 'killed', 2, 'exact', 'men', sub='kwi'),
        C('47 people were killed', 'killed', 47, 'exact', 'people', id='doc', tags='repeat'),
        C('19 women', 'killed', 19, 'exact', 'women', sub='doc'),
        C('12 children', 'killed', 12, 'exact', 'children', sub='doc'),
        C('at least 30 others were injured', 'injured', 30, 'at-least', 'people'),
        C('Eight people', 'missing', 8, 'exact', 'people'),
        C('confirmed 29 deaths', 'killed', 29, 'exact', 'people', tags='contradicted'),
        C('11 suspects had been arrested', 'detained', 11, 'exact', 'people'),
        C('the number of displaced at more than 6,000', 'displaced', 6000, 'at-least', 'people'),
        C('killed four of the attackers', 'killed', 4, 'exact', 'fighters'),
        C('nine abducted residents', 'detained', 9, 'exact', 'civilians'),
        C('killed thousands of people', 'killed', None, 'vague', 'people'),
        C('Upwards of 1,300 people were killed', 'killed', 1300, 'at-least', 'people'),
    ],
    sources=[
        S('the Centre for Justice and Peace in the Middle Belt (CJPMB)', 'ngo'),
        S('a 52-year-old farmer from Kwi village', 'anonymous'),
        S('CJPMB’s documentation', 'ngo', form='document'),
        S('The Plateau State Police Command', 'official'),
        S('A spokesperson for the state governor, Dalyop Gyang', 'official', form='title-name'),
        S('Survivors', 'witness'),
        S('the task force’s media officer, Major Samuel Danjuma', 'military', form='title-name'),
        S('CJPMB’s executive director, Dr Ruth Nanle', 'ngo', form='title-name'),
        S('the organisation’s monitoring', 'ngo', form='document'),
    ],
    numbers=[
        N('9 May 2025', 'date'),
        N('four days', 'duration'),
        N('Between 2 and 5 May', 'date'),
        N('six villages', 'count-objects'),
        N('three of the villages', 'count-objects'),
        N('31 people', 'count-people'),
        N('1am', 'time'),
        N('52-year-old', 'age'),
        N('6 May', 'date'),
        N('more than three hours', 'duration'),
        N('less than 5km', 'distance'),
        N('Forty-seven families', 'count-people'),
        N('90 days', 'duration'),
        N('2001', 'year'),
        N('2024', 'year'),
    ])

# jq07: an encounter with militants in Kishtwar, Jammu and Kashmir, India (state media style)
A['jq07.txt'] = dict(
    casualty=[
        C('Two terrorists neutralised', 'killed', 2, 'exact', 'fighters'),
        C('one jawan martyred', 'killed', 1, 'exact', 'soldiers'),
        C('neutralised two terrorists', 'killed', 2, 'exact', 'fighters', tags='repeat'),
        C('one Army jawan made the supreme sacrifice', 'killed', 1, 'exact', 'soldiers', tags='repeat'),
        C('two soldiers were also injured', 'injured', 2, 'exact', 'soldiers'),
        C('the two terrorists', 'killed', 2, 'exact', 'fighters', tags='repeat'),
        C('three suspects', 'detained', 3, 'exact', 'people'),
        C('roughly 200 residents', 'displaced', 200, 'approx', 'civilians'),
        C('killed three terrorists', 'killed', 3, 'exact', 'fighters'),
        C('four soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('127 terrorists were killed', 'killed', 127, 'exact', 'fighters', id='jkp'),
        C('64 of them foreigners', 'killed', 64, 'exact', 'fighters', sub='jkp'),
    ],
    sources=[
        S('officials', 'official'),
        S("the Army's White Knight Corps", 'military'),
        S('the Corps', 'military'),
        S('Inspector General of Police, Jammu Zone, Rakesh Bhardwaj', 'official', form='title-name'),
        S('the district administration', 'official'),
        S('The Lieutenant Governor of Jammu and Kashmir', 'official', form='role'),
        S('figures of the Jammu and Kashmir Police', 'official', form='document'),
        S('The Union Home Ministry', 'official'),
    ],
    numbers=[
        N('August 23', 'date'),
        N('6.30 am', 'time'),
        N('11 Rashtriya Rifles', 'other'),
        N('92 Base Hospital', 'other'),
        N('29', 'age'),
        N('nearly two years', 'duration'),
        N('Two AK-47 rifles', 'count-objects'),
        N('M4 carbine', 'other'),
        N('five magazines', 'count-objects'),
        N('two hamlets', 'count-objects'),
        N('48 hours', 'duration'),
        N('Rs 10 lakh', 'money'),
        N('the past three years', 'duration'),
        N('six', 'count-people'),
        N('more than three decades', 'duration'),
        N('nearly 70 per cent', 'percentage'),
        N('2019', 'year'),
    ])

# jq08: gang attacks on Carrefour, near Port-au-Prince, Haiti (a broadcaster's online report)
A['jq08.txt'] = dict(
    casualty=[
        C('kill dozens', 'killed', None, 'vague', 'people'),
        C('thousands flee', 'displaced', None, 'vague', 'people'),
        C('killed at least 42 people', 'killed', 42, 'at-least', 'people', id='un', tags='repeat'),
        C('12 women', 'killed', 12, 'exact', 'women', sub='un'),
        C('four children', 'killed', 4, 'exact', 'children', sub='un'),
        C('the toll was higher, at about 70', 'killed', 70, 'approx', 'people', tags='contradicted'),
        C('fewer than 30 people had died', 'killed', 30, 'at-most', 'people', tags='contradicted'),
        C('killed “at least a dozen” gang members', 'killed', 12, 'at-least', 'fighters'),
        C('two police officers had been wounded', 'injured', 2, 'exact', 'soldiers'),
        C('treated 37 people with gunshot and machete wounds', 'injured', 37, 'exact', 'people', id='msf'),
        C('9 children', 'injured', 9, 'exact', 'children', sub='msf'),
        C('Three of them had died', 'killed', 3, 'exact', 'people', sub='msf'),
        C('kidnapped some 20 people', 'detained', 20, 'approx', 'people', id='kid'),
        C('two nurses', 'detained', 2, 'exact', 'other', sub='kid'),
        C('Dozens of residents remain unaccounted for', 'missing', None, 'vague', 'civilians'),
        C('more than 9,200 people had fled', 'displaced', 9200, 'at-least', 'people', tags='repeat'),
        C('the number of internally displaced people in Haiti to nearly 1.3 million', 'displaced', 1300000,
          'at-most', 'people', tags='update'),
        C('More than 5,600 people were killed', 'killed', 5600, 'at-least', 'people'),
    ],
    sources=[
        S('the United Nations', 'ngo'),
        S('The UN human rights office, OHCHR', 'ngo'),
        S('OHCHR spokeswoman Liesl Moreau', 'ngo', form='title-name'),
        S('Carrefour’s mayor, Jean-Robert Désir', 'official', form='title-name'),
        S('Haiti’s national police', 'official'),
        S('Médecins Sans Frontières (MSF)', 'ngo'),
        S('the charity', 'ngo'),
        S('Marie-Claude Joseph', 'witness', form='name'),
        S('a local radio station', 'media'),
        S('a local human rights group, the Carrefour Citizens’ Rights Collective', 'ngo'),
        S('The International Organization for Migration (IOM)', 'ngo'),
        S('UN figures', 'ngo', form='document'),
    ],
    numbers=[
        N('38', 'age'),
        N('about 90%', 'percentage'),
        N('fewer than 1,000 personnel', 'count-people'),
        N('12-0', 'vote'),
        N('three abstentions', 'vote'),
        N('up to 5,500 personnel', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
