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

# ---------------------------------------------------------------- labels (eleventh blind set: g01-g08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralized / neutralising / neutralisation / shot dead / bury / buried / fell',
     r'\bneutrali[sz]\w*\b|\bshot dead\b|\bbur(?:y|ied)\b|\bfell\b'),
    ('kidnapped / kidnapping / taken away / marched / captured / arrest of / in captivity',
     r'\bkidnap\w*\b|\btaken away\b|\bmarched\b|\bcaptured\b|\barrest of\b|\bcaptivity\b|\bkidnapped\b'),
    ('being treated / hospitalised / gunshot wounds / beaten', r'\btreated\b|\bhospitalised\b|\bwounds\b|\bbeaten\b'),
    ('shelters / households / families displaced', r'\bshelters\b|\bhouseholds\b|\bfamilies displaced\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('members (VDP) / officers / gang members / bandits / attackers / terrorists / hoodlums',
     r'\b(?:members|officers|bandits|attackers|terrorists)\b'),
    ('inmates / prisoners / persons / worshippers / travellers / relatives / minors / households',
     r'\b(?:inmates|prisoners|persons|worshippers|travellers|relatives|minors|households|apostates)\b'),
    ('colleagues / employees / patients', r'\b(?:colleagues|employees|patients)\b'),
    ('teenage sons', r'\bteenage\b'),
]

# g01: a jihadist attack on Titao and an army convoy in northern Burkina Faso (Reuters style)
A['g01.txt'] = dict(
    casualty=[
        C('killing at least 42 people', 'killed', 42, 'at-least', 'people', id='tot'),
        C('15 soldiers', 'killed', 15, 'exact', 'soldiers', sub='tot'),
        C('at least four members', 'killed', 4, 'at-least', 'soldiers', sub='tot'),
        C('Another 22 soldiers were wounded', 'injured', 22, 'exact', 'soldiers'),
        C('bury 19 people', 'killed', 19, 'exact', 'people', id='b19'),
        C('three children', 'killed', 3, 'exact', 'children', sub='b19'),
        C('taken away at least a dozen young men', 'detained', 12, 'at-least', 'men'),
        C('37 wounded civilians', 'injured', 37, 'exact', 'civilians', id='h37'),
        C('five of them children', 'injured', 5, 'exact', 'children', sub='h37'),
        C('two had died', 'killed', 2, 'exact', 'civilians', sub='h37'),
        C('"neutralized" more than 70 terrorists', 'killed', 70, 'at-least', 'fighters'),
        C('the death toll had risen to 51', 'killed', 51, 'exact', 'people', tags='update'),
        C('the bodies of nine VDP members', 'killed', 9, 'exact', 'soldiers'),
        C('killed "dozens of soldiers and militiamen"', 'killed', None, 'vague', 'soldiers', tags='contradicted'),
        C('Around 3,000 people had fled', 'displaced', 3000, 'approx', 'people'),
        C('roughly 80,000 displaced people', 'displaced', 80000, 'approx', 'people'),
        C('more than 2 million internally displaced people', 'displaced', 2000000, 'at-least', 'people'),
        C('killed over 8,000 people', 'killed', 8000, 'at-least', 'people'),
    ],
    sources=[
        S('security and local sources', 'anonymous'),
        S('two security sources', 'anonymous'),
        S('one of the sources', 'anonymous'),
        S('the sources', 'anonymous', nth=1),
        S('residents', 'witness'),
        S('Issouf Sawadogo', 'witness', form='name'),
        S('Sawadogo', 'witness', nth=1, form='name'),
        S('Dr. Adama Ouedraogo', 'official', form='title-name'),
        S('state television RTB', 'media'),
        S('the army', 'military', nth=1),
        S('a security source', 'anonymous'),
        S('the al Qaeda-linked Group for the Support of Islam and Muslims (JNIM)', 'military'),
        S('Aid agencies', 'ngo'),
        S('a local official', 'anonymous'),
        S('the Norwegian Refugee Council', 'ngo'),
        S('the U.S.-based conflict monitor ACLED', 'ngo'),
    ],
    numbers=[
        N('two security sources', 'count-people'),
        N('one of the sources', 'count-people'),
        N('about 80 supply trucks', 'count-objects'),
        N('some 30 km', 'distance'),
        N('19 miles', 'distance'),
        N('six in the morning', 'time'),
        N('September 2022', 'date'),
        N('seven vehicles', 'count-objects'),
    ])

