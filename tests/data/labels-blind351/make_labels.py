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

# ---------------------------------------------------------------- labels (blind set 351: ak01-ak08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / neutralised / lost … soldiers / shepherds / the body of',
     r'\bmartyred\b|\bneutralised\b|\blost\b|\bbody of\b'),
    ('rounded up / seized / abducted / arrested alive',
     r'\brounded up\b|\bseized\b|\babduct|\barrested alive\b'),
    ('left their villages / families who left / packed up / remain in the camp',
     r'\bleft\b|\bpacked up\b|\bremain in\b'),
    ('sustained injuries / wounded shepherds', r'\bsustained injuries\b|\bwounded shepherds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('truffle hunters/hunters/shepherds/herders/farmers',
     r'\b(?:hunters|shepherds|herders|farmers)\b'),
    ('border guards', r'\bborder guards\b'),
    ('elements/terrorists/militants (armed group)', r'\b(?:elements)\b'),
    ('teenagers/sons/young men', r'\b(?:teenagers|sons|young men)\b'),
    ('families/Iraqis/persons', r'\b(?:families|Iraqis|persons)\b'),
]

# ak01: Islamic State attack on truffle hunters in the desert south of Rutba, Anbar (AFP style,
# one sentence a paragraph)
A['ak01.txt'] = dict(
    casualty=[
        C('killed at least 11 truffle hunters', 'killed', 11, 'at-least', 'other', id='tot'),
        C('wounded nine others', 'injured', 9, 'exact', 'other', id='inj'),
        C('three of the dead were teenagers', 'killed', 3, 'exact', 'children', sub='tot'),
        C('the death toll at 14', 'killed', 14, 'exact', 'other', tags='contradicted'),
        C('as many as six men were still missing', 'missing', 6, 'at-most', 'men'),
        C('arrested four suspects', 'detained', 4, 'exact', 'people'),
        C('the bodies of 11 men', 'killed', 11, 'exact', 'men', tags='repeat'),
        C('all nine wounded', 'injured', 9, 'exact', 'other', id='w9', tags='repeat'),
        C('two of whom', 'injured', 2, 'exact', 'other', sub='w9'),
        C('one of the wounded', 'injured', 1, 'exact', 'other', sub='inj'),
        C('at least 23 hunters were killed', 'killed', 23, 'at-least', 'other'),
        C('10-15 abducted', 'detained', None, 'range', 'other', low=10, high=15),
        C('more than 1 million Iraqis remain displaced', 'displaced', 1000000, 'at-least', 'people'),
    ],
    sources=[
        S('a local official', 'anonymous'),
        S('Rutba mayor Imad al-Dulaimi', 'official', form='title-name'),
        S('Dulaimi', 'official', nth=1, form='name'),
        S('A security official in Anbar province', 'anonymous'),
        S('Iraq’s Security Media Cell', 'military'),
        S('The statement', 'military', form='document'),
        S('Dr Saad Mahmoud', 'official', form='title-name'),
        S('Relatives', 'witness'),
        S('Khaled Awad', 'witness', form='name'),
        S('the Anbar Rights Monitor', 'ngo'),
        S('The UN’s migration agency', 'ngo'),
    ],
    numbers=[
        N('four pick-up trucks', 'count-objects'),
        N('some 70 kilometres', 'distance'),
        N('aged 15', 'age'),
        N('more than 400 kilometres', 'distance'),
        N('16-year-old', 'age'),
        N('nearly three hours', 'duration'),
        N('31', 'age'),
        N('hundreds of families', 'count-people'),
        N('up to 40,000 dinars', 'money'),
        N('$30', 'money'),
        N('December 2017', 'date'),
        N('nearly eight years', 'duration'),
    ])

