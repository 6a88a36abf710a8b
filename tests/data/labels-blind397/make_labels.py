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

# ---------------------------------------------------------------- labels (blind set 397: wl01-wl08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / shooting dead / martyred', r'\bshot dead\b|\bshooting dead\b|\bmartyred\b'),
    ('kidnapped / kidnapping / seized / captured / taken away / held / holding',
     r'\bkidnap|\bseized\b|\bcaptured\b|\btaken away\b|\btaking away\b|\bheld\b|\bholding\b|\bhostages\b|'
     r'\bcaptives\b'),
    ('left / moved / sheltering / driven from their homes',
     r'\bleft\b|\bmoved\b|\bsheltering\b|\bdriven\b|\bleave their homes\b'),
    ('bullet injuries / beaten', r'\binjuries\b|\bbeaten\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('dacoits/gang members/gunmen', r'\b(?:dacoits|gang members|gunmen)\b'),
    ('policemen/officers/constables/police officials',
     r'\b(?:policemen|officers|constables|police officials)\b'),
    ('traders/farmers/guests/passengers', r'\b(?:traders|farmers|guests|passengers)\b'),
    ('hostages/captives/Hindus/families/households/suspects/facilitators/persons',
     r'\b(?:hostages|captives|Hindus|families|households|suspects|facilitators|persons)\b'),
    ('brothers/men', r'\b(?:brothers|men)\b'),
]

