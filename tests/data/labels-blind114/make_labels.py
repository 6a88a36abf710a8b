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

# ---------------------------------------------------------------- labels (blind set 114: vr01-vr08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('neutralised / neutralising / succumbed / lost (soldiers, grandchildren)',
     r'\bneutralis(?:ed|ing)\b|\bsuccumbed\b|\blost\b'),
    ('left the area / reached / internally displaced persons',
     r'\bleft the area\b|\binternally displaced\b'),
    ('picked up / remain in detention / abducted', r'\bpicked up\b|\bin detention\b|\babducted\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('servicemen/policemen/police officers/gendarmes/VDP/CTD officials',
     r'\b(?:servicemen|policemen|police officers|gendarmes|VDP|CTD officials)\b'),
    ('assailants/suspected militants/members/mercenaries',
     r'\b(?:assailants|militants|members|mercenaries)\b'),
    ('miners/medical staff/community leaders', r'\b(?:miners|medical staff|community leaders)\b'),
    ('patients/cases/passengers/students/suspects/persons',
     r'\b(?:patients|cases|passengers|students|suspects|persons)\b'),
    ('grandchildren/brothers/sons', r'\b(?:grandchildren|brothers|sons)\b'),
]

# vr01: Russian glide bombs on the border town of Bilopillia, Sumy oblast, Ukraine (Reuters style)
A['vr01.txt'] = dict(
    casualty=[
        C('killing at least seven people', 'killed', 7, 'at-least', 'people', id='first'),
        C('wounding 23 others', 'injured', 23, 'exact', 'people', id='inj'),
        C('Eight of the wounded', 'injured', 8, 'exact', 'people', sub='inj'),
        C('Two police officers', 'injured', 2, 'exact', 'soldiers', sub='inj'),
        C('the death toll had risen to 11', 'killed', 11, 'exact', 'people', id='upd', tags='update'),
        C('two children', 'killed', 2, 'exact', 'children', sub='upd'),
        C('three residents were still unaccounted for', 'missing', 3, 'exact', 'civilians'),
        C('killing up to 40 servicemen', 'killed', 40, 'at-most', 'soldiers', tags='contradicted'),
        C('wounded four people', 'injured', 4, 'exact', 'people'),
        C('More than 3,800 people have left the area', 'displaced', 3800, 'at-least', 'people'),
        C('214 civilians had been killed', 'killed', 214, 'exact', 'civilians'),
        C('1,020 wounded', 'injured', 1020, 'exact', 'civilians'),
    ],
    sources=[
        S('regional officials', 'official'),
        S('Sumy regional governor Oleh Hryhorov', 'official', form='title-name'),
        S('Hryhorov', 'official', nth=1, form='name'),
        S('Olha Marchenko', 'official', form='name'),
        S("Ukraine's State Emergency Service", 'official'),
        S('the service', 'official'),
        S('Valentyna', 'witness', form='name'),
        S("Russia's Defense Ministry", 'military'),
        S('Hryhorov', 'official', nth=2, form='name'),
        S("Ukraine's air force", 'military'),
        S('local officials', 'official'),
        S('the regional military administration', 'official'),
        S('the administration', 'official'),
        S('The U.N. Human Rights Monitoring Mission in Ukraine', 'ngo'),
    ],
    numbers=[
        N('Two of the bombs', 'count-objects'),
        N('five-story', 'other'),
        N('dozens of pensioners', 'count-people'),
        N('12-year-old', 'age'),
        N('about 50 km', 'distance'),
        N('30 miles', 'distance'),
        N('pulled nine people alive', 'count-people'),
        N('64', 'age'),
        N('104 drones', 'count-objects'),
        N('two ballistic missiles', 'count-objects'),
        N('81 of the drones', 'count-objects'),
        N('73-year-old', 'age'),
        N('about 9 km', 'distance'),
        N('roughly 16,000 inhabitants', 'population'),
        N('About 1,500', 'population'),
        N('11 nearby villages', 'count-objects'),
    ])