# g02: gang violence and kidnappings in Solino, Port-au-Prince, Haiti (AP style)
A['g02.txt'] = dict(
    casualty=[
        C('killing at least 28 people', 'killed', 28, 'at-least', 'people', id='tot'),
        C('kidnapping more than a dozen others', 'detained', 12, 'at-least', 'people', id='kid'),
        C('four children', 'detained', 4, 'exact', 'children', sub='kid'),
        C('two teenage sons', 'killed', 2, 'exact', 'children'),
        C('about 600 people', 'displaced', 600, 'approx', 'people'),
        C('seven bodies', 'killed', 7, 'exact', 'people'),
        C('recovered 23 bodies', 'killed', 23, 'exact', 'people'),
        C('three officers had been wounded', 'injured', 3, 'exact', 'soldiers'),
        C('arrested six suspected gang members', 'detained', 6, 'exact', 'fighters'),
        C('killed “several bandits,”', 'killed', None, 'vague', 'fighters'),
        C('the death toll higher, at 31', 'killed', 31, 'exact', 'people', id='kjl', tags='contradicted'),
        C('nine women', 'killed', 9, 'exact', 'women', sub='kjl'),
        C('14 of those kidnapped', 'detained', 14, 'exact', 'people', sub='kid'),
        C('17 patients with gunshot wounds', 'injured', 17, 'exact', 'people', id='msf'),
        C('three of whom died', 'killed', 3, 'exact', 'people', sub='msf'),
        C('nearly 4,500 people had fled', 'displaced', 4500, 'at-most', 'people'),
        C('More than 5,600 people were killed', 'killed', 5600, 'at-least', 'people'),
        C('at least 1,494 people were kidnapped', 'detained', 1494, 'at-least', 'people'),
    ],
    sources=[
        S('residents', 'witness', nth=0),
        S('local officials', 'official'),
        S('residents', 'witness', nth=1),
        S('Marie-Ange Joseph', 'witness', form='name'),
        S('Haiti’s National Police', 'official'),
        S('Police spokesman Jean-Robert Pierre-Louis', 'official', form='title-name'),
        S('A local human rights group, the Kolektif Jistis Lakay', 'ngo'),
        S('the group', 'ngo', nth=0),
        S('the group’s director, Wilner Étienne', 'ngo', form='title-name'),
        S('Doctors Without Borders', 'ngo'),
        S('The U.N.’s International Organization for Migration', 'ngo'),
        S('The Kenyan-led multinational security mission', 'military'),
        S('the U.N. human rights office', 'ngo'),
        S('Pierre-Louis', 'official', nth=1, form='name'),
    ],
    numbers=[
        N('11 p.m.', 'time'),
        N('dozens of armed men', 'count-people'),
        N('Delmas 30', 'other'),
        N('54', 'age'),
        N('up to $50,000', 'money'),
        N('two days later', 'duration'),
        N('about 1,000 officers', 'count-people'),
        N('two armored vehicles', 'count-objects'),
        N('an estimated 85%', 'percentage'),
    ])

# g03: an al-Shabaab siege of a hotel in Mogadishu, Somalia (AFP style, one sentence a paragraph)
A['g03.txt'] = dict(
    casualty=[
        C('left at least 24 people dead', 'killed', 24, 'at-least', 'people'),
        C('24 dead', 'killed', 24, 'exact', 'people', id='h24', tags='repeat'),
        C('more than 60 wounded', 'injured', 60, 'at-least', 'people'),
        C('three soldiers were among the dead', 'killed', 3, 'exact', 'soldiers', sub='h24'),
        C('killing all four attackers', 'killed', 4, 'exact', 'fighters'),
        C('killed "more than 50 apostates', 'killed', 50, 'at-least', 'people', tags='contradicted'),
        C('41 wounded people', 'injured', 41, 'exact', 'people', id='h41'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='h41'),
        C('Four of them died', 'killed', 4, 'exact', 'people', sub='h41'),
        C('the overall death toll to 28', 'killed', 28, 'exact', 'people', tags='update'),
        C('35 wounded', 'injured', 35, 'exact', 'people'),
        C('16 bodies', 'killed', 16, 'exact', 'people'),
        C('two of her colleagues were still missing', 'missing', 2, 'exact', 'other'),
        C('12 suspects had been detained', 'detained', 12, 'exact', 'people'),
        C('killed 21 people', 'killed', 21, 'exact', 'people'),
    ],
    sources=[
        S('security officials', 'official'),
        S('police officer Abdirahman Hassan', 'official', form='title-name'),
        S('Hassan', 'official', nth=1, form='name'),
        S('the National Intelligence and Security Agency (NISA)', 'military'),
        S('NISA', 'military', nth=1),
        S('Al-Shabaab', 'military', nth=1),
        S("the group's Radio Andalus", 'media'),
        S('director Dr Faadumo Warsame', 'official', form='title-name'),
        S('Warsame', 'official', nth=1, form='name'),
        S('The head of the volunteer-run Hano Ambulance service, Abdiqadir Farah', 'ngo', form='title-name'),
        S('Hodan Ali', 'witness', form='name'),
        S('The internal security ministry', 'official'),
    ],
    numbers=[
        N('almost 20 hours', 'duration'),
        N('7:30 pm', 'time'),
        N('1630 GMT', 'time'),
        N('four gunmen', 'count-people'),
        N('3:00 pm', 'time'),
        N('84 people', 'count-people'),
        N('several lawmakers', 'count-people'),
        N('two deputy ministers', 'count-people'),
        N('31-year-old', 'age'),
        N('nine hours', 'duration'),
        N('more than 15 years', 'duration'),
        N('2022', 'year'),
        N('two years ago', 'duration'),
        N('30-hour', 'duration'),
    ])