# wl01: dacoits storming a police camp in the riverine forest outside Kashmore (AFP style, one
# sentence a paragraph)
A['wl01.txt'] = dict(
    casualty=[
        C('killing at least seven policemen', 'killed', 7, 'at-least', 'soldiers', id='tot'),
        C('Nine other officers were wounded', 'injured', 9, 'exact', 'soldiers', id='wnd'),
        C('Two of the dead were constables', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('seized three police officers', 'detained', 3, 'exact', 'soldiers'),
        C('the toll at 10 policemen', 'killed', 10, 'exact', 'soldiers', tags='contradicted'),
        C('up to five more constables were unaccounted for', 'missing', 5, 'at-most', 'soldiers'),
        C('at least 12 dacoits were killed', 'killed', 12, 'at-least', 'fighters', id='dac'),
        C('the bodies of only four of them', 'killed', 4, 'exact', 'fighters', sub='dac'),
        C('between 15 and 18 wounded people', 'injured', None, 'range', 'people', low=15, high=18, id='tv',
          tags='contradicted'),
        C('nearly a dozen policemen', 'injured', 12, 'at-most', 'soldiers', sub='tv'),
        C('her two children', 'injured', 2, 'exact', 'children'),
        C('About 300 families', 'displaced', 300, 'approx', 'people'),
        C('kidnapping at least 40 people', 'detained', 40, 'at-least', 'people', id='kid'),
        C('Four Hindu traders abducted', 'detained', 4, 'exact', 'other', sub='kid'),
        C('Hundreds of Hindu families have fled', 'displaced', None, 'vague', 'people'),
        C('31 gang members had been arrested', 'detained', 31, 'exact', 'fighters'),
        C('three of them', 'injured', 3, 'exact', 'soldiers', sub='wnd'),
    ],
    sources=[
        S('officials', 'official'),
        S('district police chief Rohail Khoso', 'official', form='title-name'),
        S('Khoso', 'official', nth=1, form='name'),
        S('Khoso', 'official', nth=2, form='name'),
        S('A senior security official', 'anonymous'),
        S('Police', 'official'),
        S('Private broadcaster Awaz TV', 'media'),
        S('hospital staff', 'anonymous', form='collective'),
        S('residents', 'witness'),
        S('local councillor Ghulam Nabi Sabzoi', 'official', form='title-name'),
        S('their relatives', 'witness', form='collective'),
        S('Sham Lal', 'witness', form='name'),
        S('community elders', 'other', form='collective'),
        S('Sindh Home Minister Abid Memon', 'official', form='title-name'),
        S('doctors', 'anonymous', form='collective'),
        S('Police', 'official', nth=1),
    ],
    numbers=[
        N('nearly three hours', 'duration'),
        N('three sides', 'other'),
        N('10 days', 'duration'),
        N('50 million rupees', 'money'),
        N('$180,000', 'money'),
        N('the past two years', 'duration'),
        N('about 120 kilometres', 'distance'),
        N('up to 150 gunmen', 'count-people'),
        N('three gangs', 'count-objects'),
        N('nearly 200 kilometres', 'distance'),
        N('five million rupees', 'money'),
        N('2023', 'year'),
    ])

# wl02: hostages freed and found dead after a police raid near Kandhkot; kidnapping for ransom
# (Reuters style)
A['wl02.txt'] = dict(
    casualty=[
        C('freed 11 hostages', 'detained', 11, 'exact', 'people', id='fr'),
        C('the bodies of two other captives', 'killed', 2, 'exact', 'people'),
        C('Four dacoits were killed', 'killed', 4, 'exact', 'fighters'),
        C('five were captured', 'detained', 5, 'exact', 'fighters'),
        C('Three policemen were wounded', 'injured', 3, 'exact', 'soldiers', id='pw'),
        C('two of them', 'injured', 2, 'exact', 'soldiers', sub='pw'),
        C('three Hindu traders', 'detained', 3, 'exact', 'other', sub='fr'),
        C('The two dead men', 'killed', 2, 'exact', 'men', tags='repeat'),
        C('holding at least eight people', 'detained', 8, 'at-least', 'people'),
        C('only one of his fighters had been killed', 'killed', 1, 'exact', 'fighters', tags='contradicted'),
        C('112 people were abducted', 'detained', 112, 'exact', 'people'),
        C('61', 'detained', 61, 'exact', 'people'),
        C('the number higher, at more than 300', 'detained', 300, 'at-least', 'people', tags='contradicted'),
        C('More than 60 Hindu families have left', 'displaced', 60, 'at-least', 'people'),
        C('killed 27 dacoits', 'killed', 27, 'exact', 'fighters'),
        C('the arrest of 94 suspects', 'detained', 94, 'exact', 'people'),
        C('lost two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('one of them', 'injured', 1, 'exact', 'soldiers', sub='pw'),
    ],
    sources=[
        S('police', 'official', nth=1),
        S('district police spokesman Ali Raza Jatoi', 'official', form='title-name'),
        S('Jatoi', 'official', nth=1, form='name'),
        S('Jatoi', 'official', nth=2, form='name'),
        S('Gang leader Sattar Bhayo', 'military', form='title-name'),
        S('police', 'official', nth=4),
        S('Police', 'official'),
        S('The Indus Human Rights Forum', 'ngo'),
        S('Hindu traders', 'witness', nth=1, form='collective'),
        S('Dilip Kumar', 'other', form='name'),
        S('Rakesh Kumar', 'witness', form='name'),
        S("Sindh's home department", 'official'),
        S('A spokesman for the paramilitary Rangers', 'military', form='role'),
        S('Dr. Naveed Shaikh', 'official', form='title-name'),
    ],
    numbers=[
        N('April 18', 'date'),
        N('about 400 officers', 'count-people'),
        N('14-year-old', 'age'),
        N('more than five months', 'duration'),
        N('2022', 'year'),
        N('3 million rupees', 'money'),
        N('38', 'age'),
        N('1,200 police and Rangers personnel', 'count-people'),
    ])

# wl03: a police offensive in the katcha forests of Shikarpur district, abducted Hindu traders and
# families leaving (AP style)
A['wl03.txt'] = dict(
    casualty=[
        C('killed 19 suspected gang members', 'killed', 19, 'exact', 'fighters'),
        C('three officers', 'killed', 3, 'exact', 'soldiers'),
        C('driven hundreds of families from their homes', 'displaced', None, 'vague', 'people'),
        C('14 other officers were wounded', 'injured', 14, 'exact', 'soldiers'),
        C('23 gang members had surrendered or been captured', 'detained', 23, 'exact', 'fighters'),
        C('only five of its gunmen had died', 'killed', 5, 'exact', 'fighters', tags='contradicted'),
        C('killed seven or eight villagers', 'killed', None, 'range', 'civilians', low=7, high=8,
          tags='contradicted'),
        C('two dozen young men had been rounded up', 'detained', 24, 'exact', 'men'),
        C('about 150 families were sheltering', 'displaced', 150, 'approx', 'people'),
        C('her six children', 'displaced', 6, 'exact', 'children'),
        C('1,140 people', 'displaced', 1140, 'exact', 'people'),
        C('upwards of 2,000 others', 'displaced', 2000, 'at-least', 'people'),
        C('abducted four Hindu traders', 'detained', 4, 'exact', 'other', id='tr'),
        C('Two of the traders', 'detained', 2, 'exact', 'other', sub='tr'),
        C('at least 35 Hindu families had moved', 'displaced', 35, 'at-least', 'people'),
        C('16 Hindus were kidnapped', 'detained', 16, 'exact', 'people', id='hk'),
        C('four of whom were killed', 'killed', 4, 'exact', 'people', sub='hk'),
        C('the police death toll to four', 'killed', 4, 'exact', 'soldiers', tags='update'),
    ],
    sources=[
        S('police', 'official', nth=1),
        S('villagers', 'witness'),
        S('Senior Superintendent of Police Imran Dahri', 'official', form='title-name'),
        S('Dahri', 'official', nth=1, form='name'),
        S('A spokesman for the Sundrani gang', 'military', form='role'),
        S('Dahri', 'official', nth=2, form='name'),
        S('Sindhi-language daily Awami Sujag', 'media'),
        S('relatives', 'witness'),
        S('villagers', 'witness', nth=2),
        S('Zarina Bibi', 'witness', form='name'),
        S('A district official', 'anonymous'),
        S('police', 'official', nth=6),
        S('Mukhi Jairam Das', 'other', form='title-name'),
        S('The Pakistan Minority Rights Network', 'ngo'),
        S('police', 'official', nth=8),
    ],
    numbers=[
        N('two surveillance drones', 'count-objects'),
        N('two hours', 'duration'),
        N('50', 'age'),
        N('four relief camps', 'count-objects'),
        N('Hundreds of Hindu residents', 'count-people'),
        N('three days', 'duration'),
        N('2.7 billion rupees', 'money'),
        N('$9.7 million', 'money'),
        N('about 40 miles', 'distance'),
    ])

# wl04: UN OCHA-style flash update on gang attacks, a police operation and displacement in the
# riverine areas of Ghotki district
A['wl04.txt'] = dict(
    casualty=[
        C('At least 16 civilians', 'killed', 16, 'at-least', 'civilians', id='civ'),
        C('five children', 'killed', 5, 'exact', 'children', sub='civ'),
        C('An estimated 9,400 people have been displaced', 'displaced', 9400, 'approx', 'people'),
        C('killing seven passengers', 'killed', 7, 'exact', 'people'),
        C('abducting 11 others', 'detained', 11, 'exact', 'people', id='ab'),
        C('Four of those abducted', 'detained', 4, 'exact', 'people', sub='ab'),
        C('15–20 people', 'missing', None, 'range', 'people', low=15, high=20, id='mis'),
        C('several children', 'missing', None, 'vague', 'children', sub='mis'),
        C('14 gang members had been killed', 'killed', 14, 'exact', 'fighters'),
        C('26 arrested', 'detained', 26, 'exact', 'fighters'),
        C('two police constables had died', 'killed', 2, 'exact', 'soldiers'),
        C('nine had been injured', 'injured', 9, 'exact', 'soldiers'),
        C('at least four civilians were killed', 'killed', 4, 'at-least', 'civilians'),
        C('30 to 40 men', 'detained', None, 'range', 'men', low=30, high=40),
        C('38 people with gunshot and blast injuries', 'injured', 38, 'exact', 'people', id='inj'),
        C('eight children', 'injured', 8, 'exact', 'children', sub='inj'),
        C('three of the injured have since died', 'killed', 3, 'exact', 'people', sub='inj'),
        C('an estimated 9,400 people', 'displaced', 9400, 'approx', 'people', id='disp', tags='repeat'),
        C('about 1,570 households', 'displaced', 1570, 'approx', 'people', id='hh', tags='repeat'),
        C('some 3,800', 'displaced', 3800, 'approx', 'people', sub='disp'),
        C('3,100', 'displaced', 3100, 'exact', 'people', sub='disp'),
        C('2,500', 'displaced', 2500, 'exact', 'people', sub='disp'),
        C('thousands more have left', 'displaced', None, 'vague', 'people'),
        C('at least 60 of the displaced households', 'displaced', 60, 'at-least', 'people', sub='hh'),
    ],
    sources=[
        S('the district administration', 'official'),
        S('local sources', 'anonymous'),
        S('community leaders', 'other', form='collective'),
        S('The Sindh Police', 'official'),
        S('Community leaders in the affected villages', 'other', form='collective'),
        S('The District Health Office', 'official'),
        S('the Provincial Disaster Management Authority (PDMA)', 'official'),
        S('The PDMA', 'official'),
        S('The PDMA', 'official', nth=1),
        S('Humanitarian partners', 'ngo', form='collective'),
        S('Partners', 'ngo', form='collective'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('14 May 2025', 'date'),
        N('1 May', 'date'),
        N('23 villages', 'count-objects'),
        N('6 May', 'date'),
        N('10 May', 'date'),
        N('8 May', 'date'),
        N('13 May', 'date'),
        N('13 May', 'date', nth=1),
        N('About 85 per cent', 'percentage'),
        N('14 schools', 'count-objects'),
        N('11 May', 'date'),
        N('two NGO vehicles', 'count-objects'),
        N('1,200 households', 'count-people'),
        N('340 families', 'count-people'),
        N('two mobile health teams', 'count-objects'),
        N('4,000 children', 'count-people'),
        N('US$3.2 million', 'money'),
        N('the next three months', 'duration'),
        N('14 May', 'date', nth=1),
        N('$450,000', 'money'),
    ])

# wl05: a police encounter with dacoits in the katcha near Rohri, Sukkur district, and the range
# police's figures for the operation (state media, APP style)
A['wl05.txt'] = dict(
    casualty=[
        C('six dacoits', 'killed', 6, 'exact', 'fighters'),
        C('two policemen were martyred', 'killed', 2, 'exact', 'soldiers'),
        C('three others sustained bullet injuries', 'injured', 3, 'exact', 'soldiers', id='inj'),
        C('four hostages', 'detained', 4, 'exact', 'people', id='hos'),
        C('two Hindu traders', 'detained', 2, 'exact', 'other', sub='hos'),
        C('11 dacoits', 'detained', 11, 'exact', 'fighters', id='arr'),
        C('three wounded', 'injured', 3, 'exact', 'fighters', sub='arr'),
        C('five villagers had been killed', 'killed', 5, 'exact', 'civilians', tags='contradicted'),
        C('killed 48 dacoits', 'killed', 48, 'exact', 'fighters'),
        C('arrested 210 others', 'detained', 210, 'exact', 'fighters'),
        C('17 police officials had been martyred', 'killed', 17, 'exact', 'soldiers'),
        C('36 injured', 'injured', 36, 'exact', 'soldiers'),
        C('124 kidnapped persons', 'detained', 124, 'exact', 'people'),
        C('arrested 19 suspects', 'detained', 19, 'exact', 'people', id='rg'),
        C('two alleged facilitators', 'detained', 2, 'exact', 'people', sub='rg'),
        C('one of the injured constables', 'injured', 1, 'exact', 'soldiers', sub='inj'),
        C('12 Hindu families who had left', 'displaced', 12, 'exact', 'people'),
    ],
    sources=[
        S('The Sukkur District Police', 'official'),
        S('SSP Sukkur Shahid Hussain Kalhoro', 'official', form='title-name'),
        S('The SSP', 'official', form='role'),
        S('Kalhoro', 'official', nth=1, form='name'),
        S('The SSP', 'official', nth=1, form='role'),
        S('social media reports', 'other', form='document'),
        S('DIG Sukkur Range Javed Akhtar Jiskani', 'official', form='title-name'),
        S('a spokesman of Sindh Rangers', 'military', form='role'),
        S('the Medical Superintendent, Dr Ghulam Rasool Abro', 'official', form='title-name'),
        S('Ramesh Lal', 'other', nth=1, form='name'),
    ],
    numbers=[
        N('Jun 3', 'date'),
        N('Rs 2 million', 'money'),
        N('about 10 pm', 'time'),
        N('28', 'age'),
        N('34', 'age'),
        N('the last 40 days', 'duration'),
        N('four Kalashnikovs', 'count-objects'),
        N('two G-3 rifles', 'count-objects'),
        N('1,500 rounds', 'count-objects'),
        N('more than 30 cases', 'count-objects'),
        N('Fewer than 10 dacoits', 'count-people'),
    ])

# wl06: an NGO statement on Hindu traders shot dead, abductions for ransom and Hindu families
# leaving Larkana district (with demands and notes to editors)
A['wl06.txt'] = dict(
    casualty=[
        C('two Hindu traders were shot dead', 'killed', 2, 'exact', 'other'),
        C('dozens of Hindu families to leave their homes', 'displaced', None, 'vague', 'people'),
        C('at least 27 Hindus have been abducted', 'detained', 27, 'at-least', 'people', id='ab'),
        C('19', 'detained', 19, 'exact', 'people', nth=1, sub='ab'),
        C('three were killed', 'killed', 3, 'exact', 'people', sub='ab'),
        C('five remain held', 'detained', 5, 'exact', 'people', sub='ab'),
        C('the number of Hindus abducted at 14', 'detained', 14, 'exact', 'people', tags='contradicted'),
        C('wounding six guests', 'injured', 6, 'exact', 'people', id='wed'),
        C('two children', 'injured', 2, 'exact', 'children', sub='wed'),
        C('43 of the 61 Hindu households have left', 'displaced', 43, 'exact', 'people'),
        C('nearly 200 Hindu families have left', 'displaced', 200, 'at-most', 'people'),
        C('four suspects had been arrested', 'detained', 4, 'exact', 'people'),
        C('the five Hindus still held', 'detained', 5, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('The Indus Minority Rights Alliance (IMRA)', 'ngo'),
        S('the family', 'witness', form='collective'),
        S('IMRA’s monitoring', 'ngo', form='document'),
        S('Police figures', 'official', form='document'),
        S('residents', 'witness'),
        S('IMRA’s estimate', 'ngo', form='document'),
        S('a Hindu shopkeeper in Ratodero', 'anonymous'),
        S('Reena Kumari', 'ngo', form='name'),
        S('Larkana’s Senior Superintendent of Police, Ahmed Nawaz Chang', 'official', form='title-name'),
    ],
    numbers=[
        N('22 August 2025', 'date'),
        N('41', 'age'),
        N('36', 'age'),
        N('19 August', 'date'),
        N('24-year-old', 'age'),
        N('Rs 20 million', 'money'),
        N('3 August', 'date'),
        N('12 days', 'duration'),
        N('the past two years', 'duration'),
        N('“several” police teams', 'count-objects'),
        N('Hundreds of Hindu residents', 'count-people'),
        N('18 civil-society organisations', 'count-objects'),
        N('2011', 'year'),
        N('2023', 'year'),
        N('about 8.8 per cent', 'percentage'),
        N('roughly 4.9 million people', 'population'),
    ])

# wl07: gunmen shooting Hindu grain traders in Jacobabad's grain market (a broadcaster's website:
# headline and byline)
A['wl07.txt'] = dict(
    casualty=[
        C('kill five', 'killed', 5, 'exact', 'people'),
        C('At least five people', 'killed', 5, 'at-least', 'people', id='tot', tags='repeat'),
        C('four of them Hindu grain traders', 'killed', 4, 'exact', 'other', sub='tot'),
        C('Seven more people were wounded', 'injured', 7, 'exact', 'people'),
        C('four bodies', 'killed', 4, 'exact', 'people'),
        C('eight wounded people', 'injured', 8, 'exact', 'people', id='hw', tags='contradicted'),
        C('two of whom', 'injured', 2, 'exact', 'people', sub='hw'),
        C('the toll had risen to six', 'killed', 6, 'exact', 'people', tags='update'),
        C('around 25 Hindu families had left', 'displaced', 25, 'approx', 'people'),
        C('detained 14 people', 'detained', 14, 'exact', 'people', id='det'),
        C('two men', 'detained', 2, 'exact', 'men', sub='det'),
        C('three Hindu traders were abducted', 'detained', 3, 'exact', 'other', id='thul'),
        C('two are still being held', 'detained', 2, 'exact', 'other', sub='thul'),
        C('at least 64 Hindus had been abducted', 'detained', 64, 'at-least', 'people'),
    ],
    sources=[
        S('police', 'official'),
        S('hospital officials', 'official'),
        S('Jacobabad’s senior superintendent of police, Ameer Bux Jakhrani', 'official', form='title-name'),
        S('A second police officer', 'anonymous'),
        S('Dr Kavita Kumari', 'official', form='title-name'),
        S('the Jacobabad Hindu Panchayat', 'other'),
        S('Abdul Ghaffar', 'witness', form='name'),
        S('Panchayat leader Mukhi Dayaram', 'other', form='title-name'),
        S('Police', 'official'),
        S('their families', 'witness', form='collective'),
        S('The Sindh chapter of the Minority Rights Forum', 'ngo'),
        S('The Sindh chief minister’s office', 'official'),
        S('state broadcaster Radio Pakistan', 'media'),
    ],
    numbers=[
        N('10-year-old', 'age'),
        N('between four and six men', 'count-people'),
        N('less than two minutes', 'duration'),
        N('20 years', 'duration'),
        N('hundreds of people', 'count-people'),
        N('the first seven months', 'duration'),
        N('Rs1m', 'money'),
        N('one of the hottest cities', 'other'),
        N('about 200,000 people', 'population'),
    ])

# wl08: a dacoit raid on a village in the katcha of Kot Diji taluka, Khairpur district (a
# newspaper's own correspondent: headline and byline)
A['wl08.txt'] = dict(
    casualty=[
        C('kill three', 'killed', 3, 'exact', 'civilians'),
        C('abduct nine', 'detained', 9, 'exact', 'civilians'),
        C('shooting dead three villagers', 'killed', 3, 'exact', 'civilians', id='k', tags='repeat'),
        C('taking away nine others', 'detained', 9, 'exact', 'civilians', id='ab', tags='repeat'),
        C('two Hindu farmers', 'detained', 2, 'exact', 'other', sub='ab'),
        C('Two more villagers', 'injured', 2, 'exact', 'civilians'),
        C('Two of the dead were brothers', 'killed', 2, 'exact', 'men', sub='k'),
        C('taken away 12 people', 'detained', 12, 'exact', 'people', id='vil', tags='contradicted'),
        C('nine', 'detained', 9, 'exact', 'civilians', nth=2, tags='repeat'),
        C('several of the hostages had been beaten', 'injured', None, 'vague', 'people', sub='vil'),
        C('a number of villagers were hurt', 'injured', None, 'vague', 'civilians'),
        C('killed two dacoits', 'killed', 2, 'exact', 'fighters'),
        C('arrested five suspected facilitators', 'detained', 5, 'exact', 'people'),
        C('four of the hostages', 'detained', 4, 'exact', 'people', sub='ab'),
        C('the death toll to four', 'killed', 4, 'exact', 'civilians', tags='update'),
        C('as many as 15 people were missing', 'missing', 15, 'at-most', 'people'),
        C('an estimated 70 families', 'displaced', 70, 'approx', 'people'),
        C('Twenty-one families have already gone', 'displaced', 21, 'exact', 'people'),
        C('38 people have been kidnapped', 'detained', 38, 'exact', 'people', id='yr'),
        C('29 of them', 'detained', 29, 'exact', 'people', sub='yr'),
    ],
    sources=[
        S('Kot Diji SHO Manzoor Chandio', 'official', form='title-name'),
        S('Chandio', 'official', nth=1, form='name'),
        S('Villagers', 'witness'),
        S('Gul Mohammad Lashari', 'witness', form='name'),
        S('relatives', 'witness'),
        S('SSP Khairpur Shazia Rind', 'official', form='title-name'),
        S('hospital sources', 'anonymous'),
        S('A local TV channel', 'media'),
        S('the union council chairman, Ali Gohar Lashari', 'official', form='title-name'),
        S('police records', 'official', form='document'),
    ],
    numbers=[
        N('12-year-old', 'age'),
        N('around 20 dacoits', 'count-people'),
        N('about 11pm', 'time'),
        N('Rs10 million', 'money'),
        N('350 personnel', 'count-people'),
        N('six armoured personnel carriers', 'count-objects'),
        N('two neighbouring villages', 'count-objects'),
        N('three hours', 'duration'),
        N('2022', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
