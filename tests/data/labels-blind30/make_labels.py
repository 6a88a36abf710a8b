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

# ---------------------------------------------------------------- labels (thirtieth blind set: tt01-tt08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('embraced shahadat / succumbed / hacked to death / shot dead / neutralised / buried',
     r'\bshahadat\b|\bsuccumbed\b|\bhacked to death\b|\bshot dead\b|\bneutralised\b|\bburied\b'),
    ('abducted / abduction / taken away / whisked away', r'\babduct|\btaken away\b|\bwhisked\b'),
    ('gunshot injuries / gunshot wounds', r'\bgunshot\b'),
    ('without a roof / IDPs / arrived', r'\bwithout a roof\b|\bIDPs\b|\barrived\b'),
    ('released', r'\breleased\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('personnel/sons of soil/gendarmes/inspector',
     r'\b(?:personnel|sons of soil|gendarmes|inspector)\b'),
    ('persons/patients/supporters/households/IDPs/minors/boys',
     r'\b(?:persons|patients|supporters|households|IDPs|minors|boys)\b'),
    ('staff members', r'\bstaff members\b'), ('driver', r'\bdriver\b'),
]

# tt01: militant attack on a Coast Guards camp in Gwadar, Balochistan (a Pakistani daily's own reporter)
A['tt01.txt'] = dict(
    casualty=[
        C('Eleven people', 'killed', 11, 'exact', 'people', id='tot'),
        C('four Coast Guards personnel', 'killed', 4, 'exact', 'soldiers', sub='tot'),
        C('17 others injured', 'injured', 17, 'exact', 'people', id='inj'),
        C('seven civilians', 'killed', 7, 'exact', 'civilians', sub='tot'),
        C('all six terrorists were killed', 'killed', 6, 'exact', 'fighters'),
        C('Four brave sons of soil embraced shahadat', 'killed', 4, 'exact', 'soldiers', tags='repeat'),
        C('killed "more than 25 personnel"', 'killed', 25, 'at-least', 'soldiers', tags='contradicted'),
        C('17 wounded', 'injured', 17, 'exact', 'people', id='inj2', tags='repeat'),
        C('eight of them', 'injured', 8, 'exact', 'people', sub='inj2'),
        C('Two of the injured succumbed', 'killed', 2, 'exact', 'people', sub='inj2'),
        C('the death toll to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('detained three suspects', 'detained', 3, 'exact', 'people'),
        C('eight attackers were killed', 'killed', 8, 'exact', 'fighters'),
    ],
    sources=[
        S('officials', 'official'),
        S('Deputy Commissioner Aurangzeb Baloch', 'official', form='title-name'),
        S('the Inter-Services Public Relations (ISPR)', 'military'),
        S("the military's media wing", 'military'),
        S('The banned Balochistan Liberation Army (BLA)', 'military'),
        S('Officials', 'official'),
        S('Dr Shahid Jamaldini', 'official', form='title-name'),
        S('A senior police official', 'anonymous'),
        S('Residents', 'witness'),
        S('Nadia Baloch', 'witness', form='name'),
        S('Khuda Bakhsh', 'other', form='name'),
        S('The provincial government', 'official'),
    ],
    numbers=[
        N('10.30pm', 'time'),
        N('at least six attackers', 'count-people'),
        N('nearly four hours', 'duration'),
        N('14-year-old', 'age'),
        N('roughly 500 metres', 'distance'),
        N('Hundreds of fishermen', 'count-people'),
        N('Rs1 million', 'money'),
        N('$62 billion', 'money'),
        N('2023', 'year'),
    ])

# tt02: junta air strike on a village in Pauk Township, Magway Region, Myanmar (a Myanmar exile outlet)
A['tt02.txt'] = dict(
    casualty=[
        C('killed at least 16 civilians', 'killed', 16, 'at-least', 'civilians', id='tot'),
        C('five of them children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('injured about two dozen others', 'injured', 24, 'approx', 'civilians', id='inj'),
        C('14 bodies', 'killed', 14, 'exact', 'civilians', sub='tot'),
        C('Two more people died', 'killed', 2, 'exact', 'people', sub='tot'),
        C('Seven of the injured', 'injured', 7, 'exact', 'civilians', sub='inj'),
        C('around 30 “PDF terrorists” had been killed', 'killed', 30, 'approx', 'fighters', tags='contradicted'),
        C('nearly 3,000 people', 'displaced', 3000, 'at-most', 'people'),
        C('detained 11 men', 'detained', 11, 'exact', 'men'),
        C('at least 47 civilians had been killed', 'killed', 47, 'at-least', 'civilians'),
        C('killing over 900 civilians', 'killed', 900, 'at-least', 'civilians'),
        C('more than 3 million people have been displaced', 'displaced', 3000000, 'at-least', 'people'),
    ],
    sources=[
        S('residents', 'witness'),
        S('a local resistance group', 'military'),
        S('Ko Zaw Htet', 'military', form='name'),
        S('A resident', 'witness', form='role'),
        S('a medic at the resistance-run clinic in the village', 'anonymous'),
        S('the medic', 'anonymous'),
        S('The military council’s information team', 'military'),
        S('state media', 'media'),
        S('Ko Zaw Htet', 'military', nth=1, form='name'),
        S('Residents', 'witness'),
        S('the Magway Data Team', 'ngo'),
        S('The group', 'ngo'),
        S('The National Unity Government’s Ministry of Human Rights', 'official'),
        S('the UN', 'ngo'),
    ],
    numbers=[
        N('Two fighter jets', 'count-objects'),
        N('four bombs', 'count-objects'),
        N('9:15am', 'time'),
        N('80-year-old', 'age'),
        N('about 90 kilometers', 'distance'),
        N('four neighboring villages', 'count-objects'),
        N('three months', 'duration'),
        N('February 2021', 'date'),
        N('more than 1,200 air strikes', 'count-objects'),
        N('12 months', 'duration'),
    ])

# tt03: bandits attack two villages in Alkaleri LGA, Bauchi State, Nigeria (a police statement relayed by
# a Nigerian newspaper, with a headline and a byline)
A['tt03.txt'] = dict(
    casualty=[
        C('9 killed', 'killed', 9, 'exact', 'people', id='h'),
        C('14 abducted', 'detained', 14, 'exact', 'people'),
        C('the killing of nine persons', 'killed', 9, 'exact', 'people', tags='repeat'),
        C('the abduction of 14 others', 'detained', 14, 'exact', 'people', tags='repeat'),
        C('nine persons lost their lives', 'killed', 9, 'exact', 'people', tags='repeat'),
        C('five others sustained gunshot injuries', 'injured', 5, 'exact', 'people'),
        C('14 persons', 'detained', 14, 'exact', 'people', tags='repeat'),
        C('neutralised three of them', 'killed', 3, 'exact', 'fighters'),
        C('one police inspector sustained injuries', 'injured', 1, 'exact', 'soldiers'),
        C('Seven suspects have been arrested', 'detained', 7, 'exact', 'people'),
        C('buried 12 persons', 'killed', 12, 'exact', 'people', tags='contradicted'),
        C('at least 20 people', 'detained', 20, 'at-least', 'people', tags='contradicted'),
        C('almost 200 residents had fled', 'displaced', 200, 'at-most', 'civilians'),
        C('killed seven persons', 'killed', 7, 'exact', 'people'),
        C('abducted over 30', 'detained', 30, 'at-least', 'people'),
    ],
    sources=[
        S('Police', 'official'),
        S('The Bauchi State Police Command', 'official'),
        S("The command's Police Public Relations Officer, DSP Ibrahim Dankano", 'official', form='title-name'),
        S('the statement', 'official', form='document'),
        S('Dankano', 'official', nth=1, form='name'),
        S('the PPRO', 'official', form='role'),
        S('a community leader in Gwana, Alhaji Sani Abubakar', 'other', form='title-name'),
        S('Abubakar', 'other', nth=1, form='name'),
        S('The Chairman of Alkaleri LGA, Hon. Musa Dahiru', 'official', form='title-name'),
    ],
    numbers=[
        N('two communities', 'count-objects'),
        N('numbering over 50', 'count-people'),
        N('11:40pm', 'time'),
        N('two AK-47 rifles', 'count-objects'),
        N('63 rounds of live ammunition', 'count-objects'),
        N('two on each', 'count-people'),
        N('43 houses', 'count-objects'),
    ])

# tt04: an armed group's night attack on Monguno and two displacement camps, Borno, Nigeria (MSF press release)
A['tt04.txt'] = dict(
    casualty=[
        C('46 wounded people', 'injured', 46, 'exact', 'people', id='inj'),
        C('Eleven of the patients died', 'killed', 11, 'exact', 'people', sub='inj'),
        C('nearly a dozen patients', 'injured', 12, 'at-most', 'people', sub='inj'),
        C('Nineteen were children', 'injured', 19, 'exact', 'children', sub='inj'),
        C('12 were women', 'injured', 12, 'exact', 'women', sub='inj'),
        C('Two MSF staff members were injured', 'injured', 2, 'exact', 'other', id='staff'),
        C('one of them', 'injured', 1, 'exact', 'other', sub='staff'),
        C('two boys are still missing', 'missing', 2, 'exact', 'children'),
        C('as many as 30 people were killed', 'killed', 30, 'at-most', 'people'),
        C('some 3,500 people without a roof over their heads', 'displaced', 3500, 'approx', 'people'),
        C('around 38,000 people who had fled', 'displaced', 38000, 'approx', 'people'),
        C('more than 140,000 displaced people', 'displaced', 140000, 'at-least', 'people'),
        C('killed “scores of terrorists”', 'killed', None, 'vague', 'fighters'),
        C('four soldiers were wounded', 'injured', 4, 'exact', 'soldiers'),
    ],
    sources=[
        S('the organisation', 'ngo'),
        S('Dr Aisha Kolo', 'ngo', form='title-name'),
        S('Fatima', 'witness', form='name'),
        S('camp leaders', 'other'),
        S('camp leaders', 'other', nth=1),
        S('the International Organization for Migration (IOM)', 'ngo'),
        S('The Nigerian army', 'military'),
        S('Kolo', 'ngo', nth=1, form='name'),
    ],
    numbers=[
        N('18 September 2025', 'date'),
        N('24 hours', 'duration'),
        N('two camps', 'count-objects'),
        N('16 September', 'date'),
        N('two years old', 'age'),
        N('2am', 'time'),
        N('17 surgeries', 'count-objects'),
        N('one night', 'duration'),
        N('34', 'age'),
        N('More than 600 shelters', 'count-objects'),
        N('two camps', 'count-objects', nth=1),
        N('2014', 'year'),
        N('70-bed', 'count-objects'),
        N('two outpatient clinics', 'count-objects'),
        N('more than 85,000 consultations', 'count-objects'),
    ])

# tt05: attacks on Kutum and Kassab IDP camp, North Darfur, Sudan (UN OCHA flash update with headings)
A['tt05.txt'] = dict(
    casualty=[
        C('At least 38 civilians were reportedly killed', 'killed', 38, 'at-least', 'civilians'),
        C('74 injured', 'injured', 74, 'exact', 'civilians'),
        C('An estimated 24,000 people have been displaced', 'displaced', 24000, 'approx', 'people'),
        C('38 civilians were killed', 'killed', 38, 'exact', 'civilians', id='k', tags='repeat'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='k'),
        C('six women', 'killed', 6, 'exact', 'women', sub='k'),
        C('74 people were injured', 'injured', 74, 'exact', 'people', id='i', tags='repeat'),
        C('23 of whom', 'injured', 23, 'exact', 'people', sub='i'),
        C('the number of dead at 52', 'killed', 52, 'exact', 'people', tags='contradicted'),
        C('several bodies', 'killed', None, 'vague', 'people'),
        C('Between 12 and 15 people', 'missing', None, 'range', 'people', low=12, high=15),
        C('at least 40 men were detained', 'detained', 40, 'at-least', 'men', id='det'),
        C('12 were later released', 'detained', 12, 'exact', 'men', sub='det'),
        C('an estimated 24,000 people', 'displaced', 24000, 'approx', 'people', id='d', tags='repeat'),
        C('about 4,800 households', 'displaced', 4800, 'approx', 'people'),
        C('some 60,000 IDPs', 'displaced', 60000, 'approx', 'people'),
        C('More than 9,000', 'displaced', 9000, 'at-least', 'people', sub='d'),
        C('6,500', 'displaced', 6500, 'exact', 'people', sub='d'),
        C('one driver was killed', 'killed', 1, 'exact', 'other'),
    ],
    sources=[
        S('community leaders', 'other'),
        S('local authorities', 'official'),
        S('Local authorities', 'official'),
        S('The Kutum Emergency Response Room', 'ngo'),
        S('Community leaders', 'other'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Partners', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('21 July 2025', 'date'),
        N('between 16 and 19 July', 'date'),
        N('US$6.5 million', 'money'),
        N('three months', 'duration'),
        N('16 July', 'date'),
        N('3 km', 'distance'),
        N('17 and 18 July', 'date'),
        N('55 km', 'distance'),
        N('About 60 per cent', 'percentage'),
        N('3,200 households', 'count-people'),
        N('150,000 litres', 'quantity'),
        N('two mobile clinics', 'count-objects'),
        N('more than 1,100 patients', 'count-people'),
        N('Two humanitarian trucks', 'count-objects'),
        N('19 July', 'date', nth=1),
        N('four to nine', 'count-objects'),
        N('18 per cent', 'percentage'),
        N('US$1.5 million', 'money'),
    ])

# tt06: security forces fire on protesters in Moundou, Chad (RFI-style radio report, own correspondent)
A['tt06.txt'] = dict(
    casualty=[
        C('At least seven people were killed', 'killed', 7, 'at-least', 'people'),
        C('dozens more injured', 'injured', None, 'vague', 'people'),
        C('three deaths', 'killed', 3, 'exact', 'people', tags='contradicted'),
        C('five bodies', 'killed', 5, 'exact', 'people'),
        C('43 wounded', 'injured', 43, 'exact', 'people', id='w'),
        C('nine of them with gunshot wounds', 'injured', 9, 'exact', 'people', sub='w'),
        C('Two of the wounded died', 'killed', 2, 'exact', 'people', sub='w'),
        C('three people had died', 'killed', 3, 'exact', 'people', tags='repeat contradicted'),
        C('19 police officers and gendarmes had been injured', 'injured', 19, 'exact', 'soldiers'),
        C('62 people had been arrested', 'detained', 62, 'exact', 'people', id='gov'),
        C('fewer than 20 of them remained in custody', 'detained', 20, 'at-most', 'people', sub='gov'),
        C('between 10 and 12 of its supporters were killed', 'killed', None, 'range', 'people', low=10, high=12,
          tags='contradicted'),
        C('the number of people arrested at more than 150', 'detained', 150, 'at-least', 'people', id='arr',
          tags='contradicted'),
        C('several of them minors', 'detained', None, 'vague', 'children', sub='arr'),
        C('four people are still missing', 'missing', 4, 'exact', 'people'),
        C('about 50 people were killed', 'killed', 50, 'approx', 'people'),
    ],
    sources=[
        S('medical sources at the regional hospital', 'anonymous'),
        S('The government', 'official'),
        S('a resident of the Quinze Ans district', 'witness', form='role'),
        S('a doctor', 'anonymous'),
        S('government spokesman Hassan Mahamat Djibrine', 'official', form='title-name'),
        S('The UFS', 'other'),
        S('The Collectif des droits humains du Logone', 'ngo'),
        S('its president, Rosine Djasrabé', 'ngo', form='title-name'),
        S('official figures', 'official', form='document'),
        S('Rights groups', 'ngo'),
    ],
    numbers=[
        N('Hundreds of young people', 'count-people'),
        N('one police station', 'other'),
        N('7pm', 'time'),
        N('6am', 'time'),
        N('three days', 'duration'),
        N('some 400 kilometres', 'distance'),
        N('about 200,000 people', 'population'),
        N('October 2022', 'date'),
    ])

# tt07: suspected ADF rebels attack a trading centre in Kasese District, Uganda (a Ugandan daily, one
# sentence a paragraph)
A['tt07.txt'] = dict(
    casualty=[
        C('At least eight people were hacked to death', 'killed', 8, 'at-least', 'people', id='tot'),
        C('four others abducted', 'detained', 4, 'exact', 'people'),
        C('three women', 'killed', 3, 'exact', 'women', sub='tot'),
        C('two other people were injured', 'injured', 2, 'exact', 'people'),
        C('recovered 11 bodies', 'killed', 11, 'exact', 'people', tags='contradicted'),
        C('eight', 'killed', 8, 'exact', 'people', nth=1, tags='repeat'),
        C('buried 11 people', 'killed', 11, 'exact', 'people', tags='repeat'),
        C('two or three more are still missing', 'missing', None, 'range', 'people', low=2, high=3),
        C('killed two of them', 'killed', 2, 'exact', 'fighters'),
        C('More than 300 residents have since fled', 'displaced', 300, 'at-least', 'civilians'),
        C('killed hundreds of civilians', 'killed', None, 'vague', 'civilians'),
    ],
    sources=[
        S('security officials', 'official'),
        S('the Rwenzori West regional police spokesperson, Ms Lydia Tumushabe', 'official', form='title-name'),
        S('Ms Tumushabe', 'official', form='name'),
        S('the Kisinga Sub-county chairperson, Mr Bwambale Kahindi', 'official', form='title-name'),
        S('Police', 'official'),
        S('Mr Kahindi', 'official', form='name'),
        S('The UPDF 2nd Division spokesperson, Maj Peter Mugisha', 'military', form='title-name'),
        S('Maj Mugisha', 'military', form='name'),
        S('the Resident District Commissioner, Mr Moses Asiimwe', 'official', form='title-name'),
        S('Mr Asiimwe', 'official', form='name'),
        S('Residents', 'witness'),
        S('UN figures', 'ngo', form='document'),
    ],
    numbers=[
        N('between 10 and 15', 'count-people'),
        N('9pm', 'time'),
        N('12-year-old', 'age'),
        N('2nd Division', 'other'),
        N('17-year-old', 'age'),
        N('about 15 kilometres', 'distance'),
        N('7pm', 'time'),
        N('Shs500,000', 'money'),
    ])

# tt08: police fire on resettled families protesting near a coal mine in Moatize, Tete, Mozambique
# (Reuters style, competing tolls)
A['tt08.txt'] = dict(
    casualty=[
        C('shot dead at least four people', 'killed', 4, 'at-least', 'people'),
        C('four people had died', 'killed', 4, 'exact', 'people', tags='repeat'),
        C('15 were injured', 'injured', 15, 'exact', 'people', id='pi'),
        C('six police officers', 'injured', 6, 'exact', 'soldiers', sub='pi'),
        C('34 people had been arrested', 'detained', 34, 'exact', 'people'),
        C('nine people had been killed', 'killed', 9, 'exact', 'people', tags='contradicted'),
        C('at least 27 wounded', 'injured', 27, 'at-least', 'people', tags='contradicted'),
        C('seven bodies', 'killed', 7, 'exact', 'people', tags='contradicted'),
        C('19 people for gunshot wounds', 'injured', 19, 'exact', 'people', id='h', tags='contradicted'),
        C('three of whom', 'injured', 3, 'exact', 'people', sub='h'),
        C('the toll had risen to eight', 'killed', 8, 'exact', 'people', tags='update'),
        C('at least 40 people have been killed', 'killed', 40, 'at-least', 'people'),
        C('Hundreds of residents fled', 'displaced', None, 'vague', 'civilians'),
    ],
    sources=[
        S('police', 'official', nth=1),
        S('a local rights group', 'ngo'),
        S('Witnesses', 'witness'),
        S('Police spokesman Inácio Macuácua', 'official', form='title-name'),
        S('The Tete-based Association for Mining Communities (AMC)', 'ngo'),
        S('AMC coordinator Celeste Mucavele', 'ngo', form='title-name'),
        S('A doctor at Tete Provincial Hospital', 'anonymous'),
        S('The doctor', 'anonymous'),
        S('residents', 'witness'),
        S('the provincial health directorate', 'official'),
        S("Mozambique's human rights commission", 'official'),
        S('Amnesty International', 'ngo'),
        S("The mine's operator", 'other', form='organisation'),
        S('Residents', 'witness'),
        S('Joaquim Bene', 'witness', form='name'),
        S('Rights groups', 'ngo'),
        S('local journalists', 'media'),
    ],
    numbers=[
        N('Oct 9', 'date'),
        N('two days', 'duration'),
        N('between 200 and 300 people', 'count-people'),
        N('16-year-old', 'age'),
        N('more than $18 million', 'money'),
        N('about 1,300 resettled families', 'count-people'),
        N('2012', 'year'),
        N('58', 'age'),
        N('eight children', 'count-people'),
        N('2010', 'year'),
        N('about 1,500 km', 'distance'),
        N('930 miles', 'distance'),
        N('five years', 'duration'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