# g04: bandits abducting villagers and worshippers in Zamfara, Nigeria (a Nigerian newspaper's own
# correspondent, with a headline and a byline)
A['g04.txt'] = dict(
    casualty=[
        C('abduct 46 worshippers', 'detained', 46, 'exact', 'people'),
        C('abducted 46 people', 'detained', 46, 'exact', 'people', id='ab', tags='repeat'),
        C('18 of them', 'detained', 18, 'exact', 'people', sub='ab'),
        C('killed three people', 'killed', 3, 'exact', 'people'),
        C('buried nine people', 'killed', 9, 'exact', 'people'),
        C('27 people', 'detained', 27, 'exact', 'people', sub='ab'),
        C('shot dead two villagers', 'killed', 2, 'exact', 'civilians'),
        C('31 persons were abducted', 'detained', 31, 'exact', 'people', tags='contradicted'),
        C('neutralising four of them', 'killed', 4, 'exact', 'fighters'),
        C('one officer sustained gunshot injuries', 'injured', 1, 'exact', 'soldiers'),
        C('230 families displaced', 'displaced', 230, 'exact', 'people'),
        C('three children were among those abducted', 'detained', 3, 'exact', 'children', sub='ab'),
        C('killed more than 4,000 people', 'killed', 4000, 'at-least', 'people'),
        C('kidnapped thousands', 'detained', None, 'vague', 'people'),
        C('abducted 37 travellers', 'detained', 37, 'exact', 'people', id='tr'),
        C('20 of whom', 'detained', 20, 'exact', 'people', sub='tr'),
    ],
    sources=[
        S('A resident of Dan Isa, Malam Sani Garba', 'witness', form='name'),
        S('Another resident', 'anonymous'),
        S('the Police Public Relations Officer in the state, DSP Aminu Ladan', 'official', form='title-name'),
        S('Ladan', 'official', nth=1, form='name'),
        S('The state government', 'official'),
        S('the Special Adviser to the Governor on Security Matters, Alhaji Musa Dangulbi', 'official',
          form='title-name'),
        S('Relatives of the victims', 'witness'),
        S('a relative, Hajiya Rabi Usman', 'witness', form='name'),
        S('Amnesty International', 'ngo'),
    ],
    numbers=[
        N('three communities', 'count-objects', nth=0),
        N('numbering over 100', 'count-people'),
        N('4:30am', 'time'),
        N('the three villages', 'count-objects'),
        N('12 of the victims', 'count-people'),
        N('three communities', 'count-objects', nth=1),
        N('N50 million', 'money'),
        N('about $32,000', 'money'),
        N('one week', 'duration'),
        N('one of the states', 'other'),
        N('2019', 'year'),
    ])

