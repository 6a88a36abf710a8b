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

# ---------------------------------------------------------------- labels (blind set 350: zj01-zj08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('shot dead / crushed / trampled to death / found dead / beaten to death',
     r'\bshot dead\b|\bcrushed\b|\btrampled\b|\bfound dead\b'),
    ('sustained injuries / beaten / patients / the deceased',
     r'\bsustained injuries\b|\bbeaten\b|\bpatients\b'),
    ('abduction / taken / held / holding / in custody / rounding up / remanded',
     r'\babduction\b|\btaken\b|\bholding\b|\bin custody\b|\brounding up\b|\bof whom\b'),
    ('could not find / remain missing / going missing / not been seen',
     r'\bcould not find\b|\bgoing missing\b|\bnot been seen\b'),
    ('crossed into / sheltering / staying / have fled', r'\bcrossed into\b|\bsheltering\b|\bhave fled\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('protesters/supporters/students', r'\b(?:protesters|supporters|students)\b'),
    ('activists', r'\bactivists\b'),
    ('officers/police officers', r'\bofficers\b'),
    ('riders/stewards/security guards', r'\b(?:riders|stewards|guards)\b'),
    ('families/persons/suspects', r'\b(?:families|persons|suspects)\b'),
    ('boys/sons/young men', r'\b(?:boys|sons|young men)\b'),
]

