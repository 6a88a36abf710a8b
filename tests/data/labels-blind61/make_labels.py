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

# ---------------------------------------------------------------- labels (blind set 61: tq01-tq08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('eliminated / neutralised / martyred / succumbed / the loss of / buried / shot dead / corpses',
     r'\beliminated\b|\bneutrali[sz]ed\b|\bmartyr(?:ed|s)\b|\bsuccumbed\b|\bloss of\b|\bburied\b|'
     r'\bshot dead\b|\bcorpses\b'),
    ('evacuated / moved to shelters / sought shelter / left / crossed into',
     r'\bevacuated\b|\bmoved\b|\bsought shelter\b|\bcrossed into\b'),
    ('captured / taken … prisoner / apprehended / held / abducts', r'\bcaptur|\bprisoner\b|\bapprehended\b|'
     r'\bheld\b|\babducts\b'),
    ('civilian deaths / injuries / gunshot wounds', r'\binjuries\b|\bwounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/members of security forces/security personnel',
     r'\b(?:servicemen|members of the|security personnel)\b'),
    ('fishermen/labourers/nurses/rescue workers', r'\b(?:fishermen|labourers|nurses|rescue workers)\b'),
    ('assailants/attackers/suspects', r'\b(?:assailants|attackers|suspects)\b'),
    ('households/families/persons/brothers/daughters',
     r'\b(?:households|families|persons|brothers|daughters)\b'),
]