# g05: a prison riot in Guayaquil, Ecuador (dpa style)
A['g05.txt'] = dict(
    casualty=[
        C('At least 31 inmates have been killed', 'killed', 31, 'at-least', 'people', id='tot'),
        C('47 prisoners had been injured', 'injured', 47, 'exact', 'people', id='inj'),
        C('12 of them', 'injured', 12, 'exact', 'people', sub='inj'),
        C('six police officers were wounded', 'injured', 6, 'exact', 'soldiers'),
        C('several of which', 'killed', None, 'vague', 'people', sub='tot'),
        C('the number of dead to 36', 'killed', 36, 'exact', 'people', tags='update'),
        C('five more bodies were found', 'killed', 5, 'exact', 'people'),
        C('up to 15 inmates were unaccounted for', 'missing', 15, 'at-most', 'people'),
        C('arrested four prison employees', 'detained', 4, 'exact', 'other'),
        C('More than 460 prisoners have been killed', 'killed', 460, 'at-least', 'people'),
        C('left more than 100 dead', 'killed', 100, 'at-least', 'people'),
    ],
    sources=[
        S('the authorities', 'official', nth=0),
        S('the national prison service SNAI', 'official'),
        S('Interior Minister Mónica Ruales', 'official', form='title-name'),
        S("the prosecutor's office", 'official', nth=0),
        S("the prosecutor's office", 'official', nth=1),
        S('Rosa Quiñónez', 'witness', form='name'),
        S("The Ombudsman's Office", 'official'),
        S("the armed forces' joint command", 'military'),
        S("the prosecutor's office", 'official', nth=2),
        S("the Guayaquil-based Committee for Prisoners' Rights", 'ngo'),
        S("the committee's president, Fernando Cevallos Vera", 'ngo', form='title-name'),
    ],
    numbers=[
        N('Pavilion 5', 'other'),
        N('Hundreds of relatives', 'count-people'),
        N('three years', 'duration'),
        N('58', 'age'),
        N('23 firearms', 'count-objects'),
        N('500 rounds of ammunition', 'count-objects'),
        N('40 kilogrammes', 'quantity'),
        N('Nine inmates', 'count-people'),
        N('2021', 'year'),
        N('2024', 'year'),
        N('some 1,200 soldiers', 'count-people'),
        N("the country's 36 prisons", 'count-objects'),
        N('about 6,000 inmates', 'population'),
    ])