# zj01: police shooting protesters against demolitions in Kibera, Nairobi (AFP style, one sentence a
# paragraph, British spelling, curly quotes)
A['zj01.txt'] = dict(
    casualty=[
        C('shot dead at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('nearly 30 others had been wounded', 'injured', 30, 'at-most', 'people', id='inj'),
        C('four of them children', 'injured', 4, 'exact', 'children', sub='inj'),
        C('the death toll at four', 'killed', 4, 'exact', 'people', tags='contradicted'),
        C('17 officers had been injured', 'injured', 17, 'exact', 'soldiers'),
        C('over 40 people had been arrested', 'detained', 40, 'at-least', 'people'),
        C('two dozen wounded people', 'injured', 24, 'exact', 'people', id='krc'),
        C('two of whom died', 'killed', 2, 'exact', 'people', sub='krc'),
        C('its toll to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('the bodies of two men', 'killed', 2, 'exact', 'men'),
        C('13 bodies', 'killed', 13, 'exact', 'people', tags='contradicted'),
        C('seven or eight young men', 'missing', None, 'range', 'men', low=7, high=8),
        C('forced an estimated 3,400 families from their homes', 'displaced', 3400, 'approx', 'people',
          id='disp'),
        C('Some 600 of them were sheltering', 'displaced', 600, 'approx', 'people', sub='disp'),
        C('killed more than 60 protesters', 'killed', 60, 'at-least', 'people'),
    ],
    sources=[
        S('a rights group', 'ngo'),
        S('Haki Kibera', 'ngo'),
        S('Mercy Akinyi', 'witness', form='name'),
        S('National Police Service spokesman Charles Kiptoo', 'official', form='title-name'),
        S('A police officer', 'anonymous'),
        S('The Kenya Red Cross Society', 'ngo'),
        S('Haki Kibera', 'ngo', nth=1),
        S('Nairobi-based broadcaster Ruwaza TV', 'media'),
        S('staff at the city mortuary', 'anonymous'),
        S('Relatives', 'witness'),
        S('the Nairobi county government', 'official'),
        S('the county’s disaster officer, Beatrice Nduta', 'official', form='title-name'),
        S('Interior Cabinet Secretary Joseph Mwangi', 'official', form='title-name'),
        S('Amnesty International Kenya', 'ngo'),
    ],
    numbers=[
        N('hundreds of homes', 'count-objects'),
        N('38-year-old', 'age'),
        N('60-metre', 'distance'),
        N('two church compounds', 'count-objects'),
        N('some 1,200 pupils', 'count-people'),
        N('212 suspects', 'count-people'),
        N('an estimated 250,000 people', 'population'),
        N('one', 'other'),
    ])

# zj02: police killings and abductions during protests over a lawmaker's arrest in Kisumu, Kenya
# (Reuters style, American spelling, straight quotes, credit line)
A['zj02.txt'] = dict(
    casualty=[
        C('shot dead five protesters', 'killed', 5, 'exact', 'people', id='tot'),
        C('wounded at least 27 others', 'injured', 27, 'at-least', 'people', id='inj'),
        C('Three of the dead were secondary school students', 'killed', 3, 'exact', 'people', sub='tot'),
        C('one woman', 'killed', 1, 'exact', 'women', sub='tot'),
        C('Nine of them', 'injured', 9, 'exact', 'people', sub='inj'),
        C('14 officers were hurt', 'injured', 14, 'exact', 'soldiers'),
        C('63 people had been arrested', 'detained', 63, 'exact', 'people'),
        C('the toll stood at seven', 'killed', 7, 'exact', 'people', id='pdm', tags='contradicted'),
        C('two motorcycle taxi riders', 'killed', 2, 'exact', 'other', sub='pdm'),
        C('15 to 20 of its members had been detained', 'detained', None, 'range', 'people', low=15, high=20),
        C('the abduction of 19 people', 'detained', 19, 'exact', 'people', id='abd'),
        C('Four of them have since been found dead', 'killed', 4, 'exact', 'people', sub='abd'),
        C('fewer than 10 people had died', 'killed', 10, 'at-most', 'people', tags='contradicted'),
        C('roughly 40 families had fled', 'displaced', 40, 'approx', 'people'),
        C('killed at least 82 people', 'killed', 82, 'at-least', 'people'),
        C('a number of others remain unaccounted for', 'missing', None, 'vague', 'people'),
    ],
    sources=[
        S('a hospital official', 'anonymous'),
        S('the official', 'anonymous'),
        S('the official', 'anonymous', nth=1),
        S("Kenya's National Police Service", 'official'),
        S('Kisumu County Police Commander Samuel Kiprop', 'official', form='title-name'),
        S("The opposition People's Democratic Movement (PDM)", 'other'),
        S('Haki Nyanza', 'ngo'),
        S('the group', 'ngo'),
        S('Rose Achieng', 'witness', form='name'),
        S('Government spokesman David Langat', 'official', form='title-name'),
        S('residents', 'witness'),
        S('Rights groups', 'ngo'),
    ],
    numbers=[
        N('March 5', 'date'),
        N('aged 60', 'age'),
        N('Feb. 26', 'date'),
        N('52', 'age'),
        N('Feb. 28', 'date'),
        N('500,000 shilling', 'money'),
        N('$3,870', 'money'),
        N('some 2,000 demonstrators', 'count-people'),
        N('2024', 'year'),
        N('2025', 'year'),
    ])

# zj03: a stampede at an opposition rally in a stadium in Eldoret, Kenya (AP style, em-dash dateline,
# American spelling, curly quotes)
A['zj03.txt'] = dict(
    casualty=[
        C('At least 14 people were crushed to death', 'killed', 14, 'at-least', 'people', id='tot'),
        C('more than 70 injured', 'injured', 70, 'at-least', 'people', id='inj'),
        C('Six of the dead were children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('two were women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('Two small boys died', 'killed', 2, 'exact', 'children'),
        C('almost 60 of the injured', 'injured', 60, 'at-most', 'people', id='mtrh', sub='inj'),
        C('a dozen', 'injured', 12, 'exact', 'people', sub='mtrh'),
        C('four more people had died', 'killed', 4, 'exact', 'people'),
        C('the death toll rose to 18', 'killed', 18, 'exact', 'people', id='upd', tags='update'),
        C('as many as 37 people were still missing', 'missing', 37, 'at-most', 'people'),
        C('that number had fallen to nine', 'missing', 9, 'exact', 'people', tags='update'),
        C('Scores of others were treated for minor injuries', 'injured', None, 'vague', 'people'),
        C('arrested 11 people', 'detained', 11, 'exact', 'people', id='arr'),
        C('two campaign stewards', 'detained', 2, 'exact', 'other', sub='arr'),
        C('16 of the dead', 'killed', 16, 'exact', 'people', sub='upd'),
        C('Two people were trampled to death', 'killed', 2, 'exact', 'people'),
    ],
    sources=[
        S('police', 'official'),
        S('Uasin Gishu County Police Commander Ruth Chebet', 'official', form='title-name'),
        S('witnesses', 'witness'),
        S('Daniel Kibet', 'witness', form='name'),
        S('Moi Teaching and Referral Hospital', 'official'),
        S('hospital chief executive Dr. Wilson Kiprono', 'official', form='title-name'),
        S('The Kenya Red Cross', 'ngo'),
        S('the organization', 'ngo'),
        S('Koros’ campaign', 'other'),
        S('Uasin Gishu Governor Esther Jepkemboi', 'official', form='title-name'),
        S('Police', 'official', nth=1),
        S('The Interior Ministry', 'official'),
    ],
    numbers=[
        N('about 4:15 p.m.', 'time'),
        N('thousands of people', 'count-people'),
        N('29-year-old', 'age'),
        N('two rallies', 'count-objects'),
        N('10,000', 'quantity'),
        N('all but one of its eight gates', 'count-objects'),
        N('an estimated 40,000 supporters', 'count-people'),
        N('three officers', 'count-people'),
        N('100,000 shillings', 'money'),
        N('$775', 'money'),
        N('2017', 'year'),
    ])

# zj04: a UN flash update on protests against a border levy in Busia, on the Kenya-Uganda border
# (headings, highlights, displacement by site, access, response, funding)
A['zj04.txt'] = dict(
    casualty=[
        C('At least 12 people have been killed', 'killed', 12, 'at-least', 'people', id='tot'),
        C('96 injured', 'injured', 96, 'exact', 'people', id='inj'),
        C('An estimated 7,800 people have crossed into Busia', 'displaced', 7800, 'approx', 'people',
          id='cross'),
        C('about 2,100 remain displaced', 'displaced', 2100, 'approx', 'people'),
        C('10 of the deaths', 'killed', 10, 'exact', 'people', sub='tot'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('lost one officer', 'killed', 1, 'exact', 'soldiers'),
        C('22 officers have been injured', 'injured', 22, 'exact', 'soldiers', id='pol'),
        C('five of them', 'injured', 5, 'exact', 'soldiers', sub='pol'),
        C('58 people have been arrested', 'detained', 58, 'exact', 'people'),
        C('at least six activists', 'detained', 6, 'at-least', 'other', id='abd'),
        C('four of them remain unaccounted for', 'missing', 4, 'exact', 'other', sub='abd'),
        C('around 4,500 are sheltering', 'displaced', 4500, 'approx', 'people', sub='cross'),
        C('2,200', 'displaced', 2200, 'exact', 'people', sub='cross'),
        C('1,100', 'displaced', 1100, 'exact', 'people', sub='cross'),
        C('Hundreds more are sleeping in the open', 'displaced', None, 'vague', 'people'),
        C('some 2,100 people', 'displaced', 2100, 'approx', 'people', id='idp', tags='repeat'),
        C('approximately 900 children', 'displaced', 900, 'approx', 'children', sub='idp'),
        C('31 of the wounded', 'injured', 31, 'exact', 'people', sub='inj'),
    ],
    sources=[
        S('Busia County Referral Hospital', 'official'),
        S('The Independent Policing Oversight Authority (IPOA)', 'official'),
        S('The Kenya Police Service', 'official'),
        S('Local human rights defenders', 'other'),
        S('the Busia District Local Government', 'official'),
        S('Uganda’s Office of the Prime Minister (OPM)', 'official'),
        S('the Busia County Government', 'official'),
        S('The Kenya Red Cross Society', 'ngo'),
        S('The county hospital', 'official'),
        S('Thirty women traders', 'witness'),
        S('The Uganda People’s Defence Forces (UPDF)', 'military'),
        S('UNHCR', 'ngo'),
        S('Partners', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('16 May 2026', 'date'),
        N('four days', 'duration'),
        N('more than 1,400 lorries', 'count-objects'),
        N('12 May', 'date'),
        N('16 per cent', 'percentage'),
        N('thousands of women traders', 'count-people'),
        N('13 and 14 May', 'date'),
        N('aged 9 and 13', 'age'),
        N('13 May', 'date'),
        N('Thirty women traders', 'count-people'),
        N('15 May', 'date'),
        N('several', 'count-people'),
        N('25 km', 'distance'),
        N('14 and 15 May', 'date'),
        N('Two Kenya Red Cross vehicles', 'count-objects'),
        N('300 troops', 'count-people'),
        N('1,300 household kits', 'count-objects'),
        N('40 tonnes', 'quantity'),
        N('the two sites', 'count-objects'),
        N('US$4.2 million', 'money'),
        N('90 days', 'duration'),
        N('11 per cent', 'percentage'),
    ])

# zj05: a stampede at a presidential campaign rally at Pece Stadium, Gulu, Uganda (Ugandan state media in
# the NAN manner: "The ... Command says", "disclosed this in a statement", a quote continued across
# paragraphs, "UNA recalls")
A['zj05.txt'] = dict(
    casualty=[
        C('eight persons died', 'killed', 8, 'exact', 'people', id='tot'),
        C('43 others sustained injuries', 'injured', 43, 'exact', 'people', id='inj'),
        C('five women', 'killed', 5, 'exact', 'women', sub='tot'),
        C('two children', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Six police officers are among the injured', 'injured', 6, 'exact', 'soldiers', sub='inj'),
        C('Twenty-one of the injured', 'injured', 21, 'exact', 'people', sub='inj'),
        C('14 of the injured', 'injured', 14, 'exact', 'people', sub='inj'),
        C('14 suspects', 'detained', 14, 'exact', 'people', id='arr'),
        C('two private security guards', 'detained', 2, 'exact', 'other', sub='arr'),
        C('nine patients', 'injured', 9, 'exact', 'people', id='grh'),
        C('two of whom', 'injured', 2, 'exact', 'people', sub='grh'),
        C('the death toll at 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('three more bodies were recovered', 'killed', 3, 'exact', 'people'),
        C('four others were still missing', 'missing', 4, 'exact', 'children'),
        C('between 10 and 12 bodies', 'killed', None, 'range', 'people', low=10, high=12),
        C('two persons were killed', 'killed', 2, 'exact', 'people'),
    ],
    sources=[
        S('The Aswa Region Police Command', 'official'),
        S('The Regional Police Spokesperson, ASP Richard Ojara', 'official', form='title-name'),
        S('Ojara', 'official', nth=1, form='name'),
        S('The statement', 'official', form='document'),
        S('Some residents', 'witness'),
        S('the police', 'official', nth=1),
        S('The Director of Gulu Regional Referral Hospital, Dr Emmanuel Oryem', 'official', form='title-name'),
        S('the Uganda Red Cross Society (URCS)', 'ngo'),
        S('The URCS Gulu Branch Manager, Mr Geoffrey Opiyo', 'ngo', form='title-name'),
        S('An eyewitness, Ms Grace Akello', 'witness', form='name'),
        S('The Resident City Commissioner, Mr Charles Komakech', 'official', form='title-name'),
    ],
    numbers=[
        N('Jan. 18, 2026', 'date'),
        N('more than 30,000', 'count-people'),
        N('about 5:30 p.m.', 'time'),
        N('15,000 people', 'count-people'),
        N('17 children', 'count-people'),
        N('34', 'age'),
        N('Shs5 million', 'money'),
        N('2021', 'year'),
    ])

# zj06: an NGO statement on abductions of activists and police killings in Mathare, Nairobi (headline,
# "Nairobi, date –" dateline, first person plural, a list of demands and notes to editors)
A['zj06.txt'] = dict(
    casualty=[
        C('at least 14 young activists taken', 'detained', 14, 'at-least', 'other', id='hl'),
        C('the abduction of at least 14 community activists', 'detained', 14, 'at-least', 'other', id='lede',
          tags='repeat'),
        C('Five of them were beaten', 'injured', 5, 'exact', 'other', sub='lede'),
        C('The bodies of two', 'killed', 2, 'exact', 'other', sub='lede'),
        C('Seven remain missing', 'missing', 7, 'exact', 'other', id='mis', sub='lede'),
        C('23 deaths', 'killed', 23, 'exact', 'people', id='pk'),
        C('17 of them young men', 'killed', 17, 'exact', 'men', sub='pk'),
        C('shooting dead three people', 'killed', 3, 'exact', 'people'),
        C('wounding at least 19', 'injured', 19, 'at-least', 'people'),
        C('the two men', 'killed', 2, 'exact', 'men', tags='repeat'),
        C('41 suspects had been arrested', 'detained', 41, 'exact', 'people'),
        C('three of the missing', 'missing', 3, 'exact', 'other', sub='mis'),
        C('four of the killings', 'killed', 4, 'exact', 'people', sub='pk'),
        C('up to 60 young people have fled', 'displaced', 60, 'at-most', 'people'),
        C('the seven activists still missing', 'missing', 7, 'exact', 'other', tags='repeat'),
        C('all 23 killings', 'killed', 23, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('Sauti Justice Network (SJN)', 'ngo'),
        S('Amina Njeri', 'ngo', form='name'),
        S('the sister of a missing activist', 'anonymous'),
        S('Our monitors', 'ngo'),
        S('medical staff at the Mathare North Health Centre', 'anonymous'),
        S('The National Police Service', 'official'),
        S('A police statement', 'official', form='document'),
        S('The Law Society of Kenya (LSK)', 'other'),
        S('The Independent Policing Oversight Authority (IPOA)', 'official'),
        S('Mathare residents', 'witness'),
        S('Njeri', 'ngo', nth=1, form='name'),
    ],
    numbers=[
        N('six weeks', 'duration'),
        N('9 September 2025', 'date'),
        N('one', 'other'),
        N('28 August', 'date'),
        N('one', 'other', nth=1),
        N('2am', 'time'),
        N('aged between 16 and 25', 'age'),
        N('2 August', 'date'),
        N('30 August', 'date'),
        N('35 community-based organisations', 'count-objects'),
        N('62 interviews', 'count-objects'),
        N('25 July', 'date'),
        N('6 September 2025', 'date'),
        N('an estimated population of 200,000', 'population'),
    ])

# zj07: abductions of opposition supporters after a protest in Kampala, Uganda (a broadcaster's website:
# headline and byline instead of a dateline, "told the BBC", an en-dash range, en-dash asides)
A['zj07.txt'] = dict(
    casualty=[
        C('dozens of supporters abducted', 'detained', None, 'vague', 'people', id='hl'),
        C('at least 46 of its supporters have been abducted', 'detained', 46, 'at-least', 'people', id='lede',
          tags='repeat'),
        C('Two people were shot dead', 'killed', 2, 'exact', 'people'),
        C('17 were injured', 'injured', 17, 'exact', 'people', id='inj'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='inj'),
        C('31 of those taken remained unaccounted for', 'missing', 31, 'exact', 'people', sub='lede'),
        C('20–30 others had been beaten', 'injured', None, 'range', 'people', low=20, high=30),
        C('holding only 12 people', 'detained', 12, 'exact', 'people', tags='contradicted'),
        C('112 people had been arrested', 'detained', 112, 'exact', 'people', id='arr'),
        C('39 of whom', 'detained', 39, 'exact', 'people', sub='arr'),
        C('five officers were injured', 'injured', 5, 'exact', 'soldiers'),
        C('the two who died', 'killed', 2, 'exact', 'people', tags='repeat'),
        C('58 people going missing', 'missing', 58, 'exact', 'people'),
        C('at least 18 people have died', 'killed', 18, 'at-least', 'people'),
    ],
    sources=[
        S('Uganda opposition', 'other'),
        S('Uganda’s main opposition party', 'other'),
        S('Mulago National Referral Hospital', 'official'),
        S('Witnesses', 'witness'),
        S('FNR spokesman Joel Ssenyonga', 'other', form='title-name'),
        S('Uganda People’s Defence Forces spokesman Col Robert Ayebare', 'military', form='title-name'),
        S('A police spokesperson, Claire Nabukeera', 'official', form='title-name'),
        S('Sarah Nantongo', 'witness', form='name'),
        S('The Uganda Human Rights Commission', 'official'),
        S('The UN human rights office', 'ngo'),
        S('Amnesty International', 'ngo'),
    ],
    numbers=[
        N('thousands of people', 'count-people'),
        N('27', 'age'),
        N('about 02:00', 'time'),
        N('four armed men', 'count-people'),
        N('six police stations', 'count-objects'),
        N('2020', 'year'),
        N('14 months', 'duration'),
        N('Hundreds of traders', 'count-people'),
        N('January 2026', 'date'),
    ])

# zj08: police shooting protesters over a rider's death in a police cell in Kaptembwo, Nakuru, Kenya (a
# Kenyan daily's own correspondent: headline and byline, an em-dash breakdown, "this correspondent")
A['zj08.txt'] = dict(
    casualty=[
        C('Three shot dead', 'killed', 3, 'exact', 'people', id='hl'),
        C('Three people were shot dead', 'killed', 3, 'exact', 'people', id='lede', tags='repeat'),
        C('at least 20 others wounded', 'injured', 20, 'at-least', 'people', id='inj'),
        C('two men', 'killed', 2, 'exact', 'men', sub='lede'),
        C('23 patients', 'injured', 23, 'exact', 'people', id='hosp'),
        C('six of them police officers', 'injured', 6, 'exact', 'soldiers', sub='hosp'),
        C('Two of the patients', 'injured', 2, 'exact', 'people', sub='hosp'),
        C('several had been shot', 'injured', None, 'vague', 'people', sub='hosp'),
        C('only two people had died', 'killed', 2, 'exact', 'people', tags='contradicted'),
        C('the toll had risen to four', 'killed', 4, 'exact', 'people', tags='update'),
        C('rounding up dozens of young men', 'detained', None, 'vague', 'men'),
        C('38 suspects were in custody', 'detained', 38, 'exact', 'people'),
        C('her two sons', 'missing', 2, 'exact', 'men'),
        C('Some 150 families have fled', 'displaced', 150, 'approx', 'people'),
        C('upwards of 40 deaths in police custody', 'killed', 40, 'at-least', 'people'),
    ],
    sources=[
        S('Nakuru Level Five Hospital medical superintendent Dr Joyce Mutai', 'official', form='title-name'),
        S('Dr Mutai', 'official', form='name'),
        S('Nakuru County Police Commander Stephen Ng’etich', 'official', form='title-name'),
        S('Police', 'official', nth=1),
        S('his family', 'witness'),
        S('a hospital administrator', 'anonymous'),
        S('Local radio station Bonde FM', 'media'),
        S('Residents', 'witness'),
        S('Nakuru West police chief Mr Alex Chege', 'official', form='title-name'),
        S('Mrs Lucy Wambui', 'witness', form='title-name'),
        S('the area’s Nyumba Kumi chairman, Mr Josphat Karanja', 'other', form='title-name'),
        S('The Kenya National Commission on Human Rights (KNCHR)', 'official'),
        S('the commission', 'official'),
        S('County Commissioner Mr Julius Ombati', 'official', form='title-name'),
    ],
    numbers=[
        N('hundreds of residents', 'count-people'),
        N('Form Three', 'other'),
        N('Level Five', 'other'),
        N('two police vehicles', 'count-objects'),
        N('24-year-old', 'age'),
        N('17-year-old', 'age'),
        N('51', 'age'),
        N('aged 19 and 22', 'age'),
        N('1,093 complaints', 'count-objects'),
        N('7pm', 'time'),
        N('5am', 'time'),
        N('seven days', 'duration'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