# ak02: Islamic State ambush on an army patrol near Al-Qaim, Anbar (Reuters style)
A['ak02.txt'] = dict(
    casualty=[
        C('killing seven soldiers', 'killed', 7, 'exact', 'soldiers', id='tot'),
        C('wounding 10 others', 'injured', 10, 'exact', 'soldiers', id='inj'),
        C('Three of the wounded', 'injured', 3, 'exact', 'soldiers', sub='inj'),
        C('the bodies of two of the dead', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('five soldiers had been killed', 'killed', 5, 'exact', 'soldiers', tags='contradicted'),
        C('killed 12 militants', 'killed', 12, 'exact', 'fighters'),
        C('lost seven soldiers', 'killed', 7, 'exact', 'soldiers', tags='repeat'),
        C('one of the wounded', 'injured', 1, 'exact', 'soldiers', sub='inj'),
        C('killed "more than 15 apostate soldiers', 'killed', 15, 'at-least', 'soldiers', tags='contradicted'),
        C('scores of young men had been rounded up', 'detained', None, 'vague', 'men'),
        C('at least 40 people had been detained', 'detained', 40, 'at-least', 'people', id='det'),
        C('six of whom', 'detained', 6, 'exact', 'people', sub='det'),
        C('killed two border guards', 'killed', 2, 'exact', 'soldiers'),
        C('Twenty-two soldiers and border guards have been killed', 'killed', 22, 'exact', 'soldiers'),
        C('Up to 1,200 families who fled', 'displaced', 1200, 'at-most', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('two army officers', 'anonymous'),
        S("the hospital's director, Dr. Walid Khalaf", 'official', form='title-name'),
        S("Iraq's Joint Operations Command", 'military'),
        S("An officer in the army's 7th Division", 'anonymous'),
        S('the command', 'military'),
        S("Islamic State's Amaq news agency", 'media'),
        S('Residents of Al-Qaim', 'witness'),
        S('A tribal leader, Sheikh Farhan al-Karbouli', 'other', form='title-name'),
        S('the Border Guard Command', 'military'),
        S('Ali Hussein', 'witness', form='name'),
        S('a Reuters tally', 'media', form='document'),
        S('U.N. sanctions monitors', 'ngo'),
        S('local officials', 'official'),
    ],
    numbers=[
        N('March 9', 'date'),
        N('numbering between 20 and 30', 'count-people'),
        N('two Humvees', 'count-objects'),
        N('about 15 km', 'distance'),
        N('9 miles', 'distance'),
        N('two army officers', 'count-people'),
        N('7th Division', 'other'),
        N('9 p.m.', 'time'),
        N('24-year-old', 'age'),
        N('about 150,000 people', 'population'),
        N('November 2017', 'date'),
        N('between 400 and 500 fighters', 'count-people'),
    ])

# ak03: a roadside bomb on a minibus of farmworkers east of Ramadi, Anbar (AP style)
A['ak03.txt'] = dict(
    casualty=[
        C('killing nine people', 'killed', 9, 'exact', 'people', id='tot'),
        C('wounding 14', 'injured', 14, 'exact', 'people', id='inj'),
        C('two women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('All 14 wounded', 'injured', 14, 'exact', 'people', id='h14', tags='repeat'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='h14'),
        C('One of them died', 'killed', 1, 'exact', 'people', sub='h14'),
        C('the death toll rose to 10', 'killed', 10, 'exact', 'people', tags='update'),
        C('five or six bodies', 'killed', None, 'range', 'people', low=5, high=6),
        C('arrested three suspects', 'detained', 3, 'exact', 'people'),
        C('the toll was 12 to 15', 'killed', None, 'range', 'people', low=12, high=15, tags='contradicted'),
        C('killed two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('wounded three others', 'injured', 3, 'exact', 'soldiers'),
        C('Roughly 30,000 residents remain displaced', 'displaced', 30000, 'approx', 'civilians'),
    ],
    sources=[
        S('Iraqi officials', 'official'),
        S('Col. Majid al-Fahdawi', 'official', form='title-name'),
        S('Fahdawi', 'official', nth=1, form='name'),
        S('the hospital’s director, Dr. Omar Jassim', 'official', form='title-name'),
        S('Jassim', 'official', nth=1, form='name'),
        S('Abu Mustafa', 'witness', form='name'),
        S('the Anbar Operations Command', 'military'),
        S('A provincial council member, Khalid Obaid', 'official', form='title-name'),
        S('relatives', 'witness'),
        S('the Defense Ministry', 'military'),
        S('Anbar Gov. Saad al-Jumaili', 'official', form='title-name'),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('about 6:15 a.m.', 'time'),
        N('10-year-old', 'age'),
        N('about 15,000 dinars', 'money'),
        N('$11', 'money'),
        N('Hundreds of mourners', 'count-people'),
        N('three days', 'duration'),
        N('5 million dinars', 'money'),
        N('$3,800', 'money'),
        N('2003', 'year'),
        N('May 2015', 'date'),
        N('seven months later', 'duration'),
        N('an estimated 80%', 'percentage'),
    ])

# ak04: a UN OCHA flash update on the closure of Amiriyat al-Fallujah camp, returns and attacks on
# returnees in Fallujah district, Anbar
A['ak04.txt'] = dict(
    casualty=[
        C('At least five civilians were killed', 'killed', 5, 'at-least', 'civilians', id='hk'),
        C('seven injured', 'injured', 7, 'exact', 'civilians', id='hi'),
        C('Nearly 1,900 displaced people', 'displaced', 1900, 'at-most', 'people'),
        C('4,270 internally displaced persons', 'displaced', 4270, 'exact', 'people'),
        C('upwards of 120 families', 'displaced', 120, 'at-least', 'people'),
        C('killing three people', 'killed', 3, 'exact', 'people', id='k1', sub='hk'),
        C('two children', 'killed', 2, 'exact', 'children', sub='k1'),
        C('injuring four others', 'injured', 4, 'exact', 'people', sub='hi'),
        C('killing two men', 'killed', 2, 'exact', 'men', sub='hk'),
        C('injuring three', 'injured', 3, 'exact', 'men', sub='hi'),
        C('abducting two others', 'detained', 2, 'exact', 'men'),
        C('arrested six suspects', 'detained', 6, 'exact', 'people'),
        C('All seven injured', 'injured', 7, 'exact', 'civilians', id='a7', tags='repeat'),
        C('two of them', 'injured', 2, 'exact', 'civilians', sub='a7'),
        C('approximately 1.1 million people remain internally displaced', 'displaced', 1100000, 'approx', 'people',
          id='idp'),
        C('about 110,000', 'displaced', 110000, 'approx', 'people', sub='idp'),
    ],
    sources=[
        S('authorities', 'official', nth=0),
        S('the Ministry of Migration and Displacement (MoMD)', 'official'),
        S('the Camp Coordination and Camp Management (CCCM) Cluster', 'ngo'),
        S('Camp residents', 'witness'),
        S('Partners', 'ngo', nth=0),
        S('local authorities', 'official'),
        S('The Anbar Police Directorate', 'official'),
        S('the Fallujah Health Directorate', 'official'),
        S('the UN Mine Action Service (UNMAS)', 'ngo'),
        S('The International Organization for Migration (IOM)', 'ngo'),
        S('the Humanitarian Coordinator for Iraq, Elena Varga', 'ngo', form='title-name'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 November 2025', 'date'),
        N('Some 2,350 people', 'count-people'),
        N('9 November', 'date', nth=0),
        N('two incidents', 'count-objects'),
        N('US$3.1 million', 'money'),
        N('9 November', 'date', nth=1),
        N('30 November', 'date'),
        N('9–16 November', 'date'),
        N('820 people', 'count-people'),
        N('540', 'count-people'),
        N('390', 'count-people'),
        N('600', 'count-people'),
        N('three weeks', 'duration'),
        N('13 November', 'date'),
        N('15 November', 'date'),
        N('two checkpoints', 'count-objects'),
        N('14 November', 'date'),
        N('an estimated 35 per cent', 'percentage'),
        N('410 households', 'count-people'),
        N('IQD 400,000', 'money'),
        N('about US$300', 'money'),
        N('1,150 consultations', 'count-objects'),
        N('US$48 million', 'money'),
        N('2025', 'year', nth=1),
        N('22 per cent', 'percentage'),
    ])

# ak05: troops pursue the Islamic State cell that killed shepherds north of Haditha, Anbar (Iraqi
# state media, INA in the NAN manner)
A['ak05.txt'] = dict(
    casualty=[
        C('killed 8 terrorists', 'killed', 8, 'exact', 'fighters', id='h8'),
        C('killed eight Daesh terrorists', 'killed', 8, 'exact', 'fighters', tags='repeat'),
        C('killed four shepherds', 'killed', 4, 'exact', 'other'),
        C('neutralised eight of them', 'killed', 8, 'exact', 'fighters', tags='repeat'),
        C('two others were arrested', 'detained', 2, 'exact', 'fighters'),
        C('one of our soldiers was martyred', 'killed', 1, 'exact', 'soldiers'),
        C('three others sustained injuries', 'injured', 3, 'exact', 'soldiers'),
        C('11 shepherds who had been abducted', 'detained', 11, 'exact', 'other'),
        C('the bodies of the four shepherds', 'killed', 4, 'exact', 'other', tags='repeat'),
        C('two other herders were still missing', 'missing', 2, 'exact', 'other'),
        C('lost between 20 and 25 shepherds', 'killed', None, 'range', 'other', low=20, high=25),
        C('almost 35 families had left their villages', 'displaced', 35, 'at-most', 'people'),
        C('killed 10 soldiers', 'killed', 10, 'exact', 'soldiers', tags='contradicted'),
        C('arrested 17 suspects', 'detained', 17, 'exact', 'people'),
        C('killed nine shepherds', 'killed', 9, 'exact', 'other'),
        C('abducted six others', 'detained', 6, 'exact', 'other'),
    ],
    sources=[
        S('Anbar Operations Command', 'military', nth=0),
        S('The Anbar Operations Command', 'military'),
        S('The Commander of the Anbar Operations, Maj.-Gen. Qassim Mohammed Saleh', 'military',
          form='title-name'),
        S('Saleh', 'military', nth=1, form='name'),
        S('The statement', 'military', form='document'),
        S('The Director of Haditha General Hospital, Dr Khalil Ibrahim', 'official', form='title-name'),
        S('The Mayor of Haditha, Mr Ahmed Hamid Jasim', 'official', form='title-name'),
        S('A tribal leader in the district, Sheikh Hamid al-Jughaifi', 'other', form='title-name'),
        S('Daesh’s Amaq outlet', 'media'),
        S('the command', 'military', nth=1),
        S('the Security Media Cell', 'military'),
    ],
    numbers=[
        N('Feb. 20, 2025', 'date'),
        N('about 300 sheep', 'count-objects'),
        N('some 40 kilometres', 'distance'),
        N('three AK-47 rifles', 'count-objects'),
        N('two explosive belts', 'count-objects'),
        N('aged between 19 and 63', 'age'),
        N('two years', 'duration'),
        N('at least 2,000 more troops', 'count-people'),
        N('Article 4', 'other'),
        N('24 hours', 'duration'),
        N('February 2024', 'date'),
    ])

# ak06: an NGO statement on killings and abductions of shepherds in Rashad, Kirkuk (with demands and
# notes to editors)
A['ak06.txt'] = dict(
    casualty=[
        C('At least 17 shepherds and farmers have been killed', 'killed', 17, 'at-least', 'other', id='tot'),
        C('26 others abducted', 'detained', 26, 'exact', 'other', id='abd'),
        C('four were children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('two were women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('eight people were wounded', 'injured', 8, 'exact', 'people', id='wnd'),
        C('two of whom later died', 'killed', 2, 'exact', 'people', sub='wnd'),
        C('Nine of the abducted', 'detained', 9, 'exact', 'other', sub='abd'),
        C('The bodies of five others', 'killed', 5, 'exact', 'other', sub='abd'),
        C('the remaining 12', 'missing', 12, 'exact', 'other', sub='abd'),
        C('forced an estimated 640 families', 'displaced', 640, 'approx', 'people'),
        C('arrested 23 suspects', 'detained', 23, 'exact', 'people'),
        C('killed “over 30 Daesh elements', 'killed', 30, 'at-least', 'fighters'),
        C('around 26,000 people remain displaced', 'displaced', 26000, 'approx', 'people'),
    ],
    sources=[
        S('the Kirkuk Civilian Protection Network (KCPN)', 'ngo'),
        S('KCPN researchers', 'ngo'),
        S('witnesses', 'witness'),
        S('the Rashad health centre', 'official'),
        S('Umm Hussein', 'witness', form='name'),
        S('local authorities', 'official'),
        S('The Kirkuk Police Command', 'official'),
        S('relatives', 'witness', nth=2),
        S('The Joint Operations Command', 'military'),
        S('A local official in Rashad', 'anonymous'),
        S('Dilan Mahmoud', 'ngo', form='name'),
        S('the International Organization for Migration', 'ngo'),
    ],
    numbers=[
        N('4 December 2025', 'date'),
        N('38 residents, survivors and relatives', 'count-people'),
        N('11 attacks', 'count-objects'),
        N('up to US$20,000', 'money'),
        N('two in the morning', 'time'),
        N('41', 'age'),
        N('at least 14 villages', 'count-objects'),
        N('about 45,000', 'population'),
        N('2014', 'year'),
        N('fewer than 30,000', 'population'),
        N('90 days', 'duration'),
        N('27 monitors', 'count-people'),
        N('2019', 'year'),
        N('1 August', 'date'),
        N('30 November 2025', 'date'),
    ])

# ak07: a roadside bomb and ambush on an army patrol south-west of Kirkuk (a broadcaster's website:
# headline and byline)
A['ak07.txt'] = dict(
    casualty=[
        C('Five Iraqi soldiers killed', 'killed', 5, 'exact', 'soldiers', id='h5'),
        C('killed at least five Iraqi soldiers', 'killed', 5, 'at-least', 'soldiers', tags='repeat'),
        C('wounded six', 'injured', 6, 'exact', 'soldiers'),
        C('the death toll to six', 'killed', 6, 'exact', 'soldiers', tags='update'),
        C('eight people had been wounded', 'injured', 8, 'exact', 'people', id='hd'),
        C('two civilians', 'injured', 2, 'exact', 'civilians', sub='hd'),
        C('the bodies of three or four soldiers', 'killed', None, 'range', 'soldiers', low=3, high=4),
        C('killed 12 soldiers', 'killed', 12, 'exact', 'soldiers', tags='contradicted'),
        C('killed two militants', 'killed', 2, 'exact', 'fighters'),
        C('captured seven suspects', 'detained', 7, 'exact', 'people'),
        C('two shepherds were abducted', 'detained', 2, 'exact', 'other'),
        C('Hundreds of families fled', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('Iraqi security officials', 'official'),
        S('an officer at the scene', 'anonymous'),
        S('the army', 'military'),
        S('the Ministry of Defence', 'military'),
        S("Kirkuk's health directorate", 'official'),
        S('Ahmed Salih', 'witness', form='name'),
        S('IS', 'military', nth=1),
        S('The Security Media Cell', 'military'),
        S('local officials', 'official'),
        S('residents', 'witness'),
        S('Dr Rania Khalil', 'other', form='title-name'),
        S('The UN Assistance Mission for Iraq (Unami)', 'ngo'),
    ],
    numbers=[
        N('8–10 gunmen', 'count-people'),
        N('about 2km', 'distance'),
        N('20 minutes', 'duration'),
        N('three vehicles', 'count-objects'),
        N('about 1.6 million people', 'population'),
        N('several positions', 'count-objects'),
        N('a handful of fighters', 'count-people'),
        N('one bomb', 'count-objects'),
    ])

# ak08: shepherds killed and abducted around Dibis, Kirkuk, as families return from the camps (a
# British newspaper's own correspondent: headline, standfirst, byline)
A['ak08.txt'] = dict(
    casualty=[
        C('The bodies of his two sons', 'killed', 2, 'exact', 'men', sub='yr'),
        C('at least 19 shepherds killed', 'killed', 19, 'at-least', 'other', id='yr'),
        C('a further seven had been abducted', 'detained', 7, 'exact', 'other', id='ab7'),
        C('four of whom are still missing', 'missing', 4, 'exact', 'other', sub='ab7'),
        C('fewer than a dozen civilians had been killed', 'killed', 12, 'at-most', 'civilians', tags='contradicted'),
        C('killed three militants', 'killed', 3, 'exact', 'fighters'),
        C('five men were being held', 'detained', 5, 'exact', 'men'),
        C('more than 1 million people displaced', 'displaced', 1000000, 'at-least', 'people'),
        C('seized three young men', 'detained', 3, 'exact', 'men', id='s3'),
        C('the body of one', 'killed', 1, 'exact', 'men', sub='s3'),
        C('85 families who left', 'displaced', 85, 'exact', 'people'),
        C('a number of others had packed up', 'displaced', None, 'vague', 'people'),
        C('two dozen wounded shepherds', 'injured', 24, 'exact', 'other'),
    ],
    sources=[
        S('the district’s mayor, Rebwar Hassan', 'official', form='title-name'),
        S('The Kirkuk Operations Command', 'military'),
        S('Khalaf', 'witness', nth=2, form='name'),
        S('officials', 'official'),
        S('The Ministry of Migration and Displacement', 'official'),
        S('Villagers', 'witness'),
        S('A police officer in Dibis', 'anonymous'),
        S('The International Organization for Migration', 'ngo'),
        S('a local aid worker', 'anonymous'),
        S('Dr Sherzad Omar', 'official', form='title-name'),
        S('Khalaf’s wife, Zainab', 'witness', form='name'),
    ],
    numbers=[
        N('9 October', 'date'),
        N('140 sheep', 'count-objects', nth=0),
        N('40-minute', 'duration'),
        N('aged 19 and 23', 'age'),
        N('58', 'age'),
        N('nine years', 'duration'),
        N('three days', 'duration'),
        N('140 sheep', 'count-objects', nth=1),
        N('all but two of the camps', 'count-objects'),
        N('some 3,100 families', 'count-people'),
        N('about 400 of them', 'count-people'),
        N('more than three hours', 'duration'),
        N('51', 'age'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