# g06: a bombing at a mosque in Pul-e-Khumri, northern Afghanistan (a broadcaster, BBC style, with a
# headline and no dateline)
A['g06.txt'] = dict(
    casualty=[
        C('At least 19 people have been killed', 'killed', 19, 'at-least', 'people', id='tot'),
        C('dozens injured', 'injured', None, 'vague', 'people'),
        C('19 bodies', 'killed', 19, 'exact', 'people', tags='repeat'),
        C('47 people were being treated for their wounds', 'injured', 47, 'exact', 'people', id='inj'),
        C('26 dead', 'killed', 26, 'exact', 'people', tags='contradicted'),
        C('more than 50 wounded', 'injured', 50, 'at-least', 'people', tags='contradicted'),
        C('three of his relatives were among the dead', 'killed', 3, 'exact', 'people', sub='tot'),
        C('more than 60 had been killed', 'killed', 60, 'at-least', 'people', tags='contradicted'),
        C('arrested two suspects', 'detained', 2, 'exact', 'people'),
        C('the death toll had risen to 23', 'killed', 23, 'exact', 'people', tags='update'),
        C('six of the wounded', 'injured', 6, 'exact', 'people', sub='inj'),
        C('killing hundreds of worshippers', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('officials', 'official', nth=0),
        S('A spokesman for the provincial police, Mawlawi Hamdullah Zahid', 'official', form='title-name'),
        S('a doctor at the hospital', 'anonymous'),
        S('Mohammad Reza', 'witness', form='name'),
        S('The Islamic State group’s regional affiliate, IS-Khorasan', 'military'),
        S('the Amaq news agency', 'media'),
        S('A spokesman for the Taliban’s interior ministry', 'official', form='role'),
        S('local officials', 'official'),
        S('Images shared on social media', 'other', form='document'),
        S('the UN Assistance Mission in Afghanistan (Unama)', 'ngo'),
        S('Unama', 'ngo', nth=1),
        S('The Taliban', 'official'),
        S('analysts', 'other'),
    ],
    numbers=[
        N('13:00', 'time'),
        N('08:30 GMT', 'time'),
        N('several hundred worshippers', 'count-people'),
        N('34', 'age'),
        N('one of its fighters', 'count-people'),
        N('dozens of attacks', 'count-objects'),
        N('August 2021', 'date'),
        N('an estimated 10-15%', 'percentage'),
        N('roughly 40 million people', 'population'),
    ])

# g07: an ambush on soldiers near Tillabéri, Niger, with state television's and a jihadist group's
# competing tolls (state media, ANP style)
A['g07.txt'] = dict(
    casualty=[
        C('Twelve soldiers', 'killed', 12, 'exact', 'soldiers'),
        C('eight other soldiers were wounded', 'injured', 8, 'exact', 'soldiers'),
        C('two are missing', 'missing', 2, 'exact', 'soldiers'),
        C('neutralised some 40 terrorists', 'killed', 40, 'approx', 'fighters'),
        C('killed "more than 60 soldiers"', 'killed', 60, 'at-least', 'soldiers', tags='contradicted'),
        C('captured several others', 'detained', None, 'vague', 'soldiers', tags='contradicted'),
        C('the bodies of 15 soldiers', 'killed', 15, 'exact', 'soldiers', tags='contradicted'),
        C('three civilians', 'killed', 3, 'exact', 'civilians'),
        C('17 others were injured', 'injured', 17, 'exact', 'civilians'),
        C('some 350 households', 'displaced', 350, 'approx', 'people'),
        C('the neutralisation of 112 terrorists', 'killed', 112, 'exact', 'fighters'),
        C('the arrest of 46 suspects', 'detained', 46, 'exact', 'people'),
    ],
    sources=[
        S('the Ministry of National Defence', 'military', nth=0),
        S('state television, Télé Sahel', 'media'),
        S('the communiqué', 'military', nth=0, form='document'),
        S('the communiqué', 'military', nth=1, form='document'),
        S('The Ministry', 'military', nth=0),
        S('the so-called Islamic State in the Sahel', 'military'),
        S('The group', 'military'),
        S('the Secretary General of the Ministry of National Defence, Colonel-Major Abdourahamane Seydou',
          'military', form='title-name'),
        S('the Prefect of Tillabéri, Colonel Moussa Hamidou', 'official', form='title-name'),
        S('The Prefect', 'official'),
        S('The Ministry', 'military', nth=1),
        S('The Defence Minister, Lieutenant General Idrissa Garba Amadou', 'military', form='title-name'),
    ],
    numbers=[
        N('14 March', 'date'),
        N('about 70 km', 'distance'),
        N('around 20 motorcycles', 'count-objects'),
        N('14-year-old', 'age'),
        N('two neighbouring villages', 'count-objects'),
        N('three days', 'duration'),
        N('37 weapons', 'count-objects'),
        N('several vehicles', 'count-objects'),
        N('5,000 troops', 'count-people'),
        N('number 112', 'other'),
    ])

# g08: protest clashes with police in Juliaca, southern Peru (a human-rights NGO's statement)
A['g08.txt'] = dict(
    casualty=[
        C('killing at least 11 people', 'killed', 11, 'at-least', 'people', id='tot'),
        C('63 people wounded', 'injured', 63, 'exact', 'people', id='inj'),
        C('21 were hospitalised with bullet wounds', 'injured', 21, 'exact', 'people', sub='inj'),
        C('One of the wounded', 'killed', 1, 'exact', 'people', sub='inj'),
        C('the total to 12', 'killed', 12, 'exact', 'people', tags='update'),
        C('several were shot from behind', 'killed', None, 'vague', 'people', sub='tot'),
        C('the number of dead at six', 'killed', 6, 'exact', 'people', tags='contradicted'),
        C('seven police officers had been injured', 'injured', 7, 'exact', 'soldiers', id='pol'),
        C('one of them', 'injured', 1, 'exact', 'soldiers', sub='pol'),
        C('nine deaths', 'killed', 9, 'exact', 'people', tags='contradicted'),
        C('At least 74 people were detained', 'detained', 74, 'at-least', 'people', id='det'),
        C('9 minors', 'detained', 9, 'exact', 'children', sub='det'),
        C('at least a dozen of them had been beaten', 'injured', 12, 'at-least', 'people', sub='det'),
        C('at least four people have been missing', 'missing', 4, 'at-least', 'people'),
        C('Dozens of people were killed', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('the Southern Andes Human Rights Observatory (OSDA)', 'ngo'),
        S('The Observatory', 'ngo'),
        S('Rocío Mamani, the Observatory’s director', 'ngo', form='title-name'),
        S('The Interior Ministry', 'official'),
        S('The Ombudsman’s Office', 'official'),
        S('OSDA’s lawyers in Puno', 'ngo'),
        S('Relatives of the detainees', 'witness'),
        S('Families', 'witness'),
        S('The UN human rights office', 'ngo'),
    ],
    numbers=[
        N('10 February 2026', 'date'),
        N('16-year-old', 'age'),
        N('23-year-old', 'age'),
        N('more than 48 hours', 'duration'),
        N('2 February', 'date'),
        N('thousands of people', 'count-people'),
        N('Around 300 travellers', 'count-people'),
        N('2022', 'year'),
        N('2023', 'year'),
        N('30 days', 'duration'),
        N('14 human-rights organisations', 'count-objects'),
        N('2004', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