# tq01: missile and drone strike on Pavlohrad, Dnipropetrovsk region, Ukraine (Reuters style)
A['tq01.txt'] = dict(
    casualty=[
        C('killing at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('wounding 41 others', 'injured', 41, 'exact', 'people', id='inj'),
        C('Seven of the dead', 'killed', 7, 'exact', 'people', sub='tot'),
        C('Two or three residents were still unaccounted for', 'missing', None, 'range', 'civilians', low=2, high=3),
        C('27 of the wounded', 'injured', 27, 'exact', 'people', sub='inj', id='hosp'),
        C('five of them', 'injured', 5, 'exact', 'people', sub='hosp'),
        C('three rescue workers', 'injured', 3, 'exact', 'other', sub='inj'),
        C('about 300 residents', 'displaced', 300, 'approx', 'civilians'),
        C('the death toll had risen to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('two of the injured died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('up to 60 Ukrainian servicemen had been "eliminated"', 'killed', 60, 'at-most', 'soldiers',
          tags='contradicted'),
        C('Upwards of 4,000 people have been evacuated', 'displaced', 4000, 'at-least', 'people'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Mykola Hrytsenko', 'official', form='name'),
        S('Hrytsenko', 'official', nth=1, form='name'),
        S("Ukraine's State Emergency Service", 'official'),
        S('the service', 'official'),
        S('Olena Marchuk', 'witness', form='name'),
        S('Pavlohrad Mayor Oleksandr Dovhal', 'official', form='title-name'),
        S('Hrytsenko', 'official', nth=2, form='name'),
        S("Russia's Defense Ministry", 'military'),
        S('The ministry', 'military'),
        S("Ukraine's General Staff", 'military'),
        S("Ukraine's air force", 'military'),
        S('the regional administration', 'official'),
    ],
    numbers=[
        N('Oct 14', 'date'),
        N('4-year-old', 'age'),
        N('1:30 a.m.', 'time'),
        N('nearly three hours', 'duration'),
        N('at least 12 Shahed drones', 'count-objects'),
        N('four ballistic missiles', 'count-objects'),
        N('several apartment buildings', 'count-objects'),
        N('five-story', 'other'),
        N('16 people', 'count-people'),
        N('63', 'age'),
        N('14 apartment buildings', 'count-objects'),
        N('three days', 'duration'),
        N('57 of 74 drones', 'count-objects'),
        N('three of the seven missiles', 'count-objects'),
        N('about 100,000 people', 'population'),
        N('some 70 km', 'distance'),
        N('45 miles', 'distance'),
        N('February 2022', 'date'),
    ])

# tq02: shelling and drone strikes on Dilling, South Kordofan, Sudan (UN OCHA flash update)
A['tq02.txt'] = dict(
    casualty=[
        C('At least 34 civilians', 'killed', 34, 'at-least', 'civilians', id='tot'),
        C('11 children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('87 injured', 'injured', 87, 'exact', 'civilians'),
        C('An estimated 18,500 people have fled', 'displaced', 18500, 'approx', 'people'),
        C('19 people killed', 'killed', 19, 'exact', 'people', id='day1'),
        C('six women', 'killed', 6, 'exact', 'women', sub='day1'),
        C('killing between 8 and 10 people', 'killed', None, 'range', 'people', low=8, high=10),
        C('the toll from that strike at 13', 'killed', 13, 'exact', 'people', tags='contradicted'),
        C('killing “more than 70” SAF soldiers', 'killed', 70, 'at-least', 'soldiers'),
        C('capturing 12', 'detained', 12, 'exact', 'soldiers'),
        C('killed scores of “rebel militia” fighters', 'killed', None, 'vague', 'fighters'),
        C('at least 34 civilian deaths', 'killed', 34, 'at-least', 'civilians', tags='repeat'),
        C('87 injuries', 'injured', 87, 'exact', 'civilians', tags='repeat'),
        C('18,500 people', 'displaced', 18500, 'exact', 'people', nth=1, id='dtm', tags='repeat'),
        C('about 3,700 households', 'displaced', 3700, 'approx', 'people'),
        C('Some 6,200 of them', 'displaced', 6200, 'approx', 'people', sub='dtm'),
        C('more than 150 wounded patients', 'injured', 150, 'at-least', 'people', id='hosp'),
        C('at least five of them died', 'killed', 5, 'at-least', 'people', sub='hosp'),
        C('Two nurses were among those killed', 'killed', 2, 'exact', 'other', sub='tot'),
    ],
    sources=[
        S('local health authorities', 'official'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Local health authorities', 'official'),
        S('community leaders', 'other'),
        S('the Sudan Doctors Network', 'ngo'),
        S('The SPLM-N', 'military'),
        S('The SAF', 'military'),
        S('local health authorities', 'official', nth=1),
        S('DTM', 'ngo', nth=1),
        S('Partners in Kadugli', 'ngo'),
        S('The State Ministry of Health', 'official'),
        S('WHO', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 September 2025', 'date'),
        N('12 September', 'date'),
        N('four doctors', 'count-people'),
        N('2025', 'year', nth=1),
        N('23 per cent', 'percentage'),
        N('12 September', 'date', nth=1),
        N('15 September', 'date'),
        N('14 combat vehicles', 'count-objects'),
        N('several neighbourhoods', 'count-objects'),
        N('17 September', 'date'),
        N('about 120 km', 'distance'),
        N('up to four days', 'duration'),
        N('312 unaccompanied or separated children', 'count-people'),
        N('12 September', 'date', nth=2),
        N('16 September', 'date'),
        N('9,800 people', 'count-people'),
        N('45,000 litres', 'quantity'),
        N('three gathering sites', 'count-objects'),
        N('US$2.5 million', 'money'),
    ])

# tq03: jihadist attack on an army camp and a market in Hombori, central Mali (AFP style, one sentence a
# paragraph)
A['tq03.txt'] = dict(
    casualty=[
        C('killed at least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('14 soldiers had been killed', 'killed', 14, 'exact', 'soldiers', sub='tot'),
        C('11 wounded', 'injured', 11, 'exact', 'soldiers'),
        C('several others were missing', 'missing', None, 'vague', 'soldiers'),
        C('buried nine civilians', 'killed', 9, 'exact', 'civilians', sub='tot', id='civ'),
        C('two women', 'killed', 2, 'exact', 'women', sub='civ'),
        C('a further 15–20 people had been wounded', 'injured', None, 'range', 'people', low=15, high=20),
        C('“neutralised” around 30 assailants', 'killed', 30, 'approx', 'fighters'),
        C('the loss of nine of our men', 'killed', 9, 'exact', 'soldiers', tags='contradicted'),
        C('toll of nine dead', 'killed', 9, 'exact', 'soldiers', tags='repeat'),
        C('the 14', 'killed', 14, 'exact', 'soldiers', tags='repeat'),
        C('the toll among the troops had risen to 17', 'killed', 17, 'exact', 'soldiers', tags='update'),
        C('three wounded soldiers died', 'killed', 3, 'exact', 'soldiers'),
        C('killed “more than 40 soldiers”', 'killed', 40, 'at-least', 'soldiers', tags='contradicted'),
        C('taken several soldiers prisoner', 'detained', None, 'vague', 'soldiers'),
        C('hundreds of people had fled', 'displaced', None, 'vague', 'people'),
        C('killed 11 soldiers', 'killed', 11, 'exact', 'soldiers'),
        C('more than 400,000 people were internally displaced', 'displaced', 400000, 'at-least', 'people'),
    ],
    sources=[
        S('security and local sources', 'anonymous'),
        S('a security source', 'anonymous'),
        S('the source', 'anonymous'),
        S('The source', 'anonymous'),
        S('a local elected official', 'anonymous'),
        S('The official', 'anonymous'),
        S('state television ORTM', 'media'),
        S('the army', 'military'),
        S('The army', 'military'),
        S('the security source', 'anonymous'),
        S('a second security source', 'anonymous'),
        S('The Group for the Support of Islam and Muslims (JNIM)', 'military'),
        S('Residents', 'witness'),
        S('Amadou Maïga', 'witness', form='name'),
        S('The UN refugee agency UNHCR', 'ngo'),
    ],
    numbers=[
        N('dozens of motorbikes', 'count-objects'),
        N('5:00 am', 'time'),
        N('three sides', 'other'),
        N('two armoured vehicles', 'count-objects'),
        N('about 90 kilometres', 'distance'),
        N('1,155 metres', 'distance'),
        N('2020', 'year'),
        N('2021', 'year'),
        N('2012', 'year'),
    ])

# tq04: attacks on three villages in Walungu territory, South Kivu, DR Congo (medical NGO statement)
A['tq04.txt'] = dict(
    casualty=[
        C('73 wounded people', 'injured', 73, 'exact', 'people', id='tot'),
        C('At least 19 of the patients are children', 'injured', 19, 'at-least', 'children', sub='tot'),
        C('11 arrived with gunshot wounds', 'injured', 11, 'exact', 'people', sub='tot'),
        C('Six patients have died', 'killed', 6, 'exact', 'people'),
        C('my two brothers', 'killed', 2, 'exact', 'men'),
        C('four AMR-supported community health workers', 'injured', 4, 'exact', 'other', sub='tot'),
        C('One of our nurses', 'killed', 1, 'exact', 'other'),
        C('at least 41 people were killed', 'killed', 41, 'at-least', 'people', id='cs'),
        C('12 women', 'killed', 12, 'exact', 'women', sub='cs'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='cs'),
        C('dozens more are missing', 'missing', None, 'vague', 'people'),
        C('the death toll at 28', 'killed', 28, 'exact', 'people', tags='contradicted'),
        C('killed seven of the attackers', 'killed', 7, 'exact', 'fighters'),
        C('arrested 15 suspects', 'detained', 15, 'exact', 'people'),
        C('An estimated 9,000 people have fled', 'displaced', 9000, 'approx', 'people'),
        C('Between 300 and 400 families', 'displaced', None, 'range', 'people', low=300, high=400),
        C('nearly 1.2 million people are displaced', 'displaced', 1200000, 'at-most', 'people'),
    ],
    sources=[
        S('the organisation', 'ngo'),
        S('Dr Claudine Bisimwa', 'ngo', form='title-name'),
        S('Survivors', 'witness'),
        S('a 34-year-old woman from Izege', 'witness', form='role'),
        S('Local civil society groups', 'other'),
        S('The rebel-appointed governor’s office in Bukavu', 'official'),
        S('The Alliance Fleuve Congo (AFC/M23)', 'military'),
        S('local authorities', 'official'),
        S('the parish priest', 'other', form='role'),
        S('Dr Bisimwa', 'ngo', form='title-name'),
        S('the UN humanitarian office, OCHA', 'ngo'),
    ],
    numbers=[
        N('three villages', 'count-objects'),
        N('9 May 2025', 'date'),
        N('five days', 'duration'),
        N('three villages', 'count-objects', nth=1),
        N('two surgeons', 'count-people'),
        N('20 hours', 'duration'),
        N('2 am', 'time'),
        N('4 May', 'date'),
        N('34-year-old', 'age'),
        N('29', 'age'),
        N('M23', 'other'),
        N('5 May', 'date'),
        N('three villages', 'count-objects', nth=2),
        N('three villages', 'count-objects', nth=3),
        N('two health centres', 'count-objects'),
        N('1.5 tonnes', 'quantity'),
        N('2009', 'year'),
        N('180-bed', 'count-objects'),
        N('12 health centres', 'count-objects'),
    ])

# tq05: ISWAP attack on fishermen near Baga, Lake Chad, Borno state, Nigeria (Nigerian newspaper's own
# correspondent)
A['tq05.txt'] = dict(
    casualty=[
        C('kills 17 fishermen', 'killed', 17, 'exact', 'other'),
        C('abducts nine', 'detained', 9, 'exact', 'other'),
        C('killed 17 fishermen', 'killed', 17, 'exact', 'other', tags='repeat'),
        C('abducted nine others', 'detained', 9, 'exact', 'other', tags='repeat'),
        C('recovered 15 corpses', 'killed', 15, 'exact', 'people'),
        C('two persons are still missing', 'missing', 2, 'exact', 'people'),
        C('the nine abducted fishermen', 'detained', 9, 'exact', 'other', tags='repeat'),
        C('11 corpses were recovered', 'killed', 11, 'exact', 'people', tags='contradicted'),
        C('three persons', 'injured', 3, 'exact', 'people'),
        C('23 bodies had been counted', 'killed', 23, 'exact', 'people', tags='contradicted'),
        C('“dozens” of fishermen had fled', 'displaced', None, 'vague', 'other'),
        C('neutralised 13 terrorists', 'killed', 13, 'exact', 'fighters'),
        C('two soldiers were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('as many as 2,000 people may have been killed', 'killed', 2000, 'at-most', 'people'),
        C('over 2 million persons remain displaced', 'displaced', 2000000, 'at-least', 'people'),
    ],
    sources=[
        S('a leader of the fish dealers’ association, Alhaji Bukar Kolo', 'other', form='title-name'),
        S('Kolo', 'other', nth=1, form='name'),
        S('the Police Public Relations Officer in Borno State, DSP Ibrahim Garba', 'official',
          form='title-name'),
        S('Garba', 'official', nth=1, form='name'),
        S('a CJTF commander in Baga', 'anonymous'),
        S('The Director of Defence Media Operations, Major General Tukur Adamu', 'military',
          form='title-name'),
        S('The Borno State Government', 'official'),
        S('the governor’s spokesman, Musa Lawan Bulama', 'official', form='title-name'),
        S('Amnesty International', 'ngo'),
        S('The Borno State Emergency Management Agency (SEMA)', 'official'),
    ],
    numbers=[
        N('about 12 kilometres', 'distance'),
        N('about 20 motorcycles', 'count-objects'),
        N('two boats', 'count-objects'),
        N('one', 'other'),
        N('14-year-old', 'age'),
        N('six AK-47 rifles', 'count-objects'),
        N('two boats', 'count-objects', nth=1),
        N('N5 million', 'money'),
        N('January 2015', 'date'),
        N('Thousands of residents', 'count-people'),
        N('2021', 'year'),
    ])

# tq06: grenade attack on a market in Tinsukia district, Assam, India (Indian broadcaster's web story)
A['tq06.txt'] = dict(
    casualty=[
        C('4 Killed', 'killed', 4, 'exact', 'people'),
        C('15 Injured', 'injured', 15, 'exact', 'people'),
        C('Four people were killed', 'killed', 4, 'exact', 'people', id='k', tags='repeat'),
        C('15 others injured', 'injured', 15, 'exact', 'people', id='i', tags='repeat'),
        C('Two of the dead are women', 'killed', 2, 'exact', 'women', sub='k'),
        C('Among the injured, six', 'injured', 6, 'exact', 'people', sub='i'),
        C('one more person had died', 'killed', 1, 'exact', 'people'),
        C('the toll to five', 'killed', 5, 'exact', 'people', tags='update'),
        C('almost a dozen injured people', 'injured', 12, 'at-most', 'people'),
        C('apprehended three suspects', 'detained', 3, 'exact', 'people', id='arr'),
        C('two of those held', 'detained', 2, 'exact', 'people', sub='arr'),
        C('shot dead two Hindi-speaking labourers', 'killed', 2, 'exact', 'other'),
        C('14 civilians', 'killed', 14, 'exact', 'civilians'),
        C('6 security personnel have been killed', 'killed', 6, 'exact', 'soldiers'),
    ],
    sources=[
        S('police', 'official'),
        S('a senior police officer', 'anonymous'),
        S('Tinsukia Superintendent of Police Ranjan Bora', 'official', form='title-name'),
        S('Bora', 'official', nth=1, form='name'),
        S('officials at the Dibrugarh hospital', 'official'),
        S('Dipankar Gogoi', 'witness', form='name'),
        S('Police', 'official', nth=1),
        S('the outfit', 'military'),
        S("The Army's Spear Corps", 'military'),
        S('A police source', 'anonymous'),
        S("The Chief Minister's Office", 'official'),
        S('police data', 'official', form='document'),
        S('the Northeast Conflict Monitor', 'ngo'),
    ],
    numbers=[
        N('two grenades', 'count-objects'),
        N('6.45 pm', 'time'),
        N('about 40 km', 'distance'),
        N('52', 'age'),
        N('Rs 4 lakh', 'money'),
        N('Rs 50,000', 'money'),
        N("Several traders' bodies", 'count-objects'),
        N('12-hour', 'duration'),
        N('2023', 'year'),
        N('over 150 militants', 'count-people'),
        N('2021', 'year'),
    ])

# tq07: ISIS attack on a checkpoint near Albu Kamal, Deir Ezzor, eastern Syria (Syrian state media, SANA
# style)
A['tq07.txt'] = dict(
    casualty=[
        C('Five members of the General Security forces were martyred', 'killed', 5, 'exact', 'soldiers'),
        C('7 others were injured', 'injured', 7, 'exact', 'soldiers', id='i'),
        C('Two of the injured', 'injured', 2, 'exact', 'soldiers', sub='i'),
        C('the death toll of the terrorist attack had risen to 7 martyrs', 'killed', 7, 'exact', 'people',
          tags='update'),
        C('one of the injured members succumbed', 'killed', 1, 'exact', 'soldiers', sub='i'),
        C('killing 3 of the attackers', 'killed', 3, 'exact', 'fighters'),
        C('arresting 6 others', 'detained', 6, 'exact', 'fighters'),
        C('arrested dozens of ISIS suspects', 'detained', None, 'vague', 'people'),
        C('killed "more than 15" members of the security forces', 'killed', 15, 'at-least', 'soldiers',
          tags='contradicted'),
        C('killing 2 children', 'killed', 2, 'exact', 'children'),
    ],
    sources=[
        S('a source in the Interior Ministry', 'anonymous'),
        S('The source', 'anonymous'),
        S('Director of Health in Deir Ezzor Dr. Mahmoud al-Hussein', 'official', form='title-name'),
        S('the Interior Ministry', 'official', nth=1),
        S('the statement', 'official', form='document'),
        S('The ministry', 'official'),
        S('Media outlets affiliated with ISIS', 'media'),
        S('the ministry', 'official'),
        S('Deir Ezzor Governor Fayez al-Ali', 'official', form='title-name'),
        S("SANA's reporter", 'media', nth=1),
        S('local sources', 'anonymous'),
        S('The Syrian Arab Red Crescent', 'ngo'),
    ],
    numbers=[
        N('numbering between 10 and 12', 'count-people'),
        N('4:20 am', 'time'),
        N('some 8 kilometers', 'distance'),
        N('4 motorcycles', 'count-objects'),
        N('2 explosive belts', 'count-objects'),
        N('about 2,500 families', 'count-people'),
        N('3 months', 'duration'),
        N('Dozens of residents', 'count-people'),
        N('November 2017', 'date'),
        N('more than 120,000 people', 'population'),
    ])

# tq08: cross-border cattle raid on villages in Aweil North County, Northern Bahr el Ghazal, South Sudan
# (AP style)
A['tq08.txt'] = dict(
    casualty=[
        C('killed at least 16 people', 'killed', 16, 'at-least', 'people'),
        C('counted 16 bodies', 'killed', 16, 'exact', 'people', id='b', tags='repeat'),
        C('11 men', 'killed', 11, 'exact', 'men', sub='b'),
        C('three women', 'killed', 3, 'exact', 'women', sub='b'),
        C('two children', 'killed', 2, 'exact', 'children', sub='b'),
        C('20 to 25 people were wounded', 'injured', None, 'range', 'people', low=20, high=25),
        C('roughly 30 people', 'detained', 30, 'approx', 'people', id='abd'),
        C('toll of 12 dead', 'killed', 12, 'exact', 'people', tags='contradicted'),
        C('killing a number of the attackers', 'killed', None, 'vague', 'fighters'),
        C('two soldiers were killed', 'killed', 2, 'exact', 'soldiers'),
        C('five were wounded', 'injured', 5, 'exact', 'soldiers'),
        C('admitted 19 wounded', 'injured', 19, 'exact', 'people', id='h'),
        C('seven of them', 'injured', 7, 'exact', 'people', sub='h'),
        C('two had died', 'killed', 2, 'exact', 'people', sub='h'),
        C('two daughters', 'detained', 2, 'exact', 'children', sub='abd'),
        C('an estimated 4,500 people had fled', 'displaced', 4500, 'approx', 'people'),
        C('More than 900,000 people have crossed into South Sudan', 'displaced', 900000, 'at-least',
          'people'),
        C('kill hundreds of people', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('the county commissioner, Garang Akol Deng', 'official', form='title-name'),
        S('Deng', 'official', nth=1, form='name'),
        S("The state's information minister, Akol Madut", 'official', form='title-name'),
        S("The South Sudan People's Defense Forces", 'military'),
        S('Army spokesman Brig. Gen. Peter Lomude', 'military', form='title-name'),
        S('Dr. Santino Wol', 'official', form='title-name'),
        S('Nyibol Akec', 'witness', form='name'),
        S('The U.N. Mission in South Sudan, UNMISS', 'military'),
        S('the U.N. refugee agency', 'ngo'),
        S('U.N. agencies', 'ngo'),
    ],
    numbers=[
        N('thousands of cattle', 'count-objects'),
        N('three villages', 'count-objects'),
        N('about 1,800 head of cattle', 'count-objects'),
        N('four', 'count-people'),
        N('aged 9 and 12', 'age'),
        N('April 2023', 'date'),
        N('2018', 'year'),
        N('five-year', 'duration'),
        N('Some 7.7 million people', 'count-people'),
        N('about 57%', 'percentage'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