# vr02: a UN OCHA flash update on attacks on Kas town, South Darfur, Sudan (headings, highlights)
A['vr02.txt'] = dict(
    casualty=[
        C('At least 38 civilians have been killed', 'killed', 38, 'at-least', 'civilians'),
        C('more than 90 injured', 'injured', 90, 'at-least', 'civilians'),
        C('An estimated 27,000 people have been displaced', 'displaced', 27000, 'approx', 'people'),
        C('38 civilians had been killed', 'killed', 38, 'exact', 'civilians', id='c38', tags='repeat'),
        C('11 women', 'killed', 11, 'exact', 'women', sub='c38'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='c38'),
        C('94 people had been injured', 'injured', 94, 'exact', 'people', tags='repeat'),
        C('the number of dead at between 45 and 50', 'killed', None, 'range', 'people', low=45, high=50,
          tags='contradicted'),
        C('killing 12 of its fighters', 'killed', 12, 'exact', 'fighters'),
        C('at least 60 men had been detained', 'detained', 60, 'at-least', 'men', id='det'),
        C('23 of them remain unaccounted for', 'missing', 23, 'exact', 'men', sub='det'),
        C('27,000 people have fled', 'displaced', 27000, 'exact', 'people', id='idp', tags='repeat'),
        C('around 16,500 people', 'displaced', 16500, 'approx', 'people', sub='idp'),
        C('two of its medical staff were killed', 'killed', 2, 'exact', 'other'),
        C('treated 57 patients with gunshot wounds', 'injured', 57, 'exact', 'people', id='msf'),
        C('19 of them children', 'injured', 19, 'exact', 'children', sub='msf'),
        C('five of them died', 'killed', 5, 'exact', 'people', sub='msf'),
    ],
    sources=[
        S('local authorities', 'official', nth=0),
        S('local authorities', 'official', nth=1),
        S('community leaders', 'other'),
        S('the Kas Locality Commissioner’s office', 'official'),
        S('Community leaders', 'other'),
        S('The RSF', 'military'),
        S('Local activists', 'other'),
        S('The International Organization for Migration (IOM) Displacement Tracking Matrix (DTM)', 'ngo'),
        S('The State Ministry of Health', 'official'),
        S('The World Health Organization (WHO)', 'ngo'),
        S('Médecins Sans Frontières (MSF)', 'ngo'),
        S('partners', 'ngo', nth=1, form='collective'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('20 November 2025', 'date'),
        N('15 November', 'date'),
        N('about 80 km', 'distance'),
        N('US$6.5 million', 'money'),
        N('the next three months', 'duration'),
        N('15 November', 'date', nth=1),
        N('three days', 'duration'),
        N('19 November', 'date'),
        N('at least four villages', 'count-objects'),
        N('14 surrounding villages', 'count-objects'),
        N('6 gathering sites', 'count-objects'),
        N('16 November', 'date'),
        N('4 attacks on health care', 'count-objects'),
        N('3,100 households', 'count-people'),
        N('12 tonnes', 'quantity'),
        N('about 40 per cent', 'percentage'),
        N('under five', 'age'),
        N('2025', 'year', nth=1),
        N('$4.2 billion', 'money'),
        N('27 per cent', 'percentage'),
        N('18 November', 'date'),
    ])

# vr03: a separatist attack on the market in Mundemba, South-West region, Cameroon (AFP style)
A['vr03.txt'] = dict(
    casualty=[
        C('killed at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('two soldiers', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('Seven civilians', 'killed', 7, 'exact', 'civilians', sub='tot'),
        C('two of our soldiers lost their lives', 'killed', 2, 'exact', 'soldiers', sub='tot', tags='repeat'),
        C('14 people were wounded', 'injured', 14, 'exact', 'people', id='inj'),
        C('11 of the wounded', 'injured', 11, 'exact', 'people', id='e11', sub='inj'),
        C('three of them', 'injured', 3, 'exact', 'people', sub='e11'),
        C('at least four bodies', 'killed', 4, 'at-least', 'people'),
        C('neutralised 11 soldiers', 'killed', 11, 'exact', 'soldiers', tags='contradicted'),
        C('two soldiers had been killed', 'killed', 2, 'exact', 'soldiers', tags='repeat'),
        C('several assailants “neutralised”', 'killed', None, 'vague', 'fighters'),
        C('arrested four suspects', 'detained', 4, 'exact', 'people'),
        C('Hundreds of residents fled', 'displaced', None, 'vague', 'civilians'),
        C('abducted dozens of people', 'detained', None, 'vague', 'people', id='abd'),
        C('five students', 'detained', 5, 'exact', 'people', sub='abd'),
        C('the killing of 33 civilians', 'killed', 33, 'exact', 'civilians'),
        C('killed more than 6,000 people', 'killed', 6000, 'at-least', 'people'),
        C('forced over 600,000 from their homes', 'displaced', 600000, 'at-least', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('a security source', 'anonymous'),
        S('the senior divisional officer for Ndian, Emmanuel Ngoh Ekema', 'official', form='title-name'),
        S('A nurse at the Mundemba district hospital', 'anonymous'),
        S('A security source in Buea', 'anonymous'),
        S('The separatist Ambazonia Defence Forces (ADF)', 'military'),
        S('Army spokesman Captain Cyrille Atonfack Guemo', 'military', form='title-name'),
        S('Agbor Tanyi', 'other', form='name'),
        S('Human Rights Watch', 'ngo'),
        S('the International Crisis Group', 'ngo'),
    ],
    numbers=[
        N('around 10am', 'time'),
        N('some 20 kilometres', 'distance'),
        N('three weeks', 'duration'),
        N('two English-speaking regions', 'count-objects'),
        N('2017', 'year'),
        N('some 28 million', 'population'),
    ])

# vr04: an attack on Kombori, Kossi province, Burkina Faso (state media, AIB style)
A['vr04.txt'] = dict(
    casualty=[
        C('neutralising several dozen assailants', 'killed', None, 'vague', 'fighters'),
        C('four soldiers', 'killed', 4, 'exact', 'soldiers'),
        C('seven VDP killed', 'killed', 7, 'exact', 'soldiers'),
        C('19 wounded', 'injured', 19, 'exact', 'soldiers'),
        C('Two gendarmes are still missing', 'missing', 2, 'exact', 'soldiers'),
        C('killed 12 civilians', 'killed', 12, 'exact', 'civilians'),
        C('Several other villagers were injured', 'injured', None, 'vague', 'civilians'),
        C('26 suspects had been arrested', 'detained', 26, 'exact', 'people'),
        C('more than 40 soldiers were killed', 'killed', 40, 'at-least', 'soldiers', tags='contradicted'),
        C('1,340 internally displaced persons', 'displaced', 1340, 'exact', 'people'),
    ],
    sources=[
        S('the Armed Forces General Staff', 'military'),
        S('the communiqué', 'military', form='document'),
        S('the General Staff', 'military'),
        S('The communiqué', 'military', form='document'),
        S('The High Commissioner of Kossi province, Lieutenant-Colonel Boukaré Zongo', 'official',
          form='title-name'),
        S('Government Spokesperson Pingdwendé Gilbert Ouédraogo', 'official', form='title-name'),
        S('terrorist propaganda outlets', 'media'),
        S('its director, Mrs Salimata Ouattara', 'official', form='title-name'),
        S('The Minister of State, Minister of Defence and Veterans', 'official', form='role'),
    ],
    numbers=[
        N('12 March 2025', 'date'),
        N('numbering around 200', 'count-people'),
        N('about 5 a.m.', 'time'),
        N('three directions', 'count-objects'),
        N('17th', 'other'),
        N('32 motorbikes', 'count-objects'),
        N('14 AK-47 rifles', 'count-objects'),
        N('450 bags of rice', 'count-objects'),
        N('300 mats', 'count-objects'),
        N('some 45 km', 'distance'),
        N('7 p.m.', 'time'),
        N('5 a.m.', 'time', nth=1),
        N('more than six hours', 'duration'),
    ])

# vr05: gunmen kill gold miners near Segovia, Antioquia, Colombia (AP style)
A['vr05.txt'] = dict(
    casualty=[
        C('killed six gold miners', 'killed', 6, 'exact', 'other', id='tot'),
        C('wounded three others', 'injured', 3, 'exact', 'other', id='inj'),
        C('Two of the dead were brothers', 'killed', 2, 'exact', 'men', sub='tot'),
        C('The three wounded', 'injured', 3, 'exact', 'other', id='inj2', tags='repeat'),
        C('one of them', 'injured', 1, 'exact', 'other', sub='inj2'),
        C('one of the wounded miners had died', 'killed', 1, 'exact', 'other', sub='inj2'),
        C('the death toll to seven', 'killed', 7, 'exact', 'other', tags='update'),
        C('arrested two suspected members', 'detained', 2, 'exact', 'fighters'),
        C('more than 1,200 people had fled', 'displaced', 1200, 'at-least', 'people'),
        C('at least four community leaders had been killed', 'killed', 4, 'at-least', 'other'),
        C('211 people have been killed', 'killed', 211, 'exact', 'people'),
    ],
    sources=[
        S('authorities', 'official'),
        S('Segovia Mayor Juliana Ospina', 'official', form='title-name'),
        S('Ospina', 'official', nth=1, form='name'),
        S('a miner', 'anonymous'),
        S('hospital director Carlos Arango', 'official', form='title-name'),
        S('the Antioquia state government', 'official'),
        S('Police', 'official'),
        S('The Clan del Golfo', 'military'),
        S('The army', 'military'),
        S("Colombia's Ombudsman's Office", 'official'),
        S('The Institute for Development and Peace Studies', 'ngo'),
        S('The think tank', 'ngo'),
    ],
    numbers=[
        N('About a dozen men', 'count-people'),
        N('about 15 miles', 'distance'),
        N('24 kilometers', 'distance'),
        N('between 19 and 45 years old', 'age'),
        N('300 soldiers', 'count-people'),
        N('up to 200 million pesos', 'money'),
        N('about $50,000', 'money'),
        N('the two municipalities', 'count-objects'),
        N('58th', 'other'),
        N('three or more people', 'other'),
        N('2025', 'year'),
        N('about 40,000 people', 'population'),
        N("one of Colombia's main gold-producing areas", 'other'),
        N('thousands of small-scale miners', 'count-people'),
        N('2016', 'year'),
        N('more than 13,000 fighters', 'count-people'),
    ])

# vr06: an air strike on a village in Taikkyi township, Yangon region, Myanmar (dpa style, one sentence a
# paragraph)
A['vr06.txt'] = dict(
    casualty=[
        C('At least 16 people were killed', 'killed', 16, 'at-least', 'people', id='tot'),
        C('six children', 'killed', 6, 'exact', 'children', sub='tot'),
        C('more than 30 people were wounded', 'injured', 30, 'at-least', 'people', id='inj'),
        C('lost two grandchildren', 'killed', 2, 'exact', 'children'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the toll to 18', 'killed', 18, 'exact', 'people', tags='update'),
        C('the number of dead at 19', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('killed 11 PDF fighters', 'killed', 11, 'exact', 'fighters'),
        C('lost two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('detained 14 men', 'detained', 14, 'exact', 'men'),
        C('about 2,000 people had fled', 'displaced', 2000, 'approx', 'people'),
        C('killing several policemen', 'killed', None, 'vague', 'soldiers'),
        C('more than 7,400 people have been killed', 'killed', 7400, 'at-least', 'people'),
        C('almost 22,000 remain in detention', 'detained', 22000, 'at-most', 'people'),
        C('upwards of 3.5 million people have been displaced', 'displaced', 3500000, 'at-least', 'people'),
    ],
    sources=[
        S('a local resistance group', 'military'),
        S("the Taikkyi People's Defence Force (PDF)", 'military'),
        S('the group', 'military'),
        S('Witnesses', 'witness'),
        S('a 45-year-old farmer', 'witness', form='role'),
        S('the PDF', 'military', nth=0),
        S('The exile-run news portal Yangon Voice', 'media'),
        S('villagers', 'witness'),
        S("Myanmar's military", 'military'),
        S('state broadcaster MRTV', 'media'),
        S('The military', 'military'),
        S('the PDF', 'military', nth=1),
        S('Residents', 'witness'),
        S('local media', 'media'),
        S('The Assistance Association for Political Prisoners (AAPP)', 'ngo'),
        S('The UN', 'ngo'),
        S('Western governments', 'official'),
        S("the UN's special envoy", 'ngo', form='role'),
    ],
    numbers=[
        N('around 2 pm', 'time'),
        N('two jets', 'count-objects'),
        N('nearly 20 minutes', 'duration'),
        N('at least four bombs', 'count-objects'),
        N('45-year-old', 'age'),
        N('two nearby villages', 'count-objects'),
        N('some 60 kilometres', 'distance'),
        N('2021', 'year'),
    ])

# vr07: a bomb near an election rally in Jaffarabad, Balochistan, Pakistan (a Pakistani daily's own
# correspondent, with a headline and a byline)
A['vr07.txt'] = dict(
    casualty=[
        C('kills 11', 'killed', 11, 'exact', 'people'),
        C('At least 11 people', 'killed', 11, 'at-least', 'people', id='tot', tags='repeat'),
        C('two policemen', 'killed', 2, 'exact', 'soldiers', sub='tot'),
        C('24 others injured', 'injured', 24, 'exact', 'people', id='inj'),
        C('eight of the injured', 'injured', 8, 'exact', 'people', id='e8', sub='inj'),
        C('Two of them succumbed', 'killed', 2, 'exact', 'people', sub='e8'),
        C('the death toll to 13', 'killed', 13, 'exact', 'people', tags='update'),
        C('killed five suspected militants', 'killed', 5, 'exact', 'fighters'),
        C('Two CTD officials were wounded', 'injured', 2, 'exact', 'soldiers'),
        C('killed 26 passengers', 'killed', 26, 'exact', 'people'),
        C('at least 17 men', 'detained', 17, 'at-least', 'men'),
        C('two sons', 'missing', 2, 'exact', 'men'),
        C('at least 1,100 people were killed', 'killed', 1100, 'at-least', 'people'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('Deputy Commissioner Jaffarabad Abdul Rauf Buledi', 'official', form='title-name'),
        S('Medical Superintendent Dr Shahnaz Baloch', 'official', form='title-name'),
        S('A Levies official', 'anonymous'),
        S('The banned Baloch Liberation Army (BLA)', 'military'),
        S('Provincial Home Minister Mir Ziaullah Langove', 'official', form='title-name'),
        S('the Counter-Terrorism Department (CTD)', 'official'),
        S('A CTD spokesman', 'official', form='role'),
        S('official figures', 'official', form='document'),
        S('Relatives of missing persons', 'witness'),
        S('Gul Bibi', 'witness', form='name'),
        S('the Human Rights Commission of Pakistan (HRCP)', 'ngo'),
    ],
    numbers=[
        N('PB-14', 'other'),
        N('around 4kg', 'quantity'),
        N('over 600 police and Levies personnel', 'count-people'),
        N('12 October', 'date'),
        N('two Kalashnikovs', 'count-objects'),
        N('7kg', 'quantity'),
        N('around 500,000 people', 'population'),
        N('some 300 kilometres', 'distance'),
        N('several times', 'count-objects'),
        N('nine days', 'duration'),
        N('aged 19 and 23', 'age'),
    ])

# vr08: an NGO statement on an attack on a displacement site in Shangil Tobaya, North Darfur, Sudan
A['vr08.txt'] = dict(
    casualty=[
        C('At least 23 people', 'killed', 23, 'at-least', 'people'),
        C('treated 71 wounded patients', 'injured', 71, 'exact', 'people', id='inj'),
        C('26 of them', 'injured', 26, 'exact', 'people', sub='inj'),
        C('17 of the most serious cases', 'injured', 17, 'exact', 'people', sub='inj'),
        C('Five patients died', 'killed', 5, 'exact', 'people'),
        C('Three of the children', 'injured', 3, 'exact', 'children', sub='inj'),
        C('around 9,000 people fled', 'displaced', 9000, 'approx', 'people'),
        C('at least 40 people were still missing', 'missing', 40, 'at-least', 'people'),
        C('abducted 12 women', 'detained', 12, 'exact', 'women', id='abd'),
        C('Four of them', 'detained', 4, 'exact', 'women', sub='abd'),
        C('the death toll at 31', 'killed', 31, 'exact', 'people', id='gov', tags='contradicted'),
        C('12 children', 'killed', 12, 'exact', 'children', sub='gov'),
        C('killed “dozens of mercenaries”', 'killed', None, 'vague', 'fighters'),
        C('more than 60,000 displaced people', 'displaced', 60000, 'at-least', 'people'),
        C('about 380,000 people fled', 'displaced', 380000, 'approx', 'people'),
    ],
    sources=[
        S('the medical humanitarian organisation Nile Emergency Care (NEC)', 'ngo'),
        S('Dr Nasra Ali Omer', 'ngo', form='title-name'),
        S('Community leaders', 'other'),
        S('A camp coordinator, Adam Yahya', 'other', form='name'),
        S('residents', 'witness'),
        S('The North Darfur state government', 'official'),
        S('The Rapid Support Forces (RSF)', 'military'),
        S('the International Organization for Migration (IOM)', 'ngo'),
        S('Pierre Lambert', 'ngo', form='name'),
    ],
    numbers=[
        N('4 September 2025', 'date'),
        N('over two days', 'duration'),
        N('around 60 km', 'distance'),
        N('two years old', 'age'),
        N('up to three days', 'duration'),
        N('Two NEC vehicles', 'count-objects'),
        N('11 hours', 'duration'),
        N('2013', 'year'),
        N('more than 340 Sudanese staff', 'count-people'),
        N('five health facilities', 'count-objects'),
        N('over 48,000 medical consultations', 'count-objects'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
